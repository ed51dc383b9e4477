"""Indonesia's regencies, cities and provinces, and resolving one name to a region.

Pure functions over two small tables shipped in ``transforms/places/data`` (provinces.csv and
regencies.csv, derived from the npm package idn-area-data by ``scripts/update_regions.py``; the
data is under the Open Database License, see transforms/places/data/README.md), read once
through importlib.resources and cached, plus the hand tables of transforms/places/tables.py and
transforms/places/regency_capitals.py. transforms/places/resolve.py finds these names in text.
Names come out as the regions' own governments write them ("Kota Padang", "Kota Tanjungpinang",
"Sumatera Barat", "DKI Jakarta"): the package's upper case, title-cased, with the spellings of
``OFFICIAL_SPELLINGS``.

* :func:`resolve_region` turns one name ("Kota Padang", "Pd. Panjang", "Kab. Agam", "Konsel",
  "Lubuk Basung") into a :class:`Region`, or None.
* :func:`regions` and :func:`provinces` list the shipped tables.

Names match case-, space-, dot- and hyphen-insensitively ("Padangpanjang" = "Padang Panjang"),
and in the shortened spellings outlets use for words of any name of two words or more ("Kep.
Mentawai", "Tg. Pinang", "Sei Penuh", "P. Morotai", "Pd. Pariaman", "Sumatra Barat"; "Mentawai"
without "Kepulauan" when no other name is left so), generated from the data, not listed. A kota
and a kabupaten sharing a name ("Solok") resolve to the kota unless a prefix says otherwise
("Kab. Solok"); a name found in several provinces ("Banjar", the seat "Martapura") follows the
province hint when one is given.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from transforms.places.islands import ISLANDS
from transforms.places.regency_capitals import REGENCY_CAPITALS, SHARED_CAPITALS
from transforms.places.tables import (
    BARE_NAME_STOPLIST,
    OFFICIAL_SPELLINGS,
    PROVINCE_ALIASES,
    REGENCY_ALIASES,
)

__all__ = ["ANY_KIND", "BARE_NAME_STOPLIST", "PROVINCE_ALIASES", "REGENCY_ALIASES",
           "REGENCY_CAPITALS", "WORD_SPELLINGS", "Region", "district_region", "is_district",
           "official_name", "province_code", "province_name", "provinces", "regions",
           "resolve_region", "split_prefix"]

_DATA_PACKAGE = "transforms.places.data"


@dataclass(frozen=True)
class Region:
    regency: str  # official name, e.g. "Kota Padang"
    regency_code: str  # "13.71"
    province: str  # "Sumatera Barat"
    province_code: str  # "13"
    kind: str  # "kota" | "kabupaten"

    @property
    def name(self) -> str:
        """The official name without its kind ("Padang" of "Kota Padang"), which a kota and a
        kabupaten may share (Kota and Kabupaten Blitar)."""
        return self.regency.split(maxsplit=1)[-1]


# --- normalisation -------------------------------------------------------------------------

WORD_RE = re.compile(r"[^\W_]+")
# What may stand between two words of one name: spaces, one dot, hyphen or apostrophe.
NAME_GAP = re.compile(r"[^\S\n]*[.\-'’]?[^\S\n]*")
ABBREVIATION_MAX = 3  # a dot inside a name only after a short word: "Pd.", "Kab.", "Adm."

_KIND_PREFIXES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("PEMERINTAH", "KABUPATEN", "ADMINISTRASI"), "kabupaten"),
    (("PEMERINTAH", "KABUPATEN"), "kabupaten"),
    (("PEMERINTAH", "KAB"), "kabupaten"),
    (("PEMERINTAH", "KOTA", "ADMINISTRASI"), "kota"),
    (("PEMERINTAH", "KOTA"), "kota"),
    (("KABUPATEN", "ADMINISTRASI"), "kabupaten"),
    (("KAB", "ADMINISTRASI"), "kabupaten"),
    (("KAB", "ADM"), "kabupaten"),
    (("KOTA", "ADMINISTRASI"), "kota"),
    (("KOTA", "ADM"), "kota"),
    (("KABUPATEN",), "kabupaten"),
    (("KAB",), "kabupaten"),
    (("PEMKAB",), "kabupaten"),
    (("KOTAMADYA",), "kota"),
    (("KOTA",), "kota"),
    (("PEMKOT",), "kota"),
    (("PEMKO",), "kota"),
)
# In running text an official's title names the region too ("Walikota Kendari", "Bupati Agam").
_TITLE_PREFIXES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("WALIKOTA",), "kota"),
    (("WAKO",), "kota"),
    (("WAWAKO",), "kota"),
    (("WALKOT",), "kota"),
    (("WAWALKOT",), "kota"),
    (("WAWALI",), "kota"),
    (("WAWALIKOTA",), "kota"),
    (("BUPATI",), "kabupaten"),
    (("WABUP",), "kabupaten"),
)
# A regency's own election, personnel or government bodies name it too ("Bawaslu Agam", "KPU
# Pasaman Barat", "BKPSDM Solok", "Sekda Agam", Aceh's "KIP" and "DPRK"), of either kind; a
# province name after them is the province's body ("Bawaslu Jambi", "KPU Sumbar"), never a
# city (resolve.py checks). Some say their kind: the regency's or the city's election
# supervisor ("Panwaskab", "Panwaskot") or secretariat ("Sekkab", "Setdako").
ANY_KIND = "any"
_AGENCY_PREFIXES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    ((word,), ANY_KIND) for word in (
        "BAWASLU", "KPU", "KPUD", "KIP", "PANWASLU", "PANWASLIH", "PANWAS", "BKPSDM", "BKPSDMD",
        "BKPP", "BKD", "SEKDA", "SETDA", "DPRD", "DPRK", "PEMDA", "INSPEKTORAT")) + tuple(
    ((word,), "kabupaten") for word in (
        "PANWASKAB", "PANWASLUKAB", "SEKKAB", "SEKDAKAB", "SETDAKAB")) + tuple(
    ((word,), "kota") for word in (
        "PANWASKOT", "PANWASLUKOT", "SEKKO", "SEKKOT", "SEKDAKO", "SEKDAKOT", "SETDAKO",
        "SETDAKOT"))
BODY_PREFIXES = tuple(sorted(_KIND_PREFIXES + _TITLE_PREFIXES + _AGENCY_PREFIXES,
                              key=lambda p: -len(p[0])))
_PROVINCE_PREFIXES = (("PROVINSI",), ("PROV",), ("PROPINSI",))


_LOWER_WORDS = frozenset({"DAN"})


def official_name(name: str) -> str:
    """A table name (upper case, the package's spelling) as the region's government writes it:
    "KOTA PADANG" -> "Kota Padang", "KOTA TANJUNG PINANG" -> "Kota Tanjungpinang"."""
    if name in OFFICIAL_SPELLINGS:
        return OFFICIAL_SPELLINGS[name]
    return " ".join(w.lower() if w in _LOWER_WORDS else w.capitalize() for w in name.split())


def _words(text: str) -> list[str]:
    return [w.upper() for w in WORD_RE.findall(unicodedata.normalize("NFKC", text))]


def _key(text: str) -> str:
    return "".join(_words(text))


# --- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Data:
    regions: dict[str, Region]  # regency code -> Region
    provinces: dict[str, str]  # province code -> name
    official: dict[str, tuple[str, ...]]  # key of a short name -> regency codes
    extra: dict[str, tuple[str, ...]]  # key of an alias or capital -> regency codes
    province_keys: dict[str, str]  # key of a province name, code or alias -> province code
    max_words: int  # the most words a name can span in text


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files(_DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for key, code in pairs:
        if key and code not in index.setdefault(key, []):
            index[key].append(code)
    return {key: tuple(codes) for key, codes in index.items()}


def _other_seats() -> list[tuple[str, str]]:
    """(capital, regency) for each regency of a shared seat but the first, which
    ``REGENCY_CAPITALS`` gives and which is indexed before these: so it stays the bare name's."""
    return [(name, target) for name, targets in SHARED_CAPITALS.items() for target in targets[1:]]


@functools.cache
def region_data() -> _Data:
    provinces_ = {row["code"]: official_name(row["name"]) for row in _read_csv("provinces.csv")}
    regions_: dict[str, Region] = {}
    shorts: list[tuple[str, str]] = []
    max_words = 1
    for row in _read_csv("regencies.csv"):
        code = row["code"]
        regions_[code] = Region(
            regency=official_name(row["name"]), regency_code=code,
            province=provinces_[row["province_code"]], province_code=row["province_code"],
            kind=row["kind"],
        )
        shorts.append((_key(row["short"]), code))
        max_words = max(max_words, len(_words(row["short"])))
    by_name = {row["name"]: row["code"] for row in _read_csv("regencies.csv")}
    extras = [
        (_key(alias), by_name[target])
        for alias, target in (*REGENCY_ALIASES.items(), *REGENCY_CAPITALS.items(),
                              *_other_seats(), *ISLANDS.items())
        if target in by_name
    ]
    max_words = max([max_words, *(len(_words(a)) for a in (*REGENCY_ALIASES, *REGENCY_CAPITALS))])
    taken = {key for key, _ in shorts} | {key for key, _ in extras}
    extras += [(key, code) for key, code in _variants(
        (row["short"], row["code"]) for row in _read_csv("regencies.csv")) if key not in taken]
    province_keys = {code: code for code in provinces_}
    province_keys.update({_key(name): code for code, name in provinces_.items()})
    province_keys.update({key: code for key, code in _variants(provinces_.items(), swap=True)
                          if key not in province_keys})
    province_keys.update(
        {_key(alias): code for alias, code in PROVINCE_ALIASES.items() if code in provinces_})
    # One word more than the longest name: "Bukit Tinggi" is "Bukittinggi" in two words.
    return _Data(regions_, provinces_, _index(shorts), _index(extras), province_keys,
                 max_words + 1)


# Words of official names that outlets shorten or spell otherwise, in any name: "Kep. Mentawai",
# "Tg. Pinang", "Tj. Balai", "Sei Rampah", "P. Morotai", "Pd. Pariaman", "Sumatra Barat".
_WORD_VARIANTS: dict[str, tuple[str, ...]] = {
    "KEPULAUAN": ("KEP",), "TANJUNG": ("TJ", "TG"), "SUNGAI": ("SEI",), "SEI": ("SUNGAI",),
    "PULAU": ("P",), "PADANG": ("PD",), "SUMATERA": ("SUMATRA",),
    "KALIMANTAN": ("KALIMATAN",),  # a common slip
}
# Words a name is often written without, when the rest names no other region ("Mentawai",
# "Morotai", "Taliabu").
_DROPPED_WORDS = frozenset({"KEPULAUAN", "PULAU"})
# The whole-word spellings among them, lower case, each to the tables' word ("sumatra" ->
# "sumatera", "kalimatan" -> "kalimantan"): not the short forms ("tj", "kep"), nor two words
# each the other's variant ("sei", "sungai"). For readers that look a name's words up in a set
# (transforms/events/officials/regions.py).
WORD_SPELLINGS: dict[str, str] = {
    variant.lower(): word.lower() for word, variants in _WORD_VARIANTS.items()
    for variant in variants if len(variant) >= 4 and word not in _WORD_VARIANTS.get(variant, ())}


def _variants(names: Iterable[tuple[str, str]], swap: bool = False) -> list[tuple[str, str]]:
    """(key, code) of every systematic spelling of the names of two words or more
    (``_WORD_VARIANTS``, a dropped ``_DROPPED_WORDS`` word) that no two names share; ``swap``
    takes (code, name) pairs. A one-word name keeps its spelling ("Padang" is never "PD")."""
    found: dict[str, set[str]] = {}
    for first, second in names:
        name, code = (second, first) if swap else (first, second)
        words = _words(name)
        if len(words) < 2:
            continue
        options = [(w, *_WORD_VARIANTS.get(w, ()), *(("",) if w in _DROPPED_WORDS else ()))
                   for w in words]
        keys = {""}
        for choice in options:
            keys = {k + c for k in keys for c in choice}
        for key in keys - {"".join(words), ""}:
            found.setdefault(key, set()).add(code)
    return sorted((key, next(iter(codes))) for key, codes in found.items() if len(codes) == 1)


@functools.lru_cache(maxsize=1)
def _district_keys() -> frozenset[str]:
    return frozenset(_key(row["name"]) for row in _read_csv("districts.csv"))


# Kecamatan named with an everyday word ("Kota", "Barat", "Sumber", "Negara"): no dateline.
_GENERIC_DISTRICT_NAMES = frozenset({"KOTA", "BARAT", "SUMBER", "NEGARA"})


@functools.lru_cache(maxsize=1)
def _district_regencies() -> dict[str, tuple[str, ...]]:
    return _index((_key(row["name"]), row["regency_code"]) for row in _read_csv("districts.csv"))


def district_region(name: str, province_hint: str | None = None) -> Region | None:
    """The regency of a kecamatan a dateline names ("Koto Tangah", "Sungailiat"), when the name
    is one district's in the country, or in the hinted province; else None."""
    key = _key(name)
    if key in _GENERIC_DISTRICT_NAMES:
        return None
    codes = _district_regencies().get(key, ())
    province = province_code(province_hint)
    if len(codes) > 1 and province is not None:
        codes = tuple(c for c in codes if c.split(".")[0] == province)
    return region_data().regions.get(codes[0]) if len(codes) == 1 else None


def is_district(name: str) -> bool:
    """A kecamatan's name somewhere in the country ("Koto Tangah", "Lubuk Sikarah"): what a
    camat's or a sub-district police chief's title names before the person."""
    key = _key(name)
    return bool(key) and key in _district_keys()


def regions() -> tuple[Region, ...]:
    """Every regency and city in the shipped table, by code."""
    return tuple(region_data().regions.values())


def provinces() -> dict[str, str]:
    """Province code -> official name ("Sumatera Barat")."""
    return dict(region_data().provinces)


def province_name(hint: str | None) -> tuple[str, str] | None:
    """(code, official name) of the province a name, code or abbreviation means ("Sulsel",
    "Provinsi Jawa Timur", "Sumatra Barat", "Jakarta"), or None."""
    code = province_code(hint)
    return (code, region_data().provinces[code]) if code else None


# --- resolving one name ----------------------------------------------------------------------


def province_code(hint: str | None) -> str | None:
    if not isinstance(hint, str):
        return None
    words = _words(hint)
    for prefix in _PROVINCE_PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            words = words[len(prefix):]
            break
    return region_data().province_keys.get("".join(words))


def _choose(codes: Iterable[str], kind: str | None, province: str | None) -> Region | None:
    """Of the regions one name's key indexes: the kind asked, then the hinted province, then a
    kota, then the first listed: the official names are indexed in code order, and a shared
    seat (``SHARED_CAPITALS``) lists first the regency ``REGENCY_CAPITALS`` gives."""
    data = region_data()
    found = [data.regions[code] for code in codes]
    if kind is not None and kind != ANY_KIND:
        found = [r for r in found if r.kind == kind]
    if len(found) > 1 and province is not None:
        found = [r for r in found if r.province_code == province] or found
    if len(found) > 1:
        found = [r for r in found if r.kind == "kota"] or found
    return found[0] if found else None


def lookup_region(key: str, kind: str | None, province: str | None) -> Region | None:
    data = region_data()
    return (_choose(data.official.get(key, ()), kind, province)
            or _choose(data.extra.get(key, ()), kind, province))


def split_prefix(
    words: list[str], prefixes: tuple[tuple[tuple[str, ...], str], ...], at: int = 0
) -> tuple[str | None, int]:
    """The kind a prefix at words[at] implies, and how many words it takes."""
    if at >= len(words):
        return None, 0
    index = _PREFIX_INDEX.get(prefixes)
    if index is None:  # by first word, in the given order: most words are no prefix at all
        index = {}
        for prefix, kind in prefixes:
            index.setdefault(prefix[0], []).append((prefix, kind))
        _PREFIX_INDEX[prefixes] = index
    for prefix, kind in index.get(words[at], ()):
        if tuple(words[at: at + len(prefix)]) == prefix:
            return kind, len(prefix)
    return None, 0


_PREFIX_INDEX: dict[tuple, dict[str, list[tuple[tuple[str, ...], str]]]] = {}


def resolve_region(name: str, province_hint: str | None = None) -> Region | None:
    """The regency or city one name means, or None for unknown names and non-places.

    ``province_hint`` (a code like "13", a name like "Sumatera Barat" or "Sumbar") only breaks
    ties between regions of the same name; it never rejects a unique match.
    """
    if not isinstance(name, str) or len(name) > 200:
        return None
    words = _words(name)
    if not words:
        return None
    province = province_code(province_hint)
    kind, used = split_prefix(words, _KIND_PREFIXES)
    if kind is not None and used < len(words):
        found = lookup_region("".join(words[used:]), kind, province)
        if found is not None:
            return found
    # No prefix, or a name that merely starts with one ("Kotabaru", "Kota Mobagu").
    return lookup_region("".join(words), None, province)
