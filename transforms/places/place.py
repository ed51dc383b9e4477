"""The place an extractor found for an event: a :class:`Place` and the sentence around it.

Split from transforms/places/resolve.py so that the rules deciding a place from the body
(transforms/places/body.py) and from venues, days and offices (resolve.py) share it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.places.regions import Region
from transforms.places.venues import phrase_end

__all__ = ["SENTENCE_END", "SENTENCE_MAX_CHARS", "Place", "place_at", "sentence_around"]

SENTENCE_MAX_CHARS = 400  # how far after a venue its region may be named
SENTENCE_END = re.compile(r"\n|[.!?](?=\s|$)")


@dataclass(frozen=True)
class Place:
    region: Region | None
    venue: str | None  # e.g. "Gedung Pemuda Sutan Rajo Alam"
    source: str  # "dateline" | "body" | "venue" | "location" (named as where it was held)
    raw: str  # the text that was resolved: the dateline, a "Kota X" mention, or the venue
    # The province, (code, official name): the region's, or alone for a province-level one.
    province: tuple[str, str] | None = None
    start: int | None = None  # where raw stands in the text (None: a dateline given apart)
    end: int | None = None
    sentence: str | None = None  # the sentence around raw: the evidence

    def __post_init__(self) -> None:
        if self.province is None and self.region is not None:
            object.__setattr__(self, "province",
                               (self.region.province_code, self.region.province))

    @property
    def province_code(self) -> str | None:
        return self.province[0] if self.province else None

    @property
    def province_name(self) -> str | None:
        return self.province[1] if self.province else None


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) around text[start:end]."""
    begin = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - SENTENCE_MAX_CHARS),
                                                         start)), default=0)
    stop = phrase_end(text, SENTENCE_END, end, SENTENCE_MAX_CHARS)
    return " ".join(text[begin: stop + 1].split())


def place_at(text: str, region: Region | None, venue: str | None, source: str, start: int, end: int,
        province: tuple[str, str] | None = None) -> Place:
    return Place(region, venue, source, text[start:end], province, start, end,
                 sentence_around(text, start, end))
