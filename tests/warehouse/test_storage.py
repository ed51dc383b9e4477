"""The shared storage (warehouse/storage.py), against a second folder and a real
S3-compatible server: batches are listed only once complete, fetched as published, loaded
once, and give the rows a local load gives."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import object_store
import pytest
from staged_run import stage_run

from warehouse import storage
from warehouse.load import load_run
from warehouse.pending import load_published

s3_endpoint = object_store.s3_endpoint  # the fixtures: a second folder, a real S3 server
storage_root = object_store.storage_root
ARTICLES = "SELECT canonical_url, title, text_hash, published_at FROM articles ORDER BY 1"
OUTLETS = [{"slug": "langgam", "name": "Langgam", "timezone": "Asia/Jakarta",
            "cms": "wordpress", "hosts": ["langgam.id"], "enabled": True}]


def _run(run_id: str) -> dict:
    return {"run_id": run_id, "flow": "nightly", "outlets": ["langgam"],
            "started_at": datetime(2024, 10, 1, tzinfo=UTC),
            "outlet_stats": {"langgam": {"finish_reason": "finished"}}}


def _host_run(data: Path, run_id: str, articles: range) -> tuple[Path, Path]:
    """What one host's run leaves: staged files (and logs) and a closed archive + index."""
    run_dir = stage_run(data / "staging" / run_id, run_id, articles, rows_per_file=7)
    (run_dir / "langgam" / "crawl.log").write_text("log lines stay local\n")
    warc_dir = data / "warc" / run_id
    warc_dir.mkdir(parents=True)
    (warc_dir / f"warta-langgam-{run_id}-00000.warc.gz").write_bytes(
        gzip.compress(b"WARC/1.1\r\n\r\n"))
    (warc_dir / f"warta-langgam-{run_id}.cdxj").write_text("key 2024 {}\n")
    (warc_dir / f"warta-langgam-{run_id}-00001.warc.gz.open").write_bytes(b"being written")
    return run_dir, warc_dir


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_published_run_is_listed_fetched_and_its_archives_kept(storage_root, tmp_path):
    store = storage.open_storage(storage_root)
    run_dir, warc_dir = _host_run(tmp_path / "host-a", "20241001T000000Z-a", range(20))
    batch = storage.publish_run(store, run_dir, warc_dir, _run("20241001T000000Z-a"),
                                OUTLETS)

    assert storage.complete_batches(store) == [batch] == ["20241001T000000Z-a"]
    names = sorted(p.rsplit("/", 1)[1] for p in store.fs.ls(store.path("warc", batch),
                                                             detail=False))
    assert names == ["warta-langgam-20241001T000000Z-a-00000.warc.gz",
                     "warta-langgam-20241001T000000Z-a.cdxj"]  # not the open file
    local, manifest = storage.fetch_batch(store, batch, tmp_path / "loader" / batch)
    assert manifest["run"]["run_id"] == batch and manifest["outlets"] == OUTLETS
    assert sorted(p.relative_to(local).as_posix() for p in local.rglob("*.jsonl")) == \
        sorted(p.relative_to(run_dir).as_posix() for p in storage.batch_files(run_dir))
    assert not (local / "langgam" / "crawl.log").exists()  # the loader's input only
    for path in local.rglob("*.jsonl"):
        assert path.read_bytes() == (run_dir / path.relative_to(local)).read_bytes()

    storage.mark_loaded(store, batch)
    assert storage.complete_batches(store) == []
    assert storage.complete_batches(store, include_loaded=True) == [batch]


def test_a_batch_without_its_completion_marker_is_never_listed(storage_root, tmp_path,
                                                               monkeypatch):
    store = storage.open_storage(storage_root)
    run_dir, warc_dir = _host_run(tmp_path / "host-a", "r-partial", range(20))
    real_put, sent = store.fs.put_file, []

    def dies_after_two_files(local, target, *args, **kwargs):  # a worker killed mid-upload
        if "/staging/" in target:
            if len(sent) == 2:
                raise ConnectionError("worker killed")
            sent.append(target)
        return real_put(local, target, *args, **kwargs)

    monkeypatch.setattr(store.fs, "put_file", dies_after_two_files)
    with pytest.raises(ConnectionError):
        storage.publish_run(store, run_dir, warc_dir, _run("r-partial"), OUTLETS)
    assert store.fs.exists(store.path("staging", "r-partial"))  # files are there ...
    assert storage.complete_batches(store, include_loaded=True) == []  # ... but unlisted
    monkeypatch.setattr(store.fs, "put_file", real_put)

    storage.publish_run(store, run_dir, warc_dir, _run("r-partial"), OUTLETS)  # the retry
    assert storage.complete_batches(store) == ["r-partial"]


def test_a_file_changed_after_publishing_fails_the_fetch(storage_root, tmp_path):
    store = storage.open_storage(storage_root)
    run_dir, warc_dir = _host_run(tmp_path / "host-a", "r-tampered", range(5))
    storage.publish_run(store, run_dir, warc_dir, _run("r-tampered"), OUTLETS)
    manifest = storage.read_manifest(store, "r-tampered")
    store.fs.pipe_file(store.path(storage.published_key("r-tampered", manifest,
                                                        "langgam/events.jsonl")),
                       b'{"event_id": "x"}\n')
    with pytest.raises(storage.IncompleteBatch, match="events.jsonl differs"):
        storage.fetch_batch(store, "r-tampered", tmp_path / "loader")


def test_loading_from_the_storage_gives_the_rows_of_a_local_load(storage_root, tmp_path):
    store = storage.open_storage(storage_root)
    for host, run_id, numbers in (("host-a", "r1", range(0, 30)),
                                  ("host-b", "r2", range(20, 45))):
        run_dir, warc_dir = _host_run(tmp_path / host, run_id, numbers)
        load_run(tmp_path / "local.duckdb", run_dir, _run(run_id), outlets=OUTLETS)
        storage.publish_run(store, run_dir, warc_dir, _run(run_id), OUTLETS)

    reports = load_published(tmp_path / "shared.duckdb", store, tmp_path / "loader",
                             load=load_run)
    assert [(r.run_id, r.articles_new) for r in reports] == [("r1", 30), ("r2", 15)]
    assert _rows(tmp_path / "shared.duckdb", ARTICLES) == _rows(tmp_path / "local.duckdb",
                                                                ARTICLES)
    assert len(_rows(tmp_path / "shared.duckdb", ARTICLES)) == 45
    assert not list((tmp_path / "loader" / "staging").iterdir())  # local copies removed
    assert load_published(tmp_path / "shared.duckdb", store, tmp_path / "loader",
                          load=load_run) == []  # each batch is loaded once


def test_archives_are_read_from_the_storage_when_this_host_lacks_them(storage_root,
                                                                        tmp_path):
    store = storage.open_storage(storage_root)
    run_dir, warc_dir = _host_run(tmp_path / "host-a", "r-arch", range(3))
    storage.publish_run(store, run_dir, warc_dir, _run("r-arch"), OUTLETS)
    archive = str(warc_dir / "warta-langgam-r-arch-00000.warc.gz")
    original = Path(archive).read_bytes()

    assert storage.local_archive(archive, store, tmp_path / "cache") == archive  # here
    elsewhere = "/srv/other-host/data/warc/r-arch/warta-langgam-r-arch-00000.warc.gz"
    copy = storage.local_archive(elsewhere, store, tmp_path / "cache")
    assert copy is not None and Path(copy).read_bytes() == original
    assert storage.local_archive(elsewhere.replace("r-arch/", "r-none/"), store,
                                 tmp_path / "cache") is None
    assert storage.local_archive(elsewhere, None, tmp_path / "cache") is None

    url = storage_root if "://" in storage_root else f"file://{storage_root}"
    copies = storage.local_copies([f"{url}/warc/r-arch/*.warc.gz", archive],
                                  tmp_path / "cache")
    assert [Path(c).read_bytes() for c in copies] == [original, original]
    with pytest.raises(FileNotFoundError):
        storage.local_copies([f"{url}/warc/r-none/*.warc.gz"], tmp_path / "cache")


def test_no_setting_means_no_shared_storage(tmp_path, monkeypatch):
    monkeypatch.delenv(storage.STORAGE_ENV, raising=False)
    assert storage.shared_storage(tmp_path / "data") is None
    monkeypatch.setenv(storage.STORAGE_ENV, str(tmp_path / "data"))
    assert storage.shared_storage(tmp_path / "data") is None  # the data folder itself
    monkeypatch.setenv(storage.STORAGE_ENV, f"file://{tmp_path}/shared")
    shared = storage.shared_storage(tmp_path / "data")
    assert shared is not None and shared.root == str(tmp_path / "shared")


def test_a_run_loaded_where_it_ran_is_not_loaded_again_from_the_storage(storage_root,
                                                                         tmp_path):
    from warehouse.pending import marking_loaded

    store = storage.open_storage(storage_root)
    run_dir, warc_dir = _host_run(tmp_path / "host-a", "r-here", range(10))
    storage.publish_run(store, run_dir, warc_dir, _run("r-here"), OUTLETS)
    report = marking_loaded(store, load=load_run)(tmp_path / "w.duckdb", run_dir,
                                                  _run("r-here"), outlets=OUTLETS)
    assert report.articles_new == 10
    assert storage.complete_batches(store) == []
    assert load_published(tmp_path / "w.duckdb", store, tmp_path / "loader",
                          load=load_run) == []


def test_one_batch_of_a_fanned_out_run_follows_the_same_protocol(storage_root, tmp_path):
    """A fanned-out run's batch (``<run_id>/<batch>``): complete once its manifest is there,
    fetched as published; locally, a sealed folder carries the same manifest."""
    store = storage.open_storage(storage_root)
    run_dir, _ = _host_run(tmp_path / "host", "20241001T000000Z-aaaa", range(5))
    key = "20241001T000000Z-aaaa/langgam"
    assert storage.get_text(store, f"staging/{key}/{storage.COMPLETE}") is None
    published = storage.publish_files(store, run_dir, key, stats={"fetched": 5})
    assert storage.complete_batches(store) == []  # not a whole-run batch: not loaded there
    assert storage.read_manifest(store, key)["stats"] == {"fetched": 5}
    local, manifest = storage.fetch_batch(store, key, tmp_path / "fetched")
    assert manifest == published and sorted(manifest["files"]) == sorted(
        p.relative_to(local).as_posix() for p in storage.batch_files(local))
    sealed = storage.seal(local, stats={"fetched": 5})
    assert sealed["files"] == published["files"]
    assert (local / storage.COMPLETE).exists()


def test_a_fanned_out_run_loaded_from_its_folder_marks_each_batch_loaded(storage_root,
                                                                        tmp_path):
    """A fanned-out run loaded as a pending run (``warta load --pending``): its batches are
    marked loaded in the store, not a run-level marker nobody reads."""
    from warehouse.pending import marking_loaded

    store = storage.open_storage(storage_root)
    run_id = "20241001T000000Z-bbbb"
    run_dir = tmp_path / "data" / "staging" / run_id
    batch, _ = _host_run(tmp_path / "host", run_id, range(3))
    storage.publish_files(store, batch, f"{run_id}/langgam", stats={})
    storage.fetch_batch(store, f"{run_id}/langgam", run_dir / "langgam")
    (run_dir / "antara").mkdir()  # not in the store: nothing to mark

    def fake_load(db_path, run_dir, run, outlets=None):
        return type("Report", (), {"to_dict": lambda self: {"pages": 3}})()

    marking_loaded(store, fake_load)("w.duckdb", run_dir, _run(run_id))
    assert store.fs.exists(store.path("staging", run_id, "langgam", storage.LOADED))
    assert not store.fs.exists(store.path("staging", run_id, storage.LOADED))
    assert not store.fs.exists(store.path("staging", run_id, "antara", storage.LOADED))


def test_loading_a_batch_removes_the_uploads_of_attempts_that_never_sealed_it(storage_root,
                                                                            tmp_path):
    """An attempt killed between its upload and ``_COMPLETE`` leaves its prefix; once the
    batch is loaded it goes, and the sealed attempt's files stay readable."""
    store = storage.open_storage(storage_root)
    run_dir, _ = _host_run(tmp_path / "host", "20241001T000000Z-cccc", range(5))
    key = "20241001T000000Z-cccc/langgam"
    name = next(p.relative_to(run_dir).as_posix() for p in storage.batch_files(run_dir))
    dead = store.path("staging", key, "attempt-dead0001", name)
    store.fs.makedirs(dead.rsplit("/", 1)[0], exist_ok=True)  # a folder store needs it
    store.fs.pipe_file(dead, b"half an upload")
    published = storage.publish_files(store, run_dir, key, attempt="live0001")
    assert published["prefix"] == "attempt-live0001"
    assert store.fs.exists(dead)  # sealing leaves another attempt's files alone
    storage.mark_loaded(store, key, {"pages": 5})
    assert not store.fs.exists(dead)
    assert not store.fs.exists(store.path("staging", key, "attempt-dead0001"))
    local, _ = storage.fetch_batch(store, key, tmp_path / "fetched")
    assert sorted(p.relative_to(local).as_posix() for p in storage.batch_files(local)) == sorted(
        published["files"])


def test_a_damaged_batch_does_not_stop_the_newer_ones_from_loading(storage_root, tmp_path,
                                                                    monkeypatch):
    """`warta load --pending`: the damaged older batch is named in one FAILED line (exit 1),
    the newer one loads, and the damaged one stays unloaded for a later try."""
    from typer.testing import CliRunner

    from flows.cli import app

    store = storage.open_storage(storage_root)
    for host, run_id, numbers in (("host-a", "r1", range(0, 10)),
                                  ("host-b", "r2", range(10, 25))):
        run_dir, warc_dir = _host_run(tmp_path / host, run_id, numbers)
        storage.publish_run(store, run_dir, warc_dir, _run(run_id), OUTLETS)
    manifest = storage.read_manifest(store, "r1")
    store.fs.pipe_file(store.path(storage.published_key("r1", manifest,
                                                        "langgam/events.jsonl")), b"{}\n")
    monkeypatch.setenv("WARTA_STORAGE", storage_root)  # the fixture set the s3 endpoint
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(app, ["load", "--pending", "--db", str(db),
                                      "--data-dir", str(tmp_path / "loader")])
    assert result.exit_code == 1, result.output
    assert "loaded pending run r2: " in result.output
    failed = [ln for ln in result.output.splitlines() if ln.startswith("FAILED")]
    assert len(failed) == 1 and "batch r1" in failed[0] and "differs" in failed[0], failed
    assert len(_rows(db, ARTICLES)) == 15
    assert storage.complete_batches(store) == ["r1"]  # left for a later try
