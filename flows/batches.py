"""Staged batches of a fanned-out run: one outlet (or one outlet's date slice) each.

Batches follow the protocol of warehouse/storage.py: a batch is complete once its
``_COMPLETE`` manifest (its crawl figures, every file's size and digest) exists, and loaded
once its ``_LOADED`` marker does. Where they meet is the run's ``Area``:

- the data folder itself (no ``$WARTA_STORAGE``; on several hosts, a shared mount): a
  ``crawl-outlet`` run writes its batch in a partial folder, seals it with ``_COMPLETE`` and
  renames it into the run's staging folder, so the loader sees whole batches or nothing;
- a shared storage (``$WARTA_STORAGE``: another path, or s3://): the run publishes its
  archives, then its batch's files under its attempt's own prefix, then creates
  ``_COMPLETE`` unless another attempt did first (the first wins; its manifest names its
  prefix); the loader fetches complete batches (checked against their manifests) and marks
  them ``_LOADED`` there. Workers then need no common folder at all: the run's record, its
  seen URLs and its replay index go there too, and the rejects of damaged records of its
  replay archives as a batch of their own (``archives``).

Each attempt names its archives with its own id (``warta-<outlet>-<run>-<attempt>...``), so
two slices of an outlet, or two attempts at one, never write or publish the same name.

A worker killed mid-batch leaves a partial folder or unsealed objects that are never loaded,
and the batch's retry starts over. The run itself is described by ``run.json`` (written by
the flow that fans out), so any later ``load`` flow run can load and record it, even when
that flow died after fanning out. Batches staged before this protocol (``batch.json``, and a
run's ``loaded.json``) are still read.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from flows import layout
from warehouse import storage


@dataclass(frozen=True)
class Batch:
    """One unit of fanned-out work: an outlet, optionally a [since, until] slice (days)."""

    outlet: str
    since: str | None = None  # ISO day, inclusive
    until: str | None = None  # ISO day, inclusive

    @property
    def name(self) -> str:
        if self.since is None and self.until is None:
            return self.outlet
        return f"{self.outlet}@{self.since or 'start'}_{self.until or 'end'}"


def date_slices(since: date, until: date, days: int) -> list[tuple[date, date]]:
    """[since, until] cut into consecutive inclusive slices of at most ``days`` days."""
    if days < 1:
        raise ValueError("a slice has at least one day")
    slices, start = [], since
    while start <= until:
        end = min(start + timedelta(days=days - 1), until)
        slices.append((start, end))
        start = end + timedelta(days=1)
    return slices


def plan_batches(outlets: list[str], since: date | None = None, until: date | None = None,
                 slice_days: int | None = None) -> list[Batch]:
    """One batch per outlet, or per outlet and date slice when ``slice_days`` is given
    (a backfill with both bounds)."""
    if not slice_days or since is None or until is None:
        return [Batch(o) for o in outlets]
    return [Batch(o, a.isoformat(), b.isoformat()) for o in outlets
            for a, b in date_slices(since, until, slice_days)]


REPLAY_INDEX = "replay.cdxj"  # the name flows.tasks.index_replay gives it


# -- where batches meet ------------------------------------------------------------------------

@dataclass(frozen=True)
class Area:
    """Where a fanned-out run's parent, its ``crawl-outlet`` runs and its loader meet."""

    store: storage.Storage
    shared: bool  # not the local data folder: batches are uploaded, and fetched to load
    data_dir: Path  # this host's data folder (partial batches, archives, fetched copies)

    @property
    def url(self) -> str | None:
        """The storage a worker is told to use; None for the data folder."""
        return self.store.url if self.shared else None

    def key(self, run_id: str, *parts: str) -> str:
        return "/".join(("staging", run_id, *parts))


def area(data_dir: str | Path, url: str | None = None) -> Area:
    """The area of ``data_dir``: the storage ``url`` (else ``$WARTA_STORAGE``) when it is
    somewhere other than the data folder, else the data folder itself."""
    store = (storage.open_storage(url) if url else storage.shared_storage(data_dir))
    if store is not None and store.is_local and Path(store.root) == Path(data_dir).resolve():
        store = None
    return Area(store or storage.open_storage(data_dir), store is not None, Path(data_dir))


def read_json(where: Area, key: str) -> Any:
    text = storage.get_text(where.store, key)
    return None if text is None else json.loads(text)


def write_json(where: Area, key: str, value: Any) -> None:
    storage.put_text(where.store, key, json.dumps(value, default=str))


# -- batches ---------------------------------------------------------------------------------

def complete_batch(where: Area, run_id: str, batch: str) -> dict[str, Any] | None:
    """A complete batch's manifest, or None when it is not (yet) staged."""
    found = read_json(where, where.key(run_id, batch, storage.COMPLETE))
    if found is None:  # staged before _COMPLETE
        found = read_json(where, where.key(run_id, batch, layout.LEGACY_BATCH_MANIFEST))
    return found


def publish_batch(work: Path, where: Area, run_id: str, batch: str,
                  manifest: dict[str, Any], attempt: str | None = None) -> str:
    """Make a finished partial folder a complete staged batch; where it is.

    Two attempts may race (a run thought dead finishing after its retry did): the first to
    complete the batch wins, the other's files are dropped; both hold the same crawl. In the
    data folder: sealed, then one rename, which fails for the second. In a shared storage:
    the attempt's archives (named with ``attempt``), then its files under its own prefix,
    then ``_COMPLETE``, created only if absent (warehouse/storage.py); the partial folder
    is removed.
    """
    if where.shared:
        storage.publish_warcs(where.store, layout.warc_dir(where.data_dir, run_id), run_id,
                              tag=attempt)
        storage.publish_files(where.store, work, f"{run_id}/{batch}", attempt, **manifest)
        shutil.rmtree(work, ignore_errors=True)
        return where.store.path(where.key(run_id, batch))
    storage.seal(work, **manifest)
    target = layout.batch_dir(where.data_dir, run_id, batch)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(work, target)
    except OSError:  # target exists and is not empty: an earlier attempt completed
        if complete_batch(where, run_id, batch) is None:
            raise
        shutil.rmtree(work, ignore_errors=True)
    return str(target)


def staged_batches(where: Area, run_id: str) -> list[str]:
    """Names of the complete batches of a run."""
    base = where.store.path(where.key(run_id))
    where.store.fs.invalidate_cache()
    if not where.store.fs.exists(base):
        return []
    names = [entry["name"].rstrip("/").rsplit("/", 1)[-1]
             for entry in where.store.fs.ls(base, detail=True) if entry["type"] == "directory"]
    return sorted(n for n in names if complete_batch(where, run_id, n) is not None)


def loaded_batches(where: Area, run_id: str) -> list[str]:
    """The run's batches marked loaded (``_LOADED``, or listed in an older ``loaded.json``)."""
    legacy = read_json(where, where.key(run_id, layout.LEGACY_LOADED_MARKER)) or []
    return sorted(b for b in staged_batches(where, run_id) if b in legacy or storage.get_text(
        where.store, where.key(run_id, b, storage.LOADED)) is not None)


def mark_loaded(where: Area, run_id: str, batches: list[str]) -> None:
    for batch in batches:
        storage.mark_loaded(where.store, f"{run_id}/{batch}")


def fetch_run(where: Area, run_id: str, batches: list[str]) -> Path:
    """The local folder to load a run's complete batches from: the run's staging folder in
    the data folder, where batches from a shared storage are first fetched and checked
    against their manifests (``IncompleteBatch`` otherwise). There, a load that cannot
    start leaves them as any pending run (warehouse/pending.py)."""
    local = layout.staging_dir(where.data_dir, run_id)
    if where.shared:
        for batch in batches:
            storage.fetch_batch(where.store, f"{run_id}/{batch}", local / batch)
    return local


def drop_fetched(where: Area, run_id: str, batches: list[str]) -> None:
    """Remove the local copies of a run's batches fetched from a shared storage."""
    if where.shared:
        for batch in batches:
            shutil.rmtree(layout.batch_dir(where.data_dir, run_id, batch), ignore_errors=True)


# -- the run ---------------------------------------------------------------------------------

def write_run_manifest(where: Area, run: dict[str, Any], batches: list[Batch]) -> str:
    """``run.json``: the run's record (without figures) and the batches it fans out to."""
    key = where.key(run["run_id"], layout.RUN_MANIFEST)
    write_json(where, key, {**run, "batches": [asdict(b) for b in batches]})
    return key


def read_run_manifest(where: Area, run_id: str) -> dict[str, Any]:
    found = read_json(where, where.key(run_id, layout.RUN_MANIFEST))
    if found is None:
        raise FileNotFoundError(f"run {run_id}: no {layout.RUN_MANIFEST} in {where.store.url}")
    return found


def write_seen(where: Area, run_id: str, seen: dict[str, list[str]]) -> None:
    """Each outlet's already loaded URLs for a fanned-out nightly (too many for a parameter)."""
    for outlet, urls in seen.items():
        storage.put_text(where.store, where.key(run_id, "seen", f"{outlet}.txt"),
                         "\n".join(sorted(urls)))


def read_seen(where: Area, run_id: str, outlet: str) -> list[str]:
    text = storage.get_text(where.store, where.key(run_id, "seen", f"{outlet}.txt"))
    return text.split() if text else []


def share_replay_index(where: Area, run_id: str, index: str) -> None:
    """The run's replay index in the storage, its archives named by absolute path (a CDXJ
    names them relative to its own folder, which a worker's copy is not in)."""
    root, lines = Path(index).parent.resolve(), []
    with open(index, encoding="utf-8") as entries:
        for line in entries:
            if line.strip() and not line.startswith("!"):
                urlkey, timestamp, data = line.rstrip("\n").split(" ", 2)
                fields = json.loads(data)
                fields["filename"] = os.path.normpath(root / fields["filename"])
                line = f"{urlkey} {timestamp} {json.dumps(fields)}\n"
            lines.append(line)
    storage.put_text(where.store, where.key(run_id, REPLAY_INDEX), "".join(lines))


def share_archive_rejects(where: Area, run_id: str) -> bool:
    """Publish the rejects of the damaged records of the run's replay archives, staged on
    this host only (``archives/`` of the run's staging folder, flows/tasks.py
    ``index_replay``), to the shared storage as one more batch of the run, so whichever
    host loads its batches loads them with them (``fetch_run``), once. Whether there were
    any. In the data folder they are staged where the loader reads them already."""
    local = layout.batch_dir(where.data_dir, run_id, layout.ARCHIVE_REJECTS)
    if not where.shared or not storage.batch_files(local):
        return False
    storage.publish_files(where.store, local, f"{run_id}/{layout.ARCHIVE_REJECTS}",
                          batch=layout.ARCHIVE_REJECTS, run_id=run_id)
    return True


def fetch_replay_index(where: Area, run_id: str, dest: Path) -> str | None:
    """A local copy of the run's shared replay index, None when the run has none."""
    text = storage.get_text(where.store, where.key(run_id, REPLAY_INDEX))
    if text is None:
        return None
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    return str(dest)


def crawl_ended(where: Area, run_id: str) -> bool:
    """Whether no batch of the run is still being crawled: its fanning flow saw every
    batch's flow run end, or every planned batch is staged."""
    if storage.get_text(where.store, where.key(run_id, layout.CRAWLED_MARKER)) is not None:
        return True
    planned = {Batch(**spec).name for spec in read_run_manifest(where, run_id)["batches"]}
    return planned <= set(staged_batches(where, run_id))


def mark_crawled(where: Area, run_id: str, final_states: dict[str, str]) -> None:
    write_json(where, where.key(run_id, layout.CRAWLED_MARKER), final_states)


def runs_to_load(where: Area, run_id: str | None = None) -> list[str]:
    """Fanned-out runs (with ``run.json``) whose complete batches are not all loaded yet,
    oldest run id first. Without ``run_id``, only runs no longer crawling: a run whose
    fanning flow died with batches missing is loaded when named."""
    where.store.fs.invalidate_cache()
    root = where.store.path("staging")
    if run_id:
        runs = [run_id]
    elif where.store.fs.exists(root):
        runs = sorted(e.rstrip("/").rsplit("/", 1)[-1]
                      for e in where.store.fs.ls(root, detail=False))
    else:
        runs = []
    todo = []
    for run in runs:
        if storage.get_text(where.store, where.key(run, layout.RUN_MANIFEST)) is None:
            continue  # not a fanned-out run
        batches = staged_batches(where, run)
        if batches and loaded_batches(where, run) != batches and (
                run_id or crawl_ended(where, run)):
            todo.append(run)
    return todo


MISSING = {"finish_reason": "no complete batch", "returncode": None, "discovered": 0,
           "fetched": 0, "requests": 0, "seconds": 0.0, "articles": 0, "events": 0,
           "rejects": 0}


def outlet_stats(where: Area, manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """outlet -> its figures summed over its batches (run order), with the problems of its
    batches; a batch that never completed is the outlet's problem."""
    stats: dict[str, dict[str, Any]] = {}
    for spec in manifest["batches"]:
        batch = Batch(**spec)
        done = complete_batch(where, manifest["run_id"], batch.name)
        figures = (done["stats"] if done is not None
                   else {**MISSING, "problem": f"batch {batch.name} was never completed"})
        merged = stats.setdefault(batch.outlet, {})
        for key, value in figures.items():
            merged[key] = _merge(key, merged.get(key), value)
    return stats


def _merge(key: str, old: Any, new: Any) -> Any:
    if old is None:
        return new
    if key == "problem":
        return "; ".join(p for p in (old, new) if p) or None
    if key == "finish_reason":
        return old if old != "finished" else new
    if key == "returncode":
        return old or new
    if isinstance(old, int | float) and isinstance(new, int | float):
        return round(old + new, 1) if isinstance(old + new, float) else old + new
    return old


def parse_started(value: str | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)
