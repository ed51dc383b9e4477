"""Train and cross-validate the activity veto (features.py).

    python -m bench.activity_veto.train CACHE_DIR [--nested] [--write]

CACHE_DIR holds one JSON lines file per training corpus (bench/activity_veto/collect.py):
dev13-dev24 and the tuned part of the user corpus. A unit is one value (not ``imbauan``) the
rules gave an event matched to a labelled event (``match_event``); its label is whether the
labelled event has it. Each corpus in turn is left out: the model is trained on the others and
its veto is scored there on first events (what eval_real.py scores): events made right (won),
made wrong (lost). ``--nested`` also chooses C and the threshold inside each fold (an honest
figure for the choice); ``--write`` trains on every corpus and writes weights.json with the C
and threshold of the best pooled figure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from bench.activity_veto.features import FEATURES, VALUES, value_features
from bench.dates_places_all import match_event
from tests.fixtures.real_eval import activities_right

WEIGHTS = Path(__file__).with_name("weights.json")
CS = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (-1.5, -1.25, -1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0)


def units(records: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, list[tuple]]:
    """Features, labels and keys (item, event index, value) of every unit of a corpus."""
    xs, ys, keys = [], [], []
    for rec in records:
        row, gold_events = rec["row"], rec["label"].get("events") or []
        mine = row.get("events") or []
        seen = set()
        for i, gold in enumerate(gold_events):
            event, how = match_event(gold, i, mine)
            if how == "none" or not event:
                continue
            k = mine.index(event)
            if k in seen:
                continue
            seen.add(k)
            for value in event["activities"]:
                if value not in VALUES:
                    continue
                xs.append(value_features(value, event["evidence"], event["activities"],
                                         row["text"], row["title"], k, len(mine)))
                ys.append(1.0 if value in (gold.get("activities") or []) else 0.0)
                keys.append((rec["id"], k, value))
    return np.array(xs, dtype=float).reshape(-1, len(FEATURES)), np.array(ys), keys


def fit(x: np.ndarray, y: np.ndarray, c: float) -> dict[str, Any]:
    """L2 logistic regression on standardised features (Newton steps)."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    reg = np.eye(len(w)) / c
    reg[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + reg @ w
        hess = (z * (p * (1 - p))[:, None]).T @ z + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {"features": list(FEATURES), "intercept": float(w[0]), "weights": w[1:].tolist(),
            "mean": mean.tolist(), "scale": scale.tolist(), "C": c}


def logodds(model: dict[str, Any], x: np.ndarray) -> np.ndarray:
    w = np.array(model["weights"])
    return model["intercept"] + ((x - np.array(model["mean"])) / np.array(model["scale"])) @ w


def first_events(records: list[dict[str, Any]], vetoed: set[tuple]) -> tuple[int, int, int, int]:
    """Events, right before, won and lost on first events when the ``vetoed`` units go."""
    n = right = won = lost = 0
    for rec in records:
        gold_events = rec["label"].get("events") or []
        if not gold_events:
            continue
        n += 1
        mine = (rec["row"].get("events") or [{}])[0]
        acts = mine.get("activities") or []
        after = [a for a in acts if (rec["id"], 0, a) not in vetoed]
        gold = gold_events[0].get("activities") or []
        a, b = activities_right(gold, acts), activities_right(gold, after)
        right += a
        won += b and not a
        lost += a and not b
    return n, right, won, lost


def load(cache: Path) -> dict[str, list[dict[str, Any]]]:
    return {p.stem: [json.loads(line) for line in p.open(encoding="utf-8")]
            for p in sorted(cache.glob("*.jsonl"))}


def auc(y: np.ndarray, s: np.ndarray) -> float:
    pos, neg = s[y == 1], s[y == 0]
    return float((pos[:, None] > neg[None, :]).mean() + 0.5 * (pos[:, None] == neg[None, :]).mean())


def loco(corpora: dict[str, list[dict[str, Any]]], c: float) -> dict[str, Any]:
    """Leave-one-corpus-out: each corpus's log-odds from a model trained on the others."""
    data = {name: units(recs) for name, recs in corpora.items()}
    scores = {}
    for name in corpora:
        x = np.vstack([data[o][0] for o in corpora if o != name])
        y = np.concatenate([data[o][1] for o in corpora if o != name])
        scores[name] = logodds(fit(x, y, c), data[name][0])
    return {"data": data, "scores": scores}


def report(corpora: dict[str, list[dict[str, Any]]], c: float, out: dict[str, Any],
           thresholds: tuple[float, ...] = THRESHOLDS, per_corpus: float | None = None) -> dict:
    data, scores = out["data"], out["scores"]
    y = np.concatenate([data[n][1] for n in corpora])
    s = np.concatenate([scores[n] for n in corpora])
    print(f"C={c}: units {len(y)}, extra {int((y == 0).sum())}, AUC {auc(y, s):.3f}")
    table = {}
    for t in thresholds:
        won = lost = 0
        for name, recs in corpora.items():
            keys = data[name][2]
            vetoed = {k for k, z in zip(keys, scores[name], strict=True) if z < t}
            _, _, w, lo = first_events(recs, vetoed)
            won, lost = won + w, lost + lo
        vetoed_units = s < t
        table[t] = (won, lost)
        print(f"  t={t:+.2f} vetoed {int(vetoed_units.sum())} units "
              f"({int((vetoed_units & (y == 0)).sum())} extra) first events won {won} lost {lost}"
              f" net {won - lost:+d}")
    if per_corpus is not None:
        for name, recs in corpora.items():
            keys = data[name][2]
            vetoed = {k for k, z in zip(keys, scores[name], strict=True) if z < per_corpus}
            n, right, w, lo = first_events(recs, vetoed)
            print(f"  {name}: {n} events, right {right} -> {right + w - lo} (won {w}, lost {lo})")
    return table


def nested(corpora: dict[str, list[dict[str, Any]]]) -> tuple[int, int]:
    """An honest figure for the choice itself: for each left-out corpus, C and the threshold
    are chosen by an inner leave-one-corpus-out over the other corpora only."""
    data = {name: units(recs) for name, recs in corpora.items()}
    won = lost = 0
    for test in corpora:
        inner = [n for n in corpora if n != test]
        best = None
        for c in CS:
            scores = {}
            for n in inner:
                x = np.vstack([data[o][0] for o in inner if o != n])
                y = np.concatenate([data[o][1] for o in inner if o != n])
                scores[n] = logodds(fit(x, y, c), data[n][0])
            for t in THRESHOLDS:
                net = sum(w - lo for n in inner for _, _, w, lo in [first_events(
                    corpora[n], {k for k, z in zip(data[n][2], scores[n], strict=True) if z < t})])
                if best is None or net > best[0]:
                    best = (net, c, t)
        assert best
        x = np.vstack([data[o][0] for o in inner])
        y = np.concatenate([data[o][1] for o in inner])
        z = logodds(fit(x, y, best[1]), data[test][0])
        _, _, w, lo = first_events(corpora[test], {
            k for k, s in zip(data[test][2], z, strict=True) if s < best[2]})
        print(f"  nested {test}: C={best[1]} t={best[2]:+.2f} won {w} lost {lo}")
        won, lost = won + w, lost + lo
    print(f"nested LOCO: won {won} lost {lost} net {won - lost:+d}")
    return won, lost


def main(argv: list[str]) -> int:
    corpora = load(Path(argv[0]))
    for name, recs in corpora.items():
        n, right, _, _ = first_events(recs, set())
        print(f"{name}: {n} first events, activities right {right}")
    best = None
    for c in CS:
        table = report(corpora, c, loco(corpora, c))
        for t, (won, lost) in table.items():
            if best is None or won - lost > best[0]:
                best = (won - lost, c, t)
    print("best (net, C, threshold):", best)
    if best:
        report(corpora, best[1], loco(corpora, best[1]), (best[2],), per_corpus=best[2])
    if "--nested" in argv:
        nested(corpora)
    if "--write" in argv and best:
        x = np.vstack([units(r)[0] for r in corpora.values()])
        y = np.concatenate([units(r)[1] for r in corpora.values()])
        model = {**fit(x, y, best[1]), "threshold": best[2]}
        WEIGHTS.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print("wrote", WEIGHTS)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
