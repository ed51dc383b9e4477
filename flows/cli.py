"""The ``warta`` command line. Every command runs the same Prefect flow a deployment runs."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

import flows  # noqa: F401  (Prefect defaults before Prefect loads)

app = typer.Typer(help="warta: Indonesian regional news, crawled, archived and queryable.",
                  no_args_is_help=True, add_completion=False)

REPO = Path(__file__).resolve().parent.parent
BUNDLED_ARCHIVE = REPO / "tests" / "fixtures" / "archive" / "outlets.warc.gz"

Outlets = Annotated[list[str] | None, typer.Option("--outlet", "-o",
                    help="Outlet slug; repeat for several. Default: every enabled outlet.")]
Db = Annotated[str, typer.Option("--db", help="DuckDB warehouse file.")]
DataDir = Annotated[str, typer.Option("--data-dir", help="Archives and staged batches.")]
Workers = Annotated[int, typer.Option(help="Extraction processes.")]


def _echo_summary(summary: dict) -> None:
    load = summary["load"]
    typer.echo(f"run {summary['run_id']} ({summary['flow']}): {summary['status']}")
    for slug, stats in summary["outlet_stats"].items():
        parts = ", ".join(f"{k}={v}" for k, v in stats.items() if v not in (None, ""))
        typer.echo(f"  {slug}: {parts}")
    typer.echo(f"loaded: {load['pages']} pages, {load['articles_new']} new / "
               f"{load['articles_updated']} updated / {load['articles_unchanged']} unchanged "
               f"articles, {load['rejects']} rejects")
    for item in load["quarantined"]:
        typer.echo(f"  QUARANTINED {item}", err=True)


def _run(flow_call) -> None:
    from flows.pipeline import RunFailed

    try:
        summary = flow_call()
    except RunFailed as exc:
        if exc.summary:
            _echo_summary(exc.summary)
        typer.echo(f"FAILED: {exc}", err=True)
        raise typer.Exit(1) from None
    _echo_summary(summary)


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
    max_pages: Annotated[int | None, typer.Option(help="Listing pages per source.")] = None,
    topics: Annotated[bool, typer.Option(help="Backfill: also topic search pages.")] = False,
    db: Db = "data/warta.duckdb",
    data_dir: DataDir = "data",
    workers: Workers = 2,
) -> None:
    """Crawl outlets: nightly (incremental) by default, a backfill with --since/--until."""
    if since or until:
        from flows.backfill import backfill

        _run(lambda: backfill(
            outlets=outlet, since=date.fromisoformat(since) if since else date(2024, 7, 1),
            until=date.fromisoformat(until) if until else None, db_path=db,
            data_dir=data_dir, replay=replay, base_url=base_url, max_pages=max_pages,
            topics=topics, workers=workers))
    else:
        from flows.nightly import nightly

        _run(lambda: nightly(outlets=outlet, db_path=db, data_dir=data_dir, replay=replay,
                             base_url=base_url, workers=workers))


@app.command()
def ingest(
    archives: Annotated[list[Path], typer.Argument(help="WARC files (.warc, .warc.gz).",
                                                   exists=True, dir_okay=False)],
    db: Db = "data/warta.duckdb",
    data_dir: DataDir = "data",
    workers: Workers = 2,
) -> None:
    """Extract and load the HTML responses of any web archive, matched to outlets by host."""
    from flows.ingest import ingest as ingest_flow

    _run(lambda: ingest_flow(archives=[str(a) for a in archives], db_path=db,
                             data_dir=data_dir, workers=workers))


@app.command()
def reprocess(outlet: Outlets = None, db: Db = "data/warta.duckdb",
              data_dir: DataDir = "data", workers: Workers = 2) -> None:
    """Re-extract every archived article page (no network) and update the warehouse."""
    from flows.reprocess import reprocess as reprocess_flow

    _run(lambda: reprocess_flow(outlets=outlet, db_path=db, data_dir=data_dir,
                                workers=workers))


@app.command()
def extract(
    page: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Saved HTML page.")],
    url: Annotated[str, typer.Option(help="The URL the page was fetched from.")],
    outlet: Annotated[str | None, typer.Option(
        help="Outlet slug; default: by URL host, a site outside the registry as other:<host>.")]
    = None,
    timezone: Annotated[str | None, typer.Option(
        help="IANA zone of times the page prints without one; default: the outlet's, "
             "Asia/Jakarta for a site outside the registry.")] = None,
) -> None:
    """Print the article and its events extracted from one saved page, as JSON."""
    from dataclasses import replace
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from spiders.registry import RegistryError, context_for_url, get
    from transforms.extract.article import ExtractError
    from transforms.extract.decoding import decode_html
    from transforms.page import read_page

    try:
        ctx = get(outlet).context() if outlet else context_for_url(url)
        if timezone:
            ZoneInfo(timezone)
            ctx = replace(ctx, timezone=timezone)
    except RegistryError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    except (ZoneInfoNotFoundError, ValueError):
        typer.echo(f"unknown time zone {timezone!r} (an IANA name such as Asia/Makassar)",
                   err=True)
        raise typer.Exit(2) from None
    html = decode_html(page.read_bytes(), None)
    try:
        row = read_page(html, url, ctx)
    except ExtractError as exc:
        typer.echo(json.dumps({"url": url, "rejected": exc.reason}, ensure_ascii=False))
        raise typer.Exit(1) from None
    events = row.pop("events")
    out = {"article": row, "events": events}
    typer.echo(json.dumps(out, ensure_ascii=False, indent=2))


@app.command()
def canary(
    outlet: Outlets = None,
    base_url: Annotated[list[str] | None, typer.Option(
        help="OUTLET=URL: fetch that outlet from another base URL; repeatable.")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds per outlet.")] = 300,
) -> None:
    """Fetch each outlet's newest article live and report the fields found; exit 1 if broken."""
    from flows.canary import check_outlet, table
    from flows.pipeline import resolve_outlets

    bases = dict(item.split("=", 1) for item in base_url or [])
    results = [check_outlet(slug, bases.get(slug), timeout=timeout)
               for slug in resolve_outlets(outlet)]
    typer.echo(table(results))
    if not all(r.ok for r in results):
        raise typer.Exit(1)


@app.command()
def outlets() -> None:
    """List the outlet registry."""
    from spiders.registry import registry

    typer.echo(f"{'slug':<14}{'enabled':<9}{'tz':<15}{'cms':<11}{'hosts':>6}  first source")
    for o in registry().values():
        typer.echo(f"{o.slug:<14}{'yes' if o.enabled else 'no':<9}{o.timezone:<15}"
                   f"{o.cms:<11}{len(o.hosts):>6}  {o.sources[0].url}")


@app.command()
def sql(query: str, db: Db = "data/warta.duckdb") -> None:
    """Run read-only SQL against the warehouse and print the result."""
    import duckdb

    from warehouse.db import reader

    if not Path(db).exists():
        typer.echo(f"no warehouse at {db}", err=True)
        raise typer.Exit(2)
    with reader(db) as con:
        try:
            result = con.execute(query)
            names = [d[0] for d in result.description]
            rows = result.fetchall()
        except duckdb.Error as exc:
            typer.echo(f"SQL error: {exc}", err=True)
            raise typer.Exit(2) from None
    typer.echo("\t".join(names))
    for row in rows:
        typer.echo("\t".join("" if v is None else str(v) for v in row))


@app.command()
def health(
    runs: Annotated[int, typer.Option(help="How many recent runs to list.")] = 10,
    chart: Annotated[str, typer.Option(help="PNG chart of articles and events per outlet "
                                            "per publication day.")] = "data/health.png",
    days: Annotated[int, typer.Option(help="Days in the chart, up to the newest "
                                           "publication day in the warehouse.")] = 60,
    db: Db = "data/warta.duckdb",
) -> None:
    """The last runs per outlet (yield, coverage, verdict) and a chart of articles per day."""
    from flows.health import RUN_COLUMNS, run_rows, text_table, write_chart
    from warehouse.load import daily_counts, recent_health

    recent = recent_health(db, runs)
    if recent:
        typer.echo(text_table(RUN_COLUMNS, run_rows(recent)))
    else:
        typer.echo(f"no runs recorded in {db} yet")
    drawn = write_chart(daily_counts(db), chart, days=max(days, 1))
    typer.echo(f"chart: {chart}" if drawn else
               f"chart: {chart} (empty: no dated articles in the warehouse yet)")


@app.command()
def demo(db: Db = "data/demo.duckdb", data_dir: DataDir = "data/demo") -> None:
    """Offline demo: replay the bundled web archive through the nightly flow into DuckDB."""
    if not BUNDLED_ARCHIVE.exists():
        typer.echo(f"bundled archive missing: {BUNDLED_ARCHIVE}", err=True)
        raise typer.Exit(2)
    from flows.nightly import nightly

    _run(lambda: nightly(db_path=db, data_dir=data_dir, replay=[str(BUNDLED_ARCHIVE)]))
    sql("SELECT outlet, CAST(published_at AS DATE) AS published, left(title, 70) AS title "
        "FROM articles ORDER BY published_at", db=db)


def main() -> None:  # pragma: no cover
    sys.exit(app())


if __name__ == "__main__":  # pragma: no cover
    main()
