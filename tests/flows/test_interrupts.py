"""A run's processes die with it: Ctrl-C stops it in seconds; kill -9 leaves nothing behind.

`warta crawl` runs as a real process against the slow loopback site, held in the middle of
its crawl (tests/fixtures/slow_site.py); its process group is read from /proc.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from slow_site import serve_slow_site
from waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc"),
              pytest.mark.temporary_server]  # a run's processes include its temporary server


def stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, process group) of ``pid``, or None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None
    return (int(fields[1]), int(fields[2])) if fields[0] != "Z" else None


def processes() -> dict[int, tuple[int, int]]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (info := stat(int(entry.name))):
            found[int(entry.name)] = info
    return found


def group_members(pgid: int) -> list[int]:
    return [pid for pid, (_, group) in processes().items() if group == pgid]


def start_crawl(tmp_path: Path, site) -> tuple[subprocess.Popen, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WARTA_DOWNLOAD_DELAY": "0"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "crawl", "-o", "langgam", "--base-url", site.base,
         "--db", str(tmp_path / "w.duckdb"), "--data-dir", str(tmp_path / "data")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    child: list[int] = []

    def crawling() -> bool:
        if not child:
            child.extend(pid for pid, (ppid, _) in processes().items() if ppid == proc.pid)
        return bool(child) and bool(site.waiting)  # articles archived, the next one held
    wait_for(crawling, "the crawl to reach the held article")
    return proc, child[0]


def test_ctrl_c_stops_the_run_in_seconds_with_one_line(tmp_path):
    with serve_slow_site(articles=20) as site:
        site.hold(free=3)
        proc, group = start_crawl(tmp_path, site)
        assert len(group_members(group)) >= 2  # the run and its crawl (and Prefect's server)
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        stopped = time.monotonic() - started
    assert proc.returncode == 130, err
    assert stopped < 15
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("interrupted after")
    wait_for(lambda: not group_members(group), "the run's processes to end", timeout=10)


def test_kill_9_of_warta_leaves_no_process_behind(tmp_path):
    with serve_slow_site(articles=20) as site:
        site.hold(free=3)
        proc, group = start_crawl(tmp_path, site)
        proc.kill()
        proc.wait(timeout=10)
        wait_for(lambda: not group_members(group), "the orphaned run's processes to end",
                 timeout=20)


def test_the_interrupt_message_says_what_the_warehouse_already_loaded(tmp_path):
    """Ctrl-C can come after the load: the message then names the loaded run instead of
    saying nothing was loaded; before it, the staged files and how to load them."""
    from flows.cli_run import kept
    from warehouse import db

    data, warehouse = tmp_path / "data", tmp_path / "w.duckdb"
    started = time.time() - 1  # before the files (a second of slack for the file clock)
    (data / "staging" / "r1" / "langgam").mkdir(parents=True)
    (data / "staging" / "r1" / "langgam" / "articles-00000.jsonl").write_text("{}\n")
    with db.writer(warehouse):
        pass
    before = kept(str(data), str(warehouse))(started)
    assert before.startswith("nothing was loaded; kept 0 web archive(s) and 1 staged batch")
    assert "the same command again loads them" in before
    with db.writer(warehouse) as con:
        con.execute("INSERT INTO crawl_runs (run_id, flow, started_at, finished_at, status) "
                    "VALUES ('r0', 'ingest', now() - INTERVAL 2 HOUR, now() - INTERVAL 1 HOUR, "
                    "'loaded'), ('r1', 'ingest', now(), now(), 'loaded')")
    assert kept(str(data), str(warehouse))(started) == "run r1 was loaded before the interrupt"
    assert kept(str(data))(started).startswith("nothing was loaded")  # no warehouse named


def test_the_interrupt_message_of_an_ingest_stopped_after_staging_says_load_pending(tmp_path):
    """An ingest interrupted once its batches were staged whole waits as a pending run:
    the message says `warta load --pending` loads it; stopped before, the ingest again."""
    from flows.cli_run import kept
    from warehouse.pending import mark_pending

    data = tmp_path / "data"
    started = time.time() - 1  # before the files (a second of slack for the file clock)
    (data / "staging" / "r1" / "langgam").mkdir(parents=True)
    (data / "staging" / "r1" / "langgam" / "pages.jsonl").write_text("{}\n")
    mark_pending(data / "staging" / "r1", {"run_id": "r1", "flow": "ingest"}, None,
                 complete=False)
    assert kept(str(data))(started).endswith("; the same command again loads them")
    mark_pending(data / "staging" / "r1", {"run_id": "r1", "flow": "ingest"}, None)
    assert kept(str(data))(started).endswith("; `warta load --pending` loads them")


def test_ctrl_c_in_the_crawl_prints_only_the_interrupt_line_and_keeps_the_archive(tmp_path):
    """After Ctrl-C (SIGINT to the terminal's process group) the run's processes (the flow,
    Prefect's temporary server, the crawls) stop without a word on the terminal: no
    cancelled-task tracebacks, no Prefect crash or connection errors; only the interrupt
    line, which says how to load what was archived. The crawl renames its archive first."""
    err_file = tmp_path / "stderr.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WARTA_DOWNLOAD_DELAY": "0"}
    data = tmp_path / "data"
    with serve_slow_site(articles=20) as site, err_file.open("w") as err:
        site.hold(free=3)
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "crawl", "-o", "langgam", "--base-url",
             site.base, "--db", str(tmp_path / "w.duckdb"), "--data-dir", str(data)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        wait_for(lambda: bool(site.waiting), "the crawl to reach the held article")
        wait_for(lambda: list(data.glob("warc/*/*.warc.gz*")), "the crawl's web archive")
        before = err_file.stat().st_size
        os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C in a terminal
        proc.wait(timeout=30)
    after = err_file.read_bytes()[before:].decode()
    assert proc.returncode == 130, after
    assert "Traceback" not in after
    lines = after.strip().splitlines()
    assert len(lines) == 1, after
    assert lines[0].startswith("interrupted after")
    assert "warta ingest" in lines[0], lines[0]
    assert list(data.glob("warc/*/*.warc.gz")), "the fetched pages stay archived"
