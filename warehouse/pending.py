"""Staged runs waiting for the warehouse: kept when a load could not start, loaded later;
and the complete batches other hosts published to the shared storage (warehouse/storage.py).

When another program holds the warehouse past the writer's wait (an analyst's open DuckDB
session), the run's staged batches are complete on disk; the run is marked with
``load-pending.json`` (its run record and outlets) and loaded by the next run's load, or by
``warta load --pending``. Loading is idempotent, so a run loaded twice adds nothing.

An ingest writes the marker before it stages, as ``complete: false``, and again as complete
once its staged batches are whole, and removes it when it has loaded them or has failed
(recorded). A process killed in between leaves the marker: whole batches then load as any
pending run; a run stopped before they were whole is named (``unfinished_runs``), never
half loaded. A run still going is neither (``running``: whether its process is alive).

A run that could not publish to the shared storage (warehouse/storage.py) loads here all the
same and is marked with ``publish-pending.json`` (its run record, outlets, archives folder,
why, and its load report once loaded); the next run and ``warta load --pending`` publish it
once the storage takes writes again (``publish_waiting``).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warehouse import storage
from warehouse.load import LoadReport, record_published
from warehouse.load_process import LoadFailed, WarehouseBusy, load_in_child

MARKER = "load-pending.json"
UNPUBLISHED = "publish-pending.json"


def _write_marker(path: Path, spec: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(json.dumps(spec, default=str))
        out.flush()
        os.fsync(out.fileno())  # on disk before its name: a crash leaves no empty marker
    os.replace(tmp, path)
    return path


def mark_pending(run_dir: str | Path, run: dict[str, Any],
                 outlets: list[dict[str, Any]] | None, complete: bool = True,
                 **extra: Any) -> Path:
    """Mark the run in ``run_dir`` as waiting for its load (``complete``: its staged
    batches are whole; else it is still staging). ``extra``: more fields of the marker."""
    return _write_marker(Path(run_dir) / MARKER,
                         {"run": run, "outlets": outlets, "complete": complete, **extra})


def unmark(run_dir: str | Path) -> None:
    """The run in ``run_dir`` waits no more: loaded, or failed and recorded so."""
    (Path(run_dir) / MARKER).unlink(missing_ok=True)


def _marked(staging_root: str | Path, running: Callable[[Path], bool] | None
            ) -> list[tuple[Path, dict[str, Any]]]:
    """(run folder, marker) of the marked runs under ``staging_root`` not still running,
    oldest run id first."""
    found = []
    for path in sorted(Path(staging_root).glob(f"*/{MARKER}")):
        if running is not None and running(path.parent):
            continue
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:  # loaded by another loader meanwhile
            continue
        except (OSError, ValueError) as exc:  # cut short by a crash, edited by hand
            spec = damaged(path, exc)
        if not isinstance(spec, dict) or not isinstance(spec.get("run"), dict):
            spec = damaged(path, "no run record")
        found.append((path.parent, spec))
    return found


def damaged(path: Path, why: object) -> dict[str, Any]:
    """The marker of a run whose ``load-pending.json`` cannot be read: never loaded (what
    it staged is not known to be whole), named as an unfinished run with ``damaged``."""
    reason = str(why).splitlines()[0] if str(why) else type(why).__name__
    return {"run": {"run_id": path.parent.name}, "complete": False, "damaged": reason}


def pending_runs(staging_root: str | Path, running: Callable[[Path], bool] | None = None
                 ) -> list[Path]:
    """Run folders under ``staging_root`` waiting to be loaded, their batches whole, oldest
    run id first (a marker without ``complete`` was written by a run that had staged all)."""
    return [run_dir for run_dir, spec in _marked(staging_root, running)
            if spec.get("complete", True)]


def unfinished_runs(staging_root: str | Path, running: Callable[[Path], bool] | None = None
                    ) -> list[tuple[Path, dict[str, Any]]]:
    """(run folder, marker) of the runs that stopped before their staged batches were whole
    (an ingest killed while staging): never loaded, named to be run again."""
    return [(run_dir, spec) for run_dir, spec in _marked(staging_root, running)
            if not spec.get("complete", True)]


def load_pending(db_path: str | Path, staging_root: str | Path,
                 load: Callable[..., LoadReport] = load_in_child,
                 running: Callable[[Path], bool] | None = None) -> list[LoadReport]:
    """Load every pending run whose batches are whole and that is not ``running``
    (``WarehouseBusy`` stops at the first that cannot start)."""
    reports = []
    for run_dir, spec in _marked(staging_root, running):
        if spec.get("complete", True):
            reports.append(load(db_path, run_dir, spec["run"], outlets=spec.get("outlets")))
            unmark(run_dir)
    return reports


def marking_loaded(store: storage.Storage | None,
                   load: Callable[..., LoadReport] = load_in_child) -> Callable[..., LoadReport]:
    """``load`` that also marks the run loaded in the shared storage (when there is one),
    so that a run this host loads itself is not loaded again from there."""
    def load_and_mark(db_path: str | Path, run_dir: str | Path, run: dict[str, Any],
                      outlets: list[dict[str, Any]] | None = None) -> LoadReport:
        report = load(db_path, run_dir, run, outlets=outlets)
        if store is not None:
            storage.mark_run_loaded(store, run_dir, report.to_dict())
        return report
    return load_and_mark


def load_published(db_path: str | Path, store: storage.Storage, work_dir: str | Path,
                   load: Callable[..., LoadReport] = load_in_child,
                   failed: list[tuple[str, Exception]] | None = None) -> list[LoadReport]:
    """Load every complete batch of the storage not loaded yet, oldest first: each is
    fetched into ``work_dir/staging/<batch>`` (checked against its manifest), loaded, marked
    ``_LOADED`` in the storage, and its local copy removed. A batch without its completion
    marker is never listed; ``WarehouseBusy`` stops at the first that cannot start.

    With ``failed``, a batch that cannot load (unlike its manifest, rejected, its loader
    killed, a storage error) is appended there with its error and the newer ones still load;
    without it, the first failure is raised."""
    reports = []
    for batch in storage.complete_batches(store):
        local = Path(work_dir) / "staging" / batch
        try:
            local, manifest = storage.fetch_batch(store, batch, local)
            report = load(db_path, local, manifest["run"], outlets=manifest.get("outlets"))
        except WarehouseBusy:
            raise  # another program's lock: every later batch would wait for it too
        except Exception as exc:
            if failed is None or not (isinstance(exc, (LoadFailed, storage.IncompleteBatch))
                                      or storage.unreachable(exc)):
                raise
            failed.append((batch, exc))
            continue
        finally:
            shutil.rmtree(local, ignore_errors=True)
        storage.mark_loaded(store, batch, report.to_dict())
        reports.append(report)
    return reports


# --- runs not published to the shared storage ------------------------------------------


def unpublished_note(url: str, exc: BaseException) -> str:
    """Why a run is not in the storage ``url``, in one line (its row's message says it)."""
    text = (str(exc).splitlines() or [""])[0].strip()
    return f"not published to {url}: {type(exc).__name__}" + (f": {text}" if text else "")


def mark_unpublished(run_dir: str | Path, run: dict[str, Any],
                     outlets: list[dict[str, Any]] | None, warc_dir: str | Path, note: str,
                     loaded: LoadReport | None = None) -> Path:
    """Mark the run in ``run_dir`` as waiting to be published (``note``: why it is not);
    ``loaded``: its load report once it has loaded here (the storage then marks it loaded
    when it is published, as for a run published at once)."""
    return _write_marker(Path(run_dir) / UNPUBLISHED, {
        "run": run, "outlets": outlets, "warc_dir": str(warc_dir), "note": note,
        "loaded": loaded.to_dict() if loaded is not None else None})


def unpublished_runs(staging_root: str | Path, running: Callable[[Path], bool] | None = None
                     ) -> list[Path]:
    """Run folders under ``staging_root`` waiting to be published, oldest run id first."""
    return [path.parent for path in sorted(Path(staging_root).glob(f"*/{UNPUBLISHED}"))
            if running is None or not running(path.parent)]


def publish_waiting(store: storage.Storage, staging_root: str | Path,
                    db_path: str | Path | None = None,
                    running: Callable[[Path], bool] | None = None
                    ) -> tuple[list[str], list[tuple[str, str]]]:
    """Publish the runs that could not publish when they ran (``mark_unpublished``) to
    ``store``: archives, then the staged batch, then, for a run loaded here, its loaded
    marker; with ``db_path``, the run's row says it was published after all. The runs
    published, and (run, why) for those the storage still refuses (they keep waiting)."""
    published: list[str] = []
    failed: list[tuple[str, str]] = []
    for run_dir in unpublished_runs(staging_root, running):
        path = run_dir / UNPUBLISHED
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
            run, note, warc_dir = spec["run"], spec["note"], spec["warc_dir"]
            run_id = run["run_id"]
        except FileNotFoundError:  # published by another process meanwhile
            continue
        except (OSError, ValueError, KeyError, TypeError) as exc:
            failed.append((run_dir.name, f"not published: its {UNPUBLISHED} cannot be "
                           f"read ({type(exc).__name__}: {exc}); remove it to leave the run "
                           "on this host"))
            continue
        try:
            storage.publish_run(store, run_dir, warc_dir, run, spec.get("outlets"))
            if spec.get("loaded") is not None:
                storage.mark_run_loaded(store, run_dir, spec["loaded"])
        except Exception as exc:
            if not storage.unreachable(exc):
                raise
            failed.append((run_dir.name, unpublished_note(store.url, exc)))
            continue
        if db_path is not None and spec.get("loaded") is not None:
            record_published(db_path, run_id, note,
                             f"published to {store.url} after a failed attempt")
        path.unlink(missing_ok=True)
        published.append(run_id)
    return published, failed
