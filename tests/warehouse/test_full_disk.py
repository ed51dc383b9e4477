"""A load whose COMMIT fails (the disk is full) fails with that reason, nothing else.

The loader runs in a child process whose files may not grow past a few hundred KB beyond
the warehouse's size (RLIMIT_FSIZE, SIGXFSZ ignored: writes fail with "File too large", as
on a full disk). DuckDB ends the transaction itself when its commit fails; a ROLLBACK after
it used to raise "cannot rollback - no transaction is active" over the real error. Once the
disk has room, the same run loads whole.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from staged_run import stage_run

from warehouse.db import reader, writer

LOAD_ON_A_FULL_DISK = """
import resource, signal, sys
from warehouse.load import load_run
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
room = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))
try:
    load_run(sys.argv[1], sys.argv[2], {"run_id": "run-a", "flow": "nightly"})
except Exception as exc:
    print(f"{type(exc).__name__}: {exc}")
    sys.exit(1)
print("loaded")
"""


def test_a_failed_commit_reports_its_own_reason_and_the_rerun_loads(tmp_path):
    db = tmp_path / "w.duckdb"
    with writer(db):
        pass
    run_dir = stage_run(tmp_path / "staging" / "run-a", "run-a", range(1500))
    room = db.stat().st_size + 200_000
    done = subprocess.run([sys.executable, "-c", LOAD_ON_A_FULL_DISK, str(db), str(run_dir),
                           str(room)], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 1, done.stdout + done.stderr
    error = done.stdout.strip().splitlines()[-1]
    assert "Failed to commit" in error and "File too large" in error, error
    assert "cannot rollback" not in done.stdout + done.stderr

    with reader(db) as con:  # nothing of the failed load, and the file opens
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    from warehouse.load import load_run

    report = load_run(db, run_dir, {"run_id": "run-a", "flow": "nightly"})
    assert report.articles_new == 1500
