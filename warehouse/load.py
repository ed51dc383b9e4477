"""The loader: the only code that writes the warehouse.

It reads the staged batch files of one run (``*pages.jsonl``, ``*articles.jsonl``,
``*rejects.jsonl``, ``*events.jsonl`` in any sub-folder), checks each file on its own (a
damaged file is moved to ``quarantine/`` with its reason, its intact lines load and each
damaged line is a reject: warehouse/staged_lines.py), and upserts everything in one
transaction under the writer lock, so a rerun adds nothing twice.

The columns of each table are defined once, by the migrations: staged rows are read with
the types of their table's columns and written ``INSERT ... BY NAME`` (``warehouse/sql/``).
What warta reads back (seen URLs, archived pages, run health) is in ``warehouse/queries.py``.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import as_dicts, rollback, statement, writer
from warehouse.occasions import refresh as refresh_occasions
from warehouse.parts import bounded_parts
from warehouse.staged_lines import DATA_ERRORS, Salvages, check_read

# The staged kinds; each is staged with the columns of the table of the same name (read
# from the database, so the migrations are their one definition), plus these fields that
# are staged but not kept as columns: an article's aliases go to article_urls and whether
# it was found outside the URL pattern to the run's health, a reject's run_id to
# first_run_id / last_run_id.
KINDS = ("pages", "articles", "rejects", "events")
STAGED_EXTRA: dict[str, dict[str, str]] = {"articles": {"aliases": "VARCHAR[]",
                                                        # found outside the URL pattern
                                                        "outside_pattern": "BOOLEAN"},
                                           "rejects": {"run_id": "VARCHAR"}}
ARTICLE_FILES_PER_CHUNK = 2

REQUIRED = {
    "pages": ("url", "warc_file", "warc_offset"),
    "articles": ("url", "canonical_url", "outlet", "text_hash"),
    "rejects": ("url", "stage", "reason"),
    "events": ("event_id", "canonical_url"),
}


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
    # why the run is not in the shared storage, when it could not be published there
    # (flows/tasks.py ``share``); None when it was, or when there is no storage
    unpublished: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def staged_columns(con: duckdb.DuckDBPyConnection, kind: str) -> dict[str, str]:
    """Column -> SQL type of a staged kind: its table's columns, then STAGED_EXTRA."""
    rows = con.execute("SELECT column_name, data_type FROM duckdb_columns() "
                       "WHERE database_name = current_database() AND schema_name = 'main' "
                       "AND table_name = ? ORDER BY column_index", [kind]).fetchall()
    if not rows:
        raise ValueError(f"no table {kind!r} to stage rows for")
    return {**dict(rows), **STAGED_EXTRA.get(kind, {})}


def _schema_sql(columns: dict[str, str], kind: str) -> tuple[str, str]:
    """read_json's columns struct for a staged kind, and the SQL test of a missing field."""
    struct = "{" + ", ".join(f"'{n}': '{t}'" for n, t in columns.items()) + "}"
    return struct, " OR ".join(f"{c} IS NULL" for c in REQUIRED[kind])


def _stage(con: duckdb.DuckDBPyConnection, kind: str, files: list[Path],
           salvages: Salvages, report: LoadReport) -> None:
    """Fill temp table stage_<kind> from the files that pass their checks.

    Fast path: every file in one read_json, then files with rows lacking a required field
    are dropped and salvaged (``_salvage``: their intact lines staged again). A file that
    does not parse makes the whole read fail; then each file is read on its own to find and
    salvage the broken ones.
    """
    columns = staged_columns(con, kind)
    table = f"stage_{kind}"
    names = ", ".join(columns)
    struct, required = _schema_sql(columns, kind)
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
                source, left = _salvage(con, kind, path, str(exc), salvages, report)
                if left:
                    con.execute(f"INSERT INTO {table} {read}", [[str(source)]])
    bad = con.execute(f"SELECT filename, count(*) FROM {table} WHERE {required} "
                      "GROUP BY ALL").fetchall()
    for filename, count in bad:
        con.execute(f"DELETE FROM {table} WHERE filename = ?", [filename])
        source, left = _salvage(con, kind, Path(filename),
                                f"{count} rows lack one of {REQUIRED[kind]}", salvages, report)
        if left:
            con.execute(f"INSERT INTO {table} {read}", [[str(source)]])


def valid_files(con: duckdb.DuckDBPyConnection, kind: str, files: list[Path],
                 salvages: Salvages, report: LoadReport,
                 counts: dict[Path, int] | None = None) -> list[Path]:
    """The files that parse, every column converted, with every required field (a damaged
    one's intact lines instead: ``_salvage``); ``counts`` gets their row counts (the same
    read, so the loader need not read a file again to size it)."""
    struct, required = _schema_sql(staged_columns(con, kind), kind)
    good = []
    for path in files:
        try:  # count(COLUMNS(*)): converting every column, as staging will
            missing, total, *_ = con.execute(
                f"SELECT count(*) FILTER (WHERE {required}), count(*), count(COLUMNS(*)) "
                f"FROM read_json(?, format='newline_delimited', columns={struct})",
                [str(path)]).fetchone()
        except DATA_ERRORS as exc:
            missing = None
            path, total = _salvage(con, kind, path, str(exc), salvages, report)
        if missing:
            path, total = _salvage(con, kind, path,
                                   f"{missing} rows lack one of {REQUIRED[kind]}", salvages,
                                   report)
        if total:
            good.append(path)
            if counts is not None:
                counts[path] = total
    return good


def _salvage(con: duckdb.DuckDBPyConnection, kind: str, path: Path, problem: str,
             salvages: Salvages, report: LoadReport) -> tuple[Path, int]:
    """A damaged staged file's damaged lines staged as rejects (warehouse/staged_lines.py):
    the file of its intact lines to stage instead, and how many there are. The file itself
    is moved to quarantine only when the load commits."""
    struct, _ = _schema_sql(staged_columns(con, kind), kind)
    entry, rejects, source, intact = salvages.salvage(path, problem, REQUIRED[kind],
                                                      check_read(con, struct))
    report.quarantined.append(entry)
    if rejects:
        con.executemany("INSERT INTO stage_rejects (url, outlet, run_id, stage, reason) "
                        "VALUES (?, ?, ?, ?, ?)",
                        [[r["url"], r["outlet"], r["run_id"], r["stage"], r["reason"]]
                         for r in rejects])
    return source, intact


def sync_outlets(con: duckdb.DuckDBPyConnection, outlets: list[dict[str, Any]]) -> None:
    """The registry's outlets into ``outlets`` (slug, name, timezone, cms, hosts, enabled)."""
    for outlet in outlets:
        con.execute(statement("sync_outlet"), {**outlet, "hosts": list(outlet["hosts"])})


def sync_regions(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the region dimension from the shipped tables once (they change with the data only)."""
    if con.execute("SELECT count(*) FROM regions").fetchone()[0]:
        return
    from transforms.places.resolve import regions

    rows = regions()
    con.execute(statement("insert_regions"), {
        "regency_code": [r.regency_code for r in rows], "regency": [r.regency for r in rows],
        "kind": [r.kind for r in rows], "short_name": [_short(r.regency) for r in rows],
        "province_code": [r.province_code for r in rows],
        "province": [r.province for r in rows]})


def _short(regency: str) -> str:
    for prefix in ("Kabupaten Administrasi ", "Kabupaten ", "Kota Administrasi ", "Kota "):
        if regency.casefold().startswith(prefix.casefold()):
            return regency[len(prefix):]
    return regency


def load_run(db_path: str | Path, run_dir: str | Path, run: dict[str, Any],
             outlets: list[dict[str, Any]] | None = None,
             quarantine: str | Path | None = None) -> LoadReport:
    """Load every staged file under ``run_dir`` and record the run in ``crawl_runs``."""
    run_dir = Path(run_dir)
    quarantine = Path(quarantine) if quarantine else run_dir.parent.parent / "quarantine"
    report = LoadReport(run_id=run["run_id"])
    salvages = Salvages(quarantine, run["run_id"], run_dir)  # moved once committed
    with writer(db_path) as con:
        try:
            _load(con, db_path, run_dir, run, outlets, salvages, report)
        except BaseException:
            salvages.abandon()
            raise
        report.quarantined += salvages.commit()
    return report


def _load(con: duckdb.DuckDBPyConnection, db_path: str | Path, run_dir: Path,
          run: dict[str, Any], outlets: list[dict[str, Any]] | None, salvages: Salvages,
          report: LoadReport) -> None:
    """Stage the run's files and upsert them in one transaction (``load_run``)."""
    files = {kind: sorted(run_dir.glob(f"**/*{kind}*.jsonl")) for kind in KINDS}
    for kind in ("rejects", "pages", "events"):  # rejects first: salvage adds to them
        _stage(con, kind, files[kind], salvages, report)
    # Article files are staged chunk by chunk inside the transaction, where a parse
    # error would abort it: check them all first, salvaging the damaged ones.
    counts: dict[Path, int] = {}
    files["articles"] = valid_files(con, "articles", files["articles"], salvages,
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
        con.execute(statement("upsert_pages"))
        report.pages = con.execute("SELECT count(*) FROM pages").fetchone()[0] - before
        # Articles in chunks of staged files (each <= 1000 rows), so memory stays flat
        # however big the run; all chunks commit together.
        con.execute("CREATE OR REPLACE TEMP TABLE run_articles (outlet VARCHAR, "
                    "canonical_url VARCHAR, change VARCHAR, outside_pattern BOOLEAN)")
        for start in range(0, len(files["articles"]), ARTICLE_FILES_PER_CHUNK):
            chunk = files["articles"][start:start + ARTICLE_FILES_PER_CHUNK]
            _stage(con, "articles", chunk, salvages, report)
            _load_articles(con, run, report)
        refresh_occasions(con, run["run_id"])  # clusters + occasions (issue 16)
        report.rejects = con.execute("SELECT count(*) FROM stage_rejects").fetchone()[0]
        for outlet, count in con.execute(
            "SELECT outlet, count(*) FROM stage_rejects GROUP BY ALL").fetchall():
            report.per_outlet.setdefault(outlet or "?", {})["rejects"] = count
        con.execute(statement("upsert_rejects"))
        _record_run(con, run, report)
        con.execute("COMMIT")
    except Exception:
        rollback(con)
        raise
    finally:
        shutil.rmtree(parts_dir, ignore_errors=True)


def _load_articles(con: duckdb.DuckDBPyConnection, run: dict[str, Any],
                   report: LoadReport) -> None:
    """Upsert one staged chunk of articles with their aliases and events."""
    con.execute(statement("classify_articles"), {"run_id": run["run_id"]})
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
    con.execute(statement("insert_new_articles"), {"run_id": run["run_id"]})
    con.execute(statement("upsert_articles"), {"run_id": run["run_id"]})
    con.execute(statement("upsert_article_urls"), {"run_id": run["run_id"]})
    con.execute(statement("replace_events"), {"run_id": run["run_id"]})
    report.events += con.execute(
        "SELECT count(*) FROM events WHERE canonical_url IN "
        "(SELECT canonical_url FROM batch_articles)").fetchone()[0]


def _record_run(con: duckdb.DuckDBPyConnection, run: dict[str, Any], report: LoadReport) -> None:
    con.execute(statement("record_run"), {
        "run_id": run["run_id"], "flow": run.get("flow", "adhoc"),
        "started_at": run.get("started_at"), "finished_at": datetime.now(UTC),
        "status": run.get("status", "loaded"), "outlets": list(run.get("outlets") or []),
        "params": json.dumps(run.get("params", {}), default=str),
        "pages_fetched": report.pages, "articles_new": report.articles_new,
        "articles_updated": report.articles_updated,
        "articles_unchanged": report.articles_unchanged, "rejects": report.rejects,
        "outlet_stats": json.dumps(run.get("outlet_stats", {}), default=str),
        "message": run.get("message"), "host": run.get("host")})
    _record_health(con, run, report)


def _record_health(con: duckdb.DuckDBPyConnection, run: dict[str, Any],
                   report: LoadReport) -> None:
    """The run's figures per outlet into run_outlet_health / run_outlet_rejects (a rerun
    of the same run replaces them), and into ``report.health`` for the flow's artifact."""
    run_id, stats = run["run_id"], run.get("outlet_stats") or {}
    con.execute(statement("run_health"),
                {"run_id": run_id, "outlets": list(run.get("outlets") or [])})
    for table in ("run_outlet_health", "run_outlet_rejects"):
        con.execute(f"DELETE FROM {table} WHERE run_id = ?", [run_id])
    con.execute("INSERT INTO run_outlet_health BY NAME SELECT ? AS run_id, * FROM run_health",
                [run_id])
    for outlet, s in stats.items():
        con.execute("UPDATE run_outlet_health SET finish_reason = ?, discovered = ?, "
                    "failed_reason = ?, caps_hit = ? WHERE run_id = ? AND outlet = ?",
                    [s.get("finish_reason"), s.get("discovered"), s.get("problem"),
                     s.get("caps_hit"), run_id, outlet])
    con.execute(statement("run_outlet_rejects"), {"run_id": run_id})
    report.health = {row["outlet"]: {**row, "rejects_by_reason": []} for row in as_dicts(
        con.execute("SELECT * EXCLUDE (run_id) FROM run_outlet_health WHERE run_id = ? "
                    "ORDER BY outlet", [run_id]))}
    for row in as_dicts(con.execute(
            "SELECT outlet, stage, reason, rejects FROM run_outlet_rejects WHERE run_id = ? "
            "ORDER BY outlet, rejects DESC, stage, reason", [run_id])):
        report.health.setdefault(row.pop("outlet"), {"rejects_by_reason": []}
                                 )["rejects_by_reason"].append(row)


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
            rollback(con)
            raise


def record_failed_run(db_path: str | Path, run: dict[str, Any], message: str) -> None:
    """Record ``run`` (its record as ``Run.record`` gives it) as failed with ``message``:
    a run that failed before loading leaves a row saying why, not nothing."""
    with writer(db_path) as con:
        con.execute(statement("record_failed_run"), {
            "run_id": run["run_id"], "flow": run.get("flow", "adhoc"),
            "started_at": run.get("started_at"), "finished_at": datetime.now(UTC),
            "outlets": list(run.get("outlets") or []),
            "params": json.dumps(run.get("params", {}), default=str), "message": message,
            "host": run.get("host")})


def record_published(db_path: str | Path, run_id: str, note: str, published: str) -> None:
    """A run published to the shared storage after its load: its row's message says so
    (``published``) where it said why it was not (``note``)."""
    with writer(db_path) as con:
        con.execute("UPDATE crawl_runs SET message = replace(message, ?, ?) WHERE run_id = ?",
                    [note, published, run_id])
