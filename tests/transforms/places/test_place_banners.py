"""A site's banner, slogan or section name above the story ("Kota X Juara", a short line with no
sentence in it, opening with a region) is the page's furniture: the first region the lead
paragraph names with a prefix is the place. A short line that is a sentence, or a banner over
a lead naming no region with a prefix, keeps its region. Invented texts."""

import pytest

from transforms.places.resolve import place_of


def _regency(text):
    place = place_of(None, text)
    return place.region.regency if place and place.region else None


@pytest.mark.parametrize(("text", "regency"), [
    ("Kota Medan Berkah\nBawaslu Kabupaten Deli Serdang meneruskan laporan dugaan pelanggaran "
     "netralitas lima aparatur sipil negara ke Badan Kepegawaian Negara pekan ini.",
     "Kabupaten Deli Serdang"),
    ("Kabupaten Bogor Tegar Beriman\nPolitik\nPemerintah Kota Depok meminta semua pegawai "
     "bersikap netral sepanjang tahapan pemilihan berlangsung hingga pelantikan kepala daerah.",
     "Kota Depok"),
    ("Kota Surabaya Hebat | Pemilu 2024\nDua Kades Unggah Dukungan Calon\nPanwaslu Kabupaten "
     "Sidoarjo menemukan dua kepala desa mengunggah dukungan kepada salah satu calon bupati di "
     "akun media sosial mereka.", "Kabupaten Sidoarjo"),
    ("Kota Padang Kota Tercinta\nBupati Agam Rudi Hartono mengumpulkan para camat dan wali nagari "
     "untuk menandatangani komitmen netralitas menjelang pemungutan suara bulan depan.",
     "Kabupaten Agam"),
])
def test_a_banner_above_the_story_gives_way_to_the_lead(text, regency):
    assert _regency(text) == regency


@pytest.mark.parametrize(("text", "regency"), [
    # a repeated title over a lead naming no region with a prefix
    ("Kota Padang Gelar Apel Netralitas\nSeluruh pegawai mengikuti apel netralitas yang dipimpin "
     "langsung oleh wali kota pada pagi hari itu di halaman kantor.", "Kota Padang"),
    # a short line that is a sentence
    ("Kabupaten Garut menggelar apel netralitas.\nBawaslu Kota Bandung turut memantau jalannya "
     "apel itu dan mengingatkan pegawai agar tidak mengunggah dukungan.", "Kabupaten Garut"),
])
def test_a_short_line_that_is_the_story_keeps_its_region(text, regency):
    assert _regency(text) == regency
