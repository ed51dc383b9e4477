"""Links to other articles a stored page keeps: a "Baca juga: ..." line or a bulleted headline
inside the text, and the related-headline tail after the article. Their lines are other
articles' titles, so no activity, occasion or statement is read from them."""

from __future__ import annotations

import re

from transforms.prefilter import names_any, scanner, search

__all__ = ["related_headline", "tail_start"]

# "Baca juga: ...", "Simak juga ...", "Berita terkait: ...": a link to another article
_LINK_LINE = re.compile(r"^\W*(?:(?:baca|simak|lihat|cek)\s+(?:juga|pula)|berita\s+(?:terkait"
                        r"|lainnya)|artikel\s+terkait)\b", re.IGNORECASE)
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
    """A line that links to another article: "Baca juga: ...", or a bulleted line in title
    case ("- Bawaslu Temukan 12 ASN Tak Netral"), as a stored page keeps them: page
    furniture, not this article's text."""
    line = sentence.strip()
    if _LINK_LINE.match(line):
        return True
    if not line.startswith(("- ", "• ", "· ", "* ", "» ")):
        return False
    words = [w for w in line[2:].split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= 0.6


def tail_start(text: str) -> int:
    """Where the related-headline tail of a page starts (a line "Berita Terkait", "Tag" ...
    and what follows), else the text's length: its lines are other articles' titles."""
    if not names_any(text, _TAIL_WORDS):  # a long text's words are listed once, shared
        return len(text)
    head = search(_TAIL_HEAD_SCAN, text)  # only line starts are tried
    return head.start() if head else len(text)
