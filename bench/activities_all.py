"""Activities over every labelled event of the tuned part, not only the first.

    .venv/bin/python bench/activities_all.py [FOLDER] [--misses] [--json]

bench/eval_real.py scores the first labelled event of each article against warta's first event,
and the activity rules were tuned on exactly that. The events after the first were never looked
at while tuning, so scoring them too gives a little data the rules were not fitted to. Each
labelled event is matched to one of warta's events as bench/dates_places_all.py does (the same
date, else the most shared activities, else warta's first event for the first labelled event).
An event's activities are right as the harness scores them: every labelled activity found and
nothing else but ``imbauan`` (an extra appeal costs nothing). Per activity, precision and recall
count each matched pair once (an extra ``imbauan`` counts against its precision here, not in the
event score). Only the tuned part is read: the held-out third stays unseen.

Prints the figures on first events, on the events after the first and on all events, then
precision and recall per activity over all events.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures"), str(ROOT / "bench")]

from dates_places_all import match_event, tuned_corpus  # noqa: E402
from real_eval import activities_right, run_item  # noqa: E402

from transforms.events.activities.classify import VALUES  # noqa: E402


def main() -> int:
    if (parsed := tuned_corpus(__doc__)) is None:
        return 2
    args, tuned = parsed
    items = [i for i in tuned if i.label["events"]]
    groups: dict[str, list[bool]] = {"first": [], "later": [], "all": []}
    counts = {v: Counter() for v in VALUES}  # tp, fp, fn
    misses: list[str] = []
    how: Counter[str] = Counter()
    started = time.process_time()
    for item in items:
        mine = run_item(item).get("events") or []
        for index, gold in enumerate(item.label["events"]):
            event, matched = match_event(gold, index, mine)
            how[matched] += 1
            want, got = set(gold.get("activities") or []), set(event.get("activities") or [])
            ok = activities_right(want, got)
            for g in ("first" if index == 0 else "later", "all"):
                groups[g].append(ok)
            for v in VALUES:
                counts[v]["tp"] += v in want and v in got
                counts[v]["fp"] += v in got and v not in want
                counts[v]["fn"] += v in want and v not in got
            if not ok:
                misses.append(f"  {item.id} event {index + 1} ({matched})\n"
                              f"      gold: {sorted(want)}\n      got:  {sorted(got)}")
    cpu = time.process_time() - started
    figures: dict[str, Any] = {g: (sum(v) / len(v) if v else None, len(v))
                               for g, v in groups.items()}
    per_value = {v: {"precision": c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None,
                     "recall": c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None,
                     "gold": c["tp"] + c["fn"], "extra": c["fp"]}
                 for v, c in counts.items()}
    if args.json:
        print(json.dumps({"events": {g: acc for g, (acc, _) in figures.items()},
                          "per_activity": per_value}, indent=2))
        return 0
    print(f"== tuned: {len(items)} texts with a labelled event "
          f"({cpu / max(len(items), 1) * 1000:.0f} ms CPU per text); matched by {dict(how)}")
    print("  " + "  ".join(f"{g} {acc if acc is not None else float('nan'):.3f} (n={n})"
                           for g, (acc, n) in figures.items()))
    print("  per activity, all events:")
    for v, f in per_value.items():
        p = "  -  " if f["precision"] is None else f"{f['precision']:.3f}"
        r = "  -  " if f["recall"] is None else f"{f['recall']:.3f}"
        print(f"    {v:<17} precision {p}  recall {r}  (gold {f['gold']}, extra {f['extra']})")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
