"""Round 10 of the place reader, on invented paragraphs: a body naming no region takes the province
named after "di" ("di Jatim": a province-level occasion), but not a tally's province (where
cases or people are); a body naming nothing takes the province its title names with a province
body or after "di" (a page 2 of an article, a stored copy without its lead); a kecamatan's body
("Panwascam X", "Kapolsek X", "Korwilcam X") names its regency; a venue where something was
found or hung is the finding's place, not the occasion's; an outlet and city on a line of
their own ("KabarNews, Lampung") are a dateline that lost its dash."""

import pytest

from transforms.places.dateline import find_dateline
from transforms.places.province_level import province_named
from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "province"), [
    ("\"Sejauh ini di Jatim semua putusan sudah dijalankan,\" kata Budi.", "Jawa Timur"),
    ("Rapat koordinasi itu digelar di Sulawesi Tengah dan diikuti para camat.", "Sulawesi Tengah"),
    ("Menurut Rina, di Provinsi Sumatera Barat ikrar itu dibacakan bersama.", "Sumatera Barat"),
    ("\"Kami ingatkan lagi di Kalbar, jangan ada yang ikut kampanye,\" ujar Hendra.",
     "Kalimantan Barat"),
])
def test_a_province_named_after_di_is_a_province_level_occasion(text, province):
    place = place_of(None, text)
    assert place.region is None
    assert place.province_name == province


@pytest.mark.parametrize("text", [
    # where the cases were found: a tally, not the occasion
    "Dugaan pelanggaran terbanyak ditemukan di Sulawesi Tenggara dengan 37 kasus.",
    "Yang paling sedikit ada di Bali dengan satu kasus, lalu Riau dua kasus.",
    # where the civil servants are
    "Ratusan ASN di Jawa Tengah diminta menjaga netralitas.",
    # two provinces in one sentence: neither is the occasion's
    "Sosialisasi serupa digelar di Jawa Barat dan di Jawa Tengah.",
])
def test_a_tallys_province_is_not_the_occasions(text):
    place = place_of(None, text)
    assert place is None or place.province is None


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


@pytest.mark.parametrize(("text", "regency"), [
    ("Ketua Panwascam Kalasan, Budi, mengingatkan kepala desa agar netral.", "Kabupaten Sleman"),
    ("Kapolsek Mlati hadir dalam apel netralitas perangkat desa.", "Kabupaten Sleman"),
    ("Forkopimcam Ajibarang menggelar deklarasi netralitas ASN.", "Kabupaten Banyumas"),
    ("Sosialisasi digelar di aula Korwilcam Dindik Ajibarang, Selasa (11/4/2023).",
     "Kabupaten Banyumas"),
    ("Para guru hadir di aula Korwilcam Kalasan, Rabu (3/7/2024).", "Kabupaten Sleman"),
])
def test_a_body_named_after_its_kecamatan_places_the_story_in_its_regency(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_kecamatan_bodys_word_alone_names_no_place():
    assert place_of(None, "Kapolsek setempat hadir dalam apel netralitas.") is None


@pytest.mark.parametrize("lead", [
    "Bawaslu Sulteng menelusuri temuan 15 spanduk bakal calon di kantor Dinas Sosial Kabupaten "
    "Poso.",
    "Baliho seorang calon bupati terpasang di kantor Dinas Pendidikan Kabupaten Poso.",
    "Petugas menemukan alat peraga kampanye di kantor Kecamatan Poso Kota.",
])
def test_a_venue_where_something_was_found_is_not_the_occasions(lead):
    text = f"PALU (ANTARA) - {lead}\n\"Kami akan klarifikasi ASN itu,\" kata Ketua Bawaslu."
    assert place_of(None, text).region.regency == "Kota Palu"


def test_a_venue_of_the_occasion_still_places_it():
    text = ("PALU (ANTARA) - Bawaslu Sulteng menggelar sosialisasi netralitas ASN di kantor "
            "Dinas Sosial Kabupaten Poso, Senin (13/1/2020).")
    assert place_of(None, text).region.regency == "Kabupaten Poso"


@pytest.mark.parametrize(("text", "regency", "province"), [
    ("Penulis: Rudi Hartono\nKabarNews, Lampung\nKetua Bawaslu RI meminta ASN netral.",
     None, "Lampung"),
    ("Oleh Sinta\nSumbarTV, Padang\nWali kota meminta ASN netral.", "Kota Padang",
     "Sumatera Barat"),
])
def test_an_outlet_and_city_on_a_line_of_their_own_are_a_dateline(text, regency, province):
    place = place_of(None, text)
    assert place.source == "dateline"
    assert (place.region.regency if place.region else None) == regency
    assert place.province_name == province


def test_a_sentence_line_with_a_comma_is_no_dateline():
    assert find_dateline("Menurut Rudi, Padang siap menggelar apel netralitas ASN.") is None
