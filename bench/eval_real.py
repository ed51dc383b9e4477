"""Event accuracy on real, hand-labelled article texts (tuned part and held-out third).

    .venv/bin/python bench/eval_real.py [FOLDER] [--part tuned|held-out|all] [--misses]
        [--field event_date ...] [--json] [--fold A|B]

FOLDER is a labelled corpus (labels.jsonl + texts/); the default is the project's real corpus,
kept beside the checkout, not in it. Each text is rendered as
an article page at its URL and read by the production page step (transforms.page.read_page,
what ``warta extract`` runs). Prints per-field accuracy for each part, a confusion summary
per field and, with --misses, every miss with gold vs got; the held-out part's confusion
summary only with --misses, since its misses are not to be read while tuning. Each accuracy
comes with its 95% Wilson interval: on a part of 39 events it spans about +-0.1. Scoring
rules: tests/fixtures/real_eval.py.

--fold splits the tuned part in two by a fixed hash of the id (``fold_of``): develop on fold A
(read its misses), only measure on fold B, so a rule that fits A's texts rather than the
language shows as a drop on B. The held-out part is not split.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from real_eval import EXTRA_FIELDS, FIELDS, evaluate, load_corpus, parts  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "real-corpus"


def fold_of(item_id: str) -> str:
    """"A" or "B": a fixed hash of the id, independent of file order."""
    return "AB"[hashlib.sha256(("fold:" + item_id).encode()).digest()[0] % 2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--part", choices=("tuned", "held-out", "all"), default="all")
    ap.add_argument("--misses", action="store_true", help="print every miss (gold vs got)")
    ap.add_argument("--field", action="append", choices=(*FIELDS, *EXTRA_FIELDS),
                    help="misses of these fields")
    ap.add_argument("--json", action="store_true", help="figures as JSON")
    ap.add_argument("--fold", choices=("A", "B"),
                    help="only this half of the tuned part (develop on A, measure on B)")
    args = ap.parse_args()
    if not (args.folder / "labels.jsonl").exists():
        print(f"no labels.jsonl in {args.folder}", file=sys.stderr)
        return 2
    items = load_corpus(args.folder)
    if args.fold:
        args.part = "tuned"
        items = [i for i in items if i.held_out or fold_of(i.id) == args.fold]
    figures = {}
    for name, subset in parts(items):
        if args.part not in ("all", name):
            continue
        if args.fold:
            if name != "tuned":
                continue
            subset = [i for i in subset if fold_of(i.id) == args.fold]
            name = f"tuned fold {args.fold}"
        started = time.process_time()
        report = evaluate(subset)
        cpu = time.process_time() - started
        figures[name] = {f: report.accuracy(f) for f in (*FIELDS, *EXTRA_FIELDS)}
        if args.json:
            continue
        events = sum(1 for i in subset if i.label["events"])
        print(f"\n== {name}: {len(subset)} texts, {events} with a labelled event "
              f"({cpu / max(len(subset), 1) * 1000:.0f} ms CPU per text)")
        blind = name == "held-out" and not args.misses
        for f in FIELDS:
            acc, n = report.accuracy(f), len(report.scores[f])
            low, high = report.interval(f) or (float("nan"), float("nan"))
            kinds = ", ".join(f"{k} {v}" for k, v in report.kinds[f].most_common(6))
            missed = len(report.misses[f])
            print(f"  {f:<13} {acc if acc is not None else float('nan'):.3f}"
                  f"  [{low:.2f}-{high:.2f}]  (n={n})"
                  + (f"  misses: {missed}" if blind and missed else
                     f"  misses: {kinds}" if kinds else ""))
        if blind:
            print("  (what the held-out part misses is not shown: tune on the other part;"
                  " --misses shows it)")
        for f in EXTRA_FIELDS:
            acc, n = report.accuracy(f), len(report.scores[f])
            print(f"  ({f}: {acc if acc is not None else float('nan'):.3f}, n={n}; "
                  "not one of the six fields)")
        print(f"  officials beyond the labelled ones (first event): {report.extra_officials}")
        if report.rejected:
            print(f"  rejected pages: {len(report.rejected)}: " + "; ".join(report.rejected[:5]))
        if args.misses:
            for f in args.field or FIELDS:
                for item_id, gold, got in report.misses[f]:
                    print(f"  [{f}] {item_id}\n      gold: {gold}\n      got:  {got}")
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
