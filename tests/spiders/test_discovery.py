"""Discovery rules of the spider, on synthetic archives: pagination stops, incremental
stops, URL filters and aliases. The spider runs in-process (Scrapy's reactorless runner),
so each case takes milliseconds."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import warc_records

from spiders.outlet_spider import OutletSpider
from spiders.registry import Outlet, Source
from spiders.settings import crawl_settings
from spiders.sinks import read_jsonl

HOST = "news.test"
MONTHS = ["", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


def outlet(**changes) -> Outlet:
    base = dict(slug="test", name="Test", hosts=(HOST,), timezone="Asia/Jakarta", cms="custom",
                sources=(Source("listing", f"https://{HOST}/list?page={{page}}", max_pages=10),),
                article_pattern=r"^/berita/\d+/[a-z0-9-]+$", id_pattern=r"^/berita/(\d+)")
    base.update(changes)
    return Outlet(**base)


def article_html(n: int) -> bytes:
    return (f"<html><head><title>Artikel {n}</title></head><body><article><h1>Artikel {n}</h1>"
            f"<p>{'Isi berita tentang netralitas ASN. ' * 12}</p></article></body></html>"
            ).encode()


def card(n: int, day: int, month: int) -> str:
    return (f"<div class='card'><h3><a href='/berita/{n}/artikel-{n}'>Artikel {n}</a></h3>"
            f"<p><span>{day} {MONTHS[month]} 2024 10:00 WIB</span></p></div>")


def write_archive(path: Path, responses: dict[str, bytes]) -> str:
    return warc_records.write_warc(path, (
        (url, "200 OK", "application/rss+xml" if url.endswith(".xml") else "text/html", body)
        for url, body in responses.items()), warc_date="2024-11-01T00:00:00Z")


def listing_site(pages: int = 5) -> dict[str, bytes]:
    """Five listing pages of three articles each, newest first: page p holds month 11-p."""
    site: dict[str, bytes] = {}
    n = 100
    for page in range(1, pages + 1):
        cards = []
        for day in (20, 15, 10):
            cards.append(card(n, day, 11 - page))
            site[f"https://{HOST}/berita/{n}/artikel-{n}"] = article_html(n)
            n -= 1
        nav = f"<a class='next' href='/list?page={page + 1}'>Next</a>"
        site[f"https://{HOST}/list?page={page}"] = (
            f"<html><body><nav><a href='/'>Home</a><a href='/tag/asn'>ASN</a></nav>"
            f"{''.join(cards)}{nav}</body></html>").encode()
    return site


def crawl(tmp_path: Path, archive: str, the_outlet: Outlet, **spider_args) -> tuple[dict, list]:
    out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
    settings = crawl_settings(outlet_delay=0, replay=[archive], out_dir=str(out),
                              warc_dir=str(out / "warc"), run_id="t", outlet="test")
    settings.update({"TWISTED_REACTOR_ENABLED": False, "LOG_LEVEL": "ERROR",
                     "ROBOTSTXT_OBEY": False})

    async def run() -> dict:
        from scrapy.crawler import AsyncCrawlerRunner

        runner = AsyncCrawlerRunner(settings)
        crawler = runner.create_crawler(OutletSpider)
        await runner.crawl(crawler, outlet=the_outlet, rejects_path=str(out / "rejects.jsonl"),
                           **spider_args)
        return crawler.stats.get_stats()

    stats = asyncio.run(run())
    return stats, read_jsonl(out / "pages.jsonl")


def listed_pages(pages: list[dict]) -> list[int]:
    return sorted(int(p["url"].rsplit("=", 1)[1]) for p in pages if p["kind"] == "listing")


def test_backfill_pagination_stops_at_the_since_bound(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", listing_site())
    stats, pages = crawl(tmp_path, archive, outlet(), mode="backfill",
                         since="2024-08-12T00:00:00+07:00")
    # page 1 (Oct), 2 (Sep), 3 (Aug: 20th and 15th in range, 10th not), 4 (Jul: none) -> stop
    assert listed_pages(pages) == [1, 2, 3, 4]
    assert stats["warta/articles_requested"] == 8
    assert stats["warta/articles_out_of_range"] == 4
    assert stats["warta/pagination_stops"] == 1


def test_backfill_without_dates_runs_to_max_pages(tmp_path):
    site = {k: v.replace(b" 2024 10:00 WIB", b"") for k, v in listing_site().items()}
    archive = write_archive(tmp_path / "a.warc.gz", site)
    _, pages = crawl(tmp_path, archive, outlet(), mode="backfill",
                     since="2024-08-12T00:00:00+07:00", max_pages=3)
    assert listed_pages(pages) == [1, 2, 3]


def test_incremental_run_stops_at_the_first_fully_seen_page(tmp_path):
    site = listing_site()
    archive = write_archive(tmp_path / "a.warc.gz", site)
    seen = {f"https://{HOST}/berita/{n}/artikel-{n}" for n in range(80, 98)}  # pages 2..
    stats, pages = crawl(tmp_path, archive, outlet(), mode="nightly", seen=seen)
    assert listed_pages(pages) == [1, 2]  # page 2 holds nothing new: stop there
    fetched = [p["url"] for p in pages if p["kind"] == "article"]
    expected = sorted(f"https://{HOST}/berita/{n}/artikel-{n}" for n in (98, 99, 100))
    assert sorted(fetched) == expected
    # 1 listing page + 1 fully-seen page + 3 articles: ~1.7 requests per new article here
    assert stats["warta/articles_already_seen"] == 3


def test_aliases_of_one_article_are_fetched_once(tmp_path):
    site = {
        f"https://{HOST}/list?page=1": (
            b"<html><body>"
            b"<a href='/berita/7/judul-berita'>A</a>"
            b"<a href='/berita/7/index.html'>A again</a>"
            b"<a href='/berita/7/judul-berita?utm_source=fb'>A tracked</a>"
            b"<a href='https://www.news.test/berita/7/judul-berita'>A on www</a>"
            b"</body></html>"),
        f"https://{HOST}/berita/7/judul-berita": article_html(7),
    }
    archive = write_archive(tmp_path / "a.warc.gz", site)
    the_outlet = outlet(hosts=(HOST, f"www.{HOST}"),
                        article_pattern=r"^/berita/\d+/[a-z0-9.-]+$")
    stats, pages = crawl(tmp_path, archive, the_outlet, mode="backfill")
    assert stats["warta/articles_requested"] == 1
    assert [p["url"] for p in pages if p["kind"] == "article"] == [
        f"https://{HOST}/berita/7/judul-berita"]


@pytest.mark.parametrize("href", [
    "https://evil.example/berita/1/x",  # offsite
    "/tag/asn", "/", "javascript:void(0)", "mailto:redaksi@news.test", "/berita/abc/x",
])
def test_links_that_are_not_articles_are_not_fetched(tmp_path, href):
    site = {f"https://{HOST}/list?page=1": f"<html><body><a href='{href}'>x</a>"
                                           f"</body></html>".encode()}
    archive = write_archive(tmp_path / "a.warc.gz", site)
    stats, pages = crawl(tmp_path, archive, outlet(), mode="backfill")
    assert stats.get("warta/articles_requested", 0) == 0
    assert [p["kind"] for p in pages] == ["listing"]


def test_feed_items_outside_the_pattern_are_fetched_as_candidates_listing_links_not(tmp_path):
    """A feed lists articles: an item of an unknown URL shape is fetched as a candidate
    (extraction then judges the page); a listing's odd links are not, nor excluded pages."""
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            f'<item><title>A</title><link>https://{HOST}/berita/1/judul-satu</link></item>'
            f'<item><title>B</title><link>https://{HOST}/2024/10/14/judul-dua</link></item>'
            f'<item><title>V</title><link>https://{HOST}/video/3/judul-tiga</link></item>'
            f'<item><title>H</title><link>https://{HOST}/</link></item>'
            f'<item><title>X</title><link>https://elsewhere.test/2024/10/14/x</link></item>'
            '</channel></rss>').encode()
    listing = (b"<html><body><a href='/berita/4/judul-empat'>D</a>"
               b"<a href='/2024/10/13/judul-lima'>E</a></body></html>")
    site = {f"https://{HOST}/feed.xml": feed, f"https://{HOST}/list?page=1": listing,
            **{f"https://{HOST}{p}": article_html(n) for n, p in (
                (1, "/berita/1/judul-satu"), (2, "/2024/10/14/judul-dua"),
                (4, "/berita/4/judul-empat"))}}
    archive = write_archive(tmp_path / "a.warc.gz", site)
    the_outlet = outlet(sources=(Source("feed", f"https://{HOST}/feed.xml"),
                                 Source("listing", f"https://{HOST}/list?page={{page}}")),
                        exclude_patterns=(r"^/video/",))
    stats, pages = crawl(tmp_path, archive, the_outlet, mode="backfill")
    kinds = {p["url"]: p["kind"] for p in pages if p["kind"] in ("article", "candidate")}
    assert kinds == {f"https://{HOST}/berita/1/judul-satu": "article",
                     f"https://{HOST}/2024/10/14/judul-dua": "candidate",
                     f"https://{HOST}/berita/4/judul-empat": "article"}
    assert stats["warta/candidates_requested"] == 1
    assert stats["warta/articles_discovered"] == 3  # a redesign does not look like no news
