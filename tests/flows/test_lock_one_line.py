"""A warehouse held by another program ends `warta ingest` in one clear line, no traceback.

A real second process holds DuckDB's lock (as an analyst's `duckdb data/warta.duckdb`
would; started and stopped by its PID). Before, the load's failure was followed by
Prefect's ~70-line traceback of the flow run; now the flow run and the load task report it
in one line each, and the command's last line is "FAILED: ... locked by PID <n> ...".
Nothing of the run outlives it: the temporary Prefect server used to stay (os._exit skipped
Prefect's clean-up), holding the caller's pipes open.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARCHIVE, ROOT
from warehouse_state import held_by_another_program


@pytest.mark.temporary_server  # it outlived the run
def test_a_foreign_lock_ends_the_run_in_one_line(tmp_path):
    db = tmp_path / "w.duckdb"
    with held_by_another_program(db) as holder_pid:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "WARTA_LOCK_WAIT": "2",
               "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_LOGGING_LEVEL": "INFO"}
        done = subprocess.run(
            [sys.executable, "-m", "flows.cli", "ingest", str(ARCHIVE), "--db", str(db),
             "--data-dir", str(tmp_path / "data"), "--workers", "1"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-5000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("FAILED: warehouse ") and f"locked by PID {holder_pid}" in last
    assert "warta load --pending" in last
    assert run_processes(tmp_path / "prefect") == []  # the temporary Prefect server too


def run_processes(prefect_home) -> list[int]:
    """Processes still running with the run's PREFECT_HOME (its temporary server)."""
    marker = f"PREFECT_HOME={prefect_home}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker in (entry / "environ").read_bytes().split(
                    b"\0") and (entry / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
                found.append(int(entry.name))
        except OSError:
            continue
    return found
