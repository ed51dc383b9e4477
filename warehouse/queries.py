"""What warta reads back from the warehouse: seen URLs, archived pages, run health.

Every read opens the database read-only under a shared lock (``warehouse.db.reader``) and
answers as if empty when the file or its tables do not exist yet (a first run). The SQL is
in ``warehouse/sql/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import as_dicts, reader, statement, tables


def seen_urls_by_outlet(db_path: str | Path, outlets: list[str] | None = None
                        ) -> dict[str, list[str]]:
    """outlet -> every URL its articles were already loaded by (canonical and aliases),
    sorted: what an incremental crawl of that outlet skips. ``outlets`` None: all."""
    if not Path(db_path).exists():
        return {}
    by_outlet: dict[str, list[str]] = {}
    with reader(db_path) as con:
        if "article_urls" not in tables(con):
            return {}
        for outlet, url in con.execute(statement("seen_urls"), {"outlets": outlets}).fetchall():
            by_outlet.setdefault(outlet, []).append(url)
    return by_outlet


def seen_urls(db_path: str | Path, outlet: str | None = None) -> set[str]:
    """Every URL already loaded (of one outlet, or of all)."""
    by_outlet = seen_urls_by_outlet(db_path, [outlet] if outlet else None)
    return {url for urls in by_outlet.values() for url in urls}


def archived_article_pages(db_path: str | Path, outlets: list[str] | None = None,
                           batch: int = 2000) -> Iterator[dict[str, Any]]:
    """The newest archived capture of every article page, by outlet then URL: what
    reprocess re-extracts. Streamed ``batch`` rows at a time, under the reader lock."""
    if not Path(db_path).exists():
        return
    with reader(db_path) as con:
        if "pages" not in tables(con):
            return
        cursor = con.execute(statement("archived_article_pages"), {"outlets": outlets})
        names = [d[0] for d in cursor.description]
        while rows := cursor.fetchmany(batch):
            for row in rows:
                yield dict(zip(names, row, strict=True))


def recent_health(db_path: str | Path, runs: int = 10) -> list[dict[str, Any]]:
    """The last ``runs`` runs, newest first, each with its per-outlet health rows (none
    for runs loaded before migration 004)."""
    if not Path(db_path).exists():
        return []
    with reader(db_path) as con:
        return runs_health(con, runs)


def runs_health(con: duckdb.DuckDBPyConnection, runs: int = 10) -> list[dict[str, Any]]:
    """``recent_health`` over an open warehouse."""
    present = tables(con)
    if "crawl_runs" not in present:
        return []
    recent = as_dicts(con.execute(statement("recent_runs"), {"runs": runs}))
    per: dict[str, list[dict[str, Any]]] = {}
    if "run_outlet_health" in present and recent:
        for row in as_dicts(con.execute(statement("runs_outlet_health"),
                                        {"run_ids": [r["run_id"] for r in recent]})):
            per.setdefault(row["run_id"], []).append(row)
    return [{**r, "outlets": per.get(r["run_id"], [])} for r in recent]


def daily_counts(db_path: str | Path) -> list[tuple[Any, str, int, int]]:
    """(local publication day, outlet, articles, events) over the whole warehouse."""
    if not Path(db_path).exists():
        return []
    with reader(db_path) as con:
        return daily_counts_of(con)


def daily_counts_of(con: duckdb.DuckDBPyConnection) -> list[tuple[Any, str, int, int]]:
    """``daily_counts`` over an open warehouse."""
    if "articles" not in tables(con):
        return []
    return con.execute(statement("health_daily")).fetchall()


def runs_loaded_since(db_path: str | Path, since: float, timeout: float = 5.0) -> list[str]:
    """The runs loaded since ``since`` (seconds since the epoch), oldest first; waits at most
    ``timeout`` seconds for the warehouse's lock (raises ``TimeoutError`` then)."""
    if not Path(db_path).exists():
        return []
    with reader(db_path, timeout=timeout) as con:
        if "crawl_runs" not in tables(con):
            return []
        return [r[0] for r in con.execute(statement("runs_loaded_since"), {"since": since})
                .fetchall()]
