"""Half-written ``*.part`` files of dead runs are removed by the next run, never a live one's.

Runs are faked by real processes started and stopped by PID: a dead run (its owner process
has exited), a live run (its owner sleeps), a run of an older warta without a claim whose
``.part`` a live process still holds open, and one whose ``.part`` nobody holds. Before,
nothing ever removed a killed run's ``.part`` files.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import pytest
from conftest import ARCHIVE, ROOT

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


# -- attempts of a fanned-out run (crawl-outlet flow runs) -----------------------------------

RUN = "20241201T020000Z-5eed1e55"
ATTEMPT = f"""
import sys, time
from pathlib import Path
from flows import leftovers
work = Path(sys.argv[1])
leftovers.claim_attempt(work, None)
out = work / sys.argv[2] / "articles-00000.jsonl.part"
out.parent.mkdir(parents=True)
part = open(out, "w")
part.write('{{"url": "https://langgam.id/rapat-pleno-setengah/"}}\\n')
warc = Path(sys.argv[3])
warc.mkdir(parents=True, exist_ok=True)
archive = open(warc / f"warta-{{sys.argv[2]}}-{RUN}-20241201020001-00000.warc.gz.open", "wb")
archive.write(b"WARC/1.1\\r\\n")
part.flush(); archive.flush()
print("crawling", flush=True)
time.sleep(120)
"""


def attempt(data, batch: str, outlet: str) -> tuple[subprocess.Popen, object]:
    """A crawl-outlet attempt as a real process: it claims its partial folder, then writes
    a staged ``.part`` file and an open archive, and holds both open."""
    import os

    work = data / "partial" / RUN / f"{batch}-{os.urandom(4).hex()}"
    proc = subprocess.Popen([sys.executable, "-c", ATTEMPT, str(work), outlet,
                             str(data / "warc" / RUN)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "crawling"
    return proc, work


def test_a_killed_attempts_folder_and_open_archive_go_a_running_ones_stay(tmp_path):
    data = tmp_path / "data"
    killed, killed_work = attempt(data, "langgam@2024-07-01_2024-07-10", "langgam")
    running, running_work = attempt(data, "antara", "antara")
    try:
        killed.kill()  # kill -9: nothing of it runs on, nothing is released
        killed.wait(timeout=10)
        warc = data / "warc" / RUN
        killed_archive = next(warc.glob(f"warta-langgam-{RUN}-*.warc.gz.open"))
        running_archive = next(warc.glob(f"warta-antara-{RUN}-*.warc.gz.open"))
        removed = leftovers.clean_dead_runs(data)
        kept = warc / leftovers.ORPHANED / killed_archive.name
        assert sorted(removed) == sorted([killed_work, kept])
        assert not killed_work.exists() and not killed_archive.exists()
        # its fetches stay archived, out of the run's folder
        assert kept.stat().st_size > 0
        assert not killed_work.with_name(killed_work.name + leftovers.ATTEMPT_OWNER).exists()
        assert running_archive.exists()
        assert (running_work / "antara" / "articles-00000.jsonl.part").exists()
        assert leftovers.clean_dead_runs(data) == []  # the running attempt, again
    finally:
        running.kill()
        running.wait(timeout=10)
    assert sorted(leftovers.clean_dead_runs(data)) == sorted(
        [running_work, warc / leftovers.ORPHANED / running_archive.name])


def test_an_archive_is_kept_while_an_attempt_of_its_outlet_runs(tmp_path):
    """The retry of a killed slice writes the outlet's archives beside the dead one's."""
    data = tmp_path / "data"
    killed, killed_work = attempt(data, "langgam@2024-07-01_2024-07-10", "langgam")
    killed.kill()
    killed.wait(timeout=10)
    retry, _ = attempt(data, "langgam@2024-07-01_2024-07-10", "langgam")
    try:
        held = {p.name for p in (data / "warc" / RUN).iterdir()}
        removed = leftovers.clean_dead_attempts(data, RUN)
        assert removed == [killed_work]
        assert {p.name for p in (data / "warc" / RUN).iterdir()} == held
    finally:
        retry.kill()
        retry.wait(timeout=10)


def claimed_elsewhere(data, batch: str, flow_run_id) -> object:
    work = data / "partial" / RUN / f"{batch}-0badc0de"
    part(work / batch / "pages.jsonl.part")
    work.with_name(work.name + leftovers.ATTEMPT_OWNER).write_text(
        f'{{"pid": 1, "started": "0", "host": "worker-7.example", '
        f'"flow_run_id": "{flow_run_id}"}}')
    return work


def test_another_hosts_attempt_goes_when_prefect_says_its_flow_run_ended(
        tmp_path, prefect_harness):
    from prefect import flow
    from prefect.client.orchestration import get_client
    from prefect.states import Crashed, Running

    @flow(name="crawl-outlet-elsewhere")
    def elsewhere() -> None:
        pass

    with get_client(sync_client=True) as client:
        crashed = client.create_flow_run(elsewhere, state=Crashed()).id
        running = client.create_flow_run(elsewhere, state=Running()).id
    data = tmp_path / "data"
    dead = claimed_elsewhere(data, "langgam", crashed)
    live = claimed_elsewhere(data, "antara", running)
    unknown = claimed_elsewhere(data, "minangsatu", uuid.uuid4())  # Prefect never had it
    # without an answer from Prefect, another host's attempt is kept
    assert leftovers.clean_dead_attempts(data, RUN, state_of=lambda _: None) == []
    assert sorted(leftovers.clean_dead_attempts(data, RUN)) == sorted([dead, unknown])
    assert live.exists() and not dead.exists() and not unknown.exists()


def test_the_loader_removes_what_killed_attempts_left(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    data = tmp_path / "data"
    killed, work = attempt(data, "langgam", "langgam")
    killed.kill()
    killed.wait(timeout=10)
    result = CliRunner().invoke(app, ["load", "--pending", "--db", str(tmp_path / "w.duckdb"),
                                      "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    assert "removed 2 leftover(s)" in result.output
    assert not work.exists() and not list((data / "warc" / RUN).glob("*.open"))


def test_the_load_flow_removes_what_killed_attempts_left(tmp_path, prefect_harness):
    """The ``load`` deployment, the loader of a run whose fanning flow died, cleans too."""
    from flows.loader import load_staged

    data = tmp_path / "data"
    killed, work = attempt(data, "langgam", "langgam")
    killed.kill()
    killed.wait(timeout=10)
    archive = next((data / "warc" / RUN).glob("*.open"))
    assert load_staged(db_path=str(tmp_path / "w.duckdb"), data_dir=str(data)) == []
    assert not work.exists() and not archive.exists()
    assert (data / "warc" / RUN / leftovers.ORPHANED / archive.name).exists()


def test_an_archive_another_cleaner_moved_first_is_no_error(tmp_path):
    """Two cleaners at once on a shared mount (a fanning flow and a next run, on two hosts):
    the second finds the open archive gone."""
    data = tmp_path / "data"
    killed, work = attempt(data, "langgam", "langgam")
    killed.kill()
    killed.wait(timeout=10)
    archive = next((data / "warc" / RUN).glob("*.open"))
    assert leftovers.set_aside(archive) is not None  # the first cleaner
    assert leftovers.set_aside(archive) is None  # the second: nothing left to move
    assert leftovers.clean_dead_attempts(data, RUN) == [work]
    assert (data / "warc" / RUN / leftovers.ORPHANED / archive.name).exists()


def test_a_worker_cleans_its_own_data_folder_when_a_run_starts(tmp_path, prefect_harness,
                                                               monkeypatch):
    """With a shared storage each worker crawls in its own data folder, where no fanning flow
    or loader looks: a crawl-outlet run cleans up there after killed attempts when it starts
    (here, of a batch already staged: it stops right after), never a running one's files."""
    from flows.crawl_outlet import crawl_outlet_flow
    from warehouse import storage

    store, data = tmp_path / "store", tmp_path / "worker" / "data"
    monkeypatch.setenv(storage.STORAGE_ENV, str(store))
    killed, killed_work = attempt(data, "langgam", "langgam")
    killed.kill()
    killed.wait(timeout=10)
    running, running_work = attempt(data, "antara", "antara")
    dead_run_part = part(data / "staging" / "run-killed" / "langgam" / "pages.jsonl.part")
    try:
        staged = storage.open_storage(store)
        manifest = {"outlet": "minangsatu", "batch": "minangsatu", "run_id": RUN, "files": {}}
        storage.put_text(staged, f"staging/{RUN}/minangsatu/{storage.COMPLETE}",
                         json.dumps(manifest))
        done = crawl_outlet_flow(outlet="minangsatu", run_id=RUN, data_dir=str(data))
        assert done == manifest
        assert not killed_work.exists() and not dead_run_part.exists()
        assert list((data / "warc" / RUN / leftovers.ORPHANED).glob("warta-langgam-*.open"))
        assert (running_work / "antara" / "articles-00000.jsonl.part").exists()
        assert list((data / "warc" / RUN).glob("warta-antara-*.open"))
    finally:
        running.kill()
        running.wait(timeout=10)
