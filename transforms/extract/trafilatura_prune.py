"""Eight of Trafilatura's XPaths as plain tree walks that find the same nodes, faster.

Trafilatura 2.3 prunes each page with XPaths of the form ``.//*[self::div or self::section
...][tests of @id, @class, @style...]``. libxml2 evaluates every ``self::`` test as a
sub-expression for every element, and ``re:test`` (EXSLT) calls back into Python for every
candidate: the raw-tree infinite-scroll and comment prunes cost ~0.4 ms a page each, the
boilerplate prune of the cleaned tree ~0.27, the first guess of the body's container
~0.17. Walking the elements of those tags
(``iterdescendants``: the descendants in document order, as ``.//*`` selects them) and
testing their attributes in Python finds the same nodes several times faster: lxml's
``re:test(@a, R)`` is ``re.search(R, s)`` with ``s`` the value of ``a``, "" when absent
(lxml/extensions.pxi); of ``@a|@b`` it takes the attribute that comes first on the element;
``contains(@a, x)`` is ``x in s``.

:func:`install` puts these walks in place of the XPath objects in Trafilatura's lists (it
calls each ``expression(tree)`` and deletes what comes back), only where every XPath of a
list has the shape written here (:class:`Shape`: the XPath with its regexes left open, read
from Trafilatura's own XPath): another Trafilatura version keeps what it has.
tests/transforms/extract/test_trafilatura_prune.py checks that each walk selects what its XPath
does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

_REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}
_BLOCKS = ("div", "item", "list", "p", "section", "span")
Keep = Callable[[HtmlElement], bool]


def _first_of(node: HtmlElement, first: str, second: str) -> str:
    """The string value of ``@first|@second``: the one of the two attributes that comes first
    on the element (document order), "" when neither is there."""
    one, other = node.get(first), node.get(second)
    if one is None or other is None:
        return one if other is None and one is not None else other or ""
    return one if node.keys().index(first) < node.keys().index(second) else other


def _appended_articles(scroll_id: re.Pattern[str], scroll_class: re.Pattern[str],
                       appended_id: re.Pattern[str], appended_class: re.Pattern[str]) -> Keep:
    """Infinite-scroll containers of follow-up articles (one holding no h1, or named so)."""
    def keep(node: HtmlElement) -> bool:
        ident, cls = node.get("id", ""), node.get("class", "")
        if not (scroll_id.search(ident) or scroll_class.search(cls)):
            return False
        return (next(node.iterdescendants("h1"), None) is None
                or bool(appended_id.search(ident)) or bool(appended_class.search(cls)))
    return keep


def _share_buttons() -> Keep:
    return lambda node: "elementor-share-buttons" in node.get("class", "")


def _comments(ident: re.Pattern[str], cls: re.Pattern[str]) -> Keep:
    return lambda node: bool(ident.search(node.get("id", ""))
                             or cls.search(node.get("class", "")))


def _comments_or_list(ident: re.Pattern[str], cls: re.Pattern[str], list_ident: re.Pattern[str],
                      list_cls: re.Pattern[str]) -> Keep:
    """_comments, and for ol/ul without the disqus ids."""
    comments = _comments(ident, cls)
    return lambda node: comments(node) and (
        node.tag not in ("ol", "ul") or bool(list_ident.search(node.get("id", "")))
        or bool(list_cls.search(node.get("class", ""))))


def _teaser() -> Keep:
    return lambda node: ("teaser" in node.get("id", "").replace("T", "t")
                         or "teaser" in node.get("class", "").replace("T", "t"))


def _caption() -> Keep:
    return lambda node: "caption" in node.get("id", "") or "caption" in node.get("class", "")


def _article_body(ident: re.Pattern[str], cls: re.Pattern[str]) -> Keep:
    """The first guess of the article's container."""
    def keep(node: HtmlElement) -> bool:
        get = node.get
        return (get("class") in ("post", "entry") or get("itemprop") == "articleBody"
                or get("id") == "articleContent" or bool(ident.search(get("id", "")))
                or bool(cls.search(get("class", ""))))
    return keep


def _boilerplate(consent: re.Pattern[str], ident: re.Pattern[str],
                 cls: re.Pattern[str]) -> Keep:
    """Navigation, sharing, related links, ads... named by role, id or class."""
    def keep(node: HtmlElement) -> bool:
        get = node.get
        return (get("data-lp-replacement-content") is not None
                or "nav" in get("role", "").replace("N", "n")
                or "MostPopularStories" in get("data-component", "")
                or bool(consent.search(_first_of(node, "id", "class")))
                or bool(ident.search(get("id", ""))) or bool(cls.search(get("class", ""))))
    return keep


def _hidden(hidden: re.Pattern[str], ident: re.Pattern[str], cls: re.Pattern[str]) -> Keep:
    """Hidden elements, replies, comment titles."""
    def keep(node: HtmlElement) -> bool:
        get = node.get
        style = get("style", "")
        return (get("class") == "comments-title"
                or _first_of(node, "id", "class").startswith("reply-")
                or bool(hidden.search(_first_of(node, "id", "style")))
                or "display:none" in style or "display: none" in style
                or bool(ident.search(get("id", ""))) or bool(cls.search(get("class", "")))
                or get("aria-hidden") == "true")
    return keep


@dataclass(frozen=True)
class Walk:
    """Called like an XPath object: the descendants of ``tags`` that ``keep``, in document
    order; with ``firsts`` (``.//*[...][1]``) only those no earlier sibling of which is kept.
    ``xpath`` is the XPath it stands for."""

    xpath: str
    tags: tuple
    keep: Keep
    firsts: bool = False

    def __call__(self, tree: HtmlElement) -> list[HtmlElement]:
        found = [node for node in tree.iterdescendants(*self.tags) if self.keep(node)]
        if self.firsts:
            return [node for node in found if not any(
                map(self.keep, node.itersiblings(*self.tags, preceding=True)))]
        return found

    def compiled(self) -> etree.XPath:
        """The XPath itself (for the tests)."""
        return etree.XPath(self.xpath, namespaces=_REGEXP_NS)


@dataclass(frozen=True)
class Shape:
    """One of Trafilatura's XPaths with the regexes of its ``re:test`` calls left open
    (``{}``), the tags its ``self::`` tests name (() for any element), and the test of one
    element made from those regexes, in their order; ``firsts`` as in :class:`Walk`."""

    template: str
    tags: tuple[str, ...]
    make: Callable[..., Keep]
    firsts: bool = False

    def walk(self, xpath: str) -> Walk | None:
        """The walk for this XPath (whitespace aside), None when it has another shape."""
        pieces = self.template.split("{}")
        found = re.fullmatch("([^']*)".join(map(re.escape, pieces)), " ".join(xpath.split()))
        if found is None:
            return None
        keep = self.make(*(re.compile(regex) for regex in found.groups()))
        return Walk(found.group(0), self.tags or (etree.Element,), keep, self.firsts)


_RAW = "self::div or self::section or self::aside"
_COMMENT = "re:test(@id, '{}') or re:test(@class, '{}')"
_BLOCK = " or ".join(f"self::{tag}" for tag in _BLOCKS)
# None: that XPath is left as it is.
SHAPES: dict[str, tuple[Shape | None, ...]] = {
    "BODY_XPATH": (
        Shape(".//*[self::article or self::div or self::main or self::section][ @class='post' "
              "or @class='entry' or @itemprop='articleBody' or @id='articleContent' or "
              f"{_COMMENT} ][1]", ("article", "div", "main", "section"), _article_body,
              firsts=True),
        None, None, None, None,
    ),
    "RAW_TREE_PRUNE_XPATH": (
        Shape(f".//*[{_RAW}][ {_COMMENT}][ not(.//h1) or {_COMMENT}]",
              ("div", "section", "aside"), _appended_articles),
        Shape(f".//*[{_RAW}][contains(@class, 'elementor-share-buttons')]",
              ("div", "section", "aside"), _share_buttons),
    ),
    "REMOVE_COMMENTS_AND_LISTS_XPATH": (
        Shape(".//*[self::div or self::list or self::section or self::details or self::ol or "
              f"self::ul][ {_COMMENT}][ not(self::ol or self::ul) or {_COMMENT}]",
              ("div", "list", "section", "details", "ol", "ul"), _comments_or_list),
    ),
    "REMOVE_COMMENTS_XPATH": (
        Shape(".//*[self::div or self::list or self::section or self::details][ "
              f"{_COMMENT}]", ("div", "list", "section", "details"), _comments),
    ),
    "TEASER_DISCARD_XPATH": (
        Shape(f".//*[{_BLOCK}][ contains(translate(@id, 'T', 't'), 'teaser') or "
              "contains(translate(@class, 'T', 't'), 'teaser')]", _BLOCKS, _teaser),
    ),
    "DISCARD_IMAGE_ELEMENTS": (
        Shape(f".//*[{_BLOCK}][ contains(@id, 'caption') or contains(@class, 'caption')]",
              _BLOCKS, _caption),
    ),
    "OVERALL_DISCARD_XPATH": (
        Shape(f".//*[{_BLOCK}][ @data-lp-replacement-content or "
              "contains(translate(@role, 'N', 'n'), 'nav') or "
              "contains(@data-component, 'MostPopularStories') or "
              "re:test(@id|@class, '{}') or re:test(@id, '{}') or re:test(@class, '{}')]",
              _BLOCKS, _boilerplate),
        Shape(".//*[@class='comments-title' or starts-with(@id|@class, 'reply-') or "
              "re:test(@id|@style, '{}') or contains(@style, 'display:none') or "
              "contains(@style, 'display: none') or re:test(@id, '{}') or "
              "re:test(@class, '{}') or @aria-hidden='true']", (), _hidden),
    ),
}


def install() -> list[str]:
    """Put walks in place of the XPaths in Trafilatura's lists whose every XPath has the shape
    written here, or is one left as it is (the lists are shared by the modules that import
    them, so they are changed in place); the names of the lists changed."""
    from trafilatura import xpaths

    changed = []
    for name, shapes in SHAPES.items():
        expressions = getattr(xpaths, name, None)
        if not isinstance(expressions, list) or len(expressions) != len(shapes):
            continue
        walks = [expression if shape is None else shape.walk(getattr(expression, "path", ""))
                 for shape, expression in zip(shapes, expressions, strict=True)]
        if all(walk is not None for walk in walks):
            expressions[:] = walks
            changed.append(name)
    return changed
