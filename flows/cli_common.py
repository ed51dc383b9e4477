"""The ``warta`` command line's shared pieces: the Typer app, option types, input checks.

Commands are defined in flows/cli.py (runs: crawl, ingest, reprocess, load, extract,
canary, outlets, demo) and flows/cli_warehouse.py (reading the warehouse: sql, export,
serve, report, health); both register on ``app``.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

import flows  # noqa: F401  (Prefect defaults before Prefect loads)

app = typer.Typer(help="warta: Indonesian regional news, crawled, archived and queryable.",
                  no_args_is_help=True, add_completion=False)

Outlets = Annotated[list[str] | None, typer.Option("--outlet", "-o",
                    help="Outlet slug; repeat for several. Default: every enabled outlet.")]
DEFAULT_DB = os.environ.get("WARTA_DB", "data/warta.duckdb")
Db = Annotated[str, typer.Option("--db", help="DuckDB warehouse file (default: $WARTA_DB or "
                                       "data/warta.duckdb).")]
DataDir = Annotated[str, typer.Option("--data-dir", help="Archives and staged batches.")]
Workers = Annotated[int, typer.Option(help="Extraction processes.")]


def checked(check, *args, **kwargs):
    """Run an input check from flows/inputs.py: one line and exit 2 when it fails."""
    from flows.inputs import InputError

    try:
        return check(*args, **kwargs)
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def outlet_choice(given: list[str] | None) -> list[str] | None:
    from flows.inputs import outlet_slugs
    from spiders.registry import registry

    return checked(outlet_slugs, given, registry())



def open_reader(db: str):
    """The read-only warehouse, named on stderr first so nobody queries the wrong file."""
    from flows import inputs
    from warehouse.db import reader

    checked(inputs.warehouse, db, write=False)
    typer.echo(f"warehouse: {db}", err=True)
    return reader(db)


