"""Leave-one-corpus-out test of the learned activity decision against the hand rules.

    python -m bench.activity_experiment.lococv

A recorded experiment, NOT what the pipeline runs. Each corpus in turn is the test; the
candidates are trained on all the others. Training data: the tuned parts of the user corpus,
dev4 and dev5 (their held-out thirds are never loaded) and all of dev2, dev3, dev6 and dev7
(opened, or built after the rules). Scored by the harness's rule (first event, every labelled
activity, nothing extra but ``imbauan``):

* ``pipeline``: warta's first event today (``run_item``, what eval_real.py scores);
* ``hand, one occasion``: cv.py's reading of the hand rules (every phrase they keep);
* ``pooled`` / ``per-value``: the logistic models of cv.py, features unchanged; C is chosen
  by an inner leave-one-corpus-out over the training corpora only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.activity_experiment.cv import (  # noqa: E402
    Row,
    correct,
    load_rows,
    predict_per_value,
    predict_pooled,
    predicted,
    train_per_value,
    train_pooled,
)
from tests.fixtures.real_eval import is_held_out, load_corpus, run_item  # noqa: E402

WORK = ROOT.parent
CORPORA = {  # name: (folder, whole)
    "user (tuned)": (WORK / "shared" / "real-corpus", False),
    "dev2": (WORK / "dev2" / "corpus", True),
    "dev3": (WORK / "dev3" / "corpus", True),
    "dev4 (tuned)": (WORK / "dev4" / "corpus", False),
    "dev5 (tuned)": (WORK / "dev5" / "corpus", False),
    "dev6": (WORK / "dev6" / "corpus", True),
    "dev7": (WORK / "dev7" / "corpus", True),
}
CS = (0.1, 0.3, 1.0, 3.0, 10.0)
MODELS: dict[str, tuple[Callable, Callable]] = {
    "pooled": (train_pooled, predict_pooled),
    "per-value": (train_per_value, predict_per_value),
}


def corpus_rows(folder: Path, whole: bool) -> list[Row]:
    """cv.py's rows, each with the pipeline's first-event activities today."""
    rows = load_rows(folder, whole)
    items = {i.id: i for i in load_corpus(folder) if whole or not is_held_out(i.id)}
    for row in rows:
        events = run_item(items[row["id"]]).get("events") or []
        row["pipeline"] = set(events[0].get("activities") or []) if events else set()
    return rows


def hits(model, predict: Callable, rows: list[Row]) -> int:
    return sum(correct(r["gold"], predicted(r, predict(model, r))) for r in rows)


def choose_c(train: Callable, predict: Callable, groups: dict[str, list[Row]]) -> float:
    """The C with the most hits by leave-one-corpus-out over ``groups`` (the training corpora)."""
    def inner(c: float) -> int:
        return sum(hits(train([r for n, g in groups.items() if n != held for r in g], c),
                        predict, rows) for held, rows in groups.items())
    return max(CS, key=inner)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.parse_args()
    data = {name: corpus_rows(folder, whole) for name, (folder, whole) in CORPORA.items()}
    totals: dict[str, int] = {}
    print("| test corpus | events | pipeline | hand, one occasion | pooled (C) | per-value (C) |"
          " pooled vs pipeline (won/lost) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for test, rows in data.items():
        groups = {n: g for n, g in data.items() if n != test}
        train_rows = [r for g in groups.values() for r in g]
        cells = {"pipeline": sum(correct(r["gold"], r["pipeline"]) for r in rows),
                 "hand": sum(correct(r["gold"], r["current"]) for r in rows)}
        shown = []
        for name, (train, predict) in MODELS.items():
            c = choose_c(train, predict, groups)
            model = train(train_rows, c)
            cells[name] = hits(model, predict, rows)
            if name == "pooled":  # events only one of pooled and pipeline gets right
                right = [correct(r["gold"], predicted(r, predict(model, r))) for r in rows]
                cells["won"] = sum(m and not correct(r["gold"], r["pipeline"])
                                   for m, r in zip(right, rows, strict=True))
                cells["lost"] = sum(not m and correct(r["gold"], r["pipeline"])
                                    for m, r in zip(right, rows, strict=True))
            shown.append(f"{cells[name] / len(rows):.3f} ({c:g})")
        for k, v in cells.items():
            totals[k] = totals.get(k, 0) + v
        totals["n"] = totals.get("n", 0) + len(rows)
        print(f"| {test} | {len(rows)} | {cells['pipeline'] / len(rows):.3f} | "
              f"{cells['hand'] / len(rows):.3f} | {' | '.join(shown)} | "
              f"{cells['won']}/{cells['lost']} |")
    n = totals["n"]
    print(f"| **pooled** | {n} | {totals['pipeline'] / n:.3f} | {totals['hand'] / n:.3f} | "
          f"{totals['pooled'] / n:.3f} | {totals['per-value'] / n:.3f} | "
          f"{totals['won']}/{totals['lost']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
