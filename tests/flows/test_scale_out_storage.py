"""Scaling out with no shared folder: two workers in their own processes and data folders,
whose only common place is an s3:// bucket on a real S3-compatible server (moto's, on
127.0.0.1). A backfill of the bundled archive fanned out across them writes its record,
replay index and seen URLs there; each worker publishes its batch there; the loader fetches
the complete batches from there. The warehouse equals a single-process run's. A live nightly
fanned out the same way archives what it fetches on a worker: the archives every loaded page
points to are in the bucket, as the worker wrote them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from fanned_runs import OUTLETS, assert_same_content, backfill, finished, local_cluster, nightly
from local_prefect import prefect_env
from object_store import BUCKET, CREDENTIALS, s3_server
from site_server import free_port
from slow_site import serve_slow_site

from warehouse import storage
from warehouse.db import reader

pytestmark = pytest.mark.slow


def test_workers_that_share_only_an_object_store_load_what_one_process_loads(tmp_path,
                                                                           monkeypatch):
    with s3_server() as endpoint:
        url = f"s3://{BUCKET}/scale-out"
        env = prefect_env(tmp_path / "prefect-home", free_port(), PYTHONPATH=str(ROOT),
                          WARTA_HOME=str(ROOT), WARTA_FAN_OUT_POLL_SECONDS="1")
        shared = {**env, **CREDENTIALS, storage.ENDPOINT_ENV: endpoint,
                  storage.STORAGE_ENV: url}
        with local_cluster(tmp_path, env) as cluster:
            local_run = backfill(env, tmp_path, "local")  # the reference: one process
            cluster.start_workers(**{name: {**shared, "WARTA_DOWNLOAD_DELAY": "0",
                                            "WARTA_WORKER_DATA": str(tmp_path / name / "data")}
                                     for name in ("w1", "w2")})
            workers = cluster.workers

            fanned = finished(backfill(shared, tmp_path, "fanned", fan_out="deployments"), 300)
            local = finished(local_run, 300)
            assert local["status"] == fanned["status"] == "loaded", fanned["message"]
            assert_same_content(tmp_path / "fanned.duckdb", tmp_path / "local.duckdb")
            cluster.assert_every_worker_crawled()

            run_id = fanned["run_id"]
            for name, value in {**CREDENTIALS, storage.ENDPOINT_ENV: endpoint}.items():
                monkeypatch.setenv(name, value)  # this process looks in the bucket too
            store = storage.open_storage(url)
            for outlet in OUTLETS:  # every batch went through the bucket, and is loaded
                assert store.fs.exists(store.path("staging", run_id, outlet, storage.LOADED))
            for folder in ("fanned", "w1/data", "w2/data"):  # and through no folder
                assert not list(Path(tmp_path, folder).glob(f"staging/{run_id}/**/*.jsonl"))

            with serve_slow_site(articles=4) as site:  # a live crawl writes archives
                live = finished(nightly(shared, tmp_path, "live", outlets=["langgam"],
                                        base_url=site.base, fan_out="deployments"), 300)
            assert live["status"] == "loaded" and live["load"]["articles_new"] == 4, live
            run_id = live["run_id"]
            archived = {p.name for w in workers  # the worker's archives and their index
                        for p in (tmp_path / w / "data" / "warc" / run_id).glob("*")
                        if p.is_file()}
            assert any(n.endswith(".warc.gz") for n in archived), archived
            assert any(n.endswith(".cdxj") for n in archived), archived
            stored = {p.rsplit("/", 1)[1]
                      for p in store.fs.ls(store.path("warc", run_id), detail=False)}
            assert stored == archived  # published as written, the attempt's id in each name
            attempt = storage.read_manifest(store, f"{run_id}/langgam")["prefix"]
            assert all(f"-{run_id}-{attempt.removeprefix('attempt-')}" in n for n in stored)
            with reader(str(tmp_path / "live.duckdb")) as con:
                query = con.execute("SELECT DISTINCT warc_file FROM pages")
                pages = [row[0] for row in query.fetchall()]
            assert pages and all(storage.archive_key(p).removeprefix(f"warc/{run_id}/")
                                 in stored for p in pages)  # the loader's host reads them
