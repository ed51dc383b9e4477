"""Extraction on hand-written edge cases; the outlet fixture pages are tested in
tests/flows/test_end_to_end.py and tests/transforms/test_outlet_pages.py."""

import pytest

from transforms.extract.article import ExtractError, extract_article
from transforms.extract.context import ExtractContext, Selectors

CTX = ExtractContext(outlet="langgam", timezone="Asia/Jakarta",
                     hosts=("langgam.id",), selectors=Selectors(body="div.entry-content"))
PARA = ("Pj Wali Kota Padang Andree Algamar menekankan kepada seluruh ASN Pemerintah Kota "
        "Padang agar menjunjung netralitas dan integritas menjelang Pilkada 2024. ")


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
    html = page(body) + ("<h3>Baca Juga</h3><ul><li><a href='/y/'>Wako Fadly Amran "
                         "Mulai Salurkan Kartu</a></li></ul>")
    article = extract_article(html, "https://langgam.id/a-b-c-d/", CTX)
    assert "Paragraf kedua." in article.text
    assert article.text.startswith("Langgam.id - ")
    for leaked in ("Baca juga", "Headline Sisipan", "Wako Fadly", "Editor:", "Tags:"):
        assert leaked not in article.text


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
