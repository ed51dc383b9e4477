"""Jakarta's city from a kecamatan named as where it was (not a landmark); a region
named with a former office holder's title is not a place."""

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
])
def test_a_kecamatan_names_the_capitals_city(text, regency):
    place = place_of(None, text)
    assert (place.region.regency, place.province_name) == (regency, "DKI Jakarta")


@pytest.mark.parametrize("text", [
    ("JAKARTA - Bawaslu RI menggelar rakornas netralitas ASN di Jakarta, Selasa (17/9/2024). "
     "Warga Tebet juga diminta ikut mengawasi."),
    "JAKARTA - Rakornas netralitas ASN digelar di sebuah hotel di Ancol, Selasa (17/9/2024).",
    ("JAKARTA - Menteri mengingatkan ASN netral, katanya di kompleks parlemen, Senayan, "
     "Jakarta, Rabu (2/10/2024)."),
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
