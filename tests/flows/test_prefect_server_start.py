"""Prefect's temporary server that does not start (here: given one second to) ends the run
with one FAILED line naming the server's log, exit 1, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT


def test_a_temporary_server_that_does_not_start_is_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PYTHONPATH=str(ROOT), PREFECT_HOME=str(tmp_path / "prefect"),
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="1")
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "crawl", "--replay",
         str(ROOT / "tests" / "fixtures" / "archive" / "outlets.warc.gz"),
         "--db", str(tmp_path / "w.duckdb"), "--data-dir", str(tmp_path / "data")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "Traceback" not in output, output
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("FAILED: Prefect's temporary server"), output
    assert str(tmp_path / "data" / "prefect-server.log") in lines[0]
    assert not (tmp_path / "w.duckdb").exists()
