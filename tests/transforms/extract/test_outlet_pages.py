"""Every registered outlet against its saved pages (fundus-style): one test per outlet, and
a registered outlet without fixtures fails here."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from build_archive import SITE, body_of, load_manifest
from conftest import FIXTURES

from spiders.registry import registry
from transforms.extract.article import extract_article
from transforms.extract.decoding import decode_html
from transforms.extract.feeds import parse_feed
from transforms.extract.urls import canonicalize

EXPECTED = json.loads((FIXTURES / "expected" / "articles.json").read_text(encoding="utf-8"))
MANIFEST = {e["url"]: e for e in load_manifest()}
FEED_HINTS = {
    canonicalize(entry.url): entry
    for e in load_manifest() if "xml" in (e.get("content_type") or "") and e.get("file")
    for entry in parse_feed(body_of(e, SITE))
}
FIELDS = ("canonical_url", "title", "author", "published_at", "published_source", "dateline")


@pytest.mark.parametrize("slug", sorted(registry()))
def test_outlet_has_fixtures_and_extracts_them_exactly(slug):
    outlet = registry()[slug]
    expected = [e for e in EXPECTED if e["outlet"] == slug]
    assert expected, f"outlet {slug} has no fixture articles in tests/fixtures/expected/"
    discovery = [u for u in MANIFEST for s in outlet.sources if u == s.page_url(s.first_page)]
    assert discovery, f"outlet {slug} has no saved discovery page (feed or listing)"
    for item in expected:
        entry = MANIFEST[item["url"]]
        fetched = datetime.fromisoformat(entry["date"].replace("Z", "+00:00"))
        html = decode_html(body_of(entry, SITE), entry.get("content_type"))
        hint = FEED_HINTS.get(canonicalize(item["url"]))
        context = outlet.context(fetched_at=fetched,
                                 feed_published=hint.published_raw if hint else None,
                                 feed_title=hint.title if hint else None)
        article = extract_article(html, item["url"], context)
        got = {k: getattr(article, k) for k in FIELDS}
        assert got == {k: item[k] for k in FIELDS}
        for fragment in item["must_contain"]:
            assert fragment in article.text
        for fragment in item["must_not_contain"]:
            assert fragment not in article.text


ALIASES = json.loads((FIXTURES / "expected" / "aliases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("alias", ALIASES, ids=lambda a: a["url"][8:60])
def test_an_alias_page_is_the_same_article(alias):
    """AMP copies and shortlinks stored in an archive: one article, one canonical key."""
    outlet = registry()[alias["outlet"]]
    assert outlet.is_article_url(alias["url"])
    entry = MANIFEST[alias["url"]]
    html = decode_html(body_of(entry, SITE), entry.get("content_type"))
    fetched = datetime.fromisoformat(entry["date"].replace("Z", "+00:00"))
    article = extract_article(html, alias["url"], outlet.context(fetched_at=fetched))
    assert article.canonical_url == alias["canonical_url"]
    gold = next(e for e in EXPECTED if e["canonical_url"] == alias["canonical_url"])
    assert article.title == gold["title"]
    for fragment in gold["must_contain"]:
        assert fragment in article.text
