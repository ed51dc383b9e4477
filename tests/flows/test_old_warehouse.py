"""Reading commands on a warehouse last written by an older warta (flows/cli_common.open_reader):
its schema is brought up to date first, or a one-line error says how."""

from __future__ import annotations

import json
from contextlib import contextmanager

import duckdb
import pytest
from conftest import ARCHIVE
from typer.testing import CliRunner

from flows import inputs
from flows.cli import app
from warehouse import db

runner = CliRunner()


def old_warehouse(path, *, migration: str | None = "010_event_offices.sql") -> str:
    """A current warehouse turned into one an older warta left: ``migration`` not applied (its
    column gone) and views of another version."""
    with db.writer(path) as con:
        con.execute("INSERT INTO articles (canonical_url, url, outlet, title, published_at, "
                    "text, text_hash) VALUES ('https://a.test/1', 'https://a.test/1', "
                    "'langgam', 'Apel', '2024-09-30 17:30:00+00', 'x', 'h')")
        con.execute("INSERT INTO events (event_id, canonical_url, officials) VALUES "
                    "('e1', 'https://a.test/1', '[{\"title\": \"Bupati\", \"name\": null}]')")
    con = duckdb.connect(str(path))
    views = [r[0] for r in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
    for view in views:
        con.execute(f"DROP VIEW IF EXISTS {view} CASCADE")
    con.execute(f"UPDATE {db.VIEWS_TABLE} SET checksum = 'old'")
    if migration:
        con.execute(f"DELETE FROM {db.MIGRATIONS_TABLE} WHERE version = ?", [migration])
        con.execute("ALTER TABLE events DROP COLUMN offices")
        con.execute("UPDATE events SET officials = "
                    "'[{\"title\": \"Bupati\", \"name\": null}]'")
    con.close()
    return str(path)


def read_offices(path: str):
    return runner.invoke(app, ["sql", "SELECT event_id, officials, offices FROM fct_events",
                               "--db", path, "--format", "json"])


def test_a_migration_behind_is_applied_before_reading(tmp_path):
    path = old_warehouse(tmp_path / "w.duckdb")
    result = read_offices(path)
    assert result.exit_code == 0, result.output
    assert "schema brought up to date (010_event_offices.sql, views)" in result.stderr
    (row,) = json.loads(result.stdout)
    assert json.loads(row["officials"]) == []
    assert json.loads(row["offices"]) == [{"title": "Bupati", "region": None}]
    with db.reader(path) as con:
        assert db.schema_behind(con) == []
        officials, offices = con.execute("SELECT officials, offices FROM events").fetchone()
    assert officials == "[]" and "Bupati" in offices


def test_views_of_another_version_are_rebuilt(tmp_path):
    path = old_warehouse(tmp_path / "w.duckdb", migration=None)
    with db.reader(path) as con:
        assert db.schema_behind(con) == ["views"]
    result = read_offices(path)
    assert result.exit_code == 0, result.output
    assert "schema brought up to date (views)" in result.stderr


def test_a_current_warehouse_is_only_read(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.writer(path):
        pass
    with db.reader(path) as con:
        assert db.schema_behind(con) == []
    result = read_offices(str(path))
    assert result.exit_code == 0, result.output
    assert "brought up to date" not in result.stderr


def test_an_old_warehouse_this_user_cannot_write_is_one_line_and_exit_2(tmp_path, monkeypatch):
    path = old_warehouse(tmp_path / "w.duckdb")
    checks = inputs.warehouse

    def read_only_file(db_path, *, write):
        if write:
            raise inputs.InputError(f"--db {db_path}: not writable")
        return checks(db_path, write=write)

    monkeypatch.setattr(inputs, "warehouse", read_only_file)
    result = read_offices(path)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: --db {path}: written by an older warta (behind: 010_event_offices.sql, "
        "views) and not writable here; run `warta load` on it once as its owner")
    with db.reader(path) as con:  # nothing was written
        assert "010_event_offices.sql" in db.schema_behind(con)


@pytest.mark.parametrize("command", [["report", "--out"], ["export", "--out"]])
def test_other_reading_commands_update_an_old_warehouse_too(tmp_path, command):
    path = old_warehouse(tmp_path / "w.duckdb")
    out = tmp_path / ("r.html" if command[0] == "report" else "out")
    result = runner.invoke(app, [*command, str(out), "--db", path])
    assert result.exit_code == 0, result.output
    assert "schema brought up to date" in result.stderr


def test_a_warehouse_of_a_newer_warta_is_read_as_it_is(tmp_path):
    """A migration this warta lacks: the warehouse is newer, and rebuilding its views from
    this warta's files would put older views over its newer tables."""
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute(f"INSERT INTO {db.MIGRATIONS_TABLE} (version, checksum) "
                    "VALUES ('999_from_the_future.sql', 'x')")
        con.execute(f"UPDATE {db.VIEWS_TABLE} SET checksum = 'newer'")
    result = read_offices(str(path))
    assert result.exit_code == 0, result.output
    assert "written by a newer warta (999_from_the_future.sql); read as it is" in result.stderr
    assert "brought up to date" not in result.stderr
    with db.reader(path) as con:  # nothing was written
        assert con.execute(f"SELECT checksum FROM {db.VIEWS_TABLE}").fetchall() == [("newer",)]


@pytest.mark.parametrize("command", [["ingest", str(ARCHIVE)], ["reprocess"],
                                     ["crawl", "--replay", str(ARCHIVE)]])
def test_a_warehouse_of_a_newer_warta_is_not_written(tmp_path, command):
    """Every writer rebuilt its views from this warta's files over the newer tables and
    loaded rows that leave the newer columns empty; now one line, exit 2, nothing written.
    The loader refuses it too (a deployment's run, a pending load)."""
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute(f"INSERT INTO {db.MIGRATIONS_TABLE} (version, checksum) "
                    "VALUES ('999_from_the_future.sql', 'x')")
        con.execute(f"UPDATE {db.VIEWS_TABLE} SET checksum = 'newer'")
    result = runner.invoke(app, [*command, "--db", str(path), "--data-dir",
                                 str(tmp_path / "d")])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        f"error: --db {path}: written by a newer warta (999_from_the_future.sql); update "
        "warta to write it (sql, export, serve and report read it as it is)"]
    with pytest.raises(db.NewerWarehouse, match="999_from_the_future.sql"), db.writer(path):
        pass
    with db.reader(path) as con:  # nothing was written
        assert con.execute(f"SELECT checksum FROM {db.VIEWS_TABLE}").fetchall() == [("newer",)]
    assert not (tmp_path / "d").exists()


def test_an_old_warehouse_another_program_keeps_locked_is_one_line(tmp_path, monkeypatch):
    """The update needs the writer's lock: past the wait (an open DuckDB session) the command
    says so in one line instead of a traceback."""
    path = old_warehouse(tmp_path / "w.duckdb")

    @contextmanager
    def locked(db_path, timeout=600.0, on_wait=None):
        raise db.WarehouseLocked(f"warehouse {db_path} is locked by PID 1 (duckdb) for over 60 s")
        yield

    monkeypatch.setattr(db, "writer", locked)
    result = read_offices(path)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: --db {path}: written by an older warta (behind: 010_event_offices.sql, views) "
        f"and not updated: warehouse {path} is locked by PID 1 (duckdb) for over 60 s")


def foreign_file(path) -> str:
    """A DuckDB file another program made: a table named as warta's, none of warta's own."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE articles (judul VARCHAR)")
    con.execute("CREATE TABLE catatan (isi VARCHAR)")
    con.close()
    return str(path)


def foreign_tables(path: str) -> set[str]:
    con = duckdb.connect(path, read_only=True)
    try:
        return db.tables(con)
    finally:
        con.close()


@pytest.mark.parametrize("command", [["sql", "SELECT count(*) FROM articles"], ["export"],
                                     ["load", "--pending"]])
def test_a_file_of_another_program_is_refused_untouched(tmp_path, command):
    path = foreign_file(tmp_path / "lain.duckdb")
    extra = ["--out", str(tmp_path / "out")] if command == ["export"] else []
    extra += ["--data-dir", str(tmp_path / "data")] if command[0] == "load" else []
    result = runner.invoke(app, [*command, "--db", path, *extra])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1].startswith(
        f"error: not a warta warehouse: --db {path}")
    assert foreign_tables(path) == {"articles", "catatan"}


def test_the_warehouse_opens_refuse_a_file_of_another_program(tmp_path):
    path = foreign_file(tmp_path / "lain.duckdb")
    with pytest.raises(db.NotAWarehouse, match="not a warta warehouse"):
        with db.writer(path):
            pass
    with pytest.raises(db.NotAWarehouse):
        with db.reader(path):
            pass
    assert foreign_tables(path) == {"articles", "catatan"}
    new = tmp_path / "baru.duckdb"
    duckdb.connect(str(new)).close()  # an empty DuckDB file becomes a warehouse
    with db.writer(new):
        pass
