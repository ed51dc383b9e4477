"""A site whose article URLs left the registry's pattern (a redesign): its articles are still
found, extracted and counted as "outside the URL pattern" in the run's health; listing
pages stay out. Ingest treats an article URL as a crawl does: an error status or a PDF is a
reject with its reason."""

from __future__ import annotations

import pytest
import warc_records
from signal_pages import article_page, listing_page

from warehouse.db import reader

OLD_SHAPE = "https://langgam.id/pemko-padang-gelar-apel-netralitas-asn-di-balai-kota/"
NEW_SHAPE = "https://langgam.id/2024/10/14/pj-wali-kota-padang-ingatkan-asn/"
LISTING = "https://langgam.id/kanal/pemerintahan/"
PDF = "https://langgam.id/surat-edaran-netralitas-asn-pemko-padang-2024"  # served as a PDF
GONE = "https://langgam.id/berita-yang-sudah-dihapus-redaksi/"
BROKEN = "https://langgam.id/halaman-dengan-galat-basis-data/"
FEED = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>L</title>
<item><title>Pj Wali Kota Padang Ingatkan ASN</title><link>{NEW_SHAPE}</link>
<pubDate>Mon, 14 Oct 2024 10:30:00 +0700</pubDate></item>
<item><title>Pemko Padang Gelar Apel</title><link>{OLD_SHAPE}</link>
<pubDate>Sun, 13 Oct 2024 09:00:00 +0700</pubDate></item>
<item><title>Kategori</title><link>https://langgam.id/category/pemerintahan/</link></item>
</channel></rss>"""


def write_warc(path, records) -> str:
    return warc_records.write_warc(path, ((u, f"{st} X", c, b) for u, st, c, b in records))


@pytest.fixture(scope="module")
def runs(tmp_path_factory, prefect_harness):
    from flows.ingest import ingest
    from flows.nightly import nightly

    tmp = tmp_path_factory.mktemp("outside")
    html = "text/html; charset=utf-8"
    archive = write_warc(tmp / "site.warc.gz", [
        ("https://langgam.id/feed", 200, "application/rss+xml", FEED.encode()),
        (NEW_SHAPE, 200, html, article_page(NEW_SHAPE)),
        (OLD_SHAPE, 200, html, article_page(OLD_SHAPE)),
        (LISTING, 200, html, listing_page()),
        (PDF, 200, "application/pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"),
        (GONE, 404, html, b"<html><body>Halaman tidak ditemukan</body></html>"),
        (BROKEN, 500, html, b"<html><body>Error establishing a database connection"),
    ])
    crawled = nightly(outlets=["langgam"], db_path=str(tmp / "crawl.duckdb"),
                      data_dir=str(tmp / "c"), replay=[archive])
    ingested = ingest(archives=[archive], db_path=str(tmp / "ingest.duckdb"),
                      data_dir=str(tmp / "i"))
    return {"crawl": crawled, "ingest": ingested, "crawl_db": tmp / "crawl.duckdb",
            "ingest_db": tmp / "ingest.duckdb"}


def query(db, sql):
    with reader(db) as con:
        return con.execute(sql).fetchall()


@pytest.mark.parametrize("flow", ["crawl", "ingest"])
def test_articles_outside_the_pattern_load_and_are_counted(runs, flow):
    urls = {r[0] for r in query(runs[f"{flow}_db"], "SELECT canonical_url FROM articles")}
    assert urls == {NEW_SHAPE, OLD_SHAPE}
    health = runs[flow]["load"]["health"]["langgam"]
    assert health["articles_outside_pattern"] == 1 and health["articles"] == 2
    stored = query(runs[f"{flow}_db"], "SELECT articles_outside_pattern FROM "
                   "run_outlet_health WHERE outlet = 'langgam'")
    assert stored == [(1,)]


def test_the_crawl_fetches_a_feed_item_outside_the_pattern_as_a_candidate(runs):
    kinds = dict(query(runs["crawl_db"], "SELECT url, kind FROM pages"))
    assert kinds[NEW_SHAPE] == "candidate" and kinds[OLD_SHAPE] == "article"
    assert "https://langgam.id/category/pemerintahan/" not in kinds  # excluded: not fetched
    assert runs["crawl"]["status"] == "loaded"


def test_a_listing_page_outside_the_pattern_is_neither_article_nor_reject(runs):
    rejects = {r[0] for r in query(runs["ingest_db"], "SELECT url FROM rejects")}
    articles = {r[0] for r in query(runs["ingest_db"], "SELECT url FROM article_urls")}
    assert LISTING not in rejects and LISTING not in articles


def test_ingest_rejects_error_statuses_and_non_html_at_article_urls(runs):
    rejects = {r[0]: (r[1], r[2]) for r in query(
        runs["ingest_db"], "SELECT url, stage, reason FROM rejects")}
    assert rejects[GONE] == ("fetch", "http 404")
    assert rejects[BROKEN] == ("fetch", "http 500")
    assert rejects[PDF] == ("extract", "not an HTML page (application/pdf)")
    assert runs["ingest"]["load"]["health"]["langgam"]["fetch_rejects"] == 2
