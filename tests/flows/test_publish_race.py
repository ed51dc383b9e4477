"""Two attempts at one batch of a fanned-out run publishing into a shared storage at once (a
run marked Crashed while still alive, and its retry), against a second folder and a real
S3-compatible server: the first to complete the batch wins, the other's files are never
read, a loaded batch stays loaded; and their archives never share a name."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import object_store
import pytest
from staged_run import stage_run

from flows import layout
from flows.batches import area, complete_batch, fetch_run, publish_batch
from warehouse import storage

s3_endpoint = object_store.s3_endpoint  # the fixtures: a second folder, a real S3 server
storage_root = object_store.storage_root
RUN = "20241201T000000Z-race"


def _attempt(tmp: Path, name: str, edition: int) -> tuple[Path, dict]:
    """A finished partial folder of batch langgam (its own host's data folder) and its
    manifest; the two attempts crawled different pages, so their files differ."""
    data = tmp / f"host-{name}"
    stage_run(layout.partial_dir(data, RUN, "langgam", name), RUN, range(8),
              edition=edition)
    return data, {"outlet": "langgam", "batch": "langgam", "run_id": RUN,
                  "flow_run_id": name, "stats": {"fetched": 8}}


def _race(tmp: Path, url: str, patch: pytest.MonkeyPatch) -> dict[str, BaseException]:
    """Attempts A and B publish batch langgam in the order that broke it: both find it not
    staged, A uploads its files, B uploads its files and completes the batch, and only then
    does A try to complete it. Returns the attempts' errors."""
    store = storage.open_storage(url)
    both_checked = threading.Barrier(2, timeout=30)
    a_uploaded, b_done = threading.Event(), threading.Event()
    counts = {"A": 0, "B": 0}
    staged = {"A": _attempt(tmp, "A", 0), "B": _attempt(tmp, "B", 1)}
    files = len(storage.batch_files(layout.partial_dir(staged["A"][0], RUN, "langgam", "A")))

    def put_file(real_put, local, target, *args, **kwargs):
        me = threading.current_thread().name
        if "/staging/" in target:
            counts[me] += 1
            if counts[me] == 1:
                both_checked.wait()  # each has looked for the batch and not found it
                if me == "B":
                    assert a_uploaded.wait(30)
        done = real_put(local, target, *args, **kwargs)
        if me == "A" and counts["A"] == files:
            a_uploaded.set()
            assert b_done.wait(30)  # A completes the batch only after B did
        return done

    errors: dict[str, BaseException] = {}

    def attempt(name: str) -> None:
        data, manifest = staged[name]
        try:
            publish_batch(layout.partial_dir(data, RUN, "langgam", name), area(data, url), RUN,
                          "langgam", manifest, name)
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            errors[name] = exc
        finally:
            if name == "B":
                b_done.set()

    if "put_file" in vars(store.fs):  # an async file system: one instance, its wrappers
        real = store.fs.put_file
        patch.setattr(store.fs, "put_file", lambda *a, **k: put_file(real, *a, **k))
    else:  # fsspec gives each thread its own instance of a sync one
        cls = type(store.fs)
        real = cls.put_file
        patch.setattr(cls, "put_file", lambda fs, *a, **k: put_file(
            lambda *b, **c: real(fs, *b, **c), *a, **k))
    threads = [threading.Thread(target=attempt, args=(n,), name=n) for n in "AB"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    patch.undo()
    assert counts == {"A": files, "B": files}  # the order above was the one played
    return errors


def test_two_attempts_publishing_one_batch_leave_the_first_complete_one(storage_root,
                                                                        tmp_path):
    with pytest.MonkeyPatch.context() as patch:
        errors = _race(tmp_path, storage_root, patch)
    assert not errors, errors
    loader = area(tmp_path / "loader", storage_root)
    local = fetch_run(loader, RUN, ["langgam"])  # no IncompleteBatch: files match it
    assert complete_batch(loader, RUN, "langgam")["flow_run_id"] == "B"  # B was first
    want = layout.partial_dir(tmp_path / "host-B", RUN, "langgam", "B")
    assert not want.exists()  # published, its folder removed: compare with a new staging
    stage_run(want, RUN, range(8), edition=1)
    for path in storage.batch_files(want):
        assert (local / "langgam" / path.relative_to(want)).read_bytes() == path.read_bytes()
    store = storage.open_storage(storage_root)
    names = {p.rstrip("/").rsplit("/", 1)[1]
             for p in store.fs.ls(store.path("staging", RUN, "langgam"), detail=False)}
    assert names == {storage.COMPLETE, "attempt-B"}  # the loser's files are removed


def test_a_late_attempt_leaves_a_loaded_batch_as_it_is(storage_root, tmp_path):
    url, store = storage_root, storage.open_storage(storage_root)
    first, manifest = _attempt(tmp_path, "A", 0)
    publish_batch(layout.partial_dir(first, RUN, "langgam", "A"), area(first, url), RUN,
                  "langgam", manifest, "A")
    storage.mark_loaded(store, f"{RUN}/langgam")
    late, manifest = _attempt(tmp_path, "B", 1)
    work = layout.partial_dir(late, RUN, "langgam", "B")
    sealed = storage.publish_files(store, work, f"{RUN}/langgam", "B", **manifest)
    assert sealed["flow_run_id"] == "A"
    assert store.fs.exists(store.path("staging", RUN, "langgam", storage.LOADED))
    assert complete_batch(area(late, url), RUN, "langgam")["flow_run_id"] == "A"


def test_the_first_complete_manifest_stays_whatever_the_order(storage_root):
    """Creating the marker only if absent: a second writer gets the first one's text back,
    also where a server ignores the condition and lets the later PUT land (read back)."""
    store = storage.open_storage(storage_root)
    key = f"staging/{RUN}/x/{storage.COMPLETE}"
    assert storage.create_text(store, key, '{"prefix": "attempt-1"}') == '{"prefix": "attempt-1"}'
    assert storage.create_text(store, key, '{"prefix": "attempt-2"}') == '{"prefix": "attempt-1"}'
    assert storage.get_text(store, key) == '{"prefix": "attempt-1"}'
    if store.is_local:
        assert not list(Path(store.path("staging", RUN, "x")).glob("*.part"))


def test_a_server_without_conditional_puts_still_keeps_the_first(s3_endpoint, monkeypatch):
    """A server that answers the condition with NotImplemented: checked, then put."""
    import errno

    for name, value in object_store.CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv(storage.ENDPOINT_ENV, s3_endpoint)
    store = storage.open_storage(f"s3://{object_store.BUCKET}/no-conditions")
    real_pipe = store.fs.pipe_file

    def pipe_file(path, value, mode="overwrite", **kwargs):
        if mode == "create":
            raise OSError(errno.ENOSYS, "NotImplemented: If-None-Match")
        return real_pipe(path, value, **kwargs)

    monkeypatch.setattr(store.fs, "pipe_file", pipe_file)
    key = f"staging/{RUN}/y/{storage.COMPLETE}"
    assert storage.create_text(store, key, "first") == "first"
    assert storage.create_text(store, key, "second") == "first"


def test_batches_published_before_attempt_prefixes_are_still_fetched(storage_root, tmp_path):
    store = storage.open_storage(storage_root)
    data, fields = _attempt(tmp_path, "old", 0)
    work = layout.partial_dir(data, RUN, "langgam", "old")
    manifest = storage.manifest_of(work, **fields)  # no prefix: files beside the marker
    for name in manifest["files"]:
        store.fs.makedirs(store.path("staging", RUN, "old", name).rsplit("/", 1)[0],
                          exist_ok=True)
        store.fs.put_file(str(work / name), store.path("staging", RUN, "old", name))
    storage.put_text(store, f"staging/{RUN}/old/{storage.COMPLETE}", json.dumps(manifest))
    local, fetched = storage.fetch_batch(store, f"{RUN}/old", tmp_path / "fetched")
    assert fetched == manifest and sorted(manifest["files"]) == sorted(
        p.relative_to(local).as_posix() for p in storage.batch_files(local))


# -- archives ---------------------------------------------------------------------------------

def _archives(data: Path, run_id: str, tag: str, size: int) -> Path:
    warc = layout.warc_dir(data, run_id)
    warc.mkdir(parents=True, exist_ok=True)
    (warc / f"warta-langgam-{run_id}-{tag}-20241201000000-00000.warc.gz").write_bytes(
        b"w" * size)
    (warc / f"warta-langgam-{run_id}-{tag}.cdxj").write_text("k " * size)
    return warc


def test_an_archive_is_never_overwritten_by_one_of_another_size(storage_root, tmp_path):
    store = storage.open_storage(storage_root)
    first = _archives(tmp_path / "a", RUN, "aaaa", 10)
    assert len(storage.publish_warcs(store, first, RUN, tag="aaaa")) == 2
    assert len(storage.publish_warcs(store, first, RUN, tag="aaaa")) == 2  # a retry: same
    clash = _archives(tmp_path / "b", RUN, "aaaa", 20)
    with pytest.raises(storage.ArchiveConflict, match="another size"):
        storage.publish_warcs(store, clash, RUN)
    name = f"warta-langgam-{RUN}-aaaa-20241201000000-00000.warc.gz"
    assert store.fs.cat_file(store.path("warc", RUN, name)) == b"w" * 10


def test_an_attempt_publishes_only_its_own_archives(storage_root, tmp_path):
    store = storage.open_storage(storage_root)
    _archives(tmp_path, RUN, "aaaa", 10)
    warc = _archives(tmp_path, RUN, "bbbb", 20)  # another slice on this host, same second
    published = storage.publish_warcs(store, warc, RUN, tag="bbbb")
    assert sorted(p.rsplit("/", 1)[1] for p in published) == [
        f"warta-langgam-{RUN}-bbbb-20241201000000-00000.warc.gz",
        f"warta-langgam-{RUN}-bbbb.cdxj"]


def test_two_crawls_of_one_outlet_at_once_write_apart(tmp_path, monkeypatch):
    """Two slices of an outlet crawled at the same time into one archive folder: each
    attempt's archives and index carry its tag, and each index covers its own archive."""
    from slow_site import serve_slow_site

    from spiders.cdxj import read_index
    from spiders.crawl import run_crawl

    monkeypatch.setenv("WARTA_DOWNLOAD_DELAY", "0")
    warc = tmp_path / "warc" / RUN
    with serve_slow_site(articles=3) as site:
        crawls = [threading.Thread(target=run_crawl, args=(
            "langgam", RUN, tmp_path / tag, warc), kwargs={
            "mode": "nightly", "base_url": site.base, "archive_tag": tag, "timeout": 60})
            for tag in ("s1", "s2")]
        for crawl in crawls:
            crawl.start()
        for crawl in crawls:
            crawl.join(120)
    for tag in ("s1", "s2"):
        [archive] = warc.glob(f"warta-langgam-{RUN}-{tag}-*.warc.gz")
        entries = list(read_index(warc / f"warta-langgam-{RUN}-{tag}.cdxj"))
        assert entries and {e.filename for e in entries} == {str(archive)}
