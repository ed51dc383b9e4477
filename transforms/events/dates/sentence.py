"""The whole sentence a date mention stands in, for the date chooser (choice.py): the finder's
sentence, joined to what an abbreviation's, an initial's or a line break's split cut off, or
to the statement a date stamp closes."""

from __future__ import annotations

import re

from transforms.events.dates.occasion import SENTENCE_BREAK, WINDOW
from transforms.events.dates.results import EventDate, Rejected
from transforms.page_links import related_headline

__all__ = ["whole_sentence"]

_WORD = re.compile(r"\w+")
_DATE_LINKS = frozenset({"pada", "hari", "tanggal", "tgl"})
# a capital's initial and its dot, or a run of them ("R.A. Kartini")
_INITIAL_ENDS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+$")


def whole_sentence(text: str, found: EventDate | Rejected) -> str:
    """The date's sentence (one a title's abbreviation does not split: "kata Plt. Kepala BKD
    Andi, Selasa", transforms/abbreviations.py; nor a name's initial: "ujar M. Junaidi,
    Rabu"), with the sentence before when it is the date alone: a stamp put after the
    statement it dates ("..., ungkapnya. Rabu 4 September 2024.", "... di aula setda. Pada
    Selasa (5/3/2024).")."""
    sentence = found.sentence or ""
    if found.span is None:
        return sentence
    start = found.span[0] - max(0, sentence.find(found.raw))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if (line_start == start and text[:start].rstrip().endswith(",")
            # (not a related article's line, "Baca juga: ...")
            and not related_headline(text[start:line_end if line_end >= 0 else len(text)])):
        # a sentence broken over two lines ("Pernyataan tersebut disampaikannya,\nSaat ...,
        # Rabu (4/11/2020)."): its first part is the line before
        head = text.rfind("\n", 0, start - 1) + 1
        first = SENTENCE_BREAK.split(text[max(head, start - WINDOW):start].rstrip())[-1]
        return f"{first} {sentence}"
    if not _WORD.sub(lambda m: "" if m.group().lower() in _DATE_LINKS else m.group(),
                     sentence.replace(found.raw, "", 1)).strip(" .,;:()-\u2013"):
        if line_start and not text[line_start:start].strip():
            line_start = text.rfind("\n", 0, line_start - 1) + 1  # a stamp on a line of its own
        head = SENTENCE_BREAK.split(text[max(line_start, start - WINDOW):start].rstrip())
        return f"{head[-1]} {sentence}"
    before = text[max(line_start, start - WINDOW):start].rstrip()
    initials = _INITIAL_ENDS.search(before)
    if initials:  # "ujar M. Junaidi, Rabu (19/6)", "di Pendopo R.A. Kartini pada Rabu (15/5)"
        head = SENTENCE_BREAK.split(before[:initials.start()])[-1]
        return f"{head} {initials.group()} {sentence}"
    return sentence

