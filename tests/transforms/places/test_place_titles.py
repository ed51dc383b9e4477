"""A body that names no place takes the province or regency its title names with a body, a head
or a kind (a page 2 whose lead is on page 1, a stored copy without its lead); the body's own
place beats the title's, and a title naming no body gives none. Invented paragraphs."""

import pytest

from transforms.places.province_level import province_named
from transforms.places.resolve import place_of

PAGE_TWO = ("\"Kami belum menerima laporan resmi, baru informasi awal,\" ujar Andi Saputra kepada "
            "wartawan. Ia berharap masyarakat melapor bila melihat ASN berpolitik praktis.")


@pytest.mark.parametrize(("title", "province"), [
    ("Bawaslu Sumbar Ingatkan ASN Tidak Ikut Kampanye", "Sumatera Barat"),
    ("Pemprov Sulsel Gelar Apel Netralitas ASN", "Sulawesi Selatan"),
    ("KPU Provinsi Jawa Tengah Sosialisasikan Larangan bagi ASN", "Jawa Tengah"),
    ("Lima Kepala Daerah di Jatim Belum Jatuhkan Sanksi", "Jawa Timur"),
])
def test_a_body_naming_no_place_takes_the_titles_province(title, province):
    text = "\"ASN harus netral,\" kata Andi.\nPara kepala desa lalu membacakan ikrar."
    place = place_of(None, text, title=title)
    assert place.region is None
    assert place.province_name == province


def test_the_title_does_not_override_a_place_the_body_names():
    text = "Apel netralitas digelar di halaman Kantor Bupati Agam, Senin (2/9/2024)."
    place = place_of(None, text, title="Bawaslu Sumbar Ingatkan ASN")
    assert place.region.regency == "Kabupaten Agam"


@pytest.mark.parametrize("title", [
    "Bawaslu Ingatkan ASN Tidak Ikut Kampanye",
    "Ratusan ASN di Jatim Diduga Tidak Netral",  # where the civil servants are
    "Netralitas ASN di Pilkada 2024",
])
def test_a_title_naming_no_province_body_gives_none(title):
    assert province_named(title) is None


@pytest.mark.parametrize(("title", "regency"), [
    ("Panwaslih Abdya Kaji Video Guru Kampanye", "Kabupaten Aceh Barat Daya"),
    ("Bawaslu Pesbar Ingatkan Peratin Jaga Netralitas", "Kabupaten Pesisir Barat"),
    ("Bupati Agam Minta ASN Tidak Berpolitik", "Kabupaten Agam"),
    ("Pemkot Padang Panjang Gelar Apel Netralitas", "Kota Padang Panjang"),
])
def test_a_page_naming_no_place_takes_its_titles_regency(title, regency):
    place = place_of(None, PAGE_TWO, title=title)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_a_title_naming_a_regency_without_a_body_gives_nothing():
    place = place_of(None, PAGE_TWO, title="Guru di Agam Diduga Kampanye")
    assert place is None or place.region is None


def test_the_bodys_own_place_beats_the_titles():
    text = f"Rapat itu digelar di Kota Solok. {PAGE_TWO}"
    place = place_of(None, text, title="Bawaslu Pesbar Ingatkan Peratin Jaga Netralitas")
    assert place.region.regency == "Kota Solok"


def test_a_province_in_the_title_still_gives_a_province_level_place():
    place = place_of(None, PAGE_TWO, title="Bawaslu Sumbar Ingatkan ASN Jaga Netralitas")
    assert place.region is None and place.province_name == "Sumatera Barat"
