"""An ingest killed after staging, before its load, is found by `warta load --pending`.

`warta ingest` runs the ingest flow in its own process (here a script that stops it at one
step, holds it there, and is then killed with SIGKILL, its Prefect server with it): once its
batches are staged whole, `load --pending` loads the run once, and an ingest of the same
archive afterwards adds no row twice; stopped before its batches were whole, the run is
named and not loaded, until an ingest of the same archive loads it. While the ingest is
still going, `load --pending` leaves it alone. Before, `load --pending` knew nothing of an
interrupted ingest and only rerunning the same ingest loaded its archive.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ARCHIVE, ROOT
from typer.testing import CliRunner
from warehouse_state import content, duplicates

from flows.cli import app
from warehouse.db import reader

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

# The ingest flow with one of its steps replaced by: say so in a file, then wait to be killed.
HELD_INGEST = """
import sys, time
from pathlib import Path
import flows.ingest as flow_module

step, reached, archive, db, data = sys.argv[1:]

def held(*args, **kwargs):
    Path(reached).write_text(step)
    time.sleep(600)

setattr(flow_module, step, held)
flow_module.ingest(archives=[archive], db_path=db, data_dir=data, workers=1)
"""


def killed_ingest(tmp_path: Path, step: str, db: Path, data: Path,
                  while_held=lambda: None) -> None:
    """Run the ingest of the bundled archive in a process of its own until it reaches
    ``step`` (``extracted``: its pages staged, no article yet; ``load``: every batch staged),
    call ``while_held``, then SIGKILL the process and all it started."""
    reached = tmp_path / f"reached-{step}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)  # its own temporary server, as `warta ingest` starts
    proc = subprocess.Popen([sys.executable, "-c", HELD_INGEST, step, str(reached),
                             str(ARCHIVE), str(db), str(data)], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while not reached.exists():
            if proc.poll() is not None:
                pytest.fail(f"the ingest ended before {step}: {proc.stderr.read()[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"the ingest never reached {step}")
            time.sleep(0.2)
        while_held()
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        proc.stderr.close()


def load_pending(db: Path, data: Path):
    return CliRunner().invoke(app, ["load", "--pending", "--db", str(db),
                                    "--data-dir", str(data)])


def articles(db: Path) -> int:
    with reader(db) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory, prefect_harness) -> Path:
    """The warehouse of the same ingest, never interrupted."""
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("uninterrupted")
    ingest(archives=[str(ARCHIVE)], db_path=str(tmp / "w.duckdb"), data_dir=str(tmp / "data"),
           workers=1)
    return tmp / "w.duckdb"


def test_an_ingest_killed_before_its_load_is_loaded_once_by_load_pending(
        tmp_path, uninterrupted, prefect_harness):
    from flows.ingest import ingest

    db, data = tmp_path / "w.duckdb", tmp_path / "data"
    going: list = []
    killed_ingest(tmp_path, "load", db, data,
                  while_held=lambda: going.append(load_pending(db, data)))
    [still_going] = going
    assert still_going.exit_code == 0, still_going.output
    assert "no pending runs" in still_going.output  # a run still going is not pending
    assert not db.exists() or articles(db) == 0

    done = load_pending(db, data)
    assert done.exit_code == 0, done.output
    [line] = [x for x in done.stdout.splitlines() if x.startswith("loaded pending run")]
    assert content(db) == content(uninterrupted)  # every staged batch, whole
    again = load_pending(db, data)
    assert again.exit_code == 0 and "no pending runs" in again.output, again.output

    rerun = ingest(archives=[str(ARCHIVE)], db_path=str(db), data_dir=str(data), workers=1)
    assert rerun["load"]["articles_new"] == rerun["load"]["articles_updated"] == 0
    assert rerun["load"]["articles_unchanged"] == articles(uninterrupted)
    assert set(duplicates(db).values()) == {0}
    fresh, got = content(uninterrupted), content(db)
    for table in ("articles", "pages", "events", "article_urls"):
        assert got[table] == fresh[table], table


def test_an_ingest_killed_while_staging_is_named_and_loaded_by_its_rerun(
        tmp_path, uninterrupted, prefect_harness):
    from flows.ingest import ingest

    db, data = tmp_path / "w.duckdb", tmp_path / "data"
    killed_ingest(tmp_path, "extracted", db, data)
    [run_dir] = [p for p in (data / "staging").iterdir() if p.is_dir()]
    assert list(run_dir.glob("*/pages.jsonl"))  # half of what it stages: no article

    named = load_pending(db, data)
    assert named.exit_code == 1, named.output
    [line] = named.stderr.strip().splitlines()
    assert line.startswith(f"NOT LOADED: run {run_dir.name} (ingest)"), line
    assert f"`warta ingest {ARCHIVE}` again" in line, line
    assert not db.exists() or articles(db) == 0  # never half loaded

    rerun = ingest(archives=[str(ARCHIVE)], db_path=str(db), data_dir=str(data), workers=1)
    assert rerun["load"]["articles_new"] == articles(uninterrupted)
    settled = load_pending(db, data)
    assert settled.exit_code == 0 and "no pending runs" in settled.output, settled.output
    assert set(duplicates(db).values()) == {0}
    assert content(db) == content(uninterrupted)
