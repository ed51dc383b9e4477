"""A read-only SQLite snapshot of the marts, for Datasette and anyone without DuckDB.

Analysts never open the DuckDB warehouse itself: a session there, read-only included, holds a
lock that stops the nightly load. The snapshot is written beside it from one short read and
swapped in atomically, so a web view over it never blocks a load and a load never breaks a
page being served.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import duckdb

# mart -> (SQL over the warehouse, columns to index)
SNAPSHOT = {
    "fct_events": ("SELECT * FROM fct_events", ("event_day", "province", "regency", "outlet")),
    "event_officials": (
        "SELECT event_id, official ->> 'title' AS title, official ->> 'name' AS name, "
        "event_date, event_day, province, regency, venue, activities, participants_count, "
        "outlet, article_title, article_url "
        "FROM (SELECT *, unnest(CAST(officials AS JSON[])) AS official FROM fct_events)",
        ("name", "province")),
    # offices named without a person (not officials: no one to count or cite), kept apart
    "event_offices": (
        "SELECT event_id, office ->> 'title' AS title, office ->> 'region' AS region, "
        "event_date, event_day, province, regency, venue, activities, participants_count, "
        "outlet, article_title, article_url "
        "FROM (SELECT *, unnest(CAST(offices AS JSON[])) AS office FROM fct_events)",
        ("title", "province")),
    "fct_articles": ("SELECT * FROM fct_articles", ("published_date_local", "outlet")),
    "dim_outlets": ("SELECT * FROM dim_outlets", ()),
    "dim_regions": ("SELECT * FROM dim_regions", ()),
    "v_events_per_province_month": ("SELECT * FROM v_events_per_province_month", ()),
    "v_outlet_coverage": ("SELECT * FROM v_outlet_coverage", ()),
    "fct_occasions": ("SELECT * FROM fct_occasions",
                      ("occasion_day", "province", "regency", "reports")),
    "v_occasions_per_province_month": ("SELECT * FROM v_occasions_per_province_month", ()),
    "v_occasions_per_outlet": ("SELECT * FROM v_occasions_per_outlet", ()),
}
T = TypeVar("T")

# DuckDB type -> SQLite column type; a column whose values do not all fit becomes TEXT
_AFFINITY = {"BOOLEAN": "INTEGER", "TINYINT": "INTEGER", "SMALLINT": "INTEGER",
             "INTEGER": "INTEGER", "BIGINT": "INTEGER", "HUGEINT": "INTEGER",
             "UTINYINT": "INTEGER", "USMALLINT": "INTEGER", "UINTEGER": "INTEGER",
             "UBIGINT": "INTEGER", "UHUGEINT": "INTEGER",
             "DOUBLE": "REAL", "FLOAT": "REAL", "DECIMAL": "REAL"}
_INT64 = range(-(2**63), 2**63)  # what an SQLite INTEGER holds


def exact_float(value: Decimal) -> float | None:
    """The float that is exactly ``value``, None when none is (more digits than a double
    carries): where a DECIMAL may be written as a plain number without rounding it."""
    number = float(value)
    return number if Decimal(repr(number)) == value else None


def _sqlite_value(value: Any) -> Any:
    """``value`` as the snapshot stores it. A number SQLite cannot hold as it is (an integer
    beyond 64 bits: HUGEINT, UBIGINT, a sum; a DECIMAL a float does not carry exactly) is its
    exact text, never an error or a rounded number: ``_write`` makes its column TEXT."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int) and value not in _INT64:
        return str(value)
    if isinstance(value, Decimal):
        number = exact_float(value)
        return str(value) if number is None else number
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if value is None or isinstance(value, int | float | str | bytes):
        return value
    return str(value)  # a type sqlite3 does not take (UUID, INTERVAL, TIME): its text


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@contextmanager
def replaced_together(paths: Iterable[Path]) -> Iterator[dict[Path, Path]]:
    """A temporary file of this writer's own beside each of ``paths`` (two runs may publish
    at once) for the block to write; when it ends without an error each is renamed over its
    path in one step, else they are all removed and the old files stay as they were. A
    reader, or another writer, sees each file old or new, never half of one. A rename that
    fails (a folder in the way of a path: ``IsADirectoryError`` before any rename) puts back
    the old files of those renamed before it, so the paths stay all old or all new."""
    tag = uuid.uuid4().hex
    tmps = {path: path.with_name(f"{path.name}.{tag}.tmp") for path in paths}
    olds = {path: path.with_name(f"{path.name}.{tag}.old") for path in tmps}
    for path in tmps:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        yield tmps
        for path in tmps:
            if path.is_dir():
                raise IsADirectoryError(errno.EISDIR, "a folder is in the way", str(path))
        _rename_all(tmps, olds)
    finally:
        for tmp in (*tmps.values(), *olds.values()):
            tmp.unlink(missing_ok=True)


def _rename_all(tmps: dict[Path, Path], olds: dict[Path, Path]) -> None:
    """Rename each temporary file over its path, the old file first kept under a second
    name (a hard link: nothing is copied); when one rename fails, the paths renamed before
    it get their old files back (or are removed when they had none) and the error goes on."""
    done: list[Path] = []
    unkept: set[Path] = set()  # an old file a file system without hard links cannot keep
    try:
        for path, tmp in tmps.items():
            try:
                os.link(path, olds[path])
            except FileNotFoundError:  # no old file: nothing to put back
                pass
            except OSError:
                unkept.add(path)
            os.replace(tmp, path)
            done.append(path)
    except BaseException:
        for path in done:
            if olds[path].exists():
                os.replace(olds[path], path)
            elif path not in unkept:
                path.unlink(missing_ok=True)
        raise


def replace_whole(path: Path, write: Callable[[Path], T]) -> T:
    """Call ``write`` on a temporary file beside ``path``, then rename it over ``path``
    (``replaced_together``): a failed write leaves the old file as it was and no temporary
    file behind. ``write``'s result is returned."""
    with replaced_together([path]) as tmps:
        result = write(tmps[path])
    return result


def write_snapshot(con: duckdb.DuckDBPyConnection, path: Path) -> dict[str, int]:
    """Copy every table of ``SNAPSHOT`` into a new SQLite file at ``path``; rows per table.

    SQLite creates the temporary file, so it gets the usual permissions (the web view may run
    as another user)."""
    return replace_whole(path, lambda tmp: _write(con, tmp))


def _write(con: duckdb.DuckDBPyConnection, tmp: Path) -> dict[str, int]:
    """The tables of ``SNAPSHOT`` into the (empty) SQLite file ``tmp``; rows per table."""
    counts = {}
    out = sqlite3.connect(tmp)
    try:
        for table, (query, indexes) in SNAPSHOT.items():
            result = con.execute(query)
            columns = [(d[0], _AFFINITY.get(str(d[1]).split("(")[0], "TEXT"))
                       for d in result.description]
            _create(out, table, columns)
            counts[table] = 0
            texts: set[int] = set()  # columns made TEXT for a number that does not fit
            while rows := result.fetchmany(5000):
                values = [[_sqlite_value(v) for v in row] for row in rows]
                wide = {i for row in values for i, v in enumerate(row)
                        if isinstance(v, str) and columns[i][1] != "TEXT"}
                if wide:  # a number SQLite's INTEGER or REAL would overflow or round
                    columns = _as_text(out, table, columns, wide)
                    texts |= wide
                _insert(out, table, _floats_as_text(values, texts))
                counts[table] += len(rows)
            for column in indexes:
                out.execute(f"CREATE INDEX {_quote(f'{table}_{column}')} "
                            f"ON {_quote(table)} ({_quote(column)})")
        out.commit()
    finally:
        out.close()
    return counts


def _create(out: sqlite3.Connection, table: str, columns: list[tuple[str, str]]) -> None:
    out.execute(f"CREATE TABLE {_quote(table)} ("
                + ", ".join(f"{_quote(n)} {t}" for n, t in columns) + ")")


def _insert(out: sqlite3.Connection, table: str, rows: list[list[Any]]) -> None:
    marks = ", ".join("?" for _ in rows[0])
    out.executemany(f"INSERT INTO {_quote(table)} VALUES ({marks})", rows)


def _floats_as_text(rows: list[Any], texts: set[int]) -> list[Any]:
    """``rows`` with each float of the columns ``texts`` as Python writes it (the shortest
    text that reads back the same number); SQLite's own text of a float keeps 15 digits."""
    if not texts:
        return rows
    return [[repr(v) if i in texts and isinstance(v, float) else v for i, v in enumerate(row)]
            for row in rows]


def _as_text(out: sqlite3.Connection, table: str, columns: list[tuple[str, str]],
             wide: set[int]) -> list[tuple[str, str]]:
    """``table`` made again with the columns ``wide`` TEXT (SQLite cannot change a column's
    type), the rows copied so far included; its new columns. A TEXT column keeps a number
    that does not fit SQLite's as its exact digits, where INTEGER or REAL would turn it into
    a rounded REAL."""
    retyped = [(n, "TEXT" if i in wide else t) for i, (n, t) in enumerate(columns)]
    scratch = f"{table} (retyped)"
    _create(out, scratch, retyped)
    copied = out.execute(f"SELECT * FROM {_quote(table)}")
    while rows := copied.fetchmany(5000):
        _insert(out, scratch, _floats_as_text(rows, wide))
    copied.close()
    out.execute(f"DROP TABLE {_quote(table)}")
    out.execute(f"ALTER TABLE {_quote(scratch)} RENAME TO {_quote(table)}")
    return retyped


METADATA = Path(__file__).resolve().parent / "datasette" / "metadata.yaml"


def datasette_args(snapshot: Path, *, fd: int) -> list[str]:
    """The command that serves ``snapshot`` read-only with warta's facets and saved queries,
    on the listening socket ``fd`` (warehouse/datasette_server.py).

    Datasette names a database after its file, so the metadata written beside the snapshot
    carries that name whatever the file is called.
    """
    import yaml  # Datasette's own dependency

    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["databases"] = {snapshot.stem: metadata["databases"]["warta"]}
    meta_path = snapshot.with_name(snapshot.stem + ".metadata.json")
    meta_path.write_text(json.dumps(metadata, indent=1), encoding="utf-8")
    return [sys.executable, "-m", "warehouse.datasette_server", "--fd", str(fd),
            "--metadata", str(meta_path), str(snapshot)]
