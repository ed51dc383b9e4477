"""Sitemap indexes are bounded: an endless chain or a huge index ends with a reject.

A backfill of the loopback fault site, whose /wp-sitemap.xml never ends (fault_server.py).
"""

from __future__ import annotations

import time

from test_faults import crawl_faults


def sitemap_requests(crawl) -> list[str]:
    return [p for p, _, _ in crawl.site.requests if p.startswith("/peta/")]


def test_an_endless_sitemap_chain_stops_at_the_depth_bound(tmp_path):
    started = time.monotonic()
    crawl = crawl_faults(tmp_path, mode="backfill", since="2024-07-01", sitemap="endless")
    assert time.monotonic() - started < 60
    assert crawl.result.finish_reason == "finished"
    assert sitemap_requests(crawl) == ["/peta/1.xml", "/peta/2.xml", "/peta/3.xml"]
    limits = [r for r in crawl.rejects if "sitemap depth limit" in r["reason"]]
    assert len(limits) == 1 and limits[0]["url"].endswith("/peta/4.xml")
    assert crawl.result.stats["warta/sitemap_limit_hit"] == 1


def test_a_huge_sitemap_index_stops_at_the_count_bound(tmp_path):
    crawl = crawl_faults(tmp_path, mode="backfill", since="2024-07-01", sitemap="wide",
                         env={"WARTA_MAX_SITEMAPS": "25"})
    assert len(sitemap_requests(crawl)) == 25
    limits = [r for r in crawl.rejects if "sitemap count limit 25" in r["reason"]]
    assert len(limits) == 1  # one row for the bound, not one per unread sitemap
    assert crawl.result.stats["warta/sitemaps_unread"] == 10_000 - 25
