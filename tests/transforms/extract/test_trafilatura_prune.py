"""Each tree walk put in place of one of Trafilatura's prune XPaths selects what the XPath
selects: on the fixture pages, on random trees of the tags and names the XPaths test, and
installed on the Trafilatura of the lock file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import trafilatura
from lxml import html as lxml_html
from trafilatura import xpaths

import transforms.extract.article  # noqa: F401  (installs the walks)
from transforms.extract.trafilatura_prune import SHAPES, Walk, install

FIXTURE_PAGES = sorted((Path(__file__).parents[2] / "fixtures" / "site").rglob("*.html"))
ALL_WALKS = [walk for name in SHAPES for walk in getattr(xpaths, name) if isinstance(walk, Walk)]
TAGS = ("div", "section", "aside", "ol", "ul", "list", "details", "item", "p", "span", "h1",
        "a", "li", "article", "main")
NAMES = ("comment", "Comment", "comments", "commentary", "Commentary-box", "comol", "xcomment",
         "disqus_thread", "dsq-comments", "article-comments", "post-comments", "comment-list",
         "mvp-post-add-box", "mvp-post-add-wrap", "mvp-post-add", "infinite-scroll",
         "infinitescroll", "Infinite-scroll", "elementor-share-buttons", "elementor-widget",
         "teaser", "Teaser", "TEASER", "news-teaser-box", "caption", "Caption", "wp-caption",
         "entry", "", " ", "nav", "Navigation", "share-box", "sharing", "social", "cookie",
         "reply-1", "reply-", "comments-title", "message", "hidden", " hidden", "hide-me",
         "x-hide-y", "ad-slot", "a ad b", "taboola", "meta", "widget", "tags", "related",
         "display:none", "display: none", "color: red", "reader-comments", "akismet", "true",
         "MostPopularStories", "menu", "footer", "bar", "post-body", "post", "entry",
         "articleContent", "articleBody", "article-content", "entry-content")
ATTRIBUTES = ("id", "class", "style", "role", "aria-hidden", "data-component",
              "data-lp-replacement-content", "itemprop")


def _random_tree(rng: random.Random) -> lxml_html.HtmlElement:
    root = lxml_html.fromstring("<html><body></body></html>")
    nodes = [root.find("body")]
    for _ in range(rng.randint(5, 60)):
        node = lxml_html.Element(rng.choice(TAGS))
        for attribute in rng.sample(ATTRIBUTES, len(ATTRIBUTES)):  # any order on the element
            if rng.random() < (0.6 if attribute in ("id", "class") else 0.15):
                node.set(attribute, " ".join(rng.choice(NAMES) for _ in range(rng.randint(1, 3))))
        node.text = "teks"
        rng.choice(nodes).append(node)
        nodes.append(node)
    return root


@pytest.mark.parametrize("walk", ALL_WALKS, ids=lambda walk: walk.xpath[:50])
def test_walk_selects_what_its_xpath_selects(walk: Walk) -> None:
    xpath = walk.compiled()
    rng = random.Random(20261205)
    selected = 0
    for _ in range(1500):
        tree = _random_tree(rng)
        expected = xpath(tree)
        assert walk(tree) == expected
        selected += len(expected)
    assert selected > 100  # the random trees reach the names the walk looks for
    for page in FIXTURE_PAGES:
        tree = lxml_html.document_fromstring(page.read_bytes())
        assert walk(tree) == xpath(tree)


def test_installed_on_the_locked_trafilatura() -> None:
    """Trafilatura 2.3.1 (uv.lock) has XPaths of these shapes: each list holds walks now
    (a Trafilatura whose XPaths differ keeps its own, and this test tells)."""
    for name, shapes in SHAPES.items():
        walks = getattr(xpaths, name)
        assert len(walks) == len(shapes), name
        assert all(isinstance(walk, Walk) == (shape is not None)
                   for walk, shape in zip(walks, shapes, strict=True)), name
    assert install() == []  # a second install finds XPaths no more


def test_a_walk_is_used_by_trafilatura() -> None:
    page = ("<html><body><article><h1>Judul</h1><p>" + "Kalimat isi berita yang panjang. " * 20
            + "</p></article><div id='comments'><p>Komentar pembaca di bawah berita.</p></div>"
            "</body></html>")
    doc = trafilatura.bare_extraction(lxml_html.document_fromstring(page), fast=True,
                                      include_comments=False)
    assert "Kalimat isi" in doc.text and "Komentar" not in doc.text
