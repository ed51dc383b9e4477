"""Structured signals of an article page: JSON-LD, OpenGraph/article meta, canonical link."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lxml import html as lxml_html

ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle",
                 "analysisnewsarticle", "webpage"}


@dataclass
class PageMetadata:
    jsonld: dict[str, Any] = field(default_factory=dict)  # the best Article-like node
    meta: dict[str, str] = field(default_factory=dict)  # property/name/itemprop -> content
    canonical: str | None = None
    lang: str | None = None


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _walk(data: Any) -> list[dict[str, Any]]:
    """Every dict node in a JSON-LD document, @graph and nested lists included."""
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _best_article(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    ranked = sorted(
        (n for n in nodes if _types(n) & ARTICLE_TYPES),
        key=lambda n: ("webpage" in _types(n), "datePublished" not in n),
    )
    return ranked[0] if ranked else {}


def read_metadata(tree: lxml_html.HtmlElement) -> PageMetadata:
    result = PageMetadata()
    nodes: list[dict[str, Any]] = []
    for script in tree.xpath('//script[contains(translate(@type, "JSON", "json"), "ld+json")]'):
        try:
            nodes.extend(_walk(json.loads(script.text_content() or "null", strict=False)))
        except (ValueError, RecursionError):
            continue  # a broken JSON-LD block is common; the other signals still count
    result.jsonld = _best_article(nodes)
    for node in tree.xpath("//meta[@content]"):
        key = node.get("property") or node.get("name") or node.get("itemprop")
        if key and key.lower() not in result.meta:
            result.meta[key.lower()] = node.get("content", "").strip()
    for link in tree.xpath("//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            result.canonical = link.get("href").strip()
            break
    html_el = tree if tree.tag == "html" else tree.getroottree().getroot()
    lang = html_el.get("lang") if html_el is not None else None
    result.lang = lang.split("-")[0].lower() if lang else None
    return result


def jsonld_author(node: dict[str, Any], _depth: int = 0) -> str | None:
    author = node.get("author")
    if isinstance(author, list):
        if _depth >= 3:  # lists nested hundreds deep would exhaust the stack
            return None
        names = [jsonld_author({"author": a}, _depth + 1) for a in author]
        return ", ".join(n for n in names if n) or None
    if isinstance(author, dict):
        author = author.get("name")
    return str(author).strip() or None if author else None


def declares_article(meta: PageMetadata) -> bool:
    """Whether the page's own metadata says it is one article (not a listing or a home page)."""
    return (meta.meta.get("og:type", "").lower() == "article"
            or "article:published_time" in meta.meta
            or bool(_types(meta.jsonld) & (ARTICLE_TYPES - {"webpage"})))
