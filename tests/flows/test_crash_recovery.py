"""A kill -9 of a crawl never loses or doubles an article.

A crawl process (``python -m spiders.crawl``, one per outlet) is SIGKILLed while it waits on
a local site, with some articles archived and others in flight; the run loads what it got
and fails; a rerun then leaves the warehouse equal to an uninterrupted run's. (The loader's
crashes: tests/warehouse/test_loader_crashes.py.)
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from slow_site import serve_slow_site
from warehouse_state import (
    KEYS,
    assert_opens_whole,
    assert_same_rows,
    duplicates,
    rows,
)

from spiders.warc import iter_responses
from warehouse.db import reader

# -- 1. kill -9 of a crawl process ----------------------------------------------------------

def _parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def crawl_children(marker: str) -> list[int]:
    """This process's ``spiders.crawl`` children whose command line mentions ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue
        if ("spiders.crawl" in argv and any(marker in arg for arg in argv)
                and _parent_of(int(entry.name)) == os.getpid()):
            found.append(int(entry.name))
    return found


def kill_crawl_when(marker: str, ready: Callable[[], bool], timeout: float = 90) -> dict:
    """In a thread: SIGKILL the crawl child mentioning ``marker`` once ``ready()`` holds.

    Returns a dict the thread fills: ``pid`` killed, ``error`` if it never could.
    """
    done: dict = {}

    def watch() -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pids = crawl_children(marker)
            if pids and ready():
                os.kill(pids[0], signal.SIGKILL)
                done["pid"] = pids[0]
                return
            time.sleep(0.05)
        done["error"] = f"no crawl child of {marker} became ready in {timeout:.0f}s"

    done["thread"] = threading.Thread(target=watch, daemon=True)
    done["thread"].start()
    return done


def archived_articles(warc_root: Path, pattern: str = "*/*.warc.gz.open") -> set[str]:
    """Article URLs in the WARC files still being written (a last record may be partial)."""
    urls: set[str] = set()
    for path in warc_root.glob(pattern):
        try:
            for response in iter_responses(path, with_body=False):
                if "-ingatkan-netralitas-asn-" in response.url:
                    urls.add(response.url)
        except Exception:  # the record being written is cut short
            continue
    return urls


def test_crawl_killed_mid_crawl_then_a_rerun_equals_an_uninterrupted_run(
        tmp_path, prefect_harness, monkeypatch):
    from flows.nightly import nightly
    from flows.run import RunFailed

    monkeypatch.setenv("WARTA_DOWNLOAD_DELAY", "0")  # run_crawl passes the environment on
    articles, first_listed, archived_before_kill = 12, 4, 3
    ref_db, db = tmp_path / "reference.duckdb", tmp_path / "crashed.duckdb"
    data = tmp_path / "data"
    with serve_slow_site(articles=articles) as site:
        reference = nightly(outlets=["langgam"], db_path=str(ref_db),
                            data_dir=str(tmp_path / "ref-data"), base_url=site.base)
        assert reference["load"]["articles_new"] == articles

        # an earlier run loaded the first few articles; then the feed grew
        site.listed = first_listed
        earlier = nightly(outlets=["langgam"], db_path=str(db), data_dir=str(data),
                          base_url=site.base)
        assert earlier["load"]["articles_new"] == first_listed
        site.listed = articles

        # the crawl is killed with three new articles archived and the next held in flight
        served_before = len(site.served)
        site.hold(free=archived_before_kill)
        killer = kill_crawl_when(str(data), lambda: len(
            archived_articles(data / "warc")) >= archived_before_kill and site.waiting)
        with pytest.raises(RunFailed, match="langgam: crawl process exited -9"):
            nightly(outlets=["langgam"], db_path=str(db), data_dir=str(data),
                    base_url=site.base)
        killer["thread"].join(5)
        assert "pid" in killer, killer.get("error")
        assert len(site.served) - served_before == archived_before_kill

        # what the killed crawl left: an unfinished WARC and .part batches, nothing loaded
        crashed_run = next(p for p in (data / "staging").iterdir()
                           if (p / "langgam" / "pages.jsonl.part").exists())
        assert not (crashed_run / "langgam" / "pages.jsonl").exists()
        assert not list((crashed_run / "langgam").glob("articles-*.jsonl"))
        left = archived_articles(data / "warc", f"{crashed_run.name}/*.warc.gz.open")
        assert len(left) == archived_before_kill
        assert_opens_whole(db)
        runs = rows(db, "crawl_runs")
        with reader(db) as con:
            status, message, loaded = con.execute(
                "SELECT status, message, (SELECT count(*) FROM articles) FROM crawl_runs "
                "WHERE run_id = ?", [crashed_run.name]).fetchone()
        assert status == "failed" and "exited -9" in message
        assert loaded == first_listed  # the archived-but-unloaded articles are not "seen"

        # the rerun fetches every article not loaded yet, the killed crawl's three included
        site.release()
        rerun = nightly(outlets=["langgam"], db_path=str(db), data_dir=str(data),
                        base_url=site.base)
    assert rerun["status"] == "loaded"
    assert rerun["load"]["articles_new"] == articles - first_listed
    assert len(runs) == 2 and len(rows(db, "crawl_runs")) == 3

    assert_opens_whole(db)
    assert duplicates(db) == dict.fromkeys(KEYS, 0)
    for table in ("articles", "article_urls", "events"):
        exclude = {"articles": ("loaded_at", "updated_at", "run_id", "updated_run_id",
                                "warc_file", "warc_offset", "fetched_at"),
                   "article_urls": ("run_id",), "events": ("run_id",)}[table]
        assert_same_rows(rows(db, table, exclude), rows(ref_db, table, exclude), table)
    per_article = "SELECT canonical_url, count(*) FROM events GROUP BY ALL ORDER BY 1"
    with reader(db) as con, reader(ref_db) as ref:
        assert con.execute(per_article).fetchall() == ref.execute(per_article).fetchall()
        assert con.execute("SELECT count(DISTINCT canonical_url) FROM events").fetchone()[0] \
            == articles  # every article has its events, none twice
