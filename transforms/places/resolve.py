"""Where a story happened: Indonesian regencies and cities named by a dateline, a venue or a body.

Scanning text for the names that transforms/places/regions.py resolves (the idn-area-data tables,
ODbL, see transforms/places/data/README.md); the names of that module are re-exported here.
Venues are found by transforms/places/venues.py, datelines by transforms/places/dateline.py.

* ``venue_matches`` (venues.py) finds the venues a text names after "di " ("di Gedung ...").
* :func:`place_of` picks the place of the event: a venue's region when the text names one right
  with the venue (a venue of the province's offices in a text naming no city: province-level),
  else one written with the occasion's day ("di Tapaktuan, Selasa": said_at.py) or closing a
  venue's street address, else the dateline's city, else the first region the body names with
  a prefix (unless a province body leads the article before it, transforms/places/
  province_level.py, or the regions are where cases are: a list, a tally), else a
  province-only dateline ("JAKARTA -"), else a city named after "di", else a province named
  with its body ("Pemprov Sulsel": a province-level occasion, regency None), else the first
  bare regency name.
* :func:`place_in` does the same for some sentences of a text (one of several events it reports).

A :class:`Place` keeps the province apart from the region (a province-level occasion has one
without the other), and where in the text the deciding words stand, with their sentence.

In running text a name may be split by a line-free gap ("Pd. Panjang", "Bau-Bau"), prefixed by a
kind ("Kota", "Kab.", "Pemkab") or an official's title ("Bupati Agam"); bare names that are
everyday words ("batu", "malang") only count with a prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from transforms.places.courts import court_mentions
from transforms.places.dateline import Dateline, dateline_of, find_dateline
from transforms.places.districts import district_mentions
from transforms.places.held import (
    ADDRESS_AT,
    CASE_PLACES,
    CASES,
    WHO_AT,
    earlier,
    held_at_matches,
)
from transforms.places.mentions import RegionMention, region_mentions, unlisted
from transforms.places.offices import office_mention, within
from transforms.places.province_level import (
    PROVINCE_OFFICE,
    in_lead,
    lead_national,
    lead_province,
    province_mention,
    seat_of_lead,
    shared_name_region,
    shares_name,
    text_province,
    title_names,
)
from transforms.places.regions import (
    BARE_NAME_STOPLIST,
    PROVINCE_ALIASES,
    REGENCY_ALIASES,
    REGENCY_CAPITALS,
    Region,
    province_code,
    province_name,
    provinces,
    regions,
    resolve_region,
)
from transforms.places.said_at import place_at_time
from transforms.places.venues import OPEN_GROUNDS, Venue, phrase_end, venue_matches
from transforms.prefilter import names_any, scanner

__all__ = ["BARE_NAME_STOPLIST", "PROVINCE_ALIASES", "REGENCY_ALIASES", "REGENCY_CAPITALS",
           "Place", "Region", "place_in", "place_of", "provinces", "regions", "resolve_region"]


@dataclass(frozen=True)
class Place:
    region: Region | None
    venue: str | None  # e.g. "Gedung Youth Center Bagindo Aziz Chan"
    source: str  # "dateline" | "body" | "venue" | "location" (named as where it was held)
    raw: str  # the text that was resolved: the dateline, a "Kota X" mention, or the venue
    # The province, (code, official name): the region's, or alone for a province-level one.
    province: tuple[str, str] | None = None
    start: int | None = None  # where raw stands in the text (None: a dateline given apart)
    end: int | None = None
    sentence: str | None = None  # the sentence around raw: the evidence

    def __post_init__(self) -> None:
        if self.province is None and self.region is not None:
            object.__setattr__(self, "province",
                               (self.region.province_code, self.region.province))

    @property
    def province_code(self) -> str | None:
        return self.province[0] if self.province else None

    @property
    def province_name(self) -> str | None:
        return self.province[1] if self.province else None


_SENTENCE_MAX_CHARS = 400  # how far after a venue its region may be named
_NAME_MAX_CHARS = 80  # longer than any regency name with its prefix
_VENUES_CHECKED = 50  # place_of looks for a region with the first venues only
_LEAD_TITLE = 120  # a "title" this long opening with a dateline is the story's lead paragraph
_SENTENCE_END = re.compile(r"\n|[.!?](?=\s|$)")


# After a venue only "Kota X" / "Kabupaten X" says where it is ("Bupati Agam": who attends).
_KIND_WORD = re.compile(r"(?:kota|kabupaten|kab\.?|kotamadya)(?!\w)", re.IGNORECASE)
_MAYOR = re.compile(r"(?<!\w)wali[^\S\n]+$", re.IGNORECASE)  # "Wali Kota Padang": a person


def _venue_region(text: str, venue: Venue, province: str | None,
                  province_of_text: str | None = None) -> RegionMention | None:
    """The region named with a venue: "<venue>, Kabupaten Agam", a "Kota X" inside the venue
    name or later in its sentence, a city closing the venue's name ("Hotel Santika Padang"),
    or a bare name right after the venue's comma."""
    end = phrase_end(text, _SENTENCE_END, venue.end, _SENTENCE_MAX_CHARS)
    for mention in region_mentions(text, province, venue.start, end):
        if mention.prefixed and (mention.start < venue.end or (
                _KIND_WORD.match(text, mention.start)
                and not _MAYOR.search(text, max(0, mention.start - 6), mention.start))):
            return mention
    after = re.match(r"[^\S\n]*,[^\S\n]*", text[venue.end:end])
    if after is not None:
        pos = venue.end + after.end()
        first = next(region_mentions(text, province, pos, min(end, pos + _NAME_MAX_CHARS)), None)
        if first is not None and first.start == pos:
            return first
    # "Hotel Santika Padang": a city closing the name of a building, in the province the text
    # is datelined in ("Lapangan Blang Padang" in a Banda Aceh story is a field's own name)
    if venue.name.split()[0].lower() in OPEN_GROUNDS:
        return None
    return next((m for m in region_mentions(text, province, venue.start, venue.end)
                 if m.end == venue.end and m.start > venue.start and province_of_text in (
                     None, m.region.province_code)), None)


def place_of(dateline: str | None, text: str, outlet_province: str | None = None,
             title: str | None = None) -> Place | None:
    """The place of the event a text reports, or None when it names none.

    Order: a region named with a venue ("di PPSDM ... Bukittinggi, Kabupaten Agam": "venue");
    else one named as where it was held (a verdict: its court's) or with its day ("digelar di
    Bukittinggi", "kata Ani di Tapaktuan, Selasa": "location"); else the dateline's city (the
    text's own, else the one given, else one opening ``title``); else the first region the body
    names with a prefix (a kind, an official's title or a regency body: "body"), unless a
    province body leads before it or, under a province-only dateline, it is named in passing
    after the lead (not in the title); else a province-only dateline; else a city named after
    "di"; else a province with its body; then the first bare regency name. ``venue`` is the
    venue that gave the region, else the first venue; ``outlet_province`` breaks ties."""
    text = text if isinstance(text, str) else ""
    province = province_code(outlet_province)
    if isinstance(title, str) and len(title) >= _LEAD_TITLE and find_dateline(title) and \
            not find_dateline(text):  # a lead taken for the title: read it as the lead
        placed = place_of(dateline, f"{title}\n{text}", outlet_province)
        return replace(placed, start=None, end=None) if placed else None
    found = venue_matches(text)
    return (_venue_place(text, found, province, dateline, title)
            or _own_office(text, [(0, len(text))], found, province, title)
            or _held_at(text, [(0, len(text))], found, province)
            or _at_time(text, [(0, len(text))], found, province)
            or _address(text, [(0, len(text))], found, province)
            or _place_from(text, [(0, len(text))], found, dateline, province,
                           prefixed_first=False, title=title))


def place_in(text: str, spans: list[tuple[int, int]], dateline: str | None = None,
             outlet_province: str | None = None, title: str | None = None) -> Place | None:
    """The place named in some parts of a text (the sentences of one of several events).

    Only venues starting inside ``spans`` count (their sentence may run past a span end), and
    only regions named inside them. Order: a region named with a venue; else one named as where
    the occasion was held ("berlangsung di Kota Solok"); else the first region
    named with a prefix or an official's title (it beats the dateline: an article datelined
    Padang may report an event in Kabupaten Solok); else the dateline; else a bare regency name;
    else the first venue alone; else a province body the whole text names.
    """
    text = text if isinstance(text, str) else ""
    province = province_code(outlet_province)
    found = [v for v in venue_matches(text) if any(a <= v.start < b for a, b in spans)]
    return (_venue_place(text, found, province, dateline, title)
            or _own_office(text, spans, found, province, title)
            or _held_at(text, spans, found, province)
            or _at_time(text, spans, found, province)
            or _address(text, spans, found, province)
            or _place_from(text, spans, found, dateline, province, prefixed_first=True,
                           title=title)
            or _province_body(text))


def _province_body(text: str) -> Place | None:
    """No place in the occasion's sentences: the province whose body the text names."""
    named = province_mention(text, [(0, len(text))])
    return _at(text, None, None, "body", named[0], named[1], named[2]) if named else None


def _held_at(text: str, spans: list[tuple[int, int]], found: list[Venue],
             province: str | None) -> Place | None:
    first_venue = found[0].name if found else None
    for a, b in spans:
        for match in (m for m in held_at_matches(text) if a <= m.start() and m.end() <= b):
            pos = match.end()
            stop = min(len(text), pos + _NAME_MAX_CHARS)
            mention = next(region_mentions(text, province, pos, stop), None)
            if mention is None or mention.start != pos:  # "di Kecamatan Kalasan"
                mention = next(district_mentions(
                    text, province or text_province(text, []), pos, stop), None)
            if mention is None or mention.start != pos:
                continue
            sentence = _sentence(text, match.start(), mention.end)
            if not earlier(text, sentence):  # "... yang sama digelar di X sebelumnya"
                region = shared_name_region(text, mention, province)
                return _at(text, region, first_venue, "location", mention.start, mention.end)
    for court in court_mentions(text, spans, province):  # a verdict: the court's town
        return _at(text, court.region, first_venue, "location", court.start, court.end)
    return None


def _at_time(text: str, spans: list[tuple[int, int]], found: list[Venue],
             province: str | None) -> Place | None:
    """A region named with the occasion's day ("kata Ani di Tapaktuan, Selasa": said_at.py)."""
    for mention, start, end, named in place_at_time(text, spans, province):
        if not earlier(text, _sentence(text, start, end)):
            region = shared_name_region(text, mention, province) if mention else None
            if region is None and named is not None:  # "di Jakarta": a city of it named before
                region = next((m.region for m in region_mentions(text, province, 0, start)
                               if m.prefixed and m.region.province_code == named[0]), None)
            return _at(text, region, found[0].name if found else None, "location", start, end,
                       named)
    return None


ADDRESS_SCAN = scanner(ADDRESS_AT)
_STREET_WORDS = frozenset({"jalan", "jl", "jln"})  # one is a whole word of each ADDRESS_AT


def _address(text: str, spans: list[tuple[int, int]], found: list[Venue],
             province: str | None) -> Place | None:
    """A region closing a venue's street address ("ke KASN, Jalan Sutoyo, Jakarta Timur")."""
    if not names_any(text, _STREET_WORDS):  # every address names its street so
        return None
    for a, b in spans:
        for match in within(ADDRESS_SCAN, text, a, b):
            mention = next(region_mentions(text, province, match.end(), min(
                len(text), match.end() + _NAME_MAX_CHARS)), None)
            if mention is not None and mention.start == match.end() and not earlier(
                    text, _sentence(text, match.start(), mention.end)):
                return _at(text, mention.region, found[0].name if found else None, "location",
                           mention.start, mention.end)
    return None


def _own_office(text: str, spans: list[tuple[int, int]], found: list[Venue],
                province: str | None, title: str | None = None) -> Place | None:
    """An occasion at an office left unnamed: the region whose office it is (offices.py)."""
    got = office_mention(text, spans, province, title)
    if got is None:
        return None
    (mention, titled), venue = got, found[0].name if found else None
    if titled:  # named in the title only: no offsets in the text
        return Place(mention.region, venue, "venue", title[mention.start:mention.end])
    return _at(text, mention.region, venue, "venue", mention.start, mention.end)


def _venue_place(text: str, found: list[Venue], province: str | None,
                 dateline: str | None = None, title: str | None = None) -> Place | None:
    """The region named with the first venue that names one; a venue of the province's
    offices ("di Aula Kantor Gubernur") in a text naming no city for it (``_city_named``; a
    dateline only as the province's namesake: "JAMBI -") is the province's, named by the
    venue, a body or the outlet."""
    line = dateline_of(text, dateline, province, title) if found else None
    for venue in found[:_VENUES_CHECKED]:
        mention = _venue_region(text, venue, province,
                                line.province[0] if line and line.province else province)
        if mention is not None:
            return _at(text, mention.region, venue.name, "venue", mention.start, mention.end)
        if PROVINCE_OFFICE.search(venue.name) and not _city_named(text, venue, line, province):
            if line is not None and line.region is not None and not shares_name(line.region):
                continue  # a city from a dateline ("JAMBI -": the province's too)
            named = (province_mention(text, [(venue.start, venue.end)])
                     or province_mention(text, [(0, len(text))]))
            hint = province_name(province) if named is None else named[2]
            if named is None and line is not None and line.province is not None:
                hint = line.province  # "JAKARTA -": a province dateline
            if hint is not None:
                return Place(None, venue.name, "venue", venue.name, hint, venue.start, venue.end,
                             _sentence(text, venue.start, venue.end))
    return None


def _city_named(text: str, venue: Venue, line: Dateline | None, province: str | None) -> bool:
    """Whether a city is named for an occasion at the province's offices: by the end of the
    venue's sentence (not the dateline), or later as where it was held (not one in passing)."""
    upto = phrase_end(text, _SENTENCE_END, venue.end, _SENTENCE_MAX_CHARS)
    rest = [(upto, len(text))]
    return any(not (line and line.start <= m.start < line.end) for m in region_mentions(
        text, province, 0, upto)) or bool(_held_at(text, rest, [], province) or _at_time(
        text, rest, [], province))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) around text[start:end]."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SENTENCE_MAX_CHARS),
                                                         start)), default=0)
    stop = phrase_end(text, _SENTENCE_END, end, _SENTENCE_MAX_CHARS)
    return " ".join(text[begin: stop + 1].split())


def _at(text: str, region: Region | None, venue: str | None, source: str, start: int, end: int,
        province: tuple[str, str] | None = None) -> Place:
    return Place(region, venue, source, text[start:end], province, start, end,
                 _sentence(text, start, end))


def _from_dateline(text: str, line: Dateline, venue: str | None,
                   mentions: list[RegionMention]) -> Place:
    if len(line.candidates) > 1:  # the province's seat, else one the body names (prefixed first)
        named = [m.region for m in sorted(unlisted(text, mentions), key=lambda m: not m.prefixed)]
        chosen = seat_of_lead(text, line.candidates) or next(
            (r for r in named if r in line.candidates), line.region)
        line = replace(line, region=chosen, province=(chosen.province_code, chosen.province))
    if line.start < 0:
        return Place(line.region, venue, "dateline", line.raw, line.province)
    return _at(text, line.region, venue, "dateline", line.start, line.end, line.province)


_AT_PLACE = re.compile(r"(?<![\w-])[Dd]i[^\S\n]+$")


def _place_from(text: str, spans: list[tuple[int, int]], found: list[Venue],
                dateline: str | None, province: str | None,
                prefixed_first: bool, title: str | None = None) -> Place | None:
    """The dateline and the regions named in spans, in the order the callers document."""
    first_venue = found[0].name if found else None

    def scan() -> tuple[list[RegionMention], RegionMention | None]:
        mentions = [m for start, end in spans for m in region_mentions(text, province, start, end)]
        return mentions, next((m for m in mentions if m.prefixed), None)

    def body(mention: RegionMention) -> Place:
        return _at(text, mention.region, first_venue, "body", mention.start, mention.end)

    mentions: list[RegionMention] | None = None
    if prefixed_first:
        mentions, prefixed = scan()
        if prefixed is not None:
            return body(prefixed)
    line = dateline_of(text, dateline, province, title)
    if line is not None and line.region is not None:
        if len(line.candidates) > 1:  # which the dateline means is the whole article's say
            return _from_dateline(text, line, first_venue, list(region_mentions(text, province)))
        return _from_dateline(text, line, first_venue, mentions or [])
    if mentions is None:  # scanning the body costs ~10 ms: only when the dateline did not do
        mentions, prefixed = scan()
    # "ujarnya di Padang": a city named as where something happens, before a province body
    located = next((m for m in mentions if _AT_PLACE.search(text, max(0, m.start - 4), m.start)
                    and not WHO_AT.search(text, max(0, m.start - 40), m.start)
                    and not earlier(text, _sentence(text, m.start, m.end))), None)
    if line is not None and prefixed is not None and located is None and not in_lead(
            text, spans, prefixed.start) and not (line.start < 0 and title_names(
            title, prefixed.region, province)):
        return _from_dateline(text, line, first_venue, mentions)  # a city named in passing
    many = len(named_regions := {m.region for m in mentions if m.prefixed}) >= CASE_PLACES
    if many and located is None and prefixed and not in_lead(text, spans, prefixed.start):
        named = province_mention(text, spans)  # cases in many regencies: the province's
        if named is not None and all(r.province_code == named[2][0] for r in named_regions):
            return _at(text, None, first_venue, "body", named[0], named[1], named[2])
    if prefixed is not None:
        # the governor leads too when no regency is named in the lead (he also attends the
        # regencies' occasions, but then the lead names the regency)
        lead = lead_province(text, spans, prefixed.start, governor=not in_lead(
            text, spans, prefixed.start)) or lead_national(text, spans, prefixed.start)
        if lead is not None:  # the province's occasion: where it was said, else no regency
            cases = {m.region for m in mentions  # regions named as where cases or people are
                     if WHO_AT.search(text, max(0, m.start - 40), m.start)}
            if located is not None and located.region not in cases and not (
                    many and CASES.search(_sentence(text, located.start, located.end))):
                return body(located)
            return _at(text, None, first_venue, "body", lead[0], lead[1], lead[2])
        return body(prefixed)
    if line is not None:  # "JAKARTA -": a province-level occasion unless the body names a city
        return _from_dateline(text, line, first_venue, mentions)
    if located is not None:
        return body(located)
    named = province_mention(text, spans)
    if named is not None:
        return _at(text, None, first_venue, "body", named[0], named[1], named[2])
    district = next((m for a, b in spans for m in district_mentions(
        text, province or text_province(text, mentions), a, b)), None)
    if district is not None:  # "Camat Kalasan", "di Kecamatan Mlati": the kecamatan's regency
        return body(district)
    if mentions:
        return body(mentions[0])
    if first_venue is not None:
        return Place(None, first_venue, "venue", first_venue)
    return None
