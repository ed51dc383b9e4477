"""Half-written files of dead runs and attempts, removed by the next run; never a live one's.

A run's crawl, extraction and index files are written as ``*.part`` and renamed when whole
(spiders/sinks.py); a killed run leaves its ``.part`` files behind, and nothing read or
removed them. Each run now claims its staging folder (``owner.json``: its PID and that
process's start time, so a reused PID is not mistaken for it) and releases it when it ends.
A new run removes the ``.part`` files under ``staging/`` and ``warc/`` whose run is not
alive (its owner process is gone, or it left no claim) and that no process holds open
(``/proc/*/fd``). Archives a killed local crawl left as ``*.warc.gz.open`` are kept: their
whole records are its only copy and can still be ingested.

A fanned-out run's ``crawl-outlet`` attempts work in ``partial/<run>/<batch>-<id>/`` and
write archives to the run's ``warc/<run>/``; each claims its folder in a file beside it
(``<batch>-<id>.owner.json``: PID, start time, host, Prefect flow run). An attempt killed
with its worker leaves its folder, open archive (``*.warc.gz.open``) and ``.part`` files, and
Prefect runs the batch again elsewhere, which archives and stages it anew; the killed
attempt's records were never loaded. Its folder and ``.part`` files are removed, and its open
archive is moved to ``warc/<run>/orphaned/`` (the only copy of those fetches, kept out of
loads and replays), once the attempt is not running: on
this host, its process is gone (same PID and start time); on another host, Prefect says its
flow run has ended (Completed, Failed, Crashed, Cancelled) or that it has no such flow run,
and with no answer from Prefect nothing is removed. An archive of the run is removed only
when no attempt of its outlet is running, and no file that a process here holds open is ever
removed or moved. Two cleaners at once (hosts sharing a mount) each skip what the other
moved or removed first.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
from collections.abc import Callable, Iterable
from pathlib import Path

OWNER = "owner.json"
ATTEMPT_OWNER = ".owner.json"  # suffix of an attempt's claim, beside its partial folder
ORPHANED = "orphaned"  # beside a run's archives: dead attempts' open archives, kept


def process_started(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot, from /proc), None if gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return None if fields[0] == "Z" else fields[19]


def claim(run_dir: str | Path) -> Path:
    """Mark ``run_dir`` as this live process's run."""
    path = Path(run_dir) / OWNER
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"pid": os.getpid(), "started": process_started(os.getpid())}),
                   encoding="utf-8")
    os.replace(tmp, path)
    return path


def claim_attempt(work: str | Path, flow_run_id: str | None) -> Path:
    """Make the partial folder ``work``, claimed first, as this process's attempt of
    Prefect flow run ``flow_run_id``. The claim stays beside the folder; a claim without
    its folder is an attempt that ended (published or dropped its folder)."""
    work = Path(work)
    path = work.with_name(work.name + ATTEMPT_OWNER)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"pid": os.getpid(), "started": process_started(os.getpid()),
                               "host": socket.gethostname(),
                               "flow_run_id": str(flow_run_id) if flow_run_id else None}),
                   encoding="utf-8")
    os.replace(tmp, path)
    work.mkdir(parents=True, exist_ok=True)
    return path


def release(run_dir: str | Path) -> None:
    """The run in ``run_dir`` has ended: its leftovers are anybody's to clean."""
    Path(run_dir, OWNER).unlink(missing_ok=True)


def run_alive(run_dir: Path) -> bool:
    """Whether the run that claimed ``run_dir`` is still running."""
    try:
        owner = json.loads((run_dir / OWNER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    started = process_started(int(owner.get("pid", 0)))
    return started is not None and started == owner.get("started")


def held_open(paths: Iterable[Path]) -> set[Path]:
    """Those of ``paths`` some process has open (the processes /proc lets us see)."""
    wanted = {str(p.resolve()): p for p in paths}
    held: set[Path] = set()
    if not wanted:
        return held
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            for fd in (entry / "fd").iterdir():
                target = os.readlink(fd)
                if target in wanted:
                    held.add(wanted[target])
        except OSError:  # gone meanwhile, or not ours to look at
            continue
    return held


def clean_dead_runs(data_dir: str | Path,
                    state_of: Callable[[str], str | None] | None = None) -> list[Path]:
    """Remove what dead runs and dead ``crawl-outlet`` attempts left under ``data_dir``:
    ``.part`` files, and the partial folders and open archives of attempts
    (``clean_dead_attempts``); returns the files and folders removed."""
    data = Path(data_dir)
    staging = data / "staging"
    fanned = {p.name for p in (data / "partial").glob("*") if p.is_dir()}
    found: list[Path] = []
    for area in (staging, data / "warc"):
        if not area.is_dir():
            continue
        for run_dir in area.iterdir():
            if area.name == "warc" and run_dir.name in fanned:
                continue  # written by its attempts, maybe on other hosts: see below
            if run_dir.is_dir() and not run_alive(staging / run_dir.name):
                found.extend(run_dir.rglob("*.part"))
    held = held_open(found)
    removed = []
    for path in found:
        if path not in held:
            path.unlink(missing_ok=True)
            removed.append(path)
    for run_id in sorted(fanned):
        removed += clean_dead_attempts(data, run_id, state_of)
    return removed


# -- attempts of a fanned-out run ------------------------------------------------------------

FINAL_STATES = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
# The server answered that it has no such flow run (deleted, or the server's database was
# replaced): no worker reports to it, so the attempt is not running.
NOT_FOUND = "NOT_FOUND"


def prefect_state(flow_run_id: str) -> str | None:
    """A flow run's state type (``CRASHED``, ...) from the configured Prefect server,
    ``NOT_FOUND`` when the server does not know it; None when no server is configured (none
    is started for this) or it does not answer."""
    try:
        from uuid import UUID

        from prefect.client.orchestration import get_client
        from prefect.exceptions import ObjectNotFound
        from prefect.settings import get_current_settings

        if not get_current_settings().api.url:
            return None
        with get_client(sync_client=True) as client:
            try:
                state = client.read_flow_run(UUID(flow_run_id)).state
            except ObjectNotFound:
                return NOT_FOUND
    except Exception:  # noqa: BLE001 - no answer: the attempt may be running
        return None
    return state.type.value if state is not None else None


def attempt_alive(claim: dict | None, state_of: Callable[[str], str | None]) -> bool:
    """Whether the attempt that wrote ``claim`` may still be running."""
    if claim is None:  # no claim: a folder of an older warta, or of a test
        return False
    if claim.get("host") == socket.gethostname():
        started = process_started(int(claim.get("pid") or 0))
        return started is not None and started == claim.get("started")
    flow_run_id = claim.get("flow_run_id")
    return not flow_run_id or state_of(flow_run_id) not in FINAL_STATES | {NOT_FOUND}


def archive_outlet(name: str, run_id: str) -> str | None:
    """The outlet of a run's archive or index file (``warta-<outlet>-<run>...``)."""
    marker = f"-{run_id}"
    if name.startswith("warta-") and marker in name:
        return name[len("warta-"):name.index(marker)]
    return None


def read_claim(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def set_aside(archive: Path) -> Path | None:
    """Move a dead attempt's open archive into ``orphaned/`` beside it: its whole records are
    the only copy of those fetches (every fetch stays archived), and out of the run's folder
    no load, replay or later cleanup takes it for the run's own. Returns the new path, None
    when the archive is gone already (another cleaner of a shared mount moved it first)."""
    target = archive.parent / ORPHANED / archive.name
    try:
        target.parent.mkdir(exist_ok=True)
        os.replace(archive, target)
    except FileNotFoundError:
        return None
    return target


def clean_dead_attempts(data_dir: str | Path, run_id: str,
                        state_of: Callable[[str], str | None] | None = None) -> list[Path]:
    """Remove the partial folders of the run's attempts that are not running, and the run's
    open archives and ``.part`` files when no attempt of their outlet is running; never a
    file a process here holds open. Returns the folders and files removed."""
    state_of = state_of or prefect_state
    root = Path(data_dir) / "partial" / run_id
    if not root.is_dir():
        return []
    # archives, then folders, then claims: an attempt claims, makes its folder, then
    # archives, so an archive seen here has its attempt's folder and claim seen below
    warc_dir = Path(data_dir) / "warc" / run_id
    archives = [p for pattern in ("*.open", "*.part") for p in warc_dir.glob(pattern)]
    folders = [p for p in root.iterdir() if p.is_dir()]
    alive = {p: attempt_alive(read_claim(root / f"{p.name}{ATTEMPT_OWNER}"), state_of)
             for p in folders}
    live_outlets = {p.name.rsplit("-", 1)[0].split("@")[0] for p, up in alive.items() if up}
    archives = [p for p in archives if not live_outlets
                or archive_outlet(p.name, run_id) not in live_outlets | {None}]
    files = {p: [f for f in p.rglob("*") if f.is_file()] for p, up in alive.items() if not up}
    held = held_open([*archives, *(f for inside in files.values() for f in inside)])
    removed = []
    for folder, inside in files.items():
        if not held.intersection(inside):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    for path in archives:
        if path in held:
            continue
        if not path.name.endswith(".open"):
            path.unlink(missing_ok=True)
            removed.append(path)
        elif (kept := set_aside(path)) is not None:
            removed.append(kept)
    for claim in root.glob(f"*{ATTEMPT_OWNER}"):  # of ended attempts, once their process is
        folder = root / claim.name.removesuffix(ATTEMPT_OWNER)
        if not folder.exists() and not attempt_alive(read_claim(claim), state_of):
            claim.unlink(missing_ok=True)
    return removed
