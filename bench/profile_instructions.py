"""Instructions per article page: a CPU figure that does not move with the machine's load.

    python bench/profile_instructions.py [--pages 100] [--checkout PATH ...]
                                         [--archive bench/data/archive-1000-s7.warc.gz]

Wall time on a shared 2-core machine swings by more than the changes worth measuring (the same
code timed twice, 40 minutes apart, read +24% and +12% over its base). This runs the whole page
step (``flows.extraction.extract_archived``, the step ``profile_extract.py`` times) over the
first N article pages of the archive under valgrind's cachegrind, which counts the instructions
executed: the same code gives the same count to a fraction of a percent, whatever else runs.
Each figure is (instructions of a run over N pages - instructions of the same process that
stops after warming up) / N, so start-up, imports and first-use caches are left out.

``--checkout`` measures other checkouts of warta (a git worktree at a base commit, say) with
this script, for a side-by-side figure; each is run with its own code. Compare instruction
counts between versions of similar code only: an instruction of lxml's C code and one of the
Python interpreter do not cost the same time, so a change that moves work between them (the
base 72f481a spent more in lxml, today's code more in Python and ``re``) can lower the count
and still cost time. For the issue's CPU limit, time with ``profile_extract.py`` on a quiet
machine; use this to tell whether a change of the event analysis helped, and by how much.

Needs valgrind (Debian: ``apt-get install valgrind``); about two minutes per checkout for 100
pages. PYTHONHASHSEED is fixed so set orders, and the work they lead to, repeat.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARCHIVE = ROOT / "bench" / "data" / "archive-1000-s7.warc.gz"
WARM = 10  # pages run before counting: lazy imports, compiled patterns, first-use caches

# The child process: the checkout's own page step over the archive's article pages.
CHILD = """
import sys
from pathlib import Path
checkout, archive, count, mode = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sys.path[:0] = [str(checkout), str(checkout / "bench")]
import profile_extract
try:
    from flows.extraction import extract_archived as step
except ImportError:  # checkouts before the flows were regrouped
    from flows.stages import extract_one as step
pages = profile_extract.article_pages(archive, count + {warm})
for page in pages[:{warm}]:
    step(page)
if mode == "run":
    for page in pages[{warm}:]:
        step(page)
print(len(pages) - {warm})
""".replace("{warm}", str(WARM))

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(checkout: Path, archive: Path, pages: int, mode: str) -> tuple[int, int]:
    """Instructions the child executed, and how many pages it counted."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", CHILD, str(checkout), str(archive), str(pages), mode],
        capture_output=True, text=True, env=env, check=False)
    found = _REFS.search(done.stderr)
    if done.returncode != 0 or not found:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise SystemExit(f"{checkout}: the measured run failed: {' | '.join(tail)}")
    return int(found.group(1).replace(",", "")), int(done.stdout.split()[-1])


def per_page(checkout: Path, archive: Path, pages: int) -> tuple[float, int]:
    """Millions of instructions per page of the page step, and the pages counted."""
    run, counted = instructions(checkout, archive, pages, "run")
    skip, _ = instructions(checkout, archive, pages, "skip")
    if counted <= 0:
        raise SystemExit(f"{archive} has no article pages past the first {WARM}")
    return (run - skip) / counted / 1e6, counted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--checkout", type=Path, action="append", default=[],
                        help="another checkout to measure beside this one (repeatable)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind); "
                 "profile_extract.py times the same step without it")
    if not args.archive.exists():
        sys.exit(f"{args.archive} is missing: python bench/make_archive.py --pages 1000 "
                 f"--seed 7")
    if args.pages < 1:
        sys.exit("--pages must be at least 1")
    first = None
    for checkout in [ROOT, *args.checkout]:
        figure, counted = per_page(checkout.resolve(), args.archive, args.pages)
        first = figure if first is None else first
        versus = "" if checkout == ROOT else f"  ({figure / first - 1:+.1%} against this one)"
        print(f"{checkout}: {figure:.2f} Minstr/page over {counted} pages{versus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
