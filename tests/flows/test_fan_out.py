"""Fanned-out runs in one process: batches, the load of complete batches only, retries,
and the per-host crawl slot. (Real workers and a kill -9: test_scale_out.py, slow.)"""

from __future__ import annotations

import threading
import time
from datetime import date, timedelta

import pytest
from conftest import ARCHIVE
from warehouse_state import assert_same_rows, content, duplicates

from flows import fanout, layout
from flows.batches import Batch, area, date_slices, plan_batches, staged_batches
from warehouse import storage

# -- batches ---------------------------------------------------------------------------------

def test_date_slices_cover_the_range_once():
    slices = date_slices(date(2024, 1, 1), date(2024, 3, 5), 30)
    assert slices[0] == (date(2024, 1, 1), date(2024, 1, 30))
    assert slices[-1] == (date(2024, 3, 1), date(2024, 3, 5))
    assert all(b[0] == a[1] + timedelta(days=1) for a, b in zip(slices, slices[1:], strict=False))
    days = sum(b.toordinal() - a.toordinal() + 1 for a, b in slices)
    assert days == date(2024, 3, 5).toordinal() - date(2024, 1, 1).toordinal() + 1


def test_batches_per_outlet_or_per_outlet_and_slice():
    assert [b.name for b in plan_batches(["langgam", "antara"])] == ["langgam", "antara"]
    sliced = plan_batches(["langgam"], date(2024, 7, 1), date(2024, 7, 20), slice_days=10)
    assert [b.name for b in sliced] == ["langgam@2024-07-01_2024-07-10",
                                        "langgam@2024-07-11_2024-07-20"]


def test_fan_out_setting():
    assert not fanout.fans_out("local") and fanout.fans_out("deployments")
    with pytest.raises(ValueError):
        fanout.fans_out("threads")


def test_a_run_still_crawling_is_loaded_only_when_named(tmp_path):
    from flows.batches import mark_crawled, runs_to_load, write_run_manifest

    run = {"run_id": "20241201T000000Z-abcd", "flow": "nightly",
           "started_at": "2024-12-01T00:00:00+00:00", "outlets": ["langgam", "antara"]}
    where = area(tmp_path)
    write_run_manifest(where, run, plan_batches(run["outlets"]))
    run_dir = layout.staging_dir(tmp_path, run["run_id"])
    (run_dir / "langgam").mkdir()
    (run_dir / "langgam" / storage.COMPLETE).write_text("{}", encoding="utf-8")
    (run_dir / "antara").mkdir()  # a folder without its marker is not a batch
    assert staged_batches(where, run["run_id"]) == ["langgam"]
    assert runs_to_load(where) == []  # antara may still be crawling
    assert runs_to_load(where, run["run_id"]) == [run["run_id"]]
    mark_crawled(where, run["run_id"], {"langgam": "COMPLETED", "antara": "FAILED"})
    assert runs_to_load(where) == [run["run_id"]]


def test_batches_staged_with_the_older_markers_are_still_read(tmp_path):
    """``batch.json`` marked a complete batch and the run's ``loaded.json`` its loaded ones
    before warehouse/storage.py's ``_COMPLETE`` and ``_LOADED``."""
    from flows.batches import complete_batch, loaded_batches, runs_to_load, write_run_manifest

    run = {"run_id": "20241201T000000Z-abcd", "flow": "backfill",
           "started_at": "2024-12-01T00:00:00+00:00", "outlets": ["langgam", "antara"]}
    where = area(tmp_path)
    write_run_manifest(where, run, plan_batches(run["outlets"]))
    run_dir = layout.staging_dir(tmp_path, run["run_id"])
    for outlet in run["outlets"]:
        (run_dir / outlet).mkdir()
        (run_dir / outlet / layout.LEGACY_BATCH_MANIFEST).write_text(
            '{"stats": {"fetched": 3}}', encoding="utf-8")
    (run_dir / layout.LEGACY_LOADED_MARKER).write_text('["langgam"]', encoding="utf-8")
    assert complete_batch(where, run["run_id"], "antara") == {"stats": {"fetched": 3}}
    assert staged_batches(where, run["run_id"]) == ["antara", "langgam"]
    assert loaded_batches(where, run["run_id"]) == ["langgam"]
    assert runs_to_load(where) == [run["run_id"]]


# -- a fanned-out backfill, its batches run in this process ----------------------------------

def in_process(fail_first: set[str]):
    """``fanout.submit`` running crawl-outlet here; the first attempt of the batches in
    ``fail_first`` leaves a partial folder of junk and fails, as a killed worker would."""
    from prefect import flow

    from flows.crawl_outlet import crawl_outlet_flow

    @flow(name="killed-crawl-outlet")
    def killed(data_dir: str, run_id: str, batch: str) -> None:
        work = layout.partial_dir(data_dir, run_id, batch, "dead")
        (work / batch).mkdir(parents=True)
        (work / batch / "pages.jsonl").write_text('{"url": "https://x.invalid/half', "utf-8")
        raise RuntimeError("worker killed")

    attempts: list[tuple[str, int]] = []

    def submit(batch: Batch, params: dict, attempt: int):
        attempts.append((batch.name, attempt))
        if batch.name in fail_first and attempt == 1:
            state = killed(params["data_dir"], params["run_id"], batch.name, return_state=True)
        else:
            state = crawl_outlet_flow(**params, return_state=True)
        return state.state_details.flow_run_id

    return submit, attempts


@pytest.fixture(scope="module")
def runs(tmp_path_factory, prefect_harness):
    from flows.backfill import backfill

    tmp = tmp_path_factory.mktemp("fanout")
    bounds = {"since": date(2024, 1, 1), "until": date(2024, 12, 31), "replay": [str(ARCHIVE)],
              "workers": 1}
    local = backfill(db_path=str(tmp / "local.duckdb"), data_dir=str(tmp / "l"), **bounds)
    submit, attempts = in_process({"langgam"})
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fanout, "submit", submit)
        patch.setattr(fanout, "POLL_SECONDS", 0.1)
        fanned = backfill(db_path=str(tmp / "fanned.duckdb"), data_dir=str(tmp / "f"),
                          fan_out="deployments", **bounds)
    return {"tmp": tmp, "local": local, "fanned": fanned, "attempts": attempts}


def test_a_fanned_out_run_loads_what_a_local_run_loads(runs):
    tmp = runs["tmp"]
    want, got = content(tmp / "local.duckdb"), content(tmp / "fanned.duckdb")
    for table in want:
        assert_same_rows(got[table], want[table], table)
    assert runs["fanned"]["status"] == runs["local"]["status"] == "loaded"
    assert runs["fanned"]["load"]["articles_new"] == runs["local"]["load"]["articles_new"]


def test_a_failed_batch_is_run_again_and_its_partial_folder_never_loaded(runs):
    assert ("langgam", 2) in runs["attempts"]
    assert sum(1 for name, _ in runs["attempts"] if name == "antara") == 1
    run_id = runs["fanned"]["run_id"]
    partial = layout.partial_dir(runs["tmp"] / "f", run_id, "langgam", "dead")
    assert not partial.exists()  # never loaded; removed once every batch's run ended
    assert not runs["fanned"]["load"]["quarantined"]  # the junk was never read
    assert duplicates(runs["tmp"] / "fanned.duckdb") == dict.fromkeys(
        duplicates(runs["tmp"] / "fanned.duckdb"), 0)


def test_the_load_flow_loads_nothing_twice(runs):
    from flows.loader import load_staged, load_staged_run

    tmp, run_id = runs["tmp"], runs["fanned"]["run_id"]
    before = content(tmp / "fanned.duckdb")
    assert load_staged(db_path=str(tmp / "fanned.duckdb"), data_dir=str(tmp / "f")) == []
    assert len(staged_batches(area(tmp / "f"), run_id)) == 6
    _, _, again = load_staged_run(str(tmp / "fanned.duckdb"), str(tmp / "f"), run_id)
    assert again["pages"] == 0 and again["articles_updated"] == 0
    assert content(tmp / "fanned.duckdb") == before


def test_the_load_flow_loads_a_run_whose_parent_died(runs, tmp_path):
    """A parent flow that died after its batches were staged: ``load`` records the run."""
    import shutil

    from flows.loader import load_staged

    tmp, run_id = runs["tmp"], runs["fanned"]["run_id"]
    data = tmp_path / "d"
    shutil.copytree(layout.staging_dir(tmp / "f", run_id), layout.staging_dir(data, run_id))
    for marker in layout.staging_dir(data, run_id).glob(f"*/{storage.LOADED}"):
        marker.unlink()
    db = tmp_path / "w.duckdb"
    reports = load_staged(db_path=str(db), data_dir=str(data))
    assert [r["run_id"] for r in reports] == [run_id]
    assert content(db)["articles"] == content(tmp / "fanned.duckdb")["articles"]


# -- politeness ------------------------------------------------------------------------------

def test_one_crawl_of_a_host_at_a_time(prefect_harness):
    from prefect.client.orchestration import get_client

    from flows.politeness import crawl_slot, limit_name

    spans: dict[str, list[tuple[float, float]]] = {"langgam": [], "antara": []}

    def crawl(outlet: str) -> None:
        with crawl_slot(outlet):
            start = time.monotonic()
            time.sleep(0.8)
            spans[outlet].append((start, time.monotonic()))

    threads = [threading.Thread(target=crawl, args=(o,))
               for o in ("langgam", "langgam", "langgam", "antara", "antara")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for outlet, done in spans.items():
        done.sort()
        assert len(done) == (3 if outlet == "langgam" else 2)
        overlaps = [(a, b) for a, b in zip(done, done[1:], strict=False) if a[1] > b[0]]
        assert not overlaps, f"{outlet}: crawls overlapped"
    assert spans["langgam"][-1][1] - spans["langgam"][0][0] >= 3 * 0.8  # one after another
    with get_client(sync_client=True) as client:
        assert client.read_global_concurrency_limit_by_name(limit_name("langgam")).limit == 1


def test_date_slices_load_the_articles_of_the_whole_range(runs, tmp_path):
    """Per outlet and half-year: articles and events as the local run has them (listing and
    feed pages are fetched once per slice, so ``pages`` has more rows)."""
    from flows.backfill import backfill
    from warehouse.db import reader

    submit, attempts = in_process(set())
    outlets = ["langgam", "antara"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fanout, "submit", submit)
        patch.setattr(fanout, "POLL_SECONDS", 0.1)
        sliced = backfill(outlets=outlets, since=date(2024, 1, 1), until=date(2024, 12, 31),
                          replay=[str(ARCHIVE)], workers=1, db_path=str(tmp_path / "s.duckdb"),
                          data_dir=str(tmp_path / "s"), fan_out="deployments", slice_days=183)
    assert sorted(name for name, _ in attempts) == [
        "antara@2024-01-01_2024-07-01", "antara@2024-07-02_2024-12-31",
        "langgam@2024-01-01_2024-07-01", "langgam@2024-07-02_2024-12-31"]
    assert sliced["status"] == "loaded"
    query = ("SELECT canonical_url, title, published_at, text_hash FROM articles "
             "WHERE outlet IN ('langgam', 'antara') ORDER BY ALL")
    events = ("SELECT e.* EXCLUDE (run_id) FROM events e JOIN articles a USING "
              "(canonical_url) WHERE a.outlet IN ('langgam', 'antara') ORDER BY ALL")
    with reader(runs["tmp"] / "local.duckdb") as con:
        want = con.execute(query).fetchall(), con.execute(events).fetchall()
    with reader(tmp_path / "s.duckdb") as con:
        got = con.execute(query).fetchall(), con.execute(events).fetchall()
    assert_same_rows(got[0], want[0], "articles")
    assert_same_rows(got[1], want[1], "events")


def test_a_worker_without_the_replay_archives_says_so(tmp_path, prefect_harness):
    from flows.crawl_outlet import crawl_outlet_flow

    state = crawl_outlet_flow.with_options(retries=0)(
        outlet="langgam", run_id="20241201T000000Z-abcd", data_dir=str(tmp_path),
        replay=[str(tmp_path / "elsewhere.warc.gz")], return_state=True)
    assert state.is_failed() and "not on this worker" in state.message
    assert not (tmp_path / "partial").exists()


# -- a shared storage, seen from the workers and the loader ---------------------------------

def test_a_relative_storage_reaches_the_workers_as_an_absolute_path(tmp_path, monkeypatch):
    """A worker runs in its own directory: ``WARTA_STORAGE=shared`` must not become its
    ``./shared``."""
    from flows.run import Run

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(storage.STORAGE_ENV, "shared")
    run = Run("20241201T000000Z-abcd", "nightly", ["langgam"], "data")
    params = fanout.batch_parameters(run, Batch("langgam"), {"mode": "nightly"}, 1,
                                     area("data"))
    assert params["storage"] == str(tmp_path / "shared")
    assert "data_dir" not in params  # the worker's own


def test_a_failed_cleanup_after_the_batches_is_a_warning_and_the_load_goes_on(
        tmp_path, prefect_harness, monkeypatch):
    """Two cleaners of a shared mount at once made ``fan_out`` fail before its load."""
    from prefect import flow

    from flows import leftovers
    from flows.run import Run

    def raced(*_args, **_kwargs):
        raise FileNotFoundError("warta-langgam-x.warc.gz.open: moved by another cleaner")

    monkeypatch.setattr(fanout, "run_batches", lambda specs: {"langgam": "COMPLETED"})
    monkeypatch.setattr(leftovers, "clean_dead_attempts", raced)
    run = Run("20241201T000000Z-abcd", "nightly", ["langgam"], str(tmp_path / "data"))

    @flow(name="fan-out-with-a-raced-cleanup")
    def fanning() -> dict:
        return fanout.fan_out(run, {"mode": "nightly"})

    assert fanning() == {"langgam": "COMPLETED"}


def staged_in(store, run_id: str, source, batches: list[str] | None = None) -> None:
    """A fanned-out run's staging folder published as is to a storage folder (renamed
    ``run_id``, with only ``batches``), none of its batches loaded."""
    import json
    import shutil

    target = store / "staging" / run_id
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(storage.LOADED))
    spec = json.loads((target / layout.RUN_MANIFEST).read_text(encoding="utf-8"))
    if batches is not None:
        spec["batches"] = [b for b in spec["batches"] if Batch(**b).name in batches]
        for folder in target.iterdir():
            if folder.is_dir() and folder.name not in batches:
                shutil.rmtree(folder)
    (target / layout.RUN_MANIFEST).write_text(json.dumps({**spec, "run_id": run_id}),
                                              encoding="utf-8")


def good_and_broken(runs, store) -> tuple[str, str]:
    """The fanned-out run staged in the storage, and an older copy of its langgam batch
    whose pages differ from its manifest (as a raced publish leaves it): their run ids."""
    good = runs["fanned"]["run_id"]
    staged_in(store, good, layout.staging_dir(runs["tmp"] / "f", good))
    broken = "20240101T000000Z-0badbad0"  # older: loaded first
    staged_in(store, broken, layout.staging_dir(runs["tmp"] / "f", good), ["langgam"])
    with open(store / "staging" / broken / "langgam" / "langgam" / "pages.jsonl", "a",
              encoding="utf-8") as pages:
        pages.write('{"url": "https://langgam.id/ditulis-dua-kali/"}\n')
    return good, broken


def test_a_run_that_cannot_load_stops_no_other_and_fails_the_load_naming_it(
        runs, tmp_path, monkeypatch):
    """An older run whose batch differs from its manifest (as a raced publish leaves it)
    used to stop every newer run from loading, for good. And a run left pending here by a
    held warehouse, loaded on the way, is marked loaded in the storage (was: loaded again)."""
    import json

    from flows.loader import load_staged
    from flows.run import Run
    from warehouse.pending import MARKER

    store, data, db = tmp_path / "store", tmp_path / "data", tmp_path / "w.duckdb"
    monkeypatch.setenv(storage.STORAGE_ENV, str(store))
    good, broken = good_and_broken(runs, store)
    pending = "20240102T000000Z-9e9d1e90"  # published by this host, then the lock held
    record = Run(pending, "nightly", [], str(data)).record({})
    layout.staging_dir(data, pending).mkdir(parents=True)
    (layout.staging_dir(data, pending) / MARKER).write_text(
        json.dumps({"run": record, "outlets": None}, default=str), encoding="utf-8")
    storage.put_text(storage.open_storage(store), f"staging/{pending}/{storage.COMPLETE}",
                     json.dumps({"run": record, "files": {}}, default=str))

    state = load_staged(db_path=str(db), data_dir=str(data), return_state=True)
    assert state.is_failed() and broken in state.message and good not in state.message
    assert "differs from its manifest" in state.message
    assert content(db)["articles"] == content(runs["tmp"] / "fanned.duckdb")["articles"]
    batches = staged_batches(area(data), good)
    assert len(batches) == 6 and all(
        (store / "staging" / good / b / storage.LOADED).exists() for b in batches)
    assert not (store / "staging" / broken / "langgam" / storage.LOADED).exists()
    assert (store / "staging" / pending / storage.LOADED).exists()


def test_warta_load_pending_loads_a_fanned_out_run_left_unloaded(runs, tmp_path):
    """`warta load --pending` loads a fanned-out run nobody loaded (its fanning flow died),
    not only the runs a locked warehouse left pending; a second call loads nothing."""
    import shutil

    from typer.testing import CliRunner

    from flows.cli import app

    tmp, run_id = runs["tmp"], runs["fanned"]["run_id"]
    data, db = tmp_path / "d", tmp_path / "w.duckdb"
    shutil.copytree(layout.staging_dir(tmp / "f", run_id), layout.staging_dir(data, run_id))
    for marker in layout.staging_dir(data, run_id).glob(f"*/{storage.LOADED}"):
        marker.unlink()
    args = ["load", "--pending", "--db", str(db), "--data-dir", str(data)]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    assert f"loaded fanned-out run {run_id}:" in done.output
    assert content(db)["articles"] == content(tmp / "fanned.duckdb")["articles"]
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and "fanned-out" not in again.output, again.output


def test_warta_load_pending_names_a_fanned_out_run_that_cannot_load(runs, tmp_path,
                                                                    monkeypatch):
    """A fanned-out run in the storage whose batch differs from its manifest is one FAILED
    line naming it (exit 1), no traceback; the newer run still loads."""
    from typer.testing import CliRunner

    from flows.cli import app

    store, data, db = tmp_path / "store", tmp_path / "data", tmp_path / "w.duckdb"
    monkeypatch.setenv(storage.STORAGE_ENV, str(store))
    good, broken = good_and_broken(runs, store)
    done = CliRunner().invoke(app, ["load", "--pending", "--db", str(db),
                                    "--data-dir", str(data)])
    assert done.exit_code == 1, done.output
    failed = [line for line in done.output.splitlines() if line.startswith("FAILED")]
    assert len(failed) == 1 and broken in failed[0], done.output
    assert "differs from its manifest" in failed[0] and "Traceback" not in done.output
    assert f"loaded fanned-out run {good}:" in done.output
    assert content(db)["articles"] == content(runs["tmp"] / "fanned.duckdb")["articles"]
