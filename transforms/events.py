"""Events: who did what, where, when and for how many, assembled from one article.

Each field comes from its own extractor (activities, event_dates, places, officials,
participants, organisations, relevance); this module decides whether the article reports
an event and puts one record together. Pure: the article's fields in, records out.

An article reports an event when it is about ASN neutrality (relevance) and names at least
one activity of the taxonomy. One event per article for now: a report of two separate
events (an apel on Monday and a bimtek on Thursday) is recorded as one, with both
activities and the first date.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from transforms.activities import activities
from transforms.event_dates import event_date
from transforms.officials import officials
from transforms.organisations import organisations
from transforms.participants import participants
from transforms.places import place_of
from transforms.relevance import Relevance, relevance

EVENTS_VERSION = "1"


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


def extract_events(*, canonical_url: str, title: str, text: str, dateline: str | None,
                   published_at: datetime | None, timezone: str,
                   province_hint: str | None = None,
                   score: Relevance | None = None) -> list[Event]:
    """The events an article reports ([] when it reports none).

    ``score`` is the article's relevance when the caller has computed it already.
    """
    score = score or relevance(title, text)
    kinds = activities(text)
    if not score.about_asn_neutrality or not kinds:
        return []
    when = event_date(text, published_at, timezone) if published_at else None
    place = place_of(dateline, text, province_hint)
    region = place.region if place else None
    people = [{"title": o.title, "name": o.name or None, "region": o.region,
               "honorifics": list(o.honorifics), "aliases": list(o.aliases)}
              for o in officials(text)]
    counted = participants(text)
    best = next((p for p in counted if p.count is not None), counted[0] if counted else None)
    event_id = hashlib.sha1(f"{canonical_url}#0".encode()).hexdigest()[:16]
    return [Event(
        event_id=event_id,
        canonical_url=canonical_url,
        event_date=when.value.isoformat() if when else None,
        event_date_raw=when.raw if when else None,
        event_date_confidence=round(when.confidence, 2) if when else None,
        announced=bool(when and when.announced),
        activities=list(kinds),
        venue=place.venue if place else None,
        regency=region.regency if region else None,
        regency_code=region.regency_code if region else None,
        province=region.province if region else None,
        province_code=region.province_code if region else None,
        officials=people,
        participants_count=best.count if best else None,
        participants_group=best.group if best else None,
        participants_phrase=best.phrase if best else None,
        organisations=list(organisations(text)),
        relevance=round(score.score, 3),
    )]
