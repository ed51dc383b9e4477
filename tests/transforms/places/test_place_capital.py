"""Jakarta's city from a kecamatan or a settled landmark named as where it was (not one
labels disagree on); a region named with a former office holder's title is not a place."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("JAKARTA - Wali kota memimpin apel netralitas ASN di kantor Kecamatan Gambir, Senin "
     "(5/8/2024).", "Kota Administrasi Jakarta Pusat"),
    ("JAKARTA - Camat meminta lurah netral, katanya di kantor camat, Tebet, Kamis (3/10/2024).",
     "Kota Administrasi Jakarta Selatan"),
    ("JAKARTA - Bawaslu menggelar rapat koordinasi netralitas ASN di sebuah hotel di Kebayoran "
     "Baru, Selasa (1/10/2024).", "Kota Administrasi Jakarta Selatan"),
    ("JAKARTA - Sosialisasi netralitas ASN digelar di aula Kecamatan Cakung, Rabu (2/10/2024).",
     "Kota Administrasi Jakarta Timur"),
    # landmarks of national occasions whose city is settled
    ("JAKARTA - Menteri mengingatkan ASN netral, katanya di kompleks parlemen, Senayan, "
     "Jakarta, Rabu (2/10/2024).", "Kota Administrasi Jakarta Pusat"),
    ("JAKARTA - Menteri mengingatkan ASN netral dalam rapat kerja di Gedung DPR, Jakarta, Rabu "
     "(2/10/2024).", "Kota Administrasi Jakarta Pusat"),
    ("Jakarta: Ketua Bawaslu RI Budi Santoso menyebut 40 rekomendasi, katanya di Kantor Bawaslu "
     "RI, Jakarta, Jumat (5/1/2024).", "Kota Administrasi Jakarta Pusat"),
    ("JAKARTA - Anggota KPU Rina meminta ASN netral saat ditemui di gedung KPU RI, Jakarta, "
     "Jumat (22/3/2019).", "Kota Administrasi Jakarta Pusat"),
    ("JAKARTA - Pj Gubernur mengingatkan ASN netral saat upacara di Lapangan Silang Monas, "
     "Kamis (22/6/2023).", "Kota Administrasi Jakarta Pusat"),
])
def test_a_kecamatan_names_the_capitals_city(text, regency):
    place = place_of(None, text)
    assert (place.region.regency, place.province_name) == (regency, "DKI Jakarta")


@pytest.mark.parametrize("text", [
    ("JAKARTA - Bawaslu RI menggelar rakornas netralitas ASN di Jakarta, Selasa (17/9/2024). "
     "Warga Tebet juga diminta ikut mengawasi."),
    "JAKARTA - Rakornas netralitas ASN digelar di sebuah hotel di Ancol, Selasa (17/9/2024).",
    # a bare "kantor Bawaslu" may be the capital's own (in Jakarta Utara)
    ("JAKARTA - Tim hukum melaporkan dugaan ASN tidak netral, katanya di kantor Bawaslu, "
     "Jakarta, Selasa (16/1/2024)."),
    "JAKARTA - Presiden memberi arahan kepada para Pj kepala daerah di Istana Negara, Jakarta.",
])
def test_a_landmark_or_a_passing_name_keeps_the_province_only(text):
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "DKI Jakarta")


def test_a_city_office_is_not_the_city_its_speaker_once_led():
    text = ("GAMBIR - Pj Gubernur DKI meminta lurah dan camat netral, katanya di Balai Kota, "
            "Senin (4/11/2024).\nMantan Wali Kota Jakarta Barat itu juga mengancam mencopot "
            "lurah yang tidak netral.")
    assert place_of(None, text).region.regency == "Kota Administrasi Jakarta Pusat"


def test_a_former_regent_s_regency_is_not_the_place():
    text = ("Bawaslu Kabupaten Sleman menggelar sosialisasi netralitas ASN.\nHadir pula eks "
            "Bupati Kabupaten Bantul yang kini menjadi narasumber.")
    assert place_of(None, text).region.regency == "Kabupaten Sleman"
