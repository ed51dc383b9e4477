"""Repairs of the stored text before its titles are read, each keeping the text's length (so
every offset read from the result points into the stored text).
"""

from __future__ import annotations

import re

from transforms.prefilter import scanner, sub

__all__ = ["repaired"]

# A dateline glued to the lead's first word by a dash ("KENDARI--Kepala BKD ...", "MEDAN-Kapolda
# Sumut ..."): the dash before the word, to a space (the length kept, so offsets hold).
_GLUED = scanner(re.compile(r"(?<=\w-)-(?=[A-Z])|(?<=[A-Z]{3})-(?=[A-Z][a-z])"))


def _unglued(text: str) -> str:
    """text with a dateline's dash glued to a title read as a space ("MEDAN-Kapolda" ->
    "MEDAN Kapolda"), the same length; text itself when there is none."""
    return sub(_GLUED, " ", text) if "-" in text else text


# A no-break space some pages deliver garbled as a capital letter with a mark ("Â", "Ā") glued
# to the word before it ("Rahmat HidayatĀ selaku ..."): no Indonesian word ends in one, and
# glued on, it keeps the name's last word from being read.
_STRAY_SPACE = re.compile(r"(?<=[a-z])[\u00c2\u0100](?=\s|$)")


# The last word of an election body's name spelled out, mistyped one key off ("Pengawas
# Pemilihan Umun (Panwaslu)", "Komisi Pemilihan Unum"): read as a name, it stands for the
# holder after it. "Umum" has the same length, so offsets hold.
_GENERAL_SLIP = re.compile(r"(?<=Pemilihan )U(?:mun|num|nun)\b")


def repaired(text: str) -> str:
    """text with a glued dateline's dash and a garbled no-break space after a word read as
    spaces, and a mistyped "Umum" of an election body's name repaired, the same length."""
    text = _unglued(text)
    if "Pemilihan U" in text:
        text = _GENERAL_SLIP.sub("Umum", text)
    return _STRAY_SPACE.sub(" ", text) if "\u0100" in text or "\u00c2" in text else text
