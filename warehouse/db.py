"""Opening the DuckDB file: migrations first, views after, one writer at a time."""

from __future__ import annotations

import hashlib
import math
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from warehouse.lock import file_lock

MIGRATIONS_TABLE = "schema_migrations"
# Told once, with one line naming the holder, when opening waits for another program's lock
OnWait = Callable[[str], None] | None


def statement(name: str) -> str:
    """The SQL of ``warehouse/sql/<name>.sql``."""
    return (resources.files("warehouse") / "sql" / f"{name}.sql").read_text(encoding="utf-8")


def as_dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The rows of an executed statement as dicts keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Names of the tables and views of the open database."""
    return {r[0] for r in con.execute("SHOW TABLES").fetchall()}


class NotAWarehouse(ValueError):
    """A DuckDB file another program made: tables of its own and no warta migrations table.
    warta neither reads its tables as marts nor writes its own over them."""


def foreign_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The tables and views of the open file when it is not a warta warehouse (some, and no
    ``schema_migrations``, which the first warta writer creates before anything else); empty
    for a warta warehouse and for a new, empty file."""
    names = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT internal "
        "AND database_name = current_database() UNION "
        "SELECT view_name FROM duckdb_views() WHERE NOT internal "
        "AND database_name = current_database()").fetchall()}
    return [] if not names or MIGRATIONS_TABLE in names else sorted(names)


def refuse_foreign(con: duckdb.DuckDBPyConnection, path: str | Path) -> None:
    """``NotAWarehouse`` for a file another program made, before warta reads or writes it."""
    if found := foreign_tables(con):
        shown = ", ".join(found[:5]) + (", ..." if len(found) > 5 else "")
        raise NotAWarehouse(f"not a warta warehouse: {path} (tables {shown}; no "
                            f"{MIGRATIONS_TABLE})")


# Views by layer, each built only on the ones before (dbt's staging -> marts -> aggregates).
VIEW_LAYERS = ("staging.sql", "marts.sql", "aggregates.sql", "analyst.sql")


def _sql_files(folder: str) -> list[tuple[str, str]]:
    root = resources.files("warehouse") / folder
    files = sorted((p.name, p.read_text(encoding="utf-8")) for p in root.iterdir()
                   if p.name.endswith(".sql"))
    if folder == "views":
        unknown = {name for name, _ in files} - set(VIEW_LAYERS)
        if unknown:
            raise RuntimeError(f"view files outside VIEW_LAYERS: {sorted(unknown)}")
        files.sort(key=lambda f: VIEW_LAYERS.index(f[0]))
    return files


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if any. A COMMIT that fails (a full disk) has already
    ended the transaction; rolling back then only adds "cannot rollback - no transaction is
    active" over the real error, so that case is let pass."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException as exc:
        if "no transaction is active" not in str(exc):
            raise


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every numbered migration not yet recorded; refuse edited ones. Returns applied."""
    con.execute(f"""CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (
        version VARCHAR PRIMARY KEY, checksum VARCHAR NOT NULL,
        applied_at TIMESTAMPTZ DEFAULT current_timestamp)""")
    done = dict(con.execute(f"SELECT version, checksum FROM {MIGRATIONS_TABLE}").fetchall())
    applied = []
    for name, sql in _sql_files("migrations"):
        checksum = hashlib.sha256(sql.encode()).hexdigest()
        if name in done:
            if done[name] != checksum:
                raise RuntimeError(f"migration {name} was edited after it was applied; "
                                   "add a new numbered migration instead")
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql)
            con.execute(f"INSERT INTO {MIGRATIONS_TABLE} (version, checksum) VALUES (?, ?)",
                        [name, checksum])
            con.execute("COMMIT")
        except Exception:
            rollback(con)
            raise
        applied.append(name)
    views = _sql_files("views")
    for _name, sql in views:
        con.execute(sql)
    con.execute(f"CREATE TABLE IF NOT EXISTS {VIEWS_TABLE} (checksum VARCHAR NOT NULL)")
    checksum = _views_checksum(views)
    if con.execute(f"SELECT checksum FROM {VIEWS_TABLE}").fetchall() != [(checksum,)]:
        con.execute(f"DELETE FROM {VIEWS_TABLE}")  # written only when the view files changed
        con.execute(f"INSERT INTO {VIEWS_TABLE} VALUES (?)", [checksum])
    return applied


# The views are rebuilt by every writer; the checksum of the view files that built them is
# kept here, so that a reader can tell a warehouse last written by an older warta (views of
# another version) from a current one.
VIEWS_TABLE = "schema_views"
VIEWS_VERSION = "views"  # how schema_behind names stale views


def _views_checksum(views: list[tuple[str, str]]) -> str:
    return hashlib.sha256("".join(sql for _, sql in views).encode()).hexdigest()


def _recorded_migrations(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The migrations the open warehouse records as applied (none before its first writer)."""
    if MIGRATIONS_TABLE not in tables(con):
        return set()
    return {r[0] for r in con.execute(f"SELECT version FROM {MIGRATIONS_TABLE}").fetchall()}


def schema_behind(con: duckdb.DuckDBPyConnection) -> list[str]:
    """What this warta would change in the open warehouse's schema: the numbered migrations
    not yet applied, and ``views`` when its views were built by another version. Empty when
    the schema is current (a reader can use it as it is)."""
    done = _recorded_migrations(con)
    behind = [name for name, _ in _sql_files("migrations") if name not in done]
    built = (con.execute(f"SELECT checksum FROM {VIEWS_TABLE}").fetchall()
             if VIEWS_TABLE in tables(con) else [])
    if built != [(_views_checksum(_sql_files("views")),)]:
        behind.append(VIEWS_VERSION)
    return behind


def schema_ahead(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The numbered migrations the open warehouse records that this warta does not have: a
    warehouse written by a newer warta (its views differ from ours too, and rebuilding them
    from our files would put older views over newer tables)."""
    known = {name for name, _ in _sql_files("migrations")}
    return sorted(_recorded_migrations(con) - known)


class NewerWarehouse(ValueError):
    """A warehouse a newer warta wrote (a migration this one lacks). This warta does not
    write it: its views would replace the newer ones over the newer tables, and its rows
    would leave the newer columns empty. Reading commands still read it as it is."""

    transient = False


def refuse_newer(con: duckdb.DuckDBPyConnection, path: str | Path) -> None:
    """``NewerWarehouse`` for a warehouse of a newer warta, before this one writes it."""
    if ahead := schema_ahead(con):
        raise NewerWarehouse(f"warehouse {path} was written by a newer warta "
                             f"({', '.join(ahead)}): update warta to write it (sql, export, "
                             "serve and report read it as it is)")


MEMORY_LIMIT = os.environ.get("WARTA_DUCKDB_MEMORY", "128MB")
# One thread per writer: the loader's statements work on batches of <= 1000 articles, where
# DuckDB's parallel operators cost more than they gain. Measured on a 20k-page run's load
# (bench/README.md): 1 thread 8.0 s and 221 MB peak RSS at 128MB, 2 threads 10.1 s and
# out-of-memory 1 time in 3 at 128MB (247 MB RSS at 160MB).
WRITER_THREADS = os.environ.get("WARTA_DUCKDB_WRITER_THREADS", "1")
_SIZE = re.compile(r"\d+(?:\.\d+)?\s*(?:[KMGT]i?B|%)", re.IGNORECASE)


def memory_limit() -> str:
    """WARTA_DUCKDB_MEMORY, checked: it is spliced into a SET statement (no parameters there)."""
    if not _SIZE.fullmatch(MEMORY_LIMIT.strip()):
        raise ValueError(f"WARTA_DUCKDB_MEMORY={MEMORY_LIMIT!r}: expected a size like '128MB'")
    return MEMORY_LIMIT.strip()


def writer_threads() -> int:
    """WARTA_DUCKDB_WRITER_THREADS, checked: a whole number from 1."""
    value = WRITER_THREADS.strip()
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"WARTA_DUCKDB_WRITER_THREADS={WRITER_THREADS!r}: expected 1, 2, ...")
    return int(value)


class WarehouseLocked(RuntimeError, TimeoutError):
    """Another program holds DuckDB's lock on the warehouse (an analyst's session) past the
    wait; a TimeoutError, so a flow reports it in one line (see load_process.WarehouseBusy)."""

    transient = True  # the session ends (warehouse/failures.py)


def lock_wait() -> float:
    """WARTA_LOCK_WAIT: seconds a writer waits for another program's DuckDB lock (60)."""
    raw = os.environ.get("WARTA_LOCK_WAIT", "60").strip()
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds):  # "nan" made every deadline unreachable: a wait forever
        raise ValueError(f"WARTA_LOCK_WAIT={raw!r}: expected seconds")
    return max(seconds, 0.0)


def lock_holder(message: str) -> str:
    """Who holds DuckDB's lock, from its error message: 'PID 1234 (duckdb)' where known."""
    match = re.search(r"PID (\d+)", message)
    if not match:
        return "another program"
    pid = match.group(1)
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            program = fh.read().split(b"\0")[0].decode(errors="replace")
    except OSError:
        program = ""
    return f"PID {pid}" + (f" ({Path(program).name})" if program else "")


def _open_waiting(path: str | Path, read_only: bool, on_wait: OnWait = None
                  ) -> duckdb.DuckDBPyConnection:
    """Connect, waiting up to ``lock_wait()`` for another program's lock to go away;
    ``on_wait`` is told once, with a line naming the holder, when the wait begins."""
    deadline = time.monotonic() + lock_wait()
    told = False
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if on_wait is not None and not told:
                told = True
                on_wait(f"warehouse {path} is locked by {lock_holder(str(exc))}: waiting up "
                        f"to {lock_wait():.0f} s for it (WARTA_LOCK_WAIT)")
            if time.monotonic() >= deadline:
                raise WarehouseLocked(
                    f"warehouse {path} is locked by {lock_holder(str(exc))} for over "
                    f"{lock_wait():.0f} s (an open DuckDB session?)") from None
            time.sleep(0.5)


def connect(path: str | Path, read_only: bool, on_wait: OnWait = None
            ) -> duckdb.DuckDBPyConnection:
    con = _open_waiting(path, read_only, on_wait)
    con.execute("SET TimeZone = 'UTC'")
    # No progress bar: a statement over 2 s would draw one on stdout, where the loader
    # process reports its figures (and analysts' piped output would carry it too)
    con.execute("SET enable_progress_bar = false")
    if not read_only:
        # Bounded memory whatever the run's size: DuckDB spills beside the database file.
        con.execute(f"SET memory_limit = '{memory_limit()}'")
        con.execute(f"SET threads = {writer_threads()}")
        con.execute("SET temp_directory = ?", [f"{path}.tmp"])
        con.execute("SET preserve_insertion_order = false")
    return con


@contextmanager
def writer(path: str | Path, timeout: float = 600.0, on_wait: OnWait = None
           ) -> Iterator[duckdb.DuckDBPyConnection]:
    """The only way warta writes the warehouse: exclusive lock, migrated schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(path, exclusive=True, timeout=timeout, on_wait=on_wait):
        con = connect(path, read_only=False, on_wait=on_wait)
        try:
            refuse_foreign(con, path)
            refuse_newer(con, path)
            migrate(con)
            yield con
        finally:
            con.close()


@contextmanager
def reader(path: str | Path, timeout: float = 600.0, on_wait: OnWait = None
           ) -> Iterator[duckdb.DuckDBPyConnection]:
    path = Path(path)
    with file_lock(path, exclusive=False, timeout=timeout, on_wait=on_wait):
        con = connect(path, read_only=True, on_wait=on_wait)
        try:
            refuse_foreign(con, path)
            yield con
        finally:
            con.close()
