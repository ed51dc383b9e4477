"""Five of Trafilatura's prune XPaths as plain tree walks that find the same nodes, faster.

Trafilatura 2.3 prunes each page with XPaths of the form ``.//*[self::div or self::section
...][test of @id and @class]``. libxml2 evaluates every ``self::`` test as a sub-expression
for every element, and ``re:test`` (EXSLT) calls back into Python for every candidate: the
raw-tree infinite-scroll and comment prunes cost ~0.4 ms a page each, a sixth of
``extract_article`` together. Walking the elements of those tags (``iterdescendants``: the
descendants, in document order, as ``.//*`` selects them) and testing their attributes in
Python finds the same nodes several times faster: lxml's ``re:test(@a, R)`` is
``re.search(R, s)`` with ``s`` the value of ``a``, "" when absent (lxml/extensions.pxi), and
``contains(@a, x)`` is ``x in s``.

:func:`install` puts these walks in place of the XPath objects in Trafilatura's lists (it
calls each ``expression(tree)`` and deletes what comes back), and only where a list holds
exactly the XPath written here (whitespace aside): another Trafilatura version keeps its own.
tests/transforms/test_trafilatura_prune.py checks that each walk selects what its XPath does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

_REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}

_SCROLL = re.compile(r"mvp-post-add-(?:box|wrap)|infinite-?scroll")
_APPENDED = re.compile(r"mvp-post-add-(?:box|wrap)")
_COMMENTS_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENTS_LIST_ID = re.compile(r"^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS = re.compile(r"^[Cc]omment(?!ary)|(?:article|post)-comments")
_BLOCKS = ("div", "item", "list", "p", "section", "span")


def _appended_articles(node: HtmlElement) -> bool:
    """Infinite-scroll containers of follow-up articles (one holding no h1, or named so)."""
    ident, cls = node.get("id", ""), node.get("class", "")
    if not (_SCROLL.search(ident) or _SCROLL.search(cls)):
        return False
    return (next(node.iterdescendants("h1"), None) is None or bool(_APPENDED.search(ident))
            or bool(_APPENDED.search(cls)))


def _share_buttons(node: HtmlElement) -> bool:
    return "elementor-share-buttons" in node.get("class", "")


def _comments(node: HtmlElement) -> bool:
    return bool(_COMMENTS_ID.search(node.get("id", ""))
                or _COMMENTS_CLASS.search(node.get("class", "")))


def _comments_or_list(node: HtmlElement) -> bool:
    """_comments, and for ol/ul without the disqus ids."""
    if not _comments(node):
        return False
    return (node.tag not in ("ol", "ul") or bool(_COMMENTS_LIST_ID.search(node.get("id", "")))
            or bool(_COMMENTS_CLASS.search(node.get("class", ""))))


def _teaser(node: HtmlElement) -> bool:
    return "teaser" in node.get("id", "").replace("T", "t") or \
        "teaser" in node.get("class", "").replace("T", "t")


def _caption(node: HtmlElement) -> bool:
    return "caption" in node.get("id", "") or "caption" in node.get("class", "")


@dataclass(frozen=True)
class Walk:
    """Called like an XPath object: the descendants of ``tags`` that ``keep``, in document
    order. ``xpath`` is the XPath it stands for."""

    xpath: str
    tags: tuple[str, ...]
    keep: Callable[[HtmlElement], bool]

    def __call__(self, tree: HtmlElement) -> list[HtmlElement]:
        return [node for node in tree.iterdescendants(*self.tags) if self.keep(node)]

    def compiled(self) -> etree.XPath:
        """The XPath itself (for the tests)."""
        return etree.XPath(self.xpath, namespaces=_REGEXP_NS)


_COMMENT_TEST = ("re:test(@id, '^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)') or "
                 "re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')")
WALKS: dict[str, tuple[Walk, ...]] = {
    "RAW_TREE_PRUNE_XPATH": (
        Walk(".//*[self::div or self::section or self::aside][ "
             "re:test(@id, 'mvp-post-add-(?:box|wrap)|infinite-?scroll') or "
             "re:test(@class, 'mvp-post-add-(?:box|wrap)|infinite-?scroll')][ not(.//h1) or "
             "re:test(@id, 'mvp-post-add-(?:box|wrap)') or "
             "re:test(@class, 'mvp-post-add-(?:box|wrap)')]",
             ("div", "section", "aside"), _appended_articles),
        Walk(".//*[self::div or self::section or self::aside]"
             "[contains(@class, 'elementor-share-buttons')]",
             ("div", "section", "aside"), _share_buttons),
    ),
    "REMOVE_COMMENTS_AND_LISTS_XPATH": (
        Walk(".//*[self::div or self::list or self::section or self::details or self::ol or "
             f"self::ul][ {_COMMENT_TEST}][ not(self::ol or self::ul) or "
             "re:test(@id, '^(?:[Cc]omment(?!ary)|comol)') or "
             "re:test(@class, '^[Cc]omment(?!ary)|(?:article|post)-comments')]",
             ("div", "list", "section", "details", "ol", "ul"), _comments_or_list),
    ),
    "REMOVE_COMMENTS_XPATH": (
        Walk(".//*[self::div or self::list or self::section or self::details][ "
             f"{_COMMENT_TEST}]", ("div", "list", "section", "details"), _comments),
    ),
    "TEASER_DISCARD_XPATH": (
        Walk(".//*[self::div or self::item or self::list or self::p or self::section or "
             "self::span][ contains(translate(@id, 'T', 't'), 'teaser') or "
             "contains(translate(@class, 'T', 't'), 'teaser')]", _BLOCKS, _teaser),
    ),
    "DISCARD_IMAGE_ELEMENTS": (
        Walk(".//*[self::div or self::item or self::list or self::p or self::section or "
             "self::span][ contains(@id, 'caption') or contains(@class, 'caption')]",
             _BLOCKS, _caption),
    ),
}


def _same(expressions: list, walks: tuple[Walk, ...]) -> bool:
    paths = [" ".join(getattr(expression, "path", "").split()) for expression in expressions]
    return paths == [walk.xpath for walk in walks]


def install() -> list[str]:
    """Put the walks in place of the XPaths in Trafilatura's lists that hold exactly theirs
    (the lists are shared by the modules that import them, so they are changed in place);
    the names of the lists changed."""
    from trafilatura import xpaths

    changed = []
    for name, walks in WALKS.items():
        expressions = getattr(xpaths, name, None)
        if isinstance(expressions, list) and _same(expressions, walks):
            expressions[:] = walks
            changed.append(name)
    return changed
