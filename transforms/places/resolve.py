"""Where a story happened: Indonesian regencies and cities named by a dateline, a venue or a body.

Scanning text for the names that transforms/places/regions.py resolves (the idn-area-data tables,
ODbL, see transforms/places/data/README.md); the names of that module are re-exported here.
Venues are found by transforms/places/venues.py (the region named with one by venue_region.py),
datelines by transforms/places/dateline.py.

* ``venue_matches`` (venues.py) finds the venues a text names after "di " ("di Gedung ...").
* :func:`place_of` picks the place of the event: a venue's region when the text names one right
  with the venue (a venue of the province's offices in a text naming no city: province-level),
  else one written with the occasion's day ("di Tapaktuan, Selasa", "Selasa (3/9) di
  Tapaktuan": said_at.py) or closing a venue's street address, else (transforms/places/body.py)
  the dateline's city (but the regency whose own body or head opens the lead under a dateline
  of a province's seat or of another province: lead_holder.py), else the first region the
  body names with a prefix (not an item of a
  list, not where people or cases are, not a head or body a case is sent to; and unless a
  province or national body leads the article before it, transforms/places/province_level.py,
  or the regions are where cases are: a tally), else a province-only dateline ("JAKARTA -"),
  else a city named after "di", else a province named with its body ("Pemprov Sulsel": a
  province-level occasion, regency None), else the first bare regency name; else the regency,
  then the province, the title names with its body. Lines before the dateline's (a byline, a
  photo caption) are no part of the story.
* :func:`place_in` does the same for some sentences of a text (one of several events it reports).

Both may be told where the text writes dates of other days than the occasion's (the event date
is chosen by transforms/events/dates/choice.py): a region written with one of those days (a case
"di Kota Solok pada Sabtu (7/9)" in a statement of 19/9, a hand-over "ke BKN di Jakarta, 6 Mei"
before a statement of 15/5) is another occasion's, so the day, held-at and "di" readers skip it.

A :class:`Place` (transforms/places/place.py) keeps the province apart from the region (a
province-level occasion has one without the other), and where in the text the deciding words
stand, with their sentence.

In running text a name may be split by a line-free gap ("Pd. Panjang", "Bau-Bau"), prefixed by a
kind ("Kota", "Kab.", "Pemkab") or an official's title ("Bupati Agam"); bare names that are
everyday words ("batu", "malang") only count with a prefix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from transforms.page_links import link_at, tail_start
from transforms.places.addresses import address_place, venue_address
from transforms.places.body import place_from
from transforms.places.capital import in_capital
from transforms.places.courts import court_mentions
from transforms.places.dateline import Dateline, dateline_of, find_dateline
from transforms.places.districts import district_mentions
from transforms.places.foreign import foreign
from transforms.places.held import (
    earlier,
    held_at_matches,
    incident_scene,
    named_place,
    told_earlier,
    years_before,
)
from transforms.places.mentions import NAME_MAX_CHARS, region_mentions
from transforms.places.offices import office_mention
from transforms.places.place import (
    SENTENCE_END,
    SENTENCE_MAX_CHARS,
    Place,
    place_at,
    sentence_around,
)
from transforms.places.province_level import (
    PROVINCE_OFFICE,
    national_office,
    province_mention,
    province_named,
    shared_name_region,
    shares_name,
    text_province,
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
from transforms.places.said_at import another_day, place_at_time
from transforms.places.seats import shared_seat
from transforms.places.venue_region import venue_region
from transforms.places.venues import Venue, phrase_end, venue_matches

__all__ = ["BARE_NAME_STOPLIST", "PROVINCE_ALIASES", "REGENCY_ALIASES", "REGENCY_CAPITALS",
           "Place", "Region", "place_in", "place_of", "provinces", "regions", "resolve_region"]


_VENUES_CHECKED = 50  # place_of looks for a region with the first venues only
_LEAD_TITLE = 120  # a "title" this long opening with a dateline is the story's lead paragraph
_LEAD_ONLY = 300  # a "title" this long is a paragraph, dateline or not (no headline runs so)


def place_of(dateline: str | None, text: str, outlet_province: str | None = None,
             title: str | None = None, other_days: Sequence[tuple[int, int]] = ()
             ) -> Place | None:
    """The place of the event a text reports, or None when it names none.

    Order: a region named with a venue ("di PPSDM ... Bukittinggi, Kabupaten Agam": "venue");
    else one named as where it was held (a verdict: its court's) or with its day ("digelar di
    Bukittinggi", "kata Ani di Tapaktuan, Selasa": "location"); else the dateline's city (the
    text's own, else the one given, else one opening ``title``); else the first region the body
    names with a prefix (a kind, an official's title or a regency body: "body"), unless a
    province body leads before it or, under a province-only dateline, it is named in passing
    after the lead (not in the title); else a province-only dateline; else a city named after
    "di"; else a province with its body; then the first bare regency name. ``venue`` is the
    venue that gave the region, else the first venue; ``outlet_province`` breaks ties.
    ``other_days`` are the spans of the text's dates of other days than the occasion's: a
    place written with one of them is another occasion's (said_at.py)."""
    text = text if isinstance(text, str) else ""
    text = text[:tail_start(text)]  # other articles' headlines and teasers name their places
    province = province_code(outlet_province)
    if isinstance(title, str) and len(title) >= _LEAD_TITLE and (
            len(title) >= _LEAD_ONLY or find_dateline(title)) and \
            not find_dateline(text):  # a lead taken for the title: read it as the lead
        shift = len(title) + 1
        placed = place_of(dateline, f"{title}\n{text}", outlet_province,
                          other_days=[(a + shift, b + shift) for a, b in other_days])
        return replace(placed, start=None, end=None) if placed else None
    story = _story_start(text, province)
    whole = [(story, len(text))]
    found = [v for v in venue_matches(text) if v.start >= story]
    return _titled(title, in_capital(text, shared_seat(text, _venue_place(
            text, found, province, dateline, title, other_days)
            or _own_office(text, whole, found, province, title)
            or _national_office(text, whole, found)
            or _held_at(text, whole, found, province, other_days)
            or _at_time(text, whole, found, province, dateline, title, other_days)
            or address_place(text, whole, found, province, other_days)
            or place_from(text, whole, found, dateline, province,
                           prefixed_first=False, title=title, other_days=other_days))))


def _story_start(text: str, province: str | None) -> int:
    """Where the story starts: the line its dateline opens; the lines before it are a page's
    furniture (a byline, a photo caption of another occasion, a list of other headlines)."""
    line = find_dateline(text, province)
    if line is None or _NO_STORY_HEAD.search(line.raw):
        return 0
    return text.rfind("\n", 0, line.start) + 1


# Heads read as datelines that open no story: a "Baca juga:" line, a list item ("- ...").
_NO_STORY_HEAD = re.compile(r"^\W|(?<!\w)(?:baca|lihat|simak)(?!\w)|:", re.IGNORECASE)


def _titled(title: str | None, place: Place | None) -> Place | None:
    """A body naming no region or province: the regency or city its title names with a kind,
    a head or a body ("Panwaslu Agam Temukan ..." over a page 2 that names none), else the
    province its title names ("Bawaslu Sumbar Ingatkan ASN")."""
    if not isinstance(title, str) or (place is not None and place.province is not None):
        return place
    venue = place.venue if place else None
    regional = next((m for m in region_mentions(title, None) if m.prefixed), None)
    if regional is not None:
        return Place(regional.region, venue, "body", title[regional.start:regional.end],
                     None, None, None, title)
    named = province_named(title)
    if named is None:
        return place
    return Place(None, place.venue if place else None, "body", title[named[0]:named[1]],
                 named[2], None, None, title)


def place_in(text: str, spans: list[tuple[int, int]], dateline: str | None = None,
             outlet_province: str | None = None, title: str | None = None,
             other_days: Sequence[tuple[int, int]] = ()) -> Place | None:
    """The place named in some parts of a text (the sentences of one of several events).

    Only venues starting inside ``spans`` count (their sentence may run past a span end), and
    only regions named inside them. Order: a region named with a venue; else one named as where
    the occasion was held ("berlangsung di Kota Solok"); else the first region
    named with a prefix or an official's title (it beats the dateline: an article datelined
    Padang may report an event in Kabupaten Solok); else the dateline; else a bare regency name;
    else the first venue alone; else a province body the whole text names. ``other_days``
    as for :func:`place_of`.
    """
    text = text if isinstance(text, str) else ""
    province = province_code(outlet_province)
    found = [v for v in venue_matches(text) if any(a <= v.start < b for a, b in spans)]
    return in_capital(text, shared_seat(text, _venue_place(text, found, province, dateline, title,
                                                           other_days)
            or _own_office(text, spans, found, province, title)
            or _held_at(text, spans, found, province, other_days)
            or _at_time(text, spans, found, province, dateline, title, other_days)
            or address_place(text, spans, found, province, other_days)
            or place_from(text, spans, found, dateline, province, prefixed_first=True,
                           title=title, other_days=other_days)
            or _province_body(text)), spans)


def _province_body(text: str) -> Place | None:
    """No place in the occasion's sentences: the province whose body the text names."""
    named = province_mention(text, [(0, len(text))])
    return place_at(text, None, None, "body", named[0], named[1], named[2]) if named else None


def _held_at(text: str, spans: list[tuple[int, int]], found: list[Venue],
             province: str | None, other_days: Sequence[tuple[int, int]] = ()) -> Place | None:
    """A region named as where the occasion was held, not with another day than its own."""
    first_venue = found[0].name if found else None
    for a, b in spans:
        for match in (m for m in held_at_matches(text) if a <= m.start() and m.end() <= b):
            pos = match.end()
            stop = min(len(text), pos + NAME_MAX_CHARS)
            mention = next(region_mentions(text, province, pos, stop), None)
            if mention is None or mention.start != pos:  # "di Kecamatan Kalasan"
                mention = next(district_mentions(
                    text, province or text_province(text, []), pos, stop), None)
            named = None
            if mention is None or mention.start != pos:
                mention, named = named_place(text, pos, province, NAME_MAX_CHARS)
            if mention is None and named is None:
                continue
            start, end = (mention.start, mention.end) if mention else named[:2]
            sentence = sentence_around(text, match.start(), end)
            if not earlier(text, sentence) and not another_day(  # "... digelar di X sebelumnya"
                    text, match.start(), end, other_days) and not incident_scene(
                    text, match.start()):
                region = shared_name_region(text, mention, province) if mention else None
                return place_at(text, region, first_venue, "location", start, end,
                                named[2] if named else None)
    for court in court_mentions(text, spans, province):  # a verdict: the court's town
        return place_at(text, court.region, first_venue, "location", court.start, court.end)
    return None


def _at_time(text: str, spans: list[tuple[int, int]], found: list[Venue],
             province: str | None, dateline: str | None = None, title: str | None = None,
             other_days: Sequence[tuple[int, int]] = ()) -> Place | None:
    """A region named with the occasion's day ("kata Ani di Tapaktuan, Selasa": said_at.py),
    not with another day; a province named so takes a city of it named before, else the
    dateline's city in it."""
    for mention, start, end, named in place_at_time(text, spans, province, other_days):
        if not told_earlier(text, start, end):
            region = shared_name_region(text, mention, province) if mention else None
            if region is not None and not mention.prefixed and foreign(
                    text, region, province, start, end):
                continue  # "Banjar" the city of another province, the text's is the regency
            if region is None and named is not None:  # "di Jakarta": a city of it named before
                region = next((m.region for m in region_mentions(text, province, 0, start)
                               if m.prefixed and m.region.province_code == named[0]), None)
            if region is None and named is not None:  # "PALU - ... di Sulawesi Tengah, Selasa"
                line = dateline_of(text, dateline, province, title)
                if line is not None and line.region is not None and \
                        line.region.province_code == named[0]:
                    region = line.region
            return place_at(text, region, found[0].name if found else None, "location", start, end,
                       named)
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
    return place_at(text, mention.region, venue, "venue", mention.start, mention.end)


def _national_office(text: str, spans: list[tuple[int, int]], found: list[Venue]) -> Place | None:
    """An occasion the lead sets at a national body's office ("ke KASN di Kantor KASN"): the
    capital's, no city (province_level.national_office)."""
    got = national_office(text, spans, [(v.name, v.start, v.end) for v in found])
    return place_at(text, None, text[got[0]:got[1]], "venue", *got) if got else None


# a sentence opening on an earlier occasion ("Sebelumnya, ...")
_OPENS_EARLIER = re.compile(r"\W*(?:sebelumnya|sebelum\s+itu)\b", re.IGNORECASE)


def _venue_place(text: str, found: list[Venue], province: str | None,
                 dateline: str | None = None, title: str | None = None,
                 other_days: Sequence[tuple[int, int]] = ()) -> Place | None:
    """The region named with the first venue that names one; a venue of the province's
    offices ("di Aula Kantor Gubernur") in a text naming no city for it (``_city_named``; a
    dateline only as the province's namesake: "JAMBI -") is the province's, named by the
    venue, a body or the outlet; not one whose street address is written with another day
    than the occasion's ("Kantor Gubernur, di Jalan Melati 3 Sorong, Senin (4/8)" in a
    statement of 5/8), nor a venue and its region so written in a sentence telling of an
    earlier occasion ("sebelumnya", "pekan lalu"), nor any venue of a sentence telling of an
    occasion years before (``years_before``: "pada Pilkada 2015 lalu", "tahun lalu"):
    another occasion's, skipped."""
    line = dateline_of(text, dateline, province, title) if found else None
    for venue in found[:_VENUES_CHECKED]:
        if _found_there(text, venue):
            continue
        mention = venue_region(text, venue, province,
                                line.province[0] if line and line.province else province)
        told = sentence_around(text, venue.start, venue.end)
        if (mention is not None and another_day(text, venue.start, mention.end, other_days)
                and earlier(text, told)) or years_before(
                    text, told, text[venue.start:venue.end]):
            continue  # "Sebelumnya ... di Gedung X, Kota Y pada Sabtu (4/8)", a statement of 5/8;
            # "pada Pilkada 2015 lalu, apel serupa digelar di halaman kantor bupati"
        if mention is not None and _OPENS_EARLIER.match(told) and (
                said := _at_time(text, [(0, len(text))], found, province, dateline, title,
                                 other_days)) is not None and said.region not in (
                None, mention.region):
            continue  # "kata Ketua di Makassar, Rabu. ... Sebelumnya, Bawaslu menggelar
            # sosialisasi di Aula X, Kota Palopo": the statement's place, told with its day
        if mention is not None:
            return place_at(text, mention.region, venue.name, "venue", mention.start, mention.end)
        if (PROVINCE_OFFICE.search(venue.name) or _ELECTION_OFFICE.match(venue.name) and (
                province_mention(text, [(venue.start, venue.end)]))) and not _city_named(
                text, venue, line, province):
            if line is not None and line.region is not None and not shares_name(line.region):
                continue  # a city from a dateline ("JAMBI -": the province's too)
            named = (province_mention(text, [(venue.start, venue.end)])
                     or province_mention(text, [(0, len(text))]))
            hint = province_name(province) if named is None else named[2]
            if named is None and line is not None and line.province is not None:
                hint = line.province  # "JAKARTA -": a province dateline
            at = venue_address(text, venue.name, hint[0]) if hint is not None else None
            if at is not None and another_day(text, at.start, at.end, other_days):
                continue
            if at is not None:
                return place_at(text, at.region, venue.name, "venue", at.start, at.end)
            if hint is not None:
                return Place(None, venue.name, "venue", venue.name, hint, venue.start, venue.end,
                             sentence_around(text, venue.start, venue.end))
    return None


# Things found or hung at a place ("menelusuri temuan spanduk calon di kantor BPBD Kabupaten X",
# "baliho terpasang di kantor desa"): the place of the finding, not of the occasion reporting it.
_FOUND_AT = re.compile(r"(?<!\w)(?:temuan|menemukan|ditemukan|terpasang|dipasang|memasang"
                       r"|terpampang)(?!\w)", re.IGNORECASE)
_FOUND_WINDOW = 90


# Where someone works ("ASN yang bertugas di Kantor Camat X", "pegawai yang berkantor di ..."):
# a person's workplace, not where the occasion was held.
_WORKS_AT = re.compile(r"(?<!\w)(?:bertugas|bekerja|berdinas|ditugaskan|berkantor|mengabdi)"
                       r"[^\S\n]+di[^\S\n]+$", re.IGNORECASE)


def _found_there(text: str, venue: Venue) -> bool:
    """Whether the venue's sentence says something was found or hung there before naming it,
    or names it as someone's workplace."""
    window = text[max(0, venue.start - _FOUND_WINDOW): venue.start]
    stop = max((m.end() for m in SENTENCE_END.finditer(window)), default=0)
    return bool(_FOUND_AT.search(window, stop) or _WORKS_AT.search(window, stop))


# The office of an election body: "Kantor Bawaslu Sumbar" is the province's when a province
# follows the body (province_mention), a regency's otherwise.
_ELECTION_OFFICE = re.compile(r"(?i:kantor|gedung|aula|sekretariat)[^\S\n]+(?:Bawaslu|KPU)\b")


def _city_named(text: str, venue: Venue, line: Dateline | None, province: str | None) -> bool:
    """Whether a city is named for an occasion at the province's offices: by the end of the
    venue's sentence (not the dateline, a related headline, nor inside a quote: what a speaker
    talks about), or later as where it was held (not one in passing)."""
    upto = phrase_end(text, SENTENCE_END, venue.end, SENTENCE_MAX_CHARS)
    rest = [(upto, len(text))]
    return any(not (line and line.start <= m.start < line.end) and not _quoted(text, m.start)
               and not link_at(text, m.start)  # "Baca juga: ...": another article's
               for m in region_mentions(text, province, 0, upto)) or bool(
        _held_at(text, rest, [], province) or _at_time(text, rest, [], province))


def _quoted(text: str, pos: int) -> bool:
    """Whether pos stands inside a quotation its paragraph opens before it."""
    told = text[text.rfind("\n", 0, pos) + 1:pos]
    return told.count('"') % 2 == 1 or told.count("\u201c") > told.count("\u201d")


