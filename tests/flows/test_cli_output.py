"""`warta sql` formats and `warta export`: what analysts take out of the warehouse."""

from __future__ import annotations

import csv
import json
from decimal import Decimal

import duckdb
import pytest
from site_server import free_port
from typer.testing import CliRunner

from flows.cli import app
from warehouse import db

runner = CliRunner()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO articles (canonical_url, url, outlet, title, published_at, "
                    "text, text_hash) VALUES ('https://a.test/1', 'https://a.test/1', 'langgam',"
                    " 'Apel\nnetralitas, \"ASN\"', '2024-09-30 17:30:00+00', 'x', 'h')")
        con.execute("INSERT INTO events (event_id, canonical_url, event_date, activities, "
                    "officials) VALUES ('e1', 'https://a.test/1', DATE '2024-09-26', "
                    "['apel', 'ikrar'], '[{\"title\": \"Sekda\", \"name\": \"Rina\"}]')")
    return str(path)


def sql(warehouse, *args):
    return runner.invoke(app, ["sql", "SELECT title, published_at FROM articles",
                               "--db", warehouse, *args])


def test_table_keeps_one_line_per_row_and_names_the_warehouse(warehouse):
    result = sql(warehouse)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["title", "published_at"]
    assert len(lines) == 3 and "⏎" in lines[2]
    assert f"warehouse: {warehouse}" in result.stderr


def test_csv_and_json_round_trip(warehouse, tmp_path):
    out = sql(warehouse, "--format", "csv")
    rows = list(csv.reader(out.stdout.splitlines(keepends=True)))
    assert rows[1][0] == 'Apel\nnetralitas, "ASN"'
    data = json.loads(sql(warehouse, "--format", "json").stdout)
    assert data[0]["title"] == 'Apel\nnetralitas, "ASN"'
    assert data[0]["published_at"].startswith("2024-")  # ISO 8601, as the session's zone shows it
    target = tmp_path / "q.parquet"
    assert sql(warehouse, "--format", "parquet", "--output", str(target)).exit_code == 0
    assert duckdb.sql(f"SELECT title FROM '{target}'").fetchall() == [('Apel\nnetralitas, "ASN"',)]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "parquet"])
def test_output_into_a_folder_not_made_yet(warehouse, tmp_path, fmt):
    """--output's check accepts a folder it can create; writing then creates it (as report
    and health do) instead of failing on it."""
    target = tmp_path / "new" / "deeper" / f"q.{fmt}"
    result = sql(warehouse, "--format", fmt, "--output", str(target))
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0


def test_parquet_to_the_terminal_and_bad_sql_are_short_errors(warehouse):
    result = sql(warehouse, "--format", "parquet")
    assert result.exit_code == 2 and "--output" in result.stderr
    bad = runner.invoke(app, ["sql", "SELEC 1", "--db", warehouse])
    assert bad.exit_code == 2 and "SQL error" in bad.stderr and "Traceback" not in bad.output
    missing = runner.invoke(app, ["sql", "SELECT 1", "--db", warehouse + ".nope"])
    assert missing.exit_code == 2 and "no warehouse" in missing.stderr


def test_export_writes_every_mart_as_csv_and_parquet(warehouse, tmp_path):
    result = runner.invoke(app, ["export", "--db", warehouse, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    events = list(csv.DictReader(open(tmp_path / "fct_events.csv", encoding="utf-8")))
    assert len(events) == 1 and events[0]["event_date"] == "2024-09-26"
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'fct_articles.parquet'}'"
                      ).fetchall() == [(1,)]
    assert (tmp_path / "v_events_per_province_month.parquet").exists()
    per_day = list(csv.DictReader(open(tmp_path / "v_articles_per_day.csv", encoding="utf-8")))
    assert sum(int(row["articles"]) for row in per_day) >= 1


@pytest.mark.parametrize("args", [["-"], []])
def test_the_query_is_read_from_stdin(warehouse, args):
    """``warta sql -``, or no query with stdin not a terminal, reads the SQL from stdin
    (a query too long or too quoted for the shell, or one kept in a file)."""
    result = runner.invoke(app, ["sql", *args, "--db", warehouse, "--format", "csv"],
                           input="SELECT title\nFROM articles;\n")
    assert result.exit_code == 0, result.output
    assert list(csv.reader(result.stdout.splitlines(keepends=True))) == [
        ["title"], ['Apel\nnetralitas, "ASN"']]


@pytest.mark.parametrize("given", ["", "  ;\n"])
def test_an_empty_stdin_is_the_empty_query_error(warehouse, given):
    result = runner.invoke(app, ["sql", "-", "--db", warehouse], input=given)
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1].startswith("no query given")


def test_a_query_with_bytes_that_are_not_utf8_is_one_line(warehouse):
    """Undecodable bytes reach Python as surrogates (from argv or a C locale's stdin);
    DuckDB would abort on them with "std::bad_cast" and a traceback."""
    for args, given in ((["SELECT 'Sleman \udcff'"], None), (["-"], b"SELECT 'Sleman \xff'")):
        result = runner.invoke(app, ["sql", *args, "--db", warehouse], input=given)
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        assert result.stderr.strip().splitlines()[-1].startswith("the query is not UTF-8")


@pytest.mark.parametrize("query", [
    "COPY (SELECT 1) TO '{target}' (FORMAT csv)",
    "COPY (SELECT 1) TO '{warehouse}' (FORMAT csv)",
    "EXPORT DATABASE '{folder}'",
    "ATTACH '{target}' AS other",
    "INSTALL json",
    "LOAD json",
    "SET threads = 1",
    "CHECKPOINT",
    "DELETE FROM articles",
    "SELECT 1; COPY (SELECT 1) TO '{target}' (FORMAT csv)",
])
def test_sql_only_reads(warehouse, tmp_path, query):
    """COPY ... TO, EXPORT, ATTACH, INSTALL/LOAD and any other statement that is not a
    query are refused as DELETE is: one line, exit 2, nothing written."""
    before = open(warehouse, "rb").read()
    query = query.format(target=tmp_path / "x.csv", warehouse=warehouse,
                         folder=tmp_path / "dump")
    result = runner.invoke(app, ["sql", query, "--db", warehouse])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1].startswith("SQL error: ")
    assert len(result.stderr.strip().splitlines()) == 2  # the warehouse's name, the error
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []
    assert open(warehouse, "rb").read() == before


def test_queries_of_every_shape_still_run(warehouse, tmp_path):
    for query in ("WITH a AS (SELECT 1 AS n) SELECT * FROM a", "FROM articles",
                  "DESCRIBE articles", "SHOW TABLES", "SUMMARIZE articles", "VALUES (1)",
                  "SELECT 1; SELECT 2"):
        result = runner.invoke(app, ["sql", query, "--db", warehouse])
        assert result.exit_code == 0, (query, result.output)
    target = tmp_path / "q.csv"
    result = runner.invoke(app, ["sql", "SELECT 1 AS n", "--db", warehouse, "--format", "csv",
                                 "--output", str(target)])
    assert result.exit_code == 0 and target.read_text() == "n\n1\n"


def test_an_export_whose_mart_fails_writes_nothing_and_says_so_in_one_line(tmp_path):
    """A mart whose query fails partway (here a view replaced by a failing one) ends the
    export in one line, exit 2; the files of the marts before it are not left behind either,
    and a previous export in the folder stays as it was: all the files or none."""
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO outlets VALUES ('langgam', 'Langgam', 'Asia/Jakarta', 'wp', "
                    "['langgam.id'], true)")
    out = tmp_path / "export"
    result = runner.invoke(app, ["export", "--db", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with duckdb.connect(str(path)) as con:  # a mart in the middle of the export breaks
        con.execute("CREATE OR REPLACE VIEW v_outlet_coverage AS SELECT CASE WHEN range < "
                    "150000 THEN range ELSE error('mart rusak') END AS n FROM range(200000)")
    result = runner.invoke(app, ["export", "--db", str(path), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.output  # no traceback
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "v_outlet_coverage" in lines[1] and "mart rusak" in lines[1], lines
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    fresh = tmp_path / "fresh"
    result = runner.invoke(app, ["export", "--db", str(path), "--out", str(fresh)])
    assert result.exit_code == 2, result.output
    assert not fresh.exists() or list(fresh.iterdir()) == []


@pytest.mark.parametrize("args", [["report", "--out", "{out}/r.html"],
                                  ["serve", "--snapshot", "{out}/s.sqlite", "--port", "{port}"]])
def test_a_failing_mart_in_report_or_serve_is_one_line(tmp_path, monkeypatch, args):
    """report and serve read the marts too: one of them failing is one line, exit 2, and
    nothing written, as in export."""
    import os

    path = tmp_path / "w.duckdb"
    with db.writer(path):
        pass
    with duckdb.connect(str(path)) as con:
        for view in ("v_occasions_per_outlet", "fct_articles"):  # one of each one's marts
            con.execute(f"CREATE OR REPLACE VIEW {view} AS SELECT error('mart rusak') AS n")
    monkeypatch.setattr(os, "execv", lambda *a: pytest.fail("serve started Datasette"))
    out = tmp_path / "out"
    result = runner.invoke(app, [a.format(out=out, port=free_port()) for a in args]
                           + ["--db", str(path)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.output  # no traceback
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[1].startswith("SQL error: "), lines
    assert not out.exists() or list(out.iterdir()) == []


def test_an_export_with_a_folder_in_the_way_of_a_file_keeps_the_previous_one(tmp_path):
    """A folder named as one of the later files (fct_occasions.parquet) cannot be replaced:
    one line naming it, exit 2, and the files exported before stay as they were (none of
    them replaced by the new export), the folder untouched, no temporary file left."""
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO outlets VALUES ('langgam', 'Langgam', 'Asia/Jakarta', 'wp', "
                    "['langgam.id'], true)")
    out = tmp_path / "export"
    assert runner.invoke(app, ["export", "--db", str(path), "--out", str(out)]).exit_code == 0
    (out / "fct_occasions.parquet").unlink()
    (out / "fct_occasions.parquet").mkdir()  # in the way, after the first files' marts
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    with db.writer(path) as con:  # the next export would differ from the one in the folder
        con.execute("INSERT INTO outlets VALUES ('minangsatu', 'Minangsatu', 'Asia/Jakarta', "
                    "'custom', ['minangsatu.com'], true)")
    result = runner.invoke(app, ["export", "--db", str(path), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit), result.output  # no traceback
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and "fct_occasions.parquet" in lines[1], lines
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert (out / "fct_occasions.parquet").is_dir()


def test_numbers_beyond_64_bits_come_out_exactly(tmp_path):
    """HUGEINT, UBIGINT and wide DECIMAL values in sql's JSON, CSV and table, and in export's
    CSV and Parquet: the digits as in the warehouse (before: the DECIMAL was rounded to a
    float everywhere, and Parquet rounded the HUGEINT to a DOUBLE)."""
    from big_numbers import AT, HUGE, ID, UNSIGNED, WIDE, big_numbers_warehouse

    path = str(big_numbers_warehouse(tmp_path))
    query = f"SELECT huge, unsigned, wide, small_sum FROM v_outlet_coverage WHERE n IN (7, {AT})"
    done = {fmt: runner.invoke(app, ["sql", query, "--db", path, "--format", fmt])
            for fmt in ("json", "csv", "table")}
    assert all(r.exit_code == 0 for r in done.values()), {f: r.output for f, r in done.items()}
    # a DECIMAL column is numbers throughout, with the digits as stored (before: 7.5 a number
    # and the wide value a string in the same column)
    assert json.loads(done["json"].stdout, parse_float=Decimal) == [
        {"huge": 7, "unsigned": 7, "wide": Decimal("7.50"), "small_sum": 7},
        {"huge": int(HUGE), "unsigned": int(UNSIGNED), "wide": Decimal(WIDE), "small_sum": AT}]
    assert f'"wide": {WIDE},' in done["json"].stdout
    assert list(csv.reader(done["csv"].stdout.splitlines()))[2] == [HUGE, UNSIGNED, WIDE,
                                                                    str(AT)]
    assert done["table"].stdout.splitlines()[3].split() == [HUGE, UNSIGNED, WIDE, str(AT)]
    ids = runner.invoke(app, ["sql", "SELECT id, [id] AS ids FROM v_outlet_coverage LIMIT 1",
                              "--db", path, "--format", "json"])  # before: a TypeError
    assert json.loads(ids.stdout) == [{"id": ID, "ids": [ID]}], ids.output
    out = tmp_path / "export"
    result = runner.invoke(app, ["export", "--db", path, "--out", str(out)])
    assert result.exit_code == 0, result.output
    with (out / "v_outlet_coverage.csv").open(newline="") as f:
        assert next(r for r in csv.DictReader(f) if r["n"] == str(AT))["huge"] == HUGE
    (parquet,) = duckdb.sql(f"SELECT huge, unsigned, wide, small_sum FROM "
                            f"'{out / 'v_outlet_coverage.parquet'}' WHERE n = {AT}").fetchall()
    assert tuple(map(str, parquet)) == (HUGE, UNSIGNED, WIDE, f"{AT}.0")
