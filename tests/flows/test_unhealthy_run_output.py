"""An unhealthy run ends `warta crawl` with its summary and one FAILED line, no traceback.

A site that refuses every connection (a free port on 127.0.0.1 nobody listens on) makes the
outlet's crawl unhealthy: the run loads what there is, records itself failed and exits 1.
Before, Prefect's engine also printed the run's verdict (``RunFailed``) with a 25-line
traceback that repeated the FAILED line.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT
from site_server import free_port


def test_an_unhealthy_run_says_why_without_a_traceback(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_HOME": str(tmp_path / "prefect"),
           "PREFECT_LOGGING_LEVEL": "INFO", "WARTA_DOWNLOAD_DELAY": "0"}  # no pause between retries
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "crawl", "--outlet", "langgam",
         "--base-url", f"http://127.0.0.1:{free_port()}", "--db", str(tmp_path / "w.duckdb"),
         "--data-dir", str(tmp_path / "data")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "Traceback" not in output, output
    failed = [ln for ln in done.stderr.splitlines() if ln.startswith("FAILED: ")]
    assert len(failed) == 1 and "langgam: no discovery source could be fetched" in failed[0]
    # the summary still names the outlet's problem, and Prefect still says the run failed
    assert "langgam: " in done.stdout and "problem=" in done.stdout
    assert "Finished in state Failed" in output
