"""The loader in its own process: ``python -m warehouse.load_process``.

Why a child process: DuckDB keeps its block cache (up to ``memory_limit``) for the life of
the process, so a flow that loaded a big run would stay that big through the rest of its
life, and every later extraction worker forked from it would start as big. A child frees
all of it when the load ends, and a crash or kill -9 of the loader cannot take the flow
with it: the load is one transaction, so the task's retry simply loads the run again.

The parent passes the run record as a JSON file and reads the ``LoadReport`` back as the
last line of the child's standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

from warehouse.db import WarehouseLocked
from warehouse.failures import describe, is_transient
from warehouse.load import LoadReport, load_run

ROOT = Path(__file__).resolve().parent.parent
# The loader's DuckDB memory, with one thread (warehouse/db.py): a 20k-page run's load peaks
# at 221 MB RSS with 128 MB, and runs out of memory at 80 MB (192 MB RSS at 96 MB, no
# margin). A load that still runs out of memory is retried once with twice as much.
LOAD_MEMORY_MB = 128  # WARTA_LOAD_MEMORY_MB


def load_memory_mb() -> int:
    """WARTA_LOAD_MEMORY_MB, checked: a whole number from 1 (flows/environment.py run_settings)."""
    raw = os.environ.get("WARTA_LOAD_MEMORY_MB", "").strip()
    if not raw:
        return LOAD_MEMORY_MB
    if not raw.isdigit() or int(raw) < 1:
        raise ValueError(f"WARTA_LOAD_MEMORY_MB={raw!r} is not a whole number from 1")
    return int(raw)


class LoadFailed(RuntimeError):
    """The loader process exited without a report (its output tail is in the message):
    killed, crashed, timed out or out of memory. The load is one transaction, so loading
    the run again is safe and may succeed (warehouse/failures.py)."""

    transient = True


class LoadTimedOut(LoadFailed):
    """The loader ran past its time limit (hours): trying again at once would hold the
    warehouse as long again, so it is not retried; the run stays pending for the next one."""

    transient = False


class LoadRejected(LoadFailed):
    """The loader failed for a reason that does not pass (bad staged batch, missing file,
    not a DuckDB file, schema or constraint error): loading again fails the same way."""

    transient = False


class WarehouseBusy(LoadFailed, TimeoutError):
    """Another program held the warehouse past the wait: nothing was loaded, nothing lost.

    A TimeoutError (it is one: the wait for the lock ran out), which Prefect's engines
    report in one line ("failed due to timeout: ...") instead of a traceback: the message
    says everything, and the run's last line is the CLI's "FAILED: ..." with it."""

    transient = False  # the wait was the retry; the run's batches wait as a pending run


LOCKED_EXIT = 75  # EX_TEMPFAIL: the loader gave up waiting for another program's lock
REJECTED_EXIT = 65  # EX_DATAERR: a permanent failure, its one-line reason last on stderr


def load_in_child(db_path: str | Path, run_dir: str | Path, run: dict[str, Any],
                  outlets: list[dict[str, Any]] | None = None,
                  timeout: float = 3 * 3600) -> LoadReport:
    """``load_run`` in a child process; raises LoadFailed when it does not report."""
    memory = os.environ.get("WARTA_DUCKDB_MEMORY")
    mb = load_memory_mb()
    for limit in ([memory] if memory else [f"{mb}MB", f"{2 * mb}MB"]):
        try:
            return _load_once(db_path, run_dir, run, outlets, timeout, limit)
        except LoadFailed as exc:
            if "Out of Memory" not in str(exc):
                raise
            failure = exc
    raise failure


def _load_once(db_path: str | Path, run_dir: str | Path, run: dict[str, Any],
               outlets: list[dict[str, Any]] | None, timeout: float,
               memory: str) -> LoadReport:
    with tempfile.TemporaryDirectory(prefix="warta-load-") as tmp:
        spec = Path(tmp) / "run.json"
        spec.write_text(json.dumps({"run": run, "outlets": outlets}, default=str),
                        encoding="utf-8")
        env = {**os.environ, "WARTA_DUCKDB_MEMORY": memory,
               "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        try:
            done = subprocess.run(
                [sys.executable, "-m", "warehouse.load_process", "--db", str(db_path),
                 "--run-dir", str(run_dir), "--spec", str(spec)],
                capture_output=True, text=True, env=env, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise LoadTimedOut(f"loader timed out after {timeout:.0f} s") from exc
    lines = done.stdout.strip().splitlines()
    if done.returncode == LOCKED_EXIT:
        raise WarehouseBusy(done.stderr.strip().splitlines()[-1])
    if done.returncode == REJECTED_EXIT:
        raise LoadRejected(f"loader: {done.stderr.strip().splitlines()[-1]}")
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout)[-1500:]
        raise LoadFailed(f"loader exited {done.returncode} (memory {memory}): {tail}")
    return LoadReport(**json.loads(lines[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warehouse.load_process")
    parser.add_argument("--db", required=True)
    parser.add_argument("--run-dir", required=True)
    parser.add_argument("--spec", required=True, help="JSON file: {run, outlets}")
    args = parser.parse_args(argv)
    spec = json.loads(Path(args.spec).read_text(encoding="utf-8"))
    try:
        report = load_run(args.db, args.run_dir, spec["run"], outlets=spec.get("outlets"))
    except WarehouseLocked as exc:
        print(exc, file=sys.stderr, flush=True)
        return LOCKED_EXIT
    except Exception as exc:
        if is_transient(exc):
            raise  # a traceback and exit 1: the parent's LoadFailed is retried
        traceback.print_exc()
        print(describe(exc), file=sys.stderr, flush=True)
        return REJECTED_EXIT
    print(json.dumps(report.to_dict(), default=str), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
