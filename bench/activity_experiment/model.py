"""The activities of an article's occasion: a small learned decision over general features.

Hand rules fitted to a few dozen texts named activities the held-out texts did not report, so
the decision is one logistic model per value with few inputs (``activity_features``): where
the value is named (title, lead), how often, how early, and how its sentences tell it (plain,
future/possible/asked, background, negated, a rule for whoever; done; counted; on
neutrality). One weight vector is shared by every value, plus a per-value offset: values with
few examples borrow the others' evidence. The weights (weights.json) are trained by
``bench/activities_cv.py --write`` on the tuned part of the hand-labelled corpus and were
chosen by cross-validation there. Inference is a dot product.

A speaker's talk ("menjadi narasumber", "memberikan materi") is a briefing only when the
article names no other gathering it was given at (then it is part of that one).

Two values are decided by a rule, not learned:

* ``imbauan``: an official's appeal or a threatened sanction is named in almost every article
  about neutrality, so it is given whenever the lexicon names an appeal (not only an
  observer's), or a sanction or monitoring in a future, possible or asked-for sentence;
* ``pengawasan`` (the labelled texts hold too few to learn from): monitoring is the
  occasion's when a plain sentence tells it carried out (``monitoring_done``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bench.activity_experiment.features import FEATURES, Described, read
from transforms.events.activities.classify import Mention

WEIGHTS_PATH = Path(__file__).with_name("weights.json")
_MODAL_SHARE = FEATURES.index("modal_share")
_ACT = FEATURES.index("act")
RULED = frozenset({"imbauan", "pengawasan"})  # decided by a rule, not the model
GATHERINGS = frozenset({"sosialisasi", "ikrar", "pakta_integritas", "apel", "bimtek"})


@lru_cache(maxsize=1)
def weights() -> dict[str, Any]:
    """The trained weights (read once)."""
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES, "retrain: the features changed"
    return data


def score(value: str, features: tuple[float, ...], model: dict[str, Any] | None = None) -> float:
    """The model's log-odds that ``value`` happened at the article's occasion."""
    model = model or weights()
    w = model["weights"]
    return (model["intercept"] + model["offsets"].get(value, 0.0)
            + sum(w[name] * x for name, x in zip(FEATURES, features, strict=True)))


def appeal_named(described: list[Described]) -> bool:
    """An appeal named, or a sanction or monitoring told as future, possible or asked for."""
    return any(d.value == "imbauan" or (d.value in ("sanksi", "pengawasan")
                                        and d.features[_MODAL_SHARE] > 0)
               for d in described)


@dataclass(frozen=True)
class Decision:
    """The activities of an article's occasion, one mention each (its evidence), in text
    order; whether the article names any activity at all; every phrase read."""

    chosen: list[Mention]
    named: bool
    phrases: list[Mention]
    headline: frozenset[str] = frozenset()  # the values whose evidence is the title's

    @property
    def in_text(self) -> list[Mention]:
        return [m for m in self.chosen if m.value not in self.headline]

    @property
    def in_title(self) -> list[Mention]:
        return [m for m in self.chosen if m.value in self.headline]

    @property
    def values(self) -> list[str]:
        return [m.value for m in self.chosen]


def monitoring_done(d: Described) -> bool:
    """Monitoring told as done: a plain mention whose sentence tells it carried out ("sudah
    memantau", "menggelar patroli", "membuka posko pengaduan")."""
    return d.value == "pengawasan" and d.features[_ACT] > 0


def decide(text: str, title: str, within: list[tuple[int, int]] | None = None) -> Decision:
    """The model's activities of the article's occasion (module notes); ``within``: of the
    occasion told in these spans of the text (an article of several)."""
    described, phrases = read(text, title, within)
    model = weights()
    kept = [d for d in described
            if (d.value not in RULED and score(d.value, d.features, model) > 0)
            or monitoring_done(d)]
    if any(d.value in GATHERINGS and not d.talk_only for d in kept):
        kept = [d for d in kept if not d.talk_only]  # the talk was given at that gathering
    if appeal_named(described):
        appeal = next((d for d in described if d.value == "imbauan"), None)
        if appeal is None:  # a threat: the sanction's or monitoring's phrase, as an appeal
            threat = next(d for d in described if d.value in ("sanksi", "pengawasan")
                          and d.features[_MODAL_SHARE] > 0)
            m = threat.evidence
            appeal = Described("imbauan", threat.features,
                               Mention("imbauan", m.phrase, m.start, m.end, m.sentence),
                               threat.in_title)
        kept.append(appeal)
    kept.sort(key=lambda d: d.first if d.first >= 0 else len(text))  # text order, then title's
    return Decision([d.evidence for d in kept], bool(described), phrases,
                    frozenset(d.value for d in kept if d.in_title))
