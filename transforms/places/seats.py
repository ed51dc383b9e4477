"""Regency seats that share their name: the table of capitals (regency_capitals.py) gives a bare
capital's name its first regency, but a few seats are named alike in two provinces
(``SHARED_CAPITALS``: "Martapura" is the seat of Kabupaten Banjar in Kalimantan Selatan and of
Kabupaten OKU Timur in Sumatera Selatan). A province hint already picks the other (regions.py);
a place read from such a name ("..., ujar Pjs Bupati di Martapura, Kamis", a dateline) is also
the other seat's regency when the text names that regency and not the one the place has.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from transforms.places.mentions import region_mentions
from transforms.places.place import Place
from transforms.places.regency_capitals import SHARED_CAPITALS
from transforms.places.regions import Region, resolve_region

__all__ = ["shared_seat"]

# The seat's name (lower case) and the regencies it is the seat of, in official names.
_SHARED: dict[str, tuple[str, ...]] = {name.lower(): seats
                                       for name, seats in SHARED_CAPITALS.items()}
_NAME = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _SHARED))})(?!\w)", re.IGNORECASE)


@cache
def _seats(name: str) -> tuple[Region, ...]:
    return tuple(r for n in _SHARED[name] if (r := resolve_region(n)) is not None)


def shared_seat(text: str, place: Place | None) -> Place | None:
    """``place`` with the other regency of a shared seat's name it was read from, when the
    text names that regency (with its kind, or by its own name or abbreviation) and never
    the region the place has."""
    if place is None or place.region is None or not place.raw:
        return place
    match = _NAME.search(place.raw)
    if match is None:
        return place
    seats = _seats(match.group().lower())
    if place.region not in seats:
        return place
    named = {m.region for m in region_mentions(text, None) if m.region in seats
             and not _NAME.fullmatch(text, m.start, m.end)}  # not the seat's name itself
    others = [r for r in seats if r in named and r != place.region]
    if place.region in named or len(others) != 1:
        return place
    return replace(place, region=others[0], province=(others[0].province_code,
                                                      others[0].province))
