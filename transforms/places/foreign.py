"""A bare place name read with no province to go by, resolving to a province the text never names.

With no outlet province, a bare name is resolved against the whole country: "Banjar" is the
city in one province and the regency in another, an outlet's name ("METRO") is also a city's.
When the text names that region's province nowhere (neither its name nor its short form) and
writes no region of it with a kind, title or body, while it does so for regions of another
province, the bare name is not where the occasion was: the reader goes on to the text's own
regions (transforms/places/body.py for a dateline, resolve.py for a name said with a day).

A name the text writes again beyond the words read (a dateline's city named in the body; not
as the other kind's: "Kabupaten Banjar" for the city "Banjar") is the text's own, and so is
one of the province the outlet gives.
"""

from __future__ import annotations

from transforms.places.mentions import region_mentions
from transforms.places.regions import PROVINCE_ALIASES, Region

__all__ = ["foreign"]

_ALIASES: dict[str, list[str]] = {}


def _province_words(code: str) -> list[str]:
    """The province's written forms in lower case: its name and its short forms ("sumbar")."""
    if not _ALIASES:
        for alias, key in PROVINCE_ALIASES.items():
            _ALIASES.setdefault(key, []).append(alias.lower())
    return _ALIASES.get(code, [])


def foreign(text: str, region: Region, province: str | None, start: int, end: int) -> bool:
    """Whether the region read from the bare name at text[start:end] lies in a province the
    text never names, while it names regions of another one with a kind, title or body.
    Never with an outlet province (``province``)."""
    if province is not None:
        return False
    lower = text.lower()
    if region.province.lower() in lower or any(
            w in lower for w in _province_words(region.province_code)):
        return False
    if _named_again(lower, region, start, end):
        return False
    named = [m.region for m in region_mentions(text, None) if m.prefixed]
    return bool(named) and all(r.province_code != region.province_code for r in named)


_OTHER_KIND = {"kota": ("kabupaten ", "kab. ", "kab "), "kabupaten": ("kota ",)}


def _named_again(lower: str, region: Region, start: int, end: int) -> bool:
    """Whether the region's name stands in the (lower-cased) text outside [start, end), not
    as the other kind's ("Kabupaten Banjar" is not the city of that name)."""
    short = region.regency.split(" ", 1)[-1].lower()
    other = _OTHER_KIND.get(region.kind, ())
    at = lower.find(short)
    while at >= 0:
        if not start <= at < end and not lower[max(0, at - 10):at].endswith(other):
            return True
        at = lower.find(short, at + len(short))
    return False
