"""Where each field of an event was read: the words, their character span, their sentence.

An analyst checks any event row in one look, and a wrong one can be reported precisely. Spans
are character offsets into the article's text as stored (``articles.text``), end exclusive,
so ``text[start:end] == quote``; a value read from the title says ``"in": "title"`` and
counts in the title; a date read from the photo's caption says ``"in": "caption"`` and has no
span; a place read from the dateline given apart from the text has no span.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

from transforms.events.activities.classify import Mention, sentence_spans
from transforms.events.dates.results import EventDate, Rejected
from transforms.events.officials.find import Official
from transforms.events.participants import Participants
from transforms.places.resolve import Place

Evidence = dict[str, Any]


def sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` that holds offset ``pos``."""
    spans = sentence_spans(text)
    starts = [a for a, _ in spans]
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return ""
    a, b = spans[i]
    return text[a:b].strip()


def _quote(text: str, start: int, end: int, sentence: str | None = None,
           **extra: Any) -> Evidence:
    return {"quote": text[start:end], "start": start, "end": end,
            "sentence": sentence or sentence_at(text, start), **extra}


def _located(text: str, title: str, quote: str, span: tuple[int, int] | None,
             sentence: str | None) -> Evidence | None:
    """Evidence of ``quote`` at ``span`` in the text, else in the title, else found by search."""
    for where, source in (("text", text), ("title", title)):
        if span and source[span[0]:span[1]] == quote:
            entry = _quote(source, span[0], span[1], sentence if where == "text" else None)
            return entry if where == "text" else {**entry, "in": "title"}
    at = text.find(quote) if quote else -1
    if at >= 0:
        return _quote(text, at, at + len(quote))
    at = title.find(quote) if quote else -1
    if at >= 0:
        return {**_quote(title, at, at + len(quote)), "in": "title"}
    return {"quote": quote, "sentence": sentence} if quote else None


def date_evidence(text: str, title: str, when: EventDate | Rejected | None) -> Evidence | None:
    if when is None:
        return None
    if isinstance(when, EventDate) and when.method == "caption":
        return {"quote": when.raw, "sentence": when.sentence, "in": "caption"}
    return _located(text, title, when.raw, getattr(when, "span", None),
                    getattr(when, "sentence", None))


def activity_evidence(text: str, title: str, mentions: Iterable[Mention],
                      headline: Iterable[Mention] = ()) -> list[Evidence]:
    """The first phrase of each activity value, from the text, else from the title."""
    out: dict[str, Evidence] = {}
    for m in mentions:
        if m.value not in out and text[m.start:m.end] == m.phrase:
            out[m.value] = {"value": m.value, **_quote(text, m.start, m.end, m.sentence)}
    for m in headline:
        if m.value not in out and title[m.start:m.end] == m.phrase:
            out[m.value] = {"value": m.value, **_quote(title, m.start, m.end), "in": "title"}
    return list(out.values())


def official_evidence(text: str, title: str, people: Iterable[Official],
                      key: str = "name") -> list[Evidence]:
    """Where each official was named, labelled by ``key`` of the official (its name; an office
    named without a person, ``"title"``)."""
    out = []
    for person in people:
        label = {key: getattr(person, key)}
        source = title if person.in_title else text
        if person.end > person.start and source[person.start:person.end]:
            entry = _quote(source, person.start, person.end, person.sentence or None)
            out.append({**label, **entry, **({"in": "title"} if person.in_title else {})})
        else:
            out.append({**label, "quote": person.raw, "sentence": person.sentence or None})
    return out


def place_evidence(text: str, place: Place | None) -> Evidence | None:
    if place is None:
        return None
    if place.start is not None and place.end is not None and \
            text[place.start:place.end] == place.raw:
        return {**_quote(text, place.start, place.end, place.sentence), "source": place.source}
    return {"quote": place.raw, "source": place.source, "sentence": place.sentence}


def participants_evidence(text: str, best: Participants | None) -> Evidence | None:
    if best is None:
        return None
    if 0 <= best.start < best.end and text[best.start:best.end] == best.phrase:
        return _quote(text, best.start, best.end, best.sentence or None)
    return {"quote": best.phrase, "sentence": best.sentence or None}


def event_evidence(*, text: str, title: str, when: EventDate | Rejected | None,
                   mentions: Iterable[Mention], headline: Iterable[Mention] = (),
                   place: Place | None, people: Iterable[Official],
                   best: Participants | None, offices: Iterable[Official] = ()) -> Evidence:
    """Every field's evidence for one event (keys without evidence are left out): ``people``
    are its officials, ``offices`` the offices it names without a person (record.py)."""
    found = {
        "event_date": date_evidence(text, title, when),
        "activities": activity_evidence(text, title, mentions, headline),
        "officials": official_evidence(text, title, people),
        "offices": official_evidence(text, title, offices, key="title"),
        "place": place_evidence(text, place),
        "participants": participants_evidence(text, best),
    }
    return {k: v for k, v in found.items() if v}


def as_stored(evidence: Evidence, read: str, stored: str) -> Evidence:
    """evidence read from ``read`` (the stored text unwrapped: same length, some line breaks
    made spaces) quoting the stored text, so ``stored[start:end] == quote`` holds."""
    if read is stored:
        return evidence
    return {key: [_stored(e, stored) for e in value] if isinstance(value, list)
            else _stored(value, stored) for key, value in evidence.items()}


def _stored(entry: Evidence, stored: str) -> Evidence:
    if entry.get("in") == "title" or entry.get("start") is None:
        return entry
    return {**entry, "quote": stored[entry["start"]:entry["end"]]}
