"""Round 12 of the place reader, on invented paragraphs: a dateline whose city is glued to the
outlet's address by a hyphen ("KUPANG-warta.com |"); a statement made "di kantornya" (a
building with the possessive -nya) with its address, city and day; hotel chains written without
the word "Hotel" as venues, whose city is the place and whose body may be another regency's."""

import pytest

from transforms.places.dateline import find_dateline
from transforms.places.organiser import organiser_of
from transforms.places.resolve import place_of
from transforms.places.venues import venue_matches


@pytest.mark.parametrize(("text", "regency"), [
    ("KUPANG-suarantt.com | Ketua Bawaslu Yohanes Tefa mengingatkan ASN.", "Kota Kupang"),
    ("Sumenep-kabarmadura.id - Bupati meminta ASN netral.", "Kabupaten Sumenep"),
    ("Padang-Pariaman-info.com | Camat meminta wali nagari netral.", "Kabupaten Padang Pariaman"),
    ("Medan-sumutnews.com: Ada tiga ASN yang dilaporkan.", "Kota Medan"),
])
def test_a_city_glued_to_the_outlets_address_is_the_dateline(text, regency):
    line = find_dateline(text)
    assert line is not None and line.region is not None
    assert line.region.regency == regency


@pytest.mark.parametrize("text", [
    "Tribun-Maluku.com - Ketua Bawaslu mengingatkan ASN.",
    "Suara-Rakyat.com | Ketua Bawaslu mengingatkan ASN.",
])
def test_an_outlet_with_a_hyphen_names_no_city(text):
    line = find_dateline(text)
    assert line is None or line.region is None


@pytest.mark.parametrize(("said", "regency"), [
    ("kata Ketua Bawaslu Bali Made Sunarta di kantornya Jl Raya Puputan, Renon, Denpasar, Bali, "
     "Rabu (4/9/2024).", "Kota Denpasar"),
    ("ujar Kepala BKD Rudi Hartono di ruangannya, Kupang, Selasa (3/9).", "Kota Kupang"),
    ("tegas Sekda Lina Marlina di rumahnya, Jalan Sudirman, Pekanbaru, Senin.", "Kota Pekanbaru"),
])
def test_said_at_ones_own_office_with_its_city_and_day(said, regency):
    text = ("Bawaslu provinsi mengingatkan ASN agar tidak berpolitik praktis.\n"
            f"\"ASN wajib netral,\" {said}")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_said_at_ones_office_without_a_city_gives_no_regency_from_it():
    text = ("Bawaslu Provinsi Bali mengingatkan ASN agar tidak berpolitik praktis.\n"
            "\"ASN wajib netral,\" kata Ketua Bawaslu Bali Made Sunarta di kantornya, Rabu (4/9).")
    place = place_of(None, text)
    assert place is None or place.region is None


@pytest.mark.parametrize(("phrase", "venue"), [
    ("di Swiss-Belhotel Palu pada Kamis", "Swiss-Belhotel Palu"),
    ("di Novotel Bogor, Senin", "Novotel Bogor"),
    ("di Santika Premiere Padang yang", "Santika Premiere Padang"),
    ("di Grand Inna Padang.", "Grand Inna Padang"),
])
def test_hotel_chains_without_the_word_hotel_are_venues(phrase, venue):
    assert [v.name for v in venue_matches(f"Sosialisasi itu digelar {phrase} ramai.")] == [venue]


def test_a_lower_case_brand_word_is_no_venue():
    assert venue_matches("Rapat digelar di aston kemarin.") == []


def test_a_regency_body_at_a_hotel_in_the_neighbouring_city_is_the_organiser():
    text = ("PALU - Bawaslu Kabupaten Sigi mengadakan sosialisasi bagi para kades. Acara "
            "itu dihadiri kades dari semua desa di Kabupaten Sigi dan berlangsung di Hotel Cendana "
            "Palu pada Kamis (12/9/2024).")
    place = place_of(None, text)
    assert place is not None and place.region.regency == "Kota Palu" and place.source == "venue"
    organiser = organiser_of(text, [(0, len(text))], place.region, place.source)
    assert organiser is not None and organiser.region.regency == "Kabupaten Sigi"


@pytest.mark.parametrize("ranking", [
    "terbanyak pengawasan di Sijunjung 140 kali",
    "paling banyak di Sijunjung dengan 140 kegiatan",
    "tertinggi di Sijunjung, disusul Solok Selatan",
])
def test_a_region_ranked_in_a_province_bodys_tally_is_not_the_place(ranking):
    text = ("Bawaslu Provinsi Sumatera Barat mencatat 400 kegiatan pengawasan selama masa kampanye "
            "Pilkada serentak 2024 di seluruh kabupaten dan kota.\n"
            f"\"Pengawasan {ranking},\" kata anggota Bawaslu Sumbar Rina Marlina. Di Dharmasraya "
            "dan Pasaman Barat masing-masing 60 kali.")
    place = place_of(None, text)
    assert place is not None and place.region is None
    assert place.province_name == "Sumatera Barat"


@pytest.mark.parametrize("street", ["Jl Letjen Sutoyo No 12", "Jl. Letjen Sutoyo No 12",
                                    "Jln Letjen Sutoyo 12", "Jalan Letjen Sutoyo 12"])
def test_an_address_with_or_without_the_dot_of_jl_gives_the_city_closing_it(street):
    text = ("PADANG - Bawaslu Sumbar menyerahkan berkas dugaan pelanggaran netralitas ASN.\n"
            f"Penyerahan itu berlangsung di kantor komisi, {street}, Kota Bekasi. Berkas memuat "
            "keterangan saksi.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bekasi"


@pytest.mark.parametrize(("text", "regency"), [
    ("Warta.com, Bengkulu Kota - Ketua Bawaslu meminta ASN netral.", "Kota Bengkulu"),
    ("BOGOR KOTA - Wali Kota meminta ASN netral.", "Kota Bogor"),
    ("Tangerang Kota, Kabarbanten - Sekda meminta ASN netral.", "Kota Tangerang"),
])
def test_a_city_written_name_first_in_a_dateline(text, regency):
    line = find_dateline(text)
    assert line is not None and line.region is not None
    assert line.region.regency == regency and len(line.candidates) == 1


def test_a_name_first_kabupaten_is_not_turned_into_a_city():
    line = find_dateline("BOGOR - Bupati meminta ASN netral.")
    assert line is not None and len(line.candidates) == 2  # the kota or the kabupaten


@pytest.mark.parametrize(("held", "regency", "province"), [
    ("usai mengikuti rakornas netralitas di Balai Sarbini, Jakarta, yang diadakan Kemendagri.",
     None, "DKI Jakarta"),
    ("dalam sosialisasi yang digelar di Nagari Sungai Pua, Kabupaten Agam, yang dihadiri wali "
     "nagari.", "Kabupaten Agam", "Sumatera Barat"),
    ("setelah rapat koordinasi yang diadakan di Jakarta oleh kementerian.", None, "DKI Jakarta"),
    ("dalam rakornas yang digelar di Jakarta, yang dihadiri para kepala daerah.", None,
     "DKI Jakarta"),
])
def test_held_at_a_named_place_then_its_city_after_a_comma(held, regency, province):
    text = f"KUPANG - Bupati Yosef Lake menegaskan pentingnya netralitas ASN {held}"
    place = place_of(None, text)
    assert place is not None and place.source == "location"
    assert (place.region.regency if place.region else None, place.province_name) == (
        regency, province)


@pytest.mark.parametrize("held", [
    "Bawaslu menggelar sosialisasi netralitas ASN di Kalimantan Tengah pekan ini.",
    "Rapat koordinasi diadakan di Sulawesi Tengah untuk seluruh kabupaten.",
])
def test_a_province_other_than_the_capital_after_held_is_no_venue(held):
    place = place_of(None, f"PALU - {held}")
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Palu"


@pytest.mark.parametrize("staff", [
    "dua ASN lingkup Pemerintah Kabupaten Mamasa",
    "dua pegawai di lingkungan Pemkab Mamasa",
    "dua PNS jajaran Pemkab Mamasa",
    "dua Aparatur Sipil Negara (ASN) di lingkup Pemerintah Kabupaten Mamasa",
])
def test_staff_of_a_regency_named_in_a_province_bodys_story_is_not_the_place(staff):
    text = (f"Diduga tidak netral, {staff} direkomendasikan ke KASN.\n"
            "Anggota Bawaslu Provinsi Sulawesi Barat Yusuf Tahir menjelaskan keputusan itu diambil "
            "setelah pemeriksaan, saat dikonfirmasi melalui telepon, Sabtu (5/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is None
    assert place.province_name == "Sulawesi Barat"


def test_a_regency_government_holding_the_occasion_is_still_its_place():
    text = ("Pemerintah Kabupaten Mamasa menggelar apel netralitas ASN lingkup Pemkab Mamasa, "
            "Senin (7/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region.regency == "Kabupaten Mamasa"


@pytest.mark.parametrize("verb", ["ucapnya", "bebernya", "tukasnya", "sambungnya", "tambahnya",
                                  "cetusnya", "urainya", "tutupnya", "kata Yosef"])
def test_every_speech_verb_before_city_and_day(verb):
    text = ("KUPANG (ANTARA) - Bupati mengingatkan ASN agar netral.\n"
            f"\"ASN wajib netral,\" {verb}, Soe, Senin (7/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Timor Tengah Selatan"


@pytest.mark.parametrize("building", ["hotel tempat rapat", "masjid agung", "posko pengawasan",
                                      "rumah makan langganannya", "asrama haji"])
def test_said_at_a_lower_case_building_then_city_and_day(building):
    text = ("KUPANG (ANTARA) - Bupati mengingatkan ASN agar netral.\n"
            f"Pengarahan itu disampaikan Sekda Yohanes Tefa di {building}, Soe, "
            "Senin (7/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Timor Tengah Selatan"


@pytest.mark.parametrize(("lead", "province"), [
    ("Badan Pengawas Pemilu (Bawaslu) Sulawesi Tenggara menyelidiki laporan dugaan ASN tidak "
     "netral di Dinas Pendidikan.", "Sulawesi Tenggara"),
    ("Pemprov Kalimantan Selatan memeriksa dua pejabat yang diduga mendukung calon.",
     "Kalimantan Selatan"),
])
def test_a_desks_jakarta_dateline_over_another_provinces_body(lead, province):
    text = (f"KABARNASIONAL.COM, Jakarta - {lead} \"Sedang kami dalami,\" kata ketuanya saat "
            "dihubungi, Rabu (9/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is None and place.province_name == province


def test_a_jakarta_dateline_over_a_national_body_stays_the_capital():
    text = ("KABARNASIONAL.COM, Jakarta - Bawaslu RI menerima 120 laporan dugaan ASN tidak netral. "
            "\"Sedang kami dalami,\" kata anggota Bawaslu RI Lolly Suhenty, Rabu (9/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.province_name == "DKI Jakarta"
