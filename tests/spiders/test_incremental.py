"""Incremental nightly runs: a feed is enough on a quiet day; when every article in it is new
(the feed overflowed, or it failed) the listing that continues it is walked page by page
until a page reaches back to articles the warehouse already has.

Synthetic sites in WARC files, replayed by the spider in-process (Scrapy's reactorless
runner), with robots.txt obeyed as in production, so ``downloader/request_count`` is what a
real night would cost.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
import warc_records
from conftest import ARCHIVE

from spiders.outlet_spider import OutletSpider
from spiders.registry import Outlet, RegistryError, Source, get, validate
from spiders.settings import crawl_settings
from spiders.sinks import read_jsonl
from spiders.wordpress import wordpress_outlet

HOST = "wp.test"
PER_PAGE = 10  # WordPress: posts per archive page and per feed (both default to 10)


def wp_outlet(**changes) -> Outlet:
    outlet = wordpress_outlet(slug="wptest", name="WP Test", host=HOST, timezone="Asia/Jakarta")
    return replace(outlet, **changes)


def post_url(n: int) -> str:
    return f"https://{HOST}/berita-nomor-{n:04d}/"


def article_html(title: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<div class='entry-content'><p>{'Isi berita tentang netralitas ASN. ' * 12}</p>"
            "</div></article></body></html>").encode()


def feed_xml(urls: list[str]) -> bytes:
    items = "".join(f"<item><title>Post {u[-5:-1]}</title><link>{u}</link>"
                    "<pubDate>Wed, 16 Oct 2024 02:00:00 +0000</pubDate></item>" for u in urls)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>WP</title>{items}'
            "</channel></rss>").encode()


def wordpress_site(total: int, sticky: int | None = None, feed: bool = True) -> dict[str, bytes]:
    """``total`` posts numbered 1..total, newest (highest) first: a feed of the newest 10, the
    home page and /page/N/ archives of 10 posts with "older posts" links, a sidebar of
    popular posts on every page; ``sticky`` is pinned on top of the home page."""
    newest = [post_url(n) for n in range(total, 0, -1)]
    site = {f"https://{HOST}/robots.txt": b"User-agent: *\nDisallow: /wp-admin/\n"}
    if feed:
        site[f"https://{HOST}/feed"] = feed_xml(newest[:PER_PAGE])
    sidebar = "".join(f"<li><a href='{post_url(n)}'>Populer {n}</a></li>" for n in (1, 2, 3))
    pages = [newest[i:i + PER_PAGE] for i in range(0, total, PER_PAGE)]
    for number, posts in enumerate(pages, start=1):
        if number == 1 and sticky is not None:
            posts = [post_url(sticky), *posts]
        cards = "".join(f"<article class='post'><h2 class='entry-title'><a href='{u}' "
                        f"rel='bookmark'>Post</a></h2></article>" for u in posts)
        older = (f"<a class='next' href='https://{HOST}/page/{number + 1}/'>Older posts</a>"
                 if number < len(pages) else "")
        url = f"https://{HOST}/" if number == 1 else f"https://{HOST}/page/{number}/"
        site[url] = (f"<html><body><main>{cards}<nav>{older}</nav></main>"
                     f"<aside><ul>{sidebar}</ul></aside></body></html>").encode()
    for n in range(1, total + 1):
        site[post_url(n)] = article_html(f"Post {n}")
    return site


def write_archive(path: Path, responses: dict[str, bytes]) -> str:
    def ctype(url: str) -> str:
        return ("application/rss+xml" if url.endswith(("/feed", ".xml")) else
                "text/plain" if url.endswith("robots.txt") else "text/html")
    return warc_records.write_warc(
        path, ((url, "200 OK", ctype(url), body) for url, body in responses.items()),
        warc_date="2024-11-01T00:00:00Z")


def crawl(tmp_path: Path, archive: str, outlet: Outlet, **spider_args) -> tuple[dict, list]:
    out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}"
    settings = crawl_settings(outlet_delay=0, replay=[archive], out_dir=str(out),
                              warc_dir=str(out / "warc"), run_id="t", outlet=outlet.slug)
    settings.update({"TWISTED_REACTOR_ENABLED": False, "LOG_LEVEL": "ERROR"})

    async def run() -> dict:
        from scrapy.crawler import AsyncCrawlerRunner

        runner = AsyncCrawlerRunner(settings)
        crawler = runner.create_crawler(OutletSpider)
        await runner.crawl(crawler, outlet=outlet, rejects_path=str(out / "rejects.jsonl"),
                           **spider_args)
        return crawler.stats.get_stats()

    stats = asyncio.run(run())
    return stats, read_jsonl(out / "pages.jsonl")


def fetched(pages: list[dict], kind: str) -> list[str]:
    return sorted(p["url"] for p in pages if p["kind"] == kind)


def kinds(pages: list[dict]) -> list[str]:
    return [p["kind"] for p in pages if not p["url"].endswith("/robots.txt")]


def listings(pages: list[dict]) -> list[str]:
    return [p["url"].removeprefix(f"https://{HOST}") for p in pages if p["kind"] == "listing"]


def seen_up_to(n: int) -> set[str]:
    """The warehouse after yesterday's run: posts 1..n."""
    return {post_url(i) for i in range(1, n + 1)}


def test_quiet_night_costs_robots_and_the_feed_only(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200))
    stats, pages = crawl(tmp_path, archive, wp_outlet(), mode="nightly", seen=seen_up_to(200))
    assert stats["downloader/request_count"] == 2  # robots.txt + /feed
    assert kinds(pages) == ["feed"]
    assert stats["warta/feeds_covered"] == 1
    assert "warta/feeds_overflowed" not in stats


def test_a_day_the_feed_holds_is_read_from_the_feed_alone(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200))
    stats, pages = crawl(tmp_path, archive, wp_outlet(), mode="nightly", seen=seen_up_to(194))
    assert fetched(pages, "article") == sorted(post_url(n) for n in range(195, 201))
    assert listings(pages) == []
    assert stats["downloader/request_count"] == 2 + 6  # 1.33 per new article, all fixed cost


def test_an_overflowing_feed_is_continued_by_the_archive_until_a_known_post(tmp_path):
    # 25 new posts, 10 in the feed: the home page (10 new), /page/2/ (10 new), /page/3/
    # (5 new, then known ones: its oldest post is known, so /page/4/ is not asked for)
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200))
    stats, pages = crawl(tmp_path, archive, wp_outlet(), mode="nightly", seen=seen_up_to(175))
    assert fetched(pages, "article") == sorted(post_url(n) for n in range(176, 201))
    assert listings(pages) == ["/", "/page/2/", "/page/3/"]
    assert stats["warta/feeds_overflowed"] == 1
    assert stats["warta/pagination_stops"] == 1
    assert "warta/listings_may_have_more" not in stats
    requests = stats["downloader/request_count"]
    assert requests == 2 + 3 + 25  # robots, feed, 3 archive pages, 25 articles
    assert requests / 25 <= 1.2


def test_a_feed_of_exactly_the_new_posts_costs_one_archive_page_more(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200))
    stats, pages = crawl(tmp_path, archive, wp_outlet(), mode="nightly", seen=seen_up_to(190))
    assert listings(pages) == ["/", "/page/2/"]  # page 1's oldest is new: one page more
    assert len(fetched(pages, "article")) == 10
    assert stats["downloader/request_count"] == 2 + 2 + 10


def test_a_sticky_post_on_the_home_page_does_not_end_the_walk(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200, sticky=3))
    _, pages = crawl(tmp_path, archive, wp_outlet(), mode="nightly", seen=seen_up_to(175))
    assert fetched(pages, "article") == sorted(post_url(n) for n in range(176, 201))
    assert listings(pages) == ["/", "/page/2/", "/page/3/"]


def test_a_failed_feed_falls_back_to_the_archive(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200, feed=False))
    stats, pages = crawl(tmp_path, archive, wp_outlet(), mode="nightly", seen=seen_up_to(196))
    assert fetched(pages, "article") == sorted(post_url(n) for n in range(197, 201))
    assert listings(pages) == ["/"]  # the home page's oldest post is known
    assert stats["warta/feeds_failed"] == 1
    assert [r["stage"] for r in read_jsonl(tmp_path / "out-1" / "rejects.jsonl")] == [
        "discover"]  # the missing feed is still recorded


def test_with_nothing_of_the_site_in_the_warehouse_the_feed_alone_is_read(tmp_path):
    # nothing to reach back to: the history is a backfill's job, not the nightly's
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200))
    other_site = {"https://langgam.id/jelang-pilkada-2024-pj-wako-padang-ingatkan-asn/"}
    stats, pages = crawl(tmp_path, archive, wp_outlet(), mode="nightly", seen=other_site)
    assert kinds(pages) == ["feed"] + ["article"] * 10
    assert stats["warta/feeds_first_run"] == 1


def test_max_pages_bounds_a_walk(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200))
    outlet = wp_outlet()
    outlet = replace(outlet, sources=tuple(replace(s, max_pages=4) if s.continues else s
                                           for s in outlet.sources))
    stats, pages = crawl(tmp_path, archive, outlet, mode="nightly", seen=seen_up_to(1))
    assert listings(pages) == ["/", "/page/2/", "/page/3/", "/page/4/"]
    assert len(fetched(pages, "article")) == 40
    assert stats["warta/listings_may_have_more"] == 1  # cut short, and it says so


def test_the_canary_does_not_continue_a_feed(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200))
    _, pages = crawl(tmp_path, archive, wp_outlet(), mode="nightly", seen=seen_up_to(150),
                     max_articles=3)
    assert listings(pages) == []
    assert len(fetched(pages, "article")) == 3


def test_backfills_walk_the_archive_whatever_the_feed_says(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(30))
    _, pages = crawl(tmp_path, archive, wp_outlet(), mode="backfill", seen=seen_up_to(30))
    assert listings(pages) == ["/", "/page/2/", "/page/3/"]  # dateless cards: to the end


def test_without_a_post_list_selector_only_a_page_with_nothing_new_ends_the_walk(tmp_path):
    # every link on the page counts (sidebar included), so the last link says nothing
    archive = write_archive(tmp_path / "a.warc.gz", wordpress_site(200))
    outlet = wp_outlet(selectors=replace(wp_outlet().selectors, listing_links=None))
    _, pages = crawl(tmp_path, archive, outlet, mode="nightly", seen=seen_up_to(175))
    assert listings(pages) == ["/", "/page/2/", "/page/3/", "/page/4/"]
    assert fetched(pages, "article") == sorted(post_url(n) for n in range(176, 201))


def test_a_listing_without_pages_warns_when_everything_on_it_is_new(tmp_path):
    # InfoPublik: one listing page, no known pagination
    base = "https://infopublik.id/kategori/nusantara"
    urls = [f"{base}/{900000 + n}/berita-{n}" for n in range(30, 10, -1)]
    site = {"https://infopublik.id/robots.txt": b"User-agent: *\nDisallow:\n",
            base: ("<html><body><ul>" + "".join(f"<li><a href='{u}'>t</a></li>" for u in urls)
                   + "</ul></body></html>").encode(),
            **{u: article_html(u) for u in urls}}
    archive = write_archive(tmp_path / "a.warc.gz", site)
    quiet_seen = {f"{base}/{900000 + n}/berita-{n}" for n in range(1, 25)}
    stats, _ = crawl(tmp_path, archive, get("infopublik"), mode="nightly", seen=quiet_seen)
    assert "warta/listings_may_have_more" not in stats
    busy_seen = {f"{base}/{900000 + n}/berita-{n}" for n in range(1, 11)}
    stats, pages = crawl(tmp_path, archive, get("infopublik"), mode="nightly", seen=busy_seen)
    assert stats["warta/listings_may_have_more"] == 1
    assert len(fetched(pages, "article")) == 20


# -- ANTARA: each host's /terkini continues that host's feed --------------------------------

def antara_site(new_on: dict[str, int]) -> tuple[dict[str, bytes], set[str]]:
    """Four hosts, 60 articles each (feeds of 20, /terkini pages of 20); ``new_on``: how
    many of each host's newest are new tonight. Returns the site and the seen URLs."""
    site, seen = {}, set()
    for host in ("www", "sumbar", "kalbar", "sultra"):
        base = f"https://{host}.antaranews.com"
        urls = [f"{base}/berita/{700000 + n}/berita-{n}" for n in range(60, 0, -1)]
        seen |= set(urls[new_on.get(host, 0):])
        site[f"{base}/robots.txt"] = b"User-agent: *\nDisallow: /admin/\n"
        site[f"{base}/rss/terkini.xml"] = feed_xml(urls[:20])
        for page in range(1, 4):
            cards = "".join(f"<h3><a href='{u}' title='t'>t</a></h3>"
                            for u in urls[(page - 1) * 20:page * 20])
            nav = (f"<a aria-label='Next' href='/terkini?page={page + 1}'>&raquo;</a>"
                   if page < 3 else "")
            site[f"{base}/terkini?page={page}"] = (
                f"<html><body><div class='col-md-8'>{cards}{nav}</div></body></html>").encode()
        for url in urls:
            site[url] = article_html(url)
    return site, seen


def test_antara_continues_only_the_feed_that_overflowed(tmp_path):
    site, seen = antara_site({"www": 30, "kalbar": 5})
    archive = write_archive(tmp_path / "a.warc.gz", site)
    stats, pages = crawl(tmp_path, archive, get("antara"), mode="nightly", seen=seen)
    assert fetched(pages, "listing") == ["https://sumbar.antaranews.com/terkini?page=1",
                                         "https://www.antaranews.com/terkini?page=1",
                                         "https://www.antaranews.com/terkini?page=2"]
    assert len(fetched(pages, "article")) == 35
    # kalbar's and sultra's feeds reach back to known articles; www's holds 20 new of 30
    # (sumbar's feed has no listing waiting for it: that one is read anyway)
    assert (stats["warta/feeds_overflowed"], stats["warta/feeds_covered"]) == (1, 2)
    # robots and feed of 4 hosts, sumbar's page 1 (read every night), www's pages 1-2
    assert stats["downloader/request_count"] == 4 + 4 + 1 + 2 + 35


def test_antara_quiet_night_reads_four_feeds_and_one_listing_page(tmp_path):
    site, seen = antara_site({})
    archive = write_archive(tmp_path / "a.warc.gz", site)
    stats, pages = crawl(tmp_path, archive, get("antara"), mode="nightly", seen=seen)
    assert stats["downloader/request_count"] == 9
    assert sorted(kinds(pages)) == ["feed"] * 4 + ["listing"]


# -- Minangsatu: the index listing, selectors from its registry entry -----------------------

def minangsatu_site() -> dict[str, bytes]:
    base = "https://minangsatu.com"
    site = {f"{base}/robots.txt": b"User-agent: *\nDisallow:\n"}
    urls = [f"{base}/berita-minang-{n}_{50000 + n}" for n in range(45, 0, -1)]
    popular = "".join(f"<li><a href='{base}/berita/{40000 + n}/lama-{n}'>Lama</a></li>"
                      for n in range(3))
    for page in range(1, 4):
        items = "".join(f"<div class='item-berita'><h3><a href='{u}'>Judul</a></h3>"
                        "<span class='tanggal'>Rabu, 16 Oktober 2024</span></div>"
                        for u in urls[(page - 1) * 20:page * 20])
        nav = f"<a href='{base}/indeks/{page + 1}'>Berikutnya</a>" if page < 3 else ""
        site[f"{base}/indeks" if page == 1 else f"{base}/indeks/{page}"] = (
            f"<html><body><div class='daftar-berita'>{items}</div>{nav}"
            f"<div class='terpopuler'><ol>{popular}</ol></div></body></html>").encode()
    found = "".join(f"<div class='item-cari'><h3><a href='{u}'>Judul</a></h3></div>"
                    for u in urls[30:32])
    site[f"{base}/cari/netralitas%20asn"] = (
        f"<html><body><div class='hasil-cari'>{found}</div></body></html>").encode()
    for url in urls:
        site[url] = article_html(url)
    return site


def test_minangsatu_nightly_reads_its_index_until_a_known_item(tmp_path):
    archive = write_archive(tmp_path / "a.warc.gz", minangsatu_site())
    seen = {f"https://minangsatu.com/berita-minang-{n}_{50000 + n}" for n in range(1, 23)}
    stats, pages = crawl(tmp_path, archive, get("minangsatu"), mode="nightly", seen=seen)
    # 23 new: page 1 (20 new), page 2 (3 new, then known: stop); the sidebar's old
    # popular links are not the index and are never fetched; the search page holds two
    # known articles
    assert fetched(pages, "listing") == ["https://minangsatu.com/cari/netralitas%20asn",
                                         "https://minangsatu.com/indeks",
                                         "https://minangsatu.com/indeks/2"]
    assert fetched(pages, "article") == sorted(
        f"https://minangsatu.com/berita-minang-{n}_{50000 + n}" for n in range(23, 46))
    assert stats["downloader/request_count"] == 1 + 3 + 23


def test_minangsatu_index_and_search_in_the_bundled_archive(tmp_path):
    # the index alone finds both articles; the search page finds them too
    index_only = get("minangsatu")
    index_only = replace(index_only, sources=index_only.sources[:1])
    _, nightly = crawl(tmp_path, str(ARCHIVE), index_only, mode="nightly")
    assert fetched(nightly, "listing") == ["https://minangsatu.com/indeks"]
    assert len(fetched(nightly, "article")) == 2
    stats, backfill = crawl(tmp_path, str(ARCHIVE), get("minangsatu"), mode="backfill",
                            since="2024-01-01T00:00:00+07:00")
    assert fetched(backfill, "listing") == ["https://minangsatu.com/cari/netralitas%20asn",
                                            "https://minangsatu.com/indeks"]
    assert fetched(backfill, "article") == fetched(nightly, "article")
    assert "warta/rejects/discover" not in stats  # the index links no page 2


# -- the registry -------------------------------------------------------------------------

def test_a_listing_can_only_continue_one_of_the_outlets_feeds():
    outlet = wp_outlet()
    broken = replace(outlet, sources=(*outlet.sources[:2], Source(
        "listing", f"https://{HOST}/page/{{page}}/", continues=f"https://{HOST}/rss")))
    with pytest.raises(RegistryError, match="not one of its feeds"):
        validate([broken])
    local = outlet.rebased("http://127.0.0.1:8123")
    archive = next(s for s in local.sources if s.continues)
    assert archive.continues == "http://127.0.0.1:8123/feed"
    assert archive.page_url(1) == "http://127.0.0.1:8123/"
    assert archive.page_url(2) == "http://127.0.0.1:8123/page/2/"
