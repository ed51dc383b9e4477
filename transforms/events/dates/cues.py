"""The words around a date mention that tell how to read it: a future word just before it,
a plan stated earlier in its sentence, a dateline's filing day written bare, a statement tied
back to the gathering it was made at.

Part of the event-date reader (transforms/events/dates/find.py has the overview):
transforms/events/dates/reading.py asks these of each match (a date after publication is an
announced one when they say so, a bare "3/4" is a date when it is a dateline's), and
transforms/events/dates/choice.py asks :func:`planned` and :func:`held_there` of the mentions it
chooses among. Pure.
"""

from __future__ import annotations

import re

from transforms.events.dates.occasion import GATHERING
from transforms.events.dates.results import EventDate, Rejected
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


# a gathering planned, up to its date ("akan menggelar Deklarasi Netralitas ASN pada ...")
_TO_HOLD = re.compile(r"(?<!\w)(?:akan|bakal|rencananya|dijadwalkan)\s+(?:\w+\s+){0,2}?(?:menggelar"
                      r"|mengadakan|melaksanakan|menyelenggarakan|digelar|diadakan|dilaksanakan"
                      r"|diselenggarakan)(?!\w)(?:(?!(?<!\w)(?:yang|telah|sudah|usai|setelah)(?!\w))"
                      r"[^.;!?]){0,120}$", re.IGNORECASE)
# told as held after its date ("..., dan klarifikasi itu berlangsung tertutup")
_HELD_AFTER = re.compile(r"[^.;!?]{0,80}?(?<!\w)(?:berlangsung|terlaksana|telah|sudah|akhirnya)"
                         r"(?!\w)", re.IGNORECASE)


def to_hold(before: str, after: str) -> bool:
    """The sentence up to a date plans a gathering on it (a narrower :func:`planned`), and
    what follows the date (``after``) does not tell it held."""
    return _TO_HOLD.search(before) is not None and not _HELD_AFTER.match(after)


def planned(before: str) -> bool:
    """The sentence up to a date states a plan ("akan", "dijadwalkan") somewhere."""
    sentence = _SENTENCE_START.split(before)[-1]
    return any(w in _PLAN_WORDS for w in _PLAN_SPLIT.split(sentence.lower()))


# A statement tied back to the gathering it was made at ("Hal itu disampaikannya dalam rapat
# koordinasi ..., Selasa (6/2/2024)", "Pernyataan tersebut diungkapkan Ani saat apel ..."): that
# gathering's date is the occasion's, before a later date the outlet quoted it on ("...,"
# ujarnya dikutip dari keterangan resminya, Kamis (8/2/2024)).
_HELD_THERE = re.compile(
    r"(?:(?<!\w)(?:hal|pernyataan|penegasan|penjelasan|keterangan|imbauan|himbauan|arahan|pesan"
    r"|ajakan|harapan|instruksi|peringatan)\s+(?:itu|tersebut|ini)\s+(?:\S+\s+){0,3}?"
    r"di(?:sampaikan|ungkapkan|katakan|tegaskan|jelaskan|paparkan|utarakan|kemukakan|tekankan"
    r"|nyatakan|sebutkan|ucapkan)(?:nya)?\s+(?:\S+\s+){0,6}?"
    # or told actively ("Ia mengatakan hal itu pada rapat koordinasi ...")
    r"|(?<!\w)(?:mengatakan|menyampaikan|menegaskan|mengungkapkan|menjelaskan)\s+hal\s+"
    r"(?:itu|tersebut|ini)\s+(?:\S+\s+){0,3}?)"
    r"(?:dalam|saat|ketika|pada|di\s+sela(?:-sela)?)\s+"
    r"(?:(?:acara|kegiatan|agenda|forum)\s+)?" + GATHERING.pattern, re.IGNORECASE)


def held_there(found: EventDate | Rejected) -> bool:
    """Whether a date's sentence ties a statement back to the gathering it was made at."""
    return bool(found.sentence) and _HELD_THERE.search(found.sentence or "") is not None
