"""A speaker whose post only the headline gives: "Sekda Agam Ingatkan ASN ..." atop a body that
quotes "kata Rahmat Hidayat" and never titles him.

Headlines put the office as the subject of a verb of saying (or before a colon, or after a
word of saying: "..., Kata Sekda Agam") and leave the name to the body; the body then quotes
the person by name alone. The post is read back to the speaker only when the body quotes
exactly one untitled person (every bare speaker's name a part of one longest form) and nobody
titled goes by that name: with two untitled speakers there is no telling which holds the post.
A speaker set off by a role ("kata Joko, warga setempat") is nobody's official.
officials/find.py parses the headline's title and merges the result.
"""

from __future__ import annotations

import re

from transforms.events.officials.names import contains_name, opens_speech
from transforms.events.officials.parse import TITLE

__all__ = ["headline_speaker"]

# Up to five capitalised words (region, body) after the title, before what tells it speaks.
_GAP = re.compile(r"(?:[ \t]+[A-Z][\w.'’-]*){0,5}")
# The headline's bare verbs of saying ("Ingatkan", "Tegaskan", "Minta"), or a colon after the
# title ("Kepala BKD Agam: ..."), with the _GAP between.
_SAYS = re.compile(rf"(?P<gap>{_GAP.pattern})[ \t]*(?::|[ \t](?=(?:Ingatkan"
                   r"|Tegaskan|Imbau|Himbau|Minta|Ajak|Pastikan|Sebut|Harap|Larang|Tekankan"
                   r"|Serukan|Pesan|Berpesan|Wanti-wanti|Jelaskan|Ungkap|Ungkapkan|Katakan"
                   r"|Nyatakan|Instruksikan|Desak|Akui|Sampaikan|Menegaskan|Mengingatkan"
                   r"|Mengimbau|Meminta)\b))")
_OPENS_TITLE = re.compile(r"(?:^|[,:|][ \t]*)$")  # the headline's subject: first, or after a comma
# Or the title after a word of saying, its words closing the headline or a clause ("..., Kata
# Sekda Agam", "Ini Pesan Bupati Agam untuk ASN"): no verb needed after it.
_SAID_BY = re.compile(r"\b(?:Kata|Ujar|Pesan|Menurut|Imbauan|Himbauan|Arahan|Tegas)[ \t]+$")
# A role set off after the name ("Joko, warga setempat"); a verb or a time after the comma
# goes on with the sentence ("ujar Nurlela, tidak patut ...", "kata Nurlela, saat ...").
_ROLE_AFTER = re.compile(r"[ \t]*,[ \t]*(?!(?:me(?!nteri)|ber|ter)[a-z]|(?:di|saat|usai|seusai"
                         r"|ketika|dalam|pada|kepada|tidak|tak|bahwa)\b)[a-z]")


def headline_speaker(title: str, text: str, said: list[tuple[str, int]],
                     named: list[str]) -> tuple[int, int, str, list[int]] | None:
    """(start, end) of the headline's speaking title, the one untitled speaker's name in the
    body and the offsets where the body quotes them; None when the headline has no title
    speaking or the body no single untitled speaker. ``said``: the body's bare speakers with
    offsets; ``named``: every name a titled mention (or a suspect) goes by."""
    spoken = None
    for m in TITLE.finditer(title):
        if not m.group(0)[:1].isupper():
            continue
        if _OPENS_TITLE.search(title, 0, m.start()) and (says := _SAYS.match(title, m.end())):
            spoken = (m.start(), m.end() + len(says["gap"]))
            break
        if _SAID_BY.search(title, 0, m.start()):
            spoken = (m.start(), _GAP.match(title, m.end()).end())
            break
    if spoken is None:
        return None
    speakers = [(n, p) for n, p in said
                if not any(contains_name(t, n) or contains_name(n, t) for t in named)
                and not _ROLE_AFTER.match(text, p + len(n))]
    if not speakers:
        return None
    name = max((n for n, _ in speakers), key=lambda n: (len(n.split()), len(n)))
    if not all(contains_name(name, n) for n, _ in speakers) or not any(
            opens_speech(text, p) for _, p in speakers):
        return None  # two people quoted untitled: no telling which holds the post
    return spoken[0], spoken[1], name, [p for _, p in speakers]
