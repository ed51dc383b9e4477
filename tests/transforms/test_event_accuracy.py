"""Events against the hand-checked gold (tests/fixtures/expected/events.json): field
accuracy per field, failing under the pinned floors."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from build_archive import SITE, body_of, load_manifest
from conftest import FIXTURES

from flows.stages import article_analysis, decode_html
from spiders.registry import outlet_for_url
from transforms.extract import extract_article

GOLD = json.loads((FIXTURES / "expected" / "events.json").read_text(encoding="utf-8"))
MANIFEST = {e["url"]: e for e in load_manifest()}
SCALARS = ("event_date", "announced", "regency_code", "province_code", "venue",
           "participants_count", "participants_group")


def analyse(url: str) -> dict:
    entry = MANIFEST[url]
    outlet = outlet_for_url(url)
    fetched = datetime.fromisoformat(entry["date"].replace("Z", "+00:00"))
    article = extract_article(decode_html(body_of(entry, SITE), entry["content_type"]), url,
                              outlet.context(fetched_at=fetched))
    return article_analysis(article.to_dict(), outlet.timezone)


def field_scores() -> tuple[dict[str, float], list[str]]:
    hits: dict[str, list[bool]] = {}
    misses: list[str] = []

    def score(field: str, ok: bool, url: str, got: object, want: object) -> None:
        hits.setdefault(field, []).append(ok)
        if not ok:
            misses.append(f"{url[8:60]} {field}: got {got!r}, want {want!r}")

    for gold in GOLD["articles"]:
        events = analyse(gold["url"])["events"]
        score("event", bool(events) == gold["event"], gold["url"], bool(events), gold["event"])
        if not gold["event"] or not events:
            continue
        event = events[0]
        for field in SCALARS:
            score(field, event[field] == gold[field], gold["url"], event[field], gold[field])
        score("activities", set(gold["activities"]) <= set(event["activities"]), gold["url"],
              event["activities"], gold["activities"])
        score("organisations", set(gold["organisations"]) <= set(event["organisations"]),
              gold["url"], event["organisations"], gold["organisations"])
        people = {(o["title"], o["name"]) for o in event["officials"]}
        wanted = {tuple(o) for o in gold["officials"]}
        score("officials", people == wanted, gold["url"], sorted(people, key=str),
              sorted(wanted, key=str))
    return {field: sum(v) / len(v) for field, v in hits.items()}, misses


def test_field_accuracy_does_not_fall_under_the_floors():
    scores, misses = field_scores()
    print("\n".join(f"{f:<20}{s:.2f}" for f, s in sorted(scores.items())))
    below = {f: s for f, s in scores.items() if s < GOLD["floors"][f]}
    assert not below, f"under the floor: {below}\n" + "\n".join(misses)


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_every_seed_event_is_in_the_gold(seed):
    assert any(g.get("seed") == seed for g in GOLD["articles"])
