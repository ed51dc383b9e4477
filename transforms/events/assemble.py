"""Events: who did what, where, when and for how many, assembled from one article.

Each field comes from its own extractor (activities, event_dates, places, officials,
participants, organisations, relevance); this module decides whether the article reports
events, how many, and what each is read from; record.py holds the record (``Event``) and puts
one together from its fields. Pure: the article's fields in, records out.

An article reports an event when it is about ASN neutrality (relevance) and names at least
one activity of the taxonomy (in its text or title; the title's that the text does not name go
to the first event), also one its sentence rules out for this occasion (the event then keeps
only the others, possibly none).

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
  belong to every event, and its activities that no segment names go to the first event;
* an anchor whose date lists days ("pada 3 dan 7 Oktober") gives one event per day.

Otherwise the article has a main occasion, read as a whole-article event (the date of
``event_date_of``, the article's place, its activities and officials), and it comes first.
It may report other occasions (occasions.py): a sentence with an occasion date of another day
that reports an act done then, a statement, a finding, a sanction decision or a gathering ("Pada
Selasa (8/10), Bawaslu menyampaikan temuan ..."). Each is an event after the main one, read from
its own text only (its sentence, from its paragraph's start, to the next occasion's date). A
date that lists days ("pada 10 dan 14 September") gives one event per day. What is done at a
time and place (a gathering, a raid or patrol: ``HELD_ON_ITS_DAY``) told in another occasion's
text happened on that day, and so did the attendance counted there: the main event takes
neither from that text (LABELS.md: the activities that happened AT this occasion, who attended
it); a gathering it names in its own text stays its own.

Limits: events are told apart by date only, so two occasions on one day (an apel in the
morning, a sosialisasi elsewhere in the afternoon) stay one event, and an undated second
occasion ("sebelumnya, Pemkab juga menggelar sosialisasi") is merged into the first (its
activities are left out only when a cue marks them as told aside: activities.py). The main
event keeps the officials, findings and sanctions the other occasions' text tells (an
official named at both, the finding a statement answers): what is told of each is not always
told apart. Which occasion is the main one is ``event_date_of``'s choice. A
segment runs to the next anchor, so a closing paragraph about the whole article goes to the
last event. Participants are taken from a segment only, never from the lead (a one-event
article's count may come from its headline: ``attendance``), and only for an event with a
gathering: a finding or a statement has no attendees, and the people it counts are violators
("Bawaslu memproses 16 orang ASN"). The organiser region is set only when the body that held
the occasion is another regency than its place (places/organiser.py).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime

from transforms.events.activities.classify import (
    GATHERINGS,
    Mention,
    activity_mentions,
    activity_scan,
    headline_mentions,
    off_topic,
    sentence_spans,
)
from transforms.events.dates.choice import misprinted
from transforms.events.dates.find import (
    EventDate,
    Rejected,
    accepted_dates,
    event_date_of,
    find_event_dates,
    page_year,
)
from transforms.events.dates.furniture import dateline_stamp, deadline
from transforms.events.dates.occasion import occasion_date
from transforms.events.occasions import Occasion, listed_days, other_occasions, own_text
from transforms.events.officials.find import Official, officials
from transforms.events.organisations import OrgMention, organisation_mentions
from transforms.events.participants import attendance
from transforms.events.record import Event, ReadFrom, event_id_of, event_record
from transforms.events.relevance import Relevance, relevance
from transforms.events.wrapping import unwrapped
from transforms.places.organiser import Organiser, organiser_of
from transforms.places.resolve import Place, place_in, place_of

# What is done at a time and place: told in another occasion's own text, it happened then (a
# gathering held, a raid or patrol made that day), not at the main occasion. A finding or a
# sanction told there may be what the main statement reports too, so it stays the main one's.
HELD_ON_ITS_DAY = GATHERINGS | {"pengawasan"}


@dataclass(frozen=True)
class _Occurrence:
    """One event of a several-event article: its anchor date and its text segments."""

    when: EventDate
    spans: tuple[tuple[int, int], ...]


def extract_events(*, canonical_url: str, title: str, text: str, dateline: str | None,
                   published_at: datetime | None, timezone: str,
                   province_hint: str | None = None,
                   score: Relevance | None = None, caption: str | None = None) -> list[Event]:
    """The events an article reports ([] when it reports none), in text order.

    ``score`` is the article's relevance when the caller has computed it already;
    ``caption`` the photo's caption, which may date a weekday the story names alone. A copy
    wrapped at a fixed width is read as its paragraphs (wrapping.py: same length, so offsets
    hold); the evidence quotes the stored text.
    """
    score = score or relevance(title, text)
    stored, text = text, unwrapped(text)
    if not score.about_asn_neutrality:
        return []
    found = find_event_dates(text, published_at, timezone, canonical_url, title)
    dated = accepted_dates(found)
    # repeats are judged only for several events (sentences with a date tell them apart)
    year = page_year(published_at, timezone, canonical_url)
    mentions, named = activity_scan(text, every=False, dated=_sentences_of(text, dated),
                                    page_year=year, title=title)
    headlined = headline_mentions(activity_mentions(title), mentions)  # sums up the occasion
    headline = [m.value for m in headlined]
    if not (named or headline):
        return []
    occurrences = _occurrences(text, mentions, dated)
    people = officials(text, title, year)
    orgs = organisation_mentions(text)
    if len(occurrences) < 2:
        when = event_date_of(title, text, found, published_at, timezone, canonical_url, caption)
        place = place_of(dateline, text, province_hint, title, _other_days(dated, when))
        main = when if isinstance(when, EventDate) else None
        others = other_occasions(text, dated, main)
        told = _occasion_mentions(text, others, dated, year) if others else []
        rest = _outside(len(text), [o.span for o in others])
        if others:  # what was done on another day, and who attended it, is that occasion's
            mentions = [m for m in told if m.value not in HELD_ON_ITS_DAY or _inside(m.start, rest)]
        first = event_record(
            canonical_url, 0, when, [m.value for m in mentions] + headline, place,
            people, attendance(text, title, spans=rest if others else None),
            [o.name for o in orgs], score,
            organiser=_organiser(text, [(0, len(text))], place, province_hint),
            read=ReadFrom(text, title, tuple(mentions), tuple(headlined), stored),
            hidden=off_topic([*mentions, *headlined]))
        if not (others or (main and listed_days(main))):
            return [first]
        return _with_others(first, main, others, told, ReadFrom(text, title, (), (), stored),
                            dateline, province_hint, score, dated, people, orgs)
    # each event keeps the phrases of its segments (the lead is a part of its own)
    parts = tuple(sorted({start for o in occurrences for start, _ in o.spans}))
    mentions = activity_scan(text, every=False, parts=parts,
                             dated=_sentences_of(text, dated), page_year=year, title=title)[0]
    lead = (0, occurrences[0].spans[0][0])
    claimed = {m.value for m in mentions if not _inside(m.start, [lead])}
    events = []
    for index, occurrence in enumerate(occurrences):
        spans = list(occurrence.spans)
        used = [m for m in mentions if _inside(m.start, spans)]
        kinds = [m.value for m in used]
        read_from = used  # the phrases its kinds come from
        if index == 0:
            named = {m.value for m in mentions}
            unclaimed = [m for m in mentions
                         if _inside(m.start, [lead]) and m.value not in claimed]
            kinds += [m.value for m in unclaimed]
            kinds += [value for value in headline  # (its appeal: the main occasion's)
                      if value not in named or value == "imbauan" and value not in kinds]
            read_from = [*used, *unclaimed, *headlined]
        shared = [lead, *spans]
        place = place_in(text, spans, dateline, province_hint, title,
                         _other_days(dated, occurrence.when))
        event = event_record(
            canonical_url, len(events), occurrence.when, kinds, place,
            [o for o in people if any(_inside(p, shared) for p in o.positions)],
            attendance(text, spans=spans),
            [o.name for o in orgs if _inside(o.start, shared)], score,
            organiser=_organiser(text, shared, place, province_hint),
            read=ReadFrom(text, title, tuple(used if index else mentions),
                          tuple(headlined) if index == 0 else (), stored),
            hidden=off_topic(read_from))
        events += [event, *_days_of(event, occurrence.when, len(events) + 1)]
    return events


def _with_others(first: Event, main: EventDate | None, others: list[Occasion],
                 mentions: list[Mention], article: ReadFrom, dateline: str | None,
                 province_hint: str | None, score: Relevance,
                 dated: list[tuple[int, int, EventDate]], people: list[Official],
                 orgs: list[OrgMention]) -> list[Event]:
    """The main occasion's event (``first``), then one per day it lists, then each other
    occasion read from its own text (``mentions``: ``_occasion_mentions``), with one per day it
    lists (occasions.py). The main event keeps the officials, findings and sanctions the
    others' text tells (an official named at both, a finding the main statement answers)."""
    text, title = article.text, article.title
    events = [first, *_days_of(first, main, 1)]
    for occasion in others:
        spans = [occasion.span]
        used = [m for m in mentions if _inside(m.start, spans)]
        at = place_in(text, spans, dateline, province_hint, title,
                      _other_days(dated, occasion.when))
        event = event_record(
            first.canonical_url, len(events), occasion.when, [m.value for m in used], at,
            [o for o in people if any(_inside(p, spans) for p in o.positions)],
            attendance(text, spans=spans),
            [o.name for o in orgs if _inside(o.start, spans)], score,
            organiser=_organiser(text, spans, at, province_hint),
            read=ReadFrom(text, title, tuple(used), (), article.stored),
            hidden=off_topic(used))
        events += [event, *_days_of(event, occasion.when, len(events) + 1)]
    return events


def _occasion_mentions(text: str, others: list[Occasion],
                       dated: list[tuple[int, int, EventDate]], year: int = 0) -> list[Mention]:
    """The activity phrases of an article with other occasions, read in parts: each other
    occasion's text keeps its own first phrases, and so does the main occasion's rest (a
    value told of both is found in both)."""
    cuts = tuple(sorted({0, *(c for o in others for c in o.span if c < len(text))}))
    return activity_scan(own_text(text, others), every=False, parts=cuts,
                         dated=_sentences_of(text, dated), page_year=year)[0]


def _days_of(event: Event, when: EventDate | None, index: int) -> list[Event]:
    """Copies of ``event`` for the days after the first its date lists, numbered from index."""
    days = listed_days(when) if when else []
    return [replace(event, event_id=event_id_of(event.canonical_url, index + k),
                    event_date=day.value.isoformat()) for k, day in enumerate(days)]


def _organiser(text: str, spans: list[tuple[int, int]], place: Place | None,
               province_hint: str | None) -> Organiser | None:
    if place is None:
        return None
    return organiser_of(text, spans, place.region, place.source, province_hint)


def _other_days(dated: list[tuple[int, int, EventDate]],
                when: EventDate | Rejected | None) -> list[tuple[int, int]]:
    """Where the text writes a date of another day than the event's (or the days it lists):
    a place written with one is another occasion's (places/said_at.py). None without a date."""
    if not isinstance(when, EventDate):
        return []
    days = {when.value, *(d.value for d in listed_days(when))}
    return [(start, end) for start, end, d in dated if d.value not in days]


def _sentences_of(text: str, dated: list[tuple[int, int, EventDate]]) -> frozenset[int]:
    """Where the sentences with an accepted event date start."""
    firsts = [start for start, _ in sentence_spans(text)]
    return frozenset(firsts[bisect_right(firsts, start) - 1] for start, _, _ in dated)


def _outside(length: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a text of ``length`` outside ``spans`` (sorted, not overlapping)."""
    out, at = [], 0
    for start, end in spans:
        if start > at:
            out.append((at, start))
        at = max(at, end)
    return [*out, (at, length)] if at < length else out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _occurrences(text: str, mentions: list[Mention],
                 dated: list[tuple[int, int, EventDate]]) -> list[_Occurrence]:
    """The events of a several-event article in order of their first anchor; fewer than two
    when the article reports one occasion (see the module notes)."""
    sentences = sentence_spans(text)
    firsts = [start for start, _ in sentences]
    gatherings = {bisect_right(firsts, m.start) - 1 for m in mentions if m.value in GATHERINGS}
    anchors: list[tuple[int, EventDate]] = []  # (sentence index, date)
    days: list[EventDate | Rejected] = [when for _, _, when in dated]
    for start, end, when in dated:
        i = bisect_right(firsts, start) - 1
        if (i in gatherings and not (anchors and anchors[-1][0] == i)
                and occasion_date(text, when) and not dateline_stamp(text, start, end)
                and not deadline(text, start) and not misprinted(when, days, text)):
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
