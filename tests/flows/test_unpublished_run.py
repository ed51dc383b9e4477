"""A run whose shared storage cannot be written: it loads here, says so and exits 1, and
`warta load --pending` publishes it once the storage takes writes again.

The storage is a path under a regular file, so it cannot be created, whoever runs the test
(a read-only folder would not stop root). Before, the run only logged a warning, exited 0
and its row said nothing: no other host and no loader ever saw it.
"""

from __future__ import annotations

import json

from conftest import ARCHIVE
from typer.testing import CliRunner

from warehouse import storage
from warehouse.db import reader

runner = CliRunner()


def _run_row(db: str, run_id: str) -> tuple:
    with reader(db) as con:
        return con.execute("SELECT status, message FROM crawl_runs WHERE run_id = ?",
                           [run_id]).fetchone()


def test_a_run_that_cannot_publish_says_so_and_publishes_later(tmp_path, monkeypatch,
                                                                prefect_harness):
    from flows.cli import app

    blocker = tmp_path / "mount"
    blocker.write_text("not a folder\n", encoding="utf-8")  # the mount is a file: no writes
    root = str(blocker / "warta")
    monkeypatch.setenv(storage.STORAGE_ENV, root)
    db, data = str(tmp_path / "w.duckdb"), tmp_path / "data"

    done = runner.invoke(app, ["crawl", "-o", "langgam", "--replay", str(ARCHIVE),
                               "--db", db, "--data-dir", str(data)])
    assert done.exit_code == 1, done.output
    assert "Traceback" not in done.output
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("NOT PUBLISHED: run "), last
    run_id = last.split()[3]
    assert f"loaded here but was not published to {root}: " in last
    assert "Not a directory" in last and "`warta load --pending`" in last
    # the run loaded here all the same, and its row says it was not published and why
    assert "loaded: " in done.stdout
    with reader(db) as con:
        assert con.execute("SELECT count(*) FROM articles WHERE run_id = ?",
                           [run_id]).fetchone()[0] > 0
    status, message = _run_row(db, run_id)
    assert status == "loaded"
    assert message.startswith(f"not published to {root}: ") and "Not a directory" in message
    assert "\n" not in message

    # the storage works again: the pending load publishes the run, once
    blocker.unlink()
    again = runner.invoke(app, ["load", "--pending", "--db", db, "--data-dir", str(data)])
    assert again.exit_code == 0, again.output
    assert f"published run {run_id} to {root}" in again.output
    store = storage.open_storage(root)
    assert storage.complete_batches(store, include_loaded=True) == [run_id]
    # it was loaded here, as a run published at once would have been: marked loaded
    assert storage.complete_batches(store) == []
    manifest = storage.read_manifest(store, run_id)
    assert manifest["run"]["run_id"] == run_id and manifest["files"]
    assert "not published" not in json.dumps(manifest["run"])
    status, message = _run_row(db, run_id)
    assert status == "loaded" and message == f"published to {root} after a failed attempt"
    third = runner.invoke(app, ["load", "--pending", "--db", db, "--data-dir", str(data)])
    assert third.exit_code == 0, third.output
    assert "published run" not in third.output


def test_a_storage_still_unwritable_keeps_the_run_waiting_for_the_next_run(
        tmp_path, monkeypatch, prefect_harness):
    from flows.cli import app

    blocker = tmp_path / "mount"
    blocker.write_text("not a folder\n", encoding="utf-8")
    root = str(blocker / "warta")
    monkeypatch.setenv(storage.STORAGE_ENV, root)
    db, data = str(tmp_path / "w.duckdb"), tmp_path / "data"
    done = runner.invoke(app, ["ingest", str(ARCHIVE), "--db", db, "--data-dir", str(data)])
    assert done.exit_code == 1, done.output
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("NOT PUBLISHED: run ") and "loaded here" in last, last
    first = last.split()[3]

    still = runner.invoke(app, ["load", "--pending", "--db", db, "--data-dir", str(data)])
    assert still.exit_code == 1, still.output
    assert "Traceback" not in still.output and "no pending runs" not in still.output
    last = still.stderr.strip().splitlines()[-1]
    assert last.startswith(f"NOT PUBLISHED: run {first} loaded here but is still not "
                           f"published to {root}: "), last

    # the storage works again: the next run publishes itself, and the run left waiting
    blocker.unlink()
    again = runner.invoke(app, ["ingest", str(ARCHIVE), "--db", db, "--data-dir", str(data)])
    assert again.exit_code == 0, again.output
    second = again.stdout.split()[1]
    store = storage.open_storage(root)
    assert storage.complete_batches(store, include_loaded=True) == sorted([first, second])
    assert storage.complete_batches(store) == []  # both loaded here: marked loaded
    assert _run_row(db, first) == ("loaded", f"published to {root} after a failed attempt")
    assert _run_row(db, second) == ("loaded", None)
