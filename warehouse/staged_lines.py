"""A damaged staged file: its intact lines load, each damaged line is a reject row.

A staged batch file holds one row per line, each whole by itself (an article, a page, an
event, a reject), so a line that does not parse (a crash cut it, a disk flipped a byte), has
a value of the wrong type or lacks a required field says nothing of the others. The loader
(warehouse/load.py) gives such a file to ``Salvages.salvage``: its intact lines are staged from
a copy beside it and each damaged line becomes a ``rejects`` row at stage ``load`` naming the
file and the line; once the load has committed, the original is moved to the quarantine folder
with why (nothing is lost, and no later load reads it again) and the intact lines take its
place. A load that fails moves nothing, so its retry records the same rejects.

Which lines DuckDB's own reader (``read_json`` with the staged columns) refuses is found by
halving: the lines are read together, and a half that fails is read again in halves, so a
few damaged lines cost a few reads of the file.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

# What a malformed batch file raises from read_json (bad JSON, a value of the wrong type).
# Any other error (out of memory, I/O, an aborted transaction) says nothing of the file:
# it fails the load, which rolls back and is retried, instead of quarantining good batches.
DATA_ERRORS = (duckdb.InvalidInputException, duckdb.ConversionException)
MAX_LINE_REJECTS = 100  # per file: a file of noise is not thousands of rejects
Line = tuple[int, bytes]  # (line number from 1, the line with its newline)


def check_read(con: duckdb.DuckDBPyConnection, struct: str) -> Callable[[Path], None]:
    """Read a staged file as the loader does, every column converted (``count(COLUMNS(*))``:
    a count of rows alone would skip the columns it does not need); DATA_ERRORS if not."""
    def read(path: Path) -> None:
        con.execute(f"SELECT count(COLUMNS(*)) FROM read_json(?, format='newline_delimited', "
                    f"columns={struct})", [str(path)]).fetchall()
    return read


def damaged_lines(path: Path, required: tuple[str, ...], read: Callable[[Path], None]
                  ) -> tuple[list[Line], list[tuple[int, str, str | None]]]:
    """(the intact lines of ``path``, (line number, why, its outlet when readable) of each
    damaged one). Blank lines are neither."""
    intact: list[Line] = []
    damaged: list[tuple[int, str, str | None]] = []
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                damaged.append((number, f"not JSON ({exc})", None))
                continue
            outlet = row.get("outlet") if isinstance(row, dict) else None
            missing = [c for c in required if not isinstance(row, dict) or row.get(c) is None]
            if missing:
                damaged.append((number, f"lacks {', '.join(missing)}",
                                outlet if isinstance(outlet, str) else None))
            else:
                intact.append((number, line if line.endswith(b"\n") else line + b"\n"))
    refused = dict(_refused(intact, read))
    damaged += [(n, why, None) for n, why in refused.items()]
    return [x for x in intact if x[0] not in refused], sorted(damaged)


def _refused(lines: list[Line], read: Callable[[Path], None]) -> list[tuple[int, str]]:
    """The lines DuckDB's reader refuses, with its first line of why, by halving."""
    if not lines:
        return []
    with tempfile.TemporaryDirectory(prefix="warta-salvage-") as tmp:
        part = Path(tmp) / "lines.jsonl"
        part.write_bytes(b"".join(line for _, line in lines))
        try:
            read(part)
            return []
        except DATA_ERRORS as exc:
            why = str(exc).splitlines()[0]
    if len(lines) == 1:  # DuckDB's words after its "in file ..., in line 1: "
        return [(lines[0][0], why.split(", in line 1: ", 1)[-1][:300])]
    half = len(lines) // 2
    return _refused(lines[:half], read) + _refused(lines[half:], read)


@dataclass
class _Pending:
    path: Path  # the damaged staged file, left in place until the load commits
    intact: Path | None  # its intact lines, beside it under a name the loader skips
    target: Path  # where the original goes in the quarantine folder
    reason: str  # the text of its .reason.txt


class Salvages:
    """The damaged staged files of one load. ``salvage`` reads a file and writes its intact
    lines beside it (what this load stages) but moves nothing: a load that fails leaves
    every staged file as it was, so its retry finds the same damage and records the same
    rejects. ``commit``, once the load has committed, copies each original to the
    quarantine folder and then puts the intact lines in its place (a crash between the two
    leaves the original in staging: a rerun salvages it again and, the load being
    idempotent, adds nothing twice); ``abandon`` removes the intact copies of a load that
    failed."""

    def __init__(self, quarantine: Path, run_id: str, run_dir: Path):
        # each run's files in a folder of its own: a later run's damaged file of the same
        # name never replaces this one's (its rejects point at it)
        self.quarantine = quarantine / run_id.replace("/", "_").replace("\\", "_")
        self.run_id, self.run_dir = run_id, run_dir
        self._pending: list[_Pending] = []

    def salvage(self, path: Path, problem: str, required: tuple[str, ...],
                read: Callable[[Path], None]) -> tuple[str, list[dict[str, Any]], Path, int]:
        """(the quarantine entry "target: why", the reject rows of its damaged lines, the file
        to stage instead of ``path``, how many intact lines it holds)."""
        intact, damaged = damaged_lines(path, required, read)
        try:  # "langgam-pages.jsonl"; a batch's folders too ("b1-langgam-pages.jsonl")
            inside = path.relative_to(self.run_dir).parts
        except ValueError:
            inside = (path.parent.name, path.name)
        target = self.quarantine / "-".join(inside)
        copy = None
        if intact:  # a name the loader's globs skip
            copy = path.with_name(f".{path.name}.intact")
            with open(copy, "wb") as fh:
                fh.write(b"".join(line for _, line in intact))
                fh.flush()
                os.fsync(fh.fileno())
        numbers = ", ".join(str(n) for n, _, _ in damaged[:MAX_LINE_REJECTS]) + (
            f" and {len(damaged) - MAX_LINE_REJECTS} more" if len(damaged) > MAX_LINE_REJECTS
            else "")
        summary = (f"{len(damaged)} damaged line(s) ({numbers or 'none found'}) are rejects, "
                   f"{len(intact)} intact line(s) left to load in {path}")
        details = "".join(f"line {n}: {why}\n" for n, why, _ in damaged)
        self._pending.append(_Pending(path, copy, target,
                                      f"{summary}\nthe file's error: {problem}\n{details}"))
        rows = [{"url": f"{target}#line={n}", "outlet": outlet, "run_id": self.run_id,
                 "stage": "load", "reason": f"DamagedStagedLine: {why[:200]} (line {n} of "
                 f"{path.parent.name}/{path.name}, kept in {self.quarantine})"}
                for n, why, outlet in damaged[:MAX_LINE_REJECTS]]
        if len(damaged) > MAX_LINE_REJECTS:
            more = len(damaged) - MAX_LINE_REJECTS
            rows.append({"url": f"{target}#more", "outlet": None, "run_id": self.run_id,
                         "stage": "load", "reason": f"DamagedStagedLine: {more} more damaged "
                         f"lines of {path.name} (see {target}.reason.txt)"})
        return f"{target}: {summary}", rows, copy or path, len(intact)

    def commit(self) -> list[str]:
        """After the load's COMMIT: each original to quarantine with its reason, then its
        intact lines in its place. What could not be moved, one line each (the original then
        stays in staging, and the next load salvages it again)."""
        problems = []
        for item in self._pending:
            try:
                self.quarantine.mkdir(parents=True, exist_ok=True)
                shutil.copy2(item.path, item.target)
                item.target.with_name(item.target.name + ".reason.txt").write_text(
                    item.reason, encoding="utf-8")
                if item.intact is not None:
                    os.replace(item.intact, item.path)
                else:
                    item.path.unlink()
            except OSError as exc:
                problems.append(f"{item.path}: loaded, but not moved to quarantine ({exc})")
        self._pending.clear()
        return problems

    def abandon(self) -> None:
        """The load failed: the intact copies go, every staged file stays as it was."""
        for item in self._pending:
            if item.intact is not None:
                item.intact.unlink(missing_ok=True)
        self._pending.clear()
