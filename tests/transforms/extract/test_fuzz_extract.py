"""Fuzz tests for bad input to the extraction functions: nothing escapes but a reasoned result.

Contracts under test:

* ``transforms.extract.article.extract_article``:
  an Article (title and body present, dates aware UTC
  and plausible) or ``ExtractError`` with a reason; nothing else.
* ``transforms.extract.decoding.decode_html``: any bytes, any Content-Type -> str, UTF-8-encodable.
* ``flows.extraction.extract_archived`` (``transforms.record.extract_record`` over an
  archived record): never raises; ('article', row) or ('reject', row with stage and
  reason), a row the JSONL sinks can write.
* ``transforms.extract.feeds.parse_feed``: entries or ``FeedError``;
  ``transforms.extract.urls.canonicalize``:
  a canonical URL (idempotent) or ``ValueError``.

Documents are the hand-made outlet pages in tests/fixtures/site and the feeds there and in
tests/fixtures/real-feeds, mutated: truncated anywhere, tags removed, duplicated, nested 3000 deep,
random attributes, giant or emptied text, wrong/absent charset, binary junk, NUL bytes, thousands
of paragraphs, stray scripts/comments/CDATA, bogus JSON-LD (invalid JSON, wrong types, lists,
nulls, "0000-00-00"), bogus meta dates and canonical links, non-Indonesian text, odd entities.
The mutations are in tests/fixtures/outlet_mutations.py, the date strings in
tests/fixtures/strategies.py.

CI runs a few hundred examples per test, derandomized (deterministic, no example database).
The long run (random, 10,000 examples per test; about 30 minutes on two cores):

    WARTA_FUZZ_EXAMPLES=10000 nice -n 10 .venv/bin/python -m pytest -q -p no:cacheprovider \
        --timeout=0 --hypothesis-show-statistics \
        tests/transforms/events/dates/test_fuzz_dates.py \
        tests/transforms/extract/test_fuzz_extract.py

(``--timeout=0``: a test may run longer than pytest-timeout's 600 s per test at 10,000.)

``WARTA_HYPOTHESIS_EXAMPLES`` works too; ``WARTA_FUZZ_SEED=<int>`` makes a long run repeatable.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st
from lxml import etree
from outlet_mutations import (
    ATOM,
    FEED_BODIES,
    FEEDS,
    PAGES,
    contexts,
    dates,
    mutated,
    outlet_pages,
    texts,
)
from strategies import assert_parsed, aware_now, fuzz

from flows import extraction
from flows.extraction import extract_archived
from spiders.records import RecordRef
from spiders.warc import ArchivedResponse
from transforms.extract.article import Article, ExtractError, extract_article, long_enough
from transforms.extract.context import ExtractContext, Selectors
from transforms.extract.dates import parse_published
from transforms.extract.decoding import decode_html
from transforms.extract.feeds import FeedEntry, FeedError, parse_feed
from transforms.extract.urls import canonicalize, host_of

# -- the contract checks ---------------------------------------------------------------------

SOURCES = {"jsonld", "meta", "byline", "feed", "url", "htmldate"}


def assert_article(article: object, url: str, ctx: ExtractContext) -> None:
    """What every returned Article promises, whatever the page looked like."""
    assert isinstance(article, Article)
    assert isinstance(article.title, str) and article.title.strip()
    assert isinstance(article.text, str) and long_enough(article.text, declared=True)
    normalized = " ".join(article.text.split())
    assert article.text_hash == hashlib.sha256(normalized.encode("utf-8")).hexdigest()
    assert article.url == url and article.outlet == ctx.outlet
    assert article.canonical_url.startswith("https://")
    if ctx.hosts and article.canonical_url != canonicalize(url):
        assert host_of(article.canonical_url) in ctx.hosts
    if article.published_at is None:
        assert article.published_raw is None and article.published_source is None
    else:
        value = datetime.fromisoformat(article.published_at)
        assert value.utcoffset() == timedelta(0)
        assert value.year >= 1990
        if ctx.fetched_at is not None:
            assert value <= ctx.fetched_at + timedelta(days=1)
        assert article.published_source in SOURCES
        assert isinstance(article.published_raw, str) and article.published_raw.strip()
    assert article.author is None or (article.author.strip() and "://" not in article.author)
    for optional in (article.dateline, article.editor, article.caption, article.language):
        assert optional is None or isinstance(optional, str)
    assert isinstance(article.tags, list) and len(set(article.tags)) == len(article.tags)
    assert all(isinstance(t, str) and 1 < len(t) <= 60 for t in article.tags)
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")  # the JSONL sink can write it


def extract_or_reason(html: str | bytes, url: str, ctx: ExtractContext) -> Article | None:
    """extract_article under its contract: an Article, or ExtractError with a reason."""
    try:
        article = extract_article(html, url, ctx)
    except ExtractError as exc:
        assert isinstance(exc.reason, str) and exc.reason.strip()
        return None
    assert_article(article, url, ctx)
    return article


# -- extract_article -------------------------------------------------------------------------

JSONLD_CASES = [
    '{"@type": "NewsArticle", "author": ' + "[" * 600 + '"x"' + "]" * 600 + "}",
    '{"@type": "NewsArticle", "datePublished": "0000-00-00", "headline": null}',
    '{"@type": "NewsArticle", "datePublished": "0001-01-01", "headline": ["a"]}',
    '{"@type": "NewsArticle", "datePublished": "9999-12-31T23:00:00-05:00"}',
]


@pytest.mark.parametrize("payload", JSONLD_CASES)
def test_bogus_jsonld_regressions(payload):
    """Regressions found by the fuzz: deeply nested author lists (RecursionError) and dates at
    the edge of the calendar (OverflowError) escaped extract_article."""
    page = PAGES[0]
    block = f'<script type="application/ld+json">{payload}</script>'
    extract_or_reason(page.html.replace("<head>", "<head>" + block, 1), page.url, page.ctx)


@pytest.mark.parametrize("href", ["http://[::1", "http://[v7.x]/", "https://[::1]x/",
                                  "httpx://{host}/a/", "http:/{host}/a/"])
def test_malformed_canonical_link_is_ignored(href):
    """Regression (fuzz): canonicalize's ValueError on a page's canonical link escaped, and an
    on-site link with a scheme that only starts with "http" became the canonical URL."""
    page = next(p for p in PAGES if 'rel="canonical"' in p.html)
    href = href.format(host=host_of(page.url))
    html = re.sub(r'<link rel="canonical" href="[^"]*"', f'<link rel="canonical" href="{href}"',
                  page.html)
    article = extract_or_reason(html, page.url, page.ctx)
    assert article is not None and article.canonical_url == canonicalize(page.url)


PARA = ("Pj Wali Kota Padang meminta semua ASN di lingkungan Pemerintah Kota Padang menjaga "
        "netralitas serta integritas menjelang Pilkada 2024. ")
HAND_CTX = ExtractContext(outlet="langgam", timezone="Asia/Jakarta", hosts=("langgam.id",),
                          selectors=Selectors(body="div.entry-content"))


def _hand_page(body: str) -> str:
    return ("<html><head><title>Judul berita</title></head><body><article><h1>Judul berita</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


@pytest.mark.parametrize("control", ["\x01", "\x08", "\x0b", "\x0c", "\x1f", "\ufffe"])
def test_control_characters_after_pruned_blocks_do_not_crash(control):
    """Regression (fuzz): a control character in the text after a pruned block (Word pastes)
    made lxml's drop_tree raise ValueError ("All strings must be XML compatible")."""
    html = _hand_page(f"<p>{PARA * 3}</p><div class='share'>Bagikan</div>{control}ekor "
                      f"<p>Kalimat{control}akhir.</p>")
    article = extract_or_reason(html, "https://langgam.id/a-b/", HAND_CTX)
    assert article is not None and "ekor" in article.text
    assert control not in article.text


@pytest.mark.parametrize("remove", [("p:contains('Iklan')",), ("p:contains('Iklan')", "div["),
                                    ("div[", "p:contains('Iklan')", "p.iklan")])
def test_contains_selector_is_refused_not_raised(remove):
    """Regression (fuzz): cssselect's ':contains' compiles to an lxml extension function.
    In the joined prune XPath it raised XPathFunctionError; as a compiled selector it broke
    once another selector had failed to compile (XPathFunctionError, or UnicodeDecodeError
    read from freed memory). Such selectors are now refused like malformed ones."""
    etree.XPath("//p")  # selectors compiled before ...
    ctx = replace(HAND_CTX, selectors=Selectors(body="div.entry-content", remove=remove))
    html = _hand_page(f"<p>{PARA * 3}</p><p class='iklan'>Iklan sponsor di sini</p>")
    extract_or_reason(html, "https://langgam.id/a-b/", ctx)
    with pytest.raises(etree.XPathSyntaxError):
        etree.XPath("//p[")  # ... a failed compile ...
    etree.XPath("//p")  # ... and the next compile
    article = extract_or_reason(html, "https://langgam.id/a-b/", ctx)
    assert article is not None and "Pj Wali Kota Padang" in article.text
    assert ("Iklan sponsor" in article.text) == ("p.iklan" not in remove)


@fuzz(250)
@given(data=st.data(), doc=outlet_pages())
def test_extract_article_on_mutated_outlet_pages(data, doc):
    page, html = doc
    ctx = data.draw(contexts(page))
    article = extract_or_reason(html, page.url, ctx)
    event("article" if article else "reject")
    event(f"published_source={article.published_source}" if article else "no article")


ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-be", "utf-32",
             "shift_jis", "gb18030", "koi8-r", "cp037"]
CONTENT_TYPES = [None, "", "text/html", "text/html; charset=UTF-8", "text/html; charset=utf-16",
                 "text/html; charset=windows-1252", "text/html; charset=x-bogus",
                 "text/html; charset=", "text/html; charset=\"utf-8", "application/octet-stream",
                 "text/html;;charset=latin1", "text/html; charset=utf-8; charset=cp1252"]


@fuzz(120)
@given(data=st.data(), doc=outlet_pages(), encoding=st.sampled_from(ENCODINGS),
       content_type=st.sampled_from(CONTENT_TYPES), junk=st.binary(max_size=64),
       at=st.integers(0, 10**6))
def test_extract_article_on_mutated_bytes(data, doc, encoding, content_type, junk, at):
    page, html = doc
    body = html.encode(encoding, errors=data.draw(st.sampled_from(["replace", "ignore"])))
    at %= len(body) + 1
    body = body[:at] + junk + body[at:]
    ctx = data.draw(contexts(page))
    extract_or_reason(body, page.url, ctx)  # extract_article's own decoding
    text = decode_html(body, content_type)  # the pipeline's
    assert isinstance(text, str)
    text.encode("utf-8")
    extract_or_reason(text, page.url, ctx)


# -- decode_html -----------------------------------------------------------------------------

BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
        b"\xff\xfe\x00"]
PREAMBLES = [b"", b'<meta charset="utf-8">', b'<meta charset="x-bogus">', b"<meta charset=>",
             b'<meta http-equiv="Content-Type" content="text/html; charset=utf-16">',
             b'<?xml version="1.0" encoding="shift_jis"?>', b'<meta charset="utf-7">']


@fuzz(300)
@given(bom=st.sampled_from(BOMS), preamble=st.sampled_from(PREAMBLES),
       body=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8")),
       content_type=st.sampled_from(CONTENT_TYPES) | st.text(max_size=40))
@example(bom=b"", preamble=b"", body="Rp1.500 – é".encode() + b"\x96",
         content_type="text/html; charset=utf-8")
def test_decode_html_takes_any_bytes(bom, preamble, body, content_type):
    raw = bom + preamble + body
    text = decode_html(raw, content_type)
    assert isinstance(text, str)
    text.encode("utf-8")  # no lone surrogates: the JSONL sinks must be able to write it
    if not bom and content_type == "text/html; charset=UTF-8":
        try:
            expected = (preamble + body).decode("utf-8")
        except UnicodeDecodeError:
            return
        assert text == expected  # valid UTF-8 under a UTF-8 header is taken as it is


# -- extract_archived --------------------------------------------------------------------------

OUTLETS = sorted({p.ctx.outlet for p in PAGES}) + ["no-such-outlet"]


@fuzz(120)
@given(data=st.data(), doc=outlet_pages(), content_type=st.sampled_from(CONTENT_TYPES),
       fetched_at=aware_now)
def test_extract_archived_never_raises_and_rejects_with_a_reason(data, doc, content_type,
                                                            fetched_at):
    page, html = doc
    body = html.encode("utf-8", errors="replace")
    if data.draw(st.booleans()):
        body = body.replace(b"\xc3\xa9", b"\xe9")  # windows-1252 bytes under a UTF-8 header
    headers = [] if content_type is None else [("Content-Type", content_type)]
    record = ArchivedResponse(page.url, 200, headers, body, fetched_at, RecordRef("x.warc", 0))
    row = {"url": page.url, "run_id": "fuzz", "warc_file": "x.warc", "warc_offset": 0,
           "outlet": data.draw(st.sampled_from(OUTLETS + [page.ctx.outlet] * 4)),
           "feed_published": data.draw(st.none() | dates),
           "feed_title": data.draw(st.none() | texts),
           "redirect_urls": data.draw(st.lists(st.sampled_from([page.url + "?utm_source=x",
                                                                "http://" + page.url[8:]]),
                                               max_size=2))}
    with mock.patch.object(extraction, "read_response", return_value=record):
        kind, out = extract_archived(row)
    assert kind in ("article", "reject")
    json.dumps(out, ensure_ascii=False, default=str).encode("utf-8")  # what the sinks do
    assert out["url"] == page.url and out["run_id"] == "fuzz"
    event(f"{kind}: {out.get('reason', '')[:30]}")
    if kind == "reject":
        assert out["stage"] == "extract" and isinstance(out["reason"], str) and out["reason"]
        return
    assert "events_error" not in out, out.get("events_error")  # extract_events did not crash
    assert out["title"].strip() and long_enough(out["text"], declared=True)
    assert out["fetched_at"] == fetched_at.isoformat()
    assert isinstance(out["events"], list) and 0.0 <= out["relevance"] <= 1.0
    if out["published_at"]:
        published = datetime.fromisoformat(out["published_at"])
        assert published.utcoffset() == timedelta(0)
        assert datetime(1990, 1, 1, tzinfo=UTC) <= published <= fetched_at + timedelta(days=1)


# -- feeds and URLs --------------------------------------------------------------------------


@st.composite
def feed_documents(draw) -> bytes:
    """A fixture feed (RSS, WordPress, sitemap, sitemap index, real ANTARA) mutated as text,
    then maybe re-encoded, given a BOM, an entity declaration or a renamed root."""
    original = draw(st.sampled_from(FEED_BODIES))
    doc = draw(mutated(original.decode("utf-8"), html=False))
    if draw(st.integers(0, 5)) == 0:
        root = draw(st.sampled_from(["rss", "feed", "urlset", "sitemapindex", "rdf:RDF", "html",
                                     "RSS", "x"]))
        doc = re.sub(r"<(/?)(rss|urlset|sitemapindex)\b", rf"<\1{root}", doc)
    if draw(st.integers(0, 8)) == 0:
        padding = " " * draw(st.sampled_from([0, 5000]))  # past the 4 KiB pre-check
        declaration = f'<!DOCTYPE rss [{padding}<!ENTITY x "{"y" * 20}">]>'
        doc = re.sub(r"(<\?xml[^>]*\?>)?", lambda m: (m.group(0) or "") + declaration, doc,
                     count=1)
    body = doc.encode(draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "latin-1", "cp037"])),
                      errors="replace")
    if draw(st.integers(0, 6)) == 0:
        body = draw(st.sampled_from(BOMS)) + body
    return body


@fuzz(300)
@given(body=st.one_of(feed_documents(), feed_documents(), feed_documents(),
                     st.binary(max_size=300)))
@example(body=b'<rss><channel><item><link>http://[::1</link></item></channel></rss>')
@example(body=b"<rdf:RDF><channel><item><link>https://a.id/b</link></item></channel></rdf:RDF>")
@example(body=ATOM.replace(b'xmlns="', b'xmlns="&#xD800;'))  # lxml: UnicodeDecodeError on .tag
@example(body=b"\x00")
@example(body=b"<?xml version='1.0'?>")
def test_parse_feed_returns_entries_or_feed_error(body):
    try:
        entries = parse_feed(body)
    except FeedError as exc:
        assert str(exc)
        event(f"FeedError: {str(exc)[:25]}")
        return
    event("entries" if entries else "no entries")
    assert isinstance(entries, list)
    for entry in entries:
        assert isinstance(entry, FeedEntry) and isinstance(entry.is_sitemap, bool)
        assert isinstance(entry.url, str) and entry.url.strip() == entry.url and entry.url
        for optional in (entry.title, entry.published_raw):
            assert optional is None or (isinstance(optional, str) and optional.strip())
        try:
            canonicalize(entry.url)
        except ValueError:
            pass
        assert_parsed(parse_published(entry.published_raw, "Asia/Jakarta"),
                      entry.published_raw, None)


def test_undeclared_namespace_prefix_is_read_not_raised():
    """Regression (fuzz): a root 'rdf:RDF' without its xmlns made etree.QName raise ValueError
    out of parse_feed (a truncated or hand-edited RSS 1.0 feed)."""
    body = b"<rdf:RDF><item><link>https://a.id/b</link><dc:date>2024</dc:date></item></rdf:RDF>"
    assert parse_feed(body) == [FeedEntry("https://a.id/b", None, "2024")]


url_parts = st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", "//", "", "javascript:",
                             "langgam.id", "LANGGAM.ID", "www.antaranews.com", "[::1]", "[::1",
                             "xn--bcher-kva.example", "bücher.example", ":443", ":80", ":99999",
                             ":", "/", "/berita/123/slug", "/../a", "/%7E", "/%zz", "?utm_source=x",
                             "?a=1&a=2", "?fbclid=y&id=3", "#frag", " ", "\x00", "@", "user:pw@"])
urls = st.lists(url_parts, max_size=8).map("".join) | st.text(max_size=60)


@fuzz(300)
@given(url=urls)
@example(url="http://langgam.id:443/a/")  # the https upgrade made :443 a default port
@example(url="http://langgam.id:443:443/a/")  # so did a doubled port
@example(url="http://:443:443")
def test_canonicalize_is_idempotent_or_raises_value_error(url):
    try:
        canonical = canonicalize(url)
    except ValueError:
        return
    assert isinstance(canonical, str)
    if canonical.startswith("https://"):
        try:
            again = canonicalize(canonical)
        except ValueError:
            pytest.fail(f"canonical form {canonical!r} of {url!r} does not canonicalize")
        assert again == canonical


def test_fixture_documents_are_loaded():
    """The fuzz starts from every outlet page and feed, so a moved fixture fails loudly."""
    assert len(PAGES) >= 20 and len({p.ctx.outlet for p in PAGES}) >= 6
    assert len(FEEDS) >= 8 and any(f.parent.name == "real-feeds" for f in FEEDS)
