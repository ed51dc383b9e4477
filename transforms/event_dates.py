"""Find the date on which the event an article reports happened (or will happen).

Indonesian regional articles rarely repeat the full date in the body: they write "Kamis (26/9)",
"Jumat (12/7/2024) kemaren", "27 November mendatang", "..., di Kendari, Minggu." or "kemarin".
Every such shape is read relative to the local publication date of the article. Compiled regexes
and small dicts do the work (the fast path); dateparser is only asked about a single string the
fast path does not know. Pure: no IO, the clock is never read, the outlet zone is a parameter.

Decisions worth knowing:

* A written weekday is cross-checked, never trusted over the date ("Jumat (4/7/2024)" keeps
  4 July and sets ``weekday_mismatch``).
* A year-less date takes the year that puts it closest to, and not after, the publication date
  (+1 day of tolerance for zone effects); with future phrasing ("mendatang", "akan dilaksanakan
  pada ...") the first one on or after it. When the weekday contradicts a past reading more than
  60 days old but fits the coming occurrence, the coming one is taken as an announcement.
* A three-digit year ("Kamis (21/9/202)", a typo seen on real pages) is dropped and the year
  inferred, but only when the inferred year starts with those three digits; otherwise Rejected.
* A date more than a day after publication is Rejected unless future phrasing announces it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from transforms.dates import LONG_DATE, MONTHS, ZONES

__all__ = ["EventDate", "Rejected", "event_date", "find_event_dates", "normalise_event_date"]

EARLIEST = date(1990, 1, 1)
TOLERANCE = timedelta(days=1)  # a date one day after publication is still accepted (zones)
_MAX_FALLBACK_LEN = 100  # longer strings are not handed to dateparser
_MAX_CACHED_LEN = 200  # longer strings are normalised without the cache


@dataclass(frozen=True)
class EventDate:
    """An accepted event date; ``value`` is the calendar date in the outlet's local zone."""

    value: date
    raw: str
    confidence: float
    announced: bool
    weekday_mismatch: bool
    time: time | None
    part_of_day: str | None
    method: str


@dataclass(frozen=True)
class Rejected:
    """A date-like mention that was read but refused, with the reason (kept for auditing)."""

    raw: str
    reason: str


@dataclass(frozen=True)
class _Ago:
    """A relative mention in hours or minutes: its date needs the publication time of day,
    which the cached normaliser does not see (its key holds only the publication date)."""

    minutes: int  # negative for "2 jam lagi"
    raw: str
    part_of_day: str | None
    time: time | None


Result = EventDate | Rejected
_BLOCK: Literal["block"] = "block"  # a match that consumes its span but is no date

# --- vocabulary ------------------------------------------------------------------------------

WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5,
            "minggu": 6, "ahad": 6}
_APOSTROPHES = "'’`ʼ"
_PARTS_OF_DAY = {"pagi": "pagi", "siang": "siang", "sore": "sore", "petang": "sore",
                 "malam": "malam", "dini hari": "dini hari", "subuh": "dini hari"}
_NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                 "delapan": 8, "sembilan": 9, "sepuluh": 10}

_WD = rf"(?:senin|selasa|rabu|kamis|jum[{_APOSTROPHES}]?at|sabtu|minggu|ahad)(?![\w{_APOSTROPHES}])"
_POD = r"(?:dini\s+hari|pagi|siang|sore|petang|malam|subuh)"
_ZONE = "|".join(sorted(ZONES, key=len, reverse=True))
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

# "pukul 21.00 WIB", "sekitar pukul 9", "09:30 WITA", "10.15 WIB" (a dotted time needs a zone,
# so "1.500" after a date is never read as a time).
_TIME = (
    r"(?:(?:sekitar|sekira|kurang\s+lebih|mulai)\s+)?"
    r"(?:(?:pukul|pkl\.?|jam)\s*(?P<t_h>\d{1,2})(?:[.:](?P<t_m>\d{2}))?"
    rf"|(?P<t_h2>\d{{1,2}})(?::|\.(?=\d{{2}}\s*(?:{_ZONE})\b))(?P<t_m2>\d{{2}}))"
    rf"(?!\d)(?:\s*(?:{_ZONE})\b)?(?:\s+waktu\s+setempat)?"
)
# What may follow a date: part of day, a time, "mendatang" (future), "kemaren"/"lalu" (past).
_TAIL = (
    r"(?:"
    rf"\s*,?\s*(?:(?P<t_pod>{_POD})|{_TIME})(?!\w)"
    r"|\s+(?P<t_fut>mendatang|yang\s+akan\s+datang|nanti|depan)(?!\w)"
    r"|\s+(?P<t_past>kemarin|kemaren|yang\s+lalu|lalu|silam|tadi)(?!\w)"
    r"|\s+(?P<t_ini>ini)(?!\w)"
    r"){0,4}"
)
# What may precede a date: "Kamis, ", "Rabu , pagi ", "Sabtu-Minggu ", "tanggal ".
_PREFIX = (
    rf"(?:(?<!\w)(?P<wd>{_WD})(?:\s*[-–]\s*{_WD})?\s*,?\s*"
    rf"(?:(?P<pod1>{_POD})\s*,?\s*)?(?:(?:lalu|kemarin|kemaren)\s*,?\s*)?)?"
    r"(?:(?<!\w)(?:tanggal|tgl\.?)\s*)?"
)
_NOT_AFTER_NUMBER = r"(?<![\w./:,-])"

# Every explicit shape in one pattern, so the optional prefix is tried once per position.
# Alternatives at one position are tried in order: long forms before numeric ones, since a
# day range "26-27 September" must not be read as day 26 of month 27.
_EXPLICIT_DATE = re.compile(
    _PREFIX + r"(?:(?P<open>\()\s*)?" + _NOT_AFTER_NUMBER + "(?:"
    # "27 November 2024 pukul 08.00 WIB": the published-date parser's own LONG_DATE
    + rf"(?:{LONG_DATE.pattern})(?!\d)"
    # "26-27 September 2024", "27 November, 2024", "30 Maret '24", year-less "27 November"
    + rf"|(?P<ld>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s*(?P<lm>{_MONTH})\.?(?!\w)"
    + rf"(?:\s*,?\s*(?P<ly>\d{{4}})(?!\d)|\s*[{_APOSTROPHES}](?P<ly2>\d{{2}})(?!\d))?"
    # "(26/9)", "4-7-2024", "04/07/24", "13-14/7/2024", typos "29//6" and "21/9/202"
    + r"|(?P<d>\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s?(?P<sep>//?|-)\s?(?P<m>\d{1,2})"
    + r"(?:\s?[/-]\s?(?P<y>\d{2,4}))?(?![\d/]|[-.,]\d)"
    # "Sabtu, Maret 30, 2024" (WordPress themes)
    + rf"|(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}}),?\s+(?P<my>\d{{4}})(?!\d)"
    # "2024-07-04"
    + r"|(?P<iy>(?:19|20)\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?:(?![\w/]|[-.]\d)|(?=T\d))"
    + r")(?(open)\s*\))" + _TAIL,
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    rf"(?<!\w)(?P<wd>{_WD})"
    rf"(?P<range>\s*(?:[-–/,]|s/d|s\.d\.?|hingga|sampai(?:\s+dengan)?|dan|atau)\s*{_WD})?"
    + _TAIL,
    re.IGNORECASE,
)
_COUNT = rf"(?:(?P<n>\d{{1,3}})\s*|(?P<nw>{'|'.join(_NUMBER_WORDS)})\s+|(?P<se>se))"
_RELATIVE = re.compile(
    r"(?<![\w./,])(?:"
    r"(?P<kl>kemar[ie]n\s+lusa)"
    r"|(?P<kem>kemar[ie]n)"
    r"|(?P<today>hari\s+ini)"
    r"|(?P<semalam>semalam)"
    rf"|tadi\s+(?P<tadi_pod>{_POD})"
    rf"|(?P<pod_tadi>{_POD})\s+(?P<pt>tadi|ini)"
    rf"|{_COUNT}(?P<unit>menit|jam|hari|pekan|minggu|bulan)\s+"
    r"(?P<dir>yang\s+lalu|lalu|lagi|mendatang)"
    r"|(?P<vague>pekan|minggu)\s+(?P<vdir>lalu|depan)"
    r"|(?P<besok>besok|esok(?:\s+hari)?)"
    r"|(?P<lusa>lusa)"
    r")(?!\w)" + _TAIL,
    re.IGNORECASE,
)

# Words shortly before a date that announce it: "yang akan dilaksanakan pada 27 November".
_CUE_WORDS = frozenset({"akan", "bakal", "dijadwalkan", "direncanakan", "rencananya", "hendak",
                        "jelang", "menjelang", "hingga", "sampai", "lambat", "mulai", "nanti"})
_CLAUSE_BREAKS = ",.;:!?()[]\"“”"
_CUE_ANYWHERE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(_CUE_WORDS))}|mendatang|depan)(?!\w)", re.IGNORECASE
)
_EVERY = re.compile(r"(?<!\w)(?:setiap|tiap|saban)\s+(?:hari\s+)?$", re.IGNORECASE)
_COUNT_BEFORE = re.compile(
    rf"(?:\d|(?<!\w)(?:{'|'.join(_NUMBER_WORDS)}|beberapa))\s*$", re.IGNORECASE
)

_EXPLICIT, _WEEKDAY_TIER, _RELATIVE_TIER = 0, 1, 2
# Each scanner runs only when a cheap hint is in the lower-cased text.
_WEEKDAY_HINTS = ("senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad")
_RELATIVE_HINTS = ("kemar", "hari", "malam", "lalu", "lagi", "mendatang", "besok", "esok",
                   "lusa", "pagi", "siang", "sore", "petang", "subuh", "pekan", "minggu", "tadi")
_DIGIT = re.compile(r"\d")
_SCANNERS: tuple[tuple[re.Pattern[str], int, Callable[[str], bool]], ...] = (
    (_EXPLICIT_DATE, _EXPLICIT, lambda low: _DIGIT.search(low) is not None),
    (_WEEKDAY, _WEEKDAY_TIER, lambda low: any(h in low for h in _WEEKDAY_HINTS)),
    (_RELATIVE, _RELATIVE_TIER, lambda low: any(h in low for h in _RELATIVE_HINTS)),
)
_METHOD_TIER = {"weekday": _WEEKDAY_TIER, "relative": _RELATIVE_TIER}

# dateparser fallback: only strings that name a month with a day number, a weekday, a relative
# word, or a dotted full date; never a bare year, a time, a fraction or a law reference.
_FALLBACK_WORD = re.compile(
    rf"(?<!\w)(?:{_WD}|kemar[ie]n|lalu|besok|lusa|depan|silam)(?!\w)", re.IGNORECASE
)
_FALLBACK_MONTH = re.compile(rf"(?<!\w)(?:{_MONTH})(?!\w)", re.IGNORECASE)
_YEARS = re.compile(r"(?<!\w)tahun(?!\w)", re.IGNORECASE)  # "5 tahun lalu": too vague
_DAY_NUMBER = re.compile(r"(?<![\w.:,/])\d{1,2}(?![\w:/]|[.,]\d)")
_DOTTED_DATE = re.compile(r"(?<![\w.])\d{1,2}\.\d{1,2}\.\d{4}(?![\w.])")
_FALLBACK_NOISE = re.compile(
    rf"(?<!\w)(?:pukul|pkl\.?|sekitar|sekira|waktu\s+setempat|tanggal|tgl\.?|bulan|pada|hari"
    rf"|mendatang|nanti|silam|{_POD})(?!\w)",
    re.IGNORECASE,
)


# --- public API ------------------------------------------------------------------------------


def normalise_event_date(raw: str, published: datetime, tz: str) -> EventDate | Rejected | None:
    """One date-like string (e.g. "Kamis (26/9)") -> EventDate, a reasoned Rejected, or None
    when it is not a date. Repeated strings on the same local publication day hit a cache."""
    local = _local(published, tz)
    if len(raw) > _MAX_CACHED_LEN:
        found = _normalise(raw, local.date())
    else:
        found = _normalise_cached(raw, local.date())
    return _settle(found, local)


def find_event_dates(text: str, published: datetime, tz: str) -> list[EventDate | Rejected]:
    """All event-date mentions in a body, in text order (compiled regexes only, no dateparser:
    its search_dates is slow and returns bare years as dates)."""
    return [found for _, _, found in _mentions(text, published, tz)]


def event_date(text: str, published: datetime, tz: str) -> EventDate | None:
    """The best event date of an article: explicit dates before weekdays before relative words,
    a date that already happened before an announced one, a date in a sentence before a
    byline-like one ("- Sabtu, 13 Juli 2024" alone on its line, "14 Oktober 2024 | 17:55 WIB"),
    then the first in the text. Meant for the extracted body, but survives a page header."""
    best: tuple[tuple[int, bool, bool, int], EventDate] | None = None
    for start, end, found in _mentions(text, published, tz):
        if not isinstance(found, EventDate):
            continue
        key = (_METHOD_TIER.get(found.method, _EXPLICIT), found.announced,
               _byline_like(text, start, end), start)
        if best is None or key < best[0]:
            best = (key, found)
    return best[1] if best else None


def _mentions(text: str, published: datetime, tz: str) -> list[tuple[int, int, Result]]:
    local = _local(published, tz)
    out: list[tuple[int, int, Result]] = []
    for start, end, found in _scan(text, local.date(), strict=True):
        settled = _settle(found, local)
        if settled is not None:
            out.append((start, end, settled))
    return out


def _byline_like(text: str, start: int, end: int) -> bool:
    """A date printed as page furniture rather than written in a sentence."""
    if "|" in text[start:end]:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[line_start:start] + text[end:len(text) if line_end < 0 else line_end]
    return not any(c.isalnum() for c in rest)


# --- scanning --------------------------------------------------------------------------------

_Found = EventDate | Rejected | _Ago | Literal["block"] | None


def _local(published: datetime, tz: str) -> datetime:
    zone = ZoneInfo(tz)
    if published.tzinfo is None:  # documented as aware; a naive value is taken as outlet time
        return published.replace(tzinfo=zone)
    return published.astimezone(zone)


def _scan(text: str, pub: date, strict: bool) -> list[tuple[int, int, _Found]]:
    """Keep non-overlapping mentions: explicit dates claim their span first, then weekdays, then
    relative words; a match that reads as no date claims nothing. Text order, blocks included."""
    matches: list[tuple[int, int, int, re.Match[str], re.Pattern[str]]] = []
    low = text.lower()
    for pattern, tier, hint in _SCANNERS:
        if hint(low):
            matches.extend((tier, m.start(), -m.end(), m, pattern)
                           for m in pattern.finditer(text) if m.end() > m.start())
    matches.sort(key=lambda c: (c[0], c[1], c[2]))
    starts: list[int] = []  # kept spans, sorted and disjoint, so their ends are sorted too
    kept: list[tuple[int, int, _Found]] = []
    for _, start, neg_end, match, pattern in matches:
        end = -neg_end
        i = bisect_right(starts, start)
        if (i and kept[i - 1][1] > start) or (i < len(kept) and kept[i][0] < end):
            continue  # overlaps a span claimed by a stronger or earlier match
        try:
            found = _interpret(match, pattern, text, pub, strict)
        except OverflowError:  # a publication date at the edge of the calendar
            continue
        if found is not None:
            starts.insert(i, start)
            kept.insert(i, (start, end, found))
    return kept


def _normalise(raw: str, pub: date) -> _Found:
    kept = _scan(raw, pub, strict=False)
    for _, _, found in kept:
        if found != _BLOCK:
            return found
    if kept:  # only "Senin-Jumat", "setiap Senin": not a date, and not dateparser's either
        return None
    return _dateparser_fallback(raw, pub)


@lru_cache(maxsize=8192)
def _normalise_cached(raw: str, pub: date) -> _Found:
    return _normalise(raw, pub)


def _settle(found: _Found, local: datetime) -> EventDate | Rejected | None:
    """Resolve hour/minute mentions against the publication time; drop blocks."""
    if isinstance(found, _Ago):
        try:
            when = local - timedelta(minutes=found.minutes)
        except OverflowError:
            return None
        return _finish(when.date(), found.raw, 0.8, None, found.part_of_day, found.time,
                       "relative", found.minutes < 0, local.date())
    if found == _BLOCK:
        return None
    return found


def _interpret(match: re.Match[str], pattern: re.Pattern[str], text: str, pub: date,
               strict: bool) -> _Found:
    raw = match.group(0)
    groups = match.groupdict()
    before = text[max(0, match.start() - 60):match.start()]
    pod = _part_of_day(groups.get("pod1") or groups.get("t_pod"))
    at = _time_of_day(groups)
    if pattern is _RELATIVE:
        return _relative(groups, raw, pub, pod, at)
    future = bool(groups.get("t_fut")) or _future_cue(before)
    past = bool(groups.get("t_past"))
    if pattern is _WEEKDAY:
        return _weekday_alone(groups, raw, before, pub, strict, future, past, pod, at)
    wd = _weekday_index(groups["wd"]) if groups.get("wd") else None
    if groups.get("d"):
        return _numeric(groups, raw, pub, wd, future, pod, at)
    if groups.get("day"):  # LONG_DATE from transforms.dates matched (it has a year)
        day, month = groups["day"] or "", groups["month"] or ""
        full_year: int | None = int(groups["year"] or 0)
    elif groups.get("ld"):
        day, month = groups["ld"] or "", groups["lm"] or ""
        full_year = int(groups["ly"]) if groups.get("ly") else None
        if groups.get("ly2"):  # "30 Maret '24"
            full_year = _century(int(groups["ly2"] or 0), pub)
    elif groups.get("mm"):
        return _calendar(int(groups["md"] or 0), MONTHS[(groups["mm"] or "").lower()],
                         int(groups["my"] or 0), raw, pub, wd, future, pod, at, "mdy")
    else:
        return _calendar(int(groups["id"] or 0), int(groups["im"] or 0), int(groups["iy"] or 0),
                         raw, pub, wd, future, pod, at, "iso")
    return _calendar(int(day), MONTHS[month.lower().rstrip(".")], full_year, raw, pub, wd,
                     future, pod, at, "long")


def _numeric(groups: dict[str, str | None], raw: str, pub: date, wd: int | None, future: bool,
             pod: str | None, at: time | None) -> _Found:
    d_raw, m_raw, y_raw = groups["d"] or "", groups["m"] or "", groups["y"]
    framed = wd is not None or groups.get("open") is not None
    if not framed:  # bare "1/2", "24/7", "3/4/202": fractions and counts, not dates
        if y_raw is None or len(y_raw) == 3:
            return None
        if len(y_raw) == 2 and (len(d_raw) < 2 or len(m_raw) < 2):
            return None
    day, month = int(d_raw), int(m_raw)
    if not 1 <= month <= 12:
        return Rejected(raw, f"invalid month {month}") if wd is not None else None
    if not 1 <= day <= 31:
        return Rejected(raw, f"invalid day {day}/{month}") if wd is not None else None
    penalty = 0.9 if groups["sep"] == "//" else 1.0  # "Jumat (29//6)": a typo, read as 29/6
    if y_raw is not None and len(y_raw) == 3:  # "Kamis (21/9/202)": infer, check the prefix
        inferred = _infer_year(day, month, pub, future, wd)
        if inferred is None:
            return Rejected(raw, f"invalid day {day}/{month}")
        value, _, _ = inferred
        if not str(value.year).startswith(y_raw):
            return Rejected(raw, f"bad year {y_raw}")
        return _finish(value, raw, 0.6 * penalty, wd, pod, at, "dm_bad_year", future, pub)
    year: int | None = None
    if y_raw is not None:
        year = int(y_raw)
        if len(y_raw) == 2:
            year = _century(year, pub)
            penalty *= 0.95
    return _calendar(day, month, year, raw, pub, wd, future, pod, at, "numeric", penalty)


def _calendar(day: int, month: int, year: int | None, raw: str, pub: date, wd: int | None,
              future: bool, pod: str | None, at: time | None, shape: str,
              penalty: float = 1.0) -> _Found:
    """A day and month (and maybe a year) -> a checked result; infers a missing year."""
    if not 1 <= month <= 12:
        return Rejected(raw, f"invalid month {month}")
    if year is None:
        inferred = _infer_year(day, month, pub, future, wd)
        if inferred is None:
            return Rejected(raw, f"invalid day {day}/{month}")
        value, by_weekday, _ = inferred
        if by_weekday:
            return _finish(value, raw, 0.6 * penalty, wd, pod, at,
                           "dm_weekday_year" if shape == "numeric" else "long_weekday_year",
                           True, pub)
        method = "dm_infer_year" if shape == "numeric" else "long_infer_year"
        return _finish(value, raw, (0.8 + (0.1 if wd is not None else 0)) * penalty, wd, pod,
                       at, method, future, pub)
    try:
        value = date(year, month, day)
    except ValueError:
        if year < 1:
            return Rejected(raw, "before 1990")
        return Rejected(raw, f"invalid day {day}/{month}")
    method = "dmy" if shape == "numeric" else shape
    return _finish(value, raw, (0.9 + (0.1 if wd is not None else 0)) * penalty, wd, pod, at,
                   method, future, pub)


def _infer_year(day: int, month: int, pub: date, future: bool,
                wd: int | None) -> tuple[date, bool, bool] | None:
    """(date, chosen by weekday, is future) for a year-less day/month, or None if impossible."""
    candidates = []
    for year in range(pub.year - 4, pub.year + 5):  # wide enough for 29/2
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if future:
        coming = [c for c in candidates if c >= pub]
        return (min(coming), False, True) if coming else (max(candidates), False, False)
    past = [c for c in candidates if c <= pub + TOLERANCE]
    if not past:
        return min(candidates), False, False
    value = max(past)
    if wd is not None and value.weekday() != wd and (pub - value).days > 60:
        coming = [c for c in candidates if pub + TOLERANCE < c <= pub + timedelta(days=300)]
        if coming and coming[0].weekday() == wd:
            return coming[0], True, True
    return value, False, False


def _weekday_alone(groups: dict[str, str | None], raw: str, before: str, pub: date, strict: bool,
                   future: bool, past: bool, pod: str | None, at: time | None) -> _Found:
    word = groups["wd"] or ""
    if groups.get("range") or _EVERY.search(before):  # "Senin-Jumat", "setiap Senin": no event
        return _BLOCK
    if strict and not word[:1].isupper():  # running text capitalises weekday names
        return None
    if _COUNT_BEFORE.search(before):  # "2 Minggu lalu" means weeks
        return None
    modifier_ini = bool(groups.get("t_ini"))
    if word.lower() == "minggu" and word[:1].islower() and (past or modifier_ini
                                                            or groups.get("t_fut")):
        return None  # "minggu lalu/depan/ini": a week, left to the relative rule
    wd = _weekday_index(word)
    back = (pub.weekday() - wd) % 7
    if past:
        value = pub - timedelta(days=back or 7)
        future = False
    elif groups.get("t_fut"):
        value = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    elif modifier_ini:
        ahead = (wd - pub.weekday()) % 7
        value = pub + timedelta(days=ahead) if ahead <= 3 else pub - timedelta(days=back)
        future = value > pub
    elif future:
        value = pub + timedelta(days=(wd - pub.weekday()) % 7)
    else:
        value = pub - timedelta(days=back)
    confidence = 0.5 if modifier_ini else 0.6
    return _finish(value, raw, confidence, None, pod, at, "weekday", future, pub)


def _relative(groups: dict[str, str | None], raw: str, pub: date, pod: str | None,
              at: time | None) -> _Found:
    days, confidence, future = 0, 0.7, False
    if groups.get("kl"):
        days, confidence = -2, 0.6
    elif groups.get("kem"):
        days = -1
    elif groups.get("today"):
        pass
    elif groups.get("semalam"):
        days, confidence, pod = -1, 0.6, "malam"
    elif groups.get("tadi_pod") or groups.get("pod_tadi"):
        pod = _part_of_day(groups.get("tadi_pod") or groups.get("pod_tadi"))
        confidence = 0.75
        last_night = groups.get("tadi_pod") or (groups.get("pt") or "").lower() == "tadi"
        if pod == "malam" and last_night:
            days, confidence = -1, 0.6  # "tadi malam", "malam tadi": last night
    elif groups.get("unit"):
        unit = (groups["unit"] or "").lower()
        if groups.get("n"):
            count = int(groups["n"] or 0)
        elif groups.get("nw"):
            count = _NUMBER_WORDS[(groups["nw"] or "").lower()]
        else:
            count = 1
        direction = (groups["dir"] or "").lower()
        sign = 1 if direction in ("lagi", "mendatang") else -1
        future = sign > 0
        if unit in ("menit", "jam"):
            minutes = count * (60 if unit == "jam" else 1)
            return _Ago(-sign * minutes, raw, pod, at)
        if unit == "hari":
            days = sign * count
        elif unit in ("pekan", "minggu"):
            days, confidence = sign * 7 * count, 0.5
        else:  # bulan: calendar months back or forward, vague
            return _finish(_add_months(pub, sign * count), raw, 0.3, None, pod, at,
                           "relative", future, pub)
        if future:
            confidence = 0.6
    elif groups.get("vague"):
        if (groups["vague"] or "")[:1].isupper() and (groups["vague"] or "").lower() == "minggu":
            return None  # "Minggu lalu": last Sunday, left to the weekday rule
        future = (groups.get("vdir") or "").lower() == "depan"
        days, confidence = (7 if future else -7), 0.3
    elif groups.get("besok"):
        days, confidence, future = 1, 0.6, True
    elif groups.get("lusa"):
        days, confidence, future = 2, 0.6, True
    try:
        value = pub + timedelta(days=days)
    except OverflowError:
        return None
    return _finish(value, raw, confidence, None, pod, at, "relative", future, pub)


def _finish(value: date, raw: str, confidence: float, wd: int | None, pod: str | None,
            at: time | None, method: str, future: bool, pub: date) -> EventDate | Rejected:
    """Apply the plausibility rules shared by every shape and build the result."""
    if value < EARLIEST:
        return Rejected(raw, "before 1990")
    if value > pub + TOLERANCE and not future:
        return Rejected(raw, "after publication")
    mismatch = wd is not None and value.weekday() != wd
    if mismatch:
        confidence *= 0.5
    return EventDate(
        value=value, raw=raw, confidence=round(min(max(confidence, 0.0), 1.0), 2),
        announced=future and value > pub, weekday_mismatch=mismatch, time=at,
        part_of_day=pod, method=method,
    )


# --- small helpers ---------------------------------------------------------------------------


def _future_cue(before: str) -> bool:
    """A future word among the last four words of the clause just before a date."""
    window = before[-60:]
    cut = max(window.rfind(c) for c in _CLAUSE_BREAKS)
    words = window[cut + 1:].lower().split()
    if cut < 0 and len(before) > len(window) and words and not window[0].isspace():
        words = words[1:]  # the window starts inside a word ("m|akan")
    return any(word in _CUE_WORDS for word in words[-4:])


def _weekday_index(word: str) -> int:
    return WEEKDAYS[re.sub(f"[{_APOSTROPHES}]", "", word.lower())]


def _part_of_day(word: str | None) -> str | None:
    return _PARTS_OF_DAY.get(" ".join(word.lower().split())) if word else None


def _time_of_day(groups: dict[str, str | None]) -> time | None:
    hour = groups.get("t_h") or groups.get("t_h2") or groups.get("hour")
    minute = groups.get("t_m") or groups.get("t_m2") or groups.get("minute") or "0"
    if hour is None:
        return None
    h, m = int(hour), int(minute)
    return time(h, m) if h < 24 and m < 60 else None


def _century(two_digits: int, pub: date) -> int:
    """'24 -> 2024, '98 -> 1998: the 20xx reading unless it would be after publication."""
    return 2000 + two_digits if 2000 + two_digits <= pub.year + 1 else 1900 + two_digits


def _add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    for day in (value.day, 30, 29, 28):
        try:
            return date(year, month + 1, day)
        except ValueError:
            continue
    return value  # unreachable: day 28 exists in every month


def _dateparser_fallback(raw: str, pub: date) -> _Found:
    """dateparser for the rare shape the fast path does not know ("4.7.2024", "tanggal 4 bulan
    Juli 2024"), gated so that bare years, times and fractions never reach it."""
    if len(raw) > _MAX_FALLBACK_LEN or not _fallback_worthy(raw) or _YEARS.search(raw):
        return None
    cleaned = re.sub(f"[{_APOSTROPHES}]", "", raw)
    future = bool(_CUE_ANYWHERE.search(cleaned))
    cleaned = " ".join(_FALLBACK_NOISE.sub(" ", cleaned).split())
    if not cleaned:
        return None
    import dateparser  # lazy: ~0.3 s to import, needed only for odd shapes

    settings = {"RELATIVE_BASE": datetime.combine(pub, time(12)), "DATE_ORDER": "DMY",
                "PREFER_DATES_FROM": "future" if future else "past"}
    try:
        parsed = dateparser.parse(cleaned, languages=["id"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is a None
        return None
    if parsed is None:
        return None
    return _finish(parsed.date(), raw.strip(), 0.5, None, None, None, "dateparser", future, pub)


def _fallback_worthy(raw: str) -> bool:
    if _DOTTED_DATE.search(raw) or _FALLBACK_WORD.search(raw):
        return True
    return bool(_FALLBACK_MONTH.search(raw) and _DAY_NUMBER.search(raw))
