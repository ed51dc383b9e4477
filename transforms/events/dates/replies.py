"""A reported person's reply to the case against them: no occasion to lead an article with.

Part of the event-date chooser (transforms/events/dates/choice.py). An article about a report,
a summons or a finding often ends with the person it is about answering it, on a later day
("Dikonfirmasi, Kades Ani membantah dirinya ikut berkampanye," ..., "kata Ani, Rabu (4/9)").
The occasion the article reports is the report, the summons or the finding (LABELS.md: a
finding, a sanction decision, a statement made at a stated time by those who act on the case);
the reply's date is chosen only when the text dates nothing else. A reply is told by its
speaker denying their own part ("mengaku dirinya tidak ikut", "membantah telah mendukung",
"saya tidak terlibat") or claiming something in answer to the report ("Menanggapi laporan itu,
Camat Budi mengaku ..."). An official's word that no civil servant was involved ("membantah
ada ASN yang terlibat", "tidak ada ASN yang terbukti") is no such reply: it stays an occasion.

Read in the date's sentence, with the sentence before when the date's, or its paragraph, opens
with a quote (a quote closed by its date leaves what it answers to the sentence before it).
"""

from __future__ import annotations

import re

from transforms.events.dates.occasion import SENTENCE_BREAK
from transforms.events.dates.results import EventDate, Rejected

__all__ = ["reply_date"]

# What a person denies having done themselves (not "ada ASN ...", a claim about others).
_OWN_PART = (r"(?:ikut(?:-ikutan)?|terlibat|mendukung|memihak|berpihak|berkampanye|kampanye"
             r"|hadir|menghadiri|mengarahkan|mengajak|memobilisasi|berpolitik|sengaja)")
_SELF = r"(?:(?:dirinya|dia|ia|beliau)\s+)?"
_REPLY = re.compile(
    # a denial of one's own part: "membantah telah mendukung", "mengaku dirinya tidak ikut"
    rf"(?<!\w)(?:(?:(?:membantah|menampik|menyangkal)\s+(?:bahwa\s+)?{_SELF}"
    r"(?:(?:telah|sudah|pernah)\s+)?"
    rf"|mengaku\s+{_SELF}(?:tidak|tak|bukan)\s+(?:pernah\s+)?(?:\w+\s+)??)" + _OWN_PART +
    # the same in the first person inside a quote: "saya tidak ikut", "saya tak terlibat"
    r"|(?:saya|aku)\s+(?:tidak|tak|nggak|enggak|gak|bukan)\s+(?:pernah\s+)?" + _OWN_PART +
    # a claim in answer to the report against the speaker: "Menanggapi laporan itu, Camat
    # Budi mengaku ..." (an excuse, "berdalih", is a reply wherever it stands: below)
    r"|menanggapi\s+(?:\w+\s+){0,2}?(?:laporan|pelaporan|aduan|pengaduan|tudingan"
    r"|tuduhan|dugaan|pemanggilan|pemeriksaan)(?:\s+(?:itu|tersebut|ini))?\s*,[^.\n]{0,80}?"
    r"(?<!\w)(?:mengaku|membantah|menampik|mengelak)"
    # the accusation itself denied: "menepis tudingan itu", "membantah keras tuduhan"
    r"|(?:membantah|menampik|menyangkal|menepis)\s+(?:\w+\s+)??(?:tudingan|tuduhan)"
    # the speaker's own part denied after a verb of saying: "menyatakan tidak pernah ikut"
    # (not a rule told to others: "menegaskan ASN tidak boleh ikut" names no self)
    rf"|(?:menyatakan|mengatakan|menegaskan|menjelaskan|menyebut|mengklaim)\s+{_SELF}"
    r"(?:tidak|tak|bukan)\s+(?:pernah\s+|sama\s+sekali\s+)?" + _OWN_PART +
    # an excuse: "berdalih hanya diundang", "berkilah datang sebagai warga"
    r"|berdalih|berkilah)(?!\w)",
    re.IGNORECASE)
# "aku": mengaku too; "nepis" menepis, "nyatakan" menyatakan ...
_CUES = ("bantah", "nampik", "nyangkal", "aku", "saya", "anggapi", "nepis", "dalih", "kilah",
         "nyatakan", "ngatakan", "negaskan", "njelaskan", "nyebut", "klaim")
_QUOTES = ('"', "\u201c", "\u201d", "'", "\u2018")
_BEFORE = 400  # characters read back for the sentence before a quote


def reply_date(text: str, found: EventDate | Rejected) -> bool:
    """Whether ``found`` dates a reported person's reply to the case (see the module notes)."""
    sentence = found.sentence or ""
    if found.span is None or not sentence:
        return False
    told = sentence
    start = found.span[0] - max(0, sentence.find(found.raw))
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].lstrip().startswith(_QUOTES):
        start = line_start  # a quote of several sentences opening the paragraph
    elif not sentence.lstrip().startswith(_QUOTES):
        start = -1
    if start >= 0:
        before = text[max(0, start - _BEFORE):start].rstrip()
        told = f"{SENTENCE_BREAK.split(before)[-1]} {sentence}"
    lowered = told.lower()
    return any(cue in lowered for cue in _CUES) and _REPLY.search(told) is not None
