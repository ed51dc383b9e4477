"""An output file of a reading command is never the warehouse: `sql --output`, `report
--out`, `health --chart` and `serve --snapshot` naming the warehouse (by any path: relative,
through a symlink), its write-ahead log or any other DuckDB file are refused in one line,
exit 2, and the file is left as it was."""

from __future__ import annotations

import os

import duckdb
import pytest
from typer.testing import CliRunner

from flows import inputs
from flows.cli import app
from warehouse.db import writer

runner = CliRunner()


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "w.duckdb"
    with writer(path):
        pass
    return path


def _commands(target: str, db: str) -> list[list[str]]:
    return [["sql", "SELECT 1 AS a", "--db", db, "--format", "csv", "--output", target],
            ["sql", "SELECT 1 AS a", "--db", db, "--output", target],
            ["report", "--db", db, "--out", target],
            ["health", "--db", db, "--chart", target],
            ["serve", "--db", db, "--snapshot", target]]


@pytest.mark.parametrize("which", range(5))
@pytest.mark.parametrize("how", ["same", "relative", "symlink", "wal", "other_duckdb"])
def test_the_warehouse_is_never_an_output(db, tmp_path, monkeypatch, which, how):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(os, "execv", lambda *a: pytest.fail("serve started Datasette"))
    other = tmp_path / "notes.db"
    duckdb.connect(str(other)).close()
    link = tmp_path / "link.csv"
    link.symlink_to(db)
    target = {"same": str(db), "relative": os.path.join(".", "sub", "..", db.name),
              "symlink": str(link), "wal": f"{db}.wal", "other_duckdb": str(other)}[how]
    before = {p: p.read_bytes() for p in (db, other)}
    result = runner.invoke(app, _commands(target, str(db))[which])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: ") and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "warehouse" in result.stderr or "DuckDB" in result.stderr
    assert {p: p.read_bytes() for p in (db, other)} == before
    assert not (tmp_path / f"{db.name}.wal").exists()


def test_the_check_names_the_warehouse(db, tmp_path):
    with pytest.raises(inputs.InputError, match=f"^--output is the warehouse {db}$"):
        inputs.output_file(db, "--output", warehouse=db)
    with pytest.raises(inputs.InputError, match="write-ahead log"):
        inputs.output_file(f"{db}.wal", "--output", warehouse=db)
    with pytest.raises(inputs.InputError, match="is a DuckDB database file"):
        inputs.output_file(db, "--out")
    assert inputs.output_file(tmp_path / "w.csv", "--output", warehouse=db)
