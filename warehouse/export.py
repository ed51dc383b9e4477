"""Results out of the warehouse: a query as a table, CSV, JSON or Parquet; the marts as files.

Reads through a read-only connection; CSV and Parquet files are written by DuckDB's COPY, so
types survive (dates, lists, JSON) and large results never pass through Python rows.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

FORMATS = ("table", "csv", "json", "parquet")
# What `warta export` writes: the marts and the aggregates built on them.
EXPORTED = ("fct_events", "fct_articles", "dim_outlets", "dim_regions",
            "v_events_per_province_month", "v_integrity_pacts", "v_sanction_officials",
            "v_outlet_coverage", "fct_occasions", "fct_article_clusters",
            "v_occasions_per_province_month", "v_occasions_per_activity",
            "v_occasions_per_outlet", "v_integrity_pact_occasions", "v_sanction_official_occasions",
            "v_articles_per_day")


class ExportError(ValueError):
    """A request that cannot be answered as asked (e.g. Parquet to the terminal)."""


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(_plain(value))
    text = text.replace("\r", " ").replace("\n", " ⏎ ").replace("\t", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def text_table(names: list[str], rows: Iterable[tuple], width: int = 60) -> str:
    """Aligned columns, one line per row: line breaks inside values are shown, not printed."""
    cells = [[_cell(v, width) for v in row] for row in rows]
    widths = [max([len(n), *(len(r[i]) for r in cells)]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in cells]
    return "\n".join(lines)


def _copy(con: duckdb.DuckDBPyConnection, query: str, fmt: str, output: Path) -> None:
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    # The path is bound as a value, never spliced; the query is the caller's own SQL.
    con.execute(f"COPY ({query}) TO $path ({options})", {"path": str(output)})


def write_query(con: duckdb.DuckDBPyConnection, query: str, fmt: str = "table",
                output: Path | None = None, width: int = 60) -> str | None:
    """Run ``query``; write it to ``output`` in ``fmt``, or return the text to print."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    query = query.strip().rstrip(";").strip()
    if not query:
        raise ExportError("no query given: pass the SQL to run, e.g. 'SELECT count(*) FROM "
                          "fct_events'")
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)  # as report and health do
    if output is not None and fmt in ("csv", "parquet"):
        _copy(con, query, fmt, output)
        return None
    if fmt == "parquet":
        raise ExportError("Parquet is binary: give --output FILE")
    result = con.execute(query)
    if result.description is None:  # only comments, or a statement that returns nothing
        raise ExportError("the query returns no result to print (a SELECT is expected)")
    names = [d[0] for d in result.description]
    rows = result.fetchall()
    if fmt == "table":
        text = text_table(names, rows, width)
    elif fmt == "json":
        text = json.dumps([dict(zip(names, map(_plain, r), strict=True)) for r in rows],
                          ensure_ascii=False, indent=1)
    else:
        buf = io.StringIO()
        out = csv.writer(buf, lineterminator="\n")
        out.writerow(names)
        out.writerows([json.dumps(_plain(v), ensure_ascii=False)
                       if isinstance(v, list | dict) else _plain(v) for v in r] for r in rows)
        text = buf.getvalue().rstrip("\n")
    if output is None:
        return text
    output.write_text(text + "\n", encoding="utf-8")
    return None


def export_marts(con: duckdb.DuckDBPyConnection, folder: Path,
                 formats: Iterable[str] = ("csv", "parquet")) -> list[Path]:
    """Write every mart and aggregate as ``<name>.csv`` / ``<name>.parquet`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for mart in EXPORTED:
        for fmt in formats:
            if fmt not in ("csv", "parquet"):
                raise ExportError(f"export writes csv or parquet, not {fmt!r}")
            path = folder / f"{mart}.{fmt}"
            _copy(con, f"SELECT * FROM {mart}", fmt, path)
            written.append(path)
    return written
