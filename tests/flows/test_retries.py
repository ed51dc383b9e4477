"""Permanent errors run once; transient ones are retried (issue 15, "Clear errors, early").

Every task with retries in flows/tasks.py uses ``retry_if_transient``; the classification is
warehouse/failures.py. The tasks are called as the flows call them (with Prefect's engine
and its retry logic), their waits between attempts set to zero, and their attempts counted
where they touch the warehouse.
"""

from __future__ import annotations

import errno
import gzip
import json
import subprocess
from pathlib import Path

import duckdb
import httpx
import pytest

from flows import tasks
from flows.inputs import InputError
from spiders.registry import RegistryError
from warehouse import db
from warehouse.db import WarehouseLocked
from warehouse.failures import describe, is_transient
from warehouse.load import LoadReport
from warehouse.load_process import (
    LoadFailed,
    LoadRejected,
    LoadTimedOut,
    WarehouseBusy,
    load_in_child,
)
from warehouse.lock import LockTimeout

# tasks called outside a flow run log to the console only, as intended here
pytestmark = pytest.mark.filterwarnings("ignore:Logger 'prefect.task_runs' attempted")

# -- the classification ------------------------------------------------------------------


def real_errors(tmp: Path) -> dict[str, BaseException]:
    """Exceptions raised by the libraries themselves, not built by hand."""
    found: dict[str, BaseException] = {}
    junk = tmp / "junk.duckdb"
    junk.write_bytes(b"not a database, just some bytes " * 64)
    try:
        duckdb.connect(str(junk))
    except duckdb.Error as exc:
        found["not a DuckDB file"] = exc
    con = duckdb.connect()
    con.execute("CREATE TABLE t (k INTEGER PRIMARY KEY)")
    con.execute("INSERT INTO t VALUES (1)")
    for name, sql in (("constraint", "INSERT INTO t VALUES (1)"),
                      ("schema", "SELECT missing FROM t"),
                      ("no table", "SELECT * FROM nowhere")):
        try:
            con.execute(sql)
        except duckdb.Error as exc:
            found[name] = exc
    try:
        json.loads("{truncated")
    except ValueError as exc:
        found["corrupt staged line"] = exc
    try:
        with gzip.open(junk) as fh:
            fh.read()
    except OSError as exc:
        found["corrupt gzip"] = exc
    try:
        open(tmp / "gone.jsonl")  # noqa: SIM115
    except OSError as exc:
        found["missing file"] = exc
    return found


PERMANENT = {
    "bad input": InputError("--since '2024-13-01' is not a day (YYYY-MM-DD)"),
    "unknown outlet": KeyError("nosuchoutlet"),
    "registry": RegistryError("bad slug 'X'"),
    "permission": PermissionError(errno.EACCES, "Permission denied"),
    "disk full": OSError(errno.ENOSPC, "No space left on device"),
    "corrupt database": duckdb.Error("Corrupt database file: computed checksum 1 does not "
                                     "match stored checksum 2"),
    "loader rejected the run": LoadRejected("loader: ConstraintException: duplicate key"),
    "loader past its time limit": LoadTimedOut("loader timed out after 10800 s"),
    "lock outlasted the wait": WarehouseBusy("warehouse locked by PID 1 for over 60 s"),
    "a bug": AttributeError("'NoneType' object has no attribute 'x'"),
}
TRANSIENT = {
    "timeout": TimeoutError("timed out"),
    "connection reset": ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"),
    "EAGAIN": OSError(errno.EAGAIN, "Resource temporarily unavailable"),
    "EAGAIN (non-blocking)": BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable"),
    "EBUSY": OSError(errno.EBUSY, "Device or resource busy"),
    "network timeout (httpx)": httpx.ConnectTimeout("timed out"),
    "subprocess timeout": subprocess.TimeoutExpired(["x"], 5),
    "DuckDB out of memory": duckdb.OutOfMemoryException("Out of Memory Error: failed"),
    "DuckDB write conflict": duckdb.TransactionException("Conflict on update"),
    "DuckDB disk trouble": duckdb.IOException("IO Error: Could not write file: Input/output"),
    "foreign lock on a read": WarehouseLocked("warehouse w.duckdb is locked by PID 1"),
    "warta's own lock": LockTimeout("waited 600 s for the warehouse lock"),
    "loader killed": LoadFailed("loader exited -9 (memory 128MB): "),
}


@pytest.mark.parametrize("name", sorted(PERMANENT))
def test_permanent_errors(name):
    assert not is_transient(PERMANENT[name])


@pytest.mark.parametrize("name", sorted(TRANSIENT))
def test_transient_errors(name):
    assert is_transient(TRANSIENT[name])


def test_errors_raised_by_the_libraries_are_permanent(tmp_path):
    found = real_errors(tmp_path)
    assert set(found) == {"not a DuckDB file", "constraint", "schema", "no table",
                          "corrupt staged line", "corrupt gzip", "missing file"}
    assert {name for name, exc in found.items() if is_transient(exc)} == set()
    assert describe(found["missing file"]).startswith("FileNotFoundError: ")


# -- through the tasks -------------------------------------------------------------------


@pytest.fixture()
def warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO crawl_runs (run_id, flow, status) VALUES ('r1', 'nightly', "
                    "'loaded')")
    return path


@pytest.fixture()
def junk(tmp_path):
    path = tmp_path / "junk.duckdb"
    path.write_bytes(b"this file is no warehouse " * 64)
    return path


@pytest.fixture()
def connects(monkeypatch):
    """Count warehouse connections (every reader and writer opens one); ``fail`` makes the
    first ones raise a given exception."""
    real = db.connect
    seen = {"calls": 0, "fail": []}

    def counting(path, read_only, on_wait=None):
        seen["calls"] += 1
        if seen["fail"]:
            raise seen["fail"].pop(0)
        return real(path, read_only)

    monkeypatch.setattr(db, "connect", counting)
    return seen


def call(task, *args):
    return task.with_options(retry_delay_seconds=0)(*args, return_state=True)


DB_TASKS = {
    "seen-urls": lambda path, tmp: call(tasks.seen_urls, str(path), ["langgam"]),
    "archived-article-pages": lambda path, tmp: call(tasks.archived_pages, str(path), None,
                                                     "r2", str(tmp / "stage")),
    "record-verdict": lambda path, tmp: call(tasks.record_verdict, str(path), "r1", "failed",
                                             "langgam: no articles", {}),
}


@pytest.mark.parametrize("name", sorted(DB_TASKS))
def test_a_permanent_error_runs_once(name, junk, connects, tmp_path, prefect_harness):
    state = DB_TASKS[name](junk, tmp_path)
    assert state.is_failed()
    with pytest.raises(duckdb.IOException, match="not a valid DuckDB database file"):
        state.result()
    assert connects["calls"] == 1  # retries=2, none used


@pytest.mark.parametrize("name", sorted(DB_TASKS))
def test_a_transient_error_is_retried(name, warehouse, connects, tmp_path, prefect_harness):
    connects["fail"] = [OSError(errno.EAGAIN, "Resource temporarily unavailable")]
    state = DB_TASKS[name](warehouse, tmp_path)
    assert state.is_completed(), state.message
    assert connects["calls"] == 2


def test_retries_stop_at_the_tasks_limit(warehouse, connects, tmp_path, prefect_harness):
    connects["fail"] = [TimeoutError("timed out")] * 5
    state = DB_TASKS["record-verdict"](warehouse, tmp_path)
    assert state.is_failed() and connects["calls"] == 3  # one run and two retries


def test_the_loader_rejecting_a_run_is_not_retried(junk, tmp_path, monkeypatch,
                                                   prefect_harness):
    """The real loader process on a file that is no warehouse: it exits with its one-line
    reason, the parent raises LoadRejected, and the load task does not try again."""
    calls = []

    def counted(*args, **kwargs):
        calls.append(args)
        return load_in_child(*args, **kwargs)

    monkeypatch.setattr(tasks, "load_in_child", counted)
    run_dir = tmp_path / "runs" / "r2"
    run_dir.mkdir(parents=True)
    state = call(tasks.load, str(junk), str(run_dir), {"run_id": "r2", "flow": "ingest"})
    assert state.is_failed() and len(calls) == 1
    with pytest.raises(LoadRejected, match="not a valid DuckDB database file") as caught:
        state.result()
    assert "\n" not in str(caught.value)


def test_a_killed_loader_is_retried(warehouse, tmp_path, monkeypatch, prefect_harness):
    outcomes = [LoadFailed("loader exited -9 (memory 128MB): "), LoadReport(run_id="r2")]

    def flaky(*args, **kwargs):
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(tasks, "load_in_child", flaky)
    run_dir = tmp_path / "runs" / "r2"
    run_dir.mkdir(parents=True)
    state = call(tasks.load, str(warehouse), str(run_dir), {"run_id": "r2"})
    assert state.is_completed() and state.result().run_id == "r2" and outcomes == []
