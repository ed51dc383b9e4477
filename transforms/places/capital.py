"""Which of Jakarta's cities an occasion in the capital was held in, from an institution's seat or
a kecamatan named as where it was ("di kompleks parlemen, Senayan", "di Lapangan Silang Monas").

A dateline "JAKARTA -" or "di Jakarta" names only the province (DKI Jakarta); national bodies
meet at a few well-known places whose city every reader knows. Only used when the place found
is DKI Jakarta without a city, and only for a name written after "di" (a venue's words may stand
between): a landmark named in passing ("warga Ancol") is not where the occasion was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.places.place import Place, sentence_around
from transforms.places.regions import Region, regions
from transforms.prefilter import names_any

__all__ = ["CAPITAL_PLACES", "in_capital"]

_PUSAT, _UTARA, _BARAT, _SELATAN, _TIMUR = "31.71", "31.72", "31.73", "31.74", "31.75"
# The seats of national and capital institutions, whose city every reader knows: parliament
# (Senayan), the palace, Monas and Medan Merdeka (the city hall, ministries), BKN (Cililitan);
# and the kecamatan of the five cities, in their everyday spellings. Not a neighbourhood or a
# leisure venue ("Ancol", "Kemang", "Blok M"): labels leave the city unsaid for those. Not names
# shared with a regency or a person (Makasar: Makassar).
CAPITAL_PLACES: dict[str, str] = {
    "Senayan": _PUSAT, "Monas": _PUSAT, "Monumen Nasional": _PUSAT, "Medan Merdeka": _PUSAT,
    "Istana Merdeka": _PUSAT, "Istana Negara": _PUSAT, "Cililitan": _TIMUR,
    # Jakarta Pusat's kecamatan
    "Gambir": _PUSAT, "Sawah Besar": _PUSAT, "Kemayoran": _PUSAT, "Senen": _PUSAT,
    "Cempaka Putih": _PUSAT, "Menteng": _PUSAT, "Tanah Abang": _PUSAT, "Johar Baru": _PUSAT,
    # Jakarta Utara's
    "Penjaringan": _UTARA, "Tanjung Priok": _UTARA, "Koja": _UTARA, "Cilincing": _UTARA,
    "Pademangan": _UTARA, "Kelapa Gading": _UTARA,
    # Jakarta Barat's
    "Cengkareng": _BARAT, "Grogol Petamburan": _BARAT, "Grogol": _BARAT, "Taman Sari": _BARAT,
    "Tambora": _BARAT, "Kebon Jeruk": _BARAT, "Kalideres": _BARAT, "Palmerah": _BARAT,
    "Pal Merah": _BARAT, "Kembangan": _BARAT,
    # Jakarta Selatan's
    "Tebet": _SELATAN, "Setiabudi": _SELATAN, "Mampang Prapatan": _SELATAN, "Mampang": _SELATAN,
    "Pasar Minggu": _SELATAN, "Kebayoran Lama": _SELATAN, "Kebayoran Baru": _SELATAN,
    "Cilandak": _SELATAN, "Pancoran": _SELATAN, "Jagakarsa": _SELATAN, "Pesanggrahan": _SELATAN,
    # Jakarta Timur's
    "Matraman": _TIMUR, "Pulogadung": _TIMUR, "Pulo Gadung": _TIMUR, "Jatinegara": _TIMUR,
    "Kramat Jati": _TIMUR, "Kramatjati": _TIMUR, "Pasar Rebo": _TIMUR, "Cakung": _TIMUR,
    "Duren Sawit": _TIMUR, "Ciracas": _TIMUR, "Cipayung": _TIMUR,
}
_WORDS = frozenset(name.split()[0].lower() for name in CAPITAL_PLACES)
_NAMES = "|".join(sorted((re.escape(n) for n in CAPITAL_PLACES), key=len, reverse=True))
# "di Senayan", "di kompleks parlemen, Senayan", "di Lapangan Silang Monas"
_AT_LANDMARK = re.compile(
    rf"(?<!\w)di[^\S\n]+(?:[\w.'’-]+,?[^\S\n]+){{0,4}}?(?P<name>{_NAMES})(?![\w-])")
_CAPITAL_CODE = "31"


def _region(code: str) -> Region:
    return next(r for r in regions() if r.regency_code == code)


def in_capital(text: str, place: Place | None) -> Place | None:
    """``place`` with the capital's city a landmark names, when it is DKI Jakarta without one."""
    if place is None or place.region is not None or place.province_code != _CAPITAL_CODE:
        return place
    if not names_any(text, _WORDS):
        return place
    match = _AT_LANDMARK.search(text)
    if match is None:
        return place
    region = _region(CAPITAL_PLACES[match["name"]])
    start, end = match.span("name")
    return replace(place, region=region, raw=match["name"], start=start, end=end,
                   sentence=sentence_around(text, start, end))
