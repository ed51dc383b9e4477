"""One slip of the keyboard between two words: officials' titles in regional news are often
mistyped ("Kabupten", "Bawasalu", "Kesekretaritan"), and a mistyped office word read as a name
glues the office to the person.
"""

from __future__ import annotations

__all__ = ["one_slip"]


def one_slip(a: str, b: str) -> bool:
    """a and b differ by at most one letter left out, added, changed or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return (a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
            or a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])
