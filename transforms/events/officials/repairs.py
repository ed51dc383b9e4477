"""Repairs of the stored text before its titles are read, each keeping the text's length (so
every offset read from the result points into the stored text).
"""

from __future__ import annotations

import re

from transforms.prefilter import scanner, sub

__all__ = ["unglued"]


# A dateline glued to the lead's first word by a dash ("KENDARI--Kepala BKD ...", "MEDAN-Kapolda
# Sumut ..."): the dash before the word, to a space (the length kept, so offsets hold).
_GLUED = scanner(re.compile(r"(?<=\w-)-(?=[A-Z])|(?<=[A-Z]{3})-(?=[A-Z][a-z])"))


def unglued(text: str) -> str:
    """text with a dateline's dash glued to a title read as a space ("MEDAN-Kapolda" ->
    "MEDAN Kapolda"), the same length; text itself when there is none."""
    return sub(_GLUED, " ", text) if "-" in text else text
