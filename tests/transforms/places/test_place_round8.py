"""Places, round 8: dateline shapes with the outlet's web address, a province named with the
occasion's day under a city dateline, street addresses with a house number, and a name a city
and a regency share settled by the dateline or a district. Invented sentences."""

import pytest

from transforms.places.dateline import find_dateline
from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("beritaku.com PADANG – Bawaslu menggelar sosialisasi netralitas ASN.", "Kota Padang"),
    ("suarasultra.id KENDARI - Pemkot menggelar apel netralitas.", "Kota Kendari"),
    ("kabarjambi.co.id, MUARA BUNGO - Bupati meminta ASN netral.", "Kabupaten Bungo"),
    ("Warta.net || Pontianak\nPemprov mengingatkan ASN agar netral.", "Kota Pontianak"),
    ("Lintasbaru.com | Bukittinggi\nWali Kota mengingatkan ASN.", "Kota Bukittinggi"),
    ("BISNISKITA.CO.ID - SURABAYA. Ketua Bawaslu Jatim Budi Santoso mengatakan ...",
     "Kota Surabaya"),
    ("HARIANRAKYAT.COM - MAKASSAR. Pemkot Makassar menggelar apel.", "Kota Makassar"),
    ("SUARATIMUR.COM-KENDARI- Pemkot menggelar apel netralitas.", "Kota Kendari"),
    ("kabarjambi.co.id, JAMBI – Bawaslu mengingatkan ASN.", "Kota Jambi"),
])
def test_datelines_with_the_outlets_web_address(text: str, regency: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.region is not None
    assert found.region.regency == regency


@pytest.mark.parametrize("text", [
    "Kompas.com\nBawaslu mengingatkan ASN agar netral.",  # an outlet alone, no city
    "Beritaku.com | Politik | Daerah | Nasional\nBawaslu Agam menggelar apel.",  # a menu
    "BAWASLU AGAM. Ketua Bawaslu mengatakan ...",  # a body, not a city
    "Pemkab Agam menggelar apel netralitas ASN. Bupati hadir.",  # a sentence
])
def test_no_dateline_without_a_city_head(text: str) -> None:
    found = find_dateline(text)
    assert found is None or found.region is None


@pytest.mark.parametrize(("text", "regency"), [
    # a province with the day, under a city dateline: the dateline's city
    ("kabarsulteng.com PALU – Bawaslu Provinsi Sulawesi Tengah memaparkan temuan pelanggaran "
     "netralitas ASN dalam sosialisasi kepada media di Sulawesi Tengah pada Selasa, 21 "
     "November 2023.\n", "Kota Palu"),
    ("Kupang (ANTARA) - Ketua Bawaslu NTT Tono Wijaya mengingatkan ASN agar netral, kata dia "
     "di Nusa Tenggara Timur, Senin.\n", "Kota Kupang"),
])
def test_province_with_the_day_takes_the_dateline_city(text: str, regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_province_with_the_day_keeps_no_city_under_a_province_dateline() -> None:
    text = ("JAKARTA - Ketua Bawaslu RI Andi Saputra mengingatkan ASN agar netral, kata dia di "
            "Jawa Tengah, Senin.\n")
    place = place_of(None, text)
    assert place is not None and place.region is None and place.province_name == "Jawa Tengah"


def test_province_with_the_day_ignores_a_dateline_city_of_another_province() -> None:
    text = ("Padang (ANTARA) - Ketua Bawaslu Riau Rudi Hartono mengingatkan ASN agar netral, "
            "kata dia di Riau, Senin.\n")
    place = place_of(None, text)
    assert place is not None and place.province_name == "Riau"
    assert place.region is None or place.region.province == "Riau"


@pytest.mark.parametrize(("text", "regency"), [
    ("Bukittinggi, Warta - Penandatanganan pakta integritas digelar di aula rumah dinas "
     "Gubernur, Jalan Diponegoro No 17 Padang, Selasa (6/12/2022).\n", "Kota Padang"),
    ("Solok, Warta - Rapat digelar di Hotel Mawar, Jl. Ahmad Yani Nomor 12 Bukittinggi, Selasa "
     "(3/9/2024).\n", "Kota Bukittinggi"),
    ("Agam, Warta - Bimtek berlangsung di Gedung Serbaguna, Jalan Veteran 7, Kota Payakumbuh, "
     "Rabu (4/9/2024).\n", "Kota Payakumbuh"),
    ("Agam, Warta - Bimtek berlangsung di Gedung Serbaguna, Jalan Veteran No. 7, Kota "
     "Payakumbuh, Rabu (4/9/2024).\n", "Kota Payakumbuh"),
])
def test_address_with_a_house_number_then_the_city(text: str, regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_address_number_without_a_region_after_it_keeps_the_dateline() -> None:
    text = ("Bukittinggi, Warta - Sosialisasi netralitas ASN digelar di aula balai kota, Jalan "
            "Sudirman No 41 pada Senin (5/12/2022).\n")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bukittinggi"


@pytest.mark.parametrize(("text", "regency"), [
    # the regency's capital right before the name it shares with a city
    ("Pj Bupati Andi Rahman meminta ASN netral, kata dia di Gedung Serbaguna, Sentani "
     "Jayapura, Kamis (16/11/2023).\n", "Kabupaten Jayapura"),
    ("Sekda Budi Santoso meminta ASN netral, ujarnya di Pendopo, Soreang Bandung, Senin "
     "(4/3/2024).\n", "Kabupaten Bandung"),
    ("Pemprov Jawa Tengah menggelar apel. Gubernur hadir di Alun-alun, Ungaran Semarang, "
     "Senin (4/3/2024).\n", "Kabupaten Semarang"),
    # no capital before it: the city
    ("Ketua panitia Rudi meminta ASN netral, kata dia di Gedung Serbaguna, Jayapura, Kamis "
     "(16/11/2023).\n", "Kota Jayapura"),
])
def test_a_capital_before_a_shared_name_names_the_regency(text: str, regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


@pytest.mark.parametrize(("text", "regency"), [
    # a body with a kind names who speaks: its twin
    ("\"Kami temukan indikasi keterlibatan ASN,\" kata Ketua Panwaslu Kabupaten Magelang, Ani, "
     "di kantornya Jalan Pemuda, Magelang, Kamis (8/3/2018).\n", "Kabupaten Magelang"),
    ("Ketua Badan Pengawas Pemilu (Bawaslu) Kabupaten Blitar, Rina, mengatakan itu di "
     "kantornya, Blitar, Selasa (6/3/2018).\n", "Kabupaten Blitar"),
    ("Ketua Bawaslu Kota Madiun, Rina, mengatakan itu di kantornya, Madiun, Selasa "
     "(6/3/2018).\n", "Kota Madiun"),
    # a kind alone says where cases are: the city, as before
    ("Ada tiga kasus di Kabupaten Magelang. Hal itu dikatakan Ani di Magelang, Kamis "
     "(8/3/2018).\n", "Kota Magelang"),
])
def test_a_body_with_a_kind_settles_a_shared_name(text: str, regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


@pytest.mark.parametrize(("text", "regency"), [
    # a full stop after a capitals word ends a head, not one after a short abbreviation
    ("KAB. AGAM - Bupati meminta ASN netral.", "Kabupaten Agam"),
    ("KEP. MENTAWAI - Bupati meminta ASN netral.", "Kabupaten Kepulauan Mentawai"),
    ("TANJUNGPINANG. Wali kota meminta ASN netral.", "Kota Tanjungpinang"),
])
def test_a_full_stop_after_capitals_ends_the_head(text: str, regency: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.region is not None
    assert found.region.regency == regency
