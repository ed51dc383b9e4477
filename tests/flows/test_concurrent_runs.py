"""Two runs at once against one DuckDB file: writes are serialised, nothing is dropped.

The nightly run and an ad hoc backfill start together as two ``warta crawl`` processes (the
CLI, as a worker or a person would start them) over overlapping outlets, replaying the
bundled archive into the same warehouse, while an analyst's reader holds the database open.
Both must wait for the reader, then for each other at the writer lock, and both must load
everything. A ``warta sql`` started during a write waits for it, then answers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from conftest import ARCHIVE, FIXTURES, ROOT
from waiting import wait_for

from warehouse.db import reader, writer
from warehouse.load import load_run
from warehouse.lock import file_lock

EXPECTED = json.loads((FIXTURES / "expected" / "articles.json").read_text(encoding="utf-8"))
NIGHTLY = ("langgam", "antara")
BACKFILL = ("antara", "minangsatu")  # antara in both: the two runs load the same articles


def expected_urls(outlets: tuple[str, ...]) -> set[str]:
    return {e["canonical_url"] for e in EXPECTED
            if e["outlet"] in outlets and e.get("nightly", True)}


def child_env() -> dict[str, str]:
    """The children talk to this session's Prefect test server (no server of their own)."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()),
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def warta(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "flows.cli", *args], cwd=ROOT,
                            env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (the CLI, its crawl and loader children...)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree = [pid]
    for member in tree:
        tree += [child for child, parent in parents.items() if parent == member]
    return tree


def holds_open(pid: int, path: Path) -> bool:
    """Whether process ``pid`` or one of its descendants has ``path`` open: the writer lock
    file is open for as long as a process waits for or holds the lock."""
    for member in process_tree(pid):
        try:
            if any(os.readlink(fd) == str(path) for fd in Path(f"/proc/{member}/fd").iterdir()):
                return True
        except OSError:  # the process or one of its descriptors went away meanwhile
            continue
    return False


def extracted(staging: Path, outlets: tuple[str, ...]) -> list[Path]:
    """Run folders whose extraction finished for exactly ``outlets`` (events.jsonl is
    renamed into place when an outlet's extraction ends, just before the load)."""
    return [run for run in staging.glob("*") if run.is_dir()
            and sorted(p.name for p in run.iterdir() if p.is_dir()) == sorted(outlets)
            and all((run / o / "events.jsonl").exists() for o in outlets)]


def test_a_nightly_and_an_adhoc_run_started_together_both_load_everything(
        tmp_path, prefect_harness):
    db, data = tmp_path / "warta.duckdb", tmp_path / "data"
    with writer(db):
        pass  # an existing, empty warehouse, which an analyst has open read-only
    with reader(db) as analyst:
        nightly = warta("crawl", "--replay", str(ARCHIVE), *sum((["-o", o] for o in NIGHTLY),
                        []), "--db", str(db), "--data-dir", str(data), "--workers", "1")
        backfill = warta("crawl", "--since", "2024-01-01", "--until", "2024-12-31",
                         "--replay", str(ARCHIVE), *sum((["-o", o] for o in BACKFILL), []),
                         "--db", str(db), "--data-dir", str(data), "--workers", "1")
        both = (nightly, backfill)
        staging = data / "staging"
        # both crawl and extract meanwhile (the nightly read its seen URLs beside the
        # analyst), then both wait at the writer lock
        wait_for(lambda: extracted(staging, NIGHTLY) and extracted(staging, BACKFILL),
                 "both runs to extract", timeout=240, procs=both)
        lock = Path(f"{db}.lock")
        wait_for(lambda: all(holds_open(p.pid, lock) for p in both),
                 "both runs to reach the writer lock", timeout=240, procs=both)
        assert analyst.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 0
        released = datetime.now(UTC)
    for proc in both:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, f"{proc.args[3:]}\n{out}\n{err[-3000:]}"
        # DuckDB refuses a second writer at once ("Conflicting lock is held"), which the
        # load task's retries would paper over: the lock must have kept them apart
        assert "Conflicting lock" not in out + err and "Retry" not in out + err, err[-3000:]

    with reader(db) as con:
        runs = {flow: (status, finished, new, updated, unchanged)
                for flow, status, finished, new, updated, unchanged in con.execute(
                    "SELECT flow, status, finished_at, articles_new, articles_updated, "
                    "articles_unchanged FROM crawl_runs").fetchall()}
        loaded = {r[0] for r in con.execute("SELECT canonical_url FROM articles").fetchall()}
        dups = con.execute(
            "SELECT (SELECT count(*) - count(DISTINCT canonical_url) FROM articles), "
            "(SELECT count(*) - count(DISTINCT url) FROM article_urls), "
            "(SELECT count(*) - count(DISTINCT event_id) FROM events), "
            "(SELECT count(*) - count(DISTINCT (warc_file, warc_offset)) FROM pages)"
        ).fetchone()
        orphans = con.execute("SELECT count(*) FROM events WHERE canonical_url NOT IN "
                              "(SELECT canonical_url FROM articles)").fetchone()[0]
        versions = {r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()}
    assert set(runs) == {"nightly", "backfill"}
    assert all(status == "loaded" for status, *_ in runs.values())
    # both loads happened after the reader let go, one after the other
    assert all(finished > released for _, finished, *_ in runs.values())
    # every article of both runs is there, and each run accounted for all of its own
    assert loaded == expected_urls(NIGHTLY) | expected_urls(BACKFILL)
    for flow, outlets in (("nightly", NIGHTLY), ("backfill", BACKFILL)):
        assert sum(runs[flow][2:]) == len(expected_urls(outlets)), flow
    assert sum(r[2] for r in runs.values()) == len(loaded)  # each article new exactly once
    assert dups == (0, 0, 0, 0) and orphans == 0
    assert versions == {p.name for p in (ROOT / "warehouse" / "migrations").glob("*.sql")}


def test_warta_sql_during_a_write_waits_for_the_writer_then_answers(tmp_path):
    db = tmp_path / "warta.duckdb"
    run_dir = tmp_path / "staging" / "r1"
    (run_dir / "langgam").mkdir(parents=True)
    (run_dir / "langgam" / "rejects.jsonl").write_text(json.dumps(
        {"url": "https://langgam.id/x/", "outlet": "langgam", "stage": "fetch",
         "reason": "http 500", "run_id": "r1"}) + "\n")
    load_run(db, run_dir, {"run_id": "r1", "flow": "nightly"})
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    with writer(db) as con:  # a load in progress: the lock and DuckDB's write handle
        query = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "sql", "SELECT count(*) AS runs FROM crawl_runs",
             "--db", str(db), "--format", "csv"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        wait_for(lambda: holds_open(query.pid, Path(f"{db}.lock")),
                 "warta sql to reach the lock", timeout=120, procs=(query,))
        con.execute("INSERT INTO crawl_runs (run_id, flow, status) VALUES ('r2', 'backfill', "
                    "'loaded')")
        time.sleep(1.0)  # a reader that did not wait would have failed by now
        assert query.poll() is None, query.communicate()
    out, err = query.communicate(timeout=60)
    assert query.returncode == 0, err
    assert out.split() == ["runs", "2"]  # it answered after the write, and saw it
    with file_lock(db, exclusive=True, timeout=5):
        pass  # and let go of its shared lock
