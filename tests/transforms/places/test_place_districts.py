"""Kecamatan named without their regency, on invented sentences: the regency of the kecamatan
when the name is one district's (in the country, or in the province the text names); a
kecamatan's body ("Panwascam X", "Kapolsek X", "Korwilcam X") names its regency."""

import pytest

from transforms.places.districts import district_mentions
from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("Camat Koto Tangah Rina Marlina memimpin sosialisasi netralitas ASN bagi lurah, Senin "
     "(7/10/2024).", "Kota Padang"),
    ("Sosialisasi netralitas ASN digelar di Kecamatan Mlati, Senin (7/10/2024).",
     "Kabupaten Sleman"),
    ("Sosialisasi netralitas kepala desa digelar di aula kantor camat Kecamatan Kalasan, Senin "
     "(7/10/2024).", "Kabupaten Sleman"),
    ("Apel netralitas ASN berlangsung di Kec. Ngaglik, Senin (7/10/2024).", "Kabupaten Sleman"),
    ("Wakil Camat Lubuk Sikaping Andi Saputra mengingatkan ASN agar netral.",
     "Kabupaten Pasaman"),
    ("Sekcam Padang Barat Yudi Hartono membuka sosialisasi netralitas ASN, Rabu (2/10/2024).",
     "Kota Padang"),
])
def test_a_kecamatan_names_its_regency(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_name_of_several_districts_follows_the_province_the_text_names():
    text = "Bawaslu Jawa Barat memantau apel netralitas ASN di Kecamatan Sukajadi, Senin."
    assert place_of(None, text).region.regency == "Kota Bandung"
    assert place_of(None, "Sosialisasi netralitas ASN di Kecamatan Sukajadi, Senin.") is None


def test_a_regency_or_dateline_named_beats_the_kecamatan():
    text = ("SLEMAN - Pemkab menggelar apel netralitas ASN. Camat Koto Tangah turut hadir "
            "sebagai narasumber.")
    assert place_of(None, text).region.regency == "Kabupaten Sleman"
    text = "Pemkab Bantul menggelar apel netralitas ASN. Camat Mlati turut hadir."
    assert place_of(None, text).region.regency == "Kabupaten Bantul"


@pytest.mark.parametrize("text", [
    "Camat setempat mengingatkan ASN agar netral.",
    "kecamatan di seluruh kabupaten menggelar apel.",
    "Camat Budi Santoso mengingatkan ASN agar netral.",
])
def test_no_district_name_no_mention(text):
    assert list(district_mentions(text, None)) == []


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
