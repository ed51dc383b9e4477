"""The region a text names with a venue ("di Hotel Santika Padang", "di Aula X, Kabupaten
Agam"): split from transforms/places/resolve.py, which weighs it against the dateline and the
other places a text names."""

from __future__ import annotations

import re

from transforms.places.mentions import NAME_MAX_CHARS, RegionMention, region_mentions
from transforms.places.place import SENTENCE_END, SENTENCE_MAX_CHARS
from transforms.places.regions import district_region
from transforms.places.venues import OPEN_GROUNDS, Venue, in_address, phrase_end

__all__ = ["venue_region"]



# After a venue only "Kota X" / "Kabupaten X" says where it is ("Bupati Agam": who attends).
_KIND_WORD = re.compile(r"(?:kota|kabupaten|kab\.?|kotamadya)(?!\w)", re.IGNORECASE)
_MAYOR = re.compile(r"(?<!\w)wali[^\S\n]+$", re.IGNORECASE)  # "Wali Kota Padang": a person


def venue_region(text: str, venue: Venue, province: str | None,
                 province_of_text: str | None = None) -> RegionMention | None:
    """The region named with a venue: "<venue>, Kabupaten Agam", a "Kota X" inside the venue
    name or later in its sentence (after a city closing the venue's name, unless set off by
    the venue's comma or closing its address), a city closing the venue's name ("Hotel Santika
    Padang"), a bare name right after the venue's comma, or a kecamatan's name set off there
    ("di Hotel X, Kepanjenkidul, ...": its regency)."""
    end = phrase_end(text, SENTENCE_END, venue.end, SENTENCE_MAX_CHARS)
    mentions = list(region_mentions(text, province, venue.start, end))
    district = _district_after(text, venue.end, end, province)
    for mention in mentions:
        if mention.prefixed and (mention.start < venue.end or (
                _KIND_WORD.match(text, mention.start)
                and not _MAYOR.search(text, max(0, mention.start - 6), mention.start))):
            if mention.start >= venue.end and not _SET_OFF.fullmatch(
                    text, venue.end, mention.start) and not in_address(
                    text, venue.end, mention.start) and not _LOCATED.search(
                    text, max(venue.end, mention.start - 8), mention.start):
                # a region later in the sentence, not the venue's own address nor said where
                # it stands ("yang terletak di Kabupaten Agam"): a city closing the venue's
                # name says where it stands ("Hotel X Padang ... ASN Kabupaten Agam": an Agam
                # body's occasion held in Padang)
                closing = _closing_city(text, venue, province, province_of_text) or (
                    district if district is not None and district.start < mention.start
                    and _same_name(district, mention) else None)
                if closing is not None:  # "<venue>, Kepanjenkidul, Bawaslu Kabupaten Blitar":
                    return closing  # the kecamatan says which Blitar the venue stands in
            return next((m for m in mentions if m.start > mention.end and m.prefixed and _KIND_WORD
                         .match(text, m.start) and in_address(text, mention.end, m.start)), mention)
    after = re.match(r"[^\S\n]*,[^\S\n]*", text[venue.end:end])
    if after is not None:
        pos = venue.end + after.end()
        first = next(region_mentions(text, province, pos, min(end, pos + NAME_MAX_CHARS)), None)
        if first is not None and first.start == pos:
            return first
    closing = next((m for m in mentions if m.start >= venue.end and in_address(
        text, venue.end, m.start) and _ADDRESS_ONLY.fullmatch(text, venue.end, m.start)), None)
    if closing is not None:
        return closing  # "<venue>, Jalan Veteran, Bintaro, Jakarta Selatan": its address's city
    return _closing_city(text, venue, province, province_of_text) or district


def _same_name(one: RegionMention, other: RegionMention) -> bool:
    """A kota and a kabupaten of one name (Kota and Kabupaten Blitar), the kind set apart."""
    return one.region != other.region and one.region.name == other.region.name


# a kecamatan's bare name set off after a venue, closed by a comma or the sentence ("di Hotel
# X, Kepanjenkidul, ..."): one district's in the country or the text's province
_DISTRICT_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})"
                             r"(?=[^\S\n]*[,.])")


def _district_after(text: str, start: int, end: int,
                    province: str | None) -> RegionMention | None:
    found = _DISTRICT_AFTER.match(text, start, end)
    if found is None:
        return None
    region = district_region(found.group(1), province)
    return RegionMention(region, found.start(1), found.end(1), True) if region else None


_SET_OFF = re.compile(r"[^\S\n]*,[^\S\n]*")  # "<venue>, Kabupaten Agam"
# an address between a venue and a region: parts set off by commas, each of a few capitalised
# words or a number ("No. 12")
_ADDRESS_ONLY = re.compile(r"(?:[^\S\n]*,[^\S\n]*(?:[A-Z][\w.'’-]*|No\.?|\d+[A-Za-z]?)"
                           r"(?:[^\S\n]+(?:[A-Z][\w.'’-]*|No\.?|\d+[A-Za-z]?)){0,4})+[^\S\n]*,[^\S\n]*")
_LOCATED = re.compile(r"(?<!\w)di[^\S\n]+$", re.IGNORECASE)  # "... yang terletak di <region>"


def _closing_city(text: str, venue: Venue, province: str | None,
                  province_of_text: str | None) -> RegionMention | None:
    """"Hotel Santika Padang": a city closing the name of a building, in the province the text
    is datelined in ("Lapangan Blang Padang" in a Banda Aceh story is a field's own name)."""
    if venue.name.split()[0].lower() in OPEN_GROUNDS:
        return None
    return next((m for m in region_mentions(text, province, venue.start, venue.end)
                 if _CLOSING.fullmatch(text, m.end, venue.end) and m.start > venue.start
                 and province_of_text in (None, m.region.province_code)), None)


# After the city closing a building's name, a word of the name still ("Hotel Harris Padang
# Center", "Hotel X Medan City").
_CLOSING = re.compile(r"(?:[^\S\n]+(?i:center|centre|city))?")
