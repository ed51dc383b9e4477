"""Links to other articles a stored page keeps: a "Baca juga: ..." line or a bulleted headline
inside the text, and the related-headline tail after the article. Their lines are other
articles' titles, so no activity, occasion, official or place is read from them.

The one reading of such a link for every extractor: ``related_headline`` (a line, or a sentence
opening one) and ``link_at`` (a position of the text: its line is one, or an item of a list of
links, or it stands in a headline run into a paragraph after "Baca juga").
"""

from __future__ import annotations

import re

from transforms.prefilter import names_any, scanner, search

__all__ = ["link_at", "related_headline", "tail_start"]

# A line that links to other articles: "Baca juga: ...", "Simak: ...", "Baca berita lainnya di
# ...", "Cek juga ...", "Berita terkait: ...", "Artikel lainnya": the imperative "read"/"watch"
# opening a line with a link's words is the page inviting to another text. Not a quoted
# sentence ("\"Lihat saja, ...\"") nor one going on ("Lihat kondisi jalan itu, ...").
_LINK_LINE = re.compile(
    r"^[^\w\n\"“”'‘’]*(?:(?:baca|simak|lihat|cek)(?:[^\S\n]+(?:juga|pula)(?!\w)|[^\S\n]*(?:[:!»|]|$))"
    r"|(?:baca|simak|lihat)[^\S\n]+(?:berita|artikel|selengkapnya|kisah|informasi|ulasan|video)"
    r"|(?:berita|artikel)[^\S\n]+(?:terkait|lainnya)(?!\w))", re.IGNORECASE)
# A bulleted line ("- ", "• ", "» "): a link when its words are title-cased, or when it is one
# item of a list under a link line ("Baca juga:" then "- ..." lines).
_BULLET = re.compile(r"[^\S\n]*[-–•·*»](?=[^\S\n]|[^\W\d_])[^\S\n]*")
_TITLE_CASED = 0.6  # the share of capitalised words of a headline
_LIST_ITEMS_MAX = 6  # how many bulleted items a link line may head
# A headline run into a paragraph: "... netral. Baca juga: Bupati Agam Ajak ASN Netral ...",
# the capitalised words after the marker up to the position asked about.
_INLINE = re.compile(r"(?<!\w)(?:baca|lihat|simak)[^\S\n]+(?:juga|pula)(?!\w)[^\S\n]*:?[^\S\n]*"
                     r"(?-i:[A-Z0-9][\w'’.,-]*[^\S\n]+){0,10}\Z", re.IGNORECASE)
_INLINE_REACH = 200
# Every _INLINE match holds one of these as a whole word: a long text without them is not
# searched (prefilter.names_any: its word list is shared by the scanners).
_INLINE_WORDS = frozenset({"baca", "lihat", "simak"})
# A heading line after which a stored page lists other articles ("Berita Terkait", "Tags",
# "- Terpopuler -"): every line below it is another article's title or the page's furniture.
# "Baca juga" alone on a line is not one: it introduces a single link inside the article.
_TAIL_HEAD = re.compile(
    r"^\W*(?:(?:berita|artikel)\s+(?:terkait|lainnya|populer|pilihan)|(?:berita\s+)?(?:terpopuler"
    r"|populer|terkini|terbaru)|pilihan\s+redaksi|rekomendasi(?:\s+berita)?|tags?"
    # the English headings of CMS themes ("News Feed", "Related Posts", "Latest News")
    r"|news\s+feed|(?:related|latest|popular|recent)\s+(?:news|posts?|articles?|stories))\W*$",
    re.IGNORECASE | re.MULTILINE,
)
_TAIL_HEAD_SCAN = scanner(_TAIL_HEAD)
# Every _TAIL_HEAD match holds one of these as a whole word (prefilter.names_any).
_TAIL_WORDS = frozenset({"berita", "artikel", "terpopuler", "populer", "terkini", "terbaru",
                         "pilihan", "rekomendasi", "tag", "tags", "feed", "related", "latest",
                         "popular", "recent"})


def related_headline(sentence: str) -> bool:
    """A line that links to another article ("Baca juga: ...", ``_LINK_LINE``), or a bulleted
    line in title case ("- Bawaslu Temukan 12 ASN Tak Netral"), as a stored page keeps them:
    page furniture, not this article's text. A sentence opening such a line is one too."""
    line = sentence.strip()
    if _LINK_LINE.match(line):
        return True
    bullet = _BULLET.match(line)
    if bullet is None:
        return False
    words = [w for w in line[bullet.end():].split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= _TITLE_CASED


def link_at(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` lies in a link to another article: its line is a
    ``related_headline``, or a bulleted item of a list under a link line, or it stands in a
    headline run into a paragraph after "Baca juga" (``_INLINE``)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if related_headline(text[start:end if end >= 0 else len(text)]):
        return True
    line = start
    for _ in range(_LIST_ITEMS_MAX):
        if line == 0 or not _BULLET.match(text, line):
            break
        line = text.rfind("\n", 0, line - 1) + 1
        if _LINK_LINE.match(text[line:text.find("\n", line)]):
            return True
    return bool(names_any(text, _INLINE_WORDS)
                and _INLINE.search(text, max(start, pos - _INLINE_REACH), pos))


def tail_start(text: str) -> int:
    """Where the related-headline tail of a page starts (a line "Berita Terkait", "Tag" ...
    and what follows), else the text's length: its lines are other articles' titles."""
    if not names_any(text, _TAIL_WORDS):  # a long text's words are listed once, shared
        return len(text)
    head = search(_TAIL_HEAD_SCAN, text)  # only line starts are tried
    return head.start() if head else len(text)
