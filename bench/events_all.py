"""Events per article and every field over every labelled event of the tuned part.

    .venv/bin/python bench/events_all.py [FOLDER] [--misses] [--json]

bench/eval_real.py scores the first labelled event of each article; the events after the first
were never tuned on, so they measure how an article is split into events (transforms/events/
assemble.py). For each article with a labelled event this prints how many events warta reads
against the labels (exact, more, fewer) and on how many articles labelled with no event it
reads some, and per field (event date, place, activities with the
harness's rule, participants) the figures on first events, later events and all events. Each
labelled event is matched to one of warta's events by ``match_event`` of
bench/dates_places_all.py (same date, else most shared activities, else warta's first for the
first labelled event), one to one: an event of warta's already matched to an earlier labelled
event is not offered again, and an undated labelled event is offered warta's undated events
first (else every undated label would match warta's first event). A labelled event left
unmatched is a row warta does not give: it scores as a miss on every field. Only the tuned part
is read: the held-out third stays unseen.
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

from dates_places_all import match_event, score, tuned_corpus  # noqa: E402
from real_eval import activities_right, run_item  # noqa: E402

FIELDS = ("event_date", "place", "activities", "participants")
GROUPS = ("first", "later", "all")


def score_all(gold: dict[str, Any], mine: dict[str, Any]) -> dict[str, bool]:
    """Date and place as bench/dates_places_all.py; activities and participants as the
    harness (every labelled activity, nothing else but imbauan; the same count or both none)."""
    out = score(gold, mine)
    out["activities"] = activities_right(gold.get("activities") or [],
                                         mine.get("activities") or [])
    out["participants"] = gold.get("participants_count") == mine.get("participants_count")
    return out


def match_one(gold: dict[str, Any], index: int, mine: list[dict[str, Any]],
              taken: set[int]) -> tuple[dict[str, Any], str]:
    """``match_event`` among warta's events not yet taken (their positions), undated ones
    first for an undated labelled event; marks the one matched as taken."""
    free = [k for k in range(len(mine)) if k not in taken]
    tries = [free]
    if not gold.get("event_date"):
        tries.insert(0, [k for k in free if not mine[k].get("event_date")])
    for keys in tries:
        if not keys:
            continue
        event, how = match_event(gold, index, [mine[k] for k in keys])
        if how != "none":
            taken.add(next(k for k in keys if mine[k] is event))
            return event, how
    return {}, "none"


def shown(name: str, event: dict[str, Any]) -> Any:
    """A field's value as shown in a miss."""
    if name == "event_date":
        return event.get("event_date"), event.get("event_date_raw")
    if name == "place":
        return event.get("regency"), event.get("province")
    if name == "activities":
        return sorted(event.get("activities") or [])
    return event.get("participants_count")


def main() -> int:
    if (parsed := tuned_corpus(__doc__)) is None:
        return 2
    args, tuned = parsed
    items = [i for i in tuned if i.label["events"]]
    groups = {g: {name: [] for name in FIELDS} for g in GROUPS}
    counts: Counter[str] = Counter()
    how: Counter[str] = Counter()
    misses: list[str] = []
    started = time.process_time()
    for item in items:
        mine = run_item(item).get("events") or []
        golds = item.label["events"]
        kind = ("exact" if len(mine) == len(golds) else "more" if len(mine) > len(golds)
                else "fewer")
        counts[kind] += 1
        if kind != "exact":
            misses.append(f"  [count] {item.id}: labelled {len(golds)}, warta {len(mine)}")
        taken: set[int] = set()
        for index, gold in enumerate(golds):
            event, matched = match_one(gold, index, mine, taken)
            how[matched] += 1
            scored = score_all(gold, event) if matched != "none" else dict.fromkeys(FIELDS, False)
            for name, ok in scored.items():
                for g in ("first" if index == 0 else "later", "all"):
                    groups[g][name].append(ok)
                if not ok:
                    misses.append(f"  [{name}] {item.id} event {index + 1} ({matched})\n"
                                  f"      gold: {shown(name, gold)}\n"
                                  f"      got:  {shown(name, event)}")
    cpu = time.process_time() - started
    # articles labelled with no event (not relevant, or no concrete occasion): any event is more
    for item in tuned:
        if not item.label["events"] and (mine := run_item(item).get("events")):
            counts["more (none labelled)"] += 1
            misses.append(f"  [count] {item.id}: labelled 0, warta {len(mine)}")
    figures: dict[str, Any] = {
        g: {name: (sum(v) / len(v) if v else None) for name, v in fields.items()}
        for g, fields in groups.items()}
    figures["events_per_article"] = dict(counts)
    figures["labelled_events"] = {g: len(groups[g]["event_date"]) for g in GROUPS}
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"== tuned: {len(items)} texts with a labelled event "
          f"({cpu / max(len(items), 1) * 1000:.0f} ms CPU per text); matched by {dict(how)}")
    print("  events per article: " + ", ".join(
        f"{k} {counts[k]}" for k in ("exact", "more", "fewer")) + "; articles labelled "
        f"with no event given events: {counts['more (none labelled)']} "
        f"of {len(tuned) - len(items)}")
    for g in GROUPS:
        n = len(groups[g]["event_date"])
        print(f"  {g:<6} (n={n:>3}) " + "  ".join(
            f"{name} {acc:.3f}" if acc is not None else f"{name} nan"
            for name, acc in figures[g].items()))
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
