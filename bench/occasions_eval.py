"""Pairwise precision and recall of near-duplicate clustering and occasion merging.

    .venv/bin/python bench/occasions_eval.py [CORPUS] [SEEDS] [--json]

CORPUS (a labelled corpus) and SEEDS (the example articles) default to the project's data
kept beside the checkout, not in it. What is measured and how:
tests/fixtures/occasion_eval.py; the labelled pairs: tests/fixtures/occasion_pairs.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from occasion_eval import evaluate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "real-corpus")
    ap.add_argument("seeds", nargs="?", type=Path, default=ROOT.parent / "shared" / "seeds")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not (args.corpus / "labels.jsonl").exists():
        print(f"no labels.jsonl in {args.corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    figures = evaluate(args.corpus, args.seeds)
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    for name, f in figures.items():
        print(f"{name:<24} precision {f['precision']:.3f}  recall {f['recall']:.3f}  "
              f"(predicted {f['predicted']}, gold {f['gold']})")
        if "labelled_different" in f:
            print(f"    labelled-different pairs merged: {len(f['labelled_different_merged'])} "
                  f"of {f['labelled_different']}; occasions holding two events of one article: "
                  f"{f['same_article_merged']}")
        for pair in f["false_merges"]:
            print(f"    wrong merge: {' + '.join(pair)}")
        for pair in f["missed"]:
            print(f"    missed:      {' + '.join(pair)}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
