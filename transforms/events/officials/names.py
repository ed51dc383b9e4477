"""A titled person's name from elsewhere in the article: the full form of a short name, and
the person a nameless title points back to.

News prose introduces a person once and refers back by a part of the name or by the title
alone: "Sosialisasi dibuka Rahmat Hidayat. Rahmat yang merupakan Kepala BKD Agam ..." (the title
given with the first name only), "kata Rahmat Hidayat. Menurut Kepala BKD Agam itu, ..." (the
title with a demonstrative, the name in an earlier sentence). transforms/events/officials/find.py
reads the titles; this module finds the name they stand for.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from transforms.events.officials.name_words import is_cap
from transforms.events.officials.office_words import is_office_word
from transforms.events.officials.parse import Mention
from transforms.events.officials.regions import is_region
from transforms.events.officials.titles import HEADS, NAMED_ALONE
from transforms.events.officials.words import NOT_NAME
from transforms.places.regions import is_district
from transforms.prefilter import finditer, scanner

__all__ = ["ANAPHORA", "antecedent", "contains_name", "full_form", "next_speaker",
           "opens_speech", "unnamed_speakers"]

# A title read back to someone named before: "Kepala BKD Agam itu", "Ketua Bawaslu tersebut",
# "Bupati Agam ini".
ANAPHORA = re.compile(r"[ \t]+(?:itu|tersebut|ini)\b(?![ \t]*,[ \t]*[A-Z])")
_CAPW = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*"
_LEFT = re.compile(rf"(?:{_CAPW}[ \t]+){{1,3}}$")
_RIGHT = re.compile(rf"(?:[ \t]+{_CAPW}){{1,3}}")
# Two to four capitalised words doing something: "Rahmat Hidayat membuka", "... bertindak".
_AGENT = re.compile(rf"(?<![\w'’-])(?P<name>{_CAPW}(?:[ \t]+{_CAPW}){{1,3}})"
                    r"[ \t]+(?:me|ber)[a-z]+\b")
_BACK = 400  # how far before a demonstrative title its person may be named
# A noun opening its sentence before a name it governs: "Penjelasan Hidayat ini ...", "Arahan
# Rahmat itu ...": a derived noun (pe-/per-/ke- ... -an) or a noun of what was said; never a
# name's first word.
_NOUN_BEFORE = re.compile(r"(?:Pe[a-z]{2,}|Ke[a-z]{3,})an$|(?:Sambutan|Arahan|Ucapan|Pesan"
                          r"|Kata|Kunjungan|Imbauan|Himbauan|Tanggapan|Jawaban)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n\"”][ \t]*)$")


def _name_part(word: str) -> bool:
    """A word that may belong to a name: not a title, region or word never a name ("Ujar"
    of a quote's tag capitalised after the closing quote)."""
    return (is_cap(word) and word not in NOT_NAME and not is_office_word(word)
            and not is_region(word))


def _around(text: str, start: int, end: int) -> list[str]:
    """The capitalised name words right before and after text[start:end], that included."""
    left = _LEFT.search(text, max(0, start - 60), start)
    before = left.group(0).split() if left else []
    while before and not all(_name_part(w) for w in before):
        before = before[1:]  # "Bupati Rahmat": only the name's words
    if left and before and _NOUN_BEFORE.match(before[0]) and _SENTENCE_START.search(
            text, max(0, left.start() - 4), text.rindex(before[0], left.start(), start)):
        before = before[1:]  # "Penjelasan Hidayat ini": the noun, not a name's word
    right = _RIGHT.match(text, end)
    after: list[str] = []
    for word in right.group(0).split() if right else []:
        if not _name_part(word):
            break
        after.append(word)
    return [*before, text[start:end], *after]


def full_form(text: str, word: str, taken: set[str], titled: list[tuple[int, int]],
              region: set[str]) -> str | None:
    """The longer name the article writes a one-word name in ("Rahmat Hidayat" for "Rahmat",
    "Rahmat Hidayat" for "Hidayat"), when all its longer forms agree and none is another
    person's (``taken``, lower case); else None. Words outside titled mentions (``titled``:
    their spans) count, and none of the person's region (``region``: "Lurah Kampung Jao
    Irwandi" has no "Jao Irwandi")."""
    forms: set[str] = set()
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
    for m in pattern.finditer(text):
        if any(start <= m.start() < end for start, end in titled):
            continue
        words = _around(text, m.start(), m.end())
        if len(words) >= 2 and not region.intersection(words):
            forms.add(" ".join(words))
    if not forms:
        return None
    longest = max(forms, key=lambda f: (len(f.split()), f))
    if any(f not in longest for f in forms) or longest.lower() in taken:
        return None  # "Rahmat Hidayat" and "Rahmat Saleh": two people, no telling which
    return longest


def antecedent(text: str, said: list[tuple[str, int]], pos: int, taken: set[str]) -> str | None:
    """The person named as a speaker or an agent ("Rahmat Hidayat membuka ...") closest before
    ``pos`` (within a paragraph's reach), when no titled mention already names them: who
    "Kepala BKD Agam itu" is."""
    before = [(n, p) for n, p in said if pos - _BACK <= p < pos]
    for m in _AGENT.finditer(text, max(0, pos - _BACK), pos):
        words = m["name"].split()
        if all(_name_part(w) for w in words) and not is_district(m["name"]):
            before.append((m["name"], m.start()))
    if not before:
        return None
    name = max(before, key=lambda np: np[1])[0]
    return None if any(name.lower() in t or t in name.lower() for t in taken) else name


# A regional head as the speaker, by title alone: "disampaikan bupati usai apel", "kata Wali
# Kota." (the stored copy lost the lead that named them).
_HEAD_SPEAKER = re.compile(r"\b(?:disampaikan|dikatakan|ditegaskan|dijelaskan|diungkapkan|kata"
                           r"|ujar|tegas|jelas|pinta|ucap|tutur)[ \t]+(?:oleh[ \t]+)?"
                           r"(?P<head>[Bb]upati|[Ww]ali[ \t]*[Kk]ota|[Gg]ubernur)"
                           r"(?![ \t]*\(?[A-Z])")
_HEAD_SPEAKER_SCAN = scanner(_HEAD_SPEAKER)  # tried only where a verb of saying stands
_AHEAD = 400  # how far after the title its speaker may be named (as _BACK before)
# The speaker's name opens its sentence or follows a verb of saying ("Menurut Darto", "kata
# Darto"), with no role set off after it ("Joko, warga setempat, mengatakan").
_OPENS = re.compile(r"(?:^|[.!?\n\"”][ \t]*|\b(?:[Mm]enurut|kata|ujar|ucap|tegas|jelas|tutur"
                    r"|tambah|pungkas|ungkap|imbuh)(?:nya)?[ \t]+)$")
_APPOSITIVE = re.compile(r"[ \t]*,[ \t]*[a-z]")


def opens_speech(text: str, pos: int) -> bool:
    """The name at ``pos`` opens its sentence or follows a verb of saying or "menurut"
    (``_OPENS``; officials/headline.py asks the same of a headline's speaker)."""
    return _OPENS.search(text, max(0, pos - 24), pos) is not None


def unnamed_speakers(text: str, said: list[tuple[str, int]], heads: set[str],
                     taken: set[str]) -> list[Mention]:
    """A regional head quoted by title alone, named by the next speaker's name ("disampaikan
    bupati ... Menurut Darto, ..."), when the article names no one else under that head
    (``heads``: the titles it names) and nobody titled goes by that name (``taken``)."""
    found = []
    for m in finditer(_HEAD_SPEAKER_SCAN, text):
        base = next(b for b, pattern, _ in HEADS if re.fullmatch(pattern, m["head"], re.I))
        after = [(n, p) for n, p in said if m.end() <= p < m.end() + _AHEAD
                 and opens_speech(text, p)
                 and not _APPOSITIVE.match(text, p + len(n))]
        if base in heads or not after:
            continue
        name, pos = after[0]
        if not any(name.lower() in t or t in name.lower() for t in taken):
            found.append(Mention("", base, name, (), None, text[m.start("head"):m.end()],
                                 m.start("head"), m.end()))
            heads.add(base)
    return found


# A head speaking or acting by title alone: "Penjabat Wali Kota Palembang mengatakan, ...",
# "Wali Kota Padang, membuka rapat ...".
_SPEAKS = re.compile(r"[ \t]*,?[ \t]*(?:mengatakan|menegaskan|menjelaskan|menyampaikan"
                     r"|mengungkapkan|menuturkan|menyebutkan|mengimbau|menghimbau|meminta"
                     r"|mengingatkan|menekankan|mengajak|menyatakan|berpesan|menambahkan"
                     r"|membuka|memimpin|menghadiri)\b")
_SPEAKING_HEADS = tuple(NAMED_ALONE)  # one holder to a title: "Kepala BKD Agam mengatakan"


def next_speaker(text: str, said: list[tuple[str, int]], base: str, end: int,
                 taken: set[str]) -> str | None:
    """The name of a head (one holder to the title) who speaks by title alone ("Pj Wali Kota X
    mengatakan, ... Rahmat Hidayat mengatakan, ..."): the next speaker's name of two words or
    more, opening its sentence within a paragraph's reach, when nobody titled goes by it; else
    None."""
    if not base.startswith(_SPEAKING_HEADS) or not _SPEAKS.match(text, end):
        return None
    after = [(n, p) for n, p in said if end < p < end + _AHEAD]
    if not after:
        return None
    name, pos = after[0]
    if (" " not in name or not opens_speech(text, pos)
            or _APPOSITIVE.match(text, pos + len(name))
            or any(name.lower() in t or t in name.lower() for t in taken)):
        return None
    return name


@lru_cache(maxsize=4096)
def _close(a: str, b: str) -> bool:
    """Two words are one spelling apart ("Sutanto" / "Sutarto") or one is the other cut short
    ("Hendri" / "Hendrizal", a name shortened in the next quote); short words must be equal."""
    shorter, longer = sorted((a, b), key=len)
    return a == b or (len(shorter) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8) or (
        len(shorter) >= 5 and longer.startswith(shorter))


def contains_name(longer: str, shorter: str) -> bool:
    """Every word of shorter matches (fuzzily) a word of longer: "Arfianto" in "Deni Arpianto"."""
    long_words = longer.lower().split()
    return all(any(_close(w, lw) for lw in long_words) for w in shorter.lower().split())
