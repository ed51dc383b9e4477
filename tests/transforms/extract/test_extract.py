"""Extraction on hand-written edge cases; the outlet fixture pages are tested in
tests/flows/test_end_to_end.py and tests/transforms/extract/test_outlet_pages.py."""

import pytest

from transforms.extract.article import ExtractError, extract_article
from transforms.extract.boilerplate import clean_text
from transforms.extract.context import ExtractContext, Selectors

CTX = ExtractContext(outlet="langgam", timezone="Asia/Jakarta",
                     hosts=("langgam.id",), selectors=Selectors(body="div.entry-content"))
PARA = ("Pj Wali Kota Padang Darmawan Effendi mengimbau ASN Pemkot "
        "Padang agar tetap netral dan berintegritas selama tahapan Pilkada 2024. ")


def page(body: str, head: str = "") -> str:
    return (f"<!doctype html><html lang='id'><head><title>Judul berita - Langgam.id</title>"
            f"{head}</head><body><article><h1>Judul berita</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


@pytest.mark.parametrize(("html", "reason"), [
    ("", "empty document"),
    ("   \n ", "empty document"),
    ("<html><head><title></title></head><body></body></html>", "too short body"),
    ("\x00\x01\x02\xff binary \x00" * 50, "binary content"),
    (page("<p>Silakan masuk untuk membaca.</p>"), "too short body"),
])
def test_pages_without_an_article_are_rejected_with_a_reason(html, reason):
    with pytest.raises(ExtractError) as info:
        extract_article(html, "https://langgam.id/a-b-c-d/", CTX)
    assert reason in info.value.reason


def test_inline_and_trailing_baca_juga_are_removed():
    body = (f"<p>Langgam.id - {PARA}</p>"
            "<p><strong>Baca juga:</strong> <a href='/x/'>Headline Sisipan Yang Bocor</a></p>"
            f"<p>{PARA} Paragraf kedua.</p>"
            "<p>Editor: Fs</p><p>Tags: ASN, Pilkada</p>")
    html = page(body) + ("<h3>Baca Juga</h3><ul><li><a href='/y/'>Wako Hendra Saputra "
                         "Mulai Bagikan Kartu</a></li></ul>")
    article = extract_article(html, "https://langgam.id/a-b-c-d/", CTX)
    assert "Paragraf kedua." in article.text
    assert article.text.startswith("Langgam.id - ")
    for leaked in ("Baca juga", "Headline Sisipan", "Wako Hendra", "Editor:", "Tags:"):
        assert leaked not in article.text


def test_a_baca_juga_headline_run_into_a_quote_keeps_the_quote():
    quote = ("\u201cGuru tidak boleh menjadikan sekolah arena kampanye calon mana pun, apalagi "
             "mengajak murid memilih,\u201d kata Kepala Dinas Pendidikan Rudi Hartono di "
             "Bukittinggi, Senin.")
    body = (f"<p>Langgam.id - {PARA}</p>"
            f"<p>Baca juga: <a href='/x/'>Seribu Guru Ikrar Netralitas</a> {quote}</p>"
            "<p>Baca juga: <a href='/y/'>Bupati: \"ASN Harus Netral\" Jelang Pilkada</a></p>"
            f"<p>{PARA} Paragraf kedua.</p>")
    article = extract_article(page(body), "https://langgam.id/a-b-c-d/", CTX)
    assert "kata Kepala Dinas Pendidikan Rudi Hartono di Bukittinggi" in article.text
    for leaked in ("Baca juga", "Seribu Guru", "ASN Harus Netral"):
        assert leaked not in article.text


@pytest.mark.parametrize(("listed", "gone", "kept"), [
    # headlines under a bare "Baca juga:" paragraph go with it
    ("<p>Hadiri acara calon petahana, lurah dan camat di Sukamaju bebas sanksi</p>"
     "<p>Lurah dan camat diduga ikut kampanye, Pemkot Sukamaju tunggu surat Panwaslu</p>",
     ("Baca juga", "Hadiri acara", "diduga ikut kampanye"), ()),
    # up to the first paragraph closed by a full stop: the story's
    ("<p>Bawaslu awasi kampanye di media sosial</p>"
     "<p>Dua camat diduga ikut kampanye salah satu calon, kata Ketua Bawaslu Agam.</p>",
     ("Bawaslu awasi kampanye",), ("Dua camat diduga ikut kampanye",)),
    # (review) or a paragraph opening a list, or a quote, with no full stop
    ("<p>Bawaslu Agam Gelar Sosialisasi</p><p>Isi ikrar netralitas ASN sebagai berikut:</p>"
     "<p>1. Menjaga netralitas ASN dalam Pilkada 2024</p>",
     ("Bawaslu Agam Gelar",), ("sebagai berikut:", "Menjaga netralitas ASN dalam")),
    ("<p>Bawaslu Agam Gelar Sosialisasi</p><p>\u201cSaya minta ASN tetap netral,\u201d kata "
     "Rudi</p>", ("Bawaslu Agam Gelar",), ("Saya minta ASN tetap netral",)),
])
def test_headlines_listed_under_a_bare_baca_juga_paragraph_are_removed(listed, gone, kept):
    body = f"<p>Langgam.id - {PARA}</p><p>Baca juga:</p>{listed}<p>{PARA} Paragraf kedua.</p>"
    article = extract_article(page(body), "https://langgam.id/a-b-c-d/", CTX)
    assert "Paragraf kedua." in article.text
    assert not [words for words in gone if words in article.text]
    assert all(words in article.text for words in kept)


def test_structured_metadata_wins_and_offsite_canonical_is_ignored():
    head = ('<link rel="canonical" href="https://evil.example/steal">'
            '<meta property="article:published_time" content="2024-07-04T15:30:00+07:00">'
            '<meta name="author" content="Redaksi Langgam">')
    article = extract_article(page(f"<p>{PARA * 3}</p>", head),
                              "https://langgam.id/a-b-c-d/?utm_source=x", CTX)
    assert article.canonical_url == "https://langgam.id/a-b-c-d/"
    assert article.published_at == "2024-07-04T08:30:00+00:00"
    assert article.published_source == "meta"
    assert article.author == "Redaksi Langgam"
    assert article.title == "Judul berita"


def test_feed_date_is_the_last_resort():
    ctx = ExtractContext(**{**CTX.__dict__, "feed_published": "Thu, 04 Jul 2024 08:30:00 +0000"})
    article = extract_article(page(f"<p>{PARA * 3}</p>"), "https://langgam.id/a-b-c-d/", ctx)
    assert (article.published_at, article.published_source) == (
        "2024-07-04T08:30:00+00:00", "feed")


def test_broken_jsonld_does_not_stop_extraction():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", broken</script>'
    article = extract_article(page(f"<p>{PARA * 3}</p>", head), "https://langgam.id/a-b-c-d/",
                              CTX)
    assert article.published_at is None and article.published_source is None


@pytest.mark.parametrize(("opening", "city"), [
    ("Bukittinggi (ANTARA) - Di hari pertama", "Bukittinggi"),
    ("Pontianak, InfoPublik – Penjabat", "Pontianak"),
    ("Pd. Panjang. (Minangsatu) - Menjelang", "Pd. Panjang"),
    ("Kendari, suarakendari.com-Sebanyak", "Kendari"),
    ("Langgam.id - Menjelang", None),
])
def test_dateline(opening, city):
    article = extract_article(page(f"<p>{opening} {PARA}</p><p>{PARA}</p>"),
                              "https://langgam.id/a-b-c-d/", CTX)
    assert article.dateline == city


TITLE = "Bupati Sukamaju Ingatkan ASN Jaga Netralitas"
LONG = ("Bupati Sukamaju Rahmat Hidayat meminta para pegawai di lingkungan pemkab supaya tidak "
        "ikut berpolitik praktis sepanjang tahapan Pilkada 2024 di kabupaten tersebut.")


def test_generic_boilerplate_lines_are_dropped_and_the_body_kept():
    text = "\n".join([
        "Rabu 16 Okt 2024, 14:05 WIB", "NETRALITAS ASN", TITLE,
        "Apel pagi di halaman kantor bupati. (Rina Oktavia/sumbarkini)",
        LONG, "Lihat postingan ini di Instagram", "Sebuah kiriman dibagikan oleh Pemkab (@pemkab)",
        "POLITIK | 16 Oktober 2024 14:05", "Jumat, 18 Oktober 2024 09.30 WIB",
        LONG + " (Ali/Mvi)", "- Rate artikel ini", "- Like (0)", "Credits (3)",
        "© 2010 - 2024 sumbarkini.com, All Rights Reserved", "Baca Selanjutnya: Apel Pagi...",
        "Headline", LONG + " (rna/yus)", "Wali Kota Lantik Pejabat Baru", "Gerakan Tanam Pohon",
        "Daftarkan",
    ])
    cleaned = clean_text(text, TITLE).splitlines()
    assert cleaned == [LONG, LONG + " (Ali/Mvi)", LONG + " (rna/yus)"]


def test_a_comment_heading_ends_the_article_and_a_late_paragraph_survives_a_sign_off():
    assert clean_text(f"{LONG}\nKomentar Anda\n{LONG} lagi.", TITLE) == LONG
    closing = f"{LONG} (rna)\n{LONG} Paragraf sesudahnya tetap ada dan panjang. {LONG}"
    assert clean_text(closing, TITLE) == closing  # a paragraph after it: not a trailer


def test_html_comments_do_not_glue_a_caption_to_the_body():
    """Parsed with its comments, Trafilatura ran the caption and the lead into one line, where
    no line rule can part them; without them each is a line of its own."""
    ctx = ExtractContext(outlet="other:contoh.id", timezone="Asia/Jakarta", hosts=("contoh.id",))
    html = ("<html><head><title>Judul berita</title></head><body><article><div class='teks'>"
            "<!-- s:pic --><div class='pic'><span>Foto kegiatan apel pagi</span></div>\n"
            f"<!-- e:pic -->\n <b>Padang</b> - Kalimat pembuka. {PARA}<br><br>{PARA}<br><br>"
            "Penutup berita.</div></article></body></html>")
    lines = extract_article(html, "https://contoh.id/berita/1", ctx).text.splitlines()
    assert any(line.startswith("Padang - Kalimat pembuka.") for line in lines)


def test_an_inline_article_body_is_the_body_on_a_site_without_selectors():
    ctx = ExtractContext(outlet="other:contoh.id", timezone="Asia/Jakarta", hosts=("contoh.id",))
    html = ("<html><head><title>Judul berita</title></head><body><div id='isi'>"
            "<h2>Judul berita</h2><p>Kamis, 17 Oktober 2024</p>"
            f"<span itemprop='articleBody'><b>Padang</b> - Kalimat pembuka. {PARA}<br><br>"
            f"{PARA}<br><br>Penutup berita.</span></div></body></html>")
    article = extract_article(html, "https://contoh.id/berita/1", ctx)
    assert "Kalimat pembuka." in article.text and article.text.endswith("Penutup berita.")


def test_a_declared_photo_page_with_one_sentence_is_an_article_a_truncated_one_is_not():
    ctx = ExtractContext(outlet="other:contoh.id", timezone="Asia/Jakarta", hosts=("contoh.id",))
    head = '<meta property="og:type" content="article">'
    photo = page(f"<p>{LONG}</p>", head)
    assert LONG in extract_article(photo, "https://contoh.id/foto/1", ctx).text
    with pytest.raises(ExtractError):
        extract_article(page("<p>Tentang</p><p>Kontak | Masuk</p>", head),
                        "https://contoh.id/foto/2", ctx)


def test_sentences_that_look_like_bylines_captions_or_sign_offs_stay():
    lines = [
        "Warga berkumpul di depan kantor camat sejak pagi. (ist)",
        LONG, LONG.replace("Bupati", "Wakil Bupati"),
        "Oleh karena itu, rapat lanjutan digelar pada 21 Oktober 2024 di aula kantor bupati.",
        "Sidang berikutnya dijadwalkan Senin pekan depan. (ANTARA/Fulan)",
    ]
    assert clean_text("\n".join(lines), TITLE).splitlines() == lines


def test_a_caption_credit_above_the_body_goes_and_the_closing_credit_stays():
    caption = "Suasana apel netralitas di halaman kantor bupati. (ANTARA FOTO/Rina Oktavia)"
    text = "\n".join([caption, LONG, LONG + " (Antara/Fulan)"])
    assert clean_text(text, TITLE).splitlines() == [LONG, LONG + " (Antara/Fulan)"]


def test_a_caption_set_as_a_paragraph_is_kept_as_the_caption_without_its_credit():
    body = ("<p>Apel netralitas ASN di halaman kantor bupati, Rabu (27/12/2023). "
            "(ANTARA/Rina Oktavia)</p>" + f"<p>{PARA * 4}</p>" + f"<p>{PARA * 3}</p>")
    article = extract_article(page(body), "https://langgam.id/apel-netralitas-asn/", CTX)
    assert article.caption == "Apel netralitas ASN di halaman kantor bupati, Rabu (27/12/2023)."
    assert "ANTARA" not in article.text
    # a figcaption of its own stays the caption
    figure = "<figure><img src='a.jpg'><figcaption>Bupati Agam memimpin apel.</figcaption></figure>"
    article = extract_article(page(figure + body), "https://langgam.id/apel-netralitas-asn/", CTX)
    assert article.caption == "Bupati Agam memimpin apel."
    # no credited line, no caption
    article = extract_article(page(f"<p>{PARA * 4}</p><p>{PARA * 3}</p>"),
                              "https://langgam.id/apel-netralitas-asn/", CTX)
    assert article.caption is None


@pytest.mark.parametrize("line", [
    "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Lihat Juga : Camat Lantik RT Baru",
    "Gambas:Video 20detik", "Saksikan video pilihan di bawah ini:", "Loading...",
    "Artikel ini telah tayang di Kabarnagari.id dengan judul Camat Lantik RT",
    "Ikuti berita terkini dari Kabar Nagari di Google News", "Halaman selanjutnya",
    "Halaman: 1 2 3", "Cek Berita dan Artikel yang lain di Google News",
])
def test_site_furniture_lines_are_dropped(line):
    assert clean_text(f"{LONG}\n{line}\n{LONG} Kalimat akhir.", TITLE) == \
        f"{LONG}\n{LONG} Kalimat akhir."


@pytest.mark.parametrize("heading", ["Berita Pilihan", "Rekomendasi untuk Anda", "Read more"])
def test_a_list_heading_ends_the_story(heading):
    assert clean_text(f"{LONG}\n{heading}\nCamat Lantik RT Baru\nHarga Cabai Naik", TITLE) == LONG


def test_a_sentence_starting_with_halaman_stays():
    line = "Halaman 12 dokumen itu memuat daftar pegawai yang hadir dalam kampanye."
    assert clean_text(f"{LONG}\n{line}", TITLE) == f"{LONG}\n{line}"


def test_an_inline_headline_list_goes_and_the_story_resumes_after_it():
    after = "Menanggapi hal itu, Ketua Bawaslu kabupaten mengatakan pengawasan akan diperketat."
    text = "\n".join([LONG, "Berita Terkini:", "- Harga Cabai di Pasar Raya Naik",
                      "Dua Pemuda Diamankan karena Balap Liar", "Camat Lantik Ketua RT Baru...",
                      after])
    assert clean_text(text, TITLE).splitlines() == [LONG, after]
    assert clean_text(f"{LONG}\nKomentar\n{after}", TITLE) == LONG  # comments end it


def test_a_page_of_too_many_elements_is_a_reject_naming_its_size(monkeypatch):
    # Trafilatura's cost grows faster than linearly with the elements it walks: a page far
    # beyond any news page's size is refused before it runs, with its size in the reason.
    from transforms.extract import article
    monkeypatch.setattr(article, "MAX_ELEMENTS", 300)
    crowded = page(f"<p>{PARA}</p>" + "<p>isi berulang di halaman raksasa.</p>" * 400)
    with pytest.raises(ExtractError) as info:
        extract_article(crowded, "https://langgam.id/a-b-c-d/", CTX)
    assert "too large" in info.value.reason and "elements" in info.value.reason
    assert "limit 300 elements" in info.value.reason
    # a page under the limit is extracted as before
    assert extract_article(page(f"<p>{PARA}</p>" * 3), "https://langgam.id/a-b-c-d/", CTX).text



def test_the_page_step_dates_a_weekday_alone_by_the_photo_caption():
    from transforms.page import analyse_article

    row = {"canonical_url": "https://langgam.id/ikrar-netralitas-asn-padang/",
           "title": "ASN Pemkot Padang Ikrar Netral", "dateline": "PADANG", "published_at": None,
           "caption": "Ikrar netralitas ASN Pemkot Padang, Rabu (11/9/2024).",
           "text": "PADANG - Ratusan ASN Pemkot Padang membacakan ikrar netralitas menjelang "
                   "Pilkada 2024 di halaman balai kota, Rabu.\nSekda Kota Padang Andree Algamar "
                   "meminta ASN tidak berpolitik praktis selama tahapan Pilkada 2024."}
    (event,) = analyse_article(row, "Asia/Jakarta")["events"]
    assert event["event_date"] == "2024-09-11"
    assert event["evidence"]["event_date"]["in"] == "caption"
    (event,) = analyse_article({**row, "caption": None}, "Asia/Jakarta")["events"]
    assert event["event_date"] is None and event["event_date_raw"] == "Rabu"
