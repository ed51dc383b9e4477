"""Bare names used as speakers: "kata Darmawan", "Yulianto menuturkan", "Bapak Rahmat, M.Si.
menjelaskan" (honorifics and known degrees around the name left out). officials/find.py reads
a title's holder back from them when the title is written without a name or in lower case
("Kabag Humas rahmat mengatakan ... Rahmat menjelaskan").
"""

from __future__ import annotations

import re

from transforms.events.officials.regions import MARKERS
from transforms.events.officials.words import DEGREES, HONORIFICS, NOT_NAME
from transforms.prefilter import finditer, first_matches, scanner

__all__ = ["CAPW", "SPEAKER_DEGREES", "SPEECH", "SPEECH_SCAN", "SUBJECT", "speaker_names"]

_CAPW_TAIL = r"[a-z]+(?:['’-][A-Za-z]+)*"
CAPW = rf"[A-Z]{_CAPW_TAIL}"
_SAID = re.compile(r"\b(?i:kata|ujar|ucap|tegas|terang|jelas|tutur|tambah|pungkas|ungkap|imbuh"
                   rf"|sebut)(?:nya)?\s+(?P<name>{CAPW}(?:\s+{CAPW}){{0,3}})")
SPEECH = (r"(?:menuturkan|menyampaikan|menekankan|menegaskan|mengatakan|menjelaskan|mengimbau"
           r"|menghimbau|meminta|menambahkan|mengungkapkan|mengingatkan|memimpin|menyebut"
           r"|menyebutkan|menguraikan|membeberkan|mengaku|memastikan)")
# "\b<name>", with the boundary checked after the name's capital ("(?<!\w[A-Z])"): re then
# skips ahead to capitals instead of trying every character.
# An adverb may stand between the name and the verb: "Rahmat kembali mengingatkan".
# Known degrees between the name and the verb: "Rahmat, M.Si. menjelaskan", "Rahmat SE
# menjelaskan", "Rahmat, S.STP, MM menjelaskan" (a dot allowed after each part, longest first).
SPEAKER_DEGREES = "|".join(r"\.?".join(re.findall(r"[A-Z][a-z]*", d)) + r"\.?"
                   for d in sorted(DEGREES, key=len, reverse=True) if d[:1].isupper())
SUBJECT = re.compile(rf"(?P<name>[A-Z](?<!\w[A-Z]){_CAPW_TAIL}(?:\s+{CAPW}){{0,3}})"
                     rf"(?:(?:,?[ \t]+(?:{SPEAKER_DEGREES})(?!\w))+,?)?\s+"
                     rf"(?:(?:juga|kembali|pun|lalu|lantas|kemudian|sempat|turut)\s+)?{SPEECH}\b")
SPEECH_SCAN = scanner(re.compile(rf"\b{SPEECH}\b"))  # no such verb: no SUBJECT match
_LOWER_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b[a-z]\w*\s+)$")
_SAID_SCAN = scanner(_SAID)


def speaker_names(text: str) -> list[tuple[str, int]]:
    """Bare names used as speakers ("kata Darmawan", "Yulianto menuturkan"), with offsets."""
    found = [(m.group("name"), m.start("name")) for m in finditer(_SAID_SCAN, text)]
    if first_matches(SPEECH_SCAN, text, 1):  # cheap: the verbs are looked up among the words
        found += [(m.group("name"), m.start()) for m in SUBJECT.finditer(text)
                  if _LOWER_BEFORE.search(text[max(0, m.start() - 30):m.start()])]
    found = [_without_honorific(n, p) for n, p in found]
    found = [(n, p) for n, p in found
             if n and not any(w in NOT_NAME or w in MARKERS for w in n.split())]
    return sorted(found, key=lambda np: np[1])


def _without_honorific(name: str, pos: int) -> tuple[str, int]:
    """A speaker's name without the honorifics before it ("Bapak Rahmat", "Pak Rahmat"), its
    offset moved to the name."""
    rest = name
    while (head := rest.split(maxsplit=1))[0] in HONORIFICS:
        if len(head) == 1:
            return "", pos
        pos += rest.index(head[1])
        rest = head[1]
    return rest, pos
