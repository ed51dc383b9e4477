"""Jakarta's city from an institution's seat or a kecamatan named as where it was; a region
named with a former office holder's title is not a place."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("JAKARTA - Menteri PANRB mengingatkan ASN netral, kata dia di kompleks parlemen, Senayan, "
     "Jakarta, Rabu (2/10/2024).", "Kota Administrasi Jakarta Pusat"),
    ("JAKARTA - Pj Gubernur memimpin apel di Lapangan Silang Monas, Senin (5/8/2024), dan "
     "meminta ASN netral.", "Kota Administrasi Jakarta Pusat"),
    ("JAKARTA - Kepala BKN menyampaikan hal itu di kantor BKN, Cililitan, Kamis (3/10/2024), "
     "soal sanksi ASN tidak netral.", "Kota Administrasi Jakarta Timur"),
    ("JAKARTA - Bawaslu menggelar rapat koordinasi netralitas ASN di sebuah hotel di Kebayoran "
     "Baru, Selasa (1/10/2024).", "Kota Administrasi Jakarta Selatan"),
])
def test_a_seat_or_kecamatan_names_the_capitals_city(text, regency):
    place = place_of(None, text)
    assert (place.region.regency, place.province_name) == (regency, "DKI Jakarta")


@pytest.mark.parametrize("text", [
    ("JAKARTA - Bawaslu RI menggelar rakornas netralitas ASN di Jakarta, Selasa (17/9/2024). "
     "Warga Senayan juga diminta ikut mengawasi."),
    "JAKARTA - Rakornas netralitas ASN digelar di sebuah hotel di Ancol, Selasa (17/9/2024).",
])
def test_no_seat_or_kecamatan_after_di_keeps_the_province_only(text):
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
