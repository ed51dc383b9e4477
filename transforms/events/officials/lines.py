"""Where a title's case tells whether a name is near: a title in lower case among lower-case
words ("para kepala OPD") names no one; a short line in title case inside a copy (a repeated
headline, a list of related headlines) tells no name before its title.

Their capitals do not tell where a name starts ("Bawaslu Usut Dugaan Kampanye Kepala Desa"), so
no name is read before a title there. (A name after a title is still read: a line without its
full stop is often a sentence or a caption; cutting it at words the rest of the copy never
capitalises lost real names.) ``title_case`` tells the same of a page's headline.
"""

from __future__ import annotations

import re

from transforms.events.officials.regions import is_region

__all__ = ["cased_line", "may_name", "title_case"]

_LONGEST = 160  # characters: a longer line is a paragraph


def cased_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the line holding text[start:end] when it is a short title-case line (five
    words or more, four in five capitalised, no closing full stop), else None."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    if last - first > _LONGEST or text[first:last].rstrip()[-1:] in ".!?\"”":
        return None  # a sentence, not a headline
    words = text[first:last].split()
    if len(words) < 5 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return None
    return first, last


def may_name(text: str, start: int, end: int) -> bool:
    """A title in lower case can name someone: a capital, an aside, a number, a comma ("kepala
    BKD", "bupati (Pj)", "bupati, Andri") or a unit word ("kepala bidang X") follows, or a name
    or bridging word stands right before ("Andri, bupati ...", "selaku kepala ...")."""
    after = text[end:end + 12].lstrip(" \t")
    if after[:1].isupper() or after[:1] in "(,0123456789" or after.startswith(_LOWER_UNITS):
        return True
    if after[:after.find(" ")].lower() in _LOWER_BODIES:
        return True  # "ketua panwaslu kecamatan X, Nama": the election body in lower case
    words = text[end:end + 40].split()
    if len(words) > 1 and words[1][:1].isupper() and words[0].isalpha() and is_region(
            words[0].title()):
        return True  # "gubernur sumbar Rahmat": the region in lower case, a name after
    before = text[max(0, start - 30):start].rstrip(" \t")
    if before.endswith((",", "(")):
        return True
    word = before[before.rfind(" ") + 1:]
    return word[:1].isupper() or word in _BRIDGES


# Units a lower-case title names before its holder; "komisi": a council's commission, its
# letter or number after it ("ketua komisi A DPRD X, Nama").
_LOWER_UNITS = ("bidang", "divisi", "devisi", "sub", "komisi")
# Election bodies and civil-service offices the press writes in lower case.
_LOWER_BODIES = frozenset({"bawaslu", "panwaslu", "panwascam", "panwaslucam", "kpu", "kpud",
                           "ppk", "pps", "bkd", "bkpsdm", "bkpp", "kesbangpol", "kasn", "bkn"})
_BRIDGES = frozenset({"selaku", "sebagai", "merupakan", "menjabat", "juga"})


_WORD = re.compile(r"[^\W\d_]+")


def title_case(title: str) -> bool:
    """A headline in title case ("Pj Gubernur Syahrul Ancam ASN"): its capitals do not
    tell a name from the verb after it. A line of more than 25 words is a lead paragraph
    standing in for the title (stored copies that start at the dateline), not a headline, and
    so is a sentence of more than 15 words closed by a full stop (headlines take none)."""
    words = _WORD.findall(title)
    if len(words) > 15 and title.rstrip().endswith("."):
        return False
    return 3 <= len(words) <= 25 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
