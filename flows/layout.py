"""Where a run's web archives and staged batches live under the data directory.

The one place that names these paths, so a storage layer (a shared mount today, an object
store later) changes them here only. A fanned-out run's workers and its loader must all reach
``data_dir``: on several hosts it is a shared path.

    <data_dir>/warc/<run_id>/                 web archives of the run's fetches
    <data_dir>/staging/<run_id>/              the run's staged batches: what the loader reads
    <data_dir>/staging/<run_id>/<batch>/      one complete batch (an outlet, or an outlet's
                                              date slice), with batch.json
    <data_dir>/partial/<run_id>/<batch>-<id>/ a batch being written; renamed into staging/
                                              when complete, so the loader never sees it
"""

from __future__ import annotations

from pathlib import Path

BATCH_MANIFEST = "batch.json"
RUN_MANIFEST = "run.json"
LOADED_MARKER = "loaded.json"
CRAWLED_MARKER = "crawled.json"  # every batch's flow run of the run has ended


def staging_dir(data_dir: str | Path, run_id: str) -> Path:
    return Path(data_dir) / "staging" / run_id


def warc_dir(data_dir: str | Path, run_id: str) -> Path:
    return Path(data_dir) / "warc" / run_id


def batch_dir(data_dir: str | Path, run_id: str, batch: str) -> Path:
    return staging_dir(data_dir, run_id) / batch


def partial_dir(data_dir: str | Path, run_id: str, batch: str, attempt: str) -> Path:
    """Outside staging/: the loader globs every staged file under a run's staging folder."""
    return Path(data_dir) / "partial" / run_id / f"{batch}-{attempt}"


def seen_file(data_dir: str | Path, run_id: str, outlet: str) -> Path:
    """An outlet's already loaded URLs for a fanned-out nightly (too many for a parameter)."""
    return staging_dir(data_dir, run_id) / "seen" / f"{outlet}.txt"
