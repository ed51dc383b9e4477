"""The region a venue's street address closes with.

``address_place``: a region closing a street address written after a venue ("di Hotel Bunga,
Jl. Sudirman No. 5, Kota Padang", "di aula kantor, di Jalan Sudirman Padang, Senin"), moved
here from transforms/places/resolve.py, which tries it after the venue, held-at and day
readings.

``venue_address``: a venue of the province's offices ("Kantor Gubernur", "Aula Kantor
Gubernur") in a text naming no city is province-level (transforms/places/resolve.py); but when
the text writes the venue's street address, the address closes with the city it stands in,
and that city is the place: "di Kantor Gubernur Sulteng, Jalan Sam Ratulangi 101 Palu",
"di kantor gubernur, di Jalan Merdeka Timur Ternate, Rabu". The address may follow any
mention of the venue in the text, not only the one the venue was read from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transforms.places.held import ADDRESS_AT, earlier
from transforms.places.mentions import NAME_MAX_CHARS, RegionMention, region_mentions
from transforms.places.offices import within
from transforms.places.place import Place, place_at, sentence_around
from transforms.places.said_at import another_day
from transforms.places.venues import Venue
from transforms.prefilter import names_any, scanner

__all__ = ["address_place", "venue_address"]

ADDRESS_SCAN = scanner(ADDRESS_AT)
_STREET_WORDS = frozenset({"jalan", "jl", "jln"})  # one is a whole word of each ADDRESS_AT

# After the venue: an optional comma and "di", then the street word.
_STREET_HEAD = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:di[^\S\n]+)?(?:Jalan|Jln?\.?)[^\S\n]+")
# The street and its number up to a comma, a semicolon, a line end or a sentence's full stop
# (the dot of "No." or "Kav." is none).
_STREET = re.compile(r"(?:(?:No|Kav|Blok|Gg)\.|[^\n,;.])*")
_COMMA = re.compile(r",[^\S\n]*")
_MAX_MENTIONS = 6  # how many mentions of the venue are tried


def address_place(text: str, spans: list[tuple[int, int]], found: list[Venue],
                  province: str | None, other_days: Sequence[tuple[int, int]] = ()) -> Place | None:
    """A region closing a venue's street address ("ke KASN, Jalan Sutoyo, Jakarta Timur"), not
    one written with another day than the occasion's; else the last words of the street right
    after a venue found in spans ("di Aula Kantor Bupati, di Jalan Sudirman Padang, Senin")."""
    if not names_any(text, _STREET_WORDS):  # every address names its street so
        return None
    venue = found[0].name if found else None
    for a, b in spans:
        for match in within(ADDRESS_SCAN, text, a, b):
            mention = next(region_mentions(text, province, match.end(), min(
                len(text), match.end() + NAME_MAX_CHARS)), None)
            if mention is not None and mention.start == match.end() and _today(
                    text, match.start(), mention.end, other_days):
                return place_at(text, mention.region, venue, "location", mention.start,
                                mention.end)
    for v in found:
        if any(a <= v.start < b for a, b in spans) and (
                mention := _after(text, v.end, province)) is not None and _today(
                text, v.start, mention.end, other_days):
            return place_at(text, mention.region, venue, "location", mention.start, mention.end)
    return None


def _today(text: str, start: int, end: int, other_days: Sequence[tuple[int, int]]) -> bool:
    """text[start:end] is said of the occasion: not an earlier one's, nor another day's."""
    return not earlier(text, sentence_around(text, start, end)) and not another_day(
        text, start, end, other_days)


def venue_address(text: str, venue: str, province_code: str) -> RegionMention | None:
    """The region of ``province_code`` closing a street address written right after a mention
    of ``venue`` (its words as the text writes them, any case): the last words of the street
    ("Jalan Sudirman 5 Palu", not the street alone: "Jalan Palu"), else the region right after
    the street's comma ("Jalan Sudirman No. 5, Kota Palu"); None when no mention has one."""
    folded, key = text.casefold(), venue.casefold()
    at = folded.find(key)
    for _ in range(_MAX_MENTIONS):
        if at < 0:
            return None
        found = _after(text, at + len(key), province_code)
        if found is not None:
            return found
        at = folded.find(key, at + 1)
    return None


def _after(text: str, pos: int, province_code: str | None) -> RegionMention | None:
    """The region closing a street address that starts at pos (module notes); of
    ``province_code`` when one is given."""
    head = _STREET_HEAD.match(text, pos)
    if head is None:
        return None
    street = _STREET.match(text, head.end())
    end = len(text[:street.end()].rstrip())
    last = None
    for mention in region_mentions(text, province_code, head.end(), end):
        last = mention
    if last is not None and last.end == end and last.start > head.end():
        return last if province_code in (None, last.region.province_code) else None
    comma = _COMMA.match(text, street.end())
    if comma is None:
        return None
    after = next(region_mentions(text, province_code, comma.end(),
                                 min(len(text), comma.end() + 60)), None)
    if after is None or after.start != comma.end():
        return None
    return after if province_code in (None, after.region.province_code) else None
