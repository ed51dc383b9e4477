"""Publication dates from everything a page offers, on invented pages: the order of trust,
the byline next to the headline, month-first and URL dates, metadata under a wrong zone."""

from datetime import UTC, datetime

import pytest

from transforms.extract.article import extract_article
from transforms.extract.context import ExtractContext
from transforms.extract.dates import url_date

CTX = ExtractContext(outlet="other:kabarnagari.id", timezone="Asia/Jakarta",
                     hosts=("kabarnagari.id",), fetched_at=datetime(2024, 12, 1, tzinfo=UTC))
TITLE = "Sekda Pesisir Selatan Minta ASN Tidak Unggah Dukungan Calon"
PARA = ("Sekretaris Daerah Pesisir Selatan Mawardi Roska meminta seluruh aparatur sipil negara "
        "tidak mengunggah dukungan kepada pasangan calon di media sosial selama Pilkada 2024. ")
PARA2 = ("Menurut dia, pelanggaran netralitas akan dilaporkan kepada Badan Kepegawaian Negara dan "
         "pegawai yang terbukti melanggar dapat dijatuhi sanksi disiplin sesuai aturan.")


def page(header: str = "", head: str = "", sidebar: str = "") -> str:
    return (f"<html lang='id'><head><title>{TITLE} | Kabar Nagari</title>{head}</head><body>"
            f"<aside class='populer'>{sidebar}</aside><main><div class='kepala'>"
            f"<h1>{TITLE}</h1>{header}</div><div class='isi'><p>{PARA}</p><p>{PARA2}</p>"
            "</div></main></body></html>")


def test_a_one_line_byline_after_the_headline_beats_an_earlier_sidebar_byline():
    sidebar = ("<div class='item'><a>Bupati Tinjau Gudang Logistik</a>"
               "<span>- Oleh MC Kab Solok</span>"
               "<span class='date'>- Jumat, 29 November 2024 | 15:38 WIB</span></div>")
    byline = ("<p>Oleh MC Kab Pesisir Selatan, Senin, 14 Oktober 2024 | 09:40 WIB - "
              "Redaktur: Yuni Astuti - 214</p>")
    article = extract_article(page(byline, sidebar=sidebar), "https://kabarnagari.id/b/881", CTX)
    assert article.published_source == "byline"
    assert article.published_at == "2024-10-14T02:40:00+00:00"
    assert "Redaktur" not in article.text and "Oleh MC" not in article.text
    assert article.editor == "Yuni Astuti"


def test_a_blog_template_date_above_the_headline():
    html = page().replace("<h1>", "<h2 class='date-header'><span>Sabtu, Maret 30, 2024</span>"
                                   "</h2><h1>", 1)
    article = extract_article(html, "https://kabarnagari.id/b/882", CTX)
    assert (article.published_at, article.published_source) == (
        "2024-03-29T17:00:00+00:00", "byline")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://kabarnagari.id/2024/09/11/sekda-minta-asn-netral/", "2024-09-10T17:00:00+00:00"),
    ("https://kabarnagari.id/berita/07/11/2024/sekda-minta-asn-netral/",
     "2024-11-06T17:00:00+00:00"),
    ("https://kabarnagari.id/read/2023/11/02/100512/sekda-minta", "2023-11-01T17:00:00+00:00"),
])
def test_the_url_date_is_the_last_page_signal_with_day_precision(url, expected):
    article = extract_article(page(), url, CTX)
    assert (article.published_at, article.published_source) == (expected, "url")
    assert article.published_raw is not None and article.published_raw in url


def test_url_dates_read_day_first_unless_only_month_first_is_a_date():
    assert url_date("/berita/07/11/2024/x")[0].isoformat() == "2024-11-07"
    assert url_date("/berita/11/25/2024/x")[0].isoformat() == "2024-11-25"
    assert url_date("/berita/2024/13/45/x") is None
    assert url_date("/berita/881/sekda") is None


def test_a_printed_date_far_from_the_url_date_is_another_articles():
    header = "<p>Kamis, 1 Februari 2024 08:00 WIB</p>"
    article = extract_article(page(header), "https://kabarnagari.id/2024/09/11/sekda/", CTX)
    assert article.published_source == "url"


def test_metadata_with_jakarta_wall_clock_under_a_wrong_offset_is_corrected():
    head = '<meta property="article:published_time" content="2024-10-14T17:55:12-07:00">'
    header = "<p>POLITIK | 14 Oktober 2024 17:55</p>"
    article = extract_article(page(header, head), "https://kabarnagari.id/b/883", CTX)
    assert article.published_source == "meta"
    assert article.published_at == "2024-10-14T10:55:12+00:00"  # 17:55:12 WIB
    assert article.published_raw == "2024-10-14T17:55:12-07:00"


def test_metadata_in_another_zone_that_the_page_confirms_is_kept():
    head = '<meta property="article:published_time" content="2024-10-14T03:55:00-07:00">'
    header = "<p>14 Oktober 2024 17:55 WIB</p>"  # the same instant, printed in WIB
    article = extract_article(page(header, head), "https://kabarnagari.id/b/884", CTX)
    assert (article.published_at, article.published_source) == (
        "2024-10-14T10:55:00+00:00", "meta")


def test_htmldate_reads_a_time_element_the_rules_do_not():
    header = "<time class='terbit' datetime='2024-10-17T09:30:00+07:00'>17 Okt</time>"
    article = extract_article(page(header), "https://kabarnagari.id/b/885", CTX)
    assert (article.published_at, article.published_source) == (
        "2024-10-16T17:00:00+00:00", "htmldate")


def test_a_page_without_any_date_has_none_and_no_invented_first_of_january():
    article = extract_article(page(), "https://kabarnagari.id/b/886", CTX)
    assert article.published_at is None and article.published_source is None


@pytest.mark.parametrize("sentence", [
    "Warga akan memilih bupati dan wakil bupati pada 27 November 2024 mendatang.",
    "Pemungutan suara digelar 27 November 2024 nanti.",
])
def test_a_short_paragraph_naming_a_date_to_come_is_no_publication_stamp(sentence):
    html = (f"<html lang='id'><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f"<p>Sekda meminta ASN netral.</p><p>{sentence}</p><p>{PARA}</p><p>{PARA2}</p>"
            "</main></body></html>")
    article = extract_article(html, "https://kabarnagari.id/b/882", CTX)
    assert article.published_at is None or not article.published_at.startswith("2024-11-2")


@pytest.mark.parametrize("sentence", [
    "Apel ikrar netralitas digelar di halaman kantor bupati, Senin (7/10/2024).",
    "\u201cASN wajib netral,\u201d kata Sekda Pesisir Selatan kepada wartawan, Kamis "
    "10 Oktober 2024.",
    "Surat edaran itu ditandatangani bupati pada tanggal 3 Oktober 2024.",
    "Bawaslu Pesisir Selatan menggelar sosialisasi netralitas di Painan, 8 Oktober 2024.",
])
def test_a_short_dated_paragraph_is_a_sentence_not_a_byline(sentence):
    html = (f"<html lang='id'><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f"<p>{sentence}</p><p>{PARA}</p><p>{PARA2}</p></main></body></html>")
    article = extract_article(html, "https://kabarnagari.id/b/883", CTX)
    assert article.published_at is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Senin, 14 Oktober 2024 09:40 WIB", "2024-10-14T02:40:00+00:00"),
    ("Penulis: Yuni Astuti | Editor: Rudi | Senin, 14 Oktober 2024 09:40 WIB",
     "2024-10-14T02:40:00+00:00"),
    ("Diterbitkan pada Senin, 14 Oktober 2024 pukul 09:40 WIB oleh admin",
     "2024-10-14T02:40:00+00:00"),
])
def test_a_byline_line_after_the_headline_still_dates_the_page(line, expected):
    html = (f"<html lang='id'><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f"<p>{line}</p><p>{PARA}</p><p>{PARA2}</p></main></body></html>")
    article = extract_article(html, "https://kabarnagari.id/b/884", CTX)
    assert article.published_at == expected


@pytest.mark.parametrize("link", [
    "Baca juga: Wali Kota Resmikan Pasar Baru, Senin (2/9/2024)",
    "BACA JUGA: Bawaslu Gelar Sosialisasi Netralitas ASN, 2 September 2024",
])
def test_a_dated_link_to_another_article_is_no_byline(link):
    html = page(f"<p>{link}</p>")
    article = extract_article(html, "https://kabarnagari.id/b/883", CTX)
    assert article.published_source is None and article.published_at is None
    byline = "<p>Oleh MC Kab Pesisir Selatan, Senin, 14 Oktober 2024 | 09:40 WIB</p>"
    article = extract_article(page(f"<p>{link}</p>{byline}"), "https://kabarnagari.id/b/884", CTX)
    assert article.published_at == "2024-10-14T02:40:00+00:00"


def test_a_bulleted_date_alone_in_the_byline_list_dates_the_page():
    header = ("<p>- penulis Bagian Prokopim</p><p>- Minggu, 22 September 2024</p>"
              "<p>- dibaca 211 kali</p>")
    article = extract_article(page(header), "https://kabarnagari.id/b/885", CTX)
    assert article.published_source == "byline"
    assert article.published_at == "2024-09-21T17:00:00+00:00"


def test_a_bulleted_headline_with_a_date_is_still_a_link():
    html = page("<p>- Bawaslu Temukan Dua ASN Tak Netral, Senin (2/9/2024)</p>")
    article = extract_article(html, "https://kabarnagari.id/b/886", CTX)
    assert article.published_at is None
