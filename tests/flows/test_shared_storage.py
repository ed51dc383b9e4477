"""Runs with a shared storage ($WARTA_STORAGE): a second folder or a real S3-compatible
server. A crawl host's run publishes its archives and batch; another host's loader loads
the same rows from there; archives the loader's host never had are replayed and
reprocessed from there."""

from __future__ import annotations

import shutil

import object_store
from slow_site import serve_slow_site
from typer.testing import CliRunner

from warehouse import storage
from warehouse.db import reader

s3_endpoint = object_store.s3_endpoint  # the fixtures: a second folder, a real S3 server
storage_root = object_store.storage_root
ARTICLES = "SELECT canonical_url, title, text_hash, published_at FROM articles ORDER BY 1"


def _rows(db: str, sql: str = ARTICLES) -> list[tuple]:
    with reader(db) as con:
        return con.execute(sql).fetchall()


def test_a_run_published_on_one_host_loads_and_reprocesses_on_another(
        storage_root, tmp_path, monkeypatch, prefect_harness):
    from flows.cli import app
    from flows.nightly import nightly
    from flows.reprocess import reprocess

    monkeypatch.setenv(storage.STORAGE_ENV, storage_root)
    monkeypatch.setenv("WARTA_DOWNLOAD_DELAY", "0")  # run_crawl passes the environment on
    crawler_data, crawler_db = tmp_path / "crawler", str(tmp_path / "crawler.duckdb")
    with serve_slow_site(articles=6) as site:  # a live crawl: it writes its own archives
        first = nightly(outlets=["langgam"], db_path=crawler_db,
                        data_dir=str(crawler_data), base_url=site.base)
    run_id, loaded = first["run_id"], first["load"]["articles_new"]
    assert loaded == 6

    store = storage.open_storage(storage_root)
    assert storage.complete_batches(store) == []  # loaded where it ran: marked loaded
    assert storage.complete_batches(store, include_loaded=True) == [run_id]
    stored = {p.rsplit("/", 1)[1] for p in store.fs.ls(store.path("warc", run_id),
                                                        detail=False)}
    local = {p.name for p in (crawler_data / "warc" / run_id).iterdir()}
    assert stored == local and any(n.endswith(".cdxj") for n in stored)

    # the loader's host: as if the crawl host had only published (h-scale's workers do)
    store.fs.rm_file(store.path("staging", run_id, storage.LOADED))
    shutil.rmtree(crawler_data)  # and that host's disk is gone: only the storage remains
    loader_data, loader_db = tmp_path / "loader", str(tmp_path / "loader.duckdb")
    done = CliRunner().invoke(app, ["load", "--pending", "--db", loader_db,
                                    "--data-dir", str(loader_data)])
    assert done.exit_code == 0, done.output
    assert f"loaded pending run {run_id}" in done.output
    assert _rows(loader_db) == _rows(crawler_db) and len(_rows(loader_db)) == loaded
    again = CliRunner().invoke(app, ["load", "--pending", "--db", loader_db,
                                     "--data-dir", str(loader_data)])
    assert "no pending runs" in again.output  # each batch loads once

    # reprocess on the loader's host reads every archive from the storage
    redone = reprocess(db_path=loader_db, data_dir=str(loader_data))
    assert (redone["load"]["articles_new"], redone["load"]["articles_updated"],
            redone["load"]["articles_unchanged"]) == (0, 0, loaded)
    assert _rows(loader_db) == _rows(crawler_db)

    # and a crawl replays the stored archives (copied to the local cache first)
    url = storage_root if "://" in storage_root else f"file://{storage_root}"
    copies = storage.local_copies([f"{url}/warc/{run_id}/*.warc.gz"],
                                  loader_data / "cache")
    monkeypatch.delenv(storage.STORAGE_ENV)
    replayed_db = str(tmp_path / "replayed.duckdb")
    replayed = nightly(outlets=["langgam"], db_path=replayed_db, base_url=site.base,
                       data_dir=str(tmp_path / "replayed"), replay=copies)
    assert replayed["load"]["articles_new"] == loaded
    assert _rows(replayed_db) == _rows(crawler_db)
