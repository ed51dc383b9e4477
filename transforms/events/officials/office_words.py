"""Which words may stand in an office phrase and which may not: the office and institution
words of officials/bodies_lexicon.py, their common slips, acronyms, and the words that are also
given names or noble initials.

Split from transforms/events/officials/titles.py, which lists the heads of a title.
"""

from __future__ import annotations

from functools import cache

from transforms.events.officials.bodies_lexicon import OFFICE_WORDS, ORG_WORDS
from transforms.events.officials.slips import one_slip

__all__ = ["NAME_TOO", "NOBLE_SHORT", "is_office_word"]

# Office words that are also given names ("Muda Mahendrawan", "Putra Utama"): a name may
# start with or hold them.
NAME_TOO = frozenset({"muda", "utama", "pertama", "madya", "daya", "sumber", "jasa", "modal",
                      "anak", "budaya", "laksana", "sahli", "negara"})


_SLIP_MIN = 11  # shorter words are too often other words one letter away ("Perubahan")
# The word read must be that long; the word it slips from may be a letter shorter
# ("Penangangan" of "penanganan": one letter doubled).
_LONG_OFFICE = tuple(w for w in OFFICE_WORDS | ORG_WORDS
                     if len(w) >= _SLIP_MIN - 1 and w.isalpha())
# A long office word with its last letter lost ("Kepala Bidang Kepegawaia Rahmat"): no name
# or everyday word is spelled so, and glued to the name it would start it.
_CLIPPED = frozenset(w[:-1] for w in OFFICE_WORDS | ORG_WORDS if len(w) >= 10 and w.isalpha())
# An office word of nine letters or more with one inner vowel lost ("Deputi Pelksana Teknis"):
# a typing slip no name or everyday word is spelled as; the words themselves left out.
_VOWEL_LOST = frozenset(
    w[:i] + w[i + 1:] for w in OFFICE_WORDS | ORG_WORDS if len(w) >= 9 and w.isalpha()
    for i in range(1, len(w) - 1) if w[i] in "aiueo") - OFFICE_WORDS - ORG_WORDS


@cache
def _slip_of_office(low: str) -> bool:
    """low is a long office word with one slip; no verb ("Pertahankan")."""
    return not low.endswith("kan") and any(
        w[:2] == low[:2] and one_slip(low, w) for w in _LONG_OFFICE)


# Balinese and Lombok noble titles by their initials, opening a name ("AAN Gede Wirawan": Anak
# Agung Ngurah; "IGN", "IGA": I Gusti Ngurah / Ayu): three capitals that are no acronym.
NOBLE_SHORT = frozenset({"AAN", "AAG", "AAA", "AAGN", "AAKN", "IGN", "IGA", "IGB", "IGK", "IGM",
                         "IGP", "IGD", "IDG", "IDA", "IDN", "LLH"})


def is_office_word(token: str) -> bool:
    """A word of an office phrase: a unit word, an institution, an acronym of 3+ capitals, or
    such words joined by hyphens ("BK-Diklat", "Kesbang-Linmas")."""
    low = token.rstrip(".").lower()
    if low in OFFICE_WORDS or low in ORG_WORDS or low in _CLIPPED or low in _VOWEL_LOST:
        return True
    if low.startswith("antar") and low[5:].lstrip("-") in OFFICE_WORDS:
        return True  # "Hubungan Antarlembaga", "Kerja Sama Antardaerah"
    if token.rstrip(".") == "TU":
        return True  # "Kasubag TU Kemenag": Tata Usaha, the one unit written in two capitals
    if token == "Antara":
        return True  # "Hubungan Antara Lembaga": the common spelling of "Antar" in a title
    if low.startswith("dis") and len(low) >= 7 and low[3] not in "aeiou" and low.isalnum():
        return True  # a dinas by its short form, however combined: "Disdikpora", "Disperkimtan"
    bare = token.rstrip(".").replace("-", "")
    if (len(bare) >= 3 and bare.isupper() and bare.isalnum() and bare[0].isalpha()
            and bare not in NOBLE_SHORT):
        return True
    if "-" not in token:
        return len(low) >= _SLIP_MIN and low.isalpha() and _slip_of_office(low)
        #      "Kesekretaritan", "Penyelenggaran": a long office word mistyped
    parts = token.rstrip(".").split("-")
    return len(parts) > 1 and all(
        p.lower() in OFFICE_WORDS or p.lower() in ORG_WORDS or len(p) >= 2 and p.isupper()
        and p.isalpha() for p in parts)
