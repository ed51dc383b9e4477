"""Reading commands on a warehouse another program holds open for writing (an analyst's
`duckdb` session, here a real second process started and stopped by its PID): one line on
stderr says whom they wait for, once; after WARTA_LOCK_WAIT one line naming the holder, exit
2, no traceback, nothing written."""

from __future__ import annotations

import os
import socket
from contextlib import ExitStack

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


COMMANDS = [
    ["export", "--out", "{out}/export"],
    ["sql", "SELECT 1"],
    ["sql", "SELECT 1", "--format", "csv", "--output", "{out}/q.csv"],
    ["report", "--out", "{out}/r.html"],
    ["serve", "--snapshot", "{out}/s.sqlite", "--port", "{port}"],
    ["health", "--chart", "{out}/h.png"],
]


def _free_port() -> int:
    with socket.socket() as free:  # a port nothing listens on: serve checks it first
        free.bind(("127.0.0.1", 0))
        return free.getsockname()[1]


@pytest.mark.parametrize("args", COMMANDS)
def test_a_held_warehouse_is_one_line_after_the_wait(held, tmp_path, monkeypatch, args):
    db, pid = held
    monkeypatch.setenv("WARTA_LOCK_WAIT", "2")
    monkeypatch.setattr(os, "execv", lambda *a: pytest.fail("serve started Datasette"))
    out = tmp_path / "out"
    port = _free_port()
    result = runner.invoke(app, [a.format(out=out, port=port) for a in args] + ["--db", str(db)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.output  # no traceback
    lines = result.stderr.strip().splitlines()
    waits = [line for line in lines if "waiting" in line]
    assert len(waits) == 1 and f"PID {pid}" in waits[0], lines
    assert lines[-1].startswith("error: ") and f"locked by PID {pid}" in lines[-1], lines
    assert len(lines) <= 3, lines  # the warehouse's name, the wait, the error
    assert not out.exists()


@pytest.mark.parametrize("args", COMMANDS)
@pytest.mark.parametrize("taken_at", [2, 3, 4])
def test_the_warehouse_taken_before_any_later_open_is_the_same_wait(tmp_path, monkeypatch,
                                                                    args, taken_at):
    """Another program may take the warehouse between a command's opens of it (a check, then
    the reading): whichever open finds it held says so once and ends in one line, exit 2, as
    the first does; a command that opens it fewer times than that simply reads it."""
    import duckdb
    from warehouse_state import held_by_another_program as hold

    from warehouse.db import writer

    db = tmp_path / "w.duckdb"
    with writer(db):
        pass
    monkeypatch.setenv("WARTA_LOCK_WAIT", "2")
    monkeypatch.setattr(os, "execv", lambda *a: None)  # Datasette: not started here
    real_connect, opens, holder = duckdb.connect, [], ExitStack()

    def connect(database=":memory:", read_only=False, *rest, **kw):
        if str(database) == str(db) and read_only:
            opens.append(database)
            if len(opens) == taken_at:  # the program takes it just before this open
                pids.append(holder.enter_context(hold(db)))
        return real_connect(database, read_only, *rest, **kw)

    pids: list[int] = []
    monkeypatch.setattr(duckdb, "connect", connect)
    out = tmp_path / "out"
    with holder:
        result = runner.invoke(app, [a.format(out=out, port=_free_port()) for a in args]
                               + ["--db", str(db)])
    lines = result.stderr.strip().splitlines()
    if not pids:  # it opened the warehouse fewer times: it read it
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.output  # no traceback
    waits = [line for line in lines if "waiting" in line]
    assert len(waits) == 1 and f"PID {pids[0]}" in waits[0], lines
    assert lines[-1].startswith("error: ") and f"locked by PID {pids[0]}" in lines[-1], lines
    assert len(lines) <= 3, lines
    assert not out.exists()
