"""Each run records the host that ran it (crawl_runs.host, v_runs, `warta health`): with
several crawl hosts, the loader's warehouse says which one crawled each run. Before, runs
recorded no host at all."""

from __future__ import annotations

import socket

from conftest import ARCHIVE
from typer.testing import CliRunner

from warehouse import storage
from warehouse.db import reader

runner = CliRunner()


def _hosts(db: str) -> list[tuple]:
    with reader(db) as con:
        return con.execute("SELECT run_id, host FROM v_runs ORDER BY run_id").fetchall()


def test_a_run_records_the_host_that_ran_it(tmp_path, monkeypatch, prefect_harness):
    from flows.cli import app
    from flows.ingest import ingest

    monkeypatch.delenv("WARTA_HOST_NAME", raising=False)
    db = str(tmp_path / "w.duckdb")
    first = ingest(archives=[str(ARCHIVE)], db_path=db, data_dir=str(tmp_path / "data"))
    assert first["host"] == socket.gethostname()
    monkeypatch.setenv("WARTA_HOST_NAME", "crawler-7")  # a container's name says nothing
    second = ingest(archives=[str(ARCHIVE)], db_path=db, data_dir=str(tmp_path / "data"))
    assert _hosts(db) == sorted([(first["run_id"], socket.gethostname()),
                                 (second["run_id"], "crawler-7")])
    shown = runner.invoke(app, ["health", "--db", db, "--chart", str(tmp_path / "c.png")])
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert lines[0].split()[:4] == ["run", "flow", "host", "status"]
    assert any(line.split()[:3] == [second["run_id"], "ingest", "crawler-7"]
               for line in lines)


def test_a_run_loaded_from_the_storage_keeps_its_crawl_host(tmp_path, monkeypatch,
                                                            prefect_harness):
    from flows.cli import app
    from flows.ingest import ingest

    root = str(tmp_path / "shared")
    monkeypatch.setenv(storage.STORAGE_ENV, root)
    monkeypatch.setenv("WARTA_HOST_NAME", "crawler-3")
    done = ingest(archives=[str(ARCHIVE)], db_path=str(tmp_path / "crawler.duckdb"),
                  data_dir=str(tmp_path / "crawler"))
    store = storage.open_storage(root)
    # as if the crawl host had only published: the loader's host loads it from there
    store.fs.rm_file(store.path("staging", done["run_id"], storage.LOADED))
    monkeypatch.setenv("WARTA_HOST_NAME", "loader-1")
    loader_db = str(tmp_path / "loader.duckdb")
    loaded = runner.invoke(app, ["load", "--pending", "--db", loader_db,
                                 "--data-dir", str(tmp_path / "loader")])
    assert loaded.exit_code == 0, loaded.output
    assert _hosts(loader_db) == [(done["run_id"], "crawler-3")]
