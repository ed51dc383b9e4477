"""Reading commands on a warehouse another program holds open for writing (an analyst's
`duckdb` session, here a real second process started and stopped by its PID): one line on
stderr says whom they wait for, once; after WARTA_LOCK_WAIT one line naming the holder, exit
2, no traceback, nothing written."""

from __future__ import annotations

import os
import socket

import pytest
from typer.testing import CliRunner
from warehouse_state import held_by_another_program

from flows.cli import app

runner = CliRunner()


@pytest.fixture()
def held(tmp_path):
    db = tmp_path / "w.duckdb"
    with held_by_another_program(db) as pid:
        yield db, pid


@pytest.mark.parametrize("args", [
    ["export", "--out", "{out}/export"],
    ["sql", "SELECT 1"],
    ["sql", "SELECT 1", "--format", "csv", "--output", "{out}/q.csv"],
    ["report", "--out", "{out}/r.html"],
    ["serve", "--snapshot", "{out}/s.sqlite", "--port", "{port}"],
    ["health", "--chart", "{out}/h.png"],
])
def test_a_held_warehouse_is_one_line_after_the_wait(held, tmp_path, monkeypatch, args):
    db, pid = held
    monkeypatch.setenv("WARTA_LOCK_WAIT", "2")
    monkeypatch.setattr(os, "execv", lambda *a: pytest.fail("serve started Datasette"))
    out = tmp_path / "out"
    with socket.socket() as free:  # a port nothing listens on: serve checks it first
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    result = runner.invoke(app, [a.format(out=out, port=port) for a in args] + ["--db", str(db)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.output  # no traceback
    lines = result.stderr.strip().splitlines()
    waits = [line for line in lines if "waiting" in line]
    assert len(waits) == 1 and f"PID {pid}" in waits[0], lines
    assert lines[-1].startswith("error: ") and f"locked by PID {pid}" in lines[-1], lines
    assert len(lines) <= 3, lines  # the warehouse's name, the wait, the error
    assert not out.exists()
