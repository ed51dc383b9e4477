"""Mentions of officials merged into persons: one person however often and however fully the
article names them ("Sekda Rahmat Hidayat" ... "Rahmat Hidayat selaku pembina apel" ... "Pj
Rahmat"), with the fullest spelling, and the suspects of a case kept apart.

Split from officials/find.py, which reads the mentions and turns each person into an Official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from transforms.events.officials.before import SECOND_POST, second_post
from transforms.events.officials.names import contains_name
from transforms.events.officials.parse import Mention
from transforms.events.officials.places import region_key
from transforms.events.officials.regions import is_region
from transforms.events.officials.titles import OCCASION_ROLES

# A photo caption ("... (Foto: Antara)"): its name is used when no sentence gives one.
_CAPTION = re.compile(r"\bfoto\b|\(dok\b|\bdok\.", re.IGNORECASE)


@dataclass
class Person:
    """Mentions merged so far: names as titled (with their raw text) and speaker-only names."""

    first: Mention
    prefix: str
    region: str | None
    names: dict[str, str] = field(default_factory=dict)
    honorifics: dict[str, None] = field(default_factory=dict)
    said: dict[str, None] = field(default_factory=dict)
    positions: list[int] = field(default_factory=list)
    captions: set[str] = field(default_factory=set)  # names only photo captions give
    ends: list[int] = field(default_factory=list)  # where each titled mention ends


def _in_caption(text: str, pos: int) -> bool:
    """pos stands on a photo caption's line."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return bool(_CAPTION.search(text, start, end if end >= 0 else len(text)))


def fullest(person: Person, text: str = "") -> str:
    """The name with most words, outside photo captions when a sentence names the person; on
    ties the spelling more lines of ``text`` write (a slip written once, or in a caption the
    page repeats, gives way to the article's own spelling), else the earliest."""
    written = [n for n in person.names if n not in person.captions] or list(person.names)
    written = [n for n in written if not _region_glued(n, written)] or written
    most = max((len(n.split()) for n in written), default=0)
    longest = [n for n in written if len(n.split()) == most]
    if len(longest) > 1 and text:
        lines = set(text.split("\n"))
        return max(longest, key=lambda n: sum(_written_in(line, n) for line in lines))
    return longest[0] if longest else ""


def _written_in(line: str, name: str) -> int:
    """How many of name's words line writes as whole words."""
    return sum(bool(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", line))
               for w in name.split() if w in line)


def _region_glued(name: str, names: list[str]) -> bool:
    """name is another of the person's names behind a region ("Sumbar Alni" beside "Alni",
    "Malang M Wahyudi" beside "M Wahyudi"): a region word read into the name."""
    words = name.split()
    return any(" ".join(words[j:]) in names and is_region(" ".join(words[:j]), True)
               for j in range(1, len(words)))


def _same_person(person: Person, mention: Mention) -> bool:
    """One name written alike, or the same title, no conflicting prefix or region, and similar
    (or missing) names."""
    a, b = fullest(person), mention.name
    if a and b and (a.lower() == b.lower() or " " not in b and contains_name(a, b)
                    and SECOND_POST.search(mention.raw)):
        return True  # one name, or another post of the one named ("Heru yang juga ...")
    if a and b and OCCASION_ROLES.intersection((person.first.base, mention.base)) and (
            contains_name(a, b) or contains_name(b, a)):
        return True  # "Sekda Y. Rahmat Hidayat" ... "Rahmat Hidayat selaku pembina apel"
    if a and b and _shorthand(person.first, mention, person.prefix) and (
            contains_name(a, b) or contains_name(b, a)):
        return True  # "Pj Gubernur Sulbar Bahtiar" ... "Pj Bahtiar"
    ra, rb = region_key(person.region), region_key(mention.region)
    return (person.first.base == mention.base
            and (not person.prefix or not mention.prefix
                 or _ACTING.get(person.prefix) == _ACTING.get(mention.prefix))
            and (not ra or not rb or ra == rb or rb == region_key(person.first.region_alias))
            and (not a or not b or contains_name(a, b) or contains_name(b, a)
                 or SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8))


def _shorthand(first: Mention, mention: Mention, prefix: str) -> bool:
    """One of the two is the bare "Pj" the other's acting post is called by."""
    return (mention.base == "Pj" and _ACTING.get(prefix) == "Pj"
            or first.base == "Pj" and _ACTING.get(mention.prefix) == "Pj")


# Acting heads the news calls by either name ("Pj Bupati" in the headline, "Pjs Bupati" below).
_ACTING = {"Pj": "Pj", "Pjs": "Pj", "Plt": "Plt", "Plh": "Plh"}


def _named_by_region(person: Person, mention: Mention) -> bool:
    """"ujar Bupati Amril": a nameless mention whose "region" is a named person's name."""
    return (not mention.name and bool(mention.region) and person.first.base == mention.base
            and any(contains_name(n, mention.region or "") for n in person.names))


def add(people: list[Person], suspects: list[Mention], mention: Mention, text: str) -> None:
    """One mention: a suspect's, a new person's, or another of a known person's."""
    if mention.suspect or any(mention.name and s.name and contains_name(s.name, mention.name)
                              or not mention.name and mention.region and s.base == mention.base
                              and region_key(s.region) == region_key(mention.region)
                              for s in suspects):  # "oknum Camat X, Nama" ... "Camat X"
        suspects.append(mention)
        return
    person = next((p for p in people if _same_person(p, mention)), None) or next(
        (p for p in people if _named_by_region(p, mention)), None) or next(
        (p for p in people if mention.name and not p.names and second_post(
            text, p.first.end, mention.pos)), None)  # "Sekda X yang juga Ketua Korpri, Nama"
    if person is None:
        person = Person(mention, mention.prefix, mention.region)
        people.append(person)
    if person.first.base == "Pj" and mention.base != "Pj":
        person.first = mention  # "Pj Rahmat" ... "Pj Bupati Agam Rahmat": the post in full
    person.prefix = person.prefix or mention.prefix
    person.region = person.region or mention.region
    person.honorifics.update(dict.fromkeys(mention.honorifics))
    person.positions.append(mention.pos)
    person.ends.append(mention.end)
    if mention.name and not (" " not in mention.name and SECOND_POST.search(mention.raw)
                             and any(contains_name(n, mention.name) for n in person.names)):
        if not _in_caption(text, mention.pos):
            person.captions.discard(mention.name)  # a sentence writes it too
        elif mention.name not in person.names:
            person.captions.add(mention.name)
        person.names.setdefault(mention.name, mention)
