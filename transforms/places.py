"""Where a story happened: Indonesian regencies and cities named by a dateline, a venue or a body.

Pure functions over two small tables shipped in ``transforms/data`` (provinces.csv and
regencies.csv, derived from the npm package idn-area-data by ``scripts/update_regions.py``; the
data is under the Open Database License, see transforms/data/README.md). The tables are read once,
through importlib.resources, and cached.

* :func:`resolve_region` turns one name ("Kota Padang", "Pd. Panjang", "Kab. Agam", "Konsel",
  "Lubuk Basung") into a :class:`Region`, or None.
* :func:`venues` lists the venues a text names after "di " ("di Gedung Youth Center ...").
* :func:`place_of` picks the place of the event: a venue's region when the text names one right
  with the venue, else the dateline, else the first region the body names.

Names match case-, space-, dot- and hyphen-insensitively ("Padangpanjang" = "Padang Panjang" =
"Pd. Panjang" via an alias). A kota and a kabupaten sharing a name ("Solok") resolve to the kota
unless a prefix says otherwise ("Kab. Solok"); a name found in several provinces ("Banjar")
follows the province hint when one is given.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

__all__ = ["Place", "Region", "place_of", "provinces", "regions", "resolve_region", "venues"]

_DATA_PACKAGE = "transforms.data"


@dataclass(frozen=True)
class Region:
    regency: str  # official name, e.g. "KOTA PADANG"
    regency_code: str  # "13.71"
    province: str  # "SUMATERA BARAT"
    province_code: str  # "13"
    kind: str  # "kota" | "kabupaten"


@dataclass(frozen=True)
class Place:
    region: Region | None
    venue: str | None  # e.g. "Gedung Youth Center Bagindo Aziz Chan"
    source: str  # "dateline" | "body" | "venue"
    raw: str  # the text that was resolved: the dateline, a "Kota X" mention, or the venue


# --- hand-maintained tables ----------------------------------------------------------------
# Everything else comes from the CSVs. Targets are official names as in regencies.csv; the tests
# check that every target exists, so a data refresh that renames one fails loudly.

# Abbreviations and spellings in common use by the outlets, beyond what the case-, space-, dot-
# and hyphen-insensitive match of the official names already covers.
REGENCY_ALIASES: dict[str, str] = {
    # Sumatera Barat
    "Pd Panjang": "KOTA PADANG PANJANG",
    "Pessel": "KABUPATEN PESISIR SELATAN",
    "Pasbar": "KABUPATEN PASAMAN BARAT",
    "Solsel": "KABUPATEN SOLOK SELATAN",
    "Mentawai": "KABUPATEN KEPULAUAN MENTAWAI",
    "50 Kota": "KABUPATEN LIMA PULUH KOTA",
    "Sawahlunto Sijunjung": "KABUPATEN SIJUNJUNG",
    # Kalimantan Barat
    "KKU": "KABUPATEN KAYONG UTARA",
    # Sulawesi Tenggara
    "Konsel": "KABUPATEN KONAWE SELATAN",
    "Konut": "KABUPATEN KONAWE UTARA",
    "Konkep": "KABUPATEN KONAWE KEPULAUAN",
    "Kolut": "KABUPATEN KOLAKA UTARA",
    "Koltim": "KABUPATEN KOLAKA TIMUR",
    "Butur": "KABUPATEN BUTON UTARA",
    "Buteng": "KABUPATEN BUTON TENGAH",
    "Busel": "KABUPATEN BUTON SELATAN",
    "Mubar": "KABUPATEN MUNA BARAT",
    # elsewhere: newer official spellings and common short forms
    "Padangsidimpuan": "KOTA PADANG SIDEMPUAN",
    "Pangkep": "KABUPATEN PANGKAJENE DAN KEPULAUAN",
    "Selayar": "KABUPATEN KEPULAUAN SELAYAR",
}

# Capitals (ibu kota kabupaten) whose name differs from their kabupaten's, for Sumatera Barat,
# Kalimantan Barat and Sulawesi Tenggara only: a dateline often names the capital.
REGENCY_CAPITALS: dict[str, str] = {
    # Sumatera Barat
    "Painan": "KABUPATEN PESISIR SELATAN",
    "Arosuka": "KABUPATEN SOLOK",
    "Muaro Sijunjung": "KABUPATEN SIJUNJUNG",
    "Batusangkar": "KABUPATEN TANAH DATAR",
    "Parit Malintang": "KABUPATEN PADANG PARIAMAN",
    "Lubuk Basung": "KABUPATEN AGAM",
    "Sarilamak": "KABUPATEN LIMA PULUH KOTA",
    "Lubuk Sikaping": "KABUPATEN PASAMAN",
    "Tuapejat": "KABUPATEN KEPULAUAN MENTAWAI",
    "Pulau Punjung": "KABUPATEN DHARMASRAYA",
    "Padang Aro": "KABUPATEN SOLOK SELATAN",
    "Simpang Empat": "KABUPATEN PASAMAN BARAT",
    # Kalimantan Barat
    "Putussibau": "KABUPATEN KAPUAS HULU",
    "Ngabang": "KABUPATEN LANDAK",
    "Nanga Pinoh": "KABUPATEN MELAWI",
    "Sukadana": "KABUPATEN KAYONG UTARA",
    "Sungai Raya": "KABUPATEN KUBU RAYA",
    # Sulawesi Tenggara
    "Unaaha": "KABUPATEN KONAWE",
    "Raha": "KABUPATEN MUNA",
    "Pasarwajo": "KABUPATEN BUTON",
    "Andoolo": "KABUPATEN KONAWE SELATAN",
    "Rumbia": "KABUPATEN BOMBANA",
    "Wangi Wangi": "KABUPATEN WAKATOBI",
    "Wanci": "KABUPATEN WAKATOBI",
    "Lasusua": "KABUPATEN KOLAKA UTARA",
    "Wanggudu": "KABUPATEN KONAWE UTARA",
    "Buranga": "KABUPATEN BUTON UTARA",
    "Tirawuta": "KABUPATEN KOLAKA TIMUR",
    "Langara": "KABUPATEN KONAWE KEPULAUAN",
    "Laworo": "KABUPATEN MUNA BARAT",
    "Labungkari": "KABUPATEN BUTON TENGAH",
    "Batauga": "KABUPATEN BUTON SELATAN",
}

# Province hints may be a code, an official name or one of these abbreviations.
PROVINCE_ALIASES: dict[str, str] = {
    "Sumut": "12", "Sumbar": "13", "Sumsel": "16", "Babel": "19", "Kepri": "21",
    "DKI": "31", "Jakarta": "31", "Jabar": "32", "Jateng": "33", "DIY": "34", "Yogyakarta": "34",
    "Jatim": "35", "NTB": "52", "NTT": "53", "Kalbar": "61", "Kalteng": "62", "Kalsel": "63",
    "Kaltim": "64", "Kaltara": "65", "Sulut": "71", "Sulteng": "72", "Sulsel": "73",
    "Sultra": "74", "Sulbar": "76", "Malut": "82",
}

# Regency names that are also everyday words or idioms ("batu" stone, "malang" unlucky, "dari
# Sabang sampai Merauke"): skipped when the body names them bare, without a Kota/Kab prefix.
BARE_NAME_STOPLIST: frozenset[str] = frozenset({
    "BATU", "PUNCAK", "MALANG", "BATANG", "PATI", "KUDUS", "SERANG", "BURU", "SERAM", "BANJAR",
    "BIMA", "KUNINGAN", "LANDAK", "RUMBIA", "SIMPANGEMPAT", "SUNGAIRAYA", "SABANG", "MERAUKE",
    "MALAKA", "RAHA", "KKU",
})

# --- normalisation -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
# What may stand between two words of one name: spaces, one dot, hyphen or apostrophe.
_NAME_GAP = re.compile(r"[^\S\n]*[.\-'’]?[^\S\n]*")
_ABBREVIATION_MAX = 3  # a dot inside a name only after a short word: "Pd.", "Kab.", "Adm."

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
    (("BUPATI",), "kabupaten"),
    (("WABUP",), "kabupaten"),
)
_BODY_PREFIXES = tuple(sorted(_KIND_PREFIXES + _TITLE_PREFIXES, key=lambda p: -len(p[0])))
_PROVINCE_PREFIXES = (("PROVINSI",), ("PROV",), ("PROPINSI",))


def _words(text: str) -> list[str]:
    return [w.upper() for w in _WORD.findall(unicodedata.normalize("NFKC", text))]


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


@functools.cache
def _data() -> _Data:
    provinces_ = {row["code"]: row["name"] for row in _read_csv("provinces.csv")}
    regions_: dict[str, Region] = {}
    shorts: list[tuple[str, str]] = []
    max_words = 1
    for row in _read_csv("regencies.csv"):
        code = row["code"]
        regions_[code] = Region(
            regency=row["name"], regency_code=code, province=provinces_[row["province_code"]],
            province_code=row["province_code"], kind=row["kind"],
        )
        shorts.append((_key(row["short"]), code))
        max_words = max(max_words, len(_words(row["short"])))
    by_name = {region.regency: code for code, region in regions_.items()}
    extras = [
        (_key(alias), by_name[target])
        for alias, target in (*REGENCY_ALIASES.items(), *REGENCY_CAPITALS.items())
        if target in by_name
    ]
    max_words = max([max_words, *(len(_words(a)) for a in (*REGENCY_ALIASES, *REGENCY_CAPITALS))])
    province_keys = {code: code for code in provinces_}
    province_keys.update({_key(name): code for code, name in provinces_.items()})
    province_keys.update(
        {_key(alias): code for alias, code in PROVINCE_ALIASES.items() if code in provinces_})
    # One word more than the longest name: "Bukit Tinggi" is "Bukittinggi" in two words.
    return _Data(regions_, provinces_, _index(shorts), _index(extras), province_keys,
                 max_words + 1)


def regions() -> tuple[Region, ...]:
    """Every regency and city in the shipped table, by code."""
    return tuple(_data().regions.values())


def provinces() -> dict[str, str]:
    """Province code -> official name, as shipped."""
    return dict(_data().provinces)


# --- resolving one name ----------------------------------------------------------------------


def _province_code(hint: str | None) -> str | None:
    if not isinstance(hint, str):
        return None
    words = _words(hint)
    for prefix in _PROVINCE_PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            words = words[len(prefix):]
            break
    return _data().province_keys.get("".join(words))


def _choose(codes: Iterable[str], kind: str | None, province: str | None) -> Region | None:
    data = _data()
    found = [data.regions[code] for code in codes]
    if kind is not None:
        found = [r for r in found if r.kind == kind]
    if len(found) > 1 and province is not None:
        found = [r for r in found if r.province_code == province] or found
    if len(found) > 1:
        found = [r for r in found if r.kind == "kota"] or found
    return min(found, key=lambda r: r.regency_code) if found else None


def _lookup(key: str, kind: str | None, province: str | None) -> Region | None:
    data = _data()
    return (_choose(data.official.get(key, ()), kind, province)
            or _choose(data.extra.get(key, ()), kind, province))


def _split_prefix(
    words: list[str], prefixes: tuple[tuple[tuple[str, ...], str], ...], at: int = 0
) -> tuple[str | None, int]:
    """The kind a prefix at words[at] implies, and how many words it takes."""
    for prefix, kind in prefixes:
        if tuple(words[at: at + len(prefix)]) == prefix:
            return kind, len(prefix)
    return None, 0


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
    province = _province_code(province_hint)
    kind, used = _split_prefix(words, _KIND_PREFIXES)
    if kind is not None and used < len(words):
        found = _lookup("".join(words[used:]), kind, province)
        if found is not None:
            return found
    # No prefix, or a name that merely starts with one ("Kotabaru", "Kota Mobagu").
    return _lookup("".join(words), None, province)


# --- scanning text ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Mention:
    region: Region
    start: int
    end: int
    prefixed: bool


def _gap_ok(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    gap = text[before.end(): after.start()]
    if not _NAME_GAP.fullmatch(gap):
        return False
    return "." not in gap or len(before.group()) <= _ABBREVIATION_MAX


def _name_at(
    text: str, words: list[re.Match[str]], upper: list[str], i: int, kind: str | None,
    province: str | None, bare: bool,
) -> tuple[Region, int] | None:
    """The longest name starting at word i: (region, index after its last word)."""
    if i >= len(words) or not words[i].group()[0].isupper():
        return None
    data = _data()
    last = i
    while last + 1 < len(words) and last + 1 - i < data.max_words and _gap_ok(
            text, words[last], words[last + 1]):
        last += 1
    for stop in range(last + 1, i, -1):
        key = "".join(upper[i:stop])
        if bare and key in BARE_NAME_STOPLIST:
            continue
        found = _lookup(key, kind, province)
        if found is not None:
            return found, stop
    return None


def _mentions(text: str, province: str | None, start: int = 0,
              end: int | None = None) -> Iterator[_Mention]:
    """Region mentions in text[start:end], in order; a prefixed mention hides the bare one."""
    segment = text[start:end]
    words = list(_WORD.finditer(segment))
    upper = [unicodedata.normalize("NFKC", w.group()).upper() for w in words]
    i = 0
    while i < len(words):
        kind, used = _split_prefix(upper, _BODY_PREFIXES, i)
        if kind is not None and i + used < len(words) and all(
                _gap_ok(segment, words[k], words[k + 1]) for k in range(i, i + used)):
            hit = _name_at(segment, words, upper, i + used, kind, province, bare=False)
            if hit is not None:
                region, after = hit
                yield _Mention(region, start + words[i].start(), start + words[after - 1].end(),
                               True)
                i = after
                continue
        hit = _name_at(segment, words, upper, i, None, province, bare=True)
        if hit is not None:
            region, after = hit
            yield _Mention(region, start + words[i].start(), start + words[after - 1].end(), False)
            i = after
            continue
        i += 1


# --- venues ----------------------------------------------------------------------------------

_VENUE_HEADS = ("Rumah Dinas", "Auditorium", "Lapangan", "Halaman", "Gedung", "Kantor", "Masjid",
                "Balai", "Hotel", "Graha", "Istana", "Ruang", "Aula", "PPSDM")
# Lower-case heads count too ("di halaman Kantor Wali Kota"), except those that are mostly
# figurative in news prose ("di lapangan" = in practice, "di ruang publik").
_LOWER_HEAD_EXCLUDED = frozenset({"lapangan", "ruang"})


def _head_forms() -> list[str]:
    forms: set[str] = set()
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
_VENUE_TOKEN = re.compile(r"\S+")
_NUMERIC_DATE = re.compile(r"\(?\d{1,2}/\d{1,2}")
_VENUE_MAX_WORDS = 12
_VENUE_MAX_CHARS = 200
_SENTENCE_MAX_CHARS = 400  # how far after a venue its region may be named
_NAME_MAX_CHARS = 80  # longer than any regency name with its prefix
_VENUES_CHECKED = 50  # place_of looks for a region with the first venues only


@dataclass(frozen=True)
class _Venue:
    name: str
    start: int
    end: int


def _phrase_end(text: str, pattern: re.Pattern[str], pos: int, span: int) -> int:
    """Where pattern first ends the phrase at pos, looking at most span characters ahead; a dot
    after an abbreviation ("H.", "Jl.", "Kab.") does not end it."""
    endpos = min(len(text), pos + span)
    for match in pattern.finditer(text, pos, endpos):
        if match.group() == ".":
            before = _WORD.findall(text[max(pos, match.start() - 12): match.start()])
            if before and (len(before[-1]) <= 2 or before[-1].upper() in _VENUE_ABBREVIATIONS):
                continue
        return match.start()
    return endpos


def _venue_at(text: str, match: re.Match[str]) -> _Venue | None:
    start = match.start("head")
    limit = _phrase_end(text, _VENUE_HARD_STOP, match.end("head"), _VENUE_MAX_CHARS)
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
        if kept and (word in _BREAK_WORDS or is_date(index) or _NUMERIC_DATE.match(word)):
            break
        kept.append(token)
        if len(kept) > _VENUE_MAX_WORDS:
            return None
    head = match.group("head")
    head_words = len(head.split())
    if len(kept) <= head_words:
        return None  # a bare "di Kantor": no name
    if head.islower() and not kept[head_words].group()[:1].isupper():
        return None  # "di halaman depan", "di gedung ini": not a named venue
    name = " ".join(t.group() for t in kept).rstrip(".'’ ")
    return _Venue(name, start, kept[-1].end())


def _venue_matches(text: str) -> list[_Venue]:
    found = []
    for match in _VENUE_START.finditer(text):
        venue = _venue_at(text, match)
        if venue is not None:
            found.append(venue)
    return found


def venues(text: str) -> list[str]:
    """Venues named after "di " (also "bertempat di", "digelar di", "berlangsung di"), in order.

    A venue starts with Gedung, Aula, Halaman, Kantor, Balai, Hotel, Lapangan, Masjid,
    Auditorium, Ruang, PPSDM, Graha, Rumah Dinas or Istana and runs to the next comma, period,
    bracket, line break, date word ("Kamis", "pada", "Juli") or clause word ("yang", "dan").
    """
    if not isinstance(text, str):
        return []
    return [venue.name for venue in _venue_matches(text)]


# --- the place of an event ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"\n|[.!?](?=\s|$)")
_DATELINE_SPLIT = re.compile(r"[,(/]|\s[-–—]\s|[–—]")


def _venue_region(text: str, venue: _Venue, province: str | None) -> _Mention | None:
    """The region named with a venue: "<venue>, Kabupaten Agam", a "Kota X" inside the venue
    name or later in its sentence, or a bare name right after the venue's comma."""
    end = _phrase_end(text, _SENTENCE_END, venue.end, _SENTENCE_MAX_CHARS)
    for mention in _mentions(text, province, venue.start, end):
        if mention.prefixed:
            return mention
    after = re.match(r"[^\S\n]*,[^\S\n]*", text[venue.end:end])
    if after is not None:
        pos = venue.end + after.end()
        first = next(_mentions(text, province, pos, min(end, pos + _NAME_MAX_CHARS)), None)
        if first is not None and first.start == pos:
            return first
    return None


def _resolve_dateline(dateline: str, province: str | None) -> Region | None:
    found = resolve_region(dateline, province)
    if found is not None:
        return found
    # "Padang, Sumbar", "Bukittinggi (ANTARA)": the city, with what follows as a province hint.
    parts = _DATELINE_SPLIT.split(dateline, maxsplit=1)
    if len(parts) < 2:
        return None
    return resolve_region(parts[0], _province_code(parts[1].strip(" )")) or province)


def place_of(dateline: str | None, text: str, outlet_province: str | None = None) -> Place | None:
    """The place of the event a text reports, or None when it names none.

    Order: a region named with a venue ("digelar di PPSDM ... Bukittinggi, Kabupaten Agam", source
    "venue"); else the dateline (source "dateline"); else the first region the body names with a
    Kota/Kabupaten/Pemkot/Pemkab prefix or an official's title, then the first bare regency
    name (source "body"). ``venue`` is the venue that gave the region, else the first venue.
    ``outlet_province`` breaks ties between names found in several provinces.
    """
    text = text if isinstance(text, str) else ""
    province = _province_code(outlet_province)
    found = _venue_matches(text)
    for venue in found[:_VENUES_CHECKED]:
        mention = _venue_region(text, venue, province)
        if mention is not None:
            return Place(mention.region, venue.name, "venue", text[mention.start: mention.end])
    first_venue = found[0].name if found else None
    if isinstance(dateline, str) and dateline.strip():
        region = _resolve_dateline(dateline, province)
        if region is not None:
            return Place(region, first_venue, "dateline", dateline)
    bare: _Mention | None = None
    for mention in _mentions(text, province):
        if mention.prefixed:
            return Place(mention.region, first_venue, "body", text[mention.start: mention.end])
        bare = bare or mention
    if bare is not None:
        return Place(bare.region, first_venue, "body", text[bare.start: bare.end])
    if first_venue is not None:
        return Place(None, first_venue, "venue", first_venue)
    return None
