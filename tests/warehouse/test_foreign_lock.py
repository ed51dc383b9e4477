"""An analyst's open DuckDB session never costs a run its data.

A real second process holds DuckDB's lock on the warehouse (as `duckdb data/warta.duckdb`
would). The load waits a bounded time, fails with one line naming the holder's PID, keeps
the staged run as pending, and `warta load --pending` loads it once the session is closed.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from staged_run import stage_run
from typer.testing import CliRunner

from flows.cli import app
from warehouse.db import reader, writer
from warehouse.load_process import WarehouseBusy, load_in_child
from warehouse.pending import mark_pending, pending_runs

HOLD = ("import duckdb, sys, time\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "print('holding', flush=True)\n"
        "time.sleep(120)\n")


@pytest.fixture()
def holder(tmp_path):
    db = tmp_path / "w.duckdb"
    with writer(db):
        pass
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "holding"
    yield db, proc
    proc.kill()
    proc.wait(timeout=10)


def test_a_held_warehouse_fails_the_load_in_one_line_and_keeps_the_run(holder, tmp_path,
                                                                       monkeypatch):
    db, proc = holder
    monkeypatch.setenv("WARTA_LOCK_WAIT", "2")
    run_dir = stage_run(tmp_path / "staging" / "run-a", "run-a", range(3))
    started = time.monotonic()
    with pytest.raises(WarehouseBusy) as failure:
        load_in_child(db, run_dir, {"run_id": "run-a", "flow": "nightly"})
    assert time.monotonic() - started < 30
    message = str(failure.value)
    assert f"PID {proc.pid}" in message and "\n" not in message
    mark_pending(run_dir, {"run_id": "run-a", "flow": "nightly"}, None)

    proc.kill()  # the analyst closes the session
    proc.wait(timeout=10)
    assert pending_runs(tmp_path / "staging") == [run_dir]
    result = CliRunner().invoke(app, ["load", "--pending", "--db", str(db), "--data-dir",
                                      str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "loaded pending run run-a" in result.stdout
    assert pending_runs(tmp_path / "staging") == []
    with reader(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert con.execute("SELECT run_id FROM crawl_runs").fetchall() == [("run-a",)]
