"""Several officials under one title: a paired title ("Bupati dan Wakil Bupati Agam, A dan
B") and members listed after one members' title ("Anggota Bawaslu Agam, A, B dan C") or after
an election body written for its people ("narasumber Bawaslu Agam A, B dan C"); a list of
attendees written one title a line, each name on the line after it.

Split from transforms/events/officials/parse.py, which reads one title and its name.
"""

from __future__ import annotations

import re

from transforms.events.officials.name_words import is_cap
from transforms.events.officials.office_words import is_office_word
from transforms.events.officials.parse import CAP_WORD, TITLE, Mention
from transforms.events.officials.titles import HEADS

__all__ = ["bulleted", "members", "paired"]

# "Bupati dan Wakil Bupati Agam, Hendra Gunawan dan Irfan Maulana": two heads sharing one region,
# their names in the same order.
_PAIR_HEAD = re.compile(rf"(?:^|[^\w-])(?P<head>{'|'.join(p for _, p, o in HEADS if not o)})"
                        r"[ \t]+(?:dan|serta|&)[ \t]+$", re.IGNORECASE)
# "Kepala dan Sekretaris Disdikbud, A dan B": two office heads sharing one office.
_PAIR_OFFICE_HEAD = re.compile(rf"(?:^|[^\w-])(?P<head>{'|'.join(p for _, p, o in HEADS if o)})"
                               r"[ \t]+(?:dan|serta|&)[ \t]+$")
_OFFICE_HEADS = sorted({base for base, _, office in HEADS if office}, key=len, reverse=True)
_PAIR_NAME = re.compile(rf"[ \t]+(?:dan|serta|&)[ \t]+"
                        rf"(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}})")


# Members named in a list after one title ("para Komisioner Bawaslu Agam, A, B dan C"; the
# names may be set apart by semicolons).
_PLURAL_LEAD = re.compile(r"\b(?:para|seluruh|jajaran)[ \t]+$", re.IGNORECASE)
_MEMBER_HEADS = ("Anggota", "Komisioner")
# An election body written for its people, no post named ("narasumber Bawaslu Agam A, B, C"):
# the names listed after the first are its people too.
_BODIES = ("Bawaslu", "KPU")
# A list closed by "dan" before the next title in lower case ("A, B dan asisten I C").
_AND_LOWER = re.compile(r"[ \t]+(?:dan|serta)[ \t]+[a-z]")
_NEXT_MEMBER = re.compile(rf"[ \t]*(?:[,;][ \t]*(?:(?P<and>dan|serta)[ \t]+)?"
                          rf"|[ \t]+(?P<and2>dan|serta)[ \t]+)"
                          rf"(?P<initial>[A-Z]{{1,2}}\.[ \t]*)?"  # "M. Rahmat", "M.Rahmat"
                          rf"(?P<name>{CAP_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]*)?{CAP_WORD}){{0,3}})")
_INNER_INITIAL = re.compile(r"[A-Z]\.")  # "Amir H. Salam": an initial inside a listed name
# A list introduced after the title: "anggota dan koordinator Bawaslu Agam yakni A, B, C".
_INTRODUCED = re.compile(r"\b(?:yakni|yaitu|masing-masing)\b")


def members(text: str, mention: Mention, lead: str) -> list[Mention]:
    """The people a members' title lists after its first name ("Anggota Bawaslu Agam, A, B
    dan C", "para Kepala OPD, A, B, serta C"), the list closed by "dan"/"serta" (or, after
    "yakni", by the clause that goes on); [] when the title names one person."""
    if mention.name and "," in mention.raw and (both := _listed_pair(text, mention)):
        return [both]
    if not mention.name or not (mention.base.startswith(_MEMBER_HEADS)
                                or mention.base in _BODIES
                                or _PLURAL_LEAD.search(lead) or _INTRODUCED.search(mention.raw)):
        return []
    found, end = [], mention.end
    while (m := _NEXT_MEMBER.match(text, end)) and all(
            _INNER_INITIAL.fullmatch(w) or is_cap(w) and not is_office_word(w)
            for w in m["name"].split()):
        name = f"{m['initial'].strip()} {m['name']}" if m["initial"] else m["name"]
        found.append(Mention(mention.prefix, mention.base, name, (), mention.region,
                             text[mention.pos:m.end()], m.start(), m.end()))
        end = m.end()
        if m["and"] or m["and2"]:
            return found
    if len(found) >= 2 and _INTRODUCED.search(mention.raw) and _CLOSED.match(text, end):
        return found  # "yakni A, B, C, kemudian ...": a list introduced, closed by its clause
    if mention.base in _BODIES and found and _AND_LOWER.match(text, end):
        return found  # "Bawaslu Agam A, B, C dan asisten I D": the next title closes it
    return []


_CLOSED = re.compile(r"[ \t]*(?:,[ \t]*[a-z]|[.;]|$)")
# After "title, A dan B" in a list of attendees, a comma and the next title: both hold the title
# ("Kasubbag KPU Agam, A dan B, Ketua Bawaslu Agam, C"); B is no one named without a post.
_NEXT_TITLE = re.compile(r"[ \t]*,[ \t]*")


def _listed_pair(text: str, mention: Mention) -> Mention | None:
    """The second holder of a title written "title, A dan B" inside a list that goes on with
    another title after a comma; None when no such list follows the name."""
    m = _NEXT_MEMBER.match(text, mention.end)
    if not m or not m["and2"] or m["initial"] or not all(
            is_cap(w) and not is_office_word(w) for w in m["name"].split()):
        return None
    comma = _NEXT_TITLE.match(text, m.end())
    if not comma or not TITLE.match(text, comma.end()):
        return None
    return Mention(mention.prefix, mention.base, m["name"], (), mention.region,
                   text[mention.pos:m.end()], m.start(), m.end())


def paired(text: str, mention: Mention, lead: str) -> list[Mention]:
    """The mention, or the two people of a paired title ("Bupati dan Wakil Bupati Agam, A dan
    B"): the first head with the first name, the mention's own with the second; members
    listed after one title follow it."""
    listed = members(text, mention, lead)
    first = _PAIR_HEAD.search(lead)
    own = next((h for h in _OFFICE_HEADS if mention.base.startswith(f"{h} ")), "")
    if first is None and own:
        first = _PAIR_OFFICE_HEAD.search(lead)
    if listed and not (first and len(listed) == 1):  # "Ketua dan Anggota X, A dan B": a pair
        return [mention, *listed]
    second = _PAIR_NAME.match(text, mention.end) if first and mention.name else None
    if second is None or not all(is_cap(w) for w in second["name"].split()):
        return [mention]
    head = next(base for base, pattern, office in HEADS if office == (first.re is not _PAIR_HEAD)
                and re.fullmatch(pattern, first["head"], re.IGNORECASE))
    if first.re is not _PAIR_HEAD:
        head += mention.base[len(own):]  # "Kepala" + " Disdikbud"
    start = mention.pos - len(lead) + first.start("head")
    return [Mention(mention.prefix, head, mention.name, mention.honorifics, mention.region,
                    mention.raw, start, mention.end),
            Mention(mention.prefix, mention.base, second["name"], (), mention.region,
                    text[mention.pos:second.end()], mention.pos, second.end())]


# A list of attendees written one title a line, its holder's name on the next line:
# "- Kasat Binmas Polres Agam" / "AKP Rahmat Hidayat" / "- Sekretaris BKD Agam" / "Dewi, S.E".
_BULLET = re.compile(r"\n[ \t]*[-•](?=[ \t]*[A-Z])")
# A line holding a name only: capitalised words (a rank, initials), degrees after commas.
_NAME_LINE = re.compile(r"[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,6}[A-Z][\w.'’-]*"
                        r"(?:[ \t]*,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)*[ \t]*(?:\n|$)")
_LIST_LINE = 120  # characters: a longer line is a paragraph, no list item


def bulleted(text: str) -> str:
    """text with each bulleted title line and the name line after it read as one line (the
    bullet and the line break as spaces: the same length), when the title line has no closing
    punctuation and the next line is a name only, no title; text itself when there is none."""
    if "\n-" not in text and "\n•" not in text:
        return text
    chars: list[str] = []
    for m in _BULLET.finditer(text):
        end = text.find("\n", m.end())
        if end < 0 or end - m.end() > _LIST_LINE or text[m.end():end].rstrip()[-1:] in ".:;!?":
            continue
        if not _NAME_LINE.match(text, end + 1) or TITLE.match(text, end + 1 + (
                len(text[end + 1:end + 40]) - len(text[end + 1:end + 40].lstrip(" \t")))):
            continue  # "- Bupati Agam" / "Ketua DPRD Agam": two titles, no name
        chars = chars or list(text)
        chars[m.end() - 1] = chars[end] = " "
    return "".join(chars) if chars else text
