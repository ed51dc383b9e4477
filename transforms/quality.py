"""Body-text quality against a gold set, the way Trafilatura's own evaluation counts it.

Each gold page lists segments that must be in the text (``with``) and boilerplate that
must not (``without``). A ``with`` segment found is a true positive, missed a false
negative; a ``without`` segment found is a false positive, absent a true negative.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class SegmentScore:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, text: str, with_: Iterable[str], without: Iterable[str]) -> None:
        normalized = " ".join((text or "").split())
        for segment in with_:
            if " ".join(segment.split()) in normalized:
                self.tp += 1
            else:
                self.fn += 1
        for segment in without:
            if " ".join(segment.split()) in normalized:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0
