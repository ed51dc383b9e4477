"""The region words of an official's title: markers ("Kabupaten", "Kec."), province and regency
short forms the news writes, and whether words name a region ("Bupati Agam", "Ketua Bawaslu
Sumbar"), so that they are told from the name that follows.

Split from transforms/events/officials/titles.py, which classes the heads and office words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.places.regions import (
    BARE_NAME_STOPLIST,
    PROVINCE_ALIASES,
    WORD_SPELLINGS,
    provinces,
    resolve_region,
)

__all__ = ["COMPASS", "MARKERS", "REGENCY_SHORT", "REGION_SHORT", "is_province", "is_region",
           "opens_province"]

# Yogyakarta's kecamatan are "Kapanewon" in its regencies and "Kemantren" in the city.
MARKERS = frozenset({"Kota", "Kabupaten", "Kab.", "Kab", "Provinsi", "Prov.", "Prov", "Kecamatan",
                     "Kec.", "Kelurahan", "Kel.", "Kapanewon", "Kemantren"})
# Province short forms beyond transforms/places' table.
REGION_SHORT = frozenset({"Kepulauan Babel", "Lampung", "Bengkulu", "Sumsel", "Sumbar", "Sumut",
                          "Kaltim", "Kaltara", "Kalbar", "Kalteng", "Kalsel", "Sulsel", "Sulbar",
                          "Sultra", "Sulteng", "Sulut", "Gorontalo", "Jateng", "Jabar", "Jatim",
                          "Banten", "Bali", "DIY", "NTB", "NTT", "Malut", "Maluku", "Papua",
                          "Pabar", "Papua Barat", "Papua Selatan", "Papua Tengah", "Riau",
                          "Kepri", "Babel", "Aceh", "Jambi", "DKI", "RI", "Pusat",
                          "Republik Indonesia", "Indonesia"})
# Regency and city short forms the news writes beyond transforms/places' table ("Pj Bupati
# Halsel", "Ketua Bawaslu Boltim"), lower case; short forms that are everyday words or names
# ("Tuba", "Aru", "Sula") are left out.
REGENCY_SHORT = frozenset("""
    padpar palas paluta meranti agara atim abes lambar pesibar bateng basel beltim babar anambas
    jogja yogya kotim kobar barsel bartim barut mahulu ktt boltim bolsel bolmut sitaro talaud
    bonbol gorut parimo morut touna torut tator sidrap klu sumtim matim mabar malteng malra mbd
    kkt halsel halut halbar halteng haltim morotai taliabu mansel pegaf sorsel tanjabbar
    tanjabtim lamtim lamsel lamteng lampura jaksel jakpus jakbar jaktim jakut mura sumteng psp tasik
""".split())
COMPASS = frozenset({"Barat", "Timur", "Utara", "Selatan", "Tengah", "Raya", "Laut", "Daya"})


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    names = {" ".join(n.split()).lower() for n in provinces().values()}
    names |= {a.lower() for a in PROVINCE_ALIASES} | {s.lower() for s in REGION_SHORT}
    return frozenset(names)


@lru_cache(maxsize=1)
def _province_openers() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _province_names() if name.split())


def opens_province(word: str) -> bool:
    """word is the first word of a province's name or short form ("Sulawesi", "Kepulauan",
    "Sumbar"): after "Provinsi" it opens the province even when the rest is misspelt; any
    other capitalised word there is no province (a closed list) but the name that follows a
    title whose province is left unsaid ("Sekretaris KPU Provinsi Rudi Hartono")."""
    return _spelt(word.lower()) in _province_openers()


_SPELLING = re.compile(r"\b(?:" + "|".join(WORD_SPELLINGS) + r")\b")


def _spelt(words: str) -> str:
    """A province's words (lower case) as the tables spell them: "sumatra" (common),
    "kalimatan" (a slip): places.regions.WORD_SPELLINGS."""
    return _SPELLING.sub(lambda m: WORD_SPELLINGS[m.group()], words)


def is_province(words: str) -> bool:
    """A province's name or short form ("Aceh", "Sumatera Barat", "Sumbar")."""
    return _spelt(" ".join(words.split()).lower()) in _province_names()


@lru_cache(maxsize=4096)
def is_region(words: str, marked: bool = False) -> bool:
    """A province, a province short form, or a regency/city/capital that is no everyday word
    ("Malang", "Bima"), unless ``marked`` ("Kabupaten Malang"): what may stand between a title
    and a name."""
    key = _spelt(" ".join(words.split()).lower())
    if key in _province_names() or key in REGENCY_SHORT:
        return True
    return ((marked or "".join(words.split()).upper() not in BARE_NAME_STOPLIST)
            and resolve_region(key) is not None)
