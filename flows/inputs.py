"""Command-line input checked before anything starts (no Prefect, no process, no lock).

Every check raises ``InputError`` with one line naming the problem; the CLI prints it and
exits 2. Checked: outlet slugs (case-insensitive, with a suggestion), days and their order,
archive files (present, readable, WARC), the warehouse file (a DuckDB file made by warta or
empty, writable when the command writes), folders and files a command writes, ``OUTLET=URL``
pairs, a saved page's ``--url`` and ``--fetched-at``, and the fan-out options
(``--slice-days``, ``--replay`` paths). What the host must provide (the run settings, the
Prefect server, ``$WARTA_STORAGE``, the fan-out's deployment, a free port for ``serve``) is
checked in flows/environment.py.
"""

from __future__ import annotations

import difflib
import math
import os
import tempfile
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


def _is_duckdb(header: bytes) -> bool:
    """Whether a file's first 12 bytes are a DuckDB database file's."""
    return len(header) >= 12 and header[8:12] == DUCKDB_MAGIC


class InputError(ValueError):
    """Input a command cannot start with; the message is the whole explanation."""


def outlet_slugs(given: Iterable[str] | None, known: Iterable[str]) -> list[str] | None:
    """The registry's slugs for ``given`` (case-insensitive), each once (an outlet named
    twice would be crawled twice at once into one staging folder), or None for "every
    outlet"."""
    if not given:
        return None
    by_fold = {k.casefold(): k for k in known}
    out = []
    for slug in given:
        match = by_fold.get(slug.strip().casefold())
        if match is None:
            near = difflib.get_close_matches(slug.casefold(), list(by_fold), n=1, cutoff=0.6)
            hint = f"; did you mean {by_fold[near[0]]!r}?" if near else ""
            known_list = ", ".join(sorted(by_fold.values()))
            raise InputError(f"unknown outlet {slug!r} (known: {known_list}){hint}")
        if match not in out:
            out.append(match)
    return out


def day(value: str | None, option: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"{option} {value!r} is not a day (YYYY-MM-DD)") from None


def day_range(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    from flows.parameters import DEFAULT_SINCE, not_in_future  # the flows' own, in one place

    start, end = day(since, "--since"), day(until, "--until")
    try:  # a backfill from a day to come would walk every listing back and find nothing
        if start is not None:
            not_in_future(start)
    except ValueError as exc:
        raise InputError(f"--since {exc}") from None
    if start and end and start > end:
        raise InputError(f"--since {start} is after --until {end}")
    if start is None and end is not None and end < DEFAULT_SINCE:  # the flow would refuse
        raise InputError(f"--until {end} is before {DEFAULT_SINCE}, where a backfill starts "
                         "without --since: give --since too")
    return start, end


def seconds(value: float, option: str) -> float:
    """A duration above zero (``canary --timeout``): 0 turned the crawl's time limit off
    (the crawl was then stopped at its 60 s grace), a negative one stopped it at once and
    nan passes every range check."""
    if not math.isfinite(value) or value <= 0:
        raise InputError(f"{option} {value:g}: expected seconds above 0")
    return value


def readable_file(path: Path, what: str) -> Path:
    """An existing, readable file (named ``what`` in the message)."""
    if not path.exists():
        raise InputError(f"{what} {path}: no such file")
    if not path.is_file():
        raise InputError(f"{what} {path}: not a file")
    if not os.access(path, os.R_OK):
        raise InputError(f"{what} {path}: not readable")
    return path


def page_url(url: str) -> str:
    """``--url`` of a saved page: an absolute http(s) address, as a crawl fetches (blanks
    around it dropped). Its host picks the outlet and its path may date the page, so an
    address that is none (a word, ftp://, a space inside) is refused, not read as a site
    with no host."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        web = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
        _ = parts.port  # raises on a port that is not a number
    except ValueError:  # "http://[::1/x", "http://host:abc/"
        web = False
    if not web:
        raise InputError(f"--url {url!r}: not an http(s) address "
                         "(e.g. https://langgam.id/berita/...)")
    if any(c.isspace() for c in url):
        raise InputError(f"--url {url!r}: an address has no spaces (write them as %20)")
    return url


EARLIEST_FETCH = datetime(1990, 1, 1, tzinfo=UTC)  # no date before it is taken anyway


def fetch_time(value: str | None, now: datetime) -> datetime:
    """``--fetched-at`` (ISO 8601; a time without an offset is UTC, as a WARC-Date is), else
    ``now``: the time a page's dates are checked against, as a crawl checks them against its
    fetch time (a publication date after it is not taken). A page is not saved in the future
    (a day's slack for a local time typed as UTC), nor before 1990."""
    if value is None:
        return now
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"--fetched-at {value!r} is not an ISO time "
                         "(e.g. 2024-10-17T09:30:00+07:00)") from None
    moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if moment > now + timedelta(days=1):
        raise InputError(f"--fetched-at {value!r} is in the future")
    if moment < EARLIEST_FETCH:
        raise InputError(f"--fetched-at {value!r} is before 1990")
    return moment


def warc_file(path: Path) -> Path:
    """A file that starts as a WARC does (plain or gzip-compressed), else ``InputError``."""
    from spiders.warc import archive_problem

    readable_file(path, "archive")
    if (problem := archive_problem(path)) is not None:
        raise InputError(f"archive {path}: {problem}")
    return path


def warc_files(paths: Iterable[str | Path] | None) -> list[str]:
    return [str(warc_file(Path(p))) for p in paths or []]


def _nearest_folder(path: Path) -> Path:
    """The folder ``path`` would be created in, or its nearest existing ancestor."""
    folder = path.parent if str(path.parent) else Path(".")
    return next((p for p in [folder, *folder.parents] if p.exists()), Path("."))


def can_create_in(folder: Path) -> bool:
    """Whether a file can really be created there (``os.access`` says yes to root even on
    /proc or a read-only mount)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _warta_made(path: Path, write: bool) -> None:
    """``InputError`` for a DuckDB file another program made (its own tables, no warta
    migrations), looked at read-only: neither read as a warehouse nor migrated into one;
    and, to write, for a warehouse a newer warta wrote (read as it is, never written).
    A file DuckDB cannot open now (a running writer holds it) is left to the open itself,
    which checks the same (warehouse/db.py)."""
    import duckdb

    from warehouse.db import NotAWarehouse, refuse_foreign, schema_ahead

    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return
    try:
        refuse_foreign(con, f"--db {path}")
        if write and (ahead := schema_ahead(con)):
            raise InputError(f"--db {path}: written by a newer warta ({', '.join(ahead)}); "
                             "update warta to write it (sql, export, serve and report read "
                             "it as it is)")
    except NotAWarehouse as exc:
        raise InputError(str(exc)) from None
    finally:
        con.close()


def warehouse(path: str | Path, *, write: bool) -> Path:
    """An existing DuckDB file, or (to write) a new one in a writable folder. Writing also
    needs its folder (DuckDB keeps its write-ahead log and spill files beside it)."""
    if not str(path).strip():  # Path("") would be ".", a folder
        if os.environ.get("WARTA_DB") is not None and not os.environ["WARTA_DB"].strip():
            raise InputError("WARTA_DB is set but empty: unset it or name the warehouse file")
        raise InputError("--db is empty: name the warehouse file")
    path = Path(path)
    if path.exists():
        if not path.is_file():
            raise InputError(f"--db {path}: not a file")
        try:
            with open(path, "r+b" if write else "rb") as fh:
                header = fh.read(12)
        except OSError:
            raise InputError(f"--db {path}: not {'writable' if write else 'readable'}") \
                from None
        if not _is_duckdb(header):
            raise InputError(f"--db {path}: not a DuckDB database file")
        _warta_made(path, write)
        if write and not can_create_in(_nearest_folder(path)):
            raise InputError(f"--db {path}: its folder is not writable (DuckDB writes its "
                             "log beside the file)")
        return path
    if not write:
        raise InputError(f"no warehouse at {path} (run `warta demo` or `warta crawl` first, "
                         "or pass --db / set WARTA_DB)")
    existing = _nearest_folder(path)
    if not can_create_in(existing):
        raise InputError(f"--db {path}: cannot create it ({existing} is not writable)")
    return path


def folder(path: str | Path, option: str) -> Path:
    """A folder a command writes into: existing or creatable, and writable."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError(f"{option} {path}: not a folder")
    existing = path if path.exists() else _nearest_folder(path)
    if not can_create_in(existing):
        raise InputError(f"{option} {path}: cannot write there ({existing} is not writable)")
    return path


def warehouse_apart(db: str | Path, data_dir: str | Path) -> None:
    """``InputError`` when the warehouse file is the data folder or a folder above it: the
    run made it a folder and failed at its load, after all its work."""
    warehouse, data = Path(db).resolve(), Path(data_dir).resolve()
    if warehouse == data or warehouse in data.parents:
        raise InputError(f"--db {db}: is the --data-dir {data_dir} or a folder above it; name "
                         f"a file, such as {Path(data_dir) / 'warta.duckdb'}")


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: the same once resolved (relative parts, symlinks),
    or, both existing, the same inode (a hard link)."""
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def _not_the_warehouse(path: Path, option: str, warehouse: str | Path) -> None:
    """``InputError`` when ``path`` is the warehouse or its write-ahead log: a reading
    command would overwrite the whole warehouse (or have DuckDB replay a garbage log)."""
    db = Path(warehouse)
    if _same_file(path, db):
        raise InputError(f"{option} is the warehouse {db}")
    if any(_same_file(path, Path(f"{d}.wal")) for d in (db, db.resolve())):
        raise InputError(f"{option} is the warehouse's write-ahead log {db}.wal")


def output_file(path: str | Path, option: str, warehouse: str | Path | None = None) -> Path:
    """A file a command writes: not a folder, its folder existing or creatable, and never
    a database: not ``warehouse`` (the file the command reads) nor its log, nor an existing
    DuckDB file of any name."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{option} {path}: is a folder, not a file")
    if warehouse is not None:
        _not_the_warehouse(path, option, warehouse)
    if path.is_file():
        try:
            with open(path, "rb") as fh:
                header = fh.read(12)
        except OSError:
            header = b""
        if _is_duckdb(header):
            raise InputError(f"{option} {path} is a DuckDB database file: not overwritten")
    existing = _nearest_folder(path)
    if not can_create_in(existing):
        raise InputError(f"{option} {path}: cannot write there ({existing} is not writable)")
    return path


def base_urls(items: Iterable[str] | None, known: Iterable[str]) -> dict[str, str]:
    """``OUTLET=URL`` pairs (``--base-url``) to a dict, the outlet matched as ``--outlet``."""
    out: dict[str, str] = {}
    for item in items or []:
        slug, sep, url = item.partition("=")
        if not sep or not url.startswith(("http://", "https://")):
            raise InputError(f"--base-url {item!r}: expected OUTLET=URL "
                             "(e.g. langgam=http://127.0.0.1:8000)")
        out[outlet_slugs([slug], known)[0]] = url  # type: ignore[index]
    return out


def fan_out_mode(flag: bool | None, setting: str | None) -> str:
    """``--fan-out``/``--no-fan-out``, else the WARTA_FAN_OUT setting: local or deployments."""
    if flag is not None:
        return "deployments" if flag else "local"
    mode = (setting or "local").strip().lower()
    if mode not in ("local", "deployments"):
        raise InputError(f"WARTA_FAN_OUT={setting!r}: expected local or deployments")
    return mode


def slice_days(days: int | None, *, backfill: bool, fan_out: str) -> int | None:
    """``--slice-days``: whole days, for a fanned-out backfill (each slice is one run)."""
    if days is None:
        return None
    if days < 1:
        raise InputError(f"--slice-days {days}: a slice has at least one day")
    if not backfill:
        raise InputError("--slice-days slices a backfill: give --since and/or --until")
    if fan_out != "deployments":
        raise InputError("--slice-days needs --fan-out (each slice is one crawl-outlet run)")
    return days


def fan_out_replay(replay: Iterable[str] | None, fan_out: str) -> list[str]:
    """``--replay`` of a fanned-out crawl: paths, not URLs. A URL (s3://, file://) is copied
    into this host's data folder, which the workers on other hosts do not read."""
    given = list(replay or [])
    if fan_out == "deployments":
        for item in given:
            if "://" in item:
                raise InputError(f"--replay {item}: --fan-out needs a path every worker "
                                 "reads (a mount, or the bundled archive), not a URL")
    return given


__all__ = ["InputError", "base_urls", "can_create_in", "day", "day_range", "fan_out_mode",
           "fan_out_replay", "fetch_time", "folder", "outlet_slugs", "output_file", "page_url",
           "readable_file", "seconds", "slice_days", "warc_file", "warc_files", "warehouse",
           "warehouse_apart"]
