"""The ``warta`` command line's shared pieces: the Typer app, option types, input checks.

Commands are defined in flows/cli.py (runs: crawl, ingest, reprocess, load, demo),
flows/cli_pages.py (one page or the registry: extract, canary, outlets) and
flows/cli_warehouse.py (reading the warehouse: sql, export, serve, report, health); each
registers on ``app``.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date
from typing import Annotated, Any

import typer

import flows  # noqa: F401  (Prefect defaults before Prefect loads)

app = typer.Typer(help="warta: Indonesian regional news, crawled, archived and queryable.",
                  no_args_is_help=True, add_completion=False)

Outlets = Annotated[list[str] | None, typer.Option("--outlet", "-o",
                    help="Outlet slug; repeat for several. Default: every enabled outlet.")]
INTERRUPTED = 130  # the exit status of a command stopped by Ctrl-C (128 + SIGINT)
DEFAULT_DB = os.environ.get("WARTA_DB", "data/warta.duckdb")
Db = Annotated[str, typer.Option("--db", help="DuckDB warehouse file (default: $WARTA_DB or "
                                       "data/warta.duckdb).")]
DataDir = Annotated[str, typer.Option("--data-dir", help="Archives and staged batches.")]
Workers = Annotated[int, typer.Option(help="Extraction processes.", min=1)]
FanOut = Annotated[bool | None, typer.Option(
    "--fan-out/--no-fan-out", help="Run one crawl-outlet flow run per outlet on the Prefect "
    "work pool (needs PREFECT_API_URL and the deployments: README \"Scaling out\"). Default: "
    "$WARTA_FAN_OUT, else in this process.", show_default=False)]
SliceDays = Annotated[int | None, typer.Option(
    help="With --fan-out and --since/--until: one crawl-outlet run per outlet and "
    "slice of this many days.")]


def checked(check, *args, **kwargs):
    """Run a check from flows/inputs.py or flows/environment.py: one line and exit 2 when it
    fails."""
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


def prefect_api_url() -> str | None:
    """The Prefect server this process would use (PREFECT_API_URL, or the profile's)."""
    from prefect.settings import get_current_settings

    return get_current_settings().api.url


def crawl_arguments(outlets: list[str] | None, since: date | None, until: date | None, *,
                    fan_out: str, slice_days: int | None = None, **common: Any
                    ) -> tuple[str, dict[str, Any]]:
    """The flow ``warta crawl`` runs (nightly, or backfill when a day bound is given) and
    its parameters; ``common``: db_path, data_dir, replay, base_url, workers, and for a
    backfill max_pages and topics."""
    from flows.parameters import DEFAULT_SINCE

    backfill_only = {k: common.pop(k) for k in ("max_pages", "topics") if k in common}
    params = {"outlets": outlets, **common, "fan_out": fan_out}
    if since is None and until is None:
        return "nightly", params
    return "backfill", {**params, **backfill_only, "since": since or DEFAULT_SINCE,
                        "until": until, "slice_days": slice_days}


def _writable_to_update(db: str, behind: list[str]) -> None:
    """An InputError naming what is behind when this user cannot write the warehouse."""
    from flows import inputs

    try:
        inputs.warehouse(db, write=True)
    except inputs.InputError:
        raise inputs.InputError(
            f"--db {db}: written by an older warta (behind: {', '.join(behind)}) and not "
            "writable here; run `warta load` on it once as its owner") from None


class _Interrupted(Exception):
    """Ctrl-C came while no query ran: raised at the next call to the connection."""


class _StopsAtCtrlC:
    """The connection, each of whose calls first checks for a Ctrl-C that came while no query
    ran (between the queries of a command that runs several: export's marts, report's
    figures, serve's tables): the block stops there instead of running the rest. A call that
    returns the connection itself (``execute``) returns this wrapper, so fetches are checked."""

    def __init__(self, con: Any, hit: list[int]) -> None:
        self._con, self._hit = con, hit

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._con, name)
        if not callable(attr) or name == "interrupt":
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            if self._hit:
                raise _Interrupted
            result = attr(*args, **kwargs)
            return self if result is self._con else result
        return call


@contextmanager
def ctrl_c_interrupts(con, written: str | None = None) -> Iterator[Any]:
    """Ctrl-C stops the block: a query running then with DuckDB's own ``interrupt()`` (a
    KeyboardInterrupt would surface as whatever DuckDB raises then), else at its next call to
    the connection the block is given (never halfway through other work, such as a file
    being put in place); the command says "interrupted" in one line and exits 130
    (128 + SIGINT). A Ctrl-C that comes after the block's last query, while it finishes
    what it writes (``written``: what the block has then put in place whole), still ends
    the command with 130, and the line says that the output is complete."""
    if threading.current_thread() is not threading.main_thread():  # signals reach main only
        yield con
        return
    hit: list[int] = []
    completed = False

    def stop(signum: int, _frame: object) -> None:
        hit.append(signum)
        con.interrupt()

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield _StopsAtCtrlC(con, hit)
        completed = True
    except Exception:
        if not hit:
            raise
    finally:
        signal.signal(signal.SIGINT, previous)
    if hit:
        late = completed and written is not None
        typer.echo(f"interrupted after the last query: {written} is complete" if late
                   else "interrupted", err=True)
        raise typer.Exit(INTERRUPTED)


def _say(line: str) -> None:
    typer.echo(line, err=True)


@contextmanager
def opened(db: str) -> Iterator[Any]:
    """``reader(db)``, saying once on stderr whom it waits for when another program holds
    the warehouse; a lock that outlasts the wait (WarehouseLocked, or LockTimeout for another
    warta process) ends the command in one line, exit 2, instead of a traceback."""
    from warehouse.db import reader

    stack = ExitStack()
    try:
        con = stack.enter_context(reader(db, on_wait=_say))
    except TimeoutError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    with stack:
        yield con


@contextmanager
def open_reader(db: str) -> Iterator[Any]:
    """The read-only warehouse, named on stderr first so nobody queries the wrong file.

    A warehouse last written by an older warta (a migration not applied, views of another
    version) is brought up to date first, under the writer lock, as any run would; a file this
    user cannot write, or another program keeps locked past the wait, gets a one-line error
    instead of a query failing on a column its old views lack. One written by a newer warta
    (a migration this one lacks) is read as it is: its views are newer than ours."""
    from flows import inputs
    from warehouse.db import schema_ahead, schema_behind, writer

    checked(inputs.warehouse, db, write=False)
    typer.echo(f"warehouse: {db}", err=True)
    with opened(db) as con:  # a current schema is read on this one open: one wait at most
        ahead = schema_ahead(con)
        behind = [] if ahead else schema_behind(con)
        if not behind:
            if ahead:  # a newer warta's: read as it is, never rebuilt with our older views
                typer.echo(f"warehouse: written by a newer warta ({', '.join(ahead)}); read "
                           "as it is", err=True)
            yield con
            return
    checked(_writable_to_update, db, behind)
    try:
        with writer(db, on_wait=_say):
            pass
    except TimeoutError as exc:  # WarehouseLocked, LockTimeout: another program has it
        typer.echo(f"error: --db {db}: written by an older warta (behind: "
                   f"{', '.join(behind)}) and not updated: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"warehouse: schema brought up to date ({', '.join(behind)})", err=True)
    with opened(db) as con:
        yield con
