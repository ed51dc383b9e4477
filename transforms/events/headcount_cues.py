"""Two cues about a headcount that the attendance rank (participants.py) reads besides its
attendance and violation words: an audience spoken to ("di hadapan 150 ASN") and an item of
a breakdown of counted cases ("12 kasus dugaan pelanggaran, 5 di antaranya ..., 4 kepala
desa"), whose people are violators, not attendees (LABELS: not numbers of violators).
"""

from __future__ import annotations

import re

__all__ = ["case_item", "facing"]

# The headcount right after "di hadapan"/"di depan" (a speech given before them), hedges
# ("sekitar", "kurang lebih") between: those people were there.
_FACING = re.compile(
    r"\bdi[^\S\n]+(?:hadapan|depan)[^\S\n]+(?:(?:sekitar|sebanyak|kurang[^\S\n]+lebih"
    r"|lebih[^\S\n]+dari|hampir|para|ratusan|puluhan)[^\S\n]+)*$", re.IGNORECASE)
_FACING_REACH = 40
# A total counted in cases, reports or findings, not in people.
_CASE_TOTAL = re.compile(
    r"(?<![\w.,])[0-9][0-9.]*[^\S\n]+(?:kasus|dugaan|pelanggaran|laporan|temuan|perkara)\b",
    re.IGNORECASE)


def facing(text: str, start: int) -> bool:
    """Whether the headcount starting at ``start`` is the audience a speaker faced."""
    window = text[max(0, start - _FACING_REACH):start]
    low = window.lower()  # cheap: most headcounts have neither word before them
    return ("hadapan" in low or "depan" in low) and _FACING.search(window) is not None


def case_item(text: str, begin: int, start: int) -> bool:
    """Whether the sentence (from ``begin``) counts cases before the headcount at ``start``: a
    breakdown item of that tally counts violators."""
    return _CASE_TOTAL.search(text, begin, start) is not None
