"""Results out of the warehouse: a query as a table, CSV, JSON or Parquet; the marts as files.

Reads through a read-only connection; CSV and Parquet files are written by DuckDB's COPY, so
types survive (dates, lists, JSON) and large results never pass through Python rows.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import textwrap
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

from warehouse.snapshot import exact_float, replace_whole, replaced_together

FORMATS = ("table", "csv", "json", "parquet")
BATCH = 1000  # rows fetched at a time for printing
# What `warta export` writes: the marts and the aggregates built on them.
EXPORTED = ("fct_events", "fct_articles", "dim_outlets", "dim_regions",
            "v_events_per_province_month", "v_integrity_pacts", "v_sanction_officials",
            "v_outlet_coverage", "fct_occasions", "fct_article_clusters",
            "v_occasions_per_province_month", "v_occasions_per_activity",
            "v_occasions_per_outlet", "v_integrity_pact_occasions", "v_sanction_official_occasions",
            "v_articles_per_day")


class ExportError(ValueError):
    """A request that cannot be answered as asked (e.g. Parquet to the terminal)."""


def _plain(value: Any, leaf: Callable[[Any], Any] | None = None) -> Any:
    """``value`` as JSON and CSV write it: a DECIMAL as a float when the float is the same
    number, else exactly (its integer, or its digits as text) rather than rounded; lists,
    structs and maps walked, each value in them passed to ``leaf`` first (a value it
    returns as it is goes on as here)."""
    if isinstance(value, list | tuple):
        return [_plain(v, leaf) for v in value]
    if isinstance(value, dict):
        return {_key(k): _plain(v, leaf) for k, v in value.items()}
    if leaf is not None and (mine := leaf(value)) is not value:
        return mine
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        number = exact_float(value)
        if number is not None:
            return number
        return int(value) if value == value.to_integral_value() else str(value)
    return value


def _key(key: Any) -> Any:
    """A MAP's key as a JSON object's: its text when JSON has no key of its type (a
    DECIMAL, a date), as DuckDB's ``to_json`` writes it."""
    if key is None or isinstance(key, str | int | float | bool):
        return key
    return key.isoformat() if isinstance(key, datetime | date) else str(key)


def _cell(value: Any, width: int) -> str:
    """A value as the table shows it: a list, a struct or a map as JSON, as CSV writes it
    (not Python's repr: ``['apel']``), any other value as its text."""
    text = ("" if value is None else
            json.dumps(_plain(value), ensure_ascii=False, default=str)
            if isinstance(value, list | tuple | dict) else str(_plain(value)))
    text = text.replace("\r", " ").replace("\n", " ⏎ ").replace("\t", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def table_lines(names: list[str], batches: Iterable[list[tuple]],
                width: int = 60) -> Iterator[str]:
    """Aligned columns, one line per row: line breaks inside values are shown, not printed,
    and a cell is cut at ``width``. Lines come a batch at a time, as they are fetched: the
    header is aligned on the first batch, and a later batch with a longer cell widens its
    column from there on (as psql's FETCH_COUNT prints), so no result is held whole."""
    widths: list[int] | None = None
    for rows in batches:
        cells = [[_cell(v, width) for v in row] for row in rows]
        wanted = [max([len(n), *(len(r[i]) for r in cells)]) for i, n in enumerate(names)]
        if widths is None:
            yield from _head(names, wanted)
        widths = [max(pair) for pair in zip(wanted, widths or wanted, strict=True)]
        for r in cells:
            yield "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
    if widths is None:  # no rows
        yield from _head(names, [len(n) for n in names])


def _head(names: list[str], widths: list[int]) -> list[str]:
    return ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
            "  ".join("-" * w for w in widths)]


def json_lines(names: list[str], batches: Iterable[list[tuple]]) -> Iterator[str]:
    """One JSON array of objects, as ``json.dumps(rows, indent=1)`` writes it, an object at
    a time. A DECIMAL is a JSON number with its exact digits, as PostgreSQL's ``to_json``
    writes ``numeric``: every value of a column one type, none rounded (a reader that wants
    the digits parses with ``parse_float=Decimal``)."""
    exact = _ExactNumbers()
    last = None
    for rows in batches:
        for row in rows:
            item = exact.dumps(dict(zip(names, row, strict=True)))
            yield "[" if last is None else last + ","
            last = textwrap.indent(item, " ")
    yield "[]" if last is None else last + "\n]"


class _ExactNumbers:
    """JSON with each DECIMAL written as the number it is. ``json`` writes a float's repr or
    a string, so a DECIMAL goes in as a string marked by a token of this writer (a control
    character and a random id: no text of the warehouse carries it) and the quotes around
    it are taken off the encoded text."""

    def __init__(self) -> None:
        self._token = f"\x00{uuid.uuid4().hex}:"
        self._quoted = re.compile(r'"\\u0000' + self._token[1:] + r'([-+.0-9Ee]+)\\u0000"')

    def _mark(self, value: Any) -> Any:
        if isinstance(value, Decimal) and value.is_finite():
            return f"{self._token}{value}\x00"
        if isinstance(value, float) and not math.isfinite(value):
            # JSON has no NaN or infinity: their names, as PostgreSQL's to_json writes them
            return "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
        return value

    def dumps(self, value: Any) -> str:
        text = json.dumps(_plain(value, self._mark), ensure_ascii=False, indent=1,
                          default=str, allow_nan=False)
        return self._quoted.sub(r"\1", text)


def csv_lines(names: list[str], batches: Iterable[list[tuple]]) -> Iterator[str]:
    """CSV with a header, a row at a time (a value with a line break is quoted, so a row
    may span lines); lists and objects as JSON."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")

    def line(values: Iterable[Any]) -> str:
        buf.seek(0)
        buf.truncate()
        out.writerow(values)
        return buf.getvalue()[:-1]

    yield line(names)
    for rows in batches:
        for r in rows:
            yield line(json.dumps(_plain(v), ensure_ascii=False, default=str)
                       if isinstance(v, list | dict)
                       else _plain(v) for v in r)


def _batches(result: Any, size: int) -> Iterator[list[tuple]]:
    while rows := result.fetchmany(size):
        yield rows


def refuse_writes(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """``ExportError`` unless every statement of ``query`` is a query (SELECT, and what DuckDB
    parses as one: WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE). The read-only connection
    refuses statements that change the database, not those that write files (COPY ... TO,
    EXPORT DATABASE), attach or create another database (ATTACH), fetch or load code
    (INSTALL, LOAD) or change the session (SET, PRAGMA, CALL): parsed, not run, to tell."""
    for parsed in con.extract_statements(query):
        if parsed.type != duckdb.StatementType.SELECT:
            raise ExportError(f'SQL error: Cannot execute statement of type "{parsed.type.name}"'
                              " in warta sql, which only reads (a SELECT is expected)")


def copy_query(con: duckdb.DuckDBPyConnection, query: str, outputs: dict[str, Path]) -> None:
    """The rows of ``query`` into each file of ``outputs`` (format -> path: csv, parquet) by
    DuckDB's COPY. DuckDB (2.0) may hang for good when the query inside a COPY fails midway
    (an error(), a cast): the query runs first into a temporary table, where it fails as any
    other query does, and the COPY reads that table."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE warta_output AS {query}")
    try:
        for fmt, path in outputs.items():
            options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
            source = _parquet_source(con) if fmt == "parquet" else "warta_output"
            # The path is bound as a value, never spliced
            con.execute(f"COPY {source} TO $path ({options})", {"path": str(path)})
    finally:
        con.execute("DROP TABLE IF EXISTS warta_output")


_DOUBLE_EXACT = 2**53  # integers up to this size a DOUBLE holds exactly


def _parquet_source(con: duckdb.DuckDBPyConnection) -> str:
    """``warta_output`` as Parquet can take it exactly. DuckDB writes a HUGEINT column (a
    sum) to Parquet as DOUBLE, which rounds an integer beyond 2**53: a column holding one
    is written as its text instead (a column whose values all fit stays as DuckDB writes it)."""
    wide = [name for name, kind, *_ in con.execute("DESCRIBE warta_output").fetchall()
            if kind in ("HUGEINT", "UHUGEINT")]
    if not wide:
        return "warta_output"
    quoted = ['"' + name.replace('"', '""') + '"' for name in wide]
    beyond = con.execute("SELECT " + ", ".join(
        f"coalesce(bool_or({q} NOT BETWEEN -{_DOUBLE_EXACT} AND {_DOUBLE_EXACT}), false)"
        for q in quoted) + " FROM warta_output").fetchone()
    texts = [q for q, out in zip(quoted, beyond, strict=True) if out]
    if not texts:
        return "warta_output"
    return ("(SELECT * REPLACE (" + ", ".join(f"CAST({q} AS VARCHAR) AS {q}" for q in texts)
            + ") FROM warta_output)")


def write_query(con: duckdb.DuckDBPyConnection, query: str, fmt: str = "table",
                output: Path | None = None, width: int = 60,
                batch: int = BATCH) -> Iterator[str] | None:
    """Run ``query``; write it to ``output`` in ``fmt`` (None), or give the lines to print.

    Checked before anything runs; the rows are then fetched ``batch`` at a time (DuckDB's
    fetchmany) while the lines are consumed, so a large result is never held whole."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    query = query.strip().rstrip(";").strip()
    if not query:
        raise ExportError("no query given: pass the SQL to run, e.g. 'SELECT count(*) FROM "
                          "fct_events'")
    refuse_writes(con, query)  # before --output's own COPY wraps it
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)  # as report and health do
    if output is not None and fmt in ("csv", "parquet"):  # whole or not at all
        replace_whole(output, lambda tmp: copy_query(con, query, {fmt: tmp}))
        return None
    if fmt == "parquet":
        raise ExportError("Parquet is binary: give --output FILE")
    result = con.execute(query)
    if result.description is None:  # only comments, or a statement that returns nothing
        raise ExportError("the query returns no result to print (a SELECT is expected)")
    names = [d[0] for d in result.description]
    rows = _batches(result, batch)
    lines = (table_lines(names, rows, width) if fmt == "table" else
             json_lines(names, rows) if fmt == "json" else csv_lines(names, rows))
    if output is None:
        return lines
    def write(tmp: Path) -> None:  # whole or not at all, as copy_query's files
        with open(tmp, "w", encoding="utf-8") as out:
            out.writelines(line + "\n" for line in lines)

    replace_whole(output, write)
    return None


def export_marts(con: duckdb.DuckDBPyConnection, folder: Path,
                 formats: Iterable[str] = ("csv", "parquet")) -> list[Path]:
    """Write every mart and aggregate as ``<name>.csv`` / ``<name>.parquet`` in ``folder``,
    all of them or none: a mart that fails (``ExportError`` naming it) leaves the folder's
    files as they were, a previous export whole."""
    formats = list(dict.fromkeys(formats))
    for fmt in formats:
        if fmt not in ("csv", "parquet"):
            raise ExportError(f"export writes csv or parquet, not {fmt!r}")
    files = {mart: {fmt: folder / f"{mart}.{fmt}" for fmt in formats} for mart in EXPORTED}
    try:
        with replaced_together(p for per in files.values() for p in per.values()) as tmps:
            for mart, per in files.items():
                try:
                    copy_query(con, f"SELECT * FROM {mart}",
                               {f: tmps[p] for f, p in per.items()})
                except duckdb.Error as exc:
                    first = (str(exc).splitlines() or [""])[0]
                    raise ExportError(f"SQL error: exporting {mart}: {first}") from exc
    except OSError as exc:  # a file that cannot be put in place (a folder in its way)
        where = exc.filename2 or exc.filename
        raise ExportError(f"cannot write {where}: {exc.strerror or exc}; nothing was "
                          "exported") from exc
    return [p for per in files.values() for p in per.values()]
