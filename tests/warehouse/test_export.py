"""`warta sql`'s printer (warehouse/export.py): a result is fetched a batch at a time
(DuckDB's fetchmany), never all at once, and printed as it comes."""

from __future__ import annotations

import csv
import json
from decimal import Decimal

import duckdb
import pytest

from warehouse.export import write_query


class OnlyBatches:
    """A connection whose results refuse fetchall and count their fetchmany calls."""

    def __init__(self, con):
        self.con, self.fetches = con, 0

    def execute(self, query):
        result, outer = self.con.execute(query), self

        class Result:
            description = result.description

            def fetchmany(self, size):
                outer.fetches += 1
                return result.fetchmany(size)

            def fetchall(self):
                raise AssertionError("the whole result was fetched at once")

        return Result()

    def extract_statements(self, query):
        return self.con.extract_statements(query)


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_rows_are_fetched_a_batch_at_a_time_as_they_print(fmt):
    con = OnlyBatches(duckdb.connect())
    lines = write_query(con, "SELECT range AS n, 'Desa Sukamaju' AS desa FROM range(100000)",
                        fmt, batch=100)
    first = [next(lines) for _ in range(4)]
    assert con.fetches == 1, first  # nothing beyond the first batch yet
    rest = list(lines)
    assert con.fetches == 1001  # 1000 batches, then the empty fetch that ends them
    text = "\n".join(first + rest)
    if fmt == "json":
        assert json.loads(text)[99_999] == {"n": 99_999, "desa": "Desa Sukamaju"}
    elif fmt == "csv":
        assert list(csv.reader(text.splitlines()))[-1] == ["99999", "Desa Sukamaju"]
    else:
        assert len(first + rest) == 2 + 100_000


@pytest.mark.parametrize("rows", [0, 1, 3])
def test_json_and_csv_print_as_one_document(rows):
    """The batches join into the same JSON and CSV as one whole result: an empty one too."""
    con = duckdb.connect()
    query = f"SELECT range AS n, ['apel', 'ikrar'] AS kegiatan FROM range({rows})"
    got = json.loads("\n".join(write_query(con, query, "json", batch=2)))
    assert got == [{"n": n, "kegiatan": ["apel", "ikrar"]} for n in range(rows)]
    table = list(csv.reader("\n".join(write_query(con, query, "csv", batch=2)).splitlines()))
    assert table == [["n", "kegiatan"], *([str(n), '["apel", "ikrar"]'] for n in range(rows))]


def test_a_decimal_column_is_exact_numbers_in_json_and_text_stays_text():
    """Every DECIMAL is a JSON number with its stored digits, inside lists and structs too,
    however many digits it has; a string that looks like the writer's marking stays a string."""
    con = duckdb.connect()
    query = ("SELECT CAST(v AS DECIMAL(38, 3)) AS d, [CAST(v AS DECIMAL(38, 3))] AS ds, "
             "{'d': CAST(v AS DECIMAL(38, 3))} AS s, chr(0) || v || chr(0) AS t "
             "FROM (VALUES ('0.100'), ('-98765432109876543210987654321.125')) AS x(v)")
    text = "\n".join(write_query(con, query, "json", batch=1))
    got = json.loads(text, parse_float=Decimal)
    assert [row["d"] for row in got] == [Decimal("0.100"),
                                          Decimal("-98765432109876543210987654321.125")]
    assert [row["ds"] for row in got] == [[row["d"]] for row in got]
    assert [row["s"] for row in got] == [{"d": row["d"]} for row in got]
    assert [row["t"] for row in got] == ["\x000.100\x00",
                                          "\x00-98765432109876543210987654321.125\x00"]
    assert all(isinstance(row["d"], float) for row in json.loads(text))  # numbers, not text


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_map_whose_keys_are_not_text_prints_its_keys_as_text(fmt):
    """A MAP keyed by DECIMALs or dates prints as an object keyed by their text, as DuckDB's
    to_json writes it, instead of failing (JSON object keys are strings)."""
    con = duckdb.connect()
    query = ("SELECT MAP {CAST(1.5 AS DECIMAL(4, 2)): 'a'} AS m, "
             "MAP {DATE '2024-01-02': 1} AS d")
    text = "\n".join(write_query(con, query, fmt))
    if fmt == "json":
        assert json.loads(text) == [{"m": {"1.50": "a"}, "d": {"2024-01-02": 1}}]
    else:
        assert list(csv.reader(text.splitlines())) == [
            ["m", "d"], ['{"1.50": "a"}', '{"2024-01-02": 1}']]


def test_json_has_no_bare_nan_or_infinity():
    """A DOUBLE NaN or infinity is its name as a string (before: bare NaN and Infinity, which
    strict JSON parsers such as jq and JSON.parse refuse)."""
    con = duckdb.connect()
    query = ("SELECT v, [v] AS vs FROM (VALUES ('nan'::DOUBLE), ('inf'::DOUBLE), "
             "('-inf'::DOUBLE), (1.5::DOUBLE)) AS x(v)")
    text = "\n".join(write_query(con, query, "json"))
    got = json.loads(text, parse_constant=lambda name: pytest.fail(f"bare {name} in JSON"))
    assert [row["v"] for row in got] == ["NaN", "Infinity", "-Infinity", 1.5]
    assert [row["vs"] for row in got] == [[row["v"]] for row in got]


def test_the_table_shows_lists_structs_and_maps_as_json():
    """As CSV writes them, not as Python's repr (before: ['apel', 'ikrar'], {1: 'a'})."""
    con = duckdb.connect()
    query = ("SELECT ['apel', 'ikrar'] AS k, {'a': 1, 'b': 'it''s'} AS s, "
             "map {1: 'a'} AS m, [DATE '2024-09-26'] AS d")
    lines = list(write_query(con, query, "table"))
    assert lines[2].split("  ") == ['["apel", "ikrar"]', '{"a": 1, "b": "it\'s"}',
                                    '{"1": "a"}', '["2024-09-26"]']


def test_the_table_keeps_its_width_limit_and_aligns_each_batch():
    """Cells are cut at ``width``; the header is aligned on the first batch, and a later batch
    with a longer cell widens its column from there on (no line is held back for it)."""
    con = duckdb.connect()
    query = ("SELECT * FROM (VALUES (1, 'Aceh'), (2, 'Bali'), (3, 'Kalimantan Tengah'), "
             "(4, 'Papua'), (5, '" + "x" * 80 + "')) t(n, provinsi)")
    lines = list(write_query(con, query, "table", width=20, batch=2))
    assert lines[0] == "n  provinsi"
    assert lines[2:4] == ["1  Aceh", "2  Bali"]
    assert lines[4:6] == ["3  Kalimantan Tengah", "4  Papua"]
    assert lines[6] == "5  " + "x" * 19 + "…"
    assert len(lines) == 7


def test_an_empty_result_prints_its_header():
    lines = list(write_query(duckdb.connect(), "SELECT 1 AS n WHERE false", "table"))
    assert lines == ["n", "-"]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "parquet"])
def test_a_result_that_fails_midway_leaves_the_previous_file_whole(tmp_path, fmt):
    """An error (or Ctrl-C) while rows are written to --output leaves the file as it was,
    never half of a new one, and no temporary file beside it."""
    con = duckdb.connect()
    output = tmp_path / f"hasil.{fmt}"
    write_query(con, "SELECT 1 AS n", fmt, output)
    before = output.read_bytes()
    failing = ("SELECT CASE WHEN range < 150000 THEN range ELSE error('rusak') END AS n "
               "FROM range(200000)")
    with pytest.raises(duckdb.Error, match="rusak"):
        write_query(con, failing, fmt, output, batch=1000)
    assert output.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [output.name]
