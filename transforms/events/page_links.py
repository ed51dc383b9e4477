"""Links to other articles a stored page keeps: a "Baca juga: ..." line or a bulleted headline
inside the text, and the related-headline tail after the article. Their lines are other
articles' titles, so no activity, occasion or statement is read from them."""

from __future__ import annotations

import re

from transforms.prefilter import scanner, search

__all__ = ["related_headline", "tail_start"]

# "Baca juga: ...", "Simak juga ...", "Berita terkait: ...": a link to another article
_LINK_LINE = re.compile(r"^\W*(?:(?:baca|simak|lihat|cek)\s+(?:juga|pula)|berita\s+(?:terkait"
                        r"|lainnya)|artikel\s+terkait)\b", re.IGNORECASE)
# a line that heads the related-headline tail a stored page keeps after the article
_TAIL_HEAD = re.compile(r"^[ \t]*(?:tags?|berita\s+(?:terkait|lainnya|populer|pilihan)"
                        r"|artikel\s+terkait|baca\s+juga|terpopuler|rekomendasi)[ \t]*:?[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)
_TAIL_HEAD_SCAN = scanner(_TAIL_HEAD)


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
    head = search(_TAIL_HEAD_SCAN, text)  # only line starts are tried
    return head.start() if head else len(text)
