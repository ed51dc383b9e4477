"""Find how many people took part in an ASN-neutrality event, and who they were.

Watchdogs weigh a pledge read by 1.318 contract staff differently from a briefing for the
heads of offices, so a count is only taken when a people-noun follows it ("218 ASN",
"dua ratus pegawai", "1,5 ribu peserta") or precedes "sebanyak N orang". Everything else
that looks like a number is a year, a law ("Nomor 5 Tahun 2014"), a date ("12/7/2024"),
money ("Rp1.500"), a percentage or "4 poin ikrar", and is ignored. Vague quantities
("ratusan ASN") keep their phrase with count None. Indonesian number style: "1.318" = 1318,
"1,5 ribu" = 1500. A bare four-digit 1900-2099 without a separator is read as a year.

:func:`participants` lists every headcount; :func:`attendance` picks the one of the occasion.
A number of people is not always an attendance: violators ("197 ASN terbukti melanggar"),
reported or sanctioned staff, cases and national tallies are counted in the same words. So a
headcount counts only when the cue nearest to it says people attended or signed ("diikuti",
"hadir", "menandatangani", "berikrar", "peserta"), or, with no violation cue near, a word
naming the occasion stands near it or an attendance word comes later in its sentence. Counted
groups joined by "dan"/"serta"/commas add up ("15 camat dan 83 lurah" = 98); an item of a
breakdown ("terdiri dari ... 15 camat") yields to a total, and the base of a share ("dari
2.298 pegawai, 36 alpa") is no attendance. The cue words are in headcount_cues.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from transforms.abbreviations import NOT_AN_ABBREVIATION
from transforms.events.headcount_cues import (
    ATTEND,
    AUDIENCE,
    BASE,
    BREAKDOWN,
    BRIEFING,
    OCCASION,
    SIZE,
    VIOLATION,
    case_item,
    facing,
)
from transforms.page_links import tail_start
from transforms.prefilter import finditer, names_any, scanner

__all__ = ["Participants", "attendance", "participants", "sworn_in"]

_DIGITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
           "delapan": 8, "sembilan": 9}
_FIRST_WORDS = "|".join([*_DIGITS, "sepuluh", "sebelas", "seratus", "seribu"])
_WORDS = _FIRST_WORDS + "|belas|puluh|ratus|ribu"
_NUM = (
    r"(?P<num>(?<![\w.,/])(?P<digits>(?:[0-9]{1,3}(?:\.[0-9]{3}){1,4}|[0-9]{1,7})(?:,[0-9]{1,3})?)"
    r"(?![0-9/]|[.,][0-9])"
    r"(?:\s*(?P<mult>ribu|rb|juta))?"
    # (a number's first word is a digit's or a "se-" one: "belas" alone is the tail of a word
    # before it, "Kelima belas ASN tersebut": the fifteen told of)
    rf"|\b(?P<words>(?:{_FIRST_WORDS})(?:\s+(?:{_WORDS}))*)"
    r"|\b(?P<vague>(?:puluhan|belasan|ratusan|ribuan)(?:\s+(?:ribu|juta))?))"
)
# people-nouns, long forms first; value = canonical group ("" = as written, lowercased)
_GROUPS: tuple[tuple[str, str], ...] = (
    (r"aparatur\s+sipil\s+negara", "ASN"),
    (r"pegawai\s+negeri\s+sipil", "PNS"),
    (r"pegawai\s+pemerintah\s+dengan\s+perjanjian\s+kerja", "PPPK"),
    (r"tenaga\s+honorer", "tenaga honorer"),
    (r"(?:(?:pjs?\.?|plt\.?|penjabat)\s+)?(?:kepala|pimpinan)\s+(?:organisasi\s+perangkat\s+daerah"
     r"|OPD|SKPD|perangkat\s+daerah|dinas|badan|sekolah|puskesmas|UPTD?|daerah|desa|kampung"
     r"|dusun|lingkungan|pekon|jorong|kelurahan|distrik|kecamatan)", ""),
    # regional heads and their secretaries ("27 bupati dan wali kota", "Pj bupati")
    (r"(?:(?:pjs?\.?|plt\.?|penjabat)\s+)?(?:bupati|wali\s*kota|gubernur)|sekda"
     r"|sekretaris\s+daerah", ""),
    # village heads and their staff by their regional names (Aceh, Bali, Lampung, Cirebon)
    (r"(?:(?:pjs?\.?|plt\.?|penjabat)\s+)?(?:wali\s+nagari|kades|keuchik|geuchik|perbekel"
     r"|peratin|kuwu)|perangkat\s+(?:desa|nagari|kampung)|sekdes|kadus|sekretaris\s+(?:desa"
     r"|kelurahan|nagari)|THL|pegawai\s+non[\s-]?ASN|non[\s-]?ASN", ""),
    (r"(?:pegawai|tenaga)\s+(?:kontrak|harian\s+lepas|tidak\s+tetap)|tenaga\s+(?:kesehatan"
     r"|pendidik|kependidikan|medis|pendamping)|pendamping\s+desa", ""),
    (r"ASN|PNS|PPPK|P3K|PTT", ""),
    (r"pegawai|peserta|pejabat|camat|lurah|guru|honorer|aparatur|personel|personil|anggota"
     r"|karyawan|staf|staff|penyuluh|bidan|perawat|dosen|perwakilan|pihak|orang", ""),
)
_GROUP = "|".join(f"(?:{g})" for g, _ in _GROUPS)
_ABBR = r"(?:\s*\((?P<abbr>(?-i:[A-Z][A-Z0-9]{1,5}))\))?"
# the count spelled out again in brackets, as official texts write it: "50 (lima puluh) orang"
_SPELLED = rf"(?:\s*\((?:{_WORDS})(?:\s+(?:{_WORDS}))*\))?"
_AFTER = re.compile(
    rf"{_NUM}{_SPELLED}\s+(?:(?:orang|para)\s+)?(?P<group>{_GROUP})\b{_ABBR}", re.IGNORECASE
)
_BEFORE = re.compile(
    rf"\b(?P<group>{_GROUP})\b{_ABBR}\s+(?:yang\s+(?:hadir\s+|ikut\s+)?)?"
    rf"(?:sebanyak|berjumlah|sejumlah|total)\s+"
    rf"{_NUM}{_SPELLED}\s+orang\b",
    re.IGNORECASE,
)
# A group counted by its units in brackets: "seluruh wali nagari (182 nagari)", "kepala desa
# (250 desa)": one head per unit.
_UNITS_TAIL = (rf"\([^\S\n]*{_NUM}[^\S\n]+(?:nagari|desa|kelurahan|kampung|gampong|pekon|OPD"
               r"|kecamatan|sekolah|instansi|perangkat\s+daerah)[^\S\n]*\)")
_UNITS = re.compile(
    rf"\b(?P<group>{_GROUP})\b(?P<abbr>(?!))?[^\S\n]*(?:se-?\w+[^\S\n]*)?{_UNITS_TAIL}",
    re.IGNORECASE,
)
# The bracket every _UNITS match ends with, searched alone (it starts with a literal, so re
# skips to each "(" at once): a text without it is not scanned for the groups (~125 places an
# article). The lookbehind and \b of _NUM see the same text either way.
_UNITS_BRACKET = re.compile(_UNITS_TAIL, re.IGNORECASE)
_NOT_A_COUNT = re.compile(
    r"(?:\b(?:nomor|no|tahun|pasal|ayat|poin|angka|usia|umur|ke|rp|usd|salah)\.?|\$|/|\w-)\s*$",
    re.IGNORECASE,
)
_SCANS = (scanner(_AFTER), scanner(_BEFORE), scanner(_UNITS))  # where a count/group can start
# Whole words every match of _BEFORE holds, one of each set: a text without is not scanned.
_BEFORE_WORDS = (frozenset({"sebanyak", "berjumlah", "sejumlah", "total"}), frozenset({"orang"}))
_CANON = [(re.compile(rf"{g}$", re.IGNORECASE), c) for g, c in _GROUPS]
_ACRONYMS = {"asn": "ASN", "pns": "PNS", "pppk": "PPPK", "p3k": "P3K", "opd": "OPD", "ptt": "PTT"}


@dataclass(frozen=True)
class Participants:
    """A headcount (None when vague) and the people-group it counts, as found in `phrase`;
    `start`/`end` locate the phrase in the text read and `sentence` is its sentence (evidence)."""

    count: int | None
    group: str | None
    phrase: str
    start: int = field(default=-1, compare=False)
    end: int = field(default=-1, compare=False)
    sentence: str = field(default="", compare=False)


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
        if scan is _SCANS[1] and not all(names_any(text, words) for words in _BEFORE_WORDS):
            continue
        if scan is _SCANS[2] and _UNITS_BRACKET.search(text) is None:
            continue
        for m in finditer(scan, text):
            if _NOT_A_COUNT.search(text[max(0, m.start("num") - 12):m.start("num")]):
                continue
            count = _count(m)
            if count == -1:
                continue
            found.append((m.start(), m.end(), Participants(
                count, _group(m), m.group(0), m.start(), m.end(), _sentence(text, m.start()))))
    found.sort(key=lambda item: (item[0], -item[1]))
    result: list[Participants] = []
    last_end = -1
    for start, end, item in found:
        if start >= last_end:
            result.append(item)
            last_end = end
    return result


# --- the attendance of the occasion ------------------------------------------------------------

# (a dot closing "Pj.", "Kab.", "H." ends no sentence: "45 Kepala Desa/Pj. Kepala Desa yang hadir")
_SENTENCE_END = re.compile(r"\n|[!?](?=\s|$)|\." + NOT_AN_ABBREVIATION + r"(?=\s|$)")
_SENTENCE_MAX = 600
_BEFORE_WINDOW = 60  # how far around a headcount a cue is looked for
_AFTER_WINDOW = 90
_SWORN_IN = re.compile(r"\b(?:melantik|dilantik|pelantikan|mengambil\s+sumpah"
                       r"|diambil\s+sumpahnya|disumpah)\b", re.IGNORECASE)


# A case told as involving the people counted: its wrongdoers, though "melibatkan" says taking part
# (a case by its own word, no gathering between, ``OCCASION``: "sosialisasi pencegahan
# pelanggaran yang melibatkan 150 ASN" counts its audience)
_CASE_INVOLVING = re.compile(r"\b(?:kasus|perkara)\b[^.\n]{0,40}?\b(?:melibatkan|libatkan)"
                             r"[^\S\n]+$", re.IGNORECASE)


def sworn_in(item: Participants) -> bool:
    """Whether a headcount's sentence swears its people in ("melantik 103 pejabat"): an
    inauguration is a gathering though no neutrality activity names it."""
    return _SWORN_IN.search(item.sentence) is not None


_JOIN = re.compile(
    r"[^\S\n]*(?:,[^\S\n]*)?(?:(?:dan|serta|beserta|ditambah|plus)[^\S\n]+|,[^\S\n]*)",
    re.IGNORECASE)


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - _SENTENCE_MAX), pos)),
                default=0)
    stop = next((m.start() for m in _SENTENCE_END.finditer(text, pos, pos + _SENTENCE_MAX)),
                min(len(text), pos + _SENTENCE_MAX))
    return begin, stop


def _sentence(text: str, pos: int) -> str:
    begin, stop = _sentence_bounds(text, pos)
    return " ".join(text[begin: stop + 1].split())


# A counted group that a described first group is joined to in the same sentence ("diikuti 58
# pejabat yang membidangi kepegawaian di 42 OPD, serta 16 orang dari ..."): after the aside,
# a comma, then the joining word right before the number.
_JOIN_AFTER_ASIDE = re.compile(r",[^\S\n]*(?:serta|beserta|ditambah|dan[^\S\n]+juga)[^\S\n]+$",
                               re.IGNORECASE)
_ASIDE_MAX = 160


def _joined(text: str, last: Participants, item: Participants) -> bool:
    """Whether two headcounts are counted groups of one gathering (see ``_JOIN``,
    ``_JOIN_AFTER_ASIDE``)."""
    if _JOIN.fullmatch(text, last.end, item.start):
        return True
    gap = text[last.end:item.start]
    if len(gap) > _ASIDE_MAX or _SENTENCE_END.search(gap) or not _JOIN_AFTER_ASIDE.search(gap):
        return False
    stop = _sentence_bounds(text, item.start)[1]
    return ATTEND.search(gap) is None and VIOLATION.search(
        text, last.end, min(stop, item.end + _AFTER_WINDOW)) is None


def _summed(text: str, found: list[Participants]) -> list[Participants]:
    """Headcounts joined by "dan", "serta" or commas, added up into one (also after an aside
    describing the first group, ``_joined``)."""
    merged: list[Participants] = []
    for item in found:
        last = merged[-1] if merged else None
        if last is not None and _joined(text, last, item):
            count = (last.count + item.count
                     if last.count is not None and item.count is not None else None)
            groups = list(dict.fromkeys([*(last.group or "").split(" dan "), item.group or ""]))
            merged[-1] = replace(last, count=count, group=" dan ".join(g for g in groups if g),
                                 phrase=text[last.start: item.end], end=item.end)
        else:
            merged.append(item)
    return merged


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int, lo: int,
             hi: int) -> int | None:
    """Distance from text[start:end] to the nearest match of pattern in text[lo:hi]."""
    best = None
    for match in pattern.finditer(text, lo, hi):
        gap = max(start - match.end(), match.start() - end, 0)
        best = gap if best is None or gap < best else best
    return best


# An attendance verb closing a line without a stop, the headcount opening the next one.
_CUE_BEFORE_BREAK = re.compile(rf"(?:{ATTEND.pattern})(?:[^\S\n]+oleh)?[^\S\n]*:?[^\S\n]*\n"
                               r"[^\S\n]*$", re.IGNORECASE)


def _rank(text: str, item: Participants) -> tuple[int, ...] | None:
    """How surely a headcount is the attendance (lower first); None when it is not one."""
    if BASE.search(text, max(0, item.start - 40), item.start) or SIZE.search(
            text, max(0, item.start - 60), item.start):
        return None  # the base of a share, or the size of a workforce
    begin, stop = _sentence_bounds(text, item.start)
    lo, hi = max(begin, item.start - _BEFORE_WINDOW), min(stop, item.end + _AFTER_WINDOW)
    attend = _nearest(ATTEND, text, item.start, item.end, lo, hi)
    if attend is None and (facing(text, item.start) or begin == item.start and _CUE_BEFORE_BREAK
                           .search(text, max(0, item.start - 40), item.start)):
        attend = 0  # "di hadapan 90 ASN"; "Ikrar itu diikuti\n80 ASN": a stray line break
    violation = _nearest(VIOLATION, text, item.start, item.end, lo, hi)
    if violation is not None and (attend is None or violation <= attend):
        return None
    case = _CASE_INVOLVING.search(text, max(begin, item.start - _BEFORE_WINDOW), item.start)
    if case and not OCCASION.search(text, case.start(), item.start):
        return None  # "kasus pelanggaran Pemilu yang melibatkan sembilan ASN": its wrongdoers
    if attend is None and not (OCCASION.search(text, lo, hi)
                               or ATTEND.search(text, item.end, stop)
                               or AUDIENCE.search(text, max(begin, item.start - 12), item.start)
                               and BRIEFING.search(text, begin, item.start)):
        return None  # "Sebanyak 53 pejabat dari ..., di ..., menandatangani": the verb far on
    breakdown = bool(BREAKDOWN.search(text, max(begin, item.start - 120), item.start))
    if breakdown and case_item(text, begin, item.start):
        return None  # "9 kasus ..., 3 di antaranya ..., 4 kepala desa": violators
    return (attend is None, breakdown, item.count is None)


def attendance(text: str, title: str | None = None,
               spans: list[tuple[int, int]] | None = None) -> Participants | None:
    """The headcount of the people who attended or signed the occasion text reports, or None.

    Candidates come from the text, then from the title (a headline often carries the total:
    "53 Pejabat Teken Pakta Integritas"); those not counting attendees are dropped. A count
    with an attendance cue beats one with an occasion word only, one the title counts too
    beats the others (a photo caption may count another occasion), a total beats an item of a
    breakdown, a number beats a vague "ratusan"; then the text before the title, and text order.
    The title's spans are -1 (it is not part of text); the page's related-headline tail
    counts nothing. With ``spans`` (the sentences of one
    of several events) only headcounts starting inside them count.
    """
    ranked: list[tuple[tuple[int, ...], Participants]] = []
    headline = {p.count for p in participants(title) if p.count is not None} \
        if isinstance(title, str) and title else set()
    for order, source in enumerate((text, title)):
        if not isinstance(source, str) or not source:
            continue
        tail = tail_start(source) if order == 0 else len(source)
        for position, item in enumerate(_summed(source, participants(source))):
            if order == 0 and (item.start >= tail or spans is not None and not any(
                    a <= item.start < b for a, b in spans)):
                continue  # not in the related-headline tail: other articles' counts
            rank = _rank(source, item)
            if rank is None:
                continue
            if order:  # the title: no offsets in text
                item = replace(item, start=-1, end=-1)
            # the headline's count is the occasion's (a caption may count another one)
            ranked.append(((rank[0], item.count not in headline, *rank[1:], order, position),
                           item))
    if not ranked:
        return None
    best = min(ranked, key=lambda pair: pair[0])[1]
    also = next((item for _, item in ranked if item.start > 0 and item.count and (
        _ALSO_ATTENDED.search(text, max(0, item.start - 60), item.start))), None)
    if also is None:
        return best
    earlier = [item for _, item in sorted(ranked, key=lambda pair: pair[1].start)
               if item.count and (item.start < 0 or item.end < also.start
                                  and _SENTENCE_END.search(text, item.end, also.start))]
    first = next((item for item in earlier if item.start >= 0), earlier[0] if earlier
                 else None)  # the body's count, else the headline's
    if first is None or best not in (first, also):
        return best
    # "60 ASN ... berikrar. Ikrar itu juga dihadiri 40 honorer": one occasion's groups
    return replace(also, count=(first.count or 0) + also.count,
                   group=f"{first.group} dan {also.group}")


# The occasion counted before, referred back to, attended by another group besides.
_ALSO_ATTENDED = re.compile(r"\b(?:tersebut|ini|itu)[^\S\n]+(?:juga|pun)[^\S\n]+"
                            r"(?:turut[^\S\n]+)?(?:diikuti|dihadiri)(?:[^\S\n]+oleh)?[^\S\n]*$",
                            re.IGNORECASE)
