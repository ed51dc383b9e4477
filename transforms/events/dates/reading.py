"""Reading one date-shape match (transforms/events/dates/shapes.py) into a checked date.

Part of the event-date reader (transforms/events/dates/find.py has the overview and the decisions
worth knowing): each shape's groups become an :class:`EventDate` (a calendar date in the
outlet's zone, with raw text, confidence, announced, weekday mismatch, time and part of day),
a reasoned :class:`Rejected`, ``BLOCK`` (a span that is no date: "Senin-Jumat", "setiap
Senin") or None. Those results and the plausibility rules shared by every shape (:func:`finish`)
are in transforms/events/dates/results.py, the words around a date that tell how to read it
(a future word, a plan, a dateline) in transforms/events/dates/cues.py, year inference in
transforms/events/dates/years.py. Pure: what a date is read against is an :class:`Anchor`.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from transforms.events.dates.cues import PLAN_LOOKBACK, filed, future_cue, planned
from transforms.events.dates.results import (
    BLOCK,
    NO_PUBLICATION,
    UNANCHORED,
    VAGUE,
    Ago,
    EventDate,
    Found,
    Rejected,
    finish,
)
from transforms.events.dates.shapes import (
    COUNT_BEFORE,
    EVERY,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    RELATIVE,
    WEEKDAY,
    WEEKDAY_NOISE,
    WEEKDAYS,
    misspelt_month,
)
from transforms.events.dates.years import Anchor, century, infer_year
from transforms.extract.dates import MONTHS


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
    future = planned or bool(groups.get("t_fut") or groups.get("p_fut")) or future_cue(
        before, anchor.reference is not None)
    past = bool(groups.get("t_past"))
    if pattern is WEEKDAY:
        return _weekday_alone(groups, raw, before, anchor.published, future, past, pod, at)
    wd = weekday_index(groups["wd"] or groups["fw"] or "") if groups.get("wd") or groups.get(
        "fw") else None
    if groups.get("d"):
        return _numeric(groups, raw, anchor, wd, future, pod, at, filed(text, match, before))
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
    if y_raw is not None and len(y_raw) == 3:  # "Kamis (21/9/202)", "Senin (14/1/219)": infer,
        inferred = infer_year(day, month, anchor, future, wd)  # check it is the written year
        if not isinstance(inferred, tuple):  # with one digit dropped
            return Rejected(raw, inferred)
        value, _, _ = inferred
        year_digits = str(value.year)
        if not any(year_digits[:i] + year_digits[i + 1:] == y_raw for i in range(4)):
            return Rejected(raw, f"bad year {y_raw}")
        return finish(value, raw, 0.6 * penalty, wd, pod, at, "dm_bad_year", future,
                      anchor.reference)
    if y_raw is not None and wd is not None and len(y_raw) == 4 and int(y_raw) > 2100:
        return _misprinted_year(day, month, y_raw, raw, anchor, wd, future, pod, at)
    year: int | None = None
    if y_raw is not None:
        year = int(y_raw)
        if len(y_raw) == 2:
            year = century(year, anchor)
            penalty *= 0.95
    return _calendar(day, month, year, raw, anchor, wd, future, pod, at, "numeric", penalty)


def _misprinted_year(day: int, month: int, y_raw: str, raw: str, anchor: Anchor, wd: int,
                     future: bool, pod: str | None, at: time | None) -> Found:
    """"Kamis (7/12/2203)": a year no page means, its digits swapped; the year the URL or the
    text's election gives, checked by the written weekday, when its digits are the written
    ones reordered."""
    inferred = infer_year(day, month, anchor, future, wd)
    if not isinstance(inferred, tuple) or inferred[0].weekday() != wd or sorted(
            str(inferred[0].year)) != sorted(y_raw):
        return Rejected(raw, f"bad year {y_raw}")
    return finish(inferred[0], raw, 0.5, wd, pod, at, "dmy_misprinted_year", future,
                  anchor.reference)


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


# --- small helpers ---------------------------------------------------------------------------


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
