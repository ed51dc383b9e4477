"""The loader: the only code that writes the warehouse.

It reads the staged batch files of one run (``*pages.jsonl``, ``*articles.jsonl``,
``*rejects.jsonl`` in any sub-folder), checks each file on its own (a malformed file is
moved to ``quarantine/`` with its reason, never half-loaded), and upserts everything in
one transaction under the writer lock, so a rerun adds nothing twice.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import writer
from warehouse.parts import bounded_parts

COLUMNS: dict[str, dict[str, str]] = {
    "pages": {
        "run_id": "VARCHAR", "outlet": "VARCHAR", "url": "VARCHAR", "status": "INTEGER",
        "kind": "VARCHAR", "content_type": "VARCHAR", "fetched_at": "VARCHAR",
        "warc_file": "VARCHAR", "warc_offset": "BIGINT", "replayed": "BOOLEAN",
        "redirect_urls": "VARCHAR[]", "feed_published": "VARCHAR", "feed_title": "VARCHAR",
    },
    "articles": {
        "url": "VARCHAR", "canonical_url": "VARCHAR", "outlet": "VARCHAR", "title": "VARCHAR",
        "author": "VARCHAR", "published_at": "VARCHAR", "published_raw": "VARCHAR",
        "published_source": "VARCHAR", "dateline": "VARCHAR", "text": "VARCHAR",
        "text_hash": "VARCHAR", "language": "VARCHAR", "extractor_version": "VARCHAR",
        "warc_file": "VARCHAR", "warc_offset": "BIGINT", "fetched_at": "VARCHAR",
        "run_id": "VARCHAR", "aliases": "VARCHAR[]", "editor": "VARCHAR",
        "tags": "VARCHAR[]", "caption": "VARCHAR", "relevance": "DOUBLE",
        "about_asn_neutrality": "BOOLEAN",
        "outside_pattern": "BOOLEAN",  # found at a URL the outlet's pattern does not match
    },
    "rejects": {
        "url": "VARCHAR", "outlet": "VARCHAR", "stage": "VARCHAR", "reason": "VARCHAR",
        "run_id": "VARCHAR",
    },
    "events": {
        "event_id": "VARCHAR", "canonical_url": "VARCHAR", "event_date": "VARCHAR",
        "event_date_raw": "VARCHAR", "event_date_confidence": "DOUBLE", "announced": "BOOLEAN",
        "activities": "VARCHAR[]", "venue": "VARCHAR", "regency": "VARCHAR",
        "regency_code": "VARCHAR", "province": "VARCHAR", "province_code": "VARCHAR",
        "officials": "JSON", "participants_count": "INTEGER", "participants_group": "VARCHAR",
        "participants_phrase": "VARCHAR", "organisations": "VARCHAR[]", "relevance": "DOUBLE",
        "extractor_version": "VARCHAR",
    },
}
ARTICLE_FILES_PER_CHUNK = 2

REQUIRED = {
    "pages": ("url", "warc_file", "warc_offset"),
    "articles": ("url", "canonical_url", "outlet", "text_hash"),
    "rejects": ("url", "stage", "reason"),
    "events": ("event_id", "canonical_url"),
}
# What a malformed batch file raises from read_json (bad JSON, a value of the wrong type).
# Any other error (out of memory, I/O, an aborted transaction) says nothing of the file:
# it fails the load, which rolls back and is retried, instead of quarantining good batches.
DATA_ERRORS = (duckdb.InvalidInputException, duckdb.ConversionException)


@dataclass
class LoadReport:
    run_id: str
    pages: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0
    rejects: int = 0
    events: int = 0
    quarantined: list[str] = field(default_factory=list)
    per_outlet: dict[str, dict[str, int]] = field(default_factory=dict)
    # outlet -> run_outlet_health figures, with "rejects_by_reason" (flows/health.py)
    health: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _sql(name: str) -> str:
    return (resources.files("warehouse") / "sql" / f"{name}.sql").read_text(encoding="utf-8")


def _schema_sql(kind: str) -> tuple[str, str]:
    """read_json's columns struct for a staged kind, and the SQL test of a missing field."""
    struct = "{" + ", ".join(f"'{n}': '{t}'" for n, t in COLUMNS[kind].items()) + "}"
    return struct, " OR ".join(f"{c} IS NULL" for c in REQUIRED[kind])


def _stage(con: duckdb.DuckDBPyConnection, kind: str, files: list[Path],
           quarantine: Path, report: LoadReport) -> None:
    """Fill temp table stage_<kind> from the files that pass their checks.

    Fast path: every file in one read_json, then files with rows lacking a required field
    are dropped and quarantined. A file that does not parse makes the whole read fail; then
    each file is read on its own to find and quarantine the broken ones.
    """
    columns = COLUMNS[kind]
    table = f"stage_{kind}"
    names = ", ".join(columns)
    struct, required = _schema_sql(kind)
    column_sql = ", ".join(f"{name} {sql_type}" for name, sql_type in columns.items())
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} ({column_sql}, filename VARCHAR)")
    if not files:
        return
    read = (f"SELECT {names}, filename FROM read_json(?, format='newline_delimited', "
            f"columns={struct}, filename=true)")
    try:
        con.execute(f"INSERT INTO {table} {read}", [[str(f) for f in files]])
    except DATA_ERRORS:
        for path in files:
            try:
                con.execute(f"INSERT INTO {table} {read}", [[str(path)]])
            except DATA_ERRORS as exc:
                _quarantine(path, quarantine, str(exc), report)
    bad = con.execute(f"SELECT filename, count(*) FROM {table} WHERE {required} "
                      "GROUP BY ALL").fetchall()
    for filename, count in bad:
        con.execute(f"DELETE FROM {table} WHERE filename = ?", [filename])
        _quarantine(Path(filename), quarantine,
                    f"{count} rows lack one of {REQUIRED[kind]}", report)


def _valid_files(con: duckdb.DuckDBPyConnection, kind: str, files: list[Path],
                 quarantine: Path, report: LoadReport,
                 counts: dict[Path, int] | None = None) -> list[Path]:
    """The files that parse and have every required field; ``counts`` gets their row
    counts (the same read, so the loader need not read a file again to size it)."""
    struct, required = _schema_sql(kind)
    good = []
    for path in files:
        try:
            missing, total = con.execute(
                f"SELECT count(*) FILTER (WHERE {required}), count(*) FROM read_json(?, "
                f"format='newline_delimited', columns={struct})", [str(path)]).fetchone()
        except DATA_ERRORS as exc:
            _quarantine(path, quarantine, str(exc), report)
            continue
        if missing:
            _quarantine(path, quarantine, f"{missing} rows lack one of {REQUIRED[kind]}",
                        report)
            continue
        good.append(path)
        if counts is not None:
            counts[path] = total
    return good


def _quarantine(path: Path, quarantine: Path, reason: str, report: LoadReport) -> None:
    quarantine.mkdir(parents=True, exist_ok=True)
    target = quarantine / f"{path.parent.name}-{path.name}"
    shutil.move(str(path), target)
    target.with_name(target.name + ".reason.txt").write_text(reason + "\n", encoding="utf-8")
    report.quarantined.append(f"{target}: {reason.splitlines()[0][:200]}")


def sync_outlets(con: duckdb.DuckDBPyConnection, outlets: list[dict[str, Any]]) -> None:
    for o in outlets:
        con.execute(
            "INSERT INTO outlets VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO UPDATE SET "
            "name = excluded.name, timezone = excluded.timezone, cms = excluded.cms, "
            "hosts = excluded.hosts, enabled = excluded.enabled",
            [o["slug"], o["name"], o["timezone"], o["cms"], list(o["hosts"]), o["enabled"]],
        )


def sync_regions(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the region dimension from the shipped tables once (they change with the data only)."""
    if con.execute("SELECT count(*) FROM regions").fetchone()[0]:
        return
    from transforms.places.resolve import regions

    con.executemany(
        "INSERT INTO regions VALUES (?, ?, ?, ?, ?, ?)",
        [[r.regency_code, r.regency, r.kind, _short(r.regency), r.province_code, r.province]
         for r in regions()],
    )


def _short(regency: str) -> str:
    for prefix in ("KABUPATEN ", "KOTA ADMINISTRASI ", "KOTA "):
        if regency.startswith(prefix):
            return regency[len(prefix):].title()
    return regency.title()


def load_run(db_path: str | Path, run_dir: str | Path, run: dict[str, Any],
             outlets: list[dict[str, Any]] | None = None,
             quarantine: str | Path | None = None) -> LoadReport:
    """Load every staged file under ``run_dir`` and record the run in ``crawl_runs``."""
    run_dir = Path(run_dir)
    quarantine = Path(quarantine) if quarantine else run_dir.parent.parent / "quarantine"
    report = LoadReport(run_id=run["run_id"])
    with writer(db_path) as con:
        files = {kind: sorted(run_dir.glob(f"**/*{kind}*.jsonl")) for kind in COLUMNS}
        for kind in ("pages", "rejects", "events"):
            _stage(con, kind, files[kind], quarantine, report)
        # Article files are staged chunk by chunk inside the transaction, where a parse
        # error would abort it: check them all first, quarantining the bad ones.
        counts: dict[Path, int] = {}
        files["articles"] = _valid_files(con, "articles", files["articles"], quarantine,
                                         report, counts=counts)
        # A staged file longer than the crawl's parts (hand-made, or from another tool) is
        # read in parts too: one chunk's articles are all in memory during its upsert.
        parts_dir = Path(f"{db_path}.tmp") / f"parts-{run['run_id']}"
        files["articles"] = bounded_parts(files["articles"], parts_dir, counts=counts)
        con.execute("BEGIN TRANSACTION")
        try:
            if outlets:
                sync_outlets(con, outlets)
            sync_regions(con)
            before = con.execute("SELECT count(*) FROM pages").fetchone()[0]
            con.execute(_sql("upsert_pages"))
            report.pages = con.execute("SELECT count(*) FROM pages").fetchone()[0] - before
            # Articles in chunks of staged files (each <= 1000 rows), so memory stays flat
            # however big the run; all chunks commit together.
            con.execute("CREATE OR REPLACE TEMP TABLE run_articles (outlet VARCHAR, "
                        "canonical_url VARCHAR, change VARCHAR, outside_pattern BOOLEAN)")
            for start in range(0, len(files["articles"]), ARTICLE_FILES_PER_CHUNK):
                chunk = files["articles"][start:start + ARTICLE_FILES_PER_CHUNK]
                _stage(con, "articles", chunk, quarantine, report)
                _load_articles(con, run, report)
            report.rejects = con.execute("SELECT count(*) FROM stage_rejects").fetchone()[0]
            for outlet, count in con.execute(
                "SELECT outlet, count(*) FROM stage_rejects GROUP BY ALL").fetchall():
                report.per_outlet.setdefault(outlet or "?", {})["rejects"] = count
            con.execute(_sql("upsert_rejects"))
            _record_run(con, run, report)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        finally:
            shutil.rmtree(parts_dir, ignore_errors=True)
    return report


def _load_articles(con: duckdb.DuckDBPyConnection, run: dict[str, Any],
                   report: LoadReport) -> None:
    """Upsert one staged chunk of articles with their aliases and events."""
    con.execute(_sql("classify_articles"), {"run_id": run["run_id"]})
    # every article of the run, for its health, as the run's figures count it
    con.execute("CREATE OR REPLACE TEMP TABLE batch_counted AS SELECT outlet, canonical_url, "
                "CASE WHEN change = 'unchanged' THEN coalesce(counted_as, change) "
                "ELSE change END AS change, coalesce(outside_pattern, false) AS "
                "outside_pattern FROM batch_articles")
    con.execute("INSERT INTO run_articles SELECT * FROM batch_counted")
    for outlet, change, count in con.execute(
            "SELECT outlet, change, count(*) FROM batch_counted GROUP BY outlet, change"
    ).fetchall():
        per = report.per_outlet.setdefault(outlet, {})
        per[f"articles_{change}"] = per.get(f"articles_{change}", 0) + count
        setattr(report, f"articles_{change}", getattr(report, f"articles_{change}") + count)
    con.execute(_sql("insert_new_articles"), {"run_id": run["run_id"]})
    con.execute(_sql("upsert_articles"), {"run_id": run["run_id"]})
    con.execute(_sql("upsert_article_urls"), {"run_id": run["run_id"]})
    con.execute(_sql("replace_events"), {"run_id": run["run_id"]})
    report.events += con.execute(
        "SELECT count(*) FROM events WHERE canonical_url IN "
        "(SELECT canonical_url FROM batch_articles)").fetchone()[0]


def _record_run(con: duckdb.DuckDBPyConnection, run: dict[str, Any], report: LoadReport) -> None:
    con.execute(
        """INSERT INTO crawl_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (run_id) DO UPDATE SET finished_at = excluded.finished_at,
             status = excluded.status, pages_fetched = excluded.pages_fetched,
             articles_new = excluded.articles_new, articles_updated = excluded.articles_updated,
             articles_unchanged = excluded.articles_unchanged, rejects = excluded.rejects,
             outlet_stats = excluded.outlet_stats, message = excluded.message""",
        [
            run["run_id"], run.get("flow", "adhoc"), run.get("started_at"),
            datetime.now(UTC), run.get("status", "loaded"), run.get("outlets", []),
            json.dumps(run.get("params", {}), default=str), report.pages, report.articles_new,
            report.articles_updated, report.articles_unchanged, report.rejects,
            json.dumps(run.get("outlet_stats", {}), default=str), run.get("message"),
        ],
    )
    _record_health(con, run, report)


def _record_health(con: duckdb.DuckDBPyConnection, run: dict[str, Any],
                   report: LoadReport) -> None:
    """The run's figures per outlet into run_outlet_health / run_outlet_rejects (a rerun
    of the same run replaces them), and into ``report.health`` for the flow's artifact."""
    run_id, stats = run["run_id"], run.get("outlet_stats") or {}
    con.execute(_sql("run_health"), {"run_id": run_id, "outlets": list(run.get("outlets") or [])})
    for table in ("run_outlet_health", "run_outlet_rejects"):
        con.execute(f"DELETE FROM {table} WHERE run_id = ?", [run_id])
    con.execute("INSERT INTO run_outlet_health BY NAME SELECT ? AS run_id, * FROM run_health",
                [run_id])
    for outlet, s in stats.items():
        con.execute("UPDATE run_outlet_health SET finish_reason = ?, discovered = ?, "
                    "failed_reason = ? WHERE run_id = ? AND outlet = ?",
                    [s.get("finish_reason"), s.get("discovered"), s.get("problem"), run_id,
                     outlet])
    con.execute(_sql("run_outlet_rejects"), {"run_id": run_id})
    report.health = {row["outlet"]: {**row, "rejects_by_reason": []} for row in _dicts(
        con.execute("SELECT * EXCLUDE (run_id) FROM run_outlet_health WHERE run_id = ? "
                    "ORDER BY outlet", [run_id]))}
    for row in _dicts(con.execute(
            "SELECT outlet, stage, reason, rejects FROM run_outlet_rejects WHERE run_id = ? "
            "ORDER BY outlet, rejects DESC, stage, reason", [run_id])):
        report.health.setdefault(row.pop("outlet"), {"rejects_by_reason": []}
                                 )["rejects_by_reason"].append(row)


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def record_verdict(db_path: str | Path, run_id: str, status: str, message: str | None,
                   failures: dict[str, str]) -> None:
    """The flow's judgement of a loaded run (flows/health.py): status, message and each
    failed outlet's reason, in crawl_runs and run_outlet_health."""
    with writer(db_path) as con:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("UPDATE crawl_runs SET status = ?, message = ? WHERE run_id = ?",
                        [status, message, run_id])
            for outlet, reason in failures.items():
                con.execute("UPDATE run_outlet_health SET failed_reason = ? "
                            "WHERE run_id = ? AND outlet = ?", [reason, run_id, outlet])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise


def recent_health(db_path: str | Path, runs: int = 10) -> list[dict[str, Any]]:
    """The last ``runs`` runs, newest first, each with its per-outlet health rows (none
    for runs loaded before migration 004)."""
    from warehouse.db import reader

    if not Path(db_path).exists():
        return []
    with reader(db_path) as con:
        tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
        if "crawl_runs" not in tables:
            return []
        recent = _dicts(con.execute(
            "SELECT run_id, flow, status, started_at, pages_fetched, articles_new, "
            "articles_updated, articles_unchanged, rejects, message FROM crawl_runs "
            "ORDER BY started_at DESC NULLS LAST, run_id DESC LIMIT ?", [runs]))
        per: dict[str, list[dict[str, Any]]] = {}
        if "run_outlet_health" in tables and recent:
            for row in _dicts(con.execute(
                    "SELECT * FROM run_outlet_health WHERE list_contains(?, run_id) "
                    "ORDER BY outlet", [[r["run_id"] for r in recent]])):
                per.setdefault(row["run_id"], []).append(row)
    return [{**r, "outlets": per.get(r["run_id"], [])} for r in recent]


def daily_counts(db_path: str | Path) -> list[tuple[Any, str, int, int]]:
    """(local publication day, outlet, articles, events) over the whole warehouse."""
    from warehouse.db import reader

    if not Path(db_path).exists():
        return []
    with reader(db_path) as con:
        if "articles" not in {r[0] for r in con.execute("SHOW TABLES").fetchall()}:
            return []
        return con.execute(_sql("health_daily")).fetchall()


def seen_urls(db_path: str | Path, outlet: str | None = None) -> set[str]:
    """Every URL already loaded (canonical and aliases): what incremental runs skip."""
    from warehouse.db import reader

    if not Path(db_path).exists():
        return set()
    with reader(db_path) as con:
        if "article_urls" not in {r[0] for r in con.execute("SHOW TABLES").fetchall()}:
            return set()
        rows = con.execute(
            "SELECT u.url FROM article_urls u JOIN articles a USING (canonical_url) "
            "WHERE ? IS NULL OR a.outlet = ?", [outlet, outlet]).fetchall()
    return {r[0] for r in rows}


def archived_article_pages(db_path: str | Path, outlets: list[str] | None = None
                           ) -> list[dict[str, Any]]:
    """The newest archived capture of every article page: what reprocess re-extracts."""
    from warehouse.db import reader

    if not Path(db_path).exists():
        return []
    with reader(db_path) as con:
        cursor = con.execute(
            """SELECT run_id, outlet, url, status, kind, warc_file, warc_offset,
                      CAST(fetched_at AS VARCHAR) AS fetched_at, redirect_urls,
                      feed_published, feed_title
               FROM pages
               WHERE kind IN ('article', 'candidate') AND status = 200
                 AND (CAST(? AS VARCHAR[]) IS NULL OR list_contains(?, outlet))
               QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at DESC) = 1
               ORDER BY outlet, url""", [outlets, outlets])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
