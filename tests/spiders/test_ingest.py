"""`warta ingest` indexing (spiders/ingest.py index_archive): a feed with one malformed link
still gives the other entries' hints, and nothing raises."""

from __future__ import annotations

from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spiders.ingest import index_archive

ARTICLE = "https://langgam.id/pj-wali-kota-ingatkan-asn-netral/"
FEED = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>L</title>
<item><title>Rusak</title><link>http://[::1/rusak</link>
<pubDate>Mon, 14 Oct 2024 08:00:00 +0700</pubDate></item>
<item><title>Pj Wali Kota Ingatkan ASN Netral</title><link>{ARTICLE}</link>
<pubDate>Tue, 15 Oct 2024 09:30:00 +0700</pubDate></item></channel></rss>"""


def _record(writer: WARCWriter, url: str, body: bytes, ctype: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                  http_headers=headers))


def test_a_malformed_feed_link_does_not_lose_the_other_entries(tmp_path):
    path = tmp_path / "site.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        _record(writer, "https://langgam.id/feed", FEED.encode(), "application/rss+xml")
        _record(writer, ARTICLE, b"<html><body><p>isi</p></body></html>",
                "text/html; charset=utf-8")
    by_outlet, counts = index_archive([str(path)], "r1", tmp_path / "ingest.cdxj")
    assert counts == {"records": 2, "no_outlet": 0, "pages": 2}
    article = next(r for r in by_outlet["langgam"] if r["kind"] == "article")
    assert article["feed_published"] == "Tue, 15 Oct 2024 09:30:00 +0700"
    assert article["feed_title"] == "Pj Wali Kota Ingatkan ASN Netral"


def test_a_recorded_redirect_makes_its_source_an_alias(tmp_path):
    path = tmp_path / "site.warc.gz"
    alias = "https://infopublik.id/kategori/nusantara/875999/index.html"
    target = "https://infopublik.id/kategori/nusantara/875999/pemkab-solok-gelar-apel-asn"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("301 Moved Permanently", [("Location", target)],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(alias, "response",
                                                      payload=BytesIO(b""),
                                                      http_headers=headers))
        _record(writer, target, b"<html><body><p>isi</p></body></html>",
                "text/html; charset=utf-8")
    by_outlet, _ = index_archive([str(path)], "r1", tmp_path / "ingest.cdxj")
    rows = {r["url"]: r for r in by_outlet["infopublik"]}
    assert rows[alias]["kind"] == "article" and rows[alias]["status"] == 301
    assert rows[target]["redirect_urls"] == [alias]


def test_all_hosts_stages_the_html_pages_of_other_hosts_as_generic_outlets(tmp_path):
    path = tmp_path / "mixed.warc.gz"
    page = b"<html><body><p>isi</p></body></html>"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        _record(writer, ARTICLE, page, "text/html; charset=utf-8")
        _record(writer, "https://kabar-luwu.example/", page, "text/html")
        _record(writer, "https://kabar-luwu.example/berita/camat-belopa", page, "text/html")
        _record(writer, "https://kabar-luwu.example/logo.png", b"\x89PNG", "image/png")
    skipped, counts = index_archive([str(path)], "r1", tmp_path / "a.cdxj")
    assert set(skipped) == {"langgam"} and counts["no_outlet"] == 3
    by_outlet, counts = index_archive([str(path)], "r2", tmp_path / "b.cdxj", all_hosts=True)
    assert counts == {"records": 4, "no_outlet": 1, "pages": 3, "other_hosts": 1}
    kinds = {r["url"]: r["kind"] for r in by_outlet["other:kabar-luwu.example"]}
    assert kinds == {"https://kabar-luwu.example/": "other",  # the home page: no article
                     "https://kabar-luwu.example/berita/camat-belopa": "candidate"}


def test_an_archive_given_twice_is_read_once(tmp_path):
    """By the same path, a symlink or a hard link: each page was staged (and extracted,
    and counted in the run's figures) once per mention."""
    path = tmp_path / "site.warc.gz"
    with open(path, "wb") as handle:
        _record(WARCWriter(handle, gzip=True), ARTICLE, b"<html><body><p>isi</p></body></html>",
                "text/html; charset=utf-8")
    (tmp_path / "link.warc.gz").symlink_to(path)
    (tmp_path / "hard.warc.gz").hardlink_to(path)
    once, counts = index_archive([str(path)], "r1", tmp_path / "a.cdxj")
    again, counts_again = index_archive(
        [str(path), str(path), str(tmp_path / "link.warc.gz"), str(tmp_path / "hard.warc.gz")],
        "r1", tmp_path / "b.cdxj")
    assert counts_again == counts == {"records": 1, "no_outlet": 0, "pages": 1}
    assert again == once
