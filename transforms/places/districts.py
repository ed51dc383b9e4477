"""Kecamatan named in running text ("Kecamatan Kalasan", "Camat Koto Tangah", "Distrik Abepura"),
resolved to their regency through the shipped district table when the name is one district's
in the country, or in the province of the text (transforms/places/regions.py district_region).

A story from a village or sub-district often names no regency at all; its kecamatan does.
Villages (desa, nagari, kelurahan, gampong) are not in the table: their names are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.places.mentions import RegionMention
from transforms.places.regions import district_region

__all__ = ["DISTRICT_WORD", "district_mentions"]

# A kecamatan's kind or its head's title, then its name in capitals (up to three words): the
# national "Kecamatan"/"Kec.", Papua's "Distrik", Yogyakarta's "Kapanewon"/"Kemantren", and
# the camat (also "Wakil Camat", "Sekcam"); or a body named after its kecamatan: the election
# committee ("Panwascam", "Panwaslucam"), the leaders' forum ("Forkopimcam", "Muspika"), the
# police and army posts ("Polsek", "Kapolsek", "Koramil", "Danramil") and the education
# office's coordinator ("Korwilcam", "Korwilcam Dindik").
DISTRICT_WORD = re.compile(
    r"(?<![\w-])(?:[Kk]ecamatan|KECAMATAN|Kec\.|KEC\.|[Cc]amat|CAMAT|Sekcam|Distrik|DISTRIK"
    r"|Kapanewon|Kemantren|Panewu|Mantri\s+Pamong\s+Praja|Panwascam|Panwaslucam|Forkopimcam"
    r"|Muspika|Polsek|Kapolsek|Koramil|Danramil"
    r"|Korwilcam(?:[^\S\n]+(?:Dindik|Disdik|Dikbud|Pendidikan))?)[^\S\n]+"
    r"(?!(?i:kecamatan|kec)\b)(?P<name>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,2})")


def district_mentions(text: str, province: str | None, start: int = 0,
                      end: int | None = None) -> Iterator[RegionMention]:
    """The kecamatan named in text[start:end] whose regency is known, in order, as mentions
    of that regency (prefixed: the kind word says it is a place)."""
    for found in DISTRICT_WORD.finditer(text, start, len(text) if end is None else end):
        words = found["name"].split()
        for size in range(len(words), 0, -1):
            region = district_region(" ".join(words[:size]), province)
            if region is not None:
                stop = found.start("name") + len(" ".join(words[:size]))
                yield RegionMention(region, found.start(), stop, True)
                break
