"""The event-date reader as production runs it vs calling dateparser.parse per string.

    .venv/bin/python bench/dates.py [--calls 5000] [--seed 7] [--repeat 3]

Both read the same strings: the table of tests/transforms/events/dates/test_event_dates.py
(``CASES``, real shapes from the seed articles and outlet notes), repeated and shuffled to
``--calls`` calls, each with its own publication time and outlet zone. Ours is the table's
``read``: the string as a line of an article body, scanned by
``transforms.events.dates.find.find_event_dates`` (what ``extract_events`` runs). dateparser
gets the bare string, languages=["id"], DATE_ORDER="DMY" and RELATIVE_BASE = the local
publication time. Reports calls per second, the speed ratio, and how often the two agree on
strings where both return a date. Each timing is the best of ``--repeat`` runs, so a busy
machine disturbs the figures less. Run from the repository root (or anywhere: the path is set
up below).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TABLE = ROOT / "tests" / "transforms" / "events" / "dates" / "test_event_dates.py"

Case = tuple[str, datetime, str]


@cache
def table() -> Any:
    """The test module, imported from its file so the bench and the table never drift apart."""
    spec = importlib.util.spec_from_file_location("event_dates_table", TABLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def load_cases() -> list[Case]:
    return [(raw, datetime.fromisoformat(pub), tz) for raw, pub, tz, _ in table().CASES]


def workload(cases: list[Case], calls: int, seed: int) -> list[Case]:
    """Every case as often as fits in ``calls``, topped up at random, in a shuffled order."""
    rng = random.Random(seed)
    mix = cases * (calls // len(cases)) + rng.sample(cases, calls % len(cases))
    rng.shuffle(mix)
    return mix


def ours(raw: str, published: datetime, tz: str) -> date | None:
    from transforms.events.dates.find import EventDate

    found = table().read(raw, published, tz)
    return found.value if isinstance(found, EventDate) else None


def with_dateparser(raw: str, published: datetime, tz: str) -> date | None:
    import dateparser

    local = published.astimezone(ZoneInfo(tz))
    settings = {"RELATIVE_BASE": local.replace(tzinfo=None), "DATE_ORDER": "DMY"}
    try:
        parsed = dateparser.parse(raw, languages=["id"], settings=settings)
    except Exception:  # count a crash as "no answer", as the pipeline would
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is not None:  # "pukul 21.00 WIB" comes back aware
        parsed = parsed.astimezone(ZoneInfo(tz))
    return parsed.date()


def timed(parse: Callable[[str, datetime, str], date | None], mix: list[Case],
          repeat: int) -> float:
    """Best of ``repeat`` runs over the whole mix."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for raw, published, tz in mix:
            parse(raw, published, tz)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    cases = load_cases()
    mix = workload(cases, args.calls, args.seed)
    with_dateparser(*cases[0])  # import dateparser and load its Indonesian data: not timed
    ours(*cases[0])

    repeat = max(1, args.repeat)
    runs = [("event_dates (find_event_dates)", timed(ours, mix, repeat)),
            ("dateparser.parse", timed(with_dateparser, mix, repeat))]

    print(f"{len(mix)} calls over {len(cases)} distinct strings (seed {args.seed}), "
          f"best of {repeat} runs\n")
    print(f"{'parser':<38} {'seconds':>9} {'calls/s':>11} {'µs/call':>9}")
    for name, seconds in runs:
        print(f"{name:<38} {seconds:>9.3f} {len(mix) / seconds:>11,.0f} "
              f"{seconds / len(mix) * 1e6:>9.1f}")
    dp_seconds = runs[1][1]
    print(f"\nspeed ratio vs dateparser: {dp_seconds / runs[0][1]:,.0f}x")

    both = agree = ours_only = dp_only = neither = 0
    disagreements, dp_extra = [], []
    for raw, published, tz in cases:
        mine, theirs = ours(raw, published, tz), with_dateparser(raw, published, tz)
        if mine is not None and theirs is not None:
            both += 1
            if mine == theirs:
                agree += 1
            else:
                disagreements.append((raw, published, mine, theirs))
        elif mine is not None:
            ours_only += 1
        elif theirs is not None:
            dp_only += 1
            dp_extra.append((raw, published, theirs))
        else:
            neither += 1
    print(f"\nagreement on {len(cases)} distinct strings:")
    print(f"  both return a date     {both:>4}   equal {agree}, different {both - agree}")
    print(f"  only event_dates       {ours_only:>4}")
    print(f"  only dateparser        {dp_only:>4}   (event_dates: None or Rejected)")
    print(f"  neither                {neither:>4}")
    if disagreements:
        print("\ndisagreements (string | published | event_dates | dateparser):")
        for raw, published, mine, theirs in disagreements:
            print(f"  {raw[:48]!r:<52} {published:%Y-%m-%d}  {mine}  {theirs}")
    if dp_extra:
        print("\nonly dateparser answers (string | published | dateparser):")
        for raw, published, theirs in dp_extra:
            print(f"  {raw[:48]!r:<52} {published:%Y-%m-%d}  {theirs}")


if __name__ == "__main__":
    main()
