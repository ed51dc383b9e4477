"""What reading a date mention yields, and the plausibility rules every reading passes.

Part of the event-date reader (transforms/events/dates/find.py has the overview and the decisions
worth knowing): transforms/events/dates/reading.py turns one date-shape match into one of these
results: an :class:`EventDate` (a calendar date in the outlet's zone, with raw text, confidence,
announced, weekday mismatch, time and part of day), a reasoned :class:`Rejected`, an
:class:`Ago` (hours or minutes before publication), ``BLOCK`` (a span that is no date) or None.
:func:`finish` holds the rules shared by every shape (not before 1990, not after publication
unless announced, the written weekday cross-checked). Pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from typing import Literal

from transforms.events.dates.years import TOLERANCE

EARLIEST = date(1990, 1, 1)
NO_PUBLICATION = "weekday without publication date"  # "Kamis": the raw word is kept
UNANCHORED = "relative word without publication date"  # "kemarin", "2 jam lalu"
# "pekan lalu", "dua minggu lalu", "bulan depan": a week or a month, no day (the raw text is kept)
VAGUE = "a week or month, no day"


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
    span: tuple[int, int] | None = None  # (start, end) of ``raw`` in the scanned text
    sentence: str | None = None  # the sentence of the text it stands in
    # Days from the date to the page's own (publication, else URL day); None without one.
    days_before: int | None = None


@dataclass(frozen=True)
class Rejected:
    """A date-like mention that was read but refused, with the reason (kept for auditing)."""

    raw: str
    reason: str
    span: tuple[int, int] | None = None
    sentence: str | None = None


@dataclass(frozen=True)
class Ago:
    """A relative mention in hours or minutes: its date needs the publication time of day,
    which the :class:`Anchor` does not hold."""

    minutes: int  # negative for "2 jam lagi"
    raw: str
    part_of_day: str | None
    time: time | None


Result = EventDate | Rejected
BLOCK: Literal["block"] = "block"  # a match that consumes its span but is no date

Found = EventDate | Rejected | Ago | Literal["block"] | None


def finish(value: date, raw: str, confidence: float, wd: int | None, pod: str | None,
           at: time | None, method: str, future: bool, pub: date | None) -> EventDate | Rejected:
    """Apply the plausibility rules shared by every shape and build the result."""
    if value < EARLIEST:
        return Rejected(raw, "before 1990")
    if pub is not None and value > pub + TOLERANCE and not future:
        return Rejected(raw, "after publication")
    mismatch = wd is not None and value.weekday() != wd
    if mismatch:
        confidence *= 0.5
    return EventDate(
        value=value, raw=raw, confidence=round(min(max(confidence, 0.0), 1.0), 2),
        announced=future and (pub is None or value > pub), weekday_mismatch=mismatch, time=at,
        part_of_day=pod, method=method, days_before=(pub - value).days if pub else None,
    )


WRITTEN_YEAR = frozenset({"dmy", "long", "mdy", "iso"})  # methods of dates read with their year


def written_years(found: list[Found]) -> dict[tuple[int, int], set[int]]:
    """(month, day) -> the years the text writes that day with ("28 November 2023")."""
    days: dict[tuple[int, int], set[int]] = {}
    for f in found:
        if isinstance(f, EventDate) and f.method in WRITTEN_YEAR:
            days.setdefault((f.value.month, f.value.day), set()).add(f.value.year)
    return days


def with_written_year(found: Found, written: dict[tuple[int, int], set[int]]) -> Found:
    """A day and month written bare (no weekday), given a year from a hint alone (the
    election's, the URL's), takes the one year the text writes the same day with elsewhere
    when that is the year before or after ("mulai 28 November" after "dimulai pada 28 November
    2023" in a text on Pemilu 2024; not an earlier occasion's or a founding's day, "27
    November 2020", "7 Mei 2004")."""
    if not (isinstance(found, EventDate) and found.method.endswith("_hint_year")
            and found.raw[:1].isdigit()):
        return found
    years = written.get((found.value.month, found.value.day), set())
    if len(years) != 1 or abs((year := next(iter(years))) - found.value.year) != 1:
        return found  # (a year apart only: a schedule's day, not an earlier occasion's)
    return replace(found, value=found.value.replace(year=year))
