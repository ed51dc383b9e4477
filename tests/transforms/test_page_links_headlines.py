"""Other articles' headlines a stored page keeps inside the body with no marker and no bullet
(page_links.link_at), on invented paragraphs: taken when headline-shaped between the story's
paragraphs, never a sentence of the story."""

import pytest

from transforms.events.activities.classify import activities
from transforms.events.officials.find import officials
from transforms.page_links import link_at

LEAD = ("LUBUK BASUNG - Pemerintah Kabupaten Agam menggelar sosialisasi netralitas ASN di aula "
        "kantor bupati, Senin (7/10/2024), diikuti 300 pegawai.\n"
        "Sekda Agam Rudi Hartawan meminta seluruh pegawai menjaga netralitas selama tahapan "
        "Pilkada 2024 berlangsung.\n")
AFTER = "\nSosialisasi itu juga diisi tanya jawab dengan Bawaslu Kabupaten Agam hingga siang.\n"


def _linked(line: str, before: str = LEAD, after: str = AFTER) -> bool:
    text = before + line + after
    return link_at(text, text.index(line) + 2)


@pytest.mark.parametrize("line", [
    "Bawaslu Lembah Hijau Temukan Dua Kepala Desa Ikut Kampanye Paslon",
    "Jelang Pilkada, Wali Kota Tanjung Permai Ajak ASN Tak Main Media Sosial",
    "Tak Netral saat Kampanye, Tiga Camat di Sukamaju Dijatuhi Sanksi Disiplin",
    "PJ BUPATI LEMBAH HIJAU PIMPIN APEL GABUNGAN DI HALAMAN KANTOR BUPATI",
])
def test_a_headline_standing_between_paragraphs_is_another_articles(line):
    assert _linked(line)


def test_a_run_of_short_headlines_is_a_list_of_other_articles():
    run = ("Harga Cabai Naik Lagi\nJalan Desa Sukamaju Rusak Parah\n"
           "Pasar Baru Dibuka Bupati")
    text = LEAD + run + AFTER
    for line in run.split("\n"):
        assert link_at(text, text.index(line)), line


def test_the_line_after_a_bare_read_also_is_a_link():
    text = LEAD + "Baca juga:\nKPU Tetapkan Jadwal Kampanye\n" + AFTER.lstrip("\n")
    assert link_at(text, text.index("KPU Tetapkan"))
    assert not link_at(text, text.index("Sosialisasi itu"))


@pytest.mark.parametrize("line", [
    # a one-sentence paragraph of the story, closed by a full stop
    "Bupati Lembah Hijau Rudi Hartawan Memimpin Langsung Apel Gabungan Itu.",
    # the story's own subheading: short
    "Patroli Akun Media Sosial",
    "Sanksi Bagi Pegawai Melanggar",
    # a sentence in sentence case whose full stop the copy lost
    "Dalam apel itu Bupati Lembah Hijau Rudi Hartawan menegaskan sanksi bagi ASN",
    # who attended, listed without a full stop
    "Hadir Bupati Lembah Hijau Rudi Hartawan dan Kapolres Lembah Hijau Budi Santosa",
    # a numbered item
    "1. Kecamatan Sukamaju Barat dan Kecamatan Sukamaju Timur Kabupaten Agam",
])
def test_a_line_of_the_story_is_no_headline(line):
    assert not _linked(line)


def test_a_sentence_broken_across_lines_is_no_headline():
    line = "Kepala BKD Lembah Hijau Rudi Hartawan Bersama Para Camat Kabupaten dan"
    assert not _linked(line, after="\npara lurah meneken pakta integritas netralitas.\n")
    line = "Kepala BKD Lembah Hijau Rudi Hartawan Bersama Para Camat Kabupaten Agam"
    assert not _linked(line, after="\nmeneken pakta integritas netralitas di aula.\n")


def test_a_photo_caption_is_no_headline():
    line = "Ketua Bawaslu Kabupaten Agam Rudi Hartawan Saat Memberi Arahan Kepada Peserta"
    assert not _linked(line, after="\nFoto: Humas Pemkab Agam\n" + AFTER.lstrip("\n"))


def test_the_pages_own_title_after_its_teaser_is_no_headline():
    title = "Pemkab Agam Ajak ASN Jaga Sikap Netral Selama Pilkada Serentak 2024"
    teaser = ("Sosialisasi netralitas digelar bagi seluruh pegawai pemerintah kabupaten menjelang "
              "tahapan pilkada.\n")
    text = teaser + title + "\n" + LEAD + AFTER.lstrip("\n")
    assert not link_at(text, text.index(title))


def test_the_last_line_of_a_copy_cut_off_is_no_headline():
    line = "Ketua Bawaslu Kabupaten Agam Rudi Hartawan Menyampaikan Bahwa Seluruh Pegawai"
    text = LEAD + AFTER.lstrip("\n") + line
    assert not link_at(text, text.index(line))


def test_activities_and_officials_skip_a_headline_between_paragraphs():
    line = "Wali Kota Padang Gunadi Purnama Jatuhkan Sanksi Disiplin kepada Dua Lurah"
    text = LEAD + line + AFTER
    assert "sanksi" not in activities(text)
    assert "sosialisasi" in activities(text)
    names = [o.name for o in officials(text)]
    assert "Rudi Hartawan" in names and "Gunadi Purnama" not in names


def test_a_run_of_headlines_may_end_the_text():
    run = ("Harga Cabai Naik Lagi di Pasar Sukamaju\nJalan Desa Sukamaju Rusak Parah\n"
           "Bupati Lembah Hijau Resmikan Pasar Baru")
    text = LEAD + AFTER.lstrip("\n") + run
    assert link_at(text, text.index("Bupati Lembah Hijau Resmikan"))
