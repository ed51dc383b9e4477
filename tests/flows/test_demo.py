"""`warta demo`, the README's offline command, run whole as a user runs it: the nightly flow
over the bundled archive, then the articles it loaded printed from the demo warehouse."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("open_pipe", [False, True], ids=["stdin-empty", "stdin-open-pipe"])
def test_demo_runs_and_prints_every_loaded_article(tmp_path, open_pipe):
    """Whatever stdin is (empty, as under cron; a pipe nobody writes to and nobody closes),
    the demo's closing listing is its own query, never one read from stdin."""
    reader, writer = os.pipe()  # the test keeps the writing end open while the demo runs
    stdin = reader if open_pipe else subprocess.DEVNULL
    proc = subprocess.Popen(
        [sys.executable, "-c", "from flows.cli import main; main()", "demo",
         "--db", str(tmp_path / "demo.duckdb"), "--data-dir", str(tmp_path / "demo")],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=stdin,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=240)
    finally:
        proc.kill()
        os.close(reader)
        os.close(writer)
    assert proc.returncode == 0, err[-3000:]
    assert "Traceback" not in err and "Missing argument" not in err
    with duckdb.connect(str(tmp_path / "demo.duckdb"), read_only=True) as con:
        titles = [t for (t,) in con.execute("SELECT title FROM articles").fetchall()]
    assert titles
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split() == ["outlet", "published",
                                                                         "title"])
    listed = lines[header + 2:header + 2 + len(titles)]
    assert len(listed) == len(titles) and all(line.strip() for line in listed)
    assert {line.split()[0] for line in listed} <= {"antara", "infopublik", "langgam",
                                                    "minangsatu", "padangkita", "suarakendari"}
    assert lines[header + 2 + len(titles)] == ""  # the listing holds every article, no more
    assert f"The demo warehouse is {tmp_path / 'demo.duckdb'}" in out
