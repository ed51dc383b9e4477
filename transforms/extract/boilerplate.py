"""What is never article text on Indonesian news pages, as XPath prunes and line rules.

Trafilatura removes most navigation; these rules catch what it keeps on these outlets
(STACK_NOTES: an inline "Baca juga:" paragraph leaks in every Trafilatura setting).
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

# Elements that are never article text: by class or id, then by tag.
_PRUNE_BY_ATTRIBUTE = (
    "contains(@class, 'baca-juga') or contains(@class, 'bacajuga')",
    "contains(@class, 'related') or contains(@class, 'terkait')",
    "contains(@class, 'share') or contains(@class, 'sharedaddy')",
    "@id='comments' or @id='respond' or contains(@class, 'comment-respond')",
)
# Elements without class or id are skipped before the string tests: ~30% faster than the
# union of six ``//*[...]`` paths this replaced (measured on the bench archive's pages).
PRUNE_XPATH = ("//*[@class or @id][" + " or ".join(f"({c})" for c in _PRUNE_BY_ATTRIBUTE)
               + "] | //figcaption | //ins[contains(@class, 'adsbygoogle')]")
# Blocks whose text starts like this are link lists or teasers, not the article.
_TEASER_PREFIXES = ("baca juga", "baca pula", "simak juga", "lihat juga")
_TEASER_MAX_CHARS = 400  # never drop a container big enough to hold the article itself


def _prefix(element: lxml_html.HtmlElement, size: int = 24) -> str:
    """The first characters of an element's text, without reading all of it."""
    collected = ""
    for piece in element.itertext():
        collected += piece
        if len(collected.strip()) >= size:
            break
    return " ".join(collected.split()).casefold()


def drop_teasers(tree: lxml_html.HtmlElement) -> int:
    """Remove "Baca juga: <headline>" paragraphs and small blocks; returns how many."""
    words = " ".join(tree.text_content().split()).casefold()
    if not any(prefix in words for prefix in _TEASER_PREFIXES):
        return 0  # the common case, found at C speed instead of element by element
    doomed = []
    for element in tree.iter("p", "div", "span", "li", "section"):
        if not _prefix(element).startswith(_TEASER_PREFIXES):
            continue
        if element.tag != "p" and len(element.text_content()) > _TEASER_MAX_CHARS:
            continue
        doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    return len(doomed)


# Lines that are never body text (matched on the stripped, case-folded line).
_DROP_LINE = re.compile(
    r"^(baca (juga|pula)\b|editor\s*:|pewarta\s*:|penulis\s*:|redaktur\s*:|reporter\s*:|"
    r"tags?\s*:|sebarkan artikel ini|bagikan( ini)?\s*:?$|share\s*:|copyright ©|"
    r"dilarang keras mengambil konten|anda dapat menyiarkan ulang|"
    r"—?\s*dapatkan update berita|ingin mendapatkan update berita|"
    r"\(adsbygoogle|alamat email anda tidak akan|"
    r"\d{1,7}\s*(kali|x dibaca|views?)$|\d{1,7}$)",
    re.IGNORECASE,
)
# Headings after which nothing on the page is the article any more.
_CUT_AFTER = re.compile(
    r"^(baca juga|berita terkait( lainnya)?|artikel terkait|tinggalkan balasan|"
    r"tinggalkan komentar|komentar|related posts?|berita lainnya)\s*:?$",
    re.IGNORECASE,
)


def clean_text(text: str) -> str:
    """Drop boilerplate lines and everything after a related-list or comment heading."""
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if _CUT_AFTER.match(stripped):
            break
        if _DROP_LINE.match(stripped):
            continue
        kept.append(stripped)
    return "\n".join(kept)
