"""The words around a date mention that tell how to read it: a future word just before it,
a plan stated earlier in its sentence, a dateline's filing day written bare.

Part of the event-date reader (transforms/events/dates/find.py has the overview):
transforms/events/dates/reading.py asks these of each match (a date after publication is an
announced one when they say so, a bare "3/4" is a date when it is a dateline's), and
transforms/events/dates/choice.py asks :func:`planned` of the mentions it chooses among. Pure.
"""

from __future__ import annotations

import re

from transforms.events.dates.shapes import CLAUSE_BREAKS, CUE_WORDS, WEAK_CUE_WORDS

# A dateline's filing day: "TERNATE, 3/4 (Kantor Berita) -", the city opening a line, the
# outlet in brackets after the day: a date, though written bare.
_CITY_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][\w .'-]{1,30},[^\S\n]*$")
_OUTLET_AFTER = re.compile(r"[^\S\n]*\([^()\n]{2,40}\)[^\S\n]*[-–—]")


def filed(text: str, match: re.Match[str], before: str) -> bool:
    return not match.group("y") and _OUTLET_AFTER.match(text, match.end()) is not None \
        and _CITY_BEFORE.search(before) is not None


_SENTENCE_START = re.compile(r"[.!?\n](?:\s|$)")
_PLAN_SPLIT = re.compile(r"[^\w]+")
_PLAN_WORDS = frozenset({"akan", "bakal", "dijadwalkan", "direncanakan", "rencananya",
                         "diagendakan", "menjadwalkan", "merencanakan", "mengagendakan"})
PLAN_LOOKBACK = 240  # characters before a date read for the plan of its sentence


def future_cue(before: str, weak_too: bool) -> bool:
    """A future word among the last four words of the clause just before a date (a weak one
    counts only against a publication date)."""
    window = before[-60:]
    cut = max(window.rfind(c) for c in CLAUSE_BREAKS)
    words = window[cut + 1:].lower().split()
    if cut < 0 and len(before) > len(window) and words and not window[0].isspace():
        words = words[1:]  # the window starts inside a word ("m|akan")
    if not words and cut > 0 and window[cut] == ",":
        # the date set off by a comma after its time word ("sore nanti, Selasa (27/10)")
        words = window[:cut].lower().split()[-1:]
    return any(word in CUE_WORDS or (weak_too and word in WEAK_CUE_WORDS) for word in words[-4:])


def planned(before: str) -> bool:
    """The sentence up to a date states a plan ("akan", "dijadwalkan") somewhere."""
    sentence = _SENTENCE_START.split(before)[-1]
    return any(w in _PLAN_WORDS for w in _PLAN_SPLIT.split(sentence.lower()))
