"""Places that are not where the occasion was, and one that is: a province body a case is sent
or copied to, a city where people are ("yang ada di"), a regency body's name read as a
dateline's outlet; and a national body's office the lead sets the occasion at (the capital).
Invented sentences."""

from transforms.places.dateline import read_dateline
from transforms.places.province_level import lead_national
from transforms.places.resolve import place_of


def test_a_province_body_copied_in_is_not_the_holder() -> None:
    text = ("Laporan itu akan dikirim ke BKN di Jakarta.\n"
            '"Berkasnya sudah kami surati ke BKN pusat, lalu ditembuskan ke Kanreg BKN '
            'Makassar serta Bawaslu Sulbar," ujar Ketua Bawaslu Kabupaten Majene, Hasrul '
            "Amin, dalam keterangan tertulis, Selasa (1/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Majene"


def test_a_province_body_holding_the_occasion_still_leads() -> None:
    text = ("Bawaslu Sulbar mengadakan rakor bersama jajaran pengawas se-provinsi soal "
            "pegawai yang wajib netral, Selasa (1/10/2024). Ketua Bawaslu Kabupaten Majene "
            "Hasrul Amin turut hadir.")
    place = place_of(None, text)
    assert place is not None and place.region is None
    assert place.province_name == "Sulawesi Barat"


def test_a_city_where_people_are_is_not_the_place() -> None:
    text = ("JAKARTA - Bawaslu RI mendalami kabar ASN yang tidak netral dalam pemungutan "
            "suara ulang Pilkada Maluku, kata ketuanya, Rabu (13/8).\n"
            "Sebelumnya, warga berunjuk rasa di depan kantor gubernur, Selasa (12/8).\n"
            "Unjuk rasa diikuti tokoh adat dan perwakilan jemaat yang ada di Kota Ambon.")
    place = place_of(None, text)
    assert place is not None and place.region is None
    assert place.province_name == "DKI Jakarta"


def test_a_regency_bodys_name_after_the_city_is_the_outlet() -> None:
    line = read_dateline("Jakarta, Badan Pengawas Pemilihan Umum Kabupaten Majene")
    assert line is not None and line.region is None
    assert line.province is not None and line.province[1] == "DKI Jakarta"


def test_a_national_bodys_office_in_the_lead_is_in_the_capital() -> None:
    text = ("Ketua Bawaslu Kabupaten Majene Hasrul Amin didampingi Ketua Bawaslu Provinsi "
            "Sulawesi Barat menyerahkan berkas perkara seorang ASN yang diduga tidak netral ke "
            "BKN di Kantor BKN, Jumat (5/7/2024).\nBerkas itu menyangkut seorang kepala dinas.")
    place = place_of(None, text)
    assert place is not None and place.region is None
    assert place.province_name == "DKI Jakarta" and place.venue == "Kantor BKN"


def test_a_regional_office_of_a_national_body_is_not_the_capital() -> None:
    text = ("Ketua Bawaslu Kabupaten Majene Hasrul Amin menyerahkan berkas perkara seorang ASN "
            "yang diduga tidak netral di Kantor Regional BKN Makassar, Jumat (5/7/2024).")
    place = place_of(None, text)
    assert place is None or place.province_name != "DKI Jakarta"



def test_a_national_body_a_case_goes_to_leads_nowhere_nor_its_short_form() -> None:
    text = ("Kabarku- Gara-gara hadir di acara calon gubernur, sejumlah kepala desa harus "
            "berurusan hingga ke Kementerian Dalam Negeri (Kemendagri).\n"
            "Hal ini disampaikan Ketua Bawaslu Provinsi Bengkulu, Rudi Hartono.\n")
    assert lead_national(text, [(0, len(text))], len(text)) is None
    held = "Kementerian Dalam Negeri (Kemendagri) menggelar rapat koordinasi netralitas ASN.\n"
    assert lead_national(held, [(0, len(held))], len(held)) is not None
