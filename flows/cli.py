"""The ``warta`` command line: the commands that run or load (crawl, ingest, reprocess, load,
demo) and ``main``.

crawl, ingest, reprocess and demo run the same Prefect flows the deployments run; load
loads what runs left waiting. The other commands register on the same app from
flows/cli_pages.py (extract, canary, outlets: one page or the registry, no flow) and
flows/cli_warehouse.py (sql, export, serve, report, health: reading the warehouse).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer

from flows import cli_pages, cli_warehouse  # noqa: F401  (they register their commands on app)
from flows.cli_common import (
    DEFAULT_DB,
    DataDir,
    Db,
    FanOut,
    Outlets,
    SliceDays,
    Workers,
    app,
    checked,
    crawl_arguments,
    outlet_choice,
    prefect_api_url,
)
from flows.cli_run import one_line, run_supervised, storage_error
from flows.cli_warehouse import print_query  # importing it registers the warehouse commands

REPO = Path(__file__).resolve().parent.parent
BUNDLED_ARCHIVE = REPO / "tests" / "fixtures" / "archive" / "outlets.warc.gz"


def _local_archives(given: list[str] | None, data_dir: str) -> list[str]:
    """Archive arguments with storage URLs (s3://..., file://...) replaced by local copies
    under ``<data_dir>/cache`` (warehouse/storage.py); exit 2 when a URL finds nothing."""
    from warehouse.storage import local_copies

    try:
        return local_copies(list(given or []), Path(data_dir) / "cache")
    except (FileNotFoundError, OSError, ValueError) as exc:
        typer.echo(f"error: archive {exc}: not found in the storage", err=True)
        raise typer.Exit(2) from None


@app.command()
def crawl(
    outlet: Outlets = None,
    since: Annotated[str | None, typer.Option(help="Backfill from this day (YYYY-MM-DD).")]
    = None,
    until: Annotated[str | None, typer.Option(help="Backfill up to this day (YYYY-MM-DD).")]
    = None,
    replay: Annotated[list[str] | None, typer.Option(
        help="Read responses from this WARC instead of the network; repeatable.")] = None,
    base_url: Annotated[str | None, typer.Option(help="Serve outlets from this base URL.")]
    = None,
    max_pages: Annotated[int | None, typer.Option(help="Listing pages per source.", min=1)]
    = None,
    topics: Annotated[bool, typer.Option(help="Backfill: also topic search pages.")] = False,
    db: Db = DEFAULT_DB,
    data_dir: DataDir = "data",
    workers: Workers = 2,
    fan_out: FanOut = None,
    slice_days: SliceDays = None,
) -> None:
    """Crawl outlets: nightly (incremental) by default, a backfill with --since/--until;
    with --fan-out, one crawl-outlet flow run per outlet (and slice) on the work pool."""
    from flows import environment, inputs

    outlet = outlet_choice(outlet)
    start, end = checked(inputs.day_range, since, until)
    mode = checked(inputs.fan_out_mode, fan_out, os.environ.get("WARTA_FAN_OUT"))
    slice_days = checked(inputs.slice_days, slice_days, backfill=bool(since or until),
                         fan_out=mode)
    checked(environment.storage_setting, os.environ.get("WARTA_STORAGE"))
    replay = checked(inputs.fan_out_replay, replay, mode)  # URLs reach this host only
    replay = checked(inputs.warc_files, _local_archives(replay, data_dir)) or None
    checked(inputs.warehouse, db, write=True)
    checked(inputs.folder, data_dir, "--data-dir")
    checked(inputs.warehouse_apart, db, data_dir)
    checked(environment.run_settings)  # before the flow's code loads (seconds of CPU)
    if mode == "deployments":  # a server that answers, with the crawl-outlet deployment
        from flows.fanout import DEPLOYMENT

        pool = checked(environment.fan_out_target, prefect_api_url(), DEPLOYMENT)
        typer.echo(f"fan-out: one {DEPLOYMENT} run per batch on work pool {pool}", err=True)
    if not replay:  # the outlets' terms, before any work (the flow checks them again)
        from flows.run import resolve_outlets
        from flows.terms import PermissionRequired, live_outlets

        try:
            live_outlets(resolve_outlets(outlet), named=bool(outlet))
        except PermissionRequired as exc:
            typer.echo(f"REFUSED: {exc}", err=True)
            raise typer.Exit(2) from None
    name, params = crawl_arguments(
        outlet, start, end, fan_out=mode, slice_days=slice_days, db_path=db,
        data_dir=data_dir, replay=replay, base_url=base_url, workers=workers,
        max_pages=max_pages, topics=topics)
    if name == "backfill":
        from flows.backfill import backfill as flow
    else:
        from flows.nightly import nightly as flow
    run_supervised(lambda: flow(**params), data_dir, db)


@app.command()
def ingest(
    archives: Annotated[list[str], typer.Argument(
        help="WARC files (.warc, .warc.gz), or their URLs in a storage (s3://..., globs).")],
    db: Db = DEFAULT_DB,
    data_dir: DataDir = "data",
    workers: Workers = 2,
    all_hosts: Annotated[bool, typer.Option(
        "--all-hosts", help="Also load the HTML pages of hosts outside the registry, each as "
        "outlet other:<host> (no selectors, Asia/Jakarta).")] = False,
) -> None:
    """Extract and load the HTML responses of any web archive, matched to outlets by host."""
    from flows import inputs

    good, bad = [], {}
    for path in _local_archives(archives, data_dir):
        try:
            good.append(str(inputs.warc_file(Path(path))))
        except inputs.InputError as exc:
            bad[str(path)] = str(exc).removeprefix(f"archive {path}: ")
    if not good:
        for path, why in bad.items():
            typer.echo(f"error: archive {path}: {why}", err=True)
        raise typer.Exit(2)
    checked(inputs.warehouse, db, write=True)
    checked(inputs.folder, data_dir, "--data-dir")
    checked(inputs.warehouse_apart, db, data_dir)
    from flows.ingest import ingest as ingest_flow

    def flow_call() -> dict:
        summary = ingest_flow(archives=good, db_path=db, data_dir=data_dir, workers=workers,
                              all_hosts=all_hosts)
        return {**summary, "skipped_archives": {**bad, **summary["skipped_archives"]}}

    run_supervised(flow_call, data_dir, db)


@app.command()
def reprocess(outlet: Outlets = None, db: Db = DEFAULT_DB,
              data_dir: DataDir = "data", workers: Workers = 2) -> None:
    """Re-extract every archived article page (no network) and update the warehouse."""
    from flows import inputs

    outlet = outlet_choice(outlet)
    checked(inputs.warehouse, db, write=False)  # it must exist: its archived pages are read
    checked(inputs.warehouse, db, write=True)
    checked(inputs.folder, data_dir, "--data-dir")
    checked(inputs.warehouse_apart, db, data_dir)
    from flows.reprocess import reprocess as reprocess_flow

    run_supervised(lambda: reprocess_flow(outlets=outlet, db_path=db, data_dir=data_dir,
                                workers=workers), data_dir, db)


@app.command()
def load(
    pending: Annotated[bool, typer.Option(
        "--pending", help="Load the runs a locked warehouse or an interrupted ingest left "
        "waiting, and the complete batches other hosts published to $WARTA_STORAGE.")
    ] = False,
    db: Db = DEFAULT_DB,
    data_dir: DataDir = "data",
) -> None:
    """Load staged runs that could not be loaded when they ran (a locked warehouse, an
    ingest killed before its load), batches published to the shared storage, and fanned-out
    runs whose batches are not all loaded (no crawling; the ``load`` flow runs for those
    only): the single writer of a scaled-out warta. An ingest killed before its batches were
    whole is named, not loaded, and the command exits 1."""
    from flows import environment, inputs
    from flows.batches import area, runs_to_load
    from flows.cli_run import load_fanned_out
    from warehouse import storage
    from warehouse.load_process import LoadFailed
    from warehouse.pending import (
        MARKER,
        UNPUBLISHED,
        load_pending,
        load_published,
        marking_loaded,
        pending_runs,
        publish_waiting,
        unfinished_runs,
        unpublished_runs,
    )

    if not pending:
        typer.echo("error: say what to load: --pending", err=True)
        raise typer.Exit(2)
    checked(inputs.warehouse, db, write=True)
    checked(environment.run_settings)
    checked(environment.storage_setting, os.environ.get("WARTA_STORAGE"))
    from flows.leftovers import clean_dead_runs, run_alive

    if removed := clean_dead_runs(data_dir):  # killed runs' and attempts' half-written work
        typer.echo(f"removed {len(removed)} leftover(s) of dead runs and attempts", err=True)
    staging = Path(data_dir) / "staging"
    store = storage.shared_storage(data_dir)
    failed: list[tuple[str, Exception]] = []  # batches that could not load; the rest did
    published: list[str] = []  # runs loaded here that could not publish when they ran
    unpublished: list[tuple[str, str]] = []  # ... and those the storage still refuses
    try:
        fanned = runs_to_load(area(data_dir))
        unfinished = unfinished_runs(staging, run_alive)  # named below, never loaded
        if not (pending_runs(staging, run_alive) or store is not None or fanned
                or unfinished):
            typer.echo(f"no pending runs under {staging}")
            waiting_for_storage(staging, unpublished_runs(staging, run_alive))
            return
        if store is not None:  # published first: a pending run loaded next is marked loaded
            typer.echo(f"storage: {store.url}", err=True)
            published, unpublished = publish_waiting(store, staging, db, running=run_alive)
        reports = load_pending(db, staging, load=marking_loaded(store), running=run_alive)
        if store is not None:
            reports += load_published(db, store, Path(data_dir) / "from-storage",
                                      failed=failed)
        loaded_fanned, failed_runs = load_fanned_out(db, data_dir) if fanned else ([], {})
    except (LoadFailed, storage.IncompleteBatch) as exc:
        typer.echo(f"FAILED: {exc}", err=True)
        raise typer.Exit(1) from None
    except Exception as exc:
        if not storage_error(exc):
            raise
        typer.echo(f"FAILED: {one_line(exc)}", err=True)
        raise typer.Exit(1) from None
    if not (reports or failed or fanned or unfinished or published or unpublished):
        typer.echo(f"no pending runs under {staging} or in {store.url if store else '-'}")
    for run_id in published:
        typer.echo(f"published run {run_id} to {store.url if store else '-'} (it could not "
                   "publish when it ran)")
    for report in reports:
        typer.echo(f"loaded pending run {report.run_id}: {report.pages} pages, "
                   f"{report.articles_new} new / {report.articles_updated} updated articles")
    for done in loaded_fanned:
        typer.echo(f"loaded fanned-out run {done['run_id']}: {done['load']['pages']} pages, "
                   f"{done['load']['articles_new']} new / "
                   f"{done['load']['articles_updated']} updated articles")
    # A staged file with lines that do not parse or lack fields is moved to quarantine/, its
    # intact lines and the rest of its run loaded: named here, and the command fails on it.
    quarantined = [q for r in reports for q in r.quarantined]
    quarantined += [q for done in loaded_fanned for q in done["load"].get("quarantined", [])]
    for item in quarantined:
        typer.echo(f"QUARANTINED {item}", err=True)
    for batch, exc in failed:
        typer.echo(f"FAILED: batch {batch}: {one_line(exc)}", err=True)
    for run, why in failed_runs.items():
        typer.echo(f"FAILED: run {run}: {why}", err=True)
    for run_dir, spec in unfinished:
        if "damaged" in spec:
            typer.echo(f"NOT LOADED: run {run_dir.name}: its {MARKER} cannot be read "
                       f"({spec['damaged']}); run the command that made it again, then remove "
                       f"{run_dir / MARKER}", err=True)
            continue
        typer.echo(f"NOT LOADED: run {run_dir.name} ({spec['run'].get('flow', '?')}) stopped "
                   f"before its staged batches were whole; {run_again(spec)}", err=True)
    if store is None:
        waiting_for_storage(staging, unpublished_runs(staging, run_alive))
    for run_id, why in unpublished:
        hint = ("" if why.startswith(f"not published: its {UNPUBLISHED}") else
                "; `warta load --pending` publishes it once the storage takes writes again")
        typer.echo(f"NOT PUBLISHED: run {run_id} loaded here but is still {why}{hint}",
                   err=True)
    if failed or failed_runs or quarantined or unfinished or unpublished:
        raise typer.Exit(1)


def waiting_for_storage(staging: Path, runs: list[Path]) -> None:
    """Name the runs waiting to be published when no shared storage is set (now)."""
    from warehouse.pending import UNPUBLISHED

    for run_dir in runs:
        typer.echo(f"run {run_dir.name} waits to be published: set WARTA_STORAGE to publish "
                   f"it, or remove {run_dir / UNPUBLISHED} to leave it on this host", err=True)


def run_again(spec: dict) -> str:
    """How to load what an unfinished run was staging: its command again."""
    archives = spec.get("archives") or spec["run"].get("params", {}).get("archives") or []
    if spec["run"].get("flow") != "ingest" or not archives:
        return "run the same command again to load it"
    shown = " ".join(archives[:3]) + (f" ... ({len(archives)} archives)"
                                      if len(archives) > 3 else "")
    return f"run `warta ingest {shown}` again to load it"


DemoDb = Annotated[str, typer.Option("--db", help="DuckDB warehouse file of the demo, apart "
                                           "from the real one ($WARTA_DB is not read).")]


@app.command()
def demo(db: DemoDb = "data/demo.duckdb",
         data_dir: DataDir = "data/demo") -> None:
    """Offline demo: replay the bundled web archive through the nightly flow into DuckDB."""
    from flows import inputs

    if not BUNDLED_ARCHIVE.exists():
        typer.echo(f"error: bundled archive missing: {BUNDLED_ARCHIVE}", err=True)
        raise typer.Exit(2)
    checked(inputs.warehouse, db, write=True)
    checked(inputs.folder, data_dir, "--data-dir")
    checked(inputs.warehouse_apart, db, data_dir)
    from flows.nightly import nightly

    run_supervised(lambda: nightly(db_path=db, data_dir=data_dir, replay=[str(BUNDLED_ARCHIVE)],
                        fan_out="local"), data_dir, db)
    print_query("SELECT outlet, CAST(published_at AS DATE) AS published, left(title, 70) "
                "AS title FROM articles ORDER BY published_at", db)
    typer.echo(f"\nThe demo warehouse is {db}, apart from the real one ({DEFAULT_DB}). "
               f"Query it with --db {db}, or for every command at once: "
               f"export WARTA_DB={db}")


def _interrupted(_signum: int, _frame: object) -> None:
    """Ctrl-C outside a query or a flow (each has its own): one line, then Typer ends the
    command with status 130 (``INTERRUPTED``), as it does any KeyboardInterrupt."""
    typer.echo("interrupted", err=True)
    raise KeyboardInterrupt


def main() -> None:  # pragma: no cover
    """``warta``: a usage error (unknown option, a value of the wrong type, a missing
    argument) is one line and its usage line, exit 2, instead of Typer's framed panel."""
    from typer.exceptions import TyperException  # Typer's (vendored) Click exceptions

    signal.signal(signal.SIGINT, _interrupted)
    try:
        code = app(standalone_mode=False)
    except TyperException as exc:
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
            typer.echo(ctx.get_help())
        else:
            typer.echo(f"error: {exc.format_message()}", err=True)
            if ctx is not None:
                typer.echo(ctx.get_usage(), err=True)
        sys.exit(getattr(exc, "exit_code", 2))
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
