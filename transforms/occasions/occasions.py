"""Occasions: the events of different articles that report one occasion, merged.

A watchdog counts occasions (one apel, one signing), not reports: a press release run by
three outlets is one occasion with three reports. Two events are reports of one occasion
when (rules in ``evidence``, precision first: a wrong merge hides an occasion):

* **syndicated**: their articles are near-identical copies (one cluster of
  ``near_duplicates``): the events of two single-event copies always, otherwise those with
  the same date;
* **same day**: the same date, the same place (regency, else province when neither names a
  regency) and a shared official (names compared without case, punctuation or a one-letter
  misspelling); when one of them names no official, a shared gathering (sosialisasi, ikrar,
  pakta integritas, apel, bimtek) is enough;
* **adjacent day**: dates one day apart (a report dated by "kemarin" or by its own
  publication day), the same place, a shared official *and* a shared activity;
* **undated**: an event without a date joins a dated occasion at the same place when they
  share an official and a gathering (a one-off occasion; a case of ``pelanggaran`` or an
  ``imbauan`` goes on for weeks and is not joined by these), when its article was published
  within ``UNDATED_WINDOW`` days after that date (or has no publication day), and when
  exactly one occasion qualifies; failing that, it joins the one undated report that
  qualifies the same way, both published within a day (publication days known: without
  them nothing ties two undated reports to one time).

Two reports of one article never merge (the extractor already split the article's
occasions), and no occasion spans more than one day between its dated reports, so a chain
of adjacent days cannot grow a week-long "occasion". Merges are tried strongest first in a
fixed order, so the result does not depend on the order of the input.

An occasion's id comes from its earliest report's event id (earliest publication, then
event id): a new, later report joining it leaves the id unchanged, and so does reprocessing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations

GATHERINGS = frozenset({"sosialisasi", "ikrar", "pakta_integritas", "apel", "bimtek"})
UNDATED_WINDOW = 7  # days between an occasion and an undated report published after it
NAME_SIMILARITY = 0.9  # "Rahmad Sudarja" and "Rahmat Sudarja" are one person


@dataclass(frozen=True)
class Report:
    """One event as one article reported it: what the matching reads."""

    event_id: str
    article: str  # canonical URL
    outlet: str = ""
    published_at: datetime | None = None
    published_day: date | None = None  # local publication day
    event_date: date | None = None
    regency_code: str | None = None
    province_code: str | None = None
    regency: str | None = None
    province: str | None = None
    venue: str | None = None
    activities: frozenset[str] = frozenset()
    officials: tuple[tuple[str | None, str], ...] = ()  # (title, name)
    participants_count: int | None = None
    cluster: str | None = None  # near-duplicate cluster of the article, if any


@dataclass(frozen=True)
class Occasion:
    occasion_id: str
    event_date: date | None
    regency_code: str | None
    regency: str | None
    province_code: str | None
    province: str | None
    venue: str | None
    activities: tuple[str, ...]
    officials: tuple[tuple[str | None, str], ...]
    participants_count: int | None  # the earliest report that gives a number
    participants_reported: tuple[int, ...]  # every number reported, when they differ
    reports: int
    outlets: tuple[str, ...]
    urls: tuple[str, ...]
    event_ids: tuple[str, ...] = field(default=())
    first_event_id: str = ""
    first_url: str = ""
    first_published_at: datetime | None = None


_PUNCT = re.compile(r"[^\w\s]")


@lru_cache(maxsize=65536)
def norm_name(name: str) -> str:
    """A name without case, accents' forms, punctuation or extra spaces."""
    text = _PUNCT.sub(" ", unicodedata.normalize("NFKC", name).casefold())
    return " ".join(text.split())


def same_person(a: str, b: str) -> bool:
    a, b = norm_name(a), norm_name(b)
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) < 6 or len(b) < 6:
        return False
    if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < NAME_SIMILARITY:
        return False  # real_quick_ratio's bound, before building a matcher
    matcher = SequenceMatcher(None, a, b)  # the cheap upper bound first
    return (matcher.quick_ratio() >= NAME_SIMILARITY
            and matcher.ratio() >= NAME_SIMILARITY)


@lru_cache(maxsize=65536)
def _name_keys(officials: tuple[tuple[str | None, str], ...]
               ) -> tuple[frozenset[str], frozenset[str]]:
    """The officials' names, normalised, and the three-character pieces of those long enough
    to be matched loosely: two names ``same_person`` calls one share a name or a piece.
    (A ratio of at least 0.9 leaves M >= 0.45 T matched characters, T the two lengths
    together, in at most T - 2M + 1 <= 0.1 T + 1 blocks, so one block is longer than two
    characters once T > 8; loose matching starts at six characters a name.)"""
    names = frozenset(filter(None, (norm_name(name) for _, name in officials)))
    pieces = frozenset(n[i:i + 3] for n in names if len(n) >= 6 for i in range(len(n) - 2))
    return names, pieces


def shared_officials(a: Report, b: Report) -> int:
    names_a, pieces_a = _name_keys(a.officials)
    names_b, pieces_b = _name_keys(b.officials)
    if names_a.isdisjoint(names_b) and pieces_a.isdisjoint(pieces_b):
        return 0  # no name and no piece in common: no pair can be one person (cheap test)
    return sum(1 for _, x in a.officials if any(same_person(x, y) for _, y in b.officials))


def same_place(a: Report, b: Report) -> bool:
    if a.regency_code or b.regency_code:
        return a.regency_code == b.regency_code
    return a.province_code == b.province_code


def place_key(r: Report) -> tuple[str | None, str | None]:
    """The block ``same_place`` compares within: the regency, else the province."""
    return (r.regency_code, None if r.regency_code else r.province_code)


def evidence(a: Report, b: Report, single: frozenset[str] = frozenset()) -> int | None:
    """How strongly two reports are one occasion (0 strongest, 2 weakest), None when they
    are not. ``single``: the articles that report one event only."""
    if a.article == b.article:
        return None
    if a.cluster and a.cluster == b.cluster:
        if (a.article in single and b.article in single) or a.event_date == b.event_date:
            return 0
    if a.event_date is None or b.event_date is None or not same_place(a, b):
        return None
    gap = abs((a.event_date - b.event_date).days)
    people = shared_officials(a, b)
    if gap == 0:
        if people or ((not a.officials or not b.officials)
                      and a.activities & b.activities & GATHERINGS):
            return 1
    elif gap == 1 and people and a.activities & b.activities:
        return 2
    return None


def joins_undated(undated: Report, other: Report) -> bool:
    """Whether an undated report is a report of the other one's occasion (module notes):
    the other dated before its publication, or undated too and both published within a
    day."""
    if undated.article == other.article or not same_place(undated, other):
        return False
    if not undated.activities & other.activities & GATHERINGS:
        return False
    day = undated.published_day
    if other.event_date is None:
        timely = (day is not None and other.published_day is not None
                  and abs((day - other.published_day).days) <= 1)
    else:
        timely = day is None or 0 <= (day - other.event_date).days <= UNDATED_WINDOW
    return timely and shared_officials(undated, other) > 0


def _first_key(r: Report) -> tuple[bool, datetime | None, str]:
    return (r.published_at is None, r.published_at, r.event_id)


def occasion_id(first_event_id: str) -> str:
    return hashlib.sha1(f"occasion:{first_event_id}".encode()).hexdigest()[:16]


class _Groups:
    """Union-find over reports with the two rules every group keeps."""

    def __init__(self, reports: Sequence[Report]) -> None:
        self.parent = {r.event_id: r.event_id for r in reports}
        self.articles = {r.event_id: {r.article} for r in reports}
        self.days = {r.event_id: {r.event_date} - {None} for r in reports}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, syndicated: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.articles[ra] & self.articles[rb]:
            return False
        days = self.days[ra] | self.days[rb]
        if days and (max(days) - min(days)).days > 1 and not syndicated:
            return False
        self.parent[rb] = ra
        self.articles[ra] |= self.articles.pop(rb)
        self.days[ra] = days
        del self.days[rb]
        return True


def _candidates(reports: Sequence[Report]) -> Iterable[tuple[Report, Report]]:
    """Pairs that may be one occasion: one cluster, or one place within a day (blocking, so
    the cost follows the number of reports per place and day, not all pairs)."""
    by_cluster: dict[str, list[Report]] = {}
    by_place: dict[tuple[str | None, str | None], list[Report]] = {}
    for r in reports:
        if r.cluster:
            by_cluster.setdefault(r.cluster, []).append(r)
        if r.event_date is not None:
            by_place.setdefault(place_key(r), []).append(r)
    for group in by_cluster.values():
        yield from combinations(group, 2)
    for group in by_place.values():
        group = sorted(group, key=lambda r: (r.event_date, r.event_id))
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (b.event_date - a.event_date).days > 1:
                    break
                yield a, b


def assign(reports: Sequence[Report]) -> dict[str, str]:
    """Every report's occasion id (event id -> occasion id)."""
    reports = sorted(reports, key=lambda r: r.event_id)
    per_article = Counter(r.article for r in reports)
    single = frozenset(a for a, n in per_article.items() if n == 1)
    pairs = []
    for a, b in _candidates(reports):
        strength = evidence(a, b, single)
        if strength is not None:
            pairs.append((strength, *sorted((a.event_id, b.event_id))))
    groups = _Groups(reports)
    for strength, a, b in sorted(set(pairs)):
        groups.union(a, b, syndicated=strength == 0)
    _join_undated(reports, groups)
    members: dict[str, list[Report]] = {}
    for r in reports:
        members.setdefault(groups.find(r.event_id), []).append(r)
    result = {}
    for group in members.values():
        oid = occasion_id(min(group, key=_first_key).event_id)
        result.update({r.event_id: oid for r in group})
    return result


def _join_undated(reports: Sequence[Report], groups: _Groups) -> None:
    """Undated reports not yet merged join the one dated occasion they match; failing
    that, the one undated report they match."""
    by_place: dict[tuple[str | None, str | None], list[Report]] = {}
    for r in reports:
        by_place.setdefault(place_key(r), []).append(r)
    for dated_first in (True, False):
        for r in reports:
            if r.event_date is not None or len(groups.articles[groups.find(r.event_id)]) > 1:
                continue  # dated, or already merged
            roots = {groups.find(o.event_id) for o in by_place[place_key(r)]
                     if (o.event_date is not None) == dated_first and joins_undated(r, o)}
            roots.discard(groups.find(r.event_id))
            if len(roots) == 1:
                groups.union(roots.pop(), r.event_id)


def _most_common(values: Iterable[object]) -> object | None:
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def summarise(reports: Sequence[Report], assignment: dict[str, str]) -> list[Occasion]:
    """One record per occasion: the reports' facts merged (the most reported date and place,
    first by the earliest report on a tie; every activity and official, once)."""
    members: dict[str, list[Report]] = {}
    for r in reports:
        members.setdefault(assignment[r.event_id], []).append(r)
    occasions = []
    for oid, group in sorted(members.items()):
        group.sort(key=_first_key)
        first = group[0]
        place = _most_common((r.regency_code, r.province_code) for r in group
                             if r.regency_code or r.province_code)
        at = next((r for r in group if (r.regency_code, r.province_code) == place), first)
        names: list[tuple[str | None, str]] = []
        for r in group:
            for title, name in r.officials:
                if not any(same_person(name, n) for _, n in names):
                    names.append((title, name))
        counts = [r.participants_count for r in group if r.participants_count is not None]
        occasions.append(Occasion(
            occasion_id=oid,
            event_date=_most_common(r.event_date for r in group),  # type: ignore[arg-type]
            regency_code=at.regency_code, regency=at.regency,
            province_code=at.province_code, province=at.province,
            venue=next((r.venue for r in group if r.venue), None),
            activities=tuple(dict.fromkeys(a for r in group for a in sorted(r.activities))),
            officials=tuple(names),
            participants_count=counts[0] if counts else None,
            participants_reported=tuple(sorted(set(counts))),
            reports=len(group),
            outlets=tuple(dict.fromkeys(r.outlet for r in group)),
            urls=tuple(dict.fromkeys(r.article for r in group)),
            event_ids=tuple(r.event_id for r in group),
            first_event_id=first.event_id, first_url=first.article,
            first_published_at=first.published_at,
        ))
    return occasions
