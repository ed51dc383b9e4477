"""Where a story happened: Indonesian regencies and cities named by a dateline, a venue or a body.

Scanning text for the names that transforms/places/regions.py resolves (the idn-area-data tables,
ODbL, see transforms/places/data/README.md); the names of that module are re-exported here.

* :func:`venues` lists the venues a text names after "di " ("di Gedung Youth Center ...").
* :func:`place_of` picks the place of the event: a venue's region when the text names one right
  with the venue, else the dateline, else the first region the body names.
* :func:`place_in` does the same for some sentences of a text (one of several events it reports).

In running text a name may be split by a line-free gap ("Pd. Panjang", "Bau-Bau"), prefixed by a
kind ("Kota", "Kab.", "Pemkab") or an official's title ("Bupati Agam"); bare names that are
everyday words ("batu", "malang") only count with a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from transforms.places.regions import (
    _ABBREVIATION_MAX,
    _BODY_PREFIXES,
    _NAME_GAP,
    _WORD,
    BARE_NAME_STOPLIST,
    PROVINCE_ALIASES,
    REGENCY_ALIASES,
    REGENCY_CAPITALS,
    Region,
    _data,
    _lookup,
    _province_code,
    _split_prefix,
    provinces,
    regions,
    resolve_region,
)
from transforms.prefilter import finditer, scanner

__all__ = ["BARE_NAME_STOPLIST", "PROVINCE_ALIASES", "REGENCY_ALIASES", "REGENCY_CAPITALS",
           "Place", "Region", "place_in", "place_of", "provinces", "regions", "resolve_region",
           "venues"]


@dataclass(frozen=True)
class Place:
    region: Region | None
    venue: str | None  # e.g. "Gedung Youth Center Bagindo Aziz Chan"
    source: str  # "dateline" | "body" | "venue"
    raw: str  # the text that was resolved: the dateline, a "Kota X" mention, or the venue


# --- scanning text ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    region: Region
    start: int
    end: int
    prefixed: bool


def _gap_ok(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    gap = text[before.end(): after.start()]
    if not _NAME_GAP.fullmatch(gap):
        return False
    return "." not in gap or len(before.group()) <= _ABBREVIATION_MAX


def _name_at(
    text: str, words: list[re.Match[str]], upper: list[str], i: int, kind: str | None,
    province: str | None, bare: bool,
) -> tuple[Region, int] | None:
    """The longest name starting at word i: (region, index after its last word)."""
    if i >= len(words) or not words[i].group()[0].isupper():
        return None
    data = _data()
    last = i
    while last + 1 < len(words) and last + 1 - i < data.max_words and _gap_ok(
            text, words[last], words[last + 1]):
        last += 1
    for stop in range(last + 1, i, -1):
        key = "".join(upper[i:stop])
        if bare and key in BARE_NAME_STOPLIST:
            continue
        found = _lookup(key, kind, province)
        if found is not None:
            return found, stop
    return None


def _mentions(text: str, province: str | None, start: int = 0,
              end: int | None = None) -> Iterator[_Mention]:
    """Region mentions in text[start:end], in order; a prefixed mention hides the bare one."""
    segment = text[start:end]
    words = list(_WORD.finditer(segment))
    upper = [unicodedata.normalize("NFKC", w.group()).upper() for w in words]
    i = 0
    while i < len(words):
        kind, used = _split_prefix(upper, _BODY_PREFIXES, i)
        if kind is not None and i + used < len(words) and all(
                _gap_ok(segment, words[k], words[k + 1]) for k in range(i, i + used)):
            hit = _name_at(segment, words, upper, i + used, kind, province, bare=False)
            if hit is not None:
                region, after = hit
                yield _Mention(region, start + words[i].start(), start + words[after - 1].end(),
                               True)
                i = after
                continue
        hit = _name_at(segment, words, upper, i, None, province, bare=True)
        if hit is not None:
            region, after = hit
            yield _Mention(region, start + words[i].start(), start + words[after - 1].end(), False)
            i = after
            continue
        i += 1


# --- venues ----------------------------------------------------------------------------------

_VENUE_HEADS = ("Rumah Dinas", "Auditorium", "Lapangan", "Halaman", "Gedung", "Kantor", "Masjid",
                "Balai", "Hotel", "Graha", "Istana", "Ruang", "Aula", "PPSDM")
# Lower-case heads count too ("di halaman Kantor Wali Kota"), except those that are mostly
# figurative in news prose ("di lapangan" = in practice, "di ruang publik").
_LOWER_HEAD_EXCLUDED = frozenset({"lapangan", "ruang"})


def _head_forms() -> list[str]:
    forms: set[str] = set()
    for head in _VENUE_HEADS:
        forms.update({head, head.upper()})
        if head.lower() not in _LOWER_HEAD_EXCLUDED and not head.isupper():
            forms.add(head.lower())
    return sorted(forms, key=len, reverse=True)


_VENUE_START = re.compile(
    r"(?<![\w-])(?:di|Di|DI)[^\S\n]+(?P<head>"
    + "|".join(re.escape(h).replace(r"\ ", r"[^\S\n]+") for h in _head_forms())
    + r")(?![\w-])"
)
_VENUE_SCAN = scanner(_VENUE_START)  # tried only where "di" stands (transforms/prefilter.py)
# Where a venue ends at the latest: punctuation that closes a phrase, a line break, a dash.
_VENUE_HARD_STOP = re.compile(r"[,;:!?()\[\]\"“”\n]|[^\S\n][-–—][^\S\n]|[–—]|\.(?=\s|$)")
_VENUE_ABBREVIATIONS = frozenset({"JL", "JLN", "HJ", "DR", "PROF", "IR", "NO", "ST", "KAB", "KEC",
                                  "KEL", "ADM", "PD"})
_DATE_WORDS = frozenset({
    "SENIN", "SELASA", "RABU", "KAMIS", "JUMAT", "JUM'AT", "JUM’AT", "SABTU", "MINGGU", "AHAD",
    "JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER",
    "OKTOBER", "NOVEMBER", "DESEMBER",
})
# Lower-case words that start a new clause after a venue name.
_BREAK_WORDS = frozenset({
    "pada", "tanggal", "tgl", "sejak", "hari", "pukul", "jam", "kemarin", "kemaren", "tadi",
    "besok", "lalu", "mulai", "yang", "untuk", "dengan", "serta", "oleh", "saat", "ketika",
    "sambil", "guna", "dalam", "dan", "sekaligus", "bersama", "sebagai", "sekitar", "setelah",
    "sebelum", "selama", "usai", "itu", "ini", "tersebut", "kepada", "bagi", "agar", "karena",
})
_VENUE_TOKEN = re.compile(r"\S+")
_NUMERIC_DATE = re.compile(r"\(?\d{1,2}/\d{1,2}")
_VENUE_MAX_WORDS = 12
_VENUE_MAX_CHARS = 200
_SENTENCE_MAX_CHARS = 400  # how far after a venue its region may be named
_NAME_MAX_CHARS = 80  # longer than any regency name with its prefix
_VENUES_CHECKED = 50  # place_of looks for a region with the first venues only


@dataclass(frozen=True)
class _Venue:
    name: str
    start: int
    end: int


def _phrase_end(text: str, pattern: re.Pattern[str], pos: int, span: int) -> int:
    """Where pattern first ends the phrase at pos, looking at most span characters ahead; a dot
    after an abbreviation ("H.", "Jl.", "Kab.") does not end it."""
    endpos = min(len(text), pos + span)
    for match in pattern.finditer(text, pos, endpos):
        if match.group() == ".":
            before = _WORD.findall(text[max(pos, match.start() - 12): match.start()])
            if before and (len(before[-1]) <= 2 or before[-1].upper() in _VENUE_ABBREVIATIONS):
                continue
        return match.start()
    return endpos


def _venue_at(text: str, match: re.Match[str]) -> _Venue | None:
    start = match.start("head")
    limit = _phrase_end(text, _VENUE_HARD_STOP, match.end("head"), _VENUE_MAX_CHARS)
    tokens = list(_VENUE_TOKEN.finditer(text, start, limit))[: _VENUE_MAX_WORDS + 2]

    def is_date(index: int) -> bool:
        if index >= len(tokens):
            return False
        word = tokens[index].group().strip(".'’")
        if word.isdigit():  # "12 Juni"
            return is_date(index + 1)
        return word.upper() in _DATE_WORDS and word[:1].isupper()

    kept: list[re.Match[str]] = []
    for index, token in enumerate(tokens):
        word = token.group()
        if kept and (word in _BREAK_WORDS or is_date(index) or _NUMERIC_DATE.match(word)):
            break
        kept.append(token)
        if len(kept) > _VENUE_MAX_WORDS:
            return None
    head = match.group("head")
    head_words = len(head.split())
    if len(kept) <= head_words:
        return None  # a bare "di Kantor": no name
    if head.islower() and not kept[head_words].group()[:1].isupper():
        return None  # "di halaman depan", "di gedung ini": not a named venue
    name = " ".join(t.group() for t in kept).rstrip(".'’ ")
    return _Venue(name, start, kept[-1].end())


def _venue_matches(text: str) -> list[_Venue]:
    found = []
    for match in finditer(_VENUE_SCAN, text):
        venue = _venue_at(text, match)
        if venue is not None:
            found.append(venue)
    return found


def venues(text: str) -> list[str]:
    """Venues named after "di " (also "bertempat di", "digelar di", "berlangsung di"), in order.

    A venue starts with Gedung, Aula, Halaman, Kantor, Balai, Hotel, Lapangan, Masjid,
    Auditorium, Ruang, PPSDM, Graha, Rumah Dinas or Istana and runs to the next comma, period,
    bracket, line break, date word ("Kamis", "pada", "Juli") or clause word ("yang", "dan").
    """
    if not isinstance(text, str):
        return []
    return [venue.name for venue in _venue_matches(text)]


# --- the place of an event ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"\n|[.!?](?=\s|$)")
_DATELINE_SPLIT = re.compile(r"[,(/]|\s[-–—]\s|[–—]")


def _venue_region(text: str, venue: _Venue, province: str | None) -> _Mention | None:
    """The region named with a venue: "<venue>, Kabupaten Agam", a "Kota X" inside the venue
    name or later in its sentence, or a bare name right after the venue's comma."""
    end = _phrase_end(text, _SENTENCE_END, venue.end, _SENTENCE_MAX_CHARS)
    for mention in _mentions(text, province, venue.start, end):
        if mention.prefixed:
            return mention
    after = re.match(r"[^\S\n]*,[^\S\n]*", text[venue.end:end])
    if after is not None:
        pos = venue.end + after.end()
        first = next(_mentions(text, province, pos, min(end, pos + _NAME_MAX_CHARS)), None)
        if first is not None and first.start == pos:
            return first
    return None


def _resolve_dateline(dateline: str, province: str | None) -> Region | None:
    found = resolve_region(dateline, province)
    if found is not None:
        return found
    # "Padang, Sumbar", "Bukittinggi (ANTARA)": the city, with what follows as a province hint.
    parts = _DATELINE_SPLIT.split(dateline, maxsplit=1)
    if len(parts) < 2:
        return None
    return resolve_region(parts[0], _province_code(parts[1].strip(" )")) or province)


def place_of(dateline: str | None, text: str, outlet_province: str | None = None) -> Place | None:
    """The place of the event a text reports, or None when it names none.

    Order: a region named with a venue ("digelar di PPSDM ... Bukittinggi, Kabupaten Agam", source
    "venue"); else the dateline (source "dateline"); else the first region the body names with a
    Kota/Kabupaten/Pemkot/Pemkab prefix or an official's title, then the first bare regency
    name (source "body"). ``venue`` is the venue that gave the region, else the first venue.
    ``outlet_province`` breaks ties between names found in several provinces.
    """
    text = text if isinstance(text, str) else ""
    province = _province_code(outlet_province)
    found = _venue_matches(text)
    return (_venue_place(text, found, province)
            or _place_from(text, [(0, len(text))], found, dateline, province, prefixed_first=False))


def place_in(text: str, spans: list[tuple[int, int]], dateline: str | None = None,
             outlet_province: str | None = None) -> Place | None:
    """The place named in some parts of a text (the sentences of one of several events).

    Only venues starting inside ``spans`` count (their sentence may run past a span end), and
    only regions named inside them. Order: a region named with a venue; else the first region
    named with a prefix or an official's title (it beats the dateline: an article datelined
    Padang may report an event in Kabupaten Solok); else the dateline; else a bare regency name;
    else the first venue alone.
    """
    text = text if isinstance(text, str) else ""
    province = _province_code(outlet_province)
    found = [v for v in _venue_matches(text) if any(a <= v.start < b for a, b in spans)]
    return (_venue_place(text, found, province)
            or _place_from(text, spans, found, dateline, province, prefixed_first=True))


def _venue_place(text: str, found: list[_Venue], province: str | None) -> Place | None:
    for venue in found[:_VENUES_CHECKED]:
        mention = _venue_region(text, venue, province)
        if mention is not None:
            return Place(mention.region, venue.name, "venue", text[mention.start: mention.end])
    return None


def _place_from(text: str, spans: list[tuple[int, int]], found: list[_Venue],
                dateline: str | None, province: str | None,
                prefixed_first: bool) -> Place | None:
    """The dateline and the regions named in spans, in the order the callers document."""
    first_venue = found[0].name if found else None

    def scan() -> tuple[list[_Mention], _Mention | None]:
        mentions = [m for start, end in spans for m in _mentions(text, province, start, end)]
        return mentions, next((m for m in mentions if m.prefixed), None)

    mentions: list[_Mention] | None = None
    if prefixed_first:
        mentions, prefixed = scan()
        if prefixed is not None:
            return Place(prefixed.region, first_venue, "body",
                         text[prefixed.start: prefixed.end])
    if isinstance(dateline, str) and dateline.strip():
        region = _resolve_dateline(dateline, province)
        if region is not None:
            return Place(region, first_venue, "dateline", dateline)
    if mentions is None:  # scanning the body costs ~10 ms: only when the dateline did not do
        mentions, prefixed = scan()
    best = prefixed or next(iter(mentions), None)
    if best is not None:
        return Place(best.region, first_venue, "body", text[best.start: best.end])
    if first_venue is not None:
        return Place(None, first_venue, "venue", first_venue)
    return None
