"""Staged batches of a fanned-out run: one outlet (or one outlet's date slice) each.

A ``crawl-outlet`` flow run writes its batch in a partial folder and renames it into the
run's staging folder only when the crawl and the extraction are done, with ``batch.json``
(its crawl figures) written last before the rename. So the loader, which reads every
staged file under a run's staging folder, sees whole batches or nothing: a worker killed
mid-batch leaves a partial folder that is never loaded, and the batch's retry starts over.

The run itself is described by ``run.json`` (written by the flow that fans out), so any
later ``load`` flow run can load and record it, even when that flow died after fanning out.
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
from spiders.sinks import write_json_atomic


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


# -- batch folders ---------------------------------------------------------------------------

def complete_batch(data_dir: str | Path, run_id: str, batch: str) -> dict[str, Any] | None:
    """A complete batch's manifest, or None when it is not (yet) staged."""
    path = layout.batch_dir(data_dir, run_id, batch) / layout.BATCH_MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def publish_batch(work: Path, data_dir: str | Path, run_id: str, batch: str,
                  manifest: dict[str, Any]) -> Path:
    """Make a finished partial folder a complete staged batch: manifest, then one rename.

    Two attempts racing (a run thought dead finishing after its retry did): the first
    rename wins and the other attempt's folder is dropped; both hold the same crawl.
    """
    write_json_atomic(work / layout.BATCH_MANIFEST, manifest)
    target = layout.batch_dir(data_dir, run_id, batch)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(work, target)
    except OSError:  # target exists and is not empty: an earlier attempt completed
        if not (target / layout.BATCH_MANIFEST).exists():
            raise
        shutil.rmtree(work, ignore_errors=True)
    return target


# -- the run ---------------------------------------------------------------------------------

def write_run_manifest(data_dir: str | Path, run: dict[str, Any], batches: list[Batch]) -> Path:
    """``run.json``: the run's record (without figures) and the batches it fans out to."""
    path = layout.staging_dir(data_dir, run["run_id"]) / layout.RUN_MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    write_json_atomic(path, {**run, "batches": [asdict(b) for b in batches]})
    return path


def read_run_manifest(run_dir: Path) -> dict[str, Any]:
    return json.loads((run_dir / layout.RUN_MANIFEST).read_text(encoding="utf-8"))


def staged_batches(run_dir: Path) -> list[str]:
    """Names of the complete batches in a run's staging folder."""
    return sorted(p.parent.name for p in run_dir.glob(f"*/{layout.BATCH_MANIFEST}"))


def crawl_ended(run_dir: Path) -> bool:
    """Whether no batch of the run is still being crawled: its fanning flow saw every
    batch's flow run end, or every planned batch is staged."""
    if (run_dir / layout.CRAWLED_MARKER).exists():
        return True
    planned = {Batch(**spec).name for spec in read_run_manifest(run_dir)["batches"]}
    return planned <= set(staged_batches(run_dir))


def mark_crawled(run_dir: Path, final_states: dict[str, str]) -> None:
    write_json_atomic(run_dir / layout.CRAWLED_MARKER, final_states)


def runs_to_load(data_dir: str | Path, run_id: str | None = None) -> list[Path]:
    """Fanned-out runs (with ``run.json``) whose complete batches are not all loaded yet,
    oldest run id first. Without ``run_id``, only runs no longer crawling: a run whose
    fanning flow died with batches missing is loaded when named."""
    root = Path(data_dir) / "staging"
    pattern = f"{run_id}/{layout.RUN_MANIFEST}" if run_id else f"*/{layout.RUN_MANIFEST}"
    todo = []
    for manifest in sorted(root.glob(pattern)):
        run_dir = manifest.parent
        marker = run_dir / layout.LOADED_MARKER
        loaded = json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else None
        batches = staged_batches(run_dir)
        if batches and loaded != batches and (run_id or crawl_ended(run_dir)):
            todo.append(run_dir)
    return todo


def mark_loaded(run_dir: Path, batches: list[str]) -> None:
    write_json_atomic(run_dir / layout.LOADED_MARKER, batches)


MISSING = {"finish_reason": "no complete batch", "returncode": None, "discovered": 0,
           "fetched": 0, "requests": 0, "seconds": 0.0, "articles": 0, "events": 0,
           "rejects": 0}


def outlet_stats(run_dir: Path, manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """outlet -> its figures summed over its batches (run order), with the problems of its
    batches; a batch that never completed is the outlet's problem."""
    stats: dict[str, dict[str, Any]] = {}
    for spec in manifest["batches"]:
        batch = Batch(**spec)
        path = run_dir / batch.name / layout.BATCH_MANIFEST
        figures = (json.loads(path.read_text(encoding="utf-8"))["stats"] if path.exists()
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
