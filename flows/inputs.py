"""Command-line input checked before anything starts (no Prefect, no process, no lock).

Every check raises ``InputError`` with one line naming the problem; the CLI prints it and
exits 2. Checked: outlet slugs (case-insensitive, with a suggestion), days and their order,
archive files (present, readable, WARC), the warehouse file (a DuckDB file, writable when
the command writes).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


class InputError(ValueError):
    """Input a command cannot start with; the message is the whole explanation."""


def outlet_slugs(given: Iterable[str] | None, known: Iterable[str]) -> list[str] | None:
    """The registry's slugs for ``given`` (case-insensitive), or None for "every outlet"."""
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
    start, end = day(since, "--since"), day(until, "--until")
    if start and end and start > end:
        raise InputError(f"--since {start} is after --until {end}")
    return start, end


def _readable_file(path: Path, what: str) -> None:
    if not path.exists():
        raise InputError(f"{what} {path}: no such file")
    if not path.is_file():
        raise InputError(f"{what} {path}: not a file")
    if not os.access(path, os.R_OK):
        raise InputError(f"{what} {path}: not readable")


def warc_file(path: Path) -> Path:
    """A file that starts as a WARC does (plain or gzip-compressed), else ``InputError``."""
    from spiders.warc import archive_problem

    _readable_file(path, "archive")
    if (problem := archive_problem(path)) is not None:
        raise InputError(f"archive {path}: {problem}")
    return path


def warc_files(paths: Iterable[str | Path] | None) -> list[str]:
    return [str(warc_file(Path(p))) for p in paths or []]


def warehouse(path: str | Path, *, write: bool) -> Path:
    """An existing DuckDB file, or (to write) a new one in a writable folder."""
    path = Path(path)
    if path.exists():
        if not path.is_file():
            raise InputError(f"--db {path}: not a file")
        with open(path, "rb") as fh:
            header = fh.read(12)
        if len(header) < 12 or header[8:12] != DUCKDB_MAGIC:
            raise InputError(f"--db {path}: not a DuckDB database file")
        if write and not os.access(path, os.W_OK):
            raise InputError(f"--db {path}: not writable")
        return path
    if not write:
        raise InputError(f"no warehouse at {path} (run `warta demo` or `warta crawl` first, "
                         "or pass --db / set WARTA_DB)")
    folder = path.parent if str(path.parent) else Path(".")
    existing = next((p for p in [folder, *folder.parents] if p.exists()), Path("."))
    if not os.access(existing, os.W_OK):
        raise InputError(f"--db {path}: cannot create it ({existing} is not writable)")
    return path


__all__ = ["InputError", "day", "day_range", "outlet_slugs", "warc_file", "warc_files",
           "warehouse"]
