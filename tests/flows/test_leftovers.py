"""Half-written ``*.part`` files of dead runs are removed by the next run, never a live one's.

Runs are faked by real processes started and stopped by PID: a dead run (its owner process
has exited), a live run (its owner sleeps), a run of an older warta without a claim whose
``.part`` a live process still holds open, and one whose ``.part`` nobody holds. Before,
nothing ever removed a killed run's ``.part`` files.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ARCHIVE

from flows import leftovers

HOLD_OPEN = ("import sys, time\nf = open(sys.argv[1], 'a')\nprint('open', flush=True)\n"
             "time.sleep(120)\n")


def owned_by(run_dir, pid: int) -> None:
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / leftovers.OWNER).write_text(
        f'{{"pid": {pid}, "started": "{leftovers.process_started(pid)}"}}')


def part(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"url": "https://langgam.id/berita-setengah-tertulis/"}\n')
    return path


@pytest.fixture()
def sleeper():
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield proc
    proc.kill()
    proc.wait(timeout=10)


def test_only_the_files_of_dead_runs_that_nobody_holds_are_removed(tmp_path, sleeper):
    data = tmp_path / "data"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    started = leftovers.process_started(gone.pid)
    gone.wait(timeout=10)
    dead = data / "staging" / "run-dead"
    dead.mkdir(parents=True)
    (dead / leftovers.OWNER).write_text(f'{{"pid": {gone.pid}, "started": "{started}"}}')
    dead_parts = [part(dead / "langgam" / "pages.jsonl.part"),
                  part(data / "warc" / "run-dead" / "warta-langgam.cdxj.part")]
    owned_by(data / "staging" / "run-live", sleeper.pid)
    live_part = part(data / "staging" / "run-live" / "langgam" / "rejects.jsonl.part")
    held_part = part(data / "staging" / "run-old" / "langgam" / "articles-00000.jsonl.part")
    loose_part = part(data / "staging" / "run-old" / "antara" / "events.jsonl.part")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(held_part)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        removed = leftovers.clean_dead_runs(data)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert sorted(removed) == sorted([*dead_parts, loose_part])
    assert live_part.exists() and held_part.exists()
    assert not any(p.exists() for p in [*dead_parts, loose_part])


def test_a_run_cleans_what_a_dead_run_left(tmp_path, prefect_harness):
    from flows.ingest import ingest

    data = tmp_path / "data"
    leftover = part(data / "staging" / "run-killed" / "langgam" / "pages.jsonl.part")
    ingest(archives=[str(ARCHIVE)], db_path=str(tmp_path / "w.duckdb"), data_dir=str(data),
           workers=1)
    assert not leftover.exists()
    assert not list((data / "staging").glob(f"*/{leftovers.OWNER}"))  # released at the end
