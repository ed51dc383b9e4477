"""How the ``warta`` commands that run a flow (crawl, ingest, reprocess, demo) end: the
run's summary, or one line saying why it failed, and the exit status.

A failure the user can act on is one line, never a traceback: a refused outlet (exit 2),
an unhealthy run, a load that could not run, a staged batch that does not match its
manifest, a storage that cannot be reached or written, a run loaded here that could not
be published to the shared storage, or a folder of the run removed while it was going
(exit 1).
"""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer


def echo_summary(summary: dict) -> None:
    """A run's summary: its verdict, each outlet's figures, what was loaded or skipped."""
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
    skipped = summary.get("skipped_archives") or {}
    for path, why in skipped.items():
        typer.echo(f"  SKIPPED archive {path}: {why}", err=True)
    if skipped:
        typer.echo(f"{len(skipped)} archive(s) skipped (named above); the others loaded",
                   err=True)


def kept(data_dir: str, db: str | None = None) -> Callable[[float], str]:
    """What an interrupted run leaves, in one clause (for flows/supervise.py): the runs the
    warehouse ``db`` recorded as loaded since it started (an interrupt can come after the
    load), else what is kept on disk and how to load it."""
    def describe(since: float) -> str:
        root = Path(data_dir)
        warcs = [p for p in root.glob("warc/*/*.warc.gz") if p.stat().st_mtime >= since]
        staged = [p for p in root.glob("staging/*/*/*.jsonl") if p.stat().st_mtime >= since]
        loaded = _loaded_since(db, since)
        if loaded:
            return f"run {', '.join(loaded)} was loaded before the interrupt"
        if not warcs and not staged:
            return "nothing was archived or loaded"
        runs = sorted({p.parent.name for p in warcs})
        hint = (f"; `warta ingest {root}/warc/{runs[-1]}/*.warc.gz` loads them" if runs
                else "; `warta load --pending` loads them" if waiting(root, staged)
                else "; the same command again loads them")
        done = ("nothing was loaded" if loaded is not None
                else "the warehouse could not be checked for a finished load")
        return (f"{done}; kept {len(warcs)} web archive(s) and {len(staged)} "
                f"staged batch file(s) under {root}{hint}")
    return describe


def waiting(root: Path, staged: list[Path]) -> bool:
    """Whether the runs of these staged files (``staging/<run>/<outlet>/``) were all staged
    whole and wait for their load (an ingest stopped after staging: warehouse/pending.py)."""
    from flows.leftovers import run_alive
    from warehouse.pending import pending_runs

    ready = {p.name for p in pending_runs(root / "staging", run_alive)}
    return bool(staged) and {p.parent.parent.name for p in staged} <= ready


def _loaded_since(db: str | None, since: float) -> list[str] | None:
    """The runs loaded since ``since``; None when the warehouse cannot be read now."""
    from warehouse.queries import runs_loaded_since

    if db is None:
        return []
    try:
        return runs_loaded_since(db, since)
    except Exception:  # noqa: BLE001 - a locked or damaged warehouse: say it was not checked
        return None


def one_line(exc: BaseException) -> str:
    """An error's first line, with its kind when the message alone does not say it."""
    text = (str(exc).splitlines() or [""])[0].strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# a write that failed for want of room: a full disk, a quota, a file size limit
DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in DISK_FULL


def storage_error(exc: BaseException) -> bool:
    """A storage or folder that cannot be reached, read or written (warehouse/storage.py)."""
    from warehouse.storage import unreachable

    return unreachable(exc)


class VerdictsWithoutTraceback(logging.Filter):
    """Prefect's engine logs the exception that ends a flow run with its traceback. For the
    failures ``finish`` reports in one line (an unhealthy run's verdict, a load that could not
    run, a refused outlet) that traceback only repeats the line, some 25 lines long: the
    record keeps its message, not the traceback."""

    def __init__(self, kinds: tuple[type[BaseException], ...],
                 also: Callable[[BaseException], object] = lambda exc: False):
        super().__init__()
        self.kinds, self.also = kinds, also

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None and (isinstance(exc, self.kinds) or self.also(exc)):
            record.exc_info, record.exc_text = None, None
        return True


def finish(flow_call: Callable[[], dict[str, Any]], data_dir: str | None = None) -> int:
    """Call the flow; print its summary or why it failed in one line; the exit status.
    ``data_dir``: the run's folder, whose files found missing were removed under it."""
    from concurrent.futures import CancelledError

    from flows.layout import removed_folder
    from flows.run import NotPublished, RunFailed, not_published
    from flows.terms import PermissionRequired
    from warehouse.load_process import LoadFailed
    from warehouse.storage import IncompleteBatch

    # a task cancelled because the run stops (its extraction pool shut down on another's
    # failure) is no cause either: the failure that stopped the run is reported
    quiet = VerdictsWithoutTraceback((RunFailed, PermissionRequired, LoadFailed,
                                      IncompleteBatch, CancelledError),
                                     also=lambda exc: removed_folder(exc, data_dir)
                                     or disk_full(exc))
    logging.getLogger("prefect.flow_runs").addFilter(quiet)
    logging.getLogger("prefect.task_runs").addFilter(quiet)
    try:
        summary = flow_call()
    except PermissionRequired as exc:
        typer.echo(f"REFUSED: {exc}", err=True)
        return 2
    except RunFailed as exc:  # unhealthy, or not published to the shared storage
        if exc.summary:
            echo_summary(exc.summary)
        if not isinstance(exc, NotPublished):
            typer.echo(f"FAILED: {exc}", err=True)
        if line := not_published(exc.summary or {}):
            typer.echo(f"NOT PUBLISHED: {line}", err=True)
        return 1
    except (LoadFailed, IncompleteBatch) as exc:  # the load could not run: what was kept
        typer.echo(f"FAILED: {exc}", err=True)
        return 1
    except Exception as exc:
        if (folder := removed_folder(exc, data_dir)) is not None:
            typer.echo(f"FAILED: {folder} was removed while the run was going; what the run "
                       "had written there is gone (run the command again)", err=True)
            return 1
        if not storage_error(exc):
            raise
        hint = " (a disk is full: make room, then run the command again)" \
            if disk_full(exc) else ""
        typer.echo(f"FAILED: {one_line(exc)}{hint}", err=True)
        return 1
    echo_summary(summary)
    return 1 if summary.get("skipped_archives") else 0


def run_supervised(flow_call: Callable[[], dict[str, Any]], data_dir: str = "data",
                   db: str | None = None) -> None:
    """Run a flow call supervised (flows/supervise.py): Ctrl-C stops it and its processes;
    a failure exits non-zero (``finish``). The environment's settings and the Prefect
    server are checked first: one line and exit 2, before any process starts."""
    from flows import environment
    from flows.cli_common import checked, prefect_api_url
    from flows.supervise import supervised

    checked(environment.run_settings)
    checked(environment.storage_setting, os.environ.get("WARTA_STORAGE"))  # ingest, reprocess too
    checked(environment.prefect_server, prefect_api_url())
    checked(environment.prefect_home, prefect_api_url())

    def work() -> int:
        log = Path(data_dir) / "prefect-server.log"
        try:
            temporary_server(log)
        except (RuntimeError, OSError) as exc:  # e.g. its start timed out
            typer.echo(f"FAILED: Prefect's temporary server did not start: {one_line(exc)} "
                       f"(its log: {log})", err=True)
            return 1
        return finish(flow_call, data_dir)

    code = supervised(work, kept=kept(data_dir, db))
    if code:
        raise typer.Exit(code)


def temporary_server(log: Path) -> None:
    """Start Prefect's temporary server (used when no PREFECT_API_URL is set) with its output
    in ``log`` instead of the terminal: stopped with the run after Ctrl-C, it printed pages of
    cancelled-task tracebacks of its own. Prefect's clients then use this one server. When
    ``log`` cannot be written, Prefect starts the server itself, as before."""
    import os
    import sys

    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_ENABLED

    if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
        return
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    try:
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        SubprocessASGIServer().start()  # inherits the log as its stdout and stderr
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for f in (fd, *saved):
            os.close(f)


def load_fanned_out(db: str, data_dir: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The ``load`` flow, run here: the fanned-out runs' complete batches not loaded yet.
    Its reports, and the runs that could not load with why (the others still loaded)."""
    from flows.loader import LoadsFailed, load_staged

    logging.getLogger("prefect.flow_runs").addFilter(VerdictsWithoutTraceback((LoadsFailed,)))
    try:
        return load_staged(db_path=db, data_dir=data_dir), {}
    except LoadsFailed as exc:
        return exc.loaded, exc.failed
