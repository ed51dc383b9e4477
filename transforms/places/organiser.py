"""Whose government or election body held an occasion, when that is not where it took place.

A city's training may be held in a neighbouring kabupaten ("Pemko Padang Panjang ... digelar di
PPSDM Regional Bukittinggi, Kabupaten Agam"): the place is Kabupaten Agam, the organiser Kota
Padang Panjang. The organiser is the region of the first regency-level body the occasion's text
names: its government ("Pemko", "Pemkot", "Pemkab", "Pemerintah Kota/Kabupaten", "Setdako"),
its election bodies ("Bawaslu", "KPU", "Panwaslu") or its personnel agency ("BKPSDM", "BKD",
"BKPP"), followed by the region ("Kota Padang Panjang", "Kab. Agam", "Padang Panjang"). When the
first such body is a national or province one ("Bawaslu RI", "KPU Provinsi Jawa Tengah"), the
occasion is not a regency's and there is no organiser region.

Only a place read from a named venue's region or named as where the occasion was held ("digelar
di Bukittinggi") is weighed against it: when the place comes from a
dateline or a passing mention, a different body more likely says the place was misread than
that the occasion travelled. Province bodies are not organisers here (a province's body holding
an occasion in its capital is the usual case, not a difference worth reporting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.places.regions import Region, province_name, resolve_region

__all__ = ["Organiser", "organiser_of"]

_BODY = re.compile(
    r"\b(?P<body>Pemko|Pemkot|Pemkab|Pemerintah[^\S\n]+(?:Kota|Kabupaten)|Setdako|Setdakab"
    r"|Bawaslu|KPU|Panwaslu|Panwaslih|BKPSDM|BKPSDMD|BKD|BKPP)\)?"
    r"[^\S\n]+(?P<name>(?:(?:Kota|Kabupaten|Kab\.)[^\S\n]+)?[A-Z][\w'’-]*"
    r"(?:[^\S\n]+[A-Z][\w'’-]*){0,3})"
)
_KINDS = {"pemko": "Kota", "pemkot": "Kota", "setdako": "Kota", "pemkab": "Kabupaten",
          "setdakab": "Kabupaten"}
_HELD_SOURCES = frozenset({"venue", "location"})  # a place named as where it was held
_LEVEL_WORDS = frozenset({"PROVINSI", "PROV", "RI", "PUSAT"})  # "Bawaslu Provinsi ...", "KPU RI"


@dataclass(frozen=True)
class Organiser:
    region: Region
    raw: str  # the body as written, e.g. "Pemko Padang Panjang"
    start: int
    end: int


def _body_region(body: str, name: str, hint: str | None) -> tuple[Region, int] | None:
    """The region a body's name means and how many characters of name it takes."""
    words = name.split()
    if words[0].upper() in _LEVEL_WORDS:
        return None
    kind = _KINDS.get(body.split()[0].casefold())
    if body.split()[-1] in ("Kota", "Kabupaten"):
        kind = body.split()[-1]
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        found = resolve_region(f"{kind} {phrase}" if kind else phrase, hint)
        if found is not None:
            return found, len(phrase)
    return None


def _above_regency(name: str) -> bool:
    """The body's name says it is a national or province body ("RI", "Provinsi ...", "Jateng")."""
    words = name.split()
    if words[0].upper() in _LEVEL_WORDS:
        return True
    return any(province_name(" ".join(words[:size])) is not None
               and resolve_region(" ".join(words[:size])) is None
               for size in range(len(words), 0, -1))


def _namesake(body: str, name: str, place: Region) -> bool:
    """A bare name the place's regency shares with a kota or kabupaten of the same name ("KPU
    Jayapura" at an occasion in Kabupaten Jayapura): it means the place's, no other region."""
    if _KINDS.get(body.split()[0].casefold()) or body.split()[-1] in ("Kota", "Kabupaten") or \
            name.split()[0].rstrip(".").casefold() in ("kota", "kabupaten", "kab"):
        return False  # the kind is written: "Pemkot Jayapura", "KPU Kabupaten Jayapura"
    return " ".join(name.split()).casefold() == place.name.casefold()


def organiser_of(text: str, spans: list[tuple[int, int]], place_region: Region | None,
                 place_source: str | None, province_hint: str | None = None) -> Organiser | None:
    """The body that held the occasion in text's spans, when its regency differs from the
    place's (a place read from a venue or a "digelar di ..." only); else None."""
    if place_region is None or place_source not in _HELD_SOURCES or not isinstance(text, str):
        return None
    for a, b in spans:
        for match in _BODY.finditer(text, a, b):
            if _above_regency(match.group("name")):
                return None  # "Bawaslu RI", "KPU Provinsi Jawa Tengah": not a regency's occasion
            found = _body_region(match.group("body"), match.group("name"),
                                 province_hint or place_region.province_code)
            if found is None:
                continue
            region, length = found
            if region.regency_code == place_region.regency_code or _namesake(
                    match.group("body"), match.group("name")[:length], place_region):
                return None
            return Organiser(region, text[match.start(): match.start("name") + length],
                             match.start(), match.start("name") + length)
    return None
