"""Half-written files of dead runs (``*.part``), removed by the next run; never a live one's.

A run's crawl, extraction and index files are written as ``*.part`` and renamed when whole
(spiders/sinks.py); a killed run leaves its ``.part`` files behind, and nothing read or
removed them. Each run now claims its staging folder (``owner.json``: its PID and that
process's start time, so a reused PID is not mistaken for it) and releases it when it ends.
A new run removes the ``.part`` files under ``staging/`` and ``warc/`` whose run is not
alive (its owner process is gone, or it left no claim) and that no process holds open
(``/proc/*/fd``). Archives a killed crawl left as ``*.warc.gz.open`` are kept: their whole
records can still be ingested.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

OWNER = "owner.json"


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


def clean_dead_runs(data_dir: str | Path) -> list[Path]:
    """Remove the ``.part`` files dead runs left under ``data_dir``; returns them."""
    data = Path(data_dir)
    staging = data / "staging"
    found: list[Path] = []
    for area in (staging, data / "warc"):
        if not area.is_dir():
            continue
        for run_dir in area.iterdir():
            if run_dir.is_dir() and not run_alive(staging / run_dir.name):
                found.extend(run_dir.rglob("*.part"))
    held = held_open(found)
    removed = []
    for path in found:
        if path not in held:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
