"""Links to other articles kept in a stored page's text."""

import pytest

from transforms.events.page_links import related_headline, tail_start


def test_a_read_also_line_and_a_bulleted_title_case_headline_are_links():
    assert related_headline("Baca juga: Pemkab Sumbawa Gelar Rapat Anggaran")
    assert related_headline("- Bawaslu Temukan Tiga Kades Ikut Kampanye")


def test_a_bulleted_sentence_of_the_article_is_no_link():
    assert not related_headline("- para camat diminta mengawasi pegawai di wilayahnya")
    assert not related_headline("Sekda membuka rapat itu pada Senin pagi.")


def test_the_tail_starts_at_its_heading_line():
    text = "Rapat digelar di aula kantor bupati.\nBerita Terkait\nJudul lain di sini"
    assert tail_start(text) == text.index("Berita Terkait")


def test_a_text_without_a_tail_runs_to_its_end():
    text = "Baca juga sosialisasi berikutnya di kecamatan lain."
    assert tail_start(text) == len(text)


def test_headings_of_a_list_of_other_articles_start_the_tail_however_set_off():
    body = "Apel netralitas ASN digelar di halaman kantor camat.\n"
    for heading in ("— Berita Lainnya —", "TERPOPULER", "Tags:", "Pilihan Redaksi",
                    "Berita Pilihan", "Rekomendasi Berita"):
        text = f"{body}{heading}\nJudul artikel lain"
        assert tail_start(text) == len(body), heading


def test_read_also_alone_on_its_line_introduces_one_link_not_the_tail():
    text = ("Bupati membuka sosialisasi netralitas ASN.\nBaca juga:\n"
            "- Kades Diminta Netral\nSosialisasi itu diikuti 200 pegawai.")
    assert tail_start(text) == len(text)


@pytest.mark.parametrize("heading", ["News Feed", "Related Posts", "Latest News",
                                     "Popular Articles", "Recent Stories"])
def test_english_tail_headings_start_the_tail(heading):
    text = f"Isi berita tentang netralitas ASN.\n{heading}\nJudul Berita Lain Hari Ini\n"
    assert tail_start(text) == text.index(heading)


def test_a_sentence_naming_a_news_feed_is_no_heading():
    text = "Bawaslu memantau news feed media sosial ASN setiap hari.\nParagraf lain."
    assert tail_start(text) == len(text)
