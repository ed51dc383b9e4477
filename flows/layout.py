"""Where a run's web archives and staged batches live under the data directory.

The one place that names these paths. A fanned-out run's workers and its loader meet in
``data_dir`` (one host, or a shared mount), or in a shared storage ($WARTA_STORAGE) with
the same layout under its root (flows/batches.py, warehouse/storage.py); partial batches
and archives being written are always in the host's own data folder.

    <data_dir>/warc/<run_id>/                 web archives of the run's fetches
    <data_dir>/staging/<run_id>/              the run's staged batches: what the loader reads
    <data_dir>/staging/<run_id>/<batch>/      one complete batch (an outlet, or an outlet's
                                              date slice), with _COMPLETE
    <data_dir>/staging/<run_id>/archives/     rejects of damaged records of the run's replay
                                              or ingested archives (none of its outlets')
    <data_dir>/partial/<run_id>/<batch>-<id>/ a batch being written; renamed into staging/
                                              when complete, so the loader never sees it
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

RUN_MANIFEST = "run.json"
# markers of batches staged before warehouse/storage.py's _COMPLETE and _LOADED: still read
LEGACY_BATCH_MANIFEST = "batch.json"
LEGACY_LOADED_MARKER = "loaded.json"  # the run's loaded batches
CRAWLED_MARKER = "crawled.json"  # every batch's flow run of the run has ended
ARCHIVE_REJECTS = "archives"  # the run's folder of rejects of damaged archive records


def staging_dir(data_dir: str | Path, run_id: str) -> Path:
    return Path(data_dir) / "staging" / run_id


def data_dir_of(run_dir: str | Path) -> Path:
    """The data folder of a run's staging folder (``staging_dir``'s inverse)."""
    return Path(run_dir).parent.parent


def warc_dir(data_dir: str | Path, run_id: str) -> Path:
    return Path(data_dir) / "warc" / run_id


def batch_dir(data_dir: str | Path, run_id: str, batch: str) -> Path:
    return staging_dir(data_dir, run_id) / batch


def partial_dir(data_dir: str | Path, run_id: str, batch: str, attempt: str) -> Path:
    """Outside staging/: the loader globs every staged file under a run's staging folder."""
    return Path(data_dir) / "partial" / run_id / f"{batch}-{attempt}"


class FolderRemoved(FileNotFoundError):
    """A folder of the run was removed while the run was going (by hand, a clean-up job):
    what the run had written there is gone, and the run stops."""

    def __init__(self, folder: str | Path):
        super().__init__(errno.ENOENT, "folder removed while the run was going", str(folder))


def removed_folder(exc: BaseException, data_dir: str | Path | None = None) -> Path | None:
    """What ``exc`` reports removed while the run was going: a FolderRemoved's folder; for a
    FileNotFoundError of a path in ``data_dir`` (the run's own files), the topmost folder of
    it found missing (the data folder itself, or one inside it). None for a missing file
    elsewhere (a missing input) or a missing file whose folders all exist (a bug, or a file
    never written), which keep their traceback."""
    if not isinstance(exc, FileNotFoundError) or not exc.filename:
        return None
    if isinstance(exc, FolderRemoved):
        return Path(os.fsdecode(exc.filename))
    if data_dir is None:
        return None
    ours = Path(os.path.abspath(data_dir))
    for name in (exc.filename, exc.filename2):
        if not name:
            continue
        path = Path(os.path.abspath(os.fsdecode(name)))
        if not path.is_relative_to(ours):
            continue  # a missing input or a path elsewhere: not the run's own, not removed
        if not ours.exists():
            return next(f for f in [*reversed(ours.parents), ours] if not f.exists())
        missing = None
        for folder in path.parents:
            if not folder.is_relative_to(ours) or folder.exists():
                break
            missing = folder
        if missing is not None:
            return missing
    return None


def folder_ids(folder: Path) -> dict[Path, int]:
    """``folder`` and its parents, each with its inode: what ``replaced_folder`` compares."""
    return {p: p.stat().st_ino for p in [folder, *folder.parents]}


def replaced_folder(ids: dict[Path, int]) -> Path | None:
    """The topmost of the folders ``folder_ids`` saw that is gone now, or was removed and made
    again (a crawl process recreates its folder to write its stats), or None."""
    for folder in reversed(list(ids)):
        try:
            if folder.stat().st_ino == ids[folder]:
                continue
        except FileNotFoundError:
            pass
        return folder
    return None
