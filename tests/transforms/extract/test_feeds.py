from pathlib import Path

import pytest

from transforms.extract.feeds import FeedError, parse_feed

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real-feeds"


def test_real_regional_antara_feed():
    entries = parse_feed((REAL / "jambi.antaranews.com_rss_terkini_2022-08-28.xml").read_bytes())
    assert len(entries) == 20
    first = entries[0]
    assert first.url.startswith("https://jambi.antaranews.com/berita/519381/")
    assert first.published_raw == "Sun, 28 Aug 2022 21:39:36 +0700"
    assert first.title.startswith("Malisya Deslilian")


def test_real_www_antara_feed_2017():
    entries = parse_feed((REAL / "www.antaranews.com_rss_terkini_2017-04-17.xml").read_bytes())
    assert len(entries) == 20
    assert all(e.url.startswith("http://www.antaranews.com/berita/") for e in entries)


def test_atom_and_sitemaps():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>
      <link rel="alternate" href="https://langgam.id/a-b-c-d-e/"/><published>2024-07-04T08:30:00Z</published>
      </entry></feed>"""
    assert parse_feed(atom)[0].url == "https://langgam.id/a-b-c-d-e/"
    urlset = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>
      <loc>https://x.id/berita/1/a</loc><news:news><news:publication_date>2024-07-04</news:publication_date>
      <news:title>A</news:title></news:news></url></urlset>"""
    entry = parse_feed(urlset)[0]
    assert (entry.url, entry.published_raw, entry.title) == ("https://x.id/berita/1/a",
                                                            "2024-07-04", "A")
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://x.id/sitemap-1.xml</loc></sitemap></sitemapindex>"""
    assert parse_feed(index)[0].is_sitemap


@pytest.mark.parametrize("body", [
    b"",
    b"<html><body>not a feed</body></html>",
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
    b"<rss><channel><item><title>&lol2;</title></item></channel></rss>",
    # the declaration hidden after a long comment, past any prefix check
    b'<?xml version="1.0"?><!-- ' + b"x" * 5000 + b' --><!DOCTYPE r [<!ENTITY a "aa">]>'
    b"<rss><channel><item><title>&a;</title><link>https://x.id/a</link></item></channel></rss>",
])
def test_bad_feeds_raise_feed_error(body):
    with pytest.raises(FeedError):
        parse_feed(body)
