"""Which of Jakarta's cities an occasion in the capital was held in, from a kecamatan named as
where it was ("di kantor Kecamatan Gambir", "di sebuah hotel di Kebayoran Baru"), or a landmark
whose city is settled (the parliament at Senayan, Monas, the national election bodies' offices).

A dateline "JAKARTA -" or "di Jakarta" names only the province (DKI Jakarta). Only used when the
place found is DKI Jakarta without a city, and only for a name written after "di" (a venue's
words may stand between) in the event's own sentences: one named in passing ("warga Tebet") is
not where the occasion was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.places.place import Place, sentence_around
from transforms.places.regions import Region, regions
from transforms.prefilter import names_any

__all__ = ["CAPITAL_PLACES", "in_capital"]

_PUSAT, _UTARA, _BARAT, _SELATAN, _TIMUR = "31.71", "31.72", "31.73", "31.74", "31.75"
# The kecamatan of the five cities, in their everyday spellings: official units whose city is
# settled; and the landmarks of the capital's national occasions whose city is as settled: the
# parliament ("Senayan" in the news: the DPR/MPR complex, in Gelora, Tanah Abang), the Monas
# square and Medan Merdeka, and the offices of Bawaslu RI and DKPP (Jalan MH Thamrin) and KPU RI
# (Jalan Imam Bonjol). Not a bare "kantor Bawaslu" (the capital's own Bawaslu sits in Jakarta
# Utara), nor places labels disagree on ("Ancol", "Balai Kota", "Istana Negara", ministries).
# Not names shared with a regency (Makasar: Makassar).
CAPITAL_PLACES: dict[str, str] = {
    # landmarks of national occasions
    "Senayan": _PUSAT, "Kompleks Parlemen": _PUSAT, "Komplek Parlemen": _PUSAT,
    "Gedung DPR": _PUSAT, "Gedung Nusantara": _PUSAT, "Monas": _PUSAT,
    "Monumen Nasional": _PUSAT, "Medan Merdeka": _PUSAT, "Bawaslu RI": _PUSAT,
    "Bawaslu Republik Indonesia": _PUSAT, "KPU RI": _PUSAT, "DKPP": _PUSAT,
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
_NAMES = "|".join(sorted((re.escape(n).replace(r"\ ", r"[^\S\n]+") for n in CAPITAL_PLACES),
                         key=len, reverse=True))
# "di Gambir", "di kantor camat, Tebet", "di sebuah hotel di Kebayoran Baru"
_AT_LANDMARK = re.compile(
    rf"(?<!\w)di[^\S\n]+(?:[\w.'’-]+,?[^\S\n]+){{0,4}}?(?P<name>{_NAMES})(?![\w-])")
_CAPITAL_CODE = "31"


def _region(code: str) -> Region:
    return next(r for r in regions() if r.regency_code == code)


def in_capital(text: str, place: Place | None, spans: list[tuple[int, int]] | None = None
               ) -> Place | None:
    """``place`` with the capital's city a kecamatan in ``spans`` (default: the whole text)
    names, when it is DKI Jakarta without a city."""
    if place is None or place.region is not None or place.province_code != _CAPITAL_CODE:
        return place
    if not names_any(text, _WORDS):
        return place
    match = next((m for a, b in spans or [(0, len(text))]
                  for m in [_AT_LANDMARK.search(text, a, b)] if m is not None), None)
    if match is None:
        return place
    region = _region(CAPITAL_PLACES[" ".join(match["name"].split())])
    start, end = match.span("name")
    return replace(place, region=region, raw=match["name"], start=start, end=end,
                   sentence=sentence_around(text, start, end))
