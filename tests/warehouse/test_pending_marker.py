"""A run's ``load-pending.json`` that cannot be read (cut short by a crash before the disk
had it, edited by hand) stops no load: the runs' own loads go on without it and
`warta load --pending` names the run in one line, exit 1, never a traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli import app
from warehouse.db import writer
from warehouse.pending import MARKER, load_pending, pending_runs, unfinished_runs

DAMAGED = {"empty": b"", "cut short": b'{"run": {"run_id": "r", "flo',
           "not an object": b"[1, 2]", "no run": b'{"complete": true}',
           "not UTF-8": b'{"run": "\xff"}'}


@pytest.fixture(params=sorted(DAMAGED))
def damaged(request, tmp_path):
    run_dir = tmp_path / "data" / "staging" / "20260101T000000Z-abcd1234"
    run_dir.mkdir(parents=True)
    (run_dir / MARKER).write_bytes(DAMAGED[request.param])
    return run_dir


def test_a_damaged_marker_is_never_loaded_and_stops_no_load(damaged):
    staging = damaged.parent

    def load(*args, **kwargs):
        pytest.fail("a run whose marker cannot be read was loaded")

    assert load_pending("unused.duckdb", staging, load=load) == []
    assert pending_runs(staging) == []
    assert [run_dir for run_dir, _ in unfinished_runs(staging)] == [damaged]


def test_load_pending_names_a_damaged_marker_in_one_line(damaged, tmp_path):
    db = tmp_path / "w.duckdb"
    with writer(db):
        pass
    result = CliRunner().invoke(app, ["load", "--pending", "--db", str(db), "--data-dir",
                                      str(tmp_path / "data")])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.output  # no traceback
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"NOT LOADED: run {damaged.name}: its {MARKER} cannot be read"), line
