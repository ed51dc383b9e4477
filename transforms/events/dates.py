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

The work is split in three modules: transforms/events/date_shapes.py (what a date may look like:
vocabulary and regexes), transforms/events/date_reading.py (one match -> EventDate / Rejected)
and this one (scanning a body, the cache, and choosing the event date of an article).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from transforms.events.date_reading import (
    _BLOCK,
    EventDate,
    Rejected,
    Result,
    _Ago,
    _dateparser_fallback,
    _finish,
    _Found,
    _interpret,
)
from transforms.events.date_shapes import _EXPLICIT, _METHOD_TIER, _SCANNERS
from transforms.prefilter import finditer

__all__ = ["EventDate", "Rejected", "best_event_date", "event_date", "event_date_mentions",
           "find_event_dates", "normalise_event_date"]


_MAX_CACHED_LEN = 200  # longer strings are normalised without the cache


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


def event_date_mentions(text: str, published: datetime,
                        tz: str) -> list[tuple[int, int, EventDate]]:
    """The accepted event dates of a body with their (start, end) offsets, in text order."""
    return [(start, end, found) for start, end, found in _mentions(text, published, tz)
            if isinstance(found, EventDate)]


def event_date(text: str, published: datetime, tz: str) -> EventDate | None:
    """The best event date of an article: explicit dates before weekdays before relative words,
    a date that already happened before an announced one, a date in a sentence before a
    byline-like one ("- Sabtu, 13 Juli 2024" alone on its line, "14 Oktober 2024 | 17:55 WIB"),
    then the first in the text. Meant for the extracted body, but survives a page header."""
    return best_event_date(text, event_date_mentions(text, published, tz))


def best_event_date(text: str, dated: list[tuple[int, int, EventDate]]) -> EventDate | None:
    """The choice of :func:`event_date` among mentions ``event_date_mentions`` has found in
    the same text (a caller that has them already need not scan the text again)."""
    best: tuple[tuple[int, bool, bool, int], EventDate] | None = None
    for start, end, found in dated:
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
    for scan, tier, hint in _SCANNERS:
        if hint(low):
            matches.extend((tier, m.start(), -m.end(), m, scan.pattern)
                           for m in finditer(scan, text) if m.end() > m.start())
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


