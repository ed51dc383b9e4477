"""How far a second annotator agrees with a corpus's labels, scored as warta is scored.

    .venv/bin/python bench/agreement.py SECOND [--corpus FOLDER] [--exclude ID ...] [--warta]

SECOND is a folder of one or more ``*/labels.jsonl`` (or a ``labels.jsonl``) written by another
annotator from the same texts and the same LABELS.md, blind to the corpus's labels; FOLDER is
the labelled corpus (default: the project's real corpus beside the checkout). Each of the
second annotator's labels is scored against the corpus's as if it were warta's reading
(tests/fixtures/real_eval.py's rules, first event), so the figures say what a careful human
reaches on each field: a ceiling to read warta's figures against, and the fields whose guide
leaves room for judgement. Prints per part (tuned / held-out) and per field, the activity
kinds the two disagree on, and with --warta warta's own figures on the same items.
--exclude leaves out items whose corpus labels the second annotator saw.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from real_eval import FIELDS, Item, load_corpus, run_item, score_item  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "real-corpus"


def second_labels(folder: Path) -> dict[str, dict[str, Any]]:
    """The second annotator's labels by id."""
    files = [folder / "labels.jsonl"] if (folder / "labels.jsonl").exists() else sorted(
        folder.glob("*/labels.jsonl"))
    return {label["id"]: label for f in files
            for label in map(json.loads, f.read_text(encoding="utf-8").splitlines())
            if label}


def as_reading(label: dict[str, Any]) -> dict[str, Any]:
    """A label in the shape of warta's reading of a page, so it is scored the same way."""
    return {"about_asn_neutrality": label["relevant"], "events": [
        {"event_date": e.get("event_date"), "regency": e.get("regency"),
         "province": e.get("province"), "officials": e.get("officials") or [],
         "participants_count": e.get("participants_count"),
         "activities": e.get("activities") or []} for e in label.get("events") or []]}


def activity_disagreements(item: Item, label: dict[str, Any]) -> Counter[str]:
    """The activity kinds of the first event one of the two has and the other lacks (an
    extra `imbauan` is no disagreement under the scoring rules)."""
    if not item.label["events"]:
        return Counter()
    gold = set(item.label["events"][0].get("activities") or [])
    events = label.get("events") or []
    second = set(events[0].get("activities") or []) if events else set()
    return Counter([f"second lacks {a}" for a in gold - second]
                   + [f"second adds {a}" for a in second - gold - {"imbauan"}])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("second", type=Path)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--exclude", nargs="*", default=[], help="ids the annotator saw labels of")
    ap.add_argument("--warta", action="store_true", help="warta's figures on the same items")
    args = ap.parse_args()
    if not (args.corpus / "labels.jsonl").exists():
        print(f"no labels.jsonl in {args.corpus}", file=sys.stderr)
        return 2
    second = second_labels(args.second)
    items = [i for i in load_corpus(args.corpus) if i.id in second and i.id not in args.exclude]
    if not items:
        print(f"no item of {args.corpus} labelled in {args.second}", file=sys.stderr)
        return 2
    print(f"{len(items)} texts labelled twice ({len(args.exclude)} left out)")
    for part in ("tuned", "held-out"):
        subset = [i for i in items if i.held_out == (part == "held-out")]
        scores = [score_item(i, as_reading(second[i.id])) for i in subset]
        mine = [score_item(i, run_item(i)) for i in subset] if args.warta else []
        print(f"== {part}: {len(subset)} texts")
        for field in FIELDS:
            got = [s[field] for s in scores if s[field] is not None]
            if not got:
                continue
            line = f"  {field:13} second annotator {sum(got) / len(got):.3f} (n={len(got)})"
            if mine:
                ours = [s[field] for s in mine if s[field] is not None]
                line += f"   warta {sum(ours) / len(ours):.3f}"
            print(line)
        kinds = sum((activity_disagreements(i, second[i.id]) for i in subset), Counter())
        print("  activities disagreed on:", ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
