"""The faster forms of page-level steps give what the plain forms they replaced give: the
prune walk what its XPath selects, block_text's XSLT what its Python walk reads."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

from transforms.extract.boilerplate import (
    PRUNE_XPATH,
    clean_text,
    prune_covers,
    prune_targets,
    says_teaser,
)
from transforms.extract.decoding import decode_html
from transforms.extract.html_parser import html_parser
from transforms.extract.metadata import head_nodes
from transforms.extract.page_fields import CAPTION_XPATH, block_text, caption_nodes
from transforms.extract.published import DATEISH_XPATH, dateish_nodes

FIXTURE_PAGES = sorted((Path(__file__).parents[2] / "fixtures" / "site").rglob("*.html"))
PARSER = lxml_html.HTMLParser(remove_comments=True)

ODD_PAGE = """<html><body>
<div class="post"><p>Bupati Lubuk Sikaping, Rahmat Saleh, membuka rapat.<br>Baris kedua</p>
<div class="jp-relatedposts"><a href="/a">Berita lain</a></div>
<div class="bacajuga">Baca juga: Camat dilantik</div>
<section class="share-box">Bagikan</section><span class="terkait">Terkait</span>
<div id="comments">Komentar</div><div id="respond" class="x">Tulis</div>
<div class="comment-respond">Balas</div><div id="comments-2">Tetap</div>
<figure><img src="a.jpg"><figcaption>Foto: rapat</figcaption></figure>
<ins class="adsbygoogle"></ins><span class="adsbygoogle">tetap</span>
<script>var x = "<p>skrip</p>";</script>ekor skrip<style>p {}</style>
<noscript>tanpa skrip</noscript><template><p>templat</p></template>
<ul><li>satu</li><li>dua<br/>tiga</li></ul><table><tr><td>sel</td><td>sel 2</td></tr></table>
</div>ekor div</body></html>"""


def trees() -> list[lxml_html.HtmlElement]:
    pages = [ODD_PAGE] + [decode_html(path.read_bytes(), None) for path in FIXTURE_PAGES]
    return [lxml_html.document_fromstring(page, parser=PARSER) for page in pages]


def test_prune_targets_are_what_the_prune_xpath_selects():
    xpath = etree.XPath(PRUNE_XPATH)
    for tree in trees():
        assert prune_targets(tree) == xpath(tree)


def test_prune_targets_add_the_outlet_removes_in_document_order():
    tree = lxml_html.document_fromstring(ODD_PAGE, parser=PARSER)
    extra = tree.xpath("//li | //td")
    assert prune_targets(tree, extra) == tree.xpath(PRUNE_XPATH + " | //li | //td")


@pytest.mark.parametrize(("css", "covered"), [
    (".related", True), ("span.baca-juga", True), ("ins.adsbygoogle", True),
    (".sharedaddy", True), ("#comments", True), ("#respond", True),
    ("p.text-muted", False), (".tags", False), ("span.adsbygoogle", False),
    ("div .share", False), (".a.share", False), ("#comments-2", False),
])
def test_an_outlet_remove_is_skipped_only_when_the_generic_rules_drop_all_it_picks(css, covered):
    assert prune_covers(css) is covered
    if covered:  # what it picks on the odd page is among the generic targets
        tree = lxml_html.document_fromstring(ODD_PAGE, parser=PARSER)
        assert set(CSSSelector(css)(tree)) <= set(prune_targets(tree))


def test_caption_nodes_are_what_the_caption_xpath_selects():
    xpath = etree.XPath(CAPTION_XPATH)
    odd = lxml_html.document_fromstring(
        "<html><body><figure class='wp-caption'><img src='a.jpg'><p class='wp-caption-text'>"
        "Foto satu</p></figure><figure class='wp-caption-text'>Foto dua</figure>"
        "<div class='caption'>Foto tiga</div><figcaption>Foto empat</figcaption></body></html>")
    for tree in [odd, *trees()]:
        assert list(caption_nodes(tree)) == xpath(tree)


def walked(node: lxml_html.HtmlElement) -> str:
    """block_text as the Python walk it replaced read it."""
    parts: list[str] = []
    blocks = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
              "article", "ul", "ol", "table", "tr", "figure"}

    def walk(el: lxml_html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript", "template"):
            parts.append(el.tail or "")
            return
        parts.append("\n" if tag in blocks or tag == "br" else "")
        parts.append(el.text or "")
        for child in el:
            walk(child)
        parts.append("\n" if tag in blocks else "")
        parts.append(el.tail or "")

    walk(node)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def test_block_text_reads_every_element_as_the_python_walk_did():
    for tree in trees():
        for node in tree.iter(etree.Element):
            assert block_text(node) == walked(node)


def test_block_text_keeps_a_comment_s_text_as_the_walk_did():
    tree = lxml_html.document_fromstring("<html><body><p>a<!-- b -->c</p>d</body></html>")
    body = tree.find("body")
    assert block_text(body) == walked(body) == "a b c\nd"


def test_the_html_parser_gives_every_element_lxml_html_s_own_class():
    form = ("<html><body><form><input name='nip'><select></select><textarea></textarea>"
            "<label>NIP</label></form><p>Isi</p></body></html>")
    pages = [form, ODD_PAGE] + [decode_html(path.read_bytes(), None) for path in FIXTURE_PAGES]
    for page in pages:
        ours = lxml_html.document_fromstring(page, parser=html_parser())
        theirs = lxml_html.document_fromstring(page, parser=PARSER)
        assert [type(e) for e in ours.iter()] == [type(e) for e in theirs.iter()]
    assert {type(e).__name__ for e in lxml_html.document_fromstring(form, parser=html_parser())
            .iter()} >= {"FormElement", "InputElement", "SelectElement", "TextareaElement",
                         "LabelElement", "HtmlElement"}


def test_head_nodes_are_what_the_three_xpaths_select():
    odd = ("<html><head><script type='application/LD+JSON'>{}</script><meta name='a'>"
           "<meta property='og:title' content='Judul'><link rel='canonical'>"
           "<link rel='canonical' href='https://contoh.id/a'></head><body>"
           "<script type='application/ld+json'>[]</script><meta itemprop='x' content=''>"
           "<script>var a;</script><div><link href='/b'></div></body></html>")
    xpaths = ('//script[contains(translate(@type, "JSON", "json"), "ld+json")]',
              "//meta[@content]", "//link[@href]")
    pages = [odd] + [decode_html(path.read_bytes(), None) for path in FIXTURE_PAGES]
    for page in pages:
        tree = lxml_html.document_fromstring(page, parser=PARSER)
        assert head_nodes(tree) == tuple(tree.xpath(x) for x in xpaths)
        assert head_nodes(tree.find("body")) == head_nodes(tree)  # // reads the document
    # translate() lowers only J, S, O, N: "LD+JSON" is no JSON-LD type, "ld+JSON" is
    assert [len(found) for found in head_nodes(lxml_html.document_fromstring(odd))] == [1, 2, 2]


def test_says_teaser_is_a_prefix_in_the_text_with_single_spaces_case_folded():
    pieces = ["baca", "Baca", "BACA", "juga", "JUGA", "pula", "simak", "lihat", "Lihat", " ",
              "  ", "\n", "\u00a0", "\u2028", "x", "ſimak", "ß", "ẞ", "bacA", "ca", "ba", "jug",
              "a"]
    prefixes = ("baca juga", "baca pula", "simak juga", "lihat juga")
    draw = random.Random(18)
    for _ in range(20_000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 12)))
        spaced = " ".join(text.split()).casefold()
        assert says_teaser(text) == any(prefix in spaced for prefix in prefixes), repr(text)


def test_dateish_nodes_are_what_the_dateish_xpath_selects():
    odd = ("<html><body><div class='post-meta'><span class='date'>Senin, 7 Oktober 2024</span>"
           "</div><p id='update-date'>8/10/2024</p><div class='related-posts'><ul><li>"
           "<span class='date'>1 Oktober 2024</span></li></ul></div><aside class='widget'>"
           "<time class='time'>09:00</time></aside><div class='information'>Info</div>"
           "<div id='x' class=''>tanpa</div></body></html>")
    xpath = etree.XPath(DATEISH_XPATH)
    for tree in [lxml_html.document_fromstring(odd, parser=PARSER), *trees()]:
        assert list(dateish_nodes(tree)) == xpath(tree)
    assert len(xpath(lxml_html.document_fromstring(odd))) == 4


def test_cleaning_never_lengthens_a_text():
    # extract_article cleans the body container's text only when, uncleaned, it could win
    draw = random.Random(7)
    lines = ["Baca juga: Camat dilantik", "Editor: Rina", "  ", "PADANG (ANTARA) - Bupati "
             "Agam membuka rapat netralitas ASN.", "(ant)", "Judul berita", "Tags: ASN, Pilkada",
             "\u2028", "© 2024 Contoh", "Selasa, 8 Oktober 2024 09:40 WIB", "x" * 300]
    texts = [block_text(tree.find("body")) for tree in trees() if tree.find("body") is not None]
    texts += ["\n".join(draw.choice(lines) for _ in range(draw.randint(0, 20)))
              for _ in range(500)]
    for text in texts:
        assert len(clean_text(text, "Judul berita")) <= len(text)
