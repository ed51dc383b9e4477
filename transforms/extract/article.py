"""One article page (HTML) in, one article record out: pure, typed, no IO.

Order of trust: structured metadata (JSON-LD, article:published_time, rel=canonical),
then the outlet's selectors as hints, then Trafilatura's generic extraction as the base.
"""

from __future__ import annotations

import hashlib
import re
from copy import copy
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector
from trafilatura.settings import Extractor

from transforms.extract import page_fields
from transforms.extract.boilerplate import (
    clean_text,
    credit_caption,
    drop_teasers,
    prune_covers,
    prune_targets,
)
from transforms.extract.context import ExtractContext
from transforms.extract.html_parser import parse_page
from transforms.extract.metadata import (
    PageMetadata,
    declares_article,
    jsonld_author,
    read_metadata,
)
from transforms.extract.page_fields import block_text
from transforms.extract.published import published as find_published
from transforms.extract.signals import MIN_SIGNAL_BODY_CHARS, not_an_article
from transforms.extract.trafilatura_prune import install as install_prune_walks
from transforms.extract.urls import canonicalize, host_of

EXTRACTOR_VERSION = "2"
MIN_BODY_CHARS = 200
# A page whose metadata declares an article (og:type, JSON-LD, a publication time) may be a
# photo or video page whose text is one short paragraph: still that article, when the text
# holds a sentence of this length (a truncated page's navigation labels hold none).
MIN_DECLARED_SENTENCE_CHARS = 80
_SENTENCE_END = ('.', '!', '?', '"', '”', ')')
# The body container schema.org markup names: the hint on a site the registry has no selectors
# for (Trafilatura's own body paths skip it on inline elements such as <span>).
GENERIC_BODY = "[itemprop=articleBody]"
# Elements a page may hold. Trafilatura's main extraction grows faster than linearly with the
# elements of the body it walks (50,000 short paragraphs ~6 s, 100,000 ~24 s; an 18.5 MB page
# of 290,000 held a run for minutes); news pages hold a few thousand. Its own limits do not
# help: MAX_FILE_SIZE (20 MB) is checked on raw strings only, and a page of tiny elements is
# slow well under it; MAX_TREE_SIZE is checked on the output, after the work is done.
MAX_ELEMENTS = 40_000
# Each element takes at least 3 characters ("<p>"): a shorter page needs no count.
_MIN_CHARS_PER_ELEMENT = 3


@dataclass
class Article:
    url: str
    canonical_url: str
    outlet: str
    title: str
    author: str | None
    published_at: str | None  # ISO 8601, UTC
    published_raw: str | None
    published_source: str | None  # jsonld|meta|byline|feed, or url|htmldate (day only)
    dateline: str | None
    editor: str | None
    tags: list[str]
    caption: str | None
    text: str
    text_hash: str
    language: str | None
    extractor_version: str = EXTRACTOR_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class ExtractError(ValueError):
    """A page that yields no article; ``reason`` goes to the rejects table."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class NotAnArticle(ExtractError):
    """A page outside the outlet's article pattern that does not show itself an article
    (a listing, a tag page): no article, and not a failure either."""


_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{2,60}$")
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][\w'.]*(?:\s[A-Z][\w'.]*){0,3}?)[.,]?\s*"
    r"(?:\((?P<agency>[^)]{2,40})\)|,\s*(?P<agency2>[\w.]{3,30}))\s*[-–—]"
)
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The same characters one by one: ``in`` finds one character at memchr speed, ~15x faster
# than the class's search over a whole page (0.13 ms for 33 KB).
_XML_INVALID_CHARS = tuple(map(chr, [*range(0x09), 0x0b, 0x0c, *range(0x0e, 0x20),
                                     0xfffe, 0xffff]))
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # below 32, not tab, LF, CR, FF
_BYLINE_AUTHOR = re.compile(
    r"\b(?:Pewarta|Penulis|Reporter|Oleh)\s*:?\s*(?P<name>[^,|\n<]{2,60}?)\s*(?:,|\||Editor|Redaktur|$)",
    re.IGNORECASE,
)


# Trafilatura's options, built once: building them reads its config's values (~0.04 ms a
# page). Metadata comes from read_metadata(); Trafilatura's own pass would cost ~40%.
_TRAFILATURA = Extractor(output_format="python", comments=False, tables=False, dedup=False,
                         with_metadata=False, fast=True)
# Its prune XPaths that test @id/@class with re:test, as tree walks selecting the same nodes.
install_prune_walks()


def _trafilatura_options(url: str) -> Extractor:
    """_TRAFILATURA for this page (the URL is all that changes; Trafilatura logs it)."""
    options = copy(_TRAFILATURA)
    options.url = url
    options.source = url.encode("utf-8", "replace").decode("utf-8")  # as Extractor does
    return options


@lru_cache(maxsize=256)
def _selector(css: str) -> CSSSelector | None:
    """A compiled CSS selector (compiling costs ~0.2 ms; outlets reuse a handful), or None
    when the registry holds a malformed one: that must not kill extraction.

    ":contains" is refused too: it compiles to an lxml extension function that compiled
    selectors lose once any selector or XPath fails to compile in the process (then
    XPathFunctionError, or a UnicodeDecodeError read from freed memory)."""
    try:
        selector = CSSSelector(css)
    except Exception:
        return None
    return None if "__lxml_internal_css:" in selector.path else selector


@lru_cache(maxsize=64)
def _remove_paths(remove: tuple[str, ...]) -> tuple[str, ...]:
    """The XPaths of an outlet's ``remove`` selectors that the generic rules do not cover."""
    return tuple(sel.path for css in remove if not prune_covers(css) and (sel := _selector(css)))


@lru_cache(maxsize=64)
def _union_xpath(paths: tuple[str, ...]) -> etree.XPath | None:
    try:
        return etree.XPath(" | ".join(paths))
    except etree.XPathError:
        return None


def _text_of(tree: lxml_html.HtmlElement, css: str | None) -> str | None:
    selector = _selector(css) if css else None
    if selector is None:
        return None
    try:
        nodes = selector(tree)
    except Exception:  # a selector that fails on this document must not kill extraction
        return None
    for node in nodes:
        text = " ".join(node.text_content().split())
        if text:
            return text
    return None


def _title(meta: PageMetadata, tree: lxml_html.HtmlElement, ctx: ExtractContext) -> str:
    for read in (  # in order of trust, each read only when those before it gave nothing
        lambda: meta.jsonld.get("headline"),
        lambda: meta.meta.get("og:title"),
        lambda: _text_of(tree, ctx.selectors.title),
        lambda: ctx.feed_title,
        lambda: tree.findtext(".//title"),
    ):
        if isinstance(candidate := read(), str) and candidate.strip():
            return _SITE_SUFFIX.sub("", " ".join(candidate.split())) if " - " in candidate or \
                " | " in candidate else " ".join(candidate.split())
    return ""


def _author(meta: PageMetadata, tree: lxml_html.HtmlElement, ctx: ExtractContext) -> str | None:
    name = jsonld_author(meta.jsonld) or meta.meta.get("author")
    if not name:
        byline = _text_of(tree, ctx.selectors.author)
        match = _BYLINE_AUTHOR.search(byline) if byline else None
        name = match.group("name") if match else None
    if name and not re.search(r"https?://", name):
        return " ".join(name.split()) or None
    return None


def _body_by_selector(tree: lxml_html.HtmlElement, css: str | None) -> str:
    """The outlet's body container as text (the tree is already pruned); "" when absent."""
    selector = _selector(css) if css else None
    if selector is None:
        return ""
    try:
        nodes = selector(tree)
    except Exception:
        return ""
    return block_text(nodes[0]) if nodes else ""


def _prune(tree: lxml_html.HtmlElement, ctx: ExtractContext) -> None:
    """Drop boilerplate nodes: the generic rules plus the outlet's ``remove`` selectors."""
    removes: list[lxml_html.HtmlElement] = []
    if paths := _remove_paths(tuple(ctx.selectors.remove)):
        compiled = _union_xpath(paths)
        if compiled is not None:
            removes = compiled(tree)
        else:  # one bad selector: apply the rest one by one
            for xpath in paths:
                try:
                    removes.extend(tree.xpath(xpath))
                except etree.XPathError:
                    continue
    for node in prune_targets(tree, removes):
        if node.getparent() is not None:
            node.drop_tree()
    drop_teasers(tree)


def _unless(value: str | None, title: str) -> str | None:
    """A caption that only repeats the headline (a lightbox title) is no caption."""
    return None if value and value.casefold() == title.casefold() else value


def long_enough(text: str, declared: bool) -> bool:
    """Whether ``text`` is an article body: MIN_BODY_CHARS, or on a page that declares an
    article, one sentence-long line (a photo or video page's paragraph)."""
    if len(text) >= MIN_BODY_CHARS:
        return True
    return declared and any(len(line) >= MIN_DECLARED_SENTENCE_CHARS
                            and line.endswith(_SENTENCE_END) for line in text.splitlines())


def _dateline(text: str) -> str | None:
    match = _DATELINE.match(text)
    return match.group("city").strip(" .") if match else None


def extract_article(html: str | bytes, url: str, ctx: ExtractContext, *,
                    require_signals: bool = False) -> Article:
    """Extract one article; raises ExtractError with a reason when the page holds none.

    ``require_signals``: the URL is outside the outlet's article pattern, so the page must
    show itself an article (transforms/extract/signals.py), else NotAnArticle."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not html or not html.strip():
        raise ExtractError("empty document")
    sample = html[:4096]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > len(sample) * 0.05:
        raise ExtractError("binary content, not an HTML document")
    # lxml parses XML-invalid characters but refuses them back (drop_tree)
    if any(char in html for char in _XML_INVALID_CHARS):
        html = _XML_INVALID.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", html)
    try:
        tree, limit = parse_page(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError(f"unparseable html: {exc}") from exc
    if limit is not None:
        raise ExtractError(f"pathological markup: {limit} (the parser stops there and "
                           "the rest of the page is lost)")
    if len(html) > MAX_ELEMENTS * _MIN_CHARS_PER_ELEMENT and \
            (elements := int(tree.xpath("count(//*)"))) > MAX_ELEMENTS:
        raise ExtractError(f"page too large to extract: {elements:,} elements in "
                           f"{len(html) / 1e6:.1f} MB of HTML (limit {MAX_ELEMENTS:,} elements)")
    meta = read_metadata(tree)
    if require_signals and (why := not_an_article(meta, tree)):
        raise NotAnArticle(why)
    # Everything read from parts of the page that pruning removes comes first.
    body_node = tree.find("body")
    page_text = block_text(body_node if body_node is not None else tree)
    author = _author(meta, tree, ctx)
    title = _title(meta, tree, ctx)
    published, source = find_published(
        meta, tree, page_text, title, url, ctx,
        selector_text=lambda: _text_of(tree, ctx.selectors.byline_date))
    caption = page_fields.caption(tree, meta.jsonld)
    tags = page_fields.tags(tree, meta.meta, meta.jsonld, page_text)

    # Prune boilerplate once, in place (Trafilatura would apply prune_xpath several times).
    _prune(tree, ctx)
    # The outlet's body container, used when it holds clearly more than Trafilatura keeps
    # (text after an in-article ad block, bodies written as <br>-separated runs).
    by_selector = _body_by_selector(tree, ctx.selectors.body or GENERIC_BODY)
    try:
        doc = trafilatura.bare_extraction(tree, options=_trafilatura_options(url))
    except Exception as exc:  # Trafilatura on hostile markup: a reject, not a crash
        raise ExtractError(f"trafilatura failed: {type(exc).__name__}: {exc}") from exc
    extracted = getattr(doc, "text", None) or ""
    text = clean_text(extracted, title)
    # a caption the page set as a paragraph, its credit after it, when it has no other
    caption = caption or credit_caption(extracted)
    # Cleaning only drops lines, so a container text no longer than this stays shorter
    # cleaned: it is cleaned only when it may win.
    if len(by_selector) > (needed := max(len(text) * 1.1, MIN_BODY_CHARS)) and \
            len(by_selector := clean_text(by_selector, title)) > needed:
        text = by_selector
    if not long_enough(text, declares_article(meta)):
        raise ExtractError(f"empty or too short body ({len(text)} chars)")
    if require_signals and len(text) < MIN_SIGNAL_BODY_CHARS:
        raise NotAnArticle(f"body of {len(text)} chars at a URL outside the article pattern")
    if not title:
        raise ExtractError("no title")

    canonical = meta.canonical
    if canonical:
        try:
            canonical = (canonicalize(canonical) if canonical.startswith(("http://", "https://"))
                         else None)
        except ValueError:  # a malformed link ("http://[::1") is no canonical link
            canonical = None
    if not canonical or (ctx.hosts and host_of(canonical) not in ctx.hosts):
        canonical = canonicalize(url)  # an offsite canonical link is not trusted

    language = meta.lang or getattr(doc, "language", None) or None
    normalized = " ".join(text.split())
    return Article(
        url=url,
        canonical_url=canonical,
        outlet=ctx.outlet,
        title=title,
        author=author,
        published_at=published.value.isoformat() if published else None,
        published_raw=published.raw if published else None,
        published_source=source,
        dateline=_dateline(text),
        editor=page_fields.editor(page_text),
        tags=tags,
        caption=_unless(caption, title),
        text=text,
        text_hash=hashlib.sha256(normalized.encode("utf-8")).hexdigest(),
        language=language,
    )
