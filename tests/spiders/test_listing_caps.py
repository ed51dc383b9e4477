"""A backfill walks a listing to its --since, past the registry's page cap; a cap that stops
a walk is a warning, a discover reject and the run's ``caps_hit`` health figure.

The loopback site (tests/fixtures/listing_site.py) is a WordPress archive of 70 pages, one
dated card each, an hour apart: pages 1-59 are inside the range, page 60 is the first
before --since. Before, the walk stopped silently at page 50 (the
registry's max_pages for the archive), so pages 51-59 and their articles were never read
and the run said nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from listing_site import SINCE, UNTIL, WIB, article_path, serve_archive

from spiders.crawl import run_crawl
from spiders.listings import page_limit
from spiders.sinks import read_jsonl


@pytest.fixture()
def quick(monkeypatch):
    monkeypatch.setenv("WARTA_DOWNLOAD_DELAY", "0")


def test_a_backfill_pages_past_the_registry_cap_down_to_since(tmp_path, quick):
    with serve_archive() as (base, asked):
        result = run_crawl("langgam", "run-b", tmp_path / "staging", tmp_path / "warc",
                           mode="backfill", since=SINCE, until=UNTIL, base_url=base,
                           timeout=300)
    assert result.returncode == 0, result.log_tail
    listings = [p for p in asked if p == "/" or p.startswith("/page/")]
    assert len(listings) == 60 and "/page/60/" in listings and "/page/61/" not in listings
    fetched = {p for p in asked if p.startswith("/camat-")}
    assert fetched == {article_path(n) for n in range(1, 60)}
    assert result.caps_hit == 0


def test_a_cap_that_stops_the_walk_is_a_warning_and_a_reject(tmp_path, quick):
    with serve_archive() as (base, asked):
        result = run_crawl("langgam", "run-c", tmp_path / "staging", tmp_path / "warc",
                           mode="backfill", since=SINCE, until=UNTIL, base_url=base,
                           max_pages=5, timeout=300)
    assert result.returncode == 0, result.log_tail
    assert "/page/5/" in asked and "/page/6/" not in asked
    assert result.caps_hit == 1
    rejects = read_jsonl(Path(result.out_dir) / "rejects.jsonl")
    capped = [r for r in rejects if r["reason"].startswith("listing page limit 5 reached")]
    assert [r["url"] for r in capped] == [f"{base}/page/6/"]
    assert capped[0]["stage"] == "discover"


def test_the_safety_net_is_sized_to_the_range():
    since = datetime(2024, 7, 1, tzinfo=WIB)
    until = datetime(2024, 11, 30, tzinfo=WIB)
    assert page_limit(50, None, "backfill", since, until, dated=True) == 50 * 153
    assert page_limit(50, 7, "backfill", since, until, dated=True) == 7  # --max-pages
    assert page_limit(50, None, "backfill", since, until, dated=False) == 50  # undated cards
    assert page_limit(50, None, "nightly", since, until, dated=True) == 50
