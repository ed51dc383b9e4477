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


def test_a_fanned_out_run_meets_only_in_the_storage(storage_root, tmp_path, monkeypatch,
                                                     prefect_harness):
    """crawl-outlet runs (here in this process, in their own working directory) read the
    run's record, replay index and seen URLs from the storage and publish their archives and
    batches there; the load flow fetches the complete batches, never a partial one, and
    marks them loaded; loading again adds nothing. Rows equal a local fanned-out run's."""
    from datetime import date

    from conftest import ARCHIVE
    from warehouse_state import assert_same_rows, content

    from flows import fanout
    from flows.backfill import backfill
    from flows.crawl_outlet import crawl_outlet_flow
    from flows.loader import load_staged

    outlets = ["langgam", "antara"]
    bounds = {"outlets": outlets, "since": date(2024, 1, 1), "until": date(2024, 12, 31),
              "replay": [str(ARCHIVE)], "workers": 1, "fan_out": "deployments"}
    store = storage.open_storage(storage_root)
    given: list[dict] = []

    halves: list[str] = []

    def submit(batch, params, attempt):
        given.append(params)
        if attempt == 1 and "storage" in params and batch.outlet == "langgam":
            # killed mid-upload, no _COMPLETE: under its attempt's prefix, and where an
            # attempt published before prefixes did (the names a manifest without one means)
            base = store.path("staging", params["run_id"], batch.name)
            for half in (f"{base}/attempt-dead0000/langgam", f"{base}/langgam"):
                store.fs.makedirs(half, exist_ok=True)
                store.fs.pipe_file(f"{half}/pages.jsonl", b'{"url": "https://x.invalid/')
                halves.append(f"{half}/pages.jsonl")
            state = failed(return_state=True)
        else:
            state = crawl_outlet_flow(**params, return_state=True)
        return state.state_details.flow_run_id

    from prefect import flow

    @flow(name="killed-crawl-outlet")
    def failed() -> None:
        raise RuntimeError("worker killed")

    with monkeypatch.context() as patch:
        patch.setattr(fanout, "submit", submit)
        patch.setattr(fanout, "POLL_SECONDS", 0.1)
        local = backfill(db_path=str(tmp_path / "local.duckdb"),
                         data_dir=str(tmp_path / "local"), **bounds)
        given.clear()
        patch.setenv(storage.STORAGE_ENV, storage_root)
        (tmp_path / "worker").mkdir()
        patch.chdir(tmp_path / "worker")  # the workers' data folder: ./data, its own
        shared = backfill(db_path=str(tmp_path / "shared.duckdb"),
                          data_dir=str(tmp_path / "parent"), **bounds)
    assert local["status"] == shared["status"] == "loaded"
    want, got = content(tmp_path / "local.duckdb"), content(tmp_path / "shared.duckdb")
    for table in want:
        assert_same_rows(got[table], want[table], table)
    assert not shared["load"]["quarantined"]  # the unsealed upload was never read ...
    dead, unprefixed = halves
    # ... though the retry left it where it was (the names a manifest without a prefix means)
    assert store.fs.cat_file(unprefixed) == b'{"url": "https://x.invalid/'
    assert not store.fs.exists(dead)  # the dead attempt's prefix went once the batch loaded

    run_id = shared["run_id"]
    assert all(p["storage"] == storage_root and "data_dir" not in p
               and "replay_index" not in p for p in given)
    parent, worker = tmp_path / "parent", tmp_path / "worker" / "data"
    assert not (parent / "staging" / run_id / "langgam").exists()  # batches: in the storage
    assert not (worker / "staging").exists()
    for batch in outlets:
        assert store.fs.exists(store.path("staging", run_id, batch, storage.LOADED))
    assert {"run.json", "replay.cdxj", "crawled.json"} <= {
        p.rsplit("/", 1)[1] for p in store.fs.ls(store.path("staging", run_id), detail=False)}
    monkeypatch.setenv(storage.STORAGE_ENV, storage_root)  # the loader's host
    assert load_staged(db_path=str(tmp_path / "shared.duckdb"), data_dir=str(parent)) == []
    store.fs.rm_file(store.path("staging", run_id, "antara", storage.LOADED))
    [again] = load_staged(db_path=str(tmp_path / "shared.duckdb"), data_dir=str(parent))
    assert again["load"]["pages"] == 0 and again["load"]["articles_updated"] == 0
    assert content(tmp_path / "shared.duckdb") == got


def test_what_a_fanning_flow_leaves_for_its_workers_is_read_on_another_host(
        storage_root, tmp_path):
    """The run's record, its seen URLs and its replay index, written on the fanning flow's
    host, are read on a worker's host through the storage alone."""
    from flows.batches import (
        area,
        crawl_ended,
        fetch_replay_index,
        mark_crawled,
        plan_batches,
        read_run_manifest,
        read_seen,
        runs_to_load,
        share_replay_index,
        write_run_manifest,
        write_seen,
    )

    run = {"run_id": "20241201T000000Z-beef", "flow": "nightly",
           "started_at": "2024-12-01T00:00:00+00:00", "outlets": ["langgam"]}
    parent = area(tmp_path / "parent", storage_root)
    write_run_manifest(parent, run, plan_batches(run["outlets"]))
    write_seen(parent, run["run_id"], {"langgam": ["https://langgam.id/b", "https://langgam.id/a"]})
    index = tmp_path / "parent" / "staging" / run["run_id"] / "replay.cdxj"
    index.parent.mkdir(parents=True)
    index.write_text('!meta 0 {"format": "cdxj"}\nid,langgam)/a 20241201000000 '
                     '{"url": "https://langgam.id/a", "offset": "0", "length": "9", '
                     '"filename": "../../archives/a.warc.gz"}\n', encoding="utf-8")
    share_replay_index(parent, run["run_id"], str(index))

    worker = area(tmp_path / "worker", storage_root)
    assert worker.shared and parent.shared
    assert read_run_manifest(worker, run["run_id"])["outlets"] == ["langgam"]
    assert read_seen(worker, run["run_id"], "langgam") == ["https://langgam.id/a",
                                                           "https://langgam.id/b"]
    assert read_seen(worker, run["run_id"], "antara") == []
    copy = fetch_replay_index(worker, run["run_id"], tmp_path / "worker" / "replay.cdxj")
    from spiders.cdxj import read_index

    [entry] = read_index(copy)  # the archive where the parent has it, read from anywhere
    assert entry.filename == str(tmp_path / "parent" / "archives" / "a.warc.gz")
    assert not crawl_ended(worker, run["run_id"]) and runs_to_load(worker) == []
    mark_crawled(parent, run["run_id"], {"langgam": "FAILED"})
    assert crawl_ended(worker, run["run_id"])
    assert runs_to_load(worker) == []  # no complete batch: nothing to load
