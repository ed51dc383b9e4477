"""A run whose data folder's disk is full ends in one line that says so, without tracebacks.

The failure was already the last line ("FAILED: OSError: [Errno 28] No space left on
device"), but Prefect's task and flow loggers printed its traceback twice above it, some 50
lines for a cause the line says whole.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ARCHIVE, ROOT

# the command, with every staged line's write failing as on a full disk
FULL_DISK = """
import errno, sys
from spiders import sinks

def full(self, row):
    raise OSError(errno.ENOSPC, "No space left on device")

sinks.JsonlSink.write = full
from flows.cli import main
sys.argv[0] = "warta"
main()
"""


def test_a_full_disk_is_one_line_and_no_traceback(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, "ingest", str(ARCHIVE), "--db",
         str(tmp_path / "w.duckdb"), "--data-dir", str(tmp_path / "d")],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
        text=True, timeout=300, check=False)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "FAILED: OSError: [Errno 28] No space left on device (a disk is full: make room, "
        "then run the command again)")
