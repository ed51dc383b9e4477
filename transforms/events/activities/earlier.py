"""What a paragraph tells of an earlier occasion, for ``activities.classify``: a sentence in a
paragraph that, from it or a sentence before, tells one ("Sebelumnya, ...", "Saat itu, ..."),
a subheading over a paragraph that opens on one, and an illustration's caption (another day's
picture). What they name is not this occasion's."""

from __future__ import annotations

import re

from transforms.events.activities.context import EARLIER

__all__ = ["heads_an_earlier", "illustrated", "in_paragraph"]

# a paragraph that opens by pointing back ("Sosialisasi tersebut ...", "Kegiatan itu ..."):
# it goes on about what the paragraph before told
_POINTS_BACK = re.compile(r"^\W*(?:kegiatan|acara|sosialisasi|apel|upacara|ikrar|deklarasi"
                          r"|rapat|rakor|pertemuan|bimtek|pelatihan|forum|dialog|seminar"
                          r"|penandatanganan)\s+(?:[A-Za-z]+\s+)?(?:tersebut|itu)\b"
                          r"(?!\s+sendiri)", re.IGNORECASE)


def in_paragraph(text: str, starts: tuple[int, ...], i: int, told: dict[int, bool]) -> bool:
    """Sentence ``i`` stands in a paragraph that, from it or a sentence before, tells an
    earlier occasion ("Sebelumnya, ..."; "Saat itu, ..."): what follows in the paragraph
    goes on about that occasion. ``told`` keeps the answers found (the judge's memo)."""
    first = i  # the paragraph's first sentence not answered yet
    while first not in told and first > 0 and text[starts[first] - 1] != "\n":
        first -= 1
    earlier = told.get(first, False) if first in told else False
    for k in range(first, i + 1):
        if k not in told:
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            sentence = text[starts[k]:end]
            opens = k == 0 or text[starts[k] - 1] == "\n"
            if opens and k and _POINTS_BACK.match(sentence):
                earlier = in_paragraph(text, starts, k - 1, told)
                opens = False
            told[k] = bool(EARLIER.search(sentence)) or (not opens and earlier)
        earlier = told[k]
    return told[i]


_SUBHEADING_WORDS = 12
_SENTENCE_CLOSE = ".!?\"”'’:"


def heads_an_earlier(text: str, first: int) -> bool:
    """The line starting at ``first`` is a subheading (short, no sentence's end) over a
    paragraph that opens on an earlier occasion ("Dugaan Kades Langgar Netralitas" over
    "Sebelumnya, ..."): it names that occasion, not this one."""
    if first and text[first - 1] != "\n":
        return False
    end = text.find("\n", first)
    line = text[first:end].strip() if end >= 0 else ""
    if not line or line[-1] in _SENTENCE_CLOSE or len(line.split()) > _SUBHEADING_WORDS:
        return False
    after = text.find("\n", end + 1)
    following = text[end + 1:after if after >= 0 else len(text)]
    return bool(EARLIER.match(following.lstrip()))


# a photo's caption marked as an illustration ("Ilustrasi. ASN saat mengikuti upacara ...",
# "Foto ilustrasi: ...")
_ILLUSTRATION = re.compile(r"[^\S\n]*(?:foto[^\S\n]+)?ilustrasi[^\S\n]*[.:|-]", re.IGNORECASE)
_CAPTION_MAX = 400  # characters: a longer line holds the story too


def illustrated(text: str, first: int) -> bool:
    """The sentence starting at ``first`` stands in a line that opens as an illustration's
    caption: the picture of another day's occasion."""
    start = text.rfind("\n", 0, first) + 1
    end = text.find("\n", first)
    return (end if end >= 0 else len(text)) - start <= _CAPTION_MAX and bool(
        _ILLUSTRATION.match(text, start))  # (a story glued to the caption's line: no caption)

