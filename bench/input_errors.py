"""How long a bad input costs from a fresh shell (issue target: under 3 s, exit 2).

Runs `python -m flows.cli` with a handful of bad inputs, each in a new process with an empty
PREFECT_HOME, and prints the wall time of each, best of --repeat runs.

    .venv/bin/python bench/input_errors.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = [
    ("crawl", "-o", "Langam"),
    ("crawl", "--since", "2024-13-01"),
    ("crawl", "--since", "2024-10-01", "--until", "2024-09-01"),
    ("crawl", "--replay", "{d}/missing.warc.gz"),
    ("crawl", "--db", "{d}/notes.txt"),
    ("ingest", "{d}/noise.warc.gz"),
    ("reprocess", "--db", "{d}/missing.duckdb"),
    ("demo", "--db", "{d}/notes.txt"),
    ("sql", "SELECT 1", "--db", "{d}/notes.txt"),
    ("report", "--out", "/proc/report.html"),
]


def run(place: Path, args: tuple[str, ...]) -> tuple[int, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PYTHONPATH=str(ROOT), PREFECT_HOME=str(place / f"home-{time.monotonic_ns()}"),
               WARTA_DB=str(place / "w.duckdb"))
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "flows.cli", *(a.format(d=place) for a in args)],
                          cwd=place, env=env, capture_output=True, text=True, check=False)
    return done.returncode, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as tmp:
        place = Path(tmp)
        (place / "notes.txt").write_text("hello", encoding="utf-8")
        (place / "noise.warc.gz").write_bytes(gzip.compress(b"not a web archive"))
        worst = 0.0
        for args in CASES:
            results = [run(place, args) for _ in range(repeat)]
            best = min(s for _, s in results)
            worst = max(worst, best)
            codes = sorted({c for c, _ in results})
            print(f"{best:5.2f} s  exit {','.join(map(str, codes))}  warta {' '.join(args)}")
        print(f"slowest (best of {repeat}): {worst:.2f} s; target < 3 s")


if __name__ == "__main__":
    main()
