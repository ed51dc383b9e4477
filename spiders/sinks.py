"""Staged batch files: JSON lines written as ``*.part`` and renamed when complete.

Crawl and extraction processes never open DuckDB; they leave these files for the one
loader. A killed process leaves only ``.part`` files, which the loader never reads. A write
that fails (a full disk) poisons the sink: it is never renamed, so a batch with a hole in it
can never be loaded as complete.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any


class JsonlSink:
    def __init__(self, path: str | Path, opener: Callable[..., IO[str]] = open):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._part = self.path.with_name(self.path.name + ".part")
        self._file = opener(self._part, "w", encoding="utf-8")
        self.count = 0
        self.failed: BaseException | None = None

    def write(self, row: dict[str, Any]) -> None:
        if self.failed is not None:
            raise OSError(f"{self._part}: an earlier write failed ({self.failed})")
        try:
            self._file.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        except BaseException as exc:
            self.failed = exc
            raise
        self.count += 1

    def close(self) -> None:
        """Make the file complete (fsync, rename); a sink whose writes failed stays .part."""
        if self._file.closed:
            return
        if self.failed is not None:
            self.abort()
            raise OSError(f"{self._part} left incomplete: a write failed ({self.failed})")
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
        except BaseException as exc:
            self.failed = exc
            self.abort()
            raise
        self._file.close()
        os.replace(self._part, self.path)

    def abort(self) -> None:
        """Close without renaming: the ``.part`` stays for the next run's clean-up."""
        if not self._file.closed:
            try:
                self._file.close()
            except OSError:
                pass  # the buffer could not be written either: the file is incomplete anyway

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is not None:
            self.abort()
        else:
            self.close()


class RotatingJsonlSink:
    """JSON lines in numbered parts of at most ``rows`` rows (``articles-00000.jsonl``...),
    so the loader can take a big run in bounded chunks."""

    def __init__(self, directory: str | Path, stem: str, rows: int = 1000):
        self.directory, self.stem, self.rows = Path(directory), stem, rows
        self.count = 0
        self._part = 0
        self._sink: JsonlSink | None = None

    def write(self, row: dict[str, Any]) -> None:
        if self._sink is None or self._sink.count >= self.rows:
            self.close()
            self._sink = JsonlSink(self.directory / f"{self.stem}-{self._part:05d}.jsonl")
            self._part += 1
        self._sink.write(row)
        self.count += 1

    def close(self) -> None:
        if self._sink is not None:
            self._sink.close()
            self._sink = None

    def abort(self) -> None:
        if self._sink is not None:
            self._sink.abort()
            self._sink = None

    def __enter__(self) -> RotatingJsonlSink:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is not None:
            self.abort()
        else:
            self.close()


def write_json_atomic(path: str | Path, data: Any) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    return list(iter_jsonl(path))


def iter_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of a JSONL file one at a time (a crawl's pages.jsonl can hold 100k rows)."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
