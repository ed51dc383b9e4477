"""Venues a news text names after "di " ("di Gedung Pemuda Sutan Rajo Alam").

Split from transforms/places/resolve.py, which weighs a venue's region against the dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.prefilter import finditer, scanner

__all__ = ["OPEN_GROUNDS", "Venue", "in_address", "phrase_end", "venue_matches"]

# Open ground named after a place ("Lapangan Blang Padang", "Jalan Padang"): a region closing
# its name is the ground's own name, not where it lies.
OPEN_GROUNDS = frozenset({"lapangan", "taman", "jalan", "jl", "jln", "alun-alun", "pantai",
                          "simpang", "pasar", "kampung", "bukit"})

_WORD_RE = re.compile(r"[^\W_]+")

# --- venues ----------------------------------------------------------------------------------

# A hotel's hall names the hotel after it ("di Ballroom Hotel X"); "Balroom" is its common
# misspelling, "ball room" its two-word spelling.
_VENUE_HEADS = ("Rumah Dinas", "Auditorium", "Lapangan", "Halaman", "Gedung", "Kantor", "Masjid",
                "Balai", "Hotel", "Graha", "Istana", "Ruang", "Aula", "PPSDM", "Ballroom",
                "Balroom", "Ball Room")
# Hotel chains written without the word "Hotel" ("di Novotel Bogor", "di Swiss-Belhotel Palu",
# "di Santika Premiere Padang"): venues too, capitalised only (a brand is a name).
_BRAND_HEADS = ("Swiss-Belhotel", "Swiss-Belinn", "Swiss-Belresort", "Swiss-Belcourt", "Novotel",
                "Ibis", "Mercure", "Pullman", "Aston", "Santika", "Amaris", "Horison", "Harper",
                "Favehotel", "Whiz", "Sahid", "Aryaduta", "Grand Inna", "Kyriad", "Luminor",
                "Golden Tulip", "Best Western", "Sheraton", "Hyatt", "Grand Mercure", "Harris",
                "Radisson", "Hilton", "Marriott", "Holiday Inn", "Four Points", "Grand Zuri",
                "Zuri", "Batiqa")
# Lower-case heads count too ("di halaman Kantor Wali Kota"), except those that are mostly
# figurative in news prose ("di lapangan" = in practice, "di ruang publik").
_LOWER_HEAD_EXCLUDED = frozenset({"lapangan", "ruang"})


def _head_forms() -> list[str]:
    forms: set[str] = {form for head in _BRAND_HEADS for form in (head, head.upper())}
    for head in _VENUE_HEADS:
        forms.update({head, head.upper()})
        if head.lower() not in _LOWER_HEAD_EXCLUDED and not head.isupper():
            forms.add(head.lower())
    return sorted(forms, key=len, reverse=True)


_VENUE_START = re.compile(
    r"(?<![\w-])(?:di|Di|DI)[^\S\n]+(?P<head>"
    + "|".join(re.escape(h).replace(r"\ ", r"[^\S\n]+") for h in _head_forms())
    + r")(?![\w-])"
)
_VENUE_SCAN = scanner(_VENUE_START)  # tried only where "di" stands (transforms/prefilter.py)
# Where a venue ends at the latest: punctuation that closes a phrase, a line break, a dash.
_VENUE_HARD_STOP = re.compile(r"[,;:!?()\[\]\"“”\n]|[^\S\n][-–—][^\S\n]|[–—]|\.(?=\s|$)")
_VENUE_ABBREVIATIONS = frozenset({"JL", "JLN", "HJ", "DR", "PROF", "IR", "NO", "ST", "KAB", "KEC",
                                  "KEL", "ADM", "PD"})
_DATE_WORDS = frozenset({
    "SENIN", "SELASA", "RABU", "KAMIS", "JUMAT", "JUM'AT", "JUM’AT", "SABTU", "MINGGU", "AHAD",
    "JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER",
    "OKTOBER", "NOVEMBER", "DESEMBER",
})
# Lower-case words that start a new clause after a venue name.
_BREAK_WORDS = frozenset({
    "pada", "tanggal", "tgl", "sejak", "hari", "pukul", "jam", "kemarin", "kemaren", "tadi",
    "besok", "lalu", "mulai", "yang", "untuk", "dengan", "serta", "oleh", "saat", "ketika",
    "sambil", "guna", "dalam", "dan", "sekaligus", "bersama", "sebagai", "sekitar", "setelah",
    "sebelum", "selama", "usai", "itu", "ini", "tersebut", "kepada", "bagi", "agar", "karena",
})
# A capitalised occasion noun with a demonstrative after it opens the next sentence, on pages
# that lost the full stop after a venue ("di Hotel X Padang Kegiatan ini dibuka ..."): the noun
# is no word of the venue's name.
_OCCASION_NOUNS = frozenset({"acara", "kegiatan", "rapat", "pertemuan", "sosialisasi", "apel",
                             "agenda", "deklarasi", "forum", "dialog", "seminar", "bimtek",
                             "rakor", "sambutan"})
_DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# The side of a lower-case head before the venue's name ("di halaman depan Kantor Camat X").
_SIDES = frozenset({"depan", "belakang", "samping", "tengah", "utama"})
_VENUE_TOKEN = re.compile(r"\S+")
_NUMERIC_DATE = re.compile(r"\(?\d{1,2}/\d{1,2}")
_VENUE_MAX_WORDS = 12
_VENUE_MAX_CHARS = 200


@dataclass(frozen=True)
class Venue:
    name: str
    start: int
    end: int


def phrase_end(text: str, pattern: re.Pattern[str], pos: int, span: int) -> int:
    """Where pattern first ends the phrase at pos, looking at most span characters ahead; a dot
    after an abbreviation ("H.", "Jl.", "Kab.") does not end it."""
    endpos = min(len(text), pos + span)
    for match in pattern.finditer(text, pos, endpos):
        if match.group() == ".":
            before = _WORD_RE.findall(text[max(pos, match.start() - 12): match.start()])
            if before and (len(before[-1]) <= 2 or before[-1].upper() in _VENUE_ABBREVIATIONS):
                continue
        return match.start()
    return endpos


def _next_sentence(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether tokens[index] opens a sentence ("Acara ini ...", ``_OCCASION_NOUNS``)."""
    word = tokens[index].group()
    return (word[:1].isupper() and word.lower() in _OCCASION_NOUNS and index + 1 < len(tokens)
            and tokens[index + 1].group().rstrip(",") in _DEMONSTRATIVES)


def _venue_at(text: str, match: re.Match[str]) -> Venue | None:
    start = match.start("head")
    limit = phrase_end(text, _VENUE_HARD_STOP, match.end("head"), _VENUE_MAX_CHARS)
    tokens = list(_VENUE_TOKEN.finditer(text, start, limit))[: _VENUE_MAX_WORDS + 2]

    def is_date(index: int) -> bool:
        if index >= len(tokens):
            return False
        word = tokens[index].group().strip(".'’")
        if word.isdigit():  # "12 Juni"
            return is_date(index + 1)
        return word.upper() in _DATE_WORDS and word[:1].isupper()

    kept: list[re.Match[str]] = []
    for index, token in enumerate(tokens):
        word = token.group()
        if kept and (word in _BREAK_WORDS or is_date(index) or _NUMERIC_DATE.match(word)
                     or _next_sentence(tokens, index)):
            break
        kept.append(token)
        if len(kept) > _VENUE_MAX_WORDS:
            return None
    head = match.group("head")
    head_words = len(head.split())
    if len(kept) <= head_words:
        return None  # a bare "di Kantor": no name
    named = head_words + (kept[head_words].group() in _SIDES and len(kept) > head_words + 1)
    if head.islower() and not kept[named].group()[:1].isupper():
        return None  # "di halaman depan", "di gedung ini": not a named venue
    name = " ".join(t.group() for t in kept).rstrip(".'’ ")
    return Venue(name, start, kept[-1].end())


def venue_matches(text: str) -> list[Venue]:
    found = []
    for match in finditer(_VENUE_SCAN, text):
        venue = _venue_at(text, match)
        if venue is not None:
            found.append(venue)
    return found


# A venue's street or village address written after its name and region ("..., Jalan Merdeka,
# Kelurahan Sukajaya, Kecamatan/Kota X"): the region closing it is where the venue stands, not
# the region in the name of the body owning the building ("Gedung Koperasi Pegawai Kabupaten Y").
_ADDRESS_WORD = re.compile(r"(?<!\w)(?:Jalan|Jln?\.|Kelurahan|Kel\.|Kecamatan|Kec\.|Desa)(?!\w)")


def in_address(text: str, after: int, start: int) -> bool:
    """Whether the region at text[start] closes an address written after text[:after]: an
    address word between, the region set off by a comma or a slash (not a street's own name,
    "Jalan Kota Baru")."""
    return text[max(after, start - 2):start].rstrip()[-1:] in (",", "/") and (
        _ADDRESS_WORD.search(text, after, start) is not None)
