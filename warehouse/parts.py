"""Staged files cut to the loader's chunk size, so one chunk's articles are all that sits in
DuckDB's memory during its upsert, however the file was written."""

from __future__ import annotations

from pathlib import Path

STAGED_ROWS_PER_FILE = 1000  # spiders.sinks.RotatingJsonlSink's default part size


def bounded_parts(files: list[Path], parts_dir: Path, rows: int = STAGED_ROWS_PER_FILE,
                  counts: dict[Path, int] | None = None) -> list[Path]:
    """``files`` in order, each one holding more than ``rows`` lines replaced by its lines
    split into parts of ``rows`` under ``parts_dir`` (the staged file itself is untouched).
    ``counts`` holds row counts already known; other files are counted here."""
    out: list[Path] = []
    for path in files:
        known = counts.get(path) if counts else None
        if (known if known is not None else _line_count(path)) <= rows:
            out.append(path)
            continue
        parts_dir.mkdir(parents=True, exist_ok=True)
        with open(path, "rb") as source:
            part, count, sink = 0, 0, None
            for line in source:
                if not line.strip():
                    continue
                if sink is None or count >= rows:
                    if sink is not None:
                        sink.close()
                    target = parts_dir / f"{path.parent.name}-{path.stem}-part{part:05d}.jsonl"
                    sink, part, count = open(target, "wb"), part + 1, 0
                    out.append(target)
                sink.write(line if line.endswith(b"\n") else line + b"\n")
                count += 1
            if sink is not None:
                sink.close()
    return out


def _line_count(path: Path) -> int:
    count = 0
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
    return count
