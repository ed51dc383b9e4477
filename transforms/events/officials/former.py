"""A title the words after it place in the past: a term of office that ended before the page's
year ("Komisioner KPU Agam periode 2013-2018"), another post held now ("Camat X Rahmat, yang
kini menjabat Kepala Dinas Y": that post is his when he acts under it, "..., ikut hadir"), or
retirement ("Kepala BKD Rahmat yang sudah purnatugas").
Its holder is named as a former holder, not as an official of the occasion.

The words before a title ("mantan", "yang pernah menjabat") are read by officials/context.py;
officials/find.py asks this module once a title and its name are read.
"""

from __future__ import annotations

import re

__all__ = ["former_holder", "latest_year", "now_holds"]

# "periode 2013-2018", "masa jabatan 2013 - 2018", "periode 2013 s.d. 2018": the end year
_TERM = re.compile(r"\b(?:periode|masa[ \t]+(?:jabatan|bakti))[ \t]+\d{4}[ \t]*"
                   r"(?:[-–—/]|s\.?[ \t]*d\.?|sampai|hingga)[ \t]*(?P<end>\d{4})\b",
                   re.IGNORECASE)
# A term right after the title and its name: "Rahmat, Ketua Bawaslu Agam, periode 2013-2018"
_TERM_AFTER = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*(?=(?:periode|masa)\b)", re.IGNORECASE)
# Another post held now: "..., kini menjabat Kepala Dinas Y", "yang sekarang menjadi Pj
# Bupati". The post follows (a capital): "kini menjabat untuk periode kedua" or "kini menjadi
# narasumber" is the same post; "juga" keeps a post held beside it ("yang kini juga menjabat
# Ketua Korpri").
_NOW_ELSEWHERE = re.compile(
    r"[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:kini|sekarang)[ \t]+(?:(?:sudah|telah)[ \t]+)?"
    r"(?:menjabat|bertugas|menjadi|dipercaya|duduk)(?:[ \t]+(?:sebagai|menjadi|di))?"
    r"[ \t]+(?-i:(?=[A-Z]))", re.IGNORECASE)
# No post: "yang sudah purnatugas", "yang telah pensiun".
_RETIRED = re.compile(
    r"[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:(?:sudah|telah|kini|sekarang)[ \t]+)?(?:purna[ \t]*tugas"
    r"|purna[ \t]*bakti|pensiun|tidak[ \t]+lagi[ \t]+menjabat)\b", re.IGNORECASE)
# The holder acts at the occasion right after the post held now: "..., ikut hadir", "membuka
# ...", "mengatakan ..." (not "merupakan", "menjabat": more of the background).
_ACTS = re.compile(r"[ \t]*,?[ \t]*(?:(?:juga|turut|ikut|pun|tampak|terlihat|sempat)[ \t]+)*"
                   r"(?:hadir|(?!(?:menjabat|merupakan|menjadi)\b)(?:me|ber)[a-z]{3,})\b")
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def latest_year(text: str) -> int:
    """The latest year text names (0 when none): the page's year when it is not known."""
    return max(map(int, _YEAR.findall(text)), default=0)


def former_holder(text: str, start: int, end: int, year: int) -> bool:
    """The title read at text[start:end] (its name included) is a post held before: its term
    ended before ``year`` (the page's), or the words after it say the holder has moved on."""
    if _NOW_ELSEWHERE.match(text, end) or _RETIRED.match(text, end):
        return True
    term = _TERM.search(text, start, end)
    if term is None and (after := _TERM_AFTER.match(text, end)):
        term = _TERM.match(text, after.end())
    return bool(term and year and int(term["end"]) < year)


def now_holds(text: str, former_end: int, start: int, end: int) -> bool:
    """The title at text[start:end] is the post a former holder (his former title ending at
    ``former_end``) holds now ("Camat X Rahmat, yang kini menjabat Kepala Dinas Y"), and he
    takes part in the occasion under it: a verb of his follows ("..., ikut hadir")."""
    bridge = _NOW_ELSEWHERE.match(text, former_end)  # (its lookahead reads past ``start``)
    return bool(bridge and bridge.end() == start and _ACTS.match(text, end))
