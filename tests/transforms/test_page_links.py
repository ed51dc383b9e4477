"""Links to other articles kept in a stored page's text."""

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
