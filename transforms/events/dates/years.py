"""The year of a date written without one, and what dates are read against (:class:`Anchor`).

Part of the event-date reader (transforms/events/dates/find.py has the overview and the decisions
worth knowing); transforms/events/dates/reading.py calls :func:`infer_year` for a year-less day
and month and :func:`century` for a two-digit year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

TOLERANCE = timedelta(days=1)  # a date one day after publication is still accepted (zones)
NO_YEAR = "no year"  # a day and month with no publication date, URL date or year hint


@dataclass(frozen=True)
class Anchor:
    """What a date is read against.

    ``published``: the stated local publication date, the only base for a weekday alone or a
    relative word ("Kamis", "kemarin"). ``reference``: the publication date, else the day of
    the page's URL: a year-less date takes the year that puts it closest before it (the URL's
    only if the written weekday fits).
    ``year_end``: with neither, the last day of the URL's month or of a year the text ties to
    the occasion ("Pilkada 2024"): a year-less date takes that year, if its written weekday
    fits.
    """

    published: date | None = None
    reference: date | None = None
    year_end: date | None = None
    # The election years the text names, most named first, when ``year_end`` is the first's:
    # a written weekday that does not fit the first picks among the others ("Pilkada 2020"
    # recalled beside "Pilkada 2024").
    election_years: tuple[int, ...] = ()
    # The voting days of the elections the text names with the first of those years
    # (``ELECTION_DAYS``): a day in the run-up to one may fall in the year before.
    voting_days: tuple[date, ...] = ()


def infer_year(day: int, month: int, anchor: Anchor, future: bool,
               wd: int | None) -> tuple[date, bool, bool] | str:
    """(date, chosen by weekday, is future) for a year-less day/month, or why there is none."""
    try:
        date(2000, month, day)  # a leap year: only impossible days fail
    except ValueError:
        return f"invalid day {day}/{month}"
    if anchor.reference is not None:
        found = _year_before(day, month, anchor.reference, future, wd)
        if (anchor.published is None and isinstance(found, tuple) and wd is not None
                and found[0].weekday() != wd):  # the URL's year, checked by the weekday
            return f"weekday does not fit {found[0].year}"
        return found
    if anchor.year_end is not None:
        found = _year_near(day, month, anchor.year_end, future, wd)
        if isinstance(found, str) and wd is not None:
            return (_year_by_weekday(day, month, anchor.election_years, wd)
                    or _run_up(day, month, anchor.voting_days, wd)
                    or _aftermath(day, month, anchor.voting_days, wd) or found)
        return found
    return NO_YEAR


def _year_by_weekday(day: int, month: int, years: tuple[int, ...],
                     wd: int) -> tuple[date, bool, bool] | None:
    """The first of the other election years the text names where the day falls on the
    written weekday (never a year the text does not name: "Senin (6/3)" with "Pemilu 2024"
    alone stays without a year, though 6 March 2023 was a Monday)."""
    for year in years[1:]:
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        if value.weekday() == wd:
            return value, True, False
    return None


# How long before an election's voting day its run-up occasions are dated (pledges, briefings):
# "Rabu (29/11)" in a text on Pemilu 2024 (voted 14 February 2024) was 29 November 2023.
RUN_UP_DAYS = 183
# The voting days of the general elections (legislative and presidential, "pemilu") and of the
# simultaneous regional elections ("pilkada") by year.
ELECTION_DAYS: dict[str, dict[int, date]] = {
    "pemilu": {2024: date(2024, 2, 14), 2019: date(2019, 4, 17), 2014: date(2014, 4, 9)},
    "pilkada": {2024: date(2024, 11, 27), 2020: date(2020, 12, 9), 2018: date(2018, 6, 27),
                2017: date(2017, 2, 15), 2015: date(2015, 12, 9)},
}


def _run_up(day: int, month: int, voting: tuple[date, ...],
            wd: int) -> tuple[date, bool, bool] | None:
    """The day in the year before the text's election year, when the written weekday fits it
    and it falls in the run-up to the voting day of an election the text names with that year
    (the written year names the election, not the occasion); never further back ("Senin (6/3)"
    with Pemilu 2024 alone stays without a year)."""
    if not voting:
        return None
    try:
        value = date(voting[0].year - 1, month, day)
    except ValueError:
        return None
    if value.weekday() == wd and any(0 < (v - value).days <= RUN_UP_DAYS for v in voting):
        return value, True, False
    return None


# How long after a voting day its aftermath is dated (counts, disputes, sanctions decided on
# the cases): "Senin (18/1)" in a text on Pilkada 2020 (voted 9 December 2020) was 18 January
# 2021.
AFTERMATH_DAYS = 183


def _aftermath(day: int, month: int, voting: tuple[date, ...],
               wd: int) -> tuple[date, bool, bool] | None:
    """The day in the year after the text's election year, when the written weekday fits it
    and it falls in the aftermath of a voting day late in that year (``_run_up`` the other
    way round)."""
    if not voting:
        return None
    try:
        value = date(voting[0].year + 1, month, day)
    except ValueError:
        return None
    if value.weekday() == wd and any(0 < (value - v).days <= AFTERMATH_DAYS for v in voting):
        return value, True, False
    return None


def _year_near(day: int, month: int, end: date, future: bool,
               wd: int | None) -> tuple[date, bool, bool] | str:
    """The last occurrence on or before the hint's end (its year for a year's end; the year
    before for a later month than the URL's), the first after it when announced; a written
    weekday must fit it."""
    year = end.year if (month, day) <= (end.month, end.day) else end.year - 1
    if future and year < end.year:
        year = end.year
    try:
        value = date(year, month, day)
    except ValueError:  # 29/2 outside a leap year
        return f"invalid day {day}/{month}"
    if wd is not None and value.weekday() != wd:
        return f"weekday does not fit {year}"
    return value, False, False


def _year_before(day: int, month: int, pub: date, future: bool,
                 wd: int | None) -> tuple[date, bool, bool] | str:
    """Closest to, and not after, the publication date (the first on or after it when
    announced); a weekday that only fits the coming occurrence makes it an announcement."""
    candidates = []
    for year in range(pub.year - 4, pub.year + 5):  # wide enough for 29/2
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return f"invalid day {day}/{month}"
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


def century(two_digits: int, anchor: Anchor) -> int:
    """'24 -> 2024, '98 -> 1998: the 20xx reading unless it would be after publication (the
    page's date or its URL's; a year the text names an election in bounds nothing: "Pemilu
    2014" told in a text of 2024)."""
    base = anchor.reference or (anchor.year_end if not anchor.election_years else None)
    limit = base.year + 1 if base else 2049
    return 2000 + two_digits if 2000 + two_digits <= limit else 1900 + two_digits
