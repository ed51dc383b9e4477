"""Fuzz tests for bad input to the extraction functions: nothing escapes but a reasoned result.

Contracts under test:

* ``transforms.extract.article.extract_article``:
  an Article (title and body present, dates aware UTC
  and plausible) or ``ExtractError`` with a reason; nothing else.
* ``transforms.extract.decoding.decode_html``: any bytes, any Content-Type -> str, UTF-8-encodable.
* ``flows.stages.extract_one``: never raises; ('article', row) or ('reject', row with stage and
  reason), a row the JSONL sinks can write.
* ``transforms.extract.feeds.parse_feed``: entries or ``FeedError``;
  ``transforms.extract.urls.canonicalize``:
  a canonical URL (idempotent) or ``ValueError``.

Documents are the hand-made outlet pages in tests/fixtures/site and the feeds there and in
tests/fixtures/real-feeds, mutated: truncated anywhere, tags removed, duplicated, nested 3000 deep,
random attributes, giant or emptied text, wrong/absent charset, binary junk, NUL bytes, thousands
of paragraphs, stray scripts/comments/CDATA, bogus JSON-LD (invalid JSON, wrong types, lists,
nulls, "0000-00-00"), bogus meta dates and canonical links, non-Indonesian text, odd entities.
Date strings come from test_fuzz_dates.py.

CI runs a few hundred examples per test, derandomized (deterministic, no example database).
The long run (random, 10,000 examples per test; about 30 minutes on two cores):

    WARTA_FUZZ_EXAMPLES=10000 nice -n 10 .venv/bin/python -m pytest -q -p no:cacheprovider \
        --timeout=0 --hypothesis-show-statistics \
        tests/transforms/test_fuzz_dates.py tests/transforms/test_fuzz_extract.py

(``--timeout=0``: a test may run longer than pytest-timeout's 600 s per test at 10,000.)

``WARTA_HYPOTHESIS_EXAMPLES`` works too; ``WARTA_FUZZ_SEED=<int>`` makes a long run repeatable.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from build_archive import SITE, body_of, load_manifest
from conftest import FIXTURES
from hypothesis import event, example, given
from hypothesis import strategies as st
from lxml import etree
from test_fuzz_dates import assert_parsed, aware_now, date_strings, fuzz

from flows import stages
from flows.stages import extract_one
from spiders.registry import outlet_for_url
from spiders.warc import ArchivedResponse, RecordRef
from transforms.extract.article import Article, ExtractError, extract_article, long_enough
from transforms.extract.context import ExtractContext, Selectors
from transforms.extract.dates import parse_published
from transforms.extract.decoding import decode_html
from transforms.extract.feeds import FeedEntry, FeedError, parse_feed
from transforms.extract.urls import canonicalize, host_of

# -- the real-shaped documents ---------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    url: str
    html: str
    ctx: ExtractContext

    def __repr__(self) -> str:  # keeps Hypothesis' falsifying-example report readable
        return f"Page({self.url!r})"

    def _repr_pretty_(self, printer, cycle) -> None:  # what Hypothesis' report calls
        printer.text(repr(self))


def _pages() -> list[Page]:
    pages = []
    for entry in load_manifest():
        if "html" not in (entry.get("content_type") or "") or not entry.get("file"):
            continue
        outlet = outlet_for_url(entry["url"])
        fetched = datetime.fromisoformat(entry["date"].replace("Z", "+00:00"))
        html = decode_html(body_of(entry, SITE), entry["content_type"])
        pages.append(Page(entry["url"], html, outlet.context(fetched_at=fetched)))
    return pages


PAGES = _pages()
FEEDS = sorted({*(SITE / e["file"] for e in load_manifest()
                  if "xml" in (e.get("content_type") or "") and e.get("file")),
                *(FIXTURES / "real-feeds").glob("*.xml")})
# No outlet serves Atom; a small hand-written one keeps parse_feed's Atom branch in the fuzz.
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Contoh</title>
<entry><title>ASN diminta netral</title><link href="https://langgam.id/asn-netral/"/>
<link rel="edit" href="https://langgam.id/wp-admin/1"/>
<published>2024-07-04T15:30:00+07:00</published><updated>2024-07-05T08:00:00Z</updated></entry>
<entry><title type="html">Apel &amp;amp; ikrar</title>
<link rel="alternate" href="https://langgam.id/apel/"/>
<updated>Kamis, 26 September 2024 10:15 WIB</updated></entry></feed>
"""
FEED_BODIES = [path.read_bytes() for path in FEEDS] + [ATOM]

# -- mutations -------------------------------------------------------------------------------

TAG = re.compile(r"<[^<>]*>")
# "[^<>]": matches cannot overlap, so a giant text full of ">" stays a linear scan
TEXT_NODE = re.compile(r">([^<>]{3,})<")
TAG_NAMES = ["p", "div", "span", "a", "b", "html", "head", "body", "title", "meta", "script",
             "article", "h1", "br", "figure", "figcaption", "table", "li", "ul", "link", "style"]
NEST_TAGS = ["div", "span", "p", "table", "li", "b", "a", "article", "font", "section", "td"]
CHARSETS = ["utf-8", "UTF8", "latin-1", "windows-1252", "utf-16", "utf-16le", "utf-32",
            "shift_jis", "iso-2022-jp", "gb18030", "cp037", "utf-7", "x-unknown", "", "\"",
            "utf-8\x00", "ascii"]
FOREIGN = ["这是一个新闻文章的正文内容。", "هذه مقالة إخبارية عن الانتخابات.",
           "Это новостная статья.", "यह एक समाचार लेख है।",
           "This is an English news article about elections.",
           "\U0001f389\U0001f525 \u202ereversed\u202c text", "Z\u0338\u0322a\u0334l\u0335go",
           "\ufeff\u200b\u200e\u2028\u2029", "ข่าวการเลือกตั้ง", "ꦲꦏ꧀ꦱꦫꦗꦮ",
           "Ｆｕｌｌｗｉｄｔｈ　ｔｅｘｔ"]
INSERTS = ["<script>", "<script>var x = '</div>';", "</script>", "<!--", "-->", "<!-- a -- b -->",
           "<![CDATA[", "]]>", "<style>", "<?xml version='1.0'?>", "<!DOCTYPE html>",
           "<template><p>tmp</p>", "<noscript>", "<svg><foreignObject><p>x</p>", "<math>",
           "<iframe srcdoc='<p>x</p>'>", "</body></html>", "<html>", "<body>", "<head>",
           "<title>", "</title>", "<p", "<", ">", "&", "&#0;", "&#xD800;", "&#99999999;",
           "&#x110000;", "&nbsp", "&amp;amp;", "&bogus;", "<plaintext>", "<xmp>", "<textarea>",
           "<base href='javascript:x'>", "<form><input></form>", "<ruby>a<rt>b</rt></ruby>"]
ATTR_NAMES = ["class", "id", "rel", "lang", "style", "itemprop", "content", "href", "onload",
              "data-x", "charset", "property", "name", "type", "xmlns", "xml:lang", "dir"]
ATTR_VALUES = ["baca-juga", "related", "terkait", "entry-content", "share", "tag", "canonical",
               "date", "byline", "wrap__article-detail-content post-content", "comments",
               "caption", "adsbygoogle", "application/ld+json", "article:published_time",
               '"', "'", ">", "<", "", " ", "\x00", "x" * 5000]
CANONICALS = ["http://[::1", "https://evil.example/steal", "http://langgam.id:99999/",
              "HTTP://LANGGAM.ID/A", "javascript:alert(1)", "", " ", "http://", "https://",
              "http://%zz/", "http://a b/", "https://langgam.id/\x00", "//langgam.id/a",
              "http://[v7.x]/", "http://user:pass@langgam.id/", "https://xn--/",
              "httpx://langgam.id/a/", "httpss://www.antaranews.com/", "http:/langgam.id/a/",
              "https://langgam.id:abc/", "https:///"]
META_KEYS = ["article:published_time", "og:article:published_time", "datePublished",
             "og:title", "author", "article:tag", "og:locale", "description"]
SELECTORS = ["div[", "::", "", "a:has(b)", ":nth-child(-n+)", "p:contains('x')", "*", "html",
             "body", "script", "[", "#", ".", "div > > p", "\x00", "a" * 300]

QUOTES = st.sampled_from(['"', "'", ""])
texts = st.text(max_size=40)
dates = date_strings


JSON_KEYS = st.sampled_from(["@type", "@graph", "@context", "headline", "datePublished",
                             "author", "name", "keywords", "image", "caption", "url"])


def _json_containers(inner: st.SearchStrategy) -> st.SearchStrategy:
    return st.lists(inner, max_size=4) | st.dictionaries(JSON_KEYS | texts, inner, max_size=6)


# JSON-LD-ish values: the right keys with the wrong types, lists, nulls, nesting.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False)
    | texts | dates | st.sampled_from(["NewsArticle", "Article", "WebPage", "Person"]),
    _json_containers, max_leaves=25)


def _jsonld_payload(draw) -> str:
    choice = draw(st.integers(0, 5))
    if choice == 0:
        return draw(st.sampled_from(["", "null", "[]", "{}", "NaN", "1e999", "{\"@type\":",
                                     "{'@type': 'NewsArticle'}", "[" * 5000, "{\"a\":" * 3000,
                                     "\"datePublished\": \"0000-00-00\"", "}{", "\x00"]))
    if choice == 1:  # an Article node with the right keys and bogus values
        node = {"@type": draw(st.sampled_from(["NewsArticle", ["NewsArticle", "X"], None, 5])),
                "headline": draw(st.one_of(texts, st.none(), st.integers(), st.lists(texts))),
                "datePublished": draw(st.one_of(dates, st.none(), st.integers(), st.lists(dates))),
                "author": draw(JSON_VALUES), "keywords": draw(JSON_VALUES),
                "image": draw(JSON_VALUES)}
        return json.dumps(node if draw(st.booleans()) else {"@graph": [node, None, 1]})
    if choice == 2:  # nested lists of authors, a shape JSON-LD allows one level of
        depth = draw(st.sampled_from([2, 50, 400, 900]))
        return ('{"@type": "NewsArticle", "author": ' + "[" * depth + '{"name": "Redaksi"}'
                + "]" * depth + "}")
    return json.dumps(draw(JSON_VALUES))


@st.composite
def mutated(draw, base: str, *, html: bool = True) -> str:
    """``base`` with up to six random mutations (HTML- or XML-flavoured)."""
    doc = base
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 18))
        pos = draw(st.integers(0, len(doc)))
        if kind == 0:  # truncation
            doc = doc[:pos]
        elif kind == 1:  # remove one tag
            tags = list(TAG.finditer(doc))
            if tags:
                m = tags[draw(st.integers(0, len(tags) - 1))]
                doc = doc[:m.start()] + doc[m.end():]
        elif kind == 2:  # remove every open/close of one tag name
            name = draw(st.sampled_from(TAG_NAMES))
            doc = re.sub(rf"</?{name}\b[^>]*>", "", doc, flags=re.IGNORECASE)
        elif kind == 3:  # duplicate a span somewhere else
            end = min(len(doc), pos + draw(st.integers(0, 5000)))
            at = draw(st.integers(0, len(doc)))
            doc = doc[:at] + doc[pos:end] * draw(st.integers(1, 3)) + doc[at:]
        elif kind == 4:  # nesting, often past libxml2's 255 levels, maybe never closed
            tag = draw(st.sampled_from(NEST_TAGS))
            depth = draw(st.sampled_from([2, 20, 254, 255, 256, 300, 3000]))
            close = draw(st.integers(pos, len(doc)))
            closing = f"</{tag}>" * depth if draw(st.booleans()) else ""
            doc = doc[:pos] + f"<{tag}>" * depth + doc[pos:close] + closing + doc[close:]
        elif kind == 5:  # random attributes on a random tag
            tags = [m for m in TAG.finditer(doc) if re.match(r"<\w", m.group())]
            if tags:
                m = tags[draw(st.integers(0, len(tags) - 1))]
                name_end = m.start() + 1 + len(re.match(r"\w+", doc[m.start() + 1:]).group())
                attrs = "".join(
                    f" {draw(st.sampled_from(ATTR_NAMES) | texts)}={draw(QUOTES)}"
                    f"{draw(st.sampled_from(ATTR_VALUES) | texts)}{draw(QUOTES)}"
                    for _ in range(draw(st.integers(1, 4))))
                doc = doc[:name_end] + attrs + doc[name_end:]
        elif kind == 6:  # giant text
            unit = draw(st.sampled_from(["kata ", "ASN netral. ", "x", "\n", " ", "Baca juga: "])
                        | st.text(min_size=1, max_size=8))
            size = draw(st.sampled_from([1000, 20_000, 300_000]))
            doc = doc[:pos] + unit * (size // len(unit)) + doc[pos:]
        elif kind == 7:  # empty every text node
            doc = TEXT_NODE.sub("><", doc)
        elif kind == 8:  # wrong, absent or conflicting charset / encoding declaration
            label = draw(st.sampled_from(CHARSETS))
            if draw(st.booleans()):
                doc = re.sub(r"(charset|encoding)=[\"']?[\w-]+", rf"\1={label}", doc,
                             flags=re.IGNORECASE)
            else:
                doc = re.sub(r"<meta charset[^>]*>|<\?xml[^>]*\?>", "", doc, flags=re.IGNORECASE)
        elif kind == 9:  # binary junk, control characters, NUL bytes
            junk = draw(st.binary(min_size=1, max_size=200)).decode("latin-1")
            if draw(st.booleans()):
                junk = "\x00" * draw(st.sampled_from([1, 10, 5000]))
            doc = doc[:pos] + junk + doc[pos:]
        elif kind == 10:  # many paragraphs
            line = draw(st.sampled_from(["<p>ASN wajib netral dalam Pilkada 2024.</p>", "<p></p>",
                                         "<p>Baca juga: x</p>", "<p>" + FOREIGN[0] + "</p>",
                                         "<br>", "<p>a<p>b"]))
            doc = doc[:pos] + line * draw(st.sampled_from([10, 200, 3000])) + doc[pos:]
        elif kind == 11:  # stray markup: scripts, comments, CDATA, entities
            doc = doc[:pos] + draw(st.sampled_from(INSERTS)) + draw(texts) + doc[pos:]
        elif kind == 12:  # one more (bogus) JSON-LD block
            block = f'<script type="application/ld+json">{_jsonld_payload(draw)}</script>'
            head = doc.find("<head>")
            at = head + 6 if head >= 0 and draw(st.booleans()) else pos
            doc = doc[:at] + block + doc[at:]
        elif kind == 13:  # bogus meta date or other meta
            attr = draw(st.sampled_from(["property", "name", "itemprop"]))
            value = draw(dates | texts).replace('"', "&quot;")
            tag = f'<meta {attr}="{draw(st.sampled_from(META_KEYS))}" content="{value}">'
            head = doc.find("<head>")
            at = head + 6 if head >= 0 and draw(st.booleans()) else pos
            doc = doc[:at] + tag + doc[at:]
        elif kind == 14:  # bogus canonical link
            href = draw(st.sampled_from(CANONICALS) | texts).replace('"', "")
            doc = doc[:pos] + f'<link rel="canonical" href="{href}">' + doc[pos:]
        elif kind == 15:  # non-Indonesian text in every text node
            foreign = draw(st.sampled_from(FOREIGN) | st.text(min_size=1, max_size=30))
            doc = TEXT_NODE.sub(lambda m, f=foreign: f">{f}<", doc)
        elif kind == 16:  # odd lang
            lang = draw(texts)
            doc = re.sub(r'lang="[^"]*"', lambda m, v=lang: f'lang="{v}"', doc)
        elif kind == 17:  # replace a dated text (byline, pubDate, lastmod) by a bogus date
            found = [m for m in TEXT_NODE.finditer(doc) if re.search(r"\d{4}", m.group(1))]
            if found:
                m = found[draw(st.integers(0, len(found) - 1))]
                value = draw(dates).replace("<", "")
                if not html:
                    value = value.replace("&", "")
                doc = doc[:m.start(1)] + value + doc[m.end(1):]
        else:  # a URL-ish text (link, loc, guid) replaced by junk
            found = list(re.finditer(r">(https?://[^<>]*)<", doc))
            if found:
                m = found[draw(st.integers(0, len(found) - 1))]
                url = draw(st.sampled_from(CANONICALS) | texts).replace("<", "")
                doc = doc[:m.start(1)] + url + doc[m.end(1):]
    return doc


@st.composite
def outlet_pages(draw) -> tuple[Page, str]:
    page = draw(st.sampled_from(PAGES))
    return page, draw(mutated(page.html))


@st.composite
def contexts(draw, page: Page) -> ExtractContext:
    """The page's outlet context, with the discovery hints and fetch time fuzzed too."""
    ctx = page.ctx
    changes = {}
    if draw(st.booleans()):
        changes["fetched_at"] = draw(st.none() | aware_now)
    if draw(st.booleans()):
        changes["feed_published"] = draw(st.none() | dates)
    if draw(st.booleans()):
        changes["feed_title"] = draw(st.none() | texts)
    if draw(st.integers(0, 5)) == 0:
        pick = st.none() | st.sampled_from(SELECTORS) | texts
        changes["selectors"] = Selectors(
            title=draw(pick), body=draw(pick), byline_date=draw(pick), author=draw(pick),
            remove=tuple(draw(st.lists(st.sampled_from(SELECTORS) | texts, max_size=3))))
    if draw(st.integers(0, 5)) == 0:
        changes["timezone"] = draw(st.sampled_from(["UTC", "Asia/Jayapura", "Pacific/Kiritimati"]))
    return replace(ctx, **changes)


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


PARA = ("Pj Wali Kota Padang menekankan kepada seluruh ASN Pemerintah Kota Padang agar "
        "menjunjung netralitas dan integritas menjelang Pilkada 2024. ")
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


# -- extract_one -----------------------------------------------------------------------------

OUTLETS = sorted({p.ctx.outlet for p in PAGES}) + ["no-such-outlet"]


@fuzz(120)
@given(data=st.data(), doc=outlet_pages(), content_type=st.sampled_from(CONTENT_TYPES),
       fetched_at=aware_now)
def test_extract_one_never_raises_and_rejects_with_a_reason(data, doc, content_type,
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
    with mock.patch.object(stages, "read_response", return_value=record):
        kind, out = extract_one(row)
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
