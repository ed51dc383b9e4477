"""Events against the hand-written gold (tests/fixtures/expected/events.json): every fixture
article, per field, failing under the pinned floors.

Each article's extracted events are paired with its gold events (tests/fixtures/gold.py,
``align``); an article whose gold is ``[]`` reports no event, so every event extracted from it
is a false positive. Scores: precision/recall of events and of the list fields (activities,
organisations, officials as (title, name), offices named without a person as titles),
accuracy of the event count per article and of every scalar field and of officials'
honorifics and aliases over the paired events.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime
from functools import cache

import pytest
from build_archive import SITE, body_of, load_manifest
from conftest import FIXTURES
from gold import EventScores, align, gold_events

from spiders.registry import outlet_for_url
from transforms.extract.article import extract_article
from transforms.extract.decoding import decode_html
from transforms.extract.feeds import parse_feed
from transforms.extract.urls import canonicalize
from transforms.page import analyse_article

GOLD = gold_events()
EXPECTED = json.loads((FIXTURES / "expected" / "articles.json").read_text(encoding="utf-8"))
MANIFEST = {e["url"]: e for e in load_manifest()}
FEED_HINTS = {
    canonicalize(entry.url): entry
    for e in load_manifest() if "xml" in (e.get("content_type") or "") and e.get("file")
    for entry in parse_feed(body_of(e, SITE))
}


def analyse(url: str) -> dict:
    """The article's relevance and events, as the pipeline computes them (feed date included)."""
    entry = MANIFEST[url]
    outlet = outlet_for_url(url)
    fetched = datetime.fromisoformat(entry["date"].replace("Z", "+00:00"))
    hint = FEED_HINTS.get(canonicalize(url))
    context = outlet.context(fetched_at=fetched,
                             feed_published=hint.published_raw if hint else None,
                             feed_title=hint.title if hint else None)
    article = extract_article(decode_html(body_of(entry, SITE), entry["content_type"]), url,
                              context)
    return analyse_article(article.to_dict(), outlet.timezone)


@cache
def scores() -> EventScores:
    result = EventScores()
    for gold in GOLD["articles"]:
        result.add(gold["url"], gold["events"], analyse(gold["url"])["events"])
    return result


def test_field_scores_do_not_fall_under_the_floors():
    result = scores()
    table = result.table()
    print("\n".join(f"{name:<24}{value:.3f}" for name, value in sorted(table.items())))
    assert set(table) == set(GOLD["floors"]), "every metric needs a pinned floor"
    below = {name: (value, GOLD["floors"][name]) for name, value in table.items()
             if value < GOLD["floors"][name]}
    assert not below, f"under the floor (score, floor): {below}\n" + "\n".join(result.misses)


def test_every_fixture_article_has_gold_events():
    assert sorted(g["url"] for g in GOLD["articles"]) == sorted(e["url"] for e in EXPECTED)
    assert any(not g["events"] for g in GOLD["articles"])  # "no events" golds score extras
    assert sum(len(g["events"]) > 1 for g in GOLD["articles"]) >= 2  # multi-event articles


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_every_seed_event_is_in_the_gold(seed):
    assert any(g.get("seed") == seed and g["events"] for g in GOLD["articles"])


def test_multi_event_articles_give_one_event_per_occurrence():
    for gold in GOLD["articles"]:
        if len(gold["events"]) > 1:
            got = analyse(gold["url"])["events"]
            assert [e["event_date"] for e in got] == [e["event_date"] for e in gold["events"]]
            assert len({e["event_id"] for e in got}) == len(got)


# --- the scorer itself: perfect on the gold, and it notices each kind of regression ----------

def _as_extracted(event: dict) -> dict:
    """A gold event in the extractor's output shape."""
    out = copy.deepcopy(event)
    details = out.pop("official_details")
    out["officials"] = [{"title": t, "name": n, **details.get(n, {"honorifics": [],
                                                                   "aliases": []})}
                        for t, n in event["officials"]]
    return out


def _score(mutate=None) -> dict[str, float]:
    result = EventScores()
    for gold in GOLD["articles"]:
        got = [_as_extracted(e) for e in gold["events"]]
        if mutate:
            got = mutate(gold["url"], got)
        result.add(gold["url"], gold["events"], got)
    return result.table()


def test_the_gold_scores_perfectly_against_itself():
    assert set(_score().values()) == {1.0}


@pytest.mark.parametrize(("mutate", "falls"), [
    (lambda url, got: got + [got[0]] if got else [], {"events_precision", "event_count"}),
    (lambda url, got: got[1:] if len(got) > 1 else got, {"events_recall", "event_count"}),
    (lambda url, got: got or [_as_extracted(GOLD["articles"][0]["events"][0])],
     {"events_precision", "event_count"}),
    (lambda url, got: [{**e, "event_date": "2024-01-01"} for e in got], {"event_date"}),
    (lambda url, got: [{**e, "activities": [*e["activities"], "pelanggaran"]} for e in got],
     {"activities_precision"}),
    (lambda url, got: [{**e, "officials": e["officials"][1:]} for e in got],
     {"officials_recall"}),
    (lambda url, got: [{**e, "officials": [{**o, "aliases": []} for o in e["officials"]]}
                       for e in got], {"aliases"}),
    (lambda url, got: [{**e, "participants_count": None} for e in got], {"participants_count"}),
])
def test_the_scorer_notices_a_regression(mutate, falls):
    table = _score(mutate)
    assert {name for name, value in table.items() if value < 1.0} == falls


def test_events_are_paired_by_date_and_activities_not_by_order():
    first = _as_extracted(GOLD["articles"][0]["events"][0])
    second = {**first, "event_date": "2024-10-01", "activities": ["bimtek"]}
    pairs = align([first, second], [second, first])
    assert all(want is have for want, have in pairs)
