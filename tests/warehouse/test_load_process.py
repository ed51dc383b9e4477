"""The loader as a child process (warehouse/load_process.py): same rows and report as an
in-process load, a clear error when it dies, and nothing half-written."""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import pytest
from staged_run import stage_run

from warehouse.load import load_run
from warehouse.load_process import LoadFailed, LoadRejected, load_in_child

ARTICLES = "SELECT canonical_url, title, text_hash, published_at FROM articles ORDER BY 1"


def _run(run_id: str) -> dict:
    return {"run_id": run_id, "flow": "backfill", "outlets": ["langgam"],
            "started_at": datetime(2024, 10, 1, tzinfo=UTC),
            "outlet_stats": {"langgam": {"finish_reason": "finished"}}}


def _rows(db, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_child_load_gives_the_same_rows_and_report_as_in_process(tmp_path):
    staged = stage_run(tmp_path / "staging" / "r1", "r1", range(30), rows_per_file=7)
    child = load_in_child(tmp_path / "child.duckdb", staged, _run("r1"),
                          outlets=[{"slug": "langgam", "name": "Langgam", "timezone":
                                    "Asia/Jakarta", "cms": "wordpress",
                                    "hosts": ["langgam.id"], "enabled": True}])
    staged_again = stage_run(tmp_path / "staging" / "r2", "r1", range(30), rows_per_file=7)
    direct = load_run(tmp_path / "direct.duckdb", staged_again, _run("r1"))

    assert child.articles_new == direct.articles_new == 30
    assert (child.pages, child.events, child.rejects) == (direct.pages, direct.events,
                                                           direct.rejects)
    assert child.health["langgam"]["articles"] == 30
    assert _rows(tmp_path / "child.duckdb", ARTICLES) == _rows(tmp_path / "direct.duckdb",
                                                               ARTICLES)
    assert _rows(tmp_path / "child.duckdb", "SELECT flow, status FROM crawl_runs") == [
        ("backfill", "loaded")]
    assert _rows(tmp_path / "child.duckdb", "SELECT slug FROM outlets") == [("langgam",)]


def test_a_loader_that_dies_raises_with_its_error_and_writes_nothing(tmp_path):
    staged = stage_run(tmp_path / "staging" / "r1", "r1", range(5))
    blocker = tmp_path / "not-a-database.duckdb"
    blocker.write_text("this is not a DuckDB file", encoding="utf-8")
    # a permanent failure: the loader exits with its one-line reason (LoadRejected is a
    # LoadFailed the load task does not retry)
    with pytest.raises(LoadRejected, match="IOException: .*not a valid DuckDB database file"):
        load_in_child(blocker, staged, _run("r1"))
    assert blocker.read_text(encoding="utf-8") == "this is not a DuckDB file"


def test_an_out_of_memory_load_is_retried_once_with_twice_the_memory(monkeypatch, tmp_path):
    import warehouse.load_process as lp
    from warehouse.load import LoadReport

    monkeypatch.delenv("WARTA_DUCKDB_MEMORY", raising=False)
    monkeypatch.setattr(lp, "LOAD_MEMORY_MB", 100)
    tried = []

    def fake(db, run_dir, run, outlets, timeout, memory):
        tried.append(memory)
        if memory == "100MB":
            raise LoadFailed("loader exited 1 (memory 100MB): Out of Memory Error: ...")
        return LoadReport(run_id=run["run_id"], pages=3)

    monkeypatch.setattr(lp, "_load_once", fake)
    assert load_in_child(tmp_path / "w.duckdb", tmp_path, _run("r1")).pages == 3
    assert tried == ["100MB", "200MB"]

    tried.clear()
    def broken(db, run_dir, run, outlets, timeout, memory):
        tried.append(memory)
        raise LoadFailed("loader exited 1: Catalog Error")

    monkeypatch.setattr(lp, "_load_once", broken)
    with pytest.raises(LoadFailed, match="Catalog Error"):
        load_in_child(tmp_path / "w.duckdb", tmp_path, _run("r1"))
    assert tried == ["100MB"]  # other failures are not retried here (the task retries)


def test_an_explicit_memory_setting_is_used_as_is_and_reported(monkeypatch, tmp_path):
    staged = stage_run(tmp_path / "staging" / "r1", "r1", range(50))
    monkeypatch.setenv("WARTA_DUCKDB_MEMORY", "1MB")
    with pytest.raises(LoadFailed, match=r"memory 1MB"):
        load_in_child(tmp_path / "w.duckdb", staged, _run("r1"))
