"""Event date and place over every labelled event of the tuned part, not only the first.

    .venv/bin/python bench/dates_places_all.py [FOLDER] [--misses] [--json]

bench/eval_real.py scores the first labelled event of each article against warta's first event.
The events after the first were never looked at while the rules were tuned, so scoring them too
gives a little extra data the rules were not fitted to. Each labelled event is matched to one of
warta's events of the same article: the one with the same (known) date, else the one sharing
the most activities, else (for the first labelled event only) warta's first event; a labelled
event left unmatched scores as an event with every field empty. Only the tuned part is read:
the held-out third stays unseen (see bench/eval_real.py).

Prints the figures on first events, on the events after the first, and on all events.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from real_eval import Item, load_corpus, norm_place, run_item  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "real-corpus"


def match_event(gold: dict[str, Any], index: int, mine: list[dict[str, Any]]
                ) -> tuple[dict[str, Any], str]:
    """The event of ``mine`` that reports the labelled event ``gold`` (the index-th), and how
    it was matched: "date", "activities", "first" or "none" (an empty event)."""
    if gold.get("event_date"):
        for event in mine:
            if event.get("event_date") == gold["event_date"]:
                return event, "date"
    acts = set(gold.get("activities") or [])
    shared = [(len(acts & set(e.get("activities") or [])), -k) for k, e in enumerate(mine)]
    if shared and max(shared)[0] > 0:
        return mine[-max(shared)[1]], "activities"
    if index == 0 and mine:
        return mine[0], "first"
    return {}, "none"


def score(gold: dict[str, Any], mine: dict[str, Any]) -> dict[str, bool]:
    return {
        "event_date": gold.get("event_date") == mine.get("event_date"),
        "place": (norm_place(gold.get("regency")) == norm_place(mine.get("regency"))
                  and norm_place(gold.get("province")) == norm_place(mine.get("province"))),
    }


def tuned_corpus(doc: str) -> tuple[argparse.Namespace, list[Item]] | None:
    """The command line the all-events benches share (FOLDER, --misses, --json) and the tuned
    part of the corpus it names; None, said on stderr, when the folder has no labels."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="print every miss (gold vs got)")
    ap.add_argument("--json", action="store_true", help="figures as JSON")
    args = ap.parse_args()
    if not (args.folder / "labels.jsonl").exists():
        print(f"no labels.jsonl in {args.folder}", file=sys.stderr)
        return None
    return args, [i for i in load_corpus(args.folder) if not i.held_out]


def main() -> int:
    if (parsed := tuned_corpus(__doc__)) is None:
        return 2
    args, tuned = parsed
    items = [i for i in tuned if i.label["events"]]
    groups: dict[str, dict[str, list[bool]]] = {
        g: {"event_date": [], "place": []} for g in ("first", "later", "all")}
    misses: list[str] = []
    how: dict[str, int] = {}
    started = time.process_time()
    for item in items:
        mine = run_item(item).get("events") or []
        for index, gold in enumerate(item.label["events"]):
            event, matched = match_event(gold, index, mine)
            how[matched] = how.get(matched, 0) + 1
            for name, ok in score(gold, event).items():
                for g in ("first" if index == 0 else "later", "all"):
                    groups[g][name].append(ok)
                if not ok:
                    want = (gold.get("event_date") if name == "event_date"
                            else (gold.get("regency"), gold.get("province")))
                    got = (event.get("event_date"), event.get("event_date_raw")) \
                        if name == "event_date" else (event.get("regency"), event.get("province"))
                    misses.append(f"  [{name}] {item.id} event {index + 1} ({matched})\n"
                                  f"      gold: {want}\n      got:  {got}")
    cpu = time.process_time() - started
    figures = {g: {name: (sum(v) / len(v) if v else None, len(v))
                   for name, v in fields.items()} for g, fields in groups.items()}
    if args.json:
        print(json.dumps({g: {n: acc for n, (acc, _) in f.items()} for g, f in figures.items()},
                         indent=2))
        return 0
    print(f"== tuned: {len(items)} texts with a labelled event "
          f"({cpu / max(len(items), 1) * 1000:.0f} ms CPU per text); matched by {how}")
    for g, fields in figures.items():
        print(f"  {g:<6} " + "  ".join(
            f"{name} {acc if acc is not None else float('nan'):.3f} (n={n})"
            for name, (acc, n) in fields.items()))
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
