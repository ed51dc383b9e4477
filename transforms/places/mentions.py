"""Regencies and cities named in running text, with or without a kind ("Kota Padang", "Pemkab
Agam", "Bupati Agam", a bare "Padang"): the scanner transforms/places/resolve.py weighs.

A name may be split by a line-free gap ("Pd. Panjang", "Bau-Bau"); bare names that are everyday
words ("batu", "malang") only count with a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from transforms.places.regions import (
    ABBREVIATION_MAX,
    ANY_KIND,
    BARE_NAME_STOPLIST,
    BODY_PREFIXES,
    NAME_GAP,
    WORD_RE,
    Region,
    district_region,
    is_district,
    lookup_region,
    province_code,
    region_data,
    resolve_region,
    split_prefix,
)

__all__ = ["NAME_MAX_CHARS", "RegionMention", "former_holder", "region_before",
           "region_mentions", "tallied", "twin_region", "unlisted"]

NAME_MAX_CHARS = 80  # longer than any regency name with its prefix: how far a name is looked for

# Words after which a name that is a province's and its capital's ("Jambi", "Bengkulu") is the
# province's.
_PROVINCE_WORDS = frozenset({"PEMPROV", "PEMPROP", "PROVINSI", "PROPINSI", "PROV", "GUBERNUR",
                             "WAGUB", "SEKDAPROV", "SETDAPROV", "GUBERNURAN"})


@dataclass(frozen=True)
class RegionMention:
    region: Region
    start: int
    end: int
    prefixed: bool


def _gap_ok(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    gap = text[before.end(): after.start()]
    if not NAME_GAP.fullmatch(gap):
        return False
    return "." not in gap or len(before.group()) <= ABBREVIATION_MAX


def _bracketed(text: str, first: re.Match[str], name: re.Match[str]) -> bool:
    """A body's short form in brackets before the name: "Badan Pengawas Pemilu (Bawaslu) Agam",
    "Komisi Pemilihan Umum (KPU) Padang"."""
    return text[first.start() - 1:first.start()] == "(" and text[
        name.start() - 2:name.start()] == ") " and ")" not in text[first.end():name.start() - 2]


def _name_at(
    text: str, words: list[re.Match[str]], upper: list[str], i: int, kind: str | None,
    province: str | None, bare: bool,
) -> tuple[Region, int] | None:
    """The longest name starting at word i: (region, index after its last word)."""
    if i >= len(words):
        return None
    initial = words[i].group()[0]
    if not (initial.isupper() or (not bare and initial.isdigit())):  # "Pemkab 50 Kota"
        return None
    data = region_data()
    last = i
    while last + 1 < len(words) and last + 1 - i < data.max_words and _gap_ok(
            text, words[last], words[last + 1]):
        last += 1
    for stop in range(last + 1, i, -1):
        key = "".join(upper[i:stop])
        if bare and (key in BARE_NAME_STOPLIST or (
                stop < len(words) and text[words[stop - 1].end():words[stop].start()] == "-")):
            continue  # "Metro-Goldwyn": a bare name hyphened to a word is another name's part
        found = lookup_region(key, kind, province)
        if found is not None:
            return found, stop
    return None


_PROVINCE_MAX_WORDS = 5  # "Daerah Khusus Ibukota Jakarta"


def _province_end(text: str, words: list[re.Match[str]], upper: list[str], i: int,
                  stop: int) -> int | None:
    """The index after a province name of more words than the region found at word i ends
    at ("Bangka Belitung" is the province, not Kabupaten Bangka and Kabupaten Belitung)."""
    keys = region_data().province_keys
    last = i
    while last + 1 < min(len(words), i + _PROVINCE_MAX_WORDS) and _gap_ok(
            text, words[last], words[last + 1]):
        last += 1
    return next((k for k in range(last + 1, stop, -1) if "".join(upper[i:k]) in keys), None)


def region_mentions(text: str, province: str | None, start: int = 0,
              end: int | None = None) -> Iterator[RegionMention]:
    """Region mentions in text[start:end], in order; a prefixed mention hides the bare one."""
    segment = text[start:end]
    words = list(WORD_RE.finditer(segment))
    upper = [unicodedata.normalize("NFKC", w.group()).upper() for w in words]
    i = 0
    while i < len(words):
        if i and upper[i - 1] in _DISTRICT_WORDS and words[i - 1].group()[0].isupper() and (
                named := _district_named(segment, words, upper, i, province)) is not None:
            region, after = named  # "Camat Binjai": the kecamatan, in Kabupaten Langkat
            yield RegionMention(region, start + words[i].start(),
                                start + words[after - 1].end(), False)
            i = after
            continue
        kind, used = split_prefix(upper, BODY_PREFIXES, i)
        if kind is not None and i + used < len(words) and all(
                _gap_ok(segment, words[k], words[k + 1]) or (
                    k == i + used - 1 and _bracketed(segment, words[i], words[k + 1]))
                for k in range(i, i + used)):
            hit = _name_at(segment, words, upper, i + used, kind, province, bare=False)
            if hit is not None and kind == ANY_KIND and province_code(
                    segment[words[i + used].start(): words[hit[1] - 1].end()]) is not None:
                hit = None  # "Bawaslu Jambi": the province's body
            if hit is not None:
                region, after = hit
                yield RegionMention(region, start + words[i].start(),
                                    start + words[after - 1].end(), True)
                i = after
                continue
        hit = _name_at(segment, words, upper, i, None, province, bare=True)
        if hit is not None and i and upper[i - 1] in _PROVINCE_WORDS and province_code(
                segment[words[i].start(): words[hit[1] - 1].end()]) is not None:
            i = hit[1]  # "Pemprov Jambi", "Kantor Gubernur Bengkulu": the province, not its city
            continue
        if hit is not None and (skip := _province_end(segment, words, upper, i,
                                                      hit[1])) is not None:
            i = skip  # a province of two words or more that starts with a regency's name
            continue
        if hit is not None:
            region, after = hit
            yield RegionMention(region, start + words[i].start(),
                                start + words[after - 1].end(), False)
            i = after
            continue
        i += 1


# Words after which a bare name is a kecamatan's ("Camat Binjai", "Kecamatan Pasaman"), when
# written as a title or a name (lower case, "seluruh camat Padang" are the city's camats).
_DISTRICT_WORDS = frozenset({"CAMAT", "KECAMATAN", "KEC"})


def _district_named(segment: str, words: list[re.Match[str]], upper: list[str], i: int,
                    province: str | None) -> tuple[Region, int] | None:
    """A bare region's name at word i that is, after "Camat"/"Kecamatan", the name of one
    kecamatan of another regency (Kecamatan Binjai is in Kabupaten Langkat, not Kota Binjai):
    that regency, and the index after the name. None when the name is no region's, has a kind
    ("Kota Padang"), starts a longer kecamatan name ("Padang Utara"), or is not one district's
    (the region reading stands)."""
    if split_prefix(upper, BODY_PREFIXES, i)[0] is not None:
        return None  # "Camat Kota Padang": the city's camats, as a kind says
    hit = _name_at(segment, words, upper, i, None, province, bare=False)
    if hit is None or any(is_district(segment[words[i].start(): words[k - 1].end()])
                          for k in range(hit[1] + 1, min(len(words), i + 4) + 1)):
        return None  # "Camat Padang Utara": a longer kecamatan name, in Kota Padang
    region = district_region(segment[words[i].start(): words[hit[1] - 1].end()], province)
    return (region, hit[1]) if region is not None and region != hit[0] else None


# What stands between two names of a list: "Purbalingga, Sukoharjo dan Kendal".
_LIST_GAP = re.compile(r"[^\S\n]*(?:[,;/][^\S\n]*(?:(?:dan|serta)[^\S\n]+)?|[^\S\n]+(?:dan|serta)"
                       r"[^\S\n]+)$", re.IGNORECASE)


def unlisted(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """The mentions that are not one item of a list of regions ("di Purbalingga, Sukoharjo,
    Kabupaten Semarang dan Kendal", "di Musi Rawas (Mura), Lahat dan Empat Lawang"): a listed
    one says where cases or people are, so it tells neither where the occasion was nor which
    region a dateline means. An item's short form in brackets is part of the item."""
    items: list[tuple[RegionMention, int, list[RegionMention]]] = []  # (item, its end, mentions)
    for mention in sorted(mentions, key=lambda m: m.start):
        if items and items[-1][0].region == mention.region and mention.start < items[-1][1]:
            items[-1][2].append(mention)  # "Musi Rawas (Mura)": the short form of the item
            continue
        short = _SHORT_FORM.match(text, mention.end)
        end = short.end() if short else mention.end
        tally = _TALLY.match(text, end) if text[end: end + 1] == " " else None
        items.append((mention, tally.end() if tally else end, [mention]))
    listed: set[int] = set()
    for (one, end, ones), (other, _, others) in zip(items, items[1:], strict=False):
        if one.region != other.region and end <= other.start and _LIST_GAP.match(
                text[end:other.start]) and not (other.prefixed and _DISTRICT_BEFORE.search(
                    text, max(0, one.start - _DISTRICT_REACH), one.start)):
            listed.update(id(m) for m in (*ones, *others))  # (not "Kecamatan X, Kabupaten Y":
            #                                                  a kecamatan, then its regency)
    return [m for m in mentions if id(m) not in listed]


# "mantan Wali Kota X", "eks Bupati X", "Bupati X periode lalu" is said of a person's past:
# the region is where he served, not where anything is held.
_FORMER = re.compile(r"(?<![\w-])(?:eks|mantan|bekas|purna)[-\s]+(?:[^\W\d_]+[^\S\n]+){1,3}$",
                     re.IGNORECASE)
_FORMER_LOOKBACK = 40


def former_holder(text: str, mention: RegionMention) -> bool:
    """The mention names the region of a former office holder ("Eks Wali Kota Jakarta Utara")."""
    return _FORMER.search(text, max(0, mention.start - _FORMER_LOOKBACK), mention.start) is not None


# "pria asal Sumber", "putra asli Kota X", "kelahiran X": where a person comes from, not where
# anything is held
_ORIGIN = re.compile(r"(?<!\w)(?:asal|asli|kelahiran|berasal[^\S\n]+dari)[^\S\n]+$", re.IGNORECASE)
_ORIGIN_LOOKBACK = 22


def origin(text: str, mention: RegionMention) -> bool:
    """The mention names where a person comes from ("pria asal Kabupaten X")."""
    return _ORIGIN.search(text, max(0, mention.start - _ORIGIN_LOOKBACK), mention.start) is not None


def tallied(text: str, mentions: list[RegionMention]) -> bool:
    """Some mention is an item of a tally: a count follows it ("Blora 4", "Agam (3 ASN)")."""
    for mention in mentions:
        short = _SHORT_FORM.match(text, mention.end)
        for end in (mention.end, short.end()) if short else (mention.end,):
            if text[end: end + 1] == " " and _TALLY.match(text, end):
                return True
    return False


# a kecamatan's kind, its head or a body named after it, just before a name (perhaps with
# its short form in brackets: "Pengawas Pemilu Kecamatan (Panwascam) X")
_DISTRICT_BEFORE = re.compile(r"(?<!\w)(?:kecamatan|kec\.|camat|panwascam|panwaslucam|forkopimcam"
                              r"|distrik)(?:[^\S\n]*\([^()\n]{1,20}\))?[^\S\n]+$", re.IGNORECASE)
_DISTRICT_REACH = 40
_SHORT_FORM = re.compile(r"[^\S\n]*\([^()\n]{1,30}\)")  # "Musi Rawas (Mura)"
# A count after an item of a tally by region: "Rembang sebanyak 8 kasus, Blora 4 dan Pati 2",
# "Agam (3 ASN), Solok: 2 orang".
_TALLY = re.compile(
    r"[^\S\n]*[(:]?[^\S\n]*(?:(?:sebanyak|ada|berjumlah|yakni|yaitu|terdapat|dengan)[^\S\n]+)?"
    r"\d+(?:[^\S\n]+(?:kasus|ASN|PNS|PPPK|P3K|orang|pelanggaran|laporan|temuan|pegawai|dugaan"
    r"|aduan|pengaduan|perkara|kades|camat|lurah|desa))?\)?", re.IGNORECASE)


def twin_region(text: str, mention: RegionMention, province: str | None) -> Region:
    """The region a bare name means when a city and a regency share it ("di Magelang, Kamis"):
    the regency when its capital stands right before the name ("Mungkid Magelang", "Sentani,
    Jayapura"), else the one whose official or body the text names first ("Bupati Magelang",
    "Panwaskab Magelang", "Bawaslu Kota Magelang"), else the city (as for a dateline). A kind
    alone ("kasus di Kabupaten Magelang") says where cases are as often as who speaks."""
    region = mention.region
    if mention.prefixed or region.kind != "kota":
        return region
    other = resolve_region(f"Kabupaten {region.regency.split(' ', 1)[1]}", region.province_code)
    if other is None or other.regency_code == region.regency_code:
        return region
    if region_before(text, mention, province) == other:
        return other
    named = (m.region for m in region_mentions(text, province) if m.prefixed and (
        text[m.start:m.end].split()[0].upper().rstrip(".") not in _KIND_ONLY
        or _BODY_BEFORE.search(text, max(0, m.start - _NEXT_TO), m.start)))
    return next((r for r in named if r in (region, other)), region)


def region_before(text: str, mention: RegionMention, province: str | None) -> Region | None:
    """The region named right before a mention, a comma at most between ("Aimas Sorong":
    Aimas, the capital of Kabupaten Sorong)."""
    before = [m for m in region_mentions(text, province, max(0, mention.start - _NEXT_TO),
                                         mention.start)
              if _NEXT_GAP.fullmatch(text, m.end, mention.start)]
    return before[-1].region if before else None


_KIND_ONLY = frozenset({"KOTA", "KABUPATEN", "KAB", "KOTAMADYA"})
_NEXT_TO = 40
_NEXT_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*")
# A body or head right before a kind: "Panwaslu Kabupaten X", "(Bawaslu) Kota X", "Bupati
# Kabupaten X": who speaks or holds the occasion, not where cases are.
_BODY_BEFORE = re.compile(
    r"(?<!\w)\(?(?:Bawaslu|Panwaslu|Panwas|Panwaslih|KPU|KPUD|KIP|Pemerintah|Pemda|Sekda|Setda"
    r"|BKPSDM|BKPSDMD|BKPP|BKD|DPRD|DPRK|Inspektorat|Bupati|Wakil[^\S\n]+Bupati|Wali[^\S\n]*kota"
    r"|Wakil[^\S\n]+Wali[^\S\n]*kota)\)?[^\S\n]+$", re.IGNORECASE)
