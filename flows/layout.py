"""Where a run's web archives and staged batches live under the data directory.

The one place that names these paths. A fanned-out run's workers and its loader meet in
``data_dir`` (one host, or a shared mount), or in a shared storage ($WARTA_STORAGE) with
the same layout under its root (flows/batches.py, warehouse/storage.py); partial batches
and archives being written are always in the host's own data folder.

    <data_dir>/warc/<run_id>/                 web archives of the run's fetches
    <data_dir>/staging/<run_id>/              the run's staged batches: what the loader reads
    <data_dir>/staging/<run_id>/<batch>/      one complete batch (an outlet, or an outlet's
                                              date slice), with _COMPLETE
    <data_dir>/partial/<run_id>/<batch>-<id>/ a batch being written; renamed into staging/
                                              when complete, so the loader never sees it
"""

from __future__ import annotations

from pathlib import Path

RUN_MANIFEST = "run.json"
# markers of batches staged before warehouse/storage.py's _COMPLETE and _LOADED: still read
LEGACY_BATCH_MANIFEST = "batch.json"
LEGACY_LOADED_MARKER = "loaded.json"  # the run's loaded batches
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
