"""A crawl stopped at its time limit keeps what it fetched: its web archive and fetch log are
finalised, and they extract and load.

The slow loopback site (tests/fixtures/slow_site.py, a thread of this process) answers three
articles and holds every later one back, so the crawl is still busy at its limit. Before,
the limit was a SIGKILL: the archive stayed ``*.warc.gz.open``, the fetch log ``.part``, no
stats, and the run had nothing to load.
"""

from __future__ import annotations

import time
from pathlib import Path

from slow_site import serve_slow_site

from flows.extraction import article_pages, stage_articles
from spiders.crawl import run_crawl
from spiders.sinks import read_jsonl
from warehouse.load import load_run


def test_a_crawl_at_its_time_limit_finalises_its_archive_and_its_work_loads(tmp_path,
                                                                             monkeypatch):
    monkeypatch.setenv("WARTA_DOWNLOAD_DELAY", "0")
    warc_dir = tmp_path / "warc"
    with serve_slow_site(articles=12, hang=30) as site:
        site.hold(free=3)
        started = time.monotonic()
        result = run_crawl("langgam", "run-t", tmp_path / "staging", warc_dir,
                           mode="nightly", base_url=site.base, timeout=6)
        took = time.monotonic() - started
    assert took < 40, result.log_tail
    assert result.finish_reason == "closespider_timeout", result.log_tail
    assert "time limit" in result.problem()
    assert list(warc_dir.glob("*.open")) == [] and list(warc_dir.glob("*.warc.gz"))
    out = Path(result.out_dir)
    assert not list(out.glob("*.part"))
    pages = article_pages(read_jsonl(out / "pages.jsonl"))
    assert len(pages) == 3
    stage_articles(pages, out)
    report = load_run(tmp_path / "w.duckdb", tmp_path / "staging",
                      {"run_id": "run-t", "flow": "nightly"})
    assert report.articles_new == 3
