"""Reading one date-shape match (transforms/events/dates/shapes.py) into a checked date.

Part of the event-date reader (transforms/events/dates/find.py has the overview and the decisions
worth knowing): each shape's groups become an :class:`EventDate` (a calendar date in the
outlet's zone, with raw text, confidence, announced, weekday mismatch, time and part of day),
a reasoned :class:`Rejected`, ``BLOCK`` (a span that is no date: "Senin-Jumat", "setiap
Senin") or None. The plausibility rules shared by every shape (:func:`finish`) live here, year
inference in transforms/events/dates/years.py. Pure: what a date is read against is an
:class:`Anchor`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Literal

from transforms.events.dates.shapes import (
    CLAUSE_BREAKS,
    COUNT_BEFORE,
    CUE_WORDS,
    EVERY,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    RELATIVE,
    WEAK_CUE_WORDS,
    WEEKDAY,
    WEEKDAY_NOISE,
    WEEKDAYS,
    misspelt_month,
)
from transforms.events.dates.years import TOLERANCE, Anchor, century, infer_year
from transforms.extract.dates import MONTHS

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


def interpret(match: re.Match[str], pattern: re.Pattern[str], text: str,
              anchor: Anchor) -> Found:
    """One match of a shape of dates.shapes (``pattern``) in ``text`` -> what it says. A full
    date after the publication date is an announced one when its sentence states a plan
    earlier on ("akan menggelar sosialisasi ... di aula kantor bupati pada Senin (16/9/2024)")."""
    found = _interpret(match, pattern, text, anchor, False)
    if (isinstance(found, Rejected) and found.reason == "after publication"
            and pattern is not WEEKDAY and planned(text[max(0, match.start() - PLAN_LOOKBACK):
                                                         match.start()])):
        return _interpret(match, pattern, text, anchor, True)
    return found


def _interpret(match: re.Match[str], pattern: re.Pattern[str], text: str, anchor: Anchor,
               planned: bool) -> Found:
    raw = match.group(0)
    groups = match.groupdict()
    before = text[max(0, match.start() - 60):match.start()]
    pod = _part_of_day(groups.get("pod1") or groups.get("t_pod"))
    at = _time_of_day(groups)
    if pattern is RELATIVE:
        if anchor.published is None:
            return Rejected(raw, UNANCHORED)
        return _relative(groups, raw, anchor.published, pod, at)
    future = planned or bool(groups.get("t_fut")) or _future_cue(
        before, anchor.reference is not None)
    past = bool(groups.get("t_past"))
    if pattern is WEEKDAY:
        return _weekday_alone(groups, raw, before, anchor.published, future, past, pod, at)
    wd = weekday_index(groups["wd"] or groups["fw"] or "") if groups.get("wd") or groups.get(
        "fw") else None
    if groups.get("d"):
        return _numeric(groups, raw, anchor, wd, future, pod, at, _filed(text, match, before))
    if groups.get("day"):  # LONG_DATE from transforms.extract.dates matched (it has a year)
        day, month = groups["day"] or "", groups["month"] or ""
        full_year: int | None = int(groups["year"] or 0)
    elif groups.get("rd"):  # a range across months: its first day
        day, month = groups["rd"] or "", groups["rm"] or ""
        full_year = int(groups["ry"]) if groups.get("ry") else None
        if full_year and MONTHS[month.lower()] > MONTHS[(groups["rm2"] or "").lower()]:
            full_year -= 1  # "30 Desember - 2 Januari 2025" starts in 2024
    elif groups.get("ld"):
        day, month = groups["ld"] or "", groups["lm"] or ""
        full_year = int(groups["ly"]) if groups.get("ly") else None
        if groups.get("ly2"):  # "30 Maret '24"
            full_year = century(int(groups["ly2"] or 0), anchor)
    elif groups.get("mm"):
        return _calendar(int(groups["md"] or 0), MONTHS[(groups["mm"] or "").lower()],
                         int(groups["my"] or 0), raw, anchor, wd, future, pod, at, "mdy")
    elif groups.get("fd"):  # "Rabu 25 Oktiber 2023": kept only when the weekday fits
        found = _calendar(int(groups["fd"] or 0), misspelt_month(groups["fm"] or "") or 0,
                          int(groups["fy"] or 0), raw, anchor, wd, future, pod, at, "long", 0.9)
        return found if isinstance(found, EventDate) and not found.weekday_mismatch else None
    elif groups.get("dd"):
        return _calendar(int(groups["dd"] or 0), int(groups["dm"] or 0), int(groups["dy"] or 0),
                         raw, anchor, wd, future, pod, at, "numeric", 0.9)
    else:
        return _calendar(int(groups["id"] or 0), int(groups["im"] or 0), int(groups["iy"] or 0),
                         raw, anchor, wd, future, pod, at, "iso")
    return _calendar(int(day), MONTHS[month.lower().rstrip(".")], full_year, raw, anchor, wd,
                     future, pod, at, "long")


# A dateline's filing day: "TERNATE, 3/4 (Kantor Berita) -", the city opening a line, the
# outlet in brackets after the day: a date, though written bare.
_CITY_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][\w .'-]{1,30},[^\S\n]*$")
_OUTLET_AFTER = re.compile(r"[^\S\n]*\([^()\n]{2,40}\)[^\S\n]*[-–—]")


def _filed(text: str, match: re.Match[str], before: str) -> bool:
    return not match.group("y") and _OUTLET_AFTER.match(text, match.end()) is not None \
        and _CITY_BEFORE.search(before) is not None


def _numeric(groups: dict[str, str | None], raw: str, anchor: Anchor, wd: int | None,
             future: bool, pod: str | None, at: time | None, filed: bool = False) -> Found:
    d_raw, m_raw, y_raw = groups["d"] or "", groups["m"] or "", groups["y"]
    framed = wd is not None or groups.get("open") is not None or filed
    if not framed:  # bare "1/2", "24/7", "3/4/202": fractions and counts, not dates
        if y_raw is None or len(y_raw) == 3:
            return None
        if len(y_raw) == 2 and (len(d_raw) < 2 or len(m_raw) < 2):
            return None
    day, month = int(d_raw), int(m_raw)
    if month > 12 and wd is not None and y_raw is not None and len(y_raw) == 4:
        return _month_first(day=month, month=day, year=int(y_raw), raw=raw, anchor=anchor,
                            wd=wd, future=future, pod=pod, at=at)
    if not 1 <= month <= 12:
        return Rejected(raw, f"invalid month {month}") if wd is not None else None
    if not 1 <= day <= 31:
        return Rejected(raw, f"invalid day {day}/{month}") if wd is not None else None
    penalty = 0.9 if groups["sep"] == "//" else 1.0  # "Jumat (29//6)": a typo, read as 29/6
    if y_raw is not None and len(y_raw) == 3:  # "Kamis (21/9/202)": infer, check the prefix
        inferred = infer_year(day, month, anchor, future, wd)
        if not isinstance(inferred, tuple):
            return Rejected(raw, inferred)
        value, _, _ = inferred
        if not str(value.year).startswith(y_raw):
            return Rejected(raw, f"bad year {y_raw}")
        return finish(value, raw, 0.6 * penalty, wd, pod, at, "dm_bad_year", future,
                      anchor.reference)
    year: int | None = None
    if y_raw is not None:
        year = int(y_raw)
        if len(y_raw) == 2:
            year = century(year, anchor)
            penalty *= 0.95
    return _calendar(day, month, year, raw, anchor, wd, future, pod, at, "numeric", penalty)


def _month_first(day: int, month: int, year: int, raw: str, anchor: Anchor, wd: int,
                 future: bool, pod: str | None, at: time | None) -> Found:
    """"Rabu 11/27/2024": no month 27, so the writer put the month first (the US order); read
    so only when that is the one valid reading and the written weekday agrees with it."""
    try:
        value = date(year, month, day)
    except ValueError:
        return Rejected(raw, f"invalid month {day}")
    if value.weekday() != wd:
        return Rejected(raw, f"invalid month {day}")
    return finish(value, raw, 0.8, wd, pod, at, "mdy", future, anchor.reference)


def _calendar(day: int, month: int, year: int | None, raw: str, anchor: Anchor, wd: int | None,
              future: bool, pod: str | None, at: time | None, shape: str,
              penalty: float = 1.0) -> Found:
    """A day and month (and maybe a year) -> a checked result; infers a missing year."""
    if not 1 <= month <= 12:
        return Rejected(raw, f"invalid month {month}")
    if year is None:
        inferred = infer_year(day, month, anchor, future, wd)
        if not isinstance(inferred, tuple):
            return Rejected(raw, inferred)
        value, by_weekday, _ = inferred
        pub = anchor.reference
        prefix = "dm" if shape == "numeric" else "long"
        if pub is None:  # the year of the URL or of the text's election
            return finish(value, raw, 0.7 * penalty, wd, pod, at, f"{prefix}_hint_year",
                          future, None)
        if by_weekday:
            return finish(value, raw, 0.6 * penalty, wd, pod, at, f"{prefix}_weekday_year",
                          True, pub)
        return finish(value, raw, (0.8 + (0.1 if wd is not None else 0)) * penalty, wd, pod,
                      at, f"{prefix}_infer_year", future, pub)
    try:
        value = date(year, month, day)
    except ValueError:
        if year < 1:
            return Rejected(raw, "before 1990")
        return Rejected(raw, f"invalid day {day}/{month}")
    method = "dmy" if shape == "numeric" else shape
    return finish(value, raw, (0.9 + (0.1 if wd is not None else 0)) * penalty, wd, pod, at,
                  method, future, anchor.reference)


def _weekday_alone(groups: dict[str, str | None], raw: str, before: str, pub: date | None,
                   future: bool, past: bool, pod: str | None, at: time | None) -> Found:
    word = groups["wd"] or ""
    if groups.get("range") or EVERY.search(before):  # "Senin-Jumat", "setiap Senin": no event
        return BLOCK
    if not word[:1].isupper():  # running text capitalises weekday names
        return None
    if COUNT_BEFORE.search(before):  # "2 Minggu lalu" means weeks
        return None
    modifier_ini = bool(groups.get("t_ini"))
    if word.lower() == "minggu" and word[:1].islower() and (past or modifier_ini
                                                            or groups.get("t_fut")):
        return None  # "minggu lalu/depan/ini": a week, left to the relative rule
    if pub is None:
        return Rejected(raw, NO_PUBLICATION)
    wd = weekday_index(word)
    back = (pub.weekday() - wd) % 7
    if groups.get("t_week"):  # "Senin pekan depan": that weekday of the week named
        shift = _WEEK_SHIFT[(groups["t_week"] or "").split()[-1].lower()]
        value = pub + timedelta(days=wd - pub.weekday() + shift)
        return finish(value, raw, 0.6, None, pod, at, "weekday", value > pub, pub)
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
    return finish(value, raw, confidence, None, pod, at, "weekday", future, pub)


_WEEK_SHIFT = {"depan": 7, "lalu": -7, "ini": 0}


def _relative(groups: dict[str, str | None], raw: str, pub: date, pod: str | None,
              at: time | None) -> Found:
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
            count = NUMBER_WORDS[(groups["nw"] or "").lower()]
        else:
            count = 1
        direction = (groups["dir"] or "").lower()
        sign = 1 if direction in ("lagi", "mendatang") else -1
        future = sign > 0
        if unit in ("menit", "jam"):
            minutes = count * (60 if unit == "jam" else 1)
            return Ago(-sign * minutes, raw, pod, at)
        if unit != "hari":  # "sepekan lalu", "2 minggu lalu", "sebulan lalu": no day
            return Rejected(raw, VAGUE)
        days = sign * count
        if future:
            confidence = 0.6
    elif groups.get("vague"):
        if (groups["vague"] or "")[:1].isupper() and (groups["vague"] or "").lower() == "minggu":
            return None  # "Minggu lalu": last Sunday, left to the weekday rule
        return Rejected(raw, VAGUE)  # "pekan lalu", "minggu depan": some day of that week
    elif groups.get("besok"):
        days, confidence, future = 1, 0.6, True
    elif groups.get("lusa"):
        days, confidence, future = 2, 0.6, True
    try:
        value = pub + timedelta(days=days)
    except OverflowError:
        return None
    return finish(value, raw, confidence, None, pod, at, "relative", future, pub)


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


# --- small helpers ---------------------------------------------------------------------------


_SENTENCE_START = re.compile(r"[.!?\n](?:\s|$)")
_PLAN_SPLIT = re.compile(r"[^\w]+")
_PLAN_WORDS = frozenset({"akan", "bakal", "dijadwalkan", "direncanakan", "rencananya",
                         "diagendakan", "menjadwalkan", "merencanakan", "mengagendakan"})
PLAN_LOOKBACK = 240  # characters before a date read for the plan of its sentence


def _future_cue(before: str, weak_too: bool) -> bool:
    """A future word among the last four words of the clause just before a date (a weak one
    counts only against a publication date)."""
    window = before[-60:]
    cut = max(window.rfind(c) for c in CLAUSE_BREAKS)
    words = window[cut + 1:].lower().split()
    if cut < 0 and len(before) > len(window) and words and not window[0].isspace():
        words = words[1:]  # the window starts inside a word ("m|akan")
    if not words and cut > 0 and window[cut] == ",":
        # the date set off by a comma after its time word ("sore nanti, Selasa (27/10)")
        words = window[:cut].lower().split()[-1:]
    return any(word in CUE_WORDS or (weak_too and word in WEAK_CUE_WORDS) for word in words[-4:])


def planned(before: str) -> bool:
    """The sentence up to a date states a plan ("akan", "dijadwalkan") somewhere."""
    sentence = _SENTENCE_START.split(before)[-1]
    return any(w in _PLAN_WORDS for w in _PLAN_SPLIT.split(sentence.lower()))


def weekday_index(word: str) -> int:
    """0 for "Senin" ... 6 for "Minggu"/"Ahad", spelling variants ("Jum'at", "Jum,at") too."""
    return WEEKDAYS[re.sub(f"[{WEEKDAY_NOISE}]", "", word.lower())]


def _part_of_day(word: str | None) -> str | None:
    return PARTS_OF_DAY.get(" ".join(word.lower().split())) if word else None


def _time_of_day(groups: dict[str, str | None]) -> time | None:
    hour = groups.get("t_h") or groups.get("t_h2") or groups.get("hour")
    minute = groups.get("t_m") or groups.get("t_m2") or groups.get("minute") or "0"
    if hour is None:
        return None
    h, m = int(hour), int(minute)
    return time(h, m) if h < 24 and m < 60 else None
