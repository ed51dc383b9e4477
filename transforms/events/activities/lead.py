"""An article's lead: its opening paragraphs, which a gathering named for no purpose follows
(``activities.topics``): a photo's caption and the short lines of page furniture (a byline,
a credit, a caption) are no paragraphs of it."""

from __future__ import annotations

import re

__all__ = ["LEAD_PARAGRAPHS", "lead_of"]

LEAD_PARAGRAPHS = 3
"""How many opening paragraphs make an article's lead."""

# a photo's caption kept above the story ("Bupati Agam Rudi.-Foto : Dok Humas"): no paragraph
_CAPTION_LINE = re.compile(r"[-.(\s]foto\s*:|\(foto\b|\(dok\b", re.IGNORECASE)
_CAPTION_MAX = 200
# a line of fewer words is page furniture or a caption ("Penulis: X | Editor: Y", "Dok
# Pemkab", "Bupati Agam, Rudi."), not one of the lead's paragraphs
_PARAGRAPH_WORDS = 8


def lead_of(text: str, paragraphs: int = LEAD_PARAGRAPHS) -> str:
    """The text's opening paragraphs (its first ``paragraphs`` lines of a paragraph's length,
    a photo's caption not counted)."""
    out, at = 0, 0
    while at < len(text) and out < paragraphs:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].strip()
        if line and not (len(line) < _CAPTION_MAX and _CAPTION_LINE.search(line)) and (
                len(line.split()) >= _PARAGRAPH_WORDS):
            out += 1
        at = end + 1
    return text[:at]
