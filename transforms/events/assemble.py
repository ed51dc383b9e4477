"""Events: who did what, where, when and for how many, assembled from one article.

Each field comes from its own extractor (activities, event_dates, places, officials,
participants, organisations, relevance); this module decides whether the article reports
events, how many, and puts the records together. Pure: the article's fields in, records out.

An article reports an event when it is about ASN neutrality (relevance) and names at least
one activity of the taxonomy.

**One event per occurrence.** Most articles report one occasion, possibly with several
activities ("apel ... dirangkai pembacaan ikrar ... serta penandatanganan pakta integritas")
and several dates in passing (the election day, "27 November mendatang"). An article reports
several events when two or more *anchor sentences* give different dates: a sentence that
names a gathering (sosialisasi, ikrar, pakta_integritas, apel, bimtek) together with an
accepted event date that is not an election-calendar date ("menjelang Pilkada ... pada 27
November", "hingga hari pemungutan suara pada ..."). Then:

* each anchor starts a segment that runs to the next anchor; segments with the same date
  belong to one event ("Senin lalu apel ...; Kamis (26/9) pakta ...; usai apel Senin itu ...");
* an event's activities, officials, organisations, participants and place are those named in
  its segments (the place from ``place_in``: a venue's region, else a region named with a
  prefix, else the dateline); the date, its raw text and whether it is announced come from
  its anchor;
* the lead (the text before the first anchor) is shared: its officials and organisations
  belong to every event, and its activities that no segment names go to the first event.

Otherwise the whole article is one event (the best date of ``event_date``, the article's place).

Limits: events are told apart by date only, so two occasions on one day (an apel in the
morning, a sosialisasi elsewhere in the afternoon) stay one event, and an undated second
occasion ("sebelumnya, Pemkab juga menggelar sosialisasi") is merged into the first. A
segment runs to the next anchor, so a closing paragraph about the whole article goes to the
last event. Participants are taken from a segment only, never from the lead.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from transforms.events.activities import Mention, activity_mentions, sentence_spans
from transforms.events.dates import EventDate, best_event_date, event_date_mentions
from transforms.events.officials import Official, officials
from transforms.events.organisations import organisation_mentions
from transforms.events.participants import participants
from transforms.events.relevance import Relevance, relevance
from transforms.places.resolve import Place, place_in, place_of

EVENTS_VERSION = "2"

GATHERINGS = frozenset({"sosialisasi", "ikrar", "pakta_integritas", "apel", "bimtek"})
# A date named for the election calendar, not for an event: the election word stands in the
# clause right before the date ("Pilkada yang akan dilaksanakan pada 27 November mendatang").
_ELECTION_CALENDAR = re.compile(
    r"\b(?:pilkada|pilwako|pilwalkot|pilbup|pilgub|pemilu|pemilihan|pemungutan|pencoblosan"
    r"|kampanye|masa\s+tenang|tahapan|hari\s+h)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]")


@dataclass(frozen=True)
class Event:
    event_id: str
    canonical_url: str
    event_date: str | None  # ISO date, local to the outlet
    event_date_raw: str | None
    event_date_confidence: float | None
    announced: bool
    activities: list[str]
    venue: str | None
    regency: str | None
    regency_code: str | None
    province: str | None
    province_code: str | None
    officials: list[dict[str, Any]]
    participants_count: int | None
    participants_group: str | None
    participants_phrase: str | None
    organisations: list[str]
    relevance: float
    extractor_version: str = EVENTS_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Occurrence:
    """One event of a several-event article: its anchor date and its text segments."""

    when: EventDate
    spans: tuple[tuple[int, int], ...]


def extract_events(*, canonical_url: str, title: str, text: str, dateline: str | None,
                   published_at: datetime | None, timezone: str,
                   province_hint: str | None = None,
                   score: Relevance | None = None) -> list[Event]:
    """The events an article reports ([] when it reports none), in text order.

    ``score`` is the article's relevance when the caller has computed it already.
    """
    score = score or relevance(title, text)
    if not score.about_asn_neutrality:
        return []
    mentions = activity_mentions(text)
    if not mentions:
        return []
    dated = event_date_mentions(text, published_at, timezone) if published_at else []
    occurrences = _occurrences(text, mentions, dated)
    people = officials(text, title)
    orgs = organisation_mentions(text)
    if len(occurrences) < 2:
        when = best_event_date(text, dated)  # event_date's choice, without a second scan
        return [_event(canonical_url, 0, when, [m.value for m in mentions],
                       place_of(dateline, text, province_hint), people, text,
                       [o.name for o in orgs], score)]
    lead = (0, occurrences[0].spans[0][0])
    claimed = {m.value for m in mentions if not _inside(m.start, [lead])}
    events = []
    for index, occurrence in enumerate(occurrences):
        spans = list(occurrence.spans)
        kinds = [m.value for m in mentions if _inside(m.start, spans)]
        if index == 0:
            kinds += [m.value for m in mentions
                      if _inside(m.start, [lead]) and m.value not in claimed]
        shared = [lead, *spans]
        events.append(_event(
            canonical_url, index, occurrence.when, kinds,
            place_in(text, spans, dateline, province_hint),
            [o for o in people if any(_inside(p, shared) for p in o.positions)],
            "\n".join(text[a:b] for a, b in spans),
            [o.name for o in orgs if _inside(o.start, shared)], score))
    return events


def _event(canonical_url: str, index: int, when: EventDate | None, kinds: list[str],
           place: Place | None, people: list[Official], counted_text: str,
           orgs: list[str], score: Relevance) -> Event:
    region = place.region if place else None
    counted = participants(counted_text)
    best = next((p for p in counted if p.count is not None), counted[0] if counted else None)
    return Event(
        event_id=hashlib.sha1(f"{canonical_url}#{index}".encode()).hexdigest()[:16],
        canonical_url=canonical_url,
        event_date=when.value.isoformat() if when else None,
        event_date_raw=when.raw if when else None,
        event_date_confidence=round(when.confidence, 2) if when else None,
        announced=bool(when and when.announced),
        activities=list(dict.fromkeys(kinds)),
        venue=place.venue if place else None,
        regency=region.regency if region else None,
        regency_code=region.regency_code if region else None,
        province=region.province if region else None,
        province_code=region.province_code if region else None,
        officials=[{"title": o.title, "name": o.name or None, "region": o.region,
                    "honorifics": list(o.honorifics), "aliases": list(o.aliases)}
                   for o in people],
        participants_count=best.count if best else None,
        participants_group=best.group if best else None,
        participants_phrase=best.phrase if best else None,
        organisations=list(dict.fromkeys(orgs)),
        relevance=round(score.score, 3),
    )


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _calendar_date(text: str, sentence_start: int, date_start: int) -> bool:
    clause = _CLAUSE_BREAK.split(text[max(sentence_start, date_start - 80):date_start])[-1]
    return bool(_ELECTION_CALENDAR.search(clause))


def _occurrences(text: str, mentions: list[Mention],
                 dated: list[tuple[int, int, EventDate]]) -> list[_Occurrence]:
    """The events of a several-event article in order of their first anchor; fewer than two
    when the article reports one occasion (see the module notes)."""
    sentences = sentence_spans(text)
    firsts = [start for start, _ in sentences]
    gatherings = {bisect_right(firsts, m.start) - 1 for m in mentions if m.value in GATHERINGS}
    anchors: list[tuple[int, EventDate]] = []  # (sentence index, date)
    for start, _, when in dated:
        i = bisect_right(firsts, start) - 1
        if (i in gatherings and not (anchors and anchors[-1][0] == i)
                and not _calendar_date(text, sentences[i][0], start)):
            anchors.append((i, when))
    if len({when.value for _, when in anchors}) < 2:
        return []
    by_day: dict[date, list[tuple[int, int]]] = {}
    first_anchor: dict[date, EventDate] = {}
    for k, (i, when) in enumerate(anchors):
        end = sentences[anchors[k + 1][0]][0] if k + 1 < len(anchors) else len(text)
        by_day.setdefault(when.value, []).append((sentences[i][0], end))
        first_anchor.setdefault(when.value, when)
    return [_Occurrence(first_anchor[day], tuple(spans)) for day, spans in by_day.items()]
