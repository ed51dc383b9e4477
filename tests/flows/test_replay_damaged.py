"""A damaged record in a replay archive is the same reject row ingest records, and the
records around it replay.

The bundled archive with a few bytes of one langgam article's gzip member scrambled (as
tests/spiders/test_warc_integrity.py damages one) is replayed by the nightly flow and
ingested: both warehouses hold one ``DamagedRecord`` reject with the same URL, outlet,
stage and reason (and the replay no second "not in archive" row for it), and the other
articles load. Before, the replay only logged it.
"""

from __future__ import annotations

import shutil

import object_store
import pytest
from conftest import ARCHIVE
from typer.testing import CliRunner

from spiders.cdxj import index_archives, read_index
from warehouse import storage
from warehouse.db import reader

s3_endpoint = object_store.s3_endpoint  # the fixtures: a second folder, a real S3 server
storage_root = object_store.storage_root

REJECT = ("SELECT url, outlet, stage, reason FROM rejects WHERE reason LIKE 'DamagedRecord%'")


def damaged_copy(tmp_path) -> tuple[str, str]:
    """The bundled archive with 10 bytes in the middle of a langgam article's gzip member
    scrambled: (its path, that article's URL)."""
    entries = [e for e in read_index(index_archives([ARCHIVE], tmp_path / "a.cdxj"))
               if "langgam.id/" in e.url and e.status == 200 and "html" in (e.mime or "")]
    entries.sort(key=lambda e: e.offset)
    victim = entries[len(entries) // 2]
    raw = ARCHIVE.read_bytes()
    at = victim.offset + victim.length // 2
    path = tmp_path / "rusak.warc.gz"
    path.write_bytes(raw[:at] + bytes(b ^ 0x5A for b in raw[at:at + 10]) + raw[at + 10:])
    return str(path), victim.url


def test_replay_records_the_damaged_record_as_ingest_does(tmp_path, prefect_harness):
    from flows.ingest import ingest
    from flows.nightly import nightly

    path, url = damaged_copy(tmp_path)
    replayed, ingested = tmp_path / "replay.duckdb", tmp_path / "ingest.duckdb"
    run = nightly(outlets=["langgam"], db_path=str(replayed), data_dir=str(tmp_path / "r"),
                  replay=[path], workers=1)
    ingest(archives=[path], db_path=str(ingested), data_dir=str(tmp_path / "i"), workers=1)
    assert run["load"]["articles_new"] > 0  # the intact records replayed
    with reader(replayed) as con:
        from_replay = con.execute(REJECT).fetchall()
        # one row for the URL: not also the crawl's "not in archive" for the record left out
        for_url = con.execute("SELECT reason FROM rejects WHERE url = ?", [url]).fetchall()
    with reader(ingested) as con:
        from_ingest = con.execute(REJECT).fetchall()
    assert from_replay == from_ingest
    [(got_url, outlet, stage, reason)] = from_replay
    assert (got_url, outlet, stage) == (url, "langgam", "fetch"), from_replay
    assert "rusak.warc.gz skipped" in reason
    assert for_url == [(reason,)], for_url


def test_a_fanned_out_replay_publishes_its_damaged_record_rejects(storage_root, tmp_path,
                                                                  monkeypatch,
                                                                  prefect_harness):
    """A fanned-out replay stages the rejects of the damaged records on the fanning flow's
    host; with a shared storage its batches load on another host. There, too, the reject
    row of the damaged record loads, and once: loading again adds nothing."""
    from flows import fanout, loader
    from flows.cli import app
    from flows.crawl_outlet import crawl_outlet_flow
    from flows.nightly import nightly

    path, url = damaged_copy(tmp_path)

    def submit(batch, params, attempt):  # the crawl-outlet runs, here (a worker's host)
        return crawl_outlet_flow(**params, return_state=True).state_details.flow_run_id

    def host_lost(*args, **kwargs):
        raise RuntimeError("the fanning flow's host is gone")

    parent = tmp_path / "parent"
    with monkeypatch.context() as patch:
        patch.setenv(storage.STORAGE_ENV, storage_root)
        patch.setattr(fanout, "submit", submit)
        patch.setattr(fanout, "POLL_SECONDS", 0.1)
        patch.setattr(loader, "load_staged_run", host_lost)  # after fanning out, before loading
        (tmp_path / "worker").mkdir()
        patch.chdir(tmp_path / "worker")  # the worker's own data folder: ./data
        with pytest.raises(RuntimeError, match="host is gone"):
            nightly(outlets=["langgam"], db_path=str(tmp_path / "parent.duckdb"),
                    data_dir=str(parent), replay=[path], workers=1, fan_out="deployments")
    shutil.rmtree(parent)  # only the storage remains

    monkeypatch.setenv(storage.STORAGE_ENV, storage_root)  # the loader's host
    db, data = str(tmp_path / "loader.duckdb"), str(tmp_path / "loader")
    done = CliRunner().invoke(app, ["load", "--pending", "--db", db, "--data-dir", data])
    assert done.exit_code == 0, done.output
    assert "loaded fanned-out run" in done.output
    again = CliRunner().invoke(app, ["load", "--pending", "--db", db, "--data-dir", data])
    assert again.exit_code == 0 and "no pending runs" in again.output, again.output
    with reader(db) as con:
        rows = con.execute(REJECT).fetchall()
        times = con.execute("SELECT times FROM rejects WHERE reason LIKE 'DamagedRecord%'"
                            ).fetchall()
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles > 0  # the intact records replayed and loaded
    [(got_url, outlet, stage, reason)] = rows
    assert (got_url, outlet, stage) == (url, "langgam", "fetch"), rows
    assert "rusak.warc.gz skipped" in reason
    assert times == [(1,)]
