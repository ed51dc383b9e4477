"""Where an occasion was held: the words that name a region as its place, and the sentences that
tell of an earlier occasion instead (transforms/places/resolve.py reads the region itself)."""

from __future__ import annotations

import re

# "digelar di Bukittinggi", "berlangsung pada Kamis (4/7) di Kabupaten Agam", "menggelar bimtek
# netralitas ASN di sebuah hotel di Kabupaten Agam": a region named as where an occasion was held
# (a few words may stand between the verb and "di").
HELD_AT = re.compile(
    r"\b(?:(?:digelar|dilaksanakan|diselenggarakan|berlangsung|bertempat|diadakan|dilangsungkan"
    r"|dipusatkan)\b(?:,?[^\S\n]+[^\s.;:]+){0,6}?"
    r"|(?:menggelar|mengadakan|menyelenggarakan)\b(?:,?[^\S\n]+[^\s.;:]+){1,10}?)"
    r"[^\S\n]+di[^\S\n]+(?:(?:sebuah|salah[^\S\n]+satu)(?:[^\S\n]+[a-z]+){1,3}[^\S\n]+di[^\S\n]+)?",
    re.IGNORECASE,
)


_EARLIER = re.compile(r"\b(?:sebelumnya|sebelum\s+ini|yang\s+sama|(?:tahun|bulan|pekan|minggu)"
                     r"\s+lalu|pada\s+(?:Pemilu|Pilkada)\s+(?P<year>\d{4}))\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def earlier(text: str, sentence: str) -> bool:
    """The sentence tells of an earlier occasion: "sebelumnya", "tahun lalu", or an election
    ("pada Pemilu 2019") of a year before the latest the text names."""
    found = _EARLIER.search(sentence)
    if found is None or not found["year"]:
        return found is not None
    return any(int(y) > int(found["year"]) for y in _YEAR.findall(text))
