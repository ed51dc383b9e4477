"""The region slot of an official's title: which tokens after the head name a place.

transforms/events/officials/parse.py reads "<head> <office> <region> <name>"; the words of the
region are told from the name's by the closed lists of officials/titles.py (provinces, regencies,
kecamatan names), the article's own use of a word as a place, and the shape of local titles
("Lurah Kampung Jao Irwan": a village's name opens with a generic word; "Perbekel Tegallalang I
Wayan Sudana": a Balinese name opens with "I"; "Wali Nagari Kamang Hilia, Syafrizal": the place
runs to the comma).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from transforms.events.officials.bodies_lexicon import KODAM_NAMES, ORG_WORDS, POLDA_NAMES
from transforms.events.officials.name_words import INITIAL, closes, is_cap, is_honorific
from transforms.events.officials.office_words import is_office_word
from transforms.events.officials.regions import COMPASS, MARKERS, is_province, is_region
from transforms.events.officials.titles import (
    DISTRICT_BODIES,
    DISTRICT_HEADS,
    PLACE_GENERICS,
    VILLAGE_BODIES,
    VILLAGE_HEADS,
)
from transforms.events.officials.tokens import Tokens, aside_end, cap_run, degree, read_name
from transforms.events.officials.words import HONORIFICS, NAME_OPENERS, NOT_NAME, RANKS
from transforms.places.regions import PROVINCE_ALIASES, is_district, provinces, resolve_region

# Heads of a regional government: their region is a province, regency or city, all known ones
# (a word before their name that is no known region nor a place of the article is a first name).
GOVERNING = frozenset({"Gubernur", "Wakil Gubernur", "Bupati", "Wakil Bupati", "Wali Kota",
                       "Wakil Wali Kota"})


_LOWER_MARKERS = frozenset({"kota", "kabupaten", "provinsi"})


def lower_region(toks: Tokens, k: int) -> int:
    """How many tokens from k name a region written all in lower case after its marker
    ("Ketua Bawaslu kota tanah merah, Nama"): the marker and the longest run of up to three
    lower-case words that is a known region; 0 when none ("Bawaslu kota itu")."""
    if toks.word(k) not in _LOWER_MARKERS:
        return 0
    words: list[str] = []
    while len(words) < 3 and (word := toks.word(k + 1 + len(words))).isalpha() and (
            word.islower()):
        words.append(word)
    return next((1 + j for j in range(len(words), 0, -1)
                 if is_region(" ".join(words[:j]), True)), 0)


def region_at(toks: Tokens, k: int, evidence: Callable[[str, int], bool],
               marked: bool = False, regional: bool = False) -> int:
    """How many tokens from k name a region (the longest known one; after "Kabupaten" or
    "Kota" an everyday word too, and after a regional head when a name follows: "Wali Kota
    Batu Dewanti"), 0 when none."""
    words = cap_run(toks, k)
    known = max((j for j in range(1, len(words) + 1)
                 if is_region(" ".join(words[:j]), marked)
                 or (regional and j < len(words) and is_region(" ".join(words[:j]), True))),
                default=0)
    if known == len(words) and toks.word(k + known) == "dan" and is_region(" ".join(
            [*words, "dan", toks.word(k + known + 1)]), marked):
        return known + 2  # a name with "dan" in it: "Pangkajene dan Kepulauan"
    if known or not words or is_office_word(words[0]) or words[0] in NOT_NAME or is_honorific(
            toks.word(k)):
        return known  # "di Bawaslu" makes no place of Bawaslu, nor "Ketua KPU Drs." of Drs
    at = toks[k][1] - len(toks.word(k))
    return max((j for j in range(1, len(words) + 1) if evidence(" ".join(words[:j]), at)),
               default=0)


def local_at(toks: Tokens, k: int, kind: str) -> int:
    """How many tokens from k name the sub-district or village a local head serves: the longest
    kecamatan name for a camat ("Camat Lubuk Sikarah Hendra"), for a village head the words
    before a two-word name ("Lurah Sukamaju Dedi Kurniawan"); 0 when none."""
    words = cap_run(toks, k)
    marker = next((j for j, w in enumerate(words) if w in MARKERS), len(words))
    if kind == "village" and 0 < marker < len(words) and marker <= 3 and not any(
            _not_place(w) for w in words[:marker]):
        return marker  # "Lurah Sukamaju Kecamatan Lubuk Basung ...": the village, then its district
    balinese = next((j for j, w in enumerate(words) if j and (
        w in NAME_OPENERS or w in HONORIFICS  # "Sukamaju H Rahmat", "Sukamaju Dr Rahmat"
        or INITIAL.match(toks.word(k + j)) and toks.word(k + j).endswith("."))), len(words))
    if (0 < len(words) <= 3 and balinese == len(words) and toks.word(k + len(words)) == ","
            and (is_cap(toks.word(k + len(words) + 1)) or toks.word(k + len(words) + 1) in MARKERS
                 or is_honorific(toks.word(k + len(words) + 1))
                 or toks.word(k + len(words) + 1) in NAME_OPENERS  # ", I Made Rudi"
                 or toks.word(k + len(words) + 1) in ("yakni", "yaitu", "bernama"))
            and not any(_not_place(w) for w in words)):
        return len(words)  # "Wali Nagari Kamang Hilia, Syafrizal": the place up to the comma
    if kind == "district":
        return max((j for j in range(1, len(words) + 1) if is_district(" ".join(words[:j]))),
                   default=0)
    if len(words) <= 3 and toks.word(k + len(words)) in ("bernama", "yakni", "yaitu"):
        return len(words)  # "Kades Sido Mukti Jaya bernama Rahmat": the name comes after
    if any(_not_place(w) for w in words[:2]):
        return 0
    if balinese < len(words):  # "Perbekel Tegallalang I Wayan Sudana", "... Andi Rahmat"
        return min(balinese, 2)
    if len(words) < 3:
        return 0
    return 2 if words[0] in PLACE_GENERICS else min(len(words) - 2, 2)


def _not_place(word: str) -> bool:
    """A word no village's name holds: never a name, or an office word that is no generic
    word of places ("Balai" opens "Balai Gadang" as well as "Balai Diklat")."""
    return (word in NOT_NAME and word not in COMPASS  # "Tanjung Raya", "Koto Baru Utara"
            or is_office_word(word) and word not in PLACE_GENERICS)


# A school, clinic or hospital is named after its place: "Kepala Puskesmas Lubuk Buaya, Nama".
_SITES = frozenset({"Puskesmas", "RSUD", "SD", "SDN", "SMP", "SMPN", "SMA", "SMAN", "SMK",
                    "SMKN", "MTsN", "MAN", "MIN", "MI", "MTs"})


def sited(office: list[str]) -> bool:
    """Whether an office phrase ends with a facility named after its place."""
    return bool(office) and office[-1] in _SITES


def local_kind(head: str, office: list[str]) -> str:
    """"district" or "village" for a head of a sub-district or village (or a sub-district's
    election body), else ""."""
    body = office[-1].lower() if office else ""
    if head in DISTRICT_HEADS or body in DISTRICT_BODIES:
        return "district"
    return "village" if head in VILLAGE_HEADS or body in VILLAGE_BODIES else ""


def short_form(word: str) -> bool:
    """A lone word after a regional head that stands for its region rather than a one-word
    name: a known region or short form ("Pj Bupati Lamteng mengatakan"), or an acronym
    ("Bupati HSU"); "Sekda Kamsina" names a person."""
    return is_region(word) or word.isupper()


def province_aside(toks: Tokens, k: int, village: bool = False) -> int:
    """How many tokens from k make a region set off by commas after the title's region
    ("Provinsi Sumatera Barat", "Sulawesi Tenggara (Sultra)"), up to the closing comma; 0
    when none. After a village (``village``) a known kecamatan needs no marker ("lurah
    Sukamaju, Godean, yang ...")."""
    j = k + (toks.word(k) in MARKERS)
    n = region_at(toks, j, nowhere, j > k)
    if not n and (village or toks.word(k).startswith("Kec")):  # "Kades X, Kecamatan Y, Nama"
        n = local_at(toks, j, "district")
    if not n:
        return 0
    province = is_province(" ".join(toks.word(i).rstrip(".") for i in range(j, j + n)))
    marked = j > k  # a marker before a known region or district
    j = aside_end(toks, j + n) or j + n
    if toks.word(j) == "," or province or marked and (is_cap(toks.word(j)) or INITIAL.match(
            toks.word(j)) and is_cap(toks.word(j + 1))):  # "..., Kota Padang M. Ridwan"
        return j - k  # "Bupati X, Kalimantan Selatan, Nama" or "..., Kalimantan Selatan Nama",
        #               "Camat X, Kota Padang Nama"
    return 0


def unit_name(toks: Tokens, k: int, places: Callable[[str, int], bool]) -> int:
    """How many tokens from k name a military unit after its number ("0304/Agam", "032/
    Wirabraja", "I/Bukit Barisan Mayjen ..."): a known region, else the words before a rank,
    else the words before a comma the name follows ("Pangdam I/Bukit Barisan, Mayjen ..."),
    else one word ("Danrem 032/Wirabraja Rahmat, mengatakan")."""
    words = cap_run(toks, k)
    ranked = next((j for j, w in enumerate(words) if w in RANKS), 0)
    after = toks.word(k + len(words) + 1)
    closed = len(words) if toks.word(k + len(words)) == "," and (
        after in RANKS or after[:1].isupper()) else 0
    return region_at(toks, k, places) or ranked or closed or 1


def ranked_unit(toks: Tokens, k: int) -> int | None:
    """How many capitalised words from k name a military or police unit after its number
    written without a slash ("XII Tanjungpura Mayjen ...", "VI Makassar Brigjen ...", 0 for "VI
    Brigjen ..."): the words before a rank, up to three; None when no rank follows them."""
    words = cap_run(toks, k)
    ranked = next((j for j, w in enumerate(words) if w in RANKS), None)
    if ranked is None or ranked > 3 or any(is_office_word(w) for w in words[:ranked]):
        return None  # "Kasubdit IV Bareskrim Polri Kompol ...": a sub-unit of a body
    return ranked


# Words that open a village's name in a village head's title: "Perbekel Desa X", "Keuchik
# Gampong Y".
_VILLAGE_MARKERS = frozenset({"Desa", "Nagari", "Gampong", "Pekon", "Lembang", "Tiyuh",
                              "Kampung", "Jorong", "Dusun", "Kepenghuluan", "Kalurahan"})


def village_marker(toks: Tokens, k: int, kind: str) -> int:
    """1 when toks[k] names the kind of village before its name ("Desa", "Gampong"), else 0."""
    return int(kind == "village" and toks.word(k) in _VILLAGE_MARKERS
               and toks.word(k + 1)[:1].isupper())


def compass(toks: Tokens, k: int) -> int:
    """1 when toks[k] is a compass word that ends a place name ("... Barat"), else 0."""
    return int(toks.word(k).rstrip(".") in COMPASS and not closes(toks.word(k - 1)))


def nowhere(words: str, at: int) -> bool:
    return False


_CLAUSE_MAX = 6


def relative_clause(toks: Tokens, k: int) -> int:
    """How many tokens from k make a relative clause set off before the name ("Pj Wali Kota
    Kendari yang baru dilantik, Nama,"): "yang" and a few lower-case words up to a comma that a
    capitalised word follows; 0 when none, or when the clause says who stood in ("yang
    diwakili ...")."""
    if toks.word(k) != "yang":
        return 0
    j = k + 1
    while j - k <= _CLAUSE_MAX and toks.word(j).isalpha() and toks.word(j).islower():
        if "wakil" in toks.word(j):
            return 0
        j += 1
    following = toks.word(j + 1)
    if j == k + 1 or toks.word(j) != "," or not (is_cap(following) or is_honorific(following)):
        return 0
    return j - k


# A second post set off by "yang juga", written in lower case, before the name with no comma
# ("Anggota Bawaslu Agam yang juga menjadi koordinator divisi penanganan pelanggaran Nama").
_SECOND_POST_VERBS = frozenset({"menjadi", "menjabat", "merupakan", "selaku", "sebagai"})
_LOWER_HEADS = frozenset({"koordinator", "kordiv", "ketua", "kepala", "anggota", "sekretaris",
                          "komisioner", "asisten", "wakil"})
_POST_MAX = 10
# a member's field of work, named before the name: "yang membidangi Hukum dan Humas"
_FIELD_VERBS = frozenset({"membidangi", "menangani", "membawahi", "membawahkan"})


def second_post(toks: Tokens, k: int) -> int:
    """How many tokens from k make a second post in lower case after "yang juga" and before
    the name's first capital (no comma between); 0 when none."""
    if toks.word(k) == "yang" and toks.word(k + 1) in _FIELD_VERBS:
        j = k + 2  # "Anggota Bawaslu Agam yang membidangi Penanganan Pelanggaran Nama"
        while j - k <= _POST_MAX and (is_office_word(toks.word(j)) or toks.word(j) in ("dan", "&")):
            j += 1
        named = j + (toks.word(j) == ",")  # the name set off by a comma, or not
        return j - k if j > k + 2 and is_cap(toks.word(named)) and toks.word(j - 1) != "dan" else 0
    if toks.word(k) != "yang" or toks.word(k + 1) != "juga":
        return 0
    j = k + 2
    while toks.word(j) in _SECOND_POST_VERBS:
        j += 1
    if toks.word(j) not in _LOWER_HEADS:
        return 0
    j += 1
    while j - k <= _POST_MAX and toks.word(j).isalpha() and (
            toks.word(j).islower() or toks.word(j).isupper() and len(toks.word(j)) > 2):
        j += 1  # its words, an acronym among them ("ketua tim netralitas ASN")
    following = toks.word(j)
    return j - k if (is_cap(following) or is_honorific(following)) and not (
        is_office_word(following)) else 0


def person_aside(toks: Tokens, k: int, end: int) -> bool:
    """The parenthetical aside toks[k:end] holds a person's name ("Bupati Agam (Hendra Gunawan)
    mengatakan"): two to four capitalised words that make no region or office, and no name
    follows it. A photo's credit is none: its outlet's words ("Times", "News") or a region
    between the first and the last word ("(Rudi Agam Times)": the photographer, then where the
    outlet is). A region as the last word is a family name as often ("(Rudi Batubara)")."""
    inner = [toks.word(j) for j in range(k + 1, end - 1)]
    return (2 <= len(inner) <= 4 and all(is_cap(w) and not is_office_word(w) for w in inner)
            and not is_region(" ".join(inner), True) and not is_cap(toks.word(end))
            and not is_honorific(toks.word(end))
            and not any(w in _CREDIT or w in NOT_NAME for w in inner[1:])
            and not any(is_region(w) for w in inner[1:-1]))


# Words of a photo's or a text's credit in brackets: the outlet's or the source's.
_CREDIT = frozenset({"Times", "News", "Post", "Pos", "Online", "Media", "Dok", "Ist",
                     "Istimewa", "Humas", "Net", "Tribun", "Kompas", "Detik", "Antara", "ANTARA"})


def ranked_aside(toks: Tokens, k: int, end: int) -> list[str]:
    """The name in a parenthetical aside that also holds the person's rank, honorific or
    degrees ("Kabag SDM ( Kompol. Rudi Hartono SIK )", "( Drs. I Made Sutama M PD )"): the
    name's words, [] unless the rest of the aside is degrees (dotted, or short capitals)."""
    hon: list[str] = []
    name, j = read_name(toks, k + 1, hon)
    if not name or len(name) + len(hon) < 2:
        return []
    while j < end - 1:
        word = toks.word(j)
        if word == "," or (word.isalpha() and word.isupper() and len(word) <= 4):
            j += 1
        elif found := degree(toks, j):
            j = found[1]
        else:
            return []
    return name if j == end - 1 and (hon or toks.word(j - 1) != name[-1]) else []


def kodam_at(toks: Tokens, k: int) -> int:
    """How many tokens from k name an army or police command by its own name ("Iskandar
    Muda", "Metro Jaya"), 0 when none."""
    return next((n for n in (2, 1) if " ".join(toks.word(j) for j in range(k, k + n))
                 in KODAM_NAMES | POLDA_NAMES), 0)


def region_slot(toks: Tokens, token: str) -> bool:
    """token, right after a regional head and before ", <name>", is the region written in
    lower case ("Wali Kota manado, Nama", also without the comma: "gubernur sumbar Nama") or
    as an acronym outside the lists ("Pj Bupati KBB, Nama")."""
    if token.islower() and is_cap(toks.word(1)) and is_cap(toks.word(2)):
        return is_region(token.title())  # "ujar gubernur sumbar Rahmat Hidayat"
    if toks.word(1) != "," or not (is_cap(toks.word(2)) or is_honorific(toks.word(2))
                                   or INITIAL.match(toks.word(2))):
        return False
    return (token.islower() and is_region(token.title())) or (
        token.isupper() and token.isalpha() and 2 <= len(token) <= 6
        and token not in NOT_NAME and token.lower() not in ORG_WORDS)


def subject_alone(text: str, word: str) -> bool:
    """word opens a sentence as its subject ("Syahrial juga berharap", "Syahrial menegaskan"):
    a person's name, not a region."""
    return bool(re.search(rf"(?:^|[.!?\"”][ \t]+|\n){re.escape(word)}[ \t]+[a-z]", text))


def place_words(words: list[str], at: int, places: Callable[[str, int], bool]) -> bool:
    """words (before a name the article uses alone) name a place: a known region or short
    form, or words the article uses as a place elsewhere; an initial or a first name is none."""
    joined = " ".join(words)
    return len(joined) > 2 and (short_form(joined) or is_region(joined, True)
                                or places(joined, at))


@lru_cache(maxsize=1024)
def region_key(region: str | None) -> str:
    """One key for the ways one region is written: "Provinsi NTB" and "NTB", "Sulawesi Barat"
    and "Sulbar", "Kota Manado" and "Manado"."""
    words = (region or "").split()
    while words and words[0] in MARKERS:
        words = words[1:]
    key = " ".join(words).lower()
    aliases = {a.lower(): code for a, code in PROVINCE_ALIASES.items()}
    names = {n.lower(): code for code, n in provinces().items()}
    found = resolve_region(key) if key and not (key in aliases or key in names) else None
    return aliases.get(key) or names.get(key) or (found.regency_code if found else key)


# A region marker right after the words read as a head's name: "Camat Negeri Katon Kabupaten
# Pesawaran" names the place, not the camat.
_MARKER_NEXT = re.compile(r"[ \t]+(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.|Kecamatan|Kec\.)[ \t]+"
                          r"[A-Z]")


def place_read_as_name(text: str, base: str, end: int) -> bool:
    """Whether the name a district or village head's mention ends with (at ``end``) is its
    place: a region marker follows at once."""
    return (base in DISTRICT_HEADS or base in VILLAGE_HEADS) and bool(
        _MARKER_NEXT.match(text, end))
