"""The lead paragraph of an article's text, for the date reader: the first paragraph long
enough to be one, the dateline's when a teaser stands before it, never a photo's caption.

Split from transforms/events/dates/occasion.py.
"""

from __future__ import annotations

import re

__all__ = ["lead_span"]

_LINE = re.compile(r"[^\n]+")
_LEAD_MIN_CHARS = 100  # a paragraph, not a byline, a caption or a repeated title


# A dateline opening a paragraph: "LUWU TIMUR, KABARKU - ", "Padang - ", "Sabang, situs.com – ".
_DATELINE_OPENS = re.compile(
    r"[^\S\n]*[A-Z][\w.'\u2019]*(?:[^\S\n]+[A-Z][\w.'\u2019]*){0,3}[^\S\n]*"
    r"(?:,[^\S\n]*[\w.]+(?:[^\S\n]+[\w.]+){0,2}[^\S\n]*)?[-\u2013\u2014][^\S\n]")
_STANDFIRST_LINES = 3  # a teaser may stand this many long lines before the dateline's paragraph


# A photo's caption, labelled so ("Caption Foto : ...", "Keterangan foto: ...", "Foto: ..."):
# never the lead, however long.
_CAPTION_OPENS = re.compile(r"[^\S\n]*(?:caption(?:[^\S\n]+foto)?|keterangan[^\S\n]+foto|foto"
                            r"|ilustrasi)[^\S\n]*:", re.IGNORECASE)


def lead_span(text: str) -> tuple[int, int] | None:
    """The lead paragraph: the first line of at least _LEAD_MIN_CHARS, else the first line;
    the paragraph opening with the dateline when a teaser (standfirst) stands before it. A
    labelled photo caption is no lead."""
    lines = list(_LINE.finditer(text))
    long = [m for m in lines if len(m.group().strip()) >= _LEAD_MIN_CHARS
            and not _CAPTION_OPENS.match(m.group())]
    if len(long) > 1 and not _DATELINE_OPENS.match(long[0].group()):
        lead = next((m for m in long[1:_STANDFIRST_LINES] if _DATELINE_OPENS.match(m.group())),
                    long[0])
    else:
        lead = long[0] if long else (lines[0] if lines else None)
    return (lead.start(), lead.end()) if lead is not None else None
