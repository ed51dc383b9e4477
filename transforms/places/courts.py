"""A court's verdict or trial: the occasion is held at the court, in the town it is named by.

District courts are named by the town they sit in ("Pengadilan Negeri Tembilahan", "PN Lubuk
Basung"), usually a regency's capital, and a verdict ("majelis hakim PN X memvonis ...", "sidang
putusan di PN X") is read there whatever the bureau's dateline says. The town resolves like any
region name (capitals included: transforms/places/regions.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.places.mentions import RegionMention, region_mentions
from transforms.prefilter import names_any

__all__ = ["court_mentions"]

_COURT_WORDS = frozenset({"pengadilan", "pn"})  # one is a whole word of every _COURT match
# "Pengadilan Negeri Mataram", "Pengadilan Negeri (PN) Mataram", "PN Kelas IA Padang"
_COURT = re.compile(r"(?<!\w)(?:[Pp]engadilan[^\S\n]+[Nn]egeri(?:[^\S\n]+\(PN\))?|PN)"
                    r"(?:[^\S\n]+Kelas[^\S\n]+I{1,3}[^\S\n]*[AB]?(?:[^\S\n]+Khusus)?)?"
                    r"[^\S\n]+(?=[A-Z])")
# What a court does at an occasion: a verdict, a hearing, a trial.
_TRIAL = re.compile(r"(?<!\w)(?:(?:me)?vonis|divonis|memvonis|putusan|memutuskan|diputus|sidang"
                    r"|persidangan|disidangkan|majelis\s+hakim|menjatuhkan|dijatuhi|terdakwa)"
                    r"(?!\w)", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?](?=\s|$)|\n|$)")
_NAME_MAX_CHARS = 60


def court_mentions(text: str, spans: list[tuple[int, int]],
                   province: str | None) -> Iterator[RegionMention]:
    """The region of each district court named, in spans, in a sentence about a verdict or a
    trial, in text order."""
    if not names_any(text, _COURT_WORDS):
        return
    for a, b in spans:
        for court in _COURT.finditer(text, a, b):
            start = text.rfind("\n", 0, court.start()) + 1
            sentence = _SENTENCE.match(text, max(start, _sentence_start(text, court.start())))
            if sentence is None or not _TRIAL.search(sentence.group()):
                continue
            pos = court.end()
            mention = next(region_mentions(text, province, pos,
                                           min(len(text), pos + _NAME_MAX_CHARS)), None)
            if mention is not None and mention.start == pos:
                yield mention


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding pos starts."""
    ends = [text.rfind(c, 0, pos) for c in ".!?"]
    return max(ends) + 1
