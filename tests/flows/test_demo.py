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


def test_the_demo_prints_its_articles_twice_in_a_row(tmp_path, prefect_harness):
    args = ["demo", "--db", str(tmp_path / "demo.duckdb"), "--data-dir", str(tmp_path / "d")]
    for stdin in ("", "SELECT 'not the demo' AS piped"):
        result = CliRunner().invoke(app, args, input=stdin)
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output and result.exception is None
        lines = result.stdout.splitlines()
        table = lines.index(next(line for line in lines if line.split()[:2] == ["outlet",
                                                                                 "published"]))
        assert sum(" langgam " in f" {line} " for line in lines[table:]) >= 2
        assert "not the demo" not in result.stdout


def test_the_demo_run_whole_lists_every_loaded_article_with_stdin_left_open(tmp_path):
    """The command in a process of its own, its stdin a pipe the test keeps open: the
    listing is the demo's own query, printed in full, and the command ends."""
    reader, writer = os.pipe()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from flows.cli import main; main()", "demo",
         "--db", str(tmp_path / "demo.duckdb"), "--data-dir", str(tmp_path / "demo")],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=reader,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=240)
    finally:
        proc.kill()
        os.close(reader)
        os.close(writer)
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err and "waiting for the query" not in err
    with duckdb.connect(str(tmp_path / "demo.duckdb"), read_only=True) as con:
        titles = [t for (t,) in con.execute("SELECT title FROM articles").fetchall()]
    assert titles
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split() == ["outlet", "published",
                                                                         "title"])
    listed = lines[header + 2:header + 2 + len(titles)]
    assert len(listed) == len(titles) and all(line.strip() for line in listed)
    assert lines[header + 2 + len(titles)] == ""  # the listing holds every article, no more
    assert f"The demo warehouse is {tmp_path / 'demo.duckdb'}" in out
