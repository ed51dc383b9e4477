"""A copy wrapped at a fixed width, read as its paragraphs: the article text the event step sees.

Some pages deliver each paragraph broken into lines of 60-100 characters, the breaks falling
inside sentences ("... Asisten Bidang Umum Sekda\\nRina Susanti, dalam ..."). Every step that reads
a sentence (dates, places, activities, officials, participants) would lose its context at each
break, so :func:`unwrapped` makes those breaks spaces once for the whole step. The result has
the length of the stored text, so every character offset read from it (the evidence spans)
points into the stored text too.

A copy counts as wrapped only when it shows the shape: three or more *sure* breaks, each
after a full line (40 to 120 characters) that ends inside a sentence (a word, a comma, a
closing quote or bracket) before a line that goes on with a lower-case word (not a list marker
"a." or a site name "portal.com"), and these at least a quarter of the breaks after full lines.
A page with a paragraph a line has long lines and capitals after its breaks; its lists,
captions, share buttons and datelines are short lines or start with a marker, so it is left
as it is. In a wrapped copy a break is joined when its line ends inside a sentence and the
next line goes on with a lower-case word (a short line too: "Acara" / "ini dihadiri ...") or
its line ends with a comma (a title before its holder's name on the next line), or when its
line is full and the next goes on with a capital, a bracket or a quote; a line that is
a heading (mostly capitalised words, no sentence end), a "Baca juga" pointer or a caption keeps
its break, and so does one before a dateline in the first lines (the dateline must open its
line). A line that goes on from the line before is inside a paragraph, no heading, however
many capitals it holds (guests' titles and names in brackets).
"""

from __future__ import annotations

import re

_MIN_FULL, _MAX_FULL = 40, 120  # a fixed-width line; shorter ones are headings, captions, ...
_MIN_SURE = 3

_OPEN_END = re.compile(r"[^\W_]|[,\"”’)]")  # a line's last character inside a sentence
# the next line goes on with a lower-case word: not "a." / "ii)" (a list) nor "portal.com"
_GOES_ON_LOWER = re.compile(r"[a-z]{2,}(?![\w.)])|[a-z]{2,}\.(?=\s|$)")
_LIST_MARKER = re.compile(r"(?:\d{1,2}|[A-Za-z]|[ivxIVX]{1,4})[.)]\s")
_GOES_ON = re.compile(r"[^\W_]|[(\"“‘]")
# pointers and furniture lines that end without a full stop yet close their line
_FURNITURE = re.compile(
    r"(?i)(?:baca|simak|lihat)\s+juga\b|berita\s+terkait\b|(?:baca|foto|keterangan(?:\s+"
    r"(?:foto|gambar))?|ilustrasi|editor|penulis|reporter|sumber|pewarta|redaktur|tags?)\s*[:|]")
_WORD = re.compile(r"[^\W\d_]+")
# a dateline opening one of the first lines ("LEMBAH HIJAU - ...", "PADANG, KOMPAS.com -",
# "Padang (ANTARA) -"): the article starts there, whatever the line before it ends with
_DATELINE = re.compile(r"[A-Z][A-Z.]+(?:\s+[A-Z][A-Z.]+)*\s*(?:\([^)\n]{2,30}\)\s*)?[-–—,]"
                       r"|[A-Z]\w+(?:\s+[A-Z]\w+)*\s*\([A-Z][\w.]+\)\s*[-–—]")
_DATELINE_LINES = 8


def unwrapped(text: str) -> str:
    """text with the line breaks inside its sentences made spaces (same length, so offsets
    hold) when it is a copy wrapped at a fixed width (module notes); else text itself."""
    if text.count("\n") < _MIN_SURE:
        return text
    lines = text.split("\n")
    sure = full = 0
    for line, after in zip(lines, lines[1:], strict=False):
        if _MIN_FULL <= len(line.rstrip()) <= _MAX_FULL and after.strip():
            full += 1
            sure += _open(line) and _lower_word(after.lstrip())
    if sure < _MIN_SURE or 4 * sure < full:
        return text
    breaks: list[str] = []
    for i, (line, after) in enumerate(zip(lines, lines[1:], strict=False)):
        goes_on = bool(breaks) and breaks[-1] == " "  # line goes on from the one before
        breaks.append(" " if _joined(line, after, goes_on) and not (
            i < _DATELINE_LINES and _DATELINE.match(after.lstrip())) else "\n")
    return "".join(line + mark for line, mark in zip(lines, [*breaks, ""], strict=True))


def _open(line: str) -> bool:
    """line ends inside a sentence."""
    stripped = line.rstrip()
    return bool(stripped) and bool(_OPEN_END.match(stripped[-1]))


def _joined(line: str, after: str, goes_on: bool) -> bool:
    """The break between line and after is one inside a sentence of a wrapped copy: after a
    line that ends inside a sentence, before a lower-case word; after a comma; or, after a
    full line, before
    a capital, a quote or a bracket when the line is not a heading, a pointer or a caption.
    A line that goes on from the one before (``goes_on``) stands inside a paragraph, so it is
    no heading, however many capitals it holds (a run of titles and names)."""
    head = after.lstrip()
    if not _open(line) or _LIST_MARKER.match(head):
        return False
    if _lower_word(head) or line.rstrip().endswith(",") and head[:1].isupper():
        return True  # a comma closes no heading or caption: "Ketua Bawaslu Agam,\nRahmat ..."
    return (_MIN_FULL <= len(line.rstrip()) <= _MAX_FULL and bool(_GOES_ON.match(head))
            and (goes_on or not _heading(line)) and not _FURNITURE.match(line.lstrip()))


def _lower_word(head: str) -> bool:
    """A line that goes on with a lower-case word, not a list item ("ii. tidak ...")."""
    return bool(_GOES_ON_LOWER.match(head)) and not _LIST_MARKER.match(head)


def _heading(line: str) -> bool:
    """A line that opens with three capitalised words and has few others: a headline or a
    subheading ("Bupati Agam Minta ASN Jaga Netralitas"), not a line of prose, whose verbs
    and function words are lower case ("Hal ini disampaikan Sekda Agam")."""
    words = _WORD.findall(line)
    return (len(words) >= 3 and all(w[0].isupper() for w in words[:3])
            and sum(w[0].isupper() for w in words) >= 0.7 * len(words))
