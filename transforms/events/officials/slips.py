"""One slip of the keyboard between two words: officials' titles in regional news are often
mistyped ("Kabupten", "Bawasalu", "Kesekretaritan"), and a mistyped office word read as a name
glues the office to the person.
"""

from __future__ import annotations

from transforms.events.officials.regions import MARKERS

__all__ = ["marker_slip", "one_slip"]


def one_slip(a: str, b: str) -> bool:
    """a and b differ by at most one letter left out, added, changed or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return (a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
            or a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])


_MARKER_WORDS = ("Kabupaten", "Kecamatan", "Kelurahan", "Provinsi")


def marker_slip(word: str) -> str:
    """A capitalised region marker or "Bawaslu" mistyped ("Kabupten", "Kabuoaten", "KabuPaten",
    "Propinsi", "Bawasalu", "Bawasu") read as that word, so the region or body is not taken
    into the name after it; other words as they are."""
    if word[:2] == "Ba" and 6 <= len(word) <= 8 and word != "Bawaslu" and one_slip(
            word.lower(), "bawaslu"):
        return "Bawaslu"
    if not 7 <= len(word) <= 10 or word[0] not in "KP" or word in MARKERS:
        return word
    low = word.lower()
    return next((m for m in _MARKER_WORDS if low[1] == m[1] and one_slip(low, m.lower())), word)
