"""``warta`` commands that read the warehouse: sql, export, serve, report, health.

None of them starts Prefect or writes the warehouse; each names the file it reads first.
"""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Annotated, TextIO

import typer

from flows.cli_common import DEFAULT_DB, Db, app, checked, ctrl_c_interrupts, open_reader, opened


@app.command()
def sql(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(
        help="The SQL; '-' (or none, with stdin not a terminal) reads it from stdin.")] = None,
    db: Db = DEFAULT_DB,
    format: Annotated[str, typer.Option(  # noqa: A002
        "--format", "-f", help="table, csv, json or parquet (parquet needs --output).")]
    = "table",
    output: Annotated[Path | None, typer.Option("--output", help="Write to this file.")]
    = None,
    width: Annotated[int, typer.Option(help="Table format: widest cell shown.", min=1)] = 60,
) -> None:
    """Run read-only SQL against the warehouse; print it or write CSV, JSON or Parquet."""
    from flows import inputs

    if output is not None:
        checked(inputs.output_file, output, "--output", warehouse=db)
    print_query(_query_or_stdin(query, ctx), db, format, output, width)


def print_query(query: str, db: str, format: str = "table",  # noqa: A002
                output: Path | None = None, width: int = 60) -> None:
    """Print ``query``'s rows from the warehouse ``db`` (or write them to ``output``), as
    ``warta sql`` does once it has its query; other commands (``demo``) call this, not the
    command, whose first parameter is Typer's context."""
    import duckdb

    from warehouse.export import ExportError, write_query

    with open_reader(db) as whole:
        try:
            with ctrl_c_interrupts(whole, output and str(output)) as con:  # rows are
                # fetched while they print
                lines = write_query(con, query, format, output, width=width)
                while chunk := list(islice(lines or (), 1000)):  # one write per 1000 lines
                    typer.echo("\n".join(chunk))
        except (duckdb.Error, ExportError) as exc:
            typer.echo(f"SQL error: {exc}" if isinstance(exc, duckdb.Error) else str(exc),
                       err=True)
            raise typer.Exit(2) from None
    if lines is None:
        typer.echo(f"wrote {output}", err=True)


def _query_or_stdin(query: str | None, ctx: typer.Context) -> str:
    """``query``, or stdin's text for '-' or no query when stdin is not a terminal ('' for
    '-' and an empty stdin: the empty query's error). No query at all, neither as the
    argument nor on stdin, is the usage error of a missing argument."""
    if query in (None, "-"):
        given = query
        if sys.stdin is None or (query is None and sys.stdin.isatty()):
            query = ""
        else:
            try:
                _say_if_stdin_is_quiet(sys.stdin)
                query = sys.stdin.read()
            except UnicodeDecodeError as exc:
                typer.echo(f"the query is not UTF-8 text ({exc.reason} at byte {exc.start})",
                           err=True)
                raise typer.Exit(2) from None
        if given is None and not query.strip():
            typer.echo("error: Missing argument 'QUERY' (or '-' to read it from stdin).",
                       err=True)
            typer.echo(ctx.get_usage(), err=True)
            raise typer.Exit(2)
    try:  # undecodable bytes arrive as surrogates (argv, a C locale's stdin): DuckDB aborts
        query.encode("utf-8")
    except UnicodeEncodeError as exc:
        typer.echo(f"the query is not UTF-8 text (a byte it cannot read at character "
                   f"{exc.start})", err=True)
        raise typer.Exit(2) from None
    return query


STDIN_QUIET = 1.0  # seconds without a byte of the query before saying where it is awaited


def _say_if_stdin_is_quiet(stream: TextIO) -> None:
    """One line on stderr when no byte of the query has come within ``STDIN_QUIET`` seconds
    (a pipe that stays open and silent, ``sleep 100 | warta sql``), so the wait is not
    mistaken for a hang; the read then goes on waiting. A query already there says nothing."""
    try:
        ready, _, _ = select.select([stream.fileno()], [], [], STDIN_QUIET)
    except (AttributeError, OSError, ValueError):  # not a file descriptor (a test's stream)
        return
    if not ready:
        typer.echo("waiting for the query on stdin (give it as an argument instead, or end "
                   "the input with Ctrl-D)", err=True)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="Folder for the files.")]
    = Path("data/export"),
    format: Annotated[list[str] | None, typer.Option(  # noqa: A002
        "--format", "-f", help="csv and/or parquet (default both).")] = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Write the marts (events, articles, outlets, regions, aggregates) as CSV and Parquet."""
    from flows import inputs
    from warehouse.export import ExportError, export_marts

    checked(inputs.folder, out, "--out")
    with open_reader(db) as whole:
        try:
            # an interrupted export's files are not kept (all are, once the last is whole)
            with ctrl_c_interrupts(whole, f"every file in {out}/") as con:
                written = export_marts(con, out, format or ("csv", "parquet"))
        except ExportError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(2) from None
    typer.echo(f"wrote {len(written)} files to {out}/")


@app.command()
def serve(
    db: Db = DEFAULT_DB,
    snapshot: Annotated[Path | None, typer.Option(
        help="SQLite snapshot to write and serve (default: beside the warehouse).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8001,
) -> None:
    """Browse the marts in Datasette (facets, saved queries, CSV) over a read-only snapshot."""
    from flows import environment, inputs
    from warehouse.snapshot import datasette_args, write_snapshot

    target = snapshot or Path(db).with_suffix(".sqlite")
    checked(inputs.output_file, target, "--snapshot", warehouse=db)
    # Listening from this check on (before the snapshot is rewritten) until Datasette,
    # which is handed the socket, serves on it: no other program can take the port between
    with checked(environment.listening_socket, host, port) as listening:
        with open_reader(db) as whole, _sql_errors_in_one_line(), \
                ctrl_c_interrupts(whole, f"the snapshot {target} (not served)") as con:
            counts = write_snapshot(con, target)
        typer.echo(f"snapshot {target}: {counts.get('fct_events', 0)} events, "
                   f"{counts.get('fct_articles', 0)} articles", err=True)
        typer.echo(f"serving on http://{host}:{port}/ (Ctrl-C stops)", err=True)
        os.set_inheritable(listening.fileno(), True)
        os.execv(sys.executable, datasette_args(target, fd=listening.fileno()))


@contextmanager
def _sql_errors_in_one_line() -> Iterator[None]:
    """A mart whose query fails (a view broken by hand, a value a cast refuses) ends the
    command in one line, exit 2, as sql does, instead of a traceback."""
    import duckdb

    try:
        yield
    except duckdb.Error as exc:
        typer.echo(f"SQL error: {(str(exc).splitlines() or [''])[0]}", err=True)
        raise typer.Exit(2) from None


@app.command()
def report(
    db: Db = DEFAULT_DB,
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")]
    = Path("data/report.html"),
) -> None:
    """Write the report page: occasions per province and month, activity and outlet; the latest."""
    from flows import inputs
    from warehouse.report import collect, write_page

    checked(inputs.output_file, out, "--out", warehouse=db)
    with open_reader(db) as whole, _sql_errors_in_one_line(), \
            ctrl_c_interrupts(whole) as con:
        figures = collect(con)  # Ctrl-C: one line, exit 130, as in sql and export
    write_page(out, figures, warehouse=str(db), now=datetime.now(UTC))
    typer.echo(f"wrote {out}")


@app.command()
def health(
    runs: Annotated[int, typer.Option(help="How many recent runs to list.", min=1)] = 10,
    chart: Annotated[str, typer.Option(help="PNG chart of articles and events per outlet "
                                            "per publication day.")] = "data/health.png",
    days: Annotated[int, typer.Option(help="Days in the chart, up to the newest "
                                           "publication day in the warehouse.", min=1)] = 60,
    db: Db = DEFAULT_DB,
) -> None:
    """The last runs per outlet (yield, coverage, verdict) and a chart of articles per day."""
    from flows import inputs
    from flows.health import RUN_COLUMNS, cap_notes, run_rows, text_table, write_chart
    from warehouse.queries import daily_counts_of, runs_health

    if Path(db).exists():  # an absent warehouse simply has no runs yet
        checked(inputs.warehouse, db, write=False)
    checked(inputs.output_file, chart, "--chart", warehouse=db)
    typer.echo(f"warehouse: {db}", err=True)
    recent, counts = [], []
    if Path(db).exists():  # opened once, read whole (another program's lock: one wait)
        with opened(db) as con:
            recent, counts = runs_health(con, runs), daily_counts_of(con)
    if recent:
        typer.echo(text_table(RUN_COLUMNS, run_rows(recent)))
        for note in cap_notes(recent):
            typer.echo(note)
    else:
        typer.echo(f"no runs recorded in {db} yet")
    drawn = write_chart(counts, chart, days=days)
    typer.echo(f"chart: {chart}" if drawn else
               f"chart: {chart} (empty: no dated articles in the warehouse yet)")
