"""Is this page an article? For pages at URLs no outlet pattern matches.

An outlet's article URL pattern is a guess that breaks when the site is redesigned; the
page itself says what it is. A page outside the pattern is an article when it declares
itself one (og:type article, a JSON-LD Article/NewsArticle node, article:published_time)
and has a headline and a body of real length. Listing, tag and section pages declare
themselves websites or collections, and their text is teaser links: they stay out.
"""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

from transforms.extract.metadata import PageMetadata

# JSON-LD types that declare an article (not a bare WebPage: every page is one).
ARTICLE_JSONLD = {"article", "newsarticle", "blogposting", "reportagenewsarticle",
                  "analysisnewsarticle", "report"}
# What listing pages declare themselves.
LISTING_JSONLD = {"collectionpage", "itemlist", "searchresultspage", "profilepage"}
LISTING_OG = {"website", "profile", "blog"}
# "A body of real length": the longest run of text in one container (paragraphs, or text
# between <br>s) holds at least this much. An article's body does (700+ characters on the
# fixture pages); a listing's text is split into one short teaser per card (under 250).
MIN_SIGNAL_BODY_CHARS = 400
_CONTAINERS = ("div", "article", "section", "main", "td", "body")
_RUN_TAGS = {"p", "blockquote", "span", "strong", "em", "b", "i"}


def jsonld_types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def article_signals(meta: PageMetadata) -> list[str]:
    """The structured signals by which a page declares itself an article."""
    found = []
    if meta.meta.get("og:type", "").strip().lower() == "article":
        found.append("og:type article")
    types = jsonld_types(meta.jsonld) & ARTICLE_JSONLD
    if types:
        found.append("json-ld " + "/".join(sorted(types)))
    if meta.meta.get("article:published_time") or meta.jsonld.get("datePublished"):
        found.append("published time")
    return found


def _chars(text: str | None) -> int:
    return len(" ".join((text or "").split()))


def longest_text_block(tree: lxml_html.HtmlElement) -> int:
    """Characters of the longest text run in one container: its own text nodes and its
    paragraph children, without paragraphs that are mostly link text (teasers, lists)."""
    best = 0
    for element in tree.iter(*_CONTAINERS):
        total = _chars(element.text)
        for child in element:
            total += _chars(child.tail)
            if child.tag in _RUN_TAGS:
                text = _chars(child.text_content())
                linked = sum(_chars(a.text_content()) for a in child.iter("a"))
                if linked <= 0.3 * text:
                    total += text
        best = max(best, total)
    return best


def not_an_article(meta: PageMetadata, tree: lxml_html.HtmlElement) -> str | None:
    """Why a page outside the URL pattern is not taken as an article, or None.

    Read before pruning and extraction (cheap), so the listing and tag pages of a big
    archive cost one parse each.
    """
    signals = article_signals(meta)
    if not signals:
        return ("no article signals (og:type article, JSON-LD Article, "
                "article:published_time) at a URL outside the article pattern")
    og_type = meta.meta.get("og:type", "").strip().lower()
    declared_listing = (og_type in LISTING_OG
                        or jsonld_types(meta.jsonld) & LISTING_JSONLD)
    if declared_listing and "og:type article" not in signals \
            and not any(s.startswith("json-ld") for s in signals):
        return f"a listing page (og:type {og_type or '-'}) outside the article pattern"
    if not (meta.jsonld.get("headline") or meta.meta.get("og:title")
            or tree.find(".//h1") is not None):
        return "no headline at a URL outside the article pattern"
    longest = longest_text_block(tree)
    if longest < MIN_SIGNAL_BODY_CHARS:
        return (f"no body of real length (longest text block {longest} chars: teasers?) "
                "at a URL outside the article pattern")
    return None
