"""A title the words after it place in the past: a term of office that ended before the page's
year ("Komisioner KPU Agam periode 2013-2018"), another post held now ("Camat X Rahmat, yang
kini menjabat Kepala Dinas Y"), or retirement ("Kepala BKD Rahmat yang sudah purnatugas").
Its holder is named as a former holder, not as an official of the occasion.

The words before a title ("mantan", "yang pernah menjabat") are read by officials/context.py;
officials/find.py asks this module once a title and its name are read.
"""

from __future__ import annotations

import re

__all__ = ["former_holder", "latest_year"]

# "periode 2013-2018", "masa jabatan 2013 - 2018", "periode 2013 s.d. 2018": the end year
_TERM = re.compile(r"\b(?:periode|masa[ \t]+(?:jabatan|bakti))[ \t]+\d{4}[ \t]*"
                   r"(?:[-–—/]|s\.?[ \t]*d\.?|sampai|hingga)[ \t]*(?P<end>\d{4})\b",
                   re.IGNORECASE)
# A term right after the title and its name: "Rahmat, Ketua Bawaslu Agam, periode 2013-2018"
_TERM_AFTER = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*(?=(?:periode|masa)\b)", re.IGNORECASE)
# Another post held now, or none: "..., kini menjabat Kepala Dinas Y", "yang sekarang menjadi
# Pj Bupati", "yang sudah purnatugas". The post follows (a capital): "kini menjabat untuk
# periode kedua" or "kini menjadi narasumber" is the same post; "juga" keeps a post held
# beside it ("yang kini juga menjabat Ketua Korpri").
_MOVED_ON = re.compile(
    r"[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:kini|sekarang)[ \t]+(?:(?:sudah|telah)[ \t]+)?"
    r"(?:menjabat|bertugas|menjadi|dipercaya|duduk)(?:[ \t]+(?:sebagai|menjadi|di))?"
    r"[ \t]+(?-i:(?=[A-Z]))"
    r"|[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:(?:sudah|telah|kini|sekarang)[ \t]+)?(?:purna[ \t]*tugas"
    r"|purna[ \t]*bakti|pensiun|tidak[ \t]+lagi[ \t]+menjabat)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def latest_year(text: str) -> int:
    """The latest year text names (0 when none): the page's year when it is not known."""
    return max(map(int, _YEAR.findall(text)), default=0)


def former_holder(text: str, start: int, end: int, year: int) -> bool:
    """The title read at text[start:end] (its name included) is a post held before: its term
    ended before ``year`` (the page's), or the words after it say the holder has moved on."""
    if _MOVED_ON.match(text, end):
        return True
    term = _TERM.search(text, start, end)
    if term is None and (after := _TERM_AFTER.match(text, end)):
        term = _TERM.match(text, after.end())
    return bool(term and year and int(term["end"]) < year)
