"""The event record: its fields, its id, its plain form, and how one is put together from
the fields read for it (transforms/events/assemble.py decides which events an article
reports and what each is read from). Pure.

A record's evidence says where each field was read (transforms/events/evidence.py), quoting the
text as stored. ``officials`` are persons, each with a title and a name (LABELS.md); an office
the text names without its holder ("Bupati", "Kepala Kesbangpol" addressed or issuing a
circular) is context, not an official, and goes to ``offices`` (title and region): users count
and cite officials, so the split is made here, once, for every record. A finding or a
statement has no attendees: a count read for an event with no gathering (``GATHERINGS``) is
dropped, unless it counts people sworn in. A gathering on another matter (activities/topics.py)
is a gathering for the count, not an activity of the record.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from transforms.events.activities.classify import GATHERINGS, Mention
from transforms.events.dates.results import EventDate, Rejected
from transforms.events.evidence import as_stored, event_evidence
from transforms.events.officials.find import Official
from transforms.events.participants import Participants, sworn_in
from transforms.events.relevance import Relevance
from transforms.places.organiser import Organiser
from transforms.places.resolve import Place
from transforms.places.splits import province_as_of

EVENTS_VERSION = "4"  # 4: offices named without a person apart from officials

# GATHERINGS (from the activity taxonomy): the activities held at a time and place with people
# attending; an event without one has no participants (assemble.py also tells several occasions
# apart by them).


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
    officials: list[dict[str, Any]]  # persons: title, name, region, honorifics, aliases
    offices: list[dict[str, Any]]  # offices named without a person: title, region
    participants_count: int | None
    participants_group: str | None
    participants_phrase: str | None
    organisations: list[str]
    relevance: float
    extractor_version: str = EVENTS_VERSION
    # Whose government or election body held it, when not where it took place (else None).
    organiser_region: str | None = None
    organiser_region_code: str | None = None
    # Where each field was read: words, character span in the text, sentence (evidence.py).
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


_ATOMIC = frozenset({str, int, float, bool, type(None)})


def _plain(obj: Any) -> Any:
    """``dataclasses.asdict``, the same result: a value deepcopy would return as it is (a str,
    a number, None) is returned at once, not deep-copied (asdict's cost per event)."""
    if type(obj) in _ATOMIC:
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_plain(v) for v in obj])
    if isinstance(obj, list | tuple):
        return type(obj)(_plain(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_plain(k), _plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def event_id_of(canonical_url: str, index: int) -> str:
    return hashlib.sha1(f"{canonical_url}#{index}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ReadFrom:
    """What an event was read from, for its evidence: the text (unwrapped), the title, the
    phrases, and the text as stored (what the evidence quotes)."""

    text: str
    title: str
    mentions: tuple[Mention, ...]
    headline: tuple[Mention, ...]
    stored: str


def event_record(canonical_url: str, index: int, when: EventDate | Rejected | None,
                 kinds: list[str], place: Place | None, people: list[Official],
                 best: Participants | None, orgs: list[str], score: Relevance,
                 organiser: Organiser | None = None, read: ReadFrom | None = None,
                 hidden: frozenset[str] = frozenset()) -> Event:
    """The record of event ``index`` of the page at ``canonical_url`` from the fields read for
    it (``read``: what they were read from, for the evidence; none, no evidence). ``hidden``:
    the values of ``kinds`` only gatherings on another matter give (``classify.off_topic``),
    which keep the event's attendees but are not its activities."""
    region = place.region if place else None
    named = [o for o in people if o.name]  # officials: persons
    unnamed = [o for o in people if not o.name]  # offices named without a person
    dated = when if isinstance(when, EventDate) else None  # a Rejected: a weekday unresolved
    province = province_as_of(place.province if place else None, dated.value if dated else None)
    if not GATHERINGS & set(kinds) and not (best and sworn_in(best)):
        best = None  # a finding or a statement has no attendees; its counts are violators
    return Event(
        event_id=event_id_of(canonical_url, index),
        canonical_url=canonical_url,
        event_date=dated.value.isoformat() if dated else None,
        event_date_raw=when.raw if when else None,
        event_date_confidence=round(dated.confidence, 2) if dated else None,
        announced=bool(dated and dated.announced),
        activities=[k for k in dict.fromkeys(kinds) if k not in hidden],
        venue=place.venue if place else None,
        regency=region.regency if region else None,
        regency_code=region.regency_code if region else None,
        province=province[1] if province else None,
        province_code=province[0] if province else None,
        officials=[{"title": o.title, "name": o.name, "region": o.region,
                    "honorifics": list(o.honorifics), "aliases": list(o.aliases)}
                   for o in named],
        offices=[{"title": o.title, "region": o.region} for o in unnamed],
        participants_count=best.count if best else None,
        participants_group=best.group if best else None,
        participants_phrase=best.phrase if best else None,
        organisations=list(dict.fromkeys(orgs)),
        relevance=round(score.score, 3),
        organiser_region=organiser.region.regency if organiser else None,
        organiser_region_code=organiser.region.regency_code if organiser else None,
        evidence=as_stored(event_evidence(
            text=read.text, title=read.title, when=when,
            mentions=[m for m in read.mentions if m.value in kinds and m.on_topic],
            headline=tuple(m for m in read.headline if m.on_topic),
            place=place, people=named, offices=unnamed, best=best),
            read.text, read.stored) if read else {},
    )
