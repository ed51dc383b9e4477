"""Links to other articles kept in a stored page's text."""

import pytest

from transforms.events.officials.find import officials
from transforms.page_links import link_at, related_headline, tail_start
from transforms.places.resolve import place_of


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


_STORY = ("Lombok Barat, Kabar Rinjani - Sekda Lombok Barat mengajak para pegawai "
          "tetap netral sepanjang tahapan Pilkada, Senin (4/11/2024).\n"
          "Ia mengingatkan sanksi bagi pegawai yang ikut berkampanye di media sosial.\n")
_TEASERS = ("KABARRINJANI.COM - Ratusan warga memadati lapangan Pringgarata, Lombok Tengah, "
            "Sabtu (9/11/2024) untuk menyaksikan lomba perahu yang digelar oleh\n|\n"
            "Harga Cabai Naik Jelang Akhir Tahun\n"
            "KABARRINJANI.COM - Harga cabai rawit di pasar Mataram naik dua kali lipat sejak\n|\n")


@pytest.mark.parametrize("separator", ["|", "•", "|  "])
def test_teasers_cut_off_above_a_separator_line_start_the_tail(separator):
    text = _STORY + _TEASERS.replace("\n|\n", f"\n{separator}\n")
    assert tail_start(text) == len(_STORY)


_APPENDED = ("Kejari Lembah Hijau Periksa Tiga Saksi Dana Hibah\n"
             "Kejaksaan memeriksa tiga saksi kasus dana hibah, Kamis (7/11/2024).\n")


# A rule of dashes, stars, spaced stars, underscores, equals signs or tildes.
@pytest.mark.parametrize("rule", ["--", "---", "—", " -- ", "***", "* * *", "___", "=====", "~~~"])
def test_another_article_below_a_rule_starts_the_tail(rule):
    text = _STORY + f"{rule}\n" + _APPENDED
    assert tail_start(text) == len(_STORY)


@pytest.mark.parametrize("text", [
    # a rule under a repeated title, before the story begins
    "Sekda Ajak Pegawai Tetap Netral\n--\n" + _STORY,
    # a rule between paragraphs of the story itself
    _STORY + "—\n\"Jangan sampai ada yang ikut berkampanye,\" ujar Sekda, Senin (4/11).\n",
    # the same for a rule of other marks
    "Sekda Ajak Pegawai Tetap Netral\n***\n" + _STORY,
    _STORY + "* * *\n\"Tidak boleh ada pegawai yang memasang baliho calon,\" ujar Sekda.\n",
    # two stars are no rule
    _STORY + "**\n" + _APPENDED,
])
def test_a_rule_within_the_article_is_no_tail(text):
    assert tail_start(text) == len(text)


_TABLED = ("Bupati Lembah Hijau Lantik Tiga Pejabat Baru |\n![]() |\n---|\n"
           "Bawaslu Lembah Hijau Temukan Selisih Suara di Dua TPS |\n![]() |\n---|\n")


def test_a_table_of_other_headlines_below_the_story_starts_the_tail():
    text = _STORY + "(*)\n" + _TABLED
    assert tail_start(text) == len(_STORY) + len("(*)\n")


@pytest.mark.parametrize("text", [
    # the story's own photo: the picture row is followed by its caption
    _STORY + "![]() |\nSekda saat memimpin apel pagi. (Foto: Humas) |\n"
    "\"Tidak boleh ada pegawai yang memasang baliho calon,\" ujar Sekda.\n",
    # a table before the story begins (a picture of the title's own)
    "Sekda Ajak Pegawai Tetap Netral |\n![]() |\n---|\n" + _STORY,
    # (review) a picture of its own, or a caption closed by a full stop under the rule
    _STORY + "Foto bersama usai apel |\n![](https://contoh.id/foto.jpg) |\n---|\n"
    "Sekda saat membacakan ikrar di hadapan 300 pegawai, Senin.\n",
    _STORY + "Foto bersama usai apel |\n![]() |\n---|\n"
    "Sekda saat membacakan ikrar di hadapan 300 pegawai, Senin.\n",
])
def test_a_picture_of_the_story_is_no_table_of_other_headlines(text):
    assert tail_start(text) == len(text)


@pytest.mark.parametrize("rule", ["--", "Berita Terkait"])
def test_the_date_of_an_article_below_the_story_is_not_the_occasions(rule):
    from transforms.events.dates.find import event_date_of, find_event_dates

    story = ("Bawaslu Lembah Hijau menyebut dua pegawai terbukti memihak satu pasangan calon.\n"
             "\"Kasusnya sudah kami teruskan,\" kata Ketua Bawaslu.\n")
    text = story + f"{rule}\n" + ("KPU Lembah Hijau Gelar Pleno Rekapitulasi Suara\n"
                             "KPU Lembah Hijau menggelar rapat pleno, Kamis (7/11/2024).\n")
    found = event_date_of("", text, find_event_dates(text, None, "Asia/Jakarta"), None,
                         "Asia/Jakarta")
    assert found is None


def test_a_cut_off_summary_above_the_story_is_no_tail():
    text = ("Sekda Lombok Barat mengajak para pegawai tetap netral sepanjang tahapan Pilkada "
            "dan tidak ikut\n|\n" + _STORY)
    assert tail_start(text) == len(text)


def test_the_place_and_date_of_a_teaser_are_not_the_occasions():
    from transforms.events.dates.find import event_date_of, find_event_dates

    text = _STORY + _TEASERS
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Lombok Barat"
    found = event_date_of("", text, find_event_dates(text, None, "Asia/Makassar"), None,
                         "Asia/Makassar")
    assert found is not None and str(found.value) == "2024-11-04"


# -- link_at: the one reading of a link for dates, activities, officials and places ----------

def _at(text: str, words: str) -> bool:
    return link_at(text, text.index(words))


@pytest.mark.parametrize("line", [
    "Baca juga: Bupati Lembah Hijau Ajak ASN Jaga Netralitas",
    "BACA JUGA : Camat Sukamaju Dipanggil Bawaslu",
    "Simak: Wali Kota Tanjung Permai Resmikan Pasar",
    "Cek juga Bawaslu Catat Lima Laporan",
    "Berita terkait: Sekda Ajak ASN Netral",
    "Baca berita lainnya di kanal kami",
    "Simak!",
    "» Pj Bupati Lembah Hijau Pimpin Apel Gabungan",
    "• Kades Sukamaju Diperiksa Panwascam",
    "– Bawaslu Temukan Dua ASN Tak Netral",
])
def test_lines_that_link_to_other_articles(line):
    assert related_headline(line)
    text = f"Apel netralitas digelar di aula kantor camat.\n{line}\nApel diikuti 80 pegawai."
    assert link_at(text, text.index(line) + len(line) - 3)
    assert not _at(text, "Apel diikuti")


@pytest.mark.parametrize("line", [
    "- tiga kepala desa diminta menjaga netralitas di wilayahnya",
    "Cek kesehatan pegawai juga digelar pada hari itu.",
    "Beritanya sudah dimuat di laman resmi pemkab.",
    "Lihat kondisi kantor desa itu, kata camat kepada pegawainya.",
    "\"Simak baik-baik aturan netralitas ini,\" ujar Sekda.",
    "Sekda Lembah Hijau Rudi Hartawan membuka rapat itu.",
])
def test_lines_of_the_story_are_no_links(line):
    assert not related_headline(line)
    text = f"Apel netralitas digelar di aula kantor camat.\n{line}\nApel diikuti 80 pegawai."
    assert not link_at(text, text.index(line) + len(line) - 3)


def test_the_items_of_a_list_under_a_read_also_line_are_links():
    text = ("Bawaslu memanggil dua ASN.\nBaca juga:\n- kepala desa sukamaju diperiksa\n"
            "- camat diminta netral\nPemanggilan itu berlangsung di kantor Bawaslu.")
    assert _at(text, "kepala desa sukamaju") and _at(text, "camat diminta")
    assert not _at(text, "Pemanggilan itu")
    assert not _at(text, "Bawaslu memanggil")


def test_a_headline_run_into_a_paragraph_after_read_also():
    text = ("Sekda mengatakan ASN harus netral. Baca juga: Bupati Lembah Hijau Ajak ASN Netral "
            "\"Kami minta semua netral,\" ujarnya di aula kantor camat.")
    assert _at(text, "Bupati Lembah") and _at(text, "Ajak ASN")
    assert not _at(text, "Sekda mengatakan")
    assert not _at(text, "aula kantor")


def test_officials_and_places_skip_the_same_links():
    text = ("Bawaslu Kabupaten Agam menggelar sosialisasi netralitas ASN di aula kantor bupati.\n"
            "- Wali Kota Padang Gunadi Purnama Resmikan Pasar Baru\n"
            "Sosialisasi itu dibuka Ketua Bawaslu Agam Rudi Hartawan.")
    names = [o.name for o in officials(text)]
    assert "Rudi Hartawan" in names and "Gunadi Purnama" not in names
    assert place_of(None, text).region.regency == "Kabupaten Agam"


def test_a_bare_address_line_is_a_link_and_its_slug_no_activity():
    from transforms.events.activities.classify import activities

    url = "https://kabarku.id/pilkada/patroli-pengawasan-sentra-gakkumdu-cegah-pelanggaran/"
    assert related_headline(url)
    assert related_headline("www.kabarku.id/sosialisasi-netralitas-asn")
    assert not related_headline("Lihat kabarku.id untuk berita lain dan sosialisasi pemilu.")
    text = (f"Pj Gubernur Sukamaju mengimbau seluruh ASN menjaga netralitas.\n{url}\n"
            "Ia berpesan lagi.")
    assert activities(text) == ("imbauan",)
