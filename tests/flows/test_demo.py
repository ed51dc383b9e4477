"""`warta demo`, as a new user runs it: twice, and with nothing, a query, or a pipe nobody
closes on stdin.

The demo ends by printing the articles it loaded. It called `warta sql`'s command function,
whose first parameter had become Typer's context, so its query string became the context, no
query was left, and every demo ended in a traceback after the load (a query piped on stdin
was run instead of the demo's; an open, silent stdin was waited on forever).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from flows.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_runs_twice_in_a_row_whatever_stdin_holds(tmp_path, prefect_harness):
    """First in this process with a query piped on stdin (never run), then again into the
    same warehouse as a process of its own whose stdin is a pipe the test keeps open: each
    run lists every loaded article with the demo's own query, and ends."""
    args = ["demo", "--db", str(tmp_path / "demo.duckdb"), "--data-dir", str(tmp_path / "d")]
    result = CliRunner().invoke(app, args, input="SELECT 'not the demo' AS piped")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and result.exception is None
    assert "not the demo" not in result.stdout
    listing(result.stdout, tmp_path / "demo.duckdb")

    reader, writer = os.pipe()
    proc = subprocess.Popen([sys.executable, "-c", "from flows.cli import main; main()", *args],
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdin=reader, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        out, err = proc.communicate(timeout=240)
    finally:
        proc.kill()
        os.close(reader)
        os.close(writer)
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err and "waiting for the query" not in err
    listing(out, tmp_path / "demo.duckdb")
    assert f"The demo warehouse is {tmp_path / 'demo.duckdb'}" in out


def listing(out: str, warehouse: Path) -> None:
    """``out`` lists every article of ``warehouse``, one line each, and no more."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        count = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert count
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split() == ["outlet", "published",
                                                                         "title"])
    listed = lines[header + 2:header + 2 + count]
    assert len(listed) == count and all(line.strip() for line in listed)
    assert lines[header + 2 + count] == ""
