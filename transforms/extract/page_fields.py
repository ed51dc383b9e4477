"""Fields that sit beside the article body: editor, tags and the photo caption.

They are kept apart from the text (which must not contain them) because analysts use them:
the editor and the caption's photo credit say who reported, tags say what the outlet filed
the story under.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from transforms import prefilter

_EDITOR = re.compile(
    r"\b(?:Editor|Redaktur)\s*:\s*(?P<name>[A-Za-z][\w .'’-]{0,40}?)"
    r"(?=\s*(?:$|\s-\s|\||,|COPYRIGHT|Copyright|Pewarta|Tags?\b|\d))",
    re.MULTILINE,
)
# Tried only where "editor" or "redaktur" occurs, not at every character of the page
# (~0.14 ms of a search over a whole page; transforms/prefilter.py).
_EDITOR_SCAN = prefilter.scanner(_EDITOR, word_index=False)
_HASHTAGS = re.compile(r"#\s*([^#\n]{2,40}?)\s*(?=#|$)", re.MULTILINE)
_TAG_LINE = re.compile(r"^Tags?\s*:\s*(?P<tags>.+)$", re.IGNORECASE | re.MULTILINE)
# Captions in document order; caption_nodes walks the tree for the same elements, which is
# faster and stops at the first caption (a test checks they agree on every fixture page).
CAPTION_XPATH = ("//figcaption | //*[@class][contains(@class, 'wp-caption-text') or "
                 "(contains(@class, 'caption') and not(self::figure))]")


def editor(page_text: str) -> str | None:
    """The editor named on the page; ``page_text`` is the page as block-separated lines."""
    match = prefilter.search(_EDITOR_SCAN, page_text)
    if not match:
        return None
    name = match.group("name").strip(" .-")
    return name or None


def tags(tree: lxml_html.HtmlElement, meta: dict[str, str], jsonld: dict[str, Any],
         page_text: str) -> list[str]:
    found: list[str] = []
    found += [" ".join(a.text_content().split()) for a in tree.getroottree().getroot().iter("a")
              if "tag" in (a.get("rel") or "")]  # //a[contains(@rel, 'tag')], filtered by tag in C
    keywords = jsonld.get("keywords")
    if isinstance(keywords, str):
        found += keywords.split(",")
    elif isinstance(keywords, list):
        found += [str(k) for k in keywords]
    if meta.get("article:tag"):
        found += meta["article:tag"].split(",")
    if not found:
        line = _TAG_LINE.search(page_text)
        if line:
            value = line.group("tags")
            found += _HASHTAGS.findall(value) if "#" in value else value.split(",")
    cleaned = [" ".join(t.split()).strip("# ") for t in found]
    return list(dict.fromkeys(t for t in cleaned if 1 < len(t) <= 60))


def caption_nodes(tree: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """The elements CAPTION_XPATH selects, lazily ('wp-caption-text' contains 'caption')."""
    for node in tree.iter(etree.Element):
        if node.tag == "figcaption":
            yield node
        elif (classes := node.get("class")) is not None and "caption" in classes and \
                ("wp-caption-text" in classes or node.tag != "figure"):
            yield node


def caption(tree: lxml_html.HtmlElement, jsonld: dict[str, Any]) -> str | None:
    for node in caption_nodes(tree):
        text = " ".join(node.text_content().split()).lstrip(": ").strip()
        if len(text) >= 10:
            return text
    image = jsonld.get("image")
    if isinstance(image, dict) and isinstance(image.get("caption"), str):
        return image["caption"].strip() or None
    return None


_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
           "article", "ul", "ol", "table", "tr", "figure"}
_SKIPPED = ("script", "style", "noscript", "template")
# block_text's walk as XSLT: libxslt visits the nodes in C, about twice as fast as the Python
# walk below (the same text: a break around every block and before every <br>, no text of
# scripts and styles, a comment's text kept as the walk keeps it).
_BLOCK_TEXT = etree.XSLT(etree.XML(
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    '<xsl:output method="text" encoding="UTF-8"/>'
    f'<xsl:template match="{"|".join(_SKIPPED)}"/>'
    f'<xsl:template match="{"|".join(sorted(_BLOCKS))}"><xsl:text>&#10;</xsl:text>'
    '<xsl:apply-templates/><xsl:text>&#10;</xsl:text></xsl:template>'
    '<xsl:template match="br"><xsl:text>&#10;</xsl:text><xsl:apply-templates/></xsl:template>'
    '<xsl:template match="comment()|processing-instruction()"><xsl:value-of select="."/>'
    '</xsl:template></xsl:stylesheet>'))


def _walked_text(node: lxml_html.HtmlElement) -> str:
    """block_text's raw text by a Python walk (where XSLT fails), the node's tail included."""
    parts: list[str] = []

    def walk(el: lxml_html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIPPED:
            parts.append(el.tail or "")
            return
        if tag in _BLOCKS:
            parts.append("\n")
        if tag == "br":
            parts.append("\n")
        parts.append(el.text or "")
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n")
        parts.append(el.tail or "")

    walk(node)
    return "".join(parts)


def block_text(node: lxml_html.HtmlElement) -> str:
    """Text of a subtree with a line break at every block and <br>, tails included."""
    try:
        raw = str(_BLOCK_TEXT(node)) + (node.tail or "")
    except etree.XSLTError:
        raw = _walked_text(node)
    # each line's whitespace runs made single spaces, blank lines dropped (map and filter: no
    # generator frames for the ~400 lines of a page, most of them blank)
    return "\n".join(filter(None, map(" ".join, map(str.split, filter(None, raw.splitlines())))))
