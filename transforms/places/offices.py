"""An occasion at an office the text leaves unnamed ("di halaman kantor bupati", "di aula
kantor Bawaslu"): the region whose office it is (split from transforms/places/resolve.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.places.held import OWN_OFFICE, of_agency, office_kind, years_before
from transforms.places.mentions import RegionMention, former_holder, region_mentions
from transforms.places.place import sentence_around
from transforms.prefilter import Scanner, finditer, names_any, scanner

__all__ = ["OWN_OFFICE_SCAN", "office_mention", "within"]

OWN_OFFICE_SCAN = scanner(OWN_OFFICE)
# One of these is a whole word of every OWN_OFFICE match: a text without any is not scanned.
_OFFICE_WORDS = frozenset({"kantor", "rumah", "pendopo", "pendapa", "balai", "sekretariat",
                           "gedung"})


def within(scan: Scanner, text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """The prefiltered matches of the whole text that lie in text[a:b]."""
    return (m for m in finditer(scan, text) if a <= m.start() and m.end() <= b)


def office_mention(text: str, spans: list[tuple[int, int]], province: str | None,
                   title: str | None = None) -> tuple[RegionMention, bool] | None:
    """The region of an unnamed office the occasion was held at, and whether it was named in
    the title (a stored page whose lead was taken for its title): for a regent's or mayor's
    office, the regency or city of that kind named first in the sentence before it or anywhere
    in the spans, else in the title; for a regency body's office, the region of that body
    ("Bawaslu Kabupaten Agam"). An office told of an occasion years before is not it."""
    titled = [(title, [(0, len(title))])] if isinstance(title, str) and title else []
    for source, parts in [(text, spans), *titled]:
        if not names_any(source, _OFFICE_WORDS):
            continue
        for a, b in parts:
            for match in within(OWN_OFFICE_SCAN, source, a, b):
                if years_before(source, sentence_around(source, match.start(), match.end()),
                                match.group()):
                    continue  # "Tahun lalu, apel serupa digelar di halaman kantor bupati"
                start = max(a, source.rfind("\n", 0, match.start()) + 1)
                found = _of_office(match, [
                    *((m, source is not text) for m in region_mentions(
                        source, province, start, match.start())),
                    *((m, False) for a2, b2 in spans
                      for m in region_mentions(text, province, a2, b2)),
                    *((m, True) for t, _ in titled for m in region_mentions(t, province))],
                    text, title or "")
                if found is not None:
                    return found
    return None


def _of_office(match: re.Match[str], mentions: list[tuple[RegionMention, bool]], text: str,
               title: str) -> tuple[RegionMention, bool] | None:
    """The first prefixed mention of the office's kind of region (or of its body's region)."""
    kind = office_kind(match)
    for mention, titled in mentions:
        source = title if titled else text
        if not mention.prefixed or former_holder(source, mention):
            continue
        if (mention.region.kind == kind if not match["agency"] else
                of_agency(source, mention, match["agency"])):
            return mention, titled
    return None
