"""Find the date on which the event an article reports happened (or will happen).

Indonesian regional articles rarely repeat the full date in the body: they write "Kamis (26/9)",
"Jumat (12/7/2024) kemaren", "27 November mendatang", "..., di Kendari, Minggu." or "kemarin".
Every such shape is read against what the page says of its own date (an :class:`Anchor`): the
local publication date when the page states one, else the date in its URL ("/2024/09/11/",
"/2020/10/"), else a year the text ties to an election ("Pilkada 2024"). Compiled regexes and
small dicts do the work. Pure: no IO, the clock is never read, the outlet zone is a parameter.

Decisions worth knowing:

* A fully written date ("Kamis, (4/7/2024)", "4 Juli 2024") needs nothing else.
* A year-less date takes the year that puts it closest to, and not after, the publication date
  (+1 day of tolerance for zone effects); with future phrasing ("mendatang", "akan dilaksanakan
  pada ...") the first one on or after it. When the weekday contradicts a past reading more than
  60 days old but fits the coming occurrence, the coming one is taken as an announcement.
  Without a publication date the URL's day stands in for it; without that, the year of the
  URL's month or of the text's election, else of the latest full date the text writes, when
  the written weekday fits it. When the weekday does not fit the election's year but fits the
  year before, in the run-up (``RUN_UP_DAYS``) to that election's voting day ("Rabu (29/11)" in
  a text on Pemilu 2024, voted 14 February 2024), the year before is taken; when it fits the
  year after, in the aftermath (``AFTERMATH_DAYS``) of a voting day late in the year ("Senin
  (18/1)" in a text on Pilkada 2020, voted 9 December 2020), the year after. When it fits
  none of these, the year of a full date the text writes that it fits.
* A weekday alone ("Kamis") or a relative word ("kemarin") is read only against a stated
  publication date; without one it is Rejected (reason ``NO_PUBLICATION``), raw text kept.
* A written weekday is cross-checked, never trusted over the date ("Jumat (4/7/2024)" keeps
  4 July and sets ``weekday_mismatch``).
* A three-digit year ("Kamis (21/9/202)", a typo seen on real pages) is dropped and the year
  inferred, but only when the inferred year starts with those three digits; otherwise Rejected.
* A date more than a day after publication is Rejected unless future phrasing announces it.
* A week or a month ("pekan lalu", "dua minggu lalu", "sebulan lalu") names no day: Rejected
  (reason ``VAGUE``), raw text kept; when it is the occasion's time the event date is unknown.

The work is split in modules: transforms/events/dates/shapes.py (what a date may look like:
vocabulary and regexes), transforms/events/dates/reading.py (one match -> EventDate / Rejected,
with transforms/events/dates/results.py: those results and the rules every one passes, and
transforms/events/dates/cues.py: the words around a date that tell how to read it),
transforms/events/dates/years.py (the year of a year-less date), transforms/events/dates/choice.py
(the occasion's date among the mentions, with transforms/events/dates/furniture.py: page
furniture and span ends) and this one (the anchor of a page, scanning a body).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from transforms.events.activities.classify import sentence_spans
from transforms.events.dates.choice import WEEKDAY_WORD, choose_event_date, same_weekday
from transforms.events.dates.reading import interpret
from transforms.events.dates.results import (
    BLOCK,
    NO_PUBLICATION,
    UNANCHORED,
    VAGUE,
    WRITTEN_YEAR,
    Ago,
    EventDate,
    Found,
    Rejected,
    finish,
    with_written_year,
    written_years,
)
from transforms.events.dates.shapes import SCANNERS
from transforms.events.dates.years import ELECTION_DAYS, NO_YEAR, Anchor
from transforms.events.elections import (
    ELECTION_YEAR,
    is_general,
    latest_election_year,
    upcoming_voting_years,
    voting_day_years,
)
from transforms.extract.dates import MONTHS
from transforms.prefilter import finditer, prefiltered, scanner

__all__ = ["NO_PUBLICATION", "VAGUE", "Anchor", "EventDate", "Rejected", "accepted_dates",
           "anchor_of", "choose_event_date", "event_date_of", "find_event_dates",
           "page_year", "stated_publication", "url_date"]

# "/2024/09/11/", "/2024/9/1-123", "/2020/10/", "/07/11/2024/" (day and month in either order),
# "/20240911/", a year alone ("/2024/"). A number joined to the slug's words ("/2019/01/6-guru-
# dipanggil.html", blog addresses) is the title's count, not a day.
_URL_YMD = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=[/_.]|-\d|$)")
_URL_YM = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?=/|$)")
_URL_XXY = re.compile(r"/(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?=/|$)")
# "/20240910/", "-202312212250" (a slug's stamp with its time of day)
_URL_COMPACT = re.compile(r"[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?(?=[/_.-]|$)")
# A month named with its year and no day ("bulan Desember 2020"): a year for a year-less date
# of a text that gives no other, its written weekday checked against it.
_MONTH_YEAR = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\s+"
                         r"((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_URL_Y = re.compile(r"/((?:19|20)\d{2})(?=/)")  # "/berita/2024/..."
_MISFIT = "weekday does not fit"  # dates.years' refusal of a year the written weekday denies
# A year the text ties to an election ("Pilkada 2024"): the project's one reading of which
# election a text names, transforms/events/elections.py
_ELECTION_YEAR_SCAN = scanner(ELECTION_YEAR, word_index=False)


# --- public API ------------------------------------------------------------------------------


def url_date(url: str | None) -> tuple[date | None, date | None]:
    """(the day of the URL, else None; the last day of its month or year, else None)."""
    path = url or ""
    found = _url_days(path)
    if found is not None:
        days, year = found
        if len(days) == 1:
            return days[0], days[0]
        return None, date(year, 12, 31)
    m = _URL_YM.search(path)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            following = date(year + month // 12, month % 12 + 1, 1)
            return None, following - timedelta(days=1)
        return None, date(year, 12, 31)
    m = _URL_Y.search(path)
    return (None, date(int(m.group(1)), 12, 31)) if m else (None, None)


def _url_days(path: str) -> tuple[list[date], int] | None:
    """The days a URL's date may be (two for "/02/03/2018/": 2 March or 3 February) and its
    year, or None when it writes no day."""
    for pattern, order in ((_URL_YMD, "ymd"), (_URL_XXY, "xxy"), (_URL_COMPACT, "ymd")):
        m = pattern.search(path)
        if not m or (pattern is _URL_COMPACT and _day(*(int(g) for g in m.groups())) is None):
            continue  # eight digits that are no date: an article number
        a, b, c = (int(g) for g in m.groups())
        if order == "ymd":
            days = [_day(a, b, c)]
        else:  # "/07/11/2024/": 7 November or 11 July; only one may be a date
            days = list({d for d in (_day(c, b, a), _day(c, a, b)) if d is not None})
        return [d for d in days if d is not None], a if order == "ymd" else c
    return None


def stated_publication(published: datetime | None, tz: str,
                       url: str | None) -> datetime | None:
    """The publication time as the page states it, or None when it is only the URL's day
    (local midnight of a date the address may name, "/02/03/2018/" read either way, how a page
    without a stated time is dated): a weekday alone or "kemarin" is resolved only against a
    stated time."""
    if published is None:
        return None
    local = _local(published, tz)
    if local.time() == time(0) and local.date() in (_url_days(url or "") or ([], 0))[0]:
        return None
    return published


def anchor_of(text: str, published: datetime | None, tz: str,
              url: str | None = None) -> Anchor:
    """What the dates of ``text`` (the body, or the body with the title) are read against
    (see the module notes)."""
    pub = _local(published, tz).date() if published is not None else None
    url_day, url_end = url_date(url)
    if pub is not None or url_day is not None:
        return Anchor(published=pub, reference=pub or url_day, year_end=url_end)
    if url_end is not None:
        return Anchor(year_end=url_end)
    # prefiltered: text is the title joined to the body, a string no other scan reads
    matches = list(prefiltered(_ELECTION_YEAR_SCAN, text, None, shared=False))
    years = Counter(int(m.group(3)) for m in matches)
    named = tuple(y for y, _ in years.most_common())  # ties: the first named
    coming = upcoming_voting_years(text) if named else ()
    if coming and coming[0] > max(named) and set(coming).isdisjoint(
            set(named) - _told_as_past(text, matches)):
        # "pilkada serentak 9 Desember mendatang" beside "pada Pemilu 2014" or "pada Pilkada
        # 2015 lalu": the voting day still to come is the text's election, the years named
        # (all before it, or one of its elections told as past) earlier ones
        return Anchor(year_end=date(coming[0], 12, 31), election_years=(*coming, *named))
    if named:
        kinds = {"pemilu" if is_general(m) else "pilkada"
                 for m in matches if int(m.group(3)) == named[0]}
        days = tuple(sorted(ELECTION_DAYS[k][named[0]] for k in kinds
                            if named[0] in ELECTION_DAYS[k]))
        return Anchor(year_end=date(named[0], 12, 31), election_years=named, voting_days=days)
    held = voting_day_years(text)
    if held:  # "pilkada serentak 9 Desember mendatang": the elections held that day
        return Anchor(year_end=date(held[0], 12, 31), election_years=held)
    return Anchor()


_PAST_AFTER = re.compile(r"[ \t]+(?:lalu|silam|yang[ \t]+lalu)\b", re.IGNORECASE)


def _told_as_past(text: str, matches: list[re.Match[str]]) -> set[int]:
    """The election years every mention of which is told as past ("Pilkada 2015 lalu")."""
    past: dict[int, bool] = {}
    for m in matches:
        year = int(m.group(3))
        past[year] = past.get(year, True) and bool(_PAST_AFTER.match(text, m.end()))
    return {year for year, told in past.items() if told}


def find_event_dates(text: str, published: datetime | None, tz: str, url: str | None = None,
                     context: str = "") -> list[EventDate | Rejected]:
    """All event-date mentions in a body, in text order, each with its ``span`` and
    ``sentence``: accepted dates and reasoned refusals (compiled regexes only). ``url`` is the
    page's address, ``context`` more text of the page (the title) that may name the election
    year."""
    published = stated_publication(published, tz, url)
    anchor = anchor_of(f"{context}\n{text}" if context else text, published, tz, url)
    scanned = _scan(text, anchor)
    sentences = sentence_spans(text)
    firsts = [a for a, _ in sentences]
    if published is not None and _stale(text, firsts, scanned, _local(published, tz).date()):
        # a site's date widget or a copy's crawl day, not the story's: read as undated
        published = None
        anchor = anchor_of(f"{context}\n{text}" if context else text, None, tz, url)
        scanned = _scan(text, anchor)
    local = _local(published, tz) if published is not None else None
    out: list[EventDate | Rejected] = []
    if anchor == Anchor() and any(isinstance(f, Rejected) and f.reason == NO_YEAR
                                  for _, _, f in scanned):
        # no year anywhere else: the latest year written in a full date of the text
        years = [f.value.year for _, _, f in scanned
                 if isinstance(f, EventDate) and f.method in WRITTEN_YEAR]
        # else of a month the text names with its year ("pada bulan Desember 2020")
        years = years or [int(m.group(1)) for m in _MONTH_YEAR.finditer(text)]
        if years:
            # a written weekday that does not fit the latest picks among the others ("Senin
            # (4/12)" beside "sejak 28 November 2023 sampai 10 Februari 2024")
            others = tuple(sorted(set(years), reverse=True))
            scanned = _scan(text, Anchor(year_end=date(max(years), 12, 31),
                                         election_years=others))
    elif anchor.election_years and any(isinstance(f, Rejected) and f.reason.startswith(
            _MISFIT) for _, _, f in scanned):
        # a written weekday fitting none of the election's years: the years of the text's full
        # dates are the others it may take ("Rabu (28/9)" beside "sejak 14 Juni 2022")
        written = sorted({f.value.year for _, _, f in scanned if isinstance(f, EventDate)
                          and f.method in WRITTEN_YEAR} - set(anchor.election_years),
                         reverse=True)
        if written:
            scanned = _scan(text, replace(anchor, election_years=(*anchor.election_years,
                                                                  *written)))
    written = written_years([f for _, _, f in scanned])
    for start, end, found in scanned:
        settled = _settle(with_written_year(found, written), local)
        if settled is None:
            continue
        first = sentences[bisect_right(firsts, start) - 1][0] if sentences else 0
        last = sentences[bisect_right(firsts, end - 1) - 1][1] if sentences else len(text)
        out.append(replace(settled, span=(start, end), sentence=text[first:last].strip()))
    return out


_STALE_DAYS = 180  # a report is published within days of what it reports, not half a year on
def _opening(firsts: list[int], at: int) -> int:
    """Where the sentence holding position ``at`` starts (``firsts``: the sentences' starts)."""
    return firsts[bisect_right(firsts, at) - 1] if firsts and firsts[0] <= at else 0


_BEFORE = re.compile(r"\W*(?:sebelumnya|sebelum\s+itu)\b", re.IGNORECASE)


def _stale(text: str, firsts: list[int], scanned: list[tuple[int, int, Found]],
           day: date) -> bool:
    """Whether a stated publication day is none of the story's: every occasion the text dates
    in full with its weekday ("Sabtu (5/10/2024)"), other than that day itself (its own
    stamp), lies half a year or more before it. One told as earlier ("Sebelumnya, ...") counts
    only when no other is dated and the elections the text names are all over a year before."""
    dated = [(f.value, bool(_BEFORE.match(text, _opening(firsts, start), start)))
             for start, _, f in scanned if isinstance(f, EventDate)
             and f.method in WRITTEN_YEAR and WEEKDAY_WORD.match(f.raw)
             and abs((f.value - day).days) > 1]
    told = [value for value, earlier in dated if not earlier]
    if not told and dated:
        years = [int(m.group(3)) for m in ELECTION_YEAR.finditer(text)]
        told = [value for value, _ in dated] if years and day.year > max(years) + 1 else []
    return bool(told) and all((day - value).days >= _STALE_DAYS for value in told)


def accepted_dates(mentions: list[EventDate | Rejected]) -> list[tuple[int, int, EventDate]]:
    """The accepted dates among mentions (``find_event_dates``) as (start, end, date)."""
    return [(m.span[0], m.span[1], m) for m in mentions
            if isinstance(m, EventDate) and m.span is not None]


def event_date_of(title: str, text: str, mentions: list[EventDate | Rejected],
                  published: datetime | None, tz: str,
                  url: str | None = None, caption: str | None = None
                  ) -> EventDate | Rejected | None:
    """The event date of an article whose body has ``mentions`` (``find_event_dates``); when
    the body names none, a date in the title ("Apel Netralitas ASN, Senin (5/8)"), whose
    ``span`` then counts in the title. A Rejected is a weekday alone left unresolved, unless
    the title or the photo's ``caption`` writes that weekday with its date (the caption's,
    read with ``method`` "caption" and no span)."""
    chosen = choose_event_date(text, mentions)
    if title and (chosen is None or (isinstance(chosen, Rejected)
                                     and chosen.reason == NO_PUBLICATION)):
        headline = choose_event_date(title, find_event_dates(title, published, tz, url, text))
        if chosen is None:
            return headline
        if isinstance(headline, EventDate) and same_weekday(chosen, headline):
            return headline  # "..., kata Ani, Selasa." under "... Selasa (16/4)": that day
    if caption and isinstance(chosen, Rejected) and chosen.reason == NO_PUBLICATION and not (
            _ARCHIVE_PHOTO.search(caption)):
        return _captioned(text, chosen, find_event_dates(caption, published, tz, url)) or chosen
    return chosen


# a caption of an archive photo ("Dok.", "Foto arsip", "ilustrasi"): another day's picture
_ARCHIVE_PHOTO = re.compile(r"(?<!\w)(?:dok(?:umentasi)?|arsip|file|ilustrasi)(?!\w)",
                            re.IGNORECASE)
_CAPTION_DAYS = 7  # a caption's day this many days before the page's own at most


def _captioned(text: str, weekday: Rejected,
               caption: list[EventDate | Rejected]) -> EventDate | None:
    """The one date the photo's caption writes in full for the day a weekday alone names
    ("..., Rabu." in the story, "Deklarasi netralitas ASN, Rabu (27/12/2023)." under the
    photo): the photo is of the occasion told. Not one announced, nor of an earlier election's
    year than the text's latest, nor an archive photo's or one more than a week before the
    page's own day; two different dates of that weekday leave it unknown."""
    latest = latest_election_year(text)
    same = [f for f in caption if isinstance(f, EventDate) and same_weekday(weekday, f)
            and not f.announced and f.value.year >= latest - 1
            and (f.days_before is None or 0 <= f.days_before <= _CAPTION_DAYS)]
    if not same or any(f.value != same[0].value for f in same):
        return None
    return replace(same[0], span=None, method="caption")


# --- scanning --------------------------------------------------------------------------------


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def page_year(published: datetime | None, tz: str, url: str | None) -> int:
    """The year of the page's own time: its stated publication (local), else its URL's date;
    0 when it has neither."""
    day, end = url_date(url)
    when = _local(published, tz).date() if published is not None else day or end
    return when.year if when else 0


def _local(published: datetime, tz: str) -> datetime:
    zone = ZoneInfo(tz)
    if published.tzinfo is None:  # documented as aware; a naive value is taken as outlet time
        return published.replace(tzinfo=zone)
    return published.astimezone(zone)


def _scan(text: str, anchor: Anchor) -> list[tuple[int, int, Found]]:
    """Keep non-overlapping mentions: explicit dates claim their span first, then weekdays, then
    relative words; a match that reads as no date claims nothing. Text order, blocks included."""
    matches: list[tuple[int, int, int, re.Match[str], re.Pattern[str]]] = []
    low: str | None = None
    for scan, tier, hint in SCANNERS:
        # the prefiltered scan costs less than the hint's substring tests (few texts have a
        # match), so the hint is asked only of a text with matches: the same ones are kept
        found = [m for m in finditer(scan, text) if m.end() > m.start()]
        if found and hint(low := text.lower() if low is None else low):
            matches.extend((tier, m.start(), -m.end(), m, scan.pattern) for m in found)
    matches.sort(key=lambda c: (c[0], c[1], c[2]))
    starts: list[int] = []  # kept spans, sorted and disjoint, so their ends are sorted too
    kept: list[tuple[int, int, Found]] = []
    for _, start, neg_end, match, pattern in matches:
        end = -neg_end
        i = bisect_right(starts, start)
        if (i and kept[i - 1][1] > start) or (i < len(kept) and kept[i][0] < end):
            continue  # overlaps a span claimed by a stronger or earlier match
        try:
            found = interpret(match, pattern, text, anchor)
        except OverflowError:  # a publication date at the edge of the calendar
            continue
        if found is not None:
            starts.insert(i, start)
            kept.insert(i, (start, end, found))
    return kept


def _settle(found: Found, local: datetime | None) -> EventDate | Rejected | None:
    """Resolve hour/minute mentions against the publication time; drop blocks."""
    if isinstance(found, Ago):
        if local is None:
            return Rejected(found.raw, UNANCHORED)
        try:
            when = local - timedelta(minutes=found.minutes)
        except OverflowError:
            return None
        return finish(when.date(), found.raw, 0.8, None, found.part_of_day, found.time,
                      "relative", found.minutes < 0, local.date())
    if found == BLOCK:
        return None
    return found
