"""Resource persons named by the agency they come from, with no post: "narasumber yakni Dewi
Lestari, S.H. dari Dinas Kominfo Agam", "Iptu Rahmat Hidayat, perwakilan dari Polres Agam,
menjelaskan ...", "Yusuf Maulana dari Kejari Agam selaku narasumber ...", "Dewi, seorang
analis hukum ahli muda dari BKN, menjadi pemateri"; the body may follow the short form of its
head's post ("Dewi dari Kadis Kominfo Agam").

A speaker sent by a public body speaks at the occasion as its official, though the article names
no post for them; officials/parse.py reads titles only, so these names come from here. Read
only beside a resource-person word on the same line ("narasumber", "pemateri", "pembicara"),
or with "perwakilan dari" between the name and the body: "Rahmat dari Desa Sukamaju" alone
is anyone from anywhere.
"""

from __future__ import annotations

import re

from transforms.events.officials.name_words import DEGREE_LETTERS, INITIAL, is_cap
from transforms.events.officials.office_words import is_office_word
from transforms.events.officials.parse import TITLE, Mention
from transforms.events.officials.regions import is_region
from transforms.events.officials.words import DEGREES, NOT_NAME, RANKS

__all__ = ["body_appositives", "resource_persons"]

# "dari <Body>": where a resource person is said to come from.
_FROM = re.compile(r"(?<![\w-])dari[ \t]+(?=[A-Za-z])")
# The words before "dari": capitalised words, initials and ranks, then degrees set off by
# commas ("Dewi Lestari, S.H., M.H."), then a comma with "perwakilan", or a space.
_WORD = r"(?:[A-Z][\w.'’-]*|\d)"
_BEFORE = re.compile(rf"(?<![\w.'’-])(?P<run>{_WORD}(?:[ \t]+{_WORD}){{0,7}})"
                     rf"(?P<degrees>(?:[ \t]*,[ \t]*{DEGREE_LETTERS})*)"
                     r"[ \t]*(?:,[ \t]*(?P<rep>(?-i:[Pp]erwakilan))[ \t]+|[ \t]+"
                     # "Dewi Lestari, seorang analis kebijakan ahli muda dari ...": a post in
                     # the civil service's functional grades, in lower case
                     r"|[ \t]*,[ \t]*(?:(?:salah[ \t]+)?seorang[ \t]+)?(?P<post>(?:[a-z]+[ \t]+)"
                     r"{0,5}?(?:ahli|analis|auditor|penyuluh|widyaiswara|pranata|penelaah"
                     r"|pengawas|peneliti|perencana|asesor)(?:[ \t]+[a-z]+){0,5})[ \t]+)$")
# The body: its words, with the lower-case region markers a careless copy writes.
_BODY = re.compile(r"[A-Za-z][\w&-]*(?:[ \t]+(?:[A-Z][\w&-]*|kabupaten|kota|provinsi"
                   r"|kecamatan)(?=[ \t]+[A-Z]|[ \t]*[,.;)]|[ \t]+[a-z]|$)){0,6}")
_TOKEN = re.compile(r"\S+")
_CUE = re.compile(r"(?i:narasumber|nara[ \t]+sumber|pemateri|pembicara)")
_CUE_WORDS = ("arasumber", "ara sumber", "emateri", "embicara", "erwakilan dari")
_WINDOW = 90  # characters before "dari" a name and its degrees fit in
# "perwakilan dari <Body>, <Name>": the speaker named after the body, set off by a comma,
# with the cue word right before "dari"; the name ends at punctuation or a lower-case word.
_LEAD = re.compile(r"(?<![\w-])(?P<cue>(?i:perwakilan|narasumber|nara[ \t]+sumber|pemateri"
                   r"|pembicara))[ \t]+$")
_NAME_AT = (r"(?P<name>(?:[A-Z][\w'’-]*\.?[ \t]+){0,3}[A-Z][a-z][\w'’-]*)"
            r"(?=[ \t]*[,.;(]|[ \t]+[a-z])")
# (or "yaitu"/"yakni" before it: "narasumber dari Kemendagri yaitu A, B dan C")
_AFTER_BODY = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:yaitu|yakni)[ \t]+)?|[ \t]+(?:yaitu|yakni)[ \t]+)"
                         + _NAME_AT)
_AFTER_BODY_BARE = re.compile(r"[ \t]*,[ \t]*" + _NAME_AT)
# the next of several names listed after the body
_NEXT_NAME = re.compile(r"(?:[ \t]*,[ \t]*(?:dan[ \t]+|serta[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)"
                        + _NAME_AT)
_CUE_BEFORE, _CUE_AFTER = 250, 120  # how far on its line the resource-person word may stand


def _rank(word: str) -> bool:
    bare = word.rstrip(".")
    return bare in RANKS or bare.title() in RANKS or bare.upper() in RANKS


def _name(run: list[str]) -> list[str]:
    """The name at the end of run: capitalised words and initials back to a rank, a
    never-name, an office or region word; a "1" right after a rank is the initial "I" mistyped
    ("Iptu 1 Wayan Sudiarta")."""
    name: list[str] = []
    for i in range(len(run) - 1, -1, -1):
        word = run[i]
        if word == "1" and i and _rank(run[i - 1]) and name:
            name.insert(0, "I")
            break
        if _rank(word) or word.rstrip(".") in NOT_NAME or word.rstrip(".") in DEGREES or not (
                is_cap(word) and not is_office_word(word) or INITIAL.match(word)):
            break
        name.insert(0, word)
    while name and INITIAL.match(name[-1]):
        name.pop()  # a name ends on a word, not an initial
    if not any(is_cap(w) for w in name) or is_region(" ".join(name)):
        return []
    return name


def _cued(text: str, start: int, end: int) -> bool:
    """A resource-person word stands on the line of text[start:end], near it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_CUE.search(text, max(line_start, start - _CUE_BEFORE),
                            min(line_end, end + _CUE_AFTER)))


def resource_persons(text: str) -> list[Mention]:
    """One mention per "<name> dari <body>" of a resource person, in order; titled "Narasumber"
    (or "Perwakilan") with the body's office words, its region apart."""
    if not any(w in text for w in _CUE_WORDS):
        return []
    found: list[Mention] = []
    for m in _FROM.finditer(text):
        body = _BODY.match(text, m.end())
        if body is None:
            continue
        words = body.group(0).split()
        if len(words) > 1 and TITLE.fullmatch(words[0]) and not is_office_word(words[0]):
            words = words[1:]  # "Dewi dari Kaban Kesbangpol Agam": the body behind its head
        office = [w for w in words if is_office_word(w)]
        if not office or office[0] != words[0] or is_region(words[0]):
            continue  # "dari Agam", "dari warga": no body
        region = " ".join(w for w in words if w not in office and w[:1].isupper()) or None
        posts = [w[:1].upper() + w[1:] for w in office]  # "polres": Polres
        if lead := _LEAD.search(text, max(0, m.start() - 20), m.start()):
            head = "Perwakilan" if lead["cue"].lower() == "perwakilan" else "Narasumber"
            after = (_AFTER_BODY_BARE if head == "Perwakilan" else _AFTER_BODY).match(
                text, body.end())  # "perwakilan dari BKD Agam, Dewi Lestari": the name after
            named = len(found)  # the body; then the next listed ("..., A, B dan C")
            while after is not None and (name := _name(after["name"].split())) == after[
                    "name"].split():
                found.append(Mention("", " ".join([head, *posts]), " ".join(name), (), region,
                                     text[lead.start():after.end()], lead.start(), after.end()))
                after = _NEXT_NAME.match(text, after.end())
            if len(found) > named:
                continue
        before = _BEFORE.search(text, max(0, m.start() - _WINDOW), m.start())
        if before is None:
            continue
        name = _name(before["run"].split())
        if not name or not (before["rep"] or _cued(text, before.start(), body.end())):
            continue
        head = "Perwakilan" if before["rep"] else "Narasumber"
        spans = [w.start() for w in _TOKEN.finditer(before["run"])]
        pos = before.start("run") + spans[len(spans) - len(name)]
        found.append(Mention("", " ".join([head, *posts]), " ".join(name), (), region,
                             text[pos:body.end()], pos, body.end()))
    return found


# "Rahmat Hidayat, Bawaslu Jawa Barat, menjelaskan ...": a person opening the sentence, set off
# by the election or civil-service watchdog they speak for, with no post; a lower-case word
# goes on after the second comma. Only these bodies: "Rahmat, KPU Agam" is their spokesperson,
# "Rahmat, warga Agam" or "Rahmat, Dinas X" may be anyone.
_WATCHDOGS = ("Bawaslu", "KPU", "KASN", "BKN", "Panwaslu", "Panwascam", "DKPP", "Ombudsman")
_AFTER_COMMA = tuple(f", {w}" for w in _WATCHDOGS)  # tried before the pattern
_APPOSED = re.compile(r"(?m)(?:^|(?<=[.!?”\"])[ \t]+)"
                      r"(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3})"
                      r"[ \t]*,[ \t]*(?P<body>" + "|".join(_WATCHDOGS) + r")"
                      r"(?P<region>(?:[ \t]+(?:RI|[A-Z][a-z]+)){0,3})[ \t]*,[ \t]+(?=[a-z])"
                      r"(?!(?:dan|serta|atau|maupun)\b)")  # "A, Bawaslu X, dan B": a list


def body_appositives(text: str) -> list[Mention]:
    """One mention per "<name>, <watchdog> <region>, ..." opening a sentence, titled by the
    body (its region apart)."""
    if not any(w in text for w in _AFTER_COMMA):
        return []
    found = []
    for m in _APPOSED.finditer(text):
        words = m["name"].split()
        if _name(words) != words:
            continue  # "Ketua Bawaslu, ...", "Kabupaten Agam, ...": no person
        region = m["region"].strip() or None
        found.append(Mention("", m["body"], m["name"], (), region, text[m.start("name"):m.end(
            "region")], m.start("name"), m.end("region")))
    return found
