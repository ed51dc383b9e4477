"""Event accuracy on the real, hand-labelled corpus, against pinned floors.

Runs only where the development corpus sits beside the repository (``../shared/real-corpus``);
elsewhere it is skipped with a message. The floors are the measured figures rounded down:
raise them when extraction improves, never lower them to make a change pass.
Figures and misses: ``bench/eval_real.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from real_eval import FIELDS, evaluate, is_held_out, load_corpus, parts

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "real-corpus"

# Per part: field -> floor. Measured with bench/eval_real.py.
FLOORS = {
    "tuned": {"relevance": 0.98, "event_date": 0.95, "place": 0.98, "officials": 1.00,
              "participants": 1.00, "activities": 0.92},
    "held-out": {"relevance": 1.00, "event_date": 0.89, "place": 0.87, "officials": 0.87,
                 "participants": 0.94, "activities": 0.56},
}


@pytest.fixture(scope="module")
def corpus():
    if not (CORPUS / "labels.jsonl").exists():
        pytest.skip(f"real corpus not found at {CORPUS} (it is not part of the repository)")
    return load_corpus(CORPUS)


@pytest.mark.parametrize("part", list(FLOORS))
def test_real_corpus_accuracy_holds_its_floors(corpus, part):
    subset = dict(parts(corpus))[part]
    report = evaluate(subset)
    below = {f: round(report.accuracy(f), 3) for f in FIELDS
             if report.accuracy(f) is not None and report.accuracy(f) < FLOORS[part][f]}
    assert not below, f"{part}: under the floors {FLOORS[part]}: {below}"


def test_split_is_a_stable_third():
    ids = [f"X{i}" for i in range(3000)]
    share = sum(map(is_held_out, ids)) / len(ids)
    assert 0.30 < share < 0.37
    assert [is_held_out(i) for i in ids] == [is_held_out(i) for i in ids]
