"""Find how many people took part in an ASN-neutrality event, and who they were.

Watchdogs weigh a pledge read by 1.246 contract staff differently from a briefing for the
heads of offices, so a count is only taken when a people-noun follows it ("173 ASN",
"dua ratus pegawai", "1,5 ribu peserta") or precedes "sebanyak N orang". Everything else
that looks like a number is a year, a law ("Nomor 5 Tahun 2014"), a date ("12/7/2024"),
money ("Rp1.500"), a percentage or "4 poin ikrar", and is ignored. Vague quantities
("ratusan ASN") keep their phrase with count None. Indonesian number style: "1.246" = 1246,
"1,5 ribu" = 1500. A bare four-digit 1900-2099 without a separator is read as a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.prefilter import finditer, scanner

_DIGITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
           "delapan": 8, "sembilan": 9}
_WORDS = "|".join([*_DIGITS, "sepuluh", "sebelas", "seratus", "seribu", "belas", "puluh",
                   "ratus", "ribu"])
_NUM = (
    r"(?P<num>(?<![\w.,/])(?P<digits>(?:[0-9]{1,3}(?:\.[0-9]{3}){1,4}|[0-9]{1,7})(?:,[0-9]{1,3})?)"
    r"(?![0-9/]|[.,][0-9])"
    r"(?:\s*(?P<mult>ribu|rb|juta))?"
    rf"|\b(?P<words>(?:{_WORDS})(?:\s+(?:{_WORDS}))*)"
    r"|\b(?P<vague>(?:puluhan|belasan|ratusan|ribuan)(?:\s+(?:ribu|juta))?))"
)
# people-nouns, long forms first; value = canonical group ("" = as written, lowercased)
_GROUPS: tuple[tuple[str, str], ...] = (
    (r"aparatur\s+sipil\s+negara", "ASN"),
    (r"pegawai\s+negeri\s+sipil", "PNS"),
    (r"pegawai\s+pemerintah\s+dengan\s+perjanjian\s+kerja", "PPPK"),
    (r"tenaga\s+honorer", "tenaga honorer"),
    (r"(?:kepala|pimpinan)\s+(?:OPD|perangkat\s+daerah|dinas|sekolah|desa)", ""),
    (r"ASN|PNS|PPPK|P3K", ""),
    (r"pegawai|peserta|pejabat|camat|lurah|guru|honorer|aparatur|personel|personil|anggota"
     r"|karyawan|orang", ""),
)
_GROUP = "|".join(f"(?:{g})" for g, _ in _GROUPS)
_ABBR = r"(?:\s*\((?P<abbr>(?-i:[A-Z][A-Z0-9]{1,5}))\))?"
_AFTER = re.compile(
    rf"{_NUM}\s+(?:(?:orang|para)\s+)?(?P<group>{_GROUP})\b{_ABBR}", re.IGNORECASE
)
_BEFORE = re.compile(
    rf"\b(?P<group>{_GROUP})\b{_ABBR}\s+(?:yang\s+)?(?:sebanyak|berjumlah|sejumlah|total)\s+"
    rf"{_NUM}\s+orang\b",
    re.IGNORECASE,
)
_NOT_A_COUNT = re.compile(
    r"(?:\b(?:nomor|no|tahun|pasal|ayat|poin|angka|usia|umur|ke|rp|usd|salah)\.?|\$|/|\w-)\s*$",
    re.IGNORECASE,
)
_SCANS = (scanner(_AFTER), scanner(_BEFORE))  # tried where a count/group can start (prefilter)
_CANON = [(re.compile(rf"{g}$", re.IGNORECASE), c) for g, c in _GROUPS]
_ACRONYMS = {"asn": "ASN", "pns": "PNS", "pppk": "PPPK", "p3k": "P3K", "opd": "OPD"}


@dataclass(frozen=True)
class Participants:
    """A headcount (None when vague) and the people-group it counts, as found in `phrase`."""

    count: int | None
    group: str | None
    phrase: str


def _words_value(words: str) -> int:
    """Indonesian number words ("dua ratus lima puluh") to an int; 0 when malformed."""
    total = current = pending = 0
    for word in words.casefold().split():
        if word in _DIGITS:
            pending = _DIGITS[word]
        elif word in ("puluh", "ratus", "belas"):
            factor = {"puluh": 10, "ratus": 100}.get(word)
            current += pending * factor if factor else pending + 10
            pending = 0
        elif word == "ribu":
            total += (current + pending or 1) * 1000
            current = pending = 0
        else:
            current += {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}.get(word, 0)
    return total + current + pending


def _count(m: re.Match[str]) -> int | None:
    """The headcount in a match; -1 when it is not a headcount at all."""
    if m.group("vague"):
        return None
    if m.group("words"):
        return _words_value(m.group("words")) or -1
    raw = m.group("digits")
    digits, _, decimals = raw.partition(",")
    value = float(digits.replace(".", "") + "." + (decimals or "0"))
    if m.group("mult"):
        value *= 1_000_000 if m.group("mult").casefold() == "juta" else 1000
    if "." not in digits and len(digits) == 4 and 1900 <= value < 2100:
        return -1  # a year, not 2.024 people
    if value != int(value) or value <= 0:
        return -1
    return int(value)


def _group(m: re.Match[str]) -> str:
    """Canonical group: the parenthesised abbreviation, else the normalised noun."""
    if m.group("abbr"):
        return m.group("abbr")
    noun = " ".join(m.group("group").split())
    for pattern, canonical in _CANON:
        if pattern.match(noun):
            if canonical:
                return canonical
            break
    return " ".join(_ACRONYMS.get(w.lower(), w.lower()) for w in noun.split())


def participants(text: str) -> list[Participants]:
    """Every headcount-with-group in text order (non-overlapping, earliest first)."""
    found: list[tuple[int, int, Participants]] = []
    for scan in _SCANS:
        for m in finditer(scan, text):
            if _NOT_A_COUNT.search(text[max(0, m.start("num") - 12):m.start("num")]):
                continue
            count = _count(m)
            if count == -1:
                continue
            found.append((m.start(), m.end(), Participants(count, _group(m), m.group(0))))
    found.sort(key=lambda item: (item[0], -item[1]))
    result: list[Participants] = []
    last_end = -1
    for start, end, item in found:
        if start >= last_end:
            result.append(item)
            last_end = end
    return result
