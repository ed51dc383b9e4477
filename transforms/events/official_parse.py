"""Read one title occurrence: "<prefix> <head> <office> <region> (<aside>), <honorifics> <name>".

A small chunker over the tokens after the title (transforms/events/official_titles.py says
which word is office, region, rank or name): office words and institutions extend the title,
regions (known names, or words the article uses as a place) and parenthetical asides
("(Pj)", "(Batola)", "(Setdako)") are passed over, and the name is the capitalised run that
follows, with initials that belong to it ("A Ridwan", "Syaiful A", "Iskardo P. Panggar").
The run stops at verbs, lower-case words, punctuation and words that are never names. When the
title names nobody after it, a name right before it is taken ("kata Yuhendra, Koordinator
Divisi ... Bawaslu Agam").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from transforms.events.official_titles import (
    COMPASS,
    DEGREES,
    DISTRICT_BODIES,
    DISTRICT_HEADS,
    HEADS,
    HONORIFICS,
    MARKERS,
    NAME_TOO,
    NAMED_ALONE,
    NOT_NAME,
    ORG_WORDS,
    PARTY_WORDS,
    PREFIX_PATTERN,
    PREFIXES,
    RANKS,
    VILLAGE_HEADS,
    is_office_word,
    is_region,
    is_roman,
)
from transforms.events.organisations import organisation_mentions
from transforms.places.regions import is_district

TITLE = re.compile(
    rf"(?<![\w-])(?:(?P<prefix>{PREFIX_PATTERN})\.?(?:\s*\((?P<short>pjs|pj|plt|plh)\.?\))?\s+)?"
    r"(?:" + "|".join(f"(?P<b{i}>{pattern})" for i, (_, pattern, _) in enumerate(HEADS))
    + r")\b",
    re.IGNORECASE,
)
MAX_TOKENS = 40  # read after a title at most
TOKEN = re.compile(r"([ \t\u00a0]*)([^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*\.?|\d+|\S)")
_CONNECTORS = {"dan", "serta", ",", "&", "/"}
_LOWER_OFFICE = {"bidang", "divisi", "sub"}
_NUMBERED = {"regional", "wilayah", "kanreg", "komisi", "bidang", "sub", "subdit", "seksi"}
_ASIDE_MAX = 6  # tokens inside "( ... )"
_NAME_MAX = 5
_INITIAL = re.compile(r"[A-Z]{1,2}\.?$")
# A person named as a suspect of the violation the article reports: "ASN yang diduga melanggar
# meliputi Kepala Dinas X", "tertangkap basahnya Camat Y", "Camat Z yang diduga tidak netral".
_ACCUSED_BEFORE = re.compile(
    r"\b(?:diduga|terduga|terbukti|kedapatan|tertangkap|terlapor|memeriksa|memanggil"
    r"|mengklarifikasi|menjatuhkan|dijatuhi|disanksi|dicopot|menonaktifkan|dinonaktifkan"
    r")\w*\b(?:(?!\b(?:oleh|dan|serta|sedangkan|sementara|namun|kata|ujar)\b)"
    r"[^.;:!?,\n\"“”()])*$", re.IGNORECASE)  # "... oleh Bupati": the agent, "dan": a new clause
_ACCUSED_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:yang[^\S\n]+)?(?:diduga|terduga|terbukti"
                            r"|kedapatan|tertangkap|terlapor|dilaporkan)\b", re.IGNORECASE)
_CLAUSE_MAX = 160
_REPRESENTED = re.compile(r"\s*,?\s*(?:yang\s+)?(?:di)?wakil(?:i|kan)\b", re.IGNORECASE)
# Capitalised verbs of headlines and event names ("Menjaga", "Berikan", "Diperiksa").
_VERB = re.compile(r"(?:Meng|Meny|Memb|Memp|Menj|Menc|Mend|Ment|Mens|Menu|Ber[kstm]|Dipe|Terh)"
                   r"[a-z]{3,}$")
_CAPW = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*"
# A name right before a title ("tegas Yuhendra, Koordinator ..."), after a lower-case word.
_NAME_BEFORE = re.compile(
    rf"(?:\b[a-z]\w*[ \t]+(?P<name>{_CAPW}(?:[ \t]+{_CAPW}){{0,3}})[ \t]*[,(]?"
    rf"|(?:^|[.!?\n][ \t]*|\b[a-z]\w*[ \t]+)(?P<bridged>{_CAPW}(?:[ \t]+{_CAPW}){{0,3}})[ \t]+"
    r"(?:selaku|sebagai)"
    rf"|(?:^|[.!?\n][\"“”]?[ \t]*|,[ \t]+)(?P<opening>{_CAPW}(?:[ \t]+{_CAPW}){{0,3}})[ \t]*,)"
    r"[ \t]*$")


@dataclass(frozen=True)
class Mention:
    """One title occurrence, parsed: title parts, name, where it stands."""

    prefix: str
    base: str  # head and office, canonical where known ("Ketua Bawaslu", "Kepala BKD")
    name: str
    honorifics: tuple[str, ...]
    region: str | None
    raw: str
    pos: int
    end: int
    region_alias: str | None = None  # "Batola" of "Barito Kuala (Batola)"
    suspect: bool = False  # named as the suspect of a violation: no official of the occasion


class Tokens:
    """The tokens after a title on its line (at most MAX_TOKENS), each with its end offset, read
    only as far as the parse looks."""

    def __init__(self, text: str, pos: int) -> None:
        self._text = text
        self._read: list[tuple[str, int]] = []
        self._pos: int | None = pos  # where the next token starts; None after the last

    def has(self, k: int) -> bool:
        """Whether there is a token k (reading on to it)."""
        while len(self._read) <= k and self._pos is not None:
            token = TOKEN.match(self._text, self._pos)
            if token is None or len(self._read) == MAX_TOKENS - 1:
                self._pos = None
            else:
                self._pos = token.end()
            if token is not None:
                self._read.append((token.group(2), token.end()))
        return k < len(self._read)

    def __getitem__(self, k: int) -> tuple[str, int]:
        self.has(k)
        return self._read[k]

    def word(self, k: int) -> str:
        """Token k, or "" past the end."""
        return self._read[k][0] if self.has(k) else ""


def is_cap(token: str) -> bool:
    """A capitalised word that may belong to a name (headline verbs like "Tekankan",
    "Menjaga" end it)."""
    word = token.rstrip(".")
    return (len(word) >= 2 and word[0].isupper() and word[1].islower() and word not in NOT_NAME
            and word not in MARKERS and not (len(word) >= 7 and word.endswith("kan"))
            and not _VERB.match(word))


def _closes(token: str) -> bool:
    """A word that ends its sentence ("Solok."), not an abbreviation ("Kab.", "Prov.")."""
    return token.endswith(".") and len(token) > 2 and token not in MARKERS \
        and not _INITIAL.match(token)


def _is_honorific(token: str) -> bool:
    """"H.", "Hj.", "Dr.", "Prof", "Kompol" ...: kept apart so that names compare."""
    bare = token.rstrip(".")
    return (bare in HONORIFICS and (token.endswith(".") or len(token) > 1)) or bare in RANKS


def _is_initial(toks: Tokens, k: int, words: list[str]) -> bool:
    """An initial of the name: before a name word ("A Ridwan", "P. Panggar") or closing it
    ("Syaiful A", "Safrizal ZA"); never a degree or an institution."""
    token = toks.word(k)
    bare = token.rstrip(".")
    if not _INITIAL.match(token) or bare in DEGREES or is_office_word(token) or bare in RANKS:
        return False
    following = toks.word(k + 1)
    if is_cap(following) and not is_region(following.rstrip(".")):
        return True
    return bool(words) and not token.endswith(".") and not (following[:1].isupper())


def degree(toks: Tokens, k: int) -> tuple[str, int] | None:
    """A degree such as "AP", "M. Si" or "S.Sos" starting at toks[k], and the index after."""
    first = toks.word(k) or "-"
    bare = first.replace(".", "")
    if first.rstrip(".") in NOT_NAME or not (
            bare in DEGREES or (first.endswith(".") and 0 < len(bare) <= 4 and bare[0].isupper())):
        return None
    parts, k = [first], k + 1
    while (toks.has(k) and parts[-1].endswith(".") and 0 < len(toks.word(k).rstrip(".")) <= 4
           and toks.word(k)[0].isupper()):
        parts.append(toks.word(k))
        k += 1
    return "".join(parts), k


def _aside_end(toks: Tokens, k: int) -> int | None:
    """Index after a parenthetical aside starting at k ("(Pj)", "(Batola)", "(Purn)")."""
    if toks.word(k) != "(":
        return None
    return next((j + 1 for j in range(k + 1, k + _ASIDE_MAX + 2) if toks.word(j) == ")"), None)


def _cap_run(toks: Tokens, k: int, limit: int = 4) -> list[str]:
    words = []
    while len(words) < limit and toks.has(k + len(words)):
        token = toks.word(k + len(words))
        if not (token[:1].isupper() and token.rstrip(".").replace("-", "").isalpha()):
            break
        words.append(token.rstrip("."))
    return words


def _region_at(toks: Tokens, k: int, evidence: Callable[[str, int], bool],
               marked: bool = False) -> int:
    """How many tokens from k name a region (the longest known one; after "Kabupaten" or
    "Kota" an everyday word too), 0 when none."""
    words = _cap_run(toks, k)
    known = max((j for j in range(1, len(words) + 1)
                 if is_region(" ".join(words[:j]), marked)), default=0)
    if known or not words or is_office_word(words[0]) or words[0] in NOT_NAME:
        return known  # "di Bawaslu" makes no place of Bawaslu
    at = toks[k][1] - len(toks.word(k))
    return max((j for j in range(1, len(words) + 1) if evidence(" ".join(words[:j]), at)),
               default=0)


def _local_at(toks: Tokens, k: int, kind: str) -> int:
    """How many tokens from k name the sub-district or village a local head serves: the longest
    kecamatan name for a camat ("Camat Lubuk Sikarah Hendra"), for a village head the words
    before a two-word name ("Lurah Sukamaju Dedi Kurniawan"); 0 when none."""
    words = _cap_run(toks, k)
    if kind == "district":
        return max((j for j in range(1, len(words) + 1) if is_district(" ".join(words[:j]))),
                   default=0)
    if len(words) < 3 or any(w in NOT_NAME or is_office_word(w) for w in words[:2]):
        return 0
    return min(len(words) - 2, 2)


def _local_kind(head: str, office: list[str]) -> str:
    """"district" or "village" for a head of a sub-district or village (or a sub-district's
    election body), else ""."""
    if head in DISTRICT_HEADS or (office and office[-1].lower() in DISTRICT_BODIES):
        return "district"
    return "village" if head in VILLAGE_HEADS else ""


def _short_form(word: str) -> bool:
    """A lone word after a regional head that stands for its region rather than a one-word
    name: a known region or short form ("Pj Bupati Lamteng mengatakan"), or an acronym
    ("Bupati HSU"); "Sekda Kamsina" names a person."""
    return is_region(word) or word.isupper()


def _province_aside(toks: Tokens, k: int) -> int:
    """How many tokens from k make a region set off by commas after the title's region
    ("Provinsi Sumatera Barat", "Sulawesi Tenggara (Sultra)"), up to the closing comma; 0
    when none."""
    j = k + (toks.word(k) in MARKERS)
    n = _region_at(toks, j, _nowhere, j > k)
    if not n:
        return 0
    j = _aside_end(toks, j + n) or j + n
    return j - k if toks.word(j) == "," else 0


def _compass(toks: Tokens, k: int) -> int:
    """1 when toks[k] is a compass word that ends a place name ("... Barat"), else 0."""
    return int(toks.word(k).rstrip(".") in COMPASS and not _closes(toks.word(k - 1)))


def _nowhere(words: str, at: int) -> bool:
    return False


def _read_name(toks: Tokens, k: int, hon: list[str]) -> tuple[list[str], int]:
    """Honorifics, ranks and the name's words from k: (words, index after)."""
    words: list[str] = []
    while toks.has(k) and len(words) < _NAME_MAX:
        token = toks.word(k)
        aside = _aside_end(toks, k)
        if aside and all(t.rstrip(".") in RANKS for t in _between(toks, k, aside)):
            hon.append(" ".join(_between(toks, k, aside)))
            k = aside
            continue
        if not words and (_is_honorific(token) or (token == "H" and is_cap(toks.word(k + 1)))):
            hon.append(token)  # "H Arianto": the hajj title without its dot
        elif is_cap(token) and (not is_office_word(token)
                                or token.rstrip(".").lower() in NAME_TOO):
            words.append(token.rstrip("."))
            if token.endswith(".") and not (len(token) <= 4 and is_cap(toks.word(k + 1))):
                return words, k + 1  # a sentence ends after the name ("Moh. Ridwan" goes on)
        elif _is_initial(toks, k, words):
            if words and token.endswith(".") and (found := degree(toks, k)) and found[0].replace(
                    ".", "") in DEGREES:
                break  # "Zulkifli M.Si": a degree without its comma
            words.append(token)
        else:
            break
        k += 1
    while words and _INITIAL.match(words[-1]) and words[-1].endswith("."):
        words.pop()  # "M." of a degree read as an initial
        k -= 1
    return words, k


def _between(toks: Tokens, start: int, end: int) -> list[str]:
    return [toks.word(j) for j in range(start + 1, end - 1)]


def _joins(toks: Tokens, k: int) -> bool:
    """A connector inside an office phrase: "Pelanggaran, Data, dan Informasi"."""
    j = k
    while toks.word(j) in _CONNECTORS and j - k < 2:
        j += 1
    return j > k and toks.word(j)[:1].isupper() and (is_office_word(toks.word(j))
                                                     or _unit_word(toks, j))


def _accused(text: str, start: int) -> bool:
    """The clause before ``start`` names a violation with the person as its suspect."""
    return bool(_ACCUSED_BEFORE.search(text, max(0, start - _CLAUSE_MAX), start))


def _unit_number(toks: Tokens, k: int) -> bool:
    """A roman numeral numbering the unit ("Asisten III", "Kanreg (Kakanreg) XIII"), not the
    "I" of a Balinese name ("Ketua KPU I Made Sudarsa")."""
    token, before = toks.word(k), toks.word(k - 1).lower() if k else ""
    return (is_roman(token) and (k == 0 or before in _NUMBERED or before == ")")
            and not (token == "I" and is_cap(toks.word(k + 1))
                     and not is_office_word(toks.word(k + 1))))


def _unit_word(toks: Tokens, k: int) -> bool:
    """A capitalised word outside the lexicon that an institution follows: part of the unit's
    name ("Kepala Bidang Mutasi BKPSDM Agam"), not a person's."""
    return is_cap(toks.word(k)) and toks.word(k + 1).rstrip(".").lower() in ORG_WORDS


def _office_title(head: str, office: list[str], abbr: str) -> str:
    """"Ketua" + "Badan Pengawas Pemilu" -> "Ketua Bawaslu", "Kepala" + "Badan Kepegawaian
    Pendidikan dan Pelatihan" + "(BKPP)" -> "Kepala BKPP"; other offices as written, a closing
    institution by its canonical name ("Kepala Biro Humas BKN")."""
    phrase = " ".join(office).replace(" ,", ",")
    orgs = organisation_mentions(phrase)
    if orgs and orgs[-1].end == len(phrase):
        return f"{head} {phrase[:orgs[-1].start]}{orgs[-1].name}"
    if abbr and abbr.replace("-", "").isupper() and abbr[0] == phrase[0] and " " in phrase:
        return f"{head} {abbr}"
    return f"{head} {phrase}"


def parse_title(text: str, m: re.Match[str], said: set[str],
                places: Callable[[str, int], bool], lead: str,
                headline: bool = False) -> Mention | None:
    """Parse one title match into a mention, or None when it names nobody in office.

    ``places(words, at)``: the article uses these words (read at offset ``at``) as a place
    elsewhere; ``said``: words the article uses alone as a speaker's name; ``lead``: the text
    right before the title; ``headline``: text in title case, where no name stands before a
    title."""
    index = next(i for i, _ in enumerate(HEADS) if m.group(f"b{i}"))
    head, _, office_head = HEADS[index]
    if head == "Kepala" and m.group(f"b{index}") != "Kepala":
        head = m.group(f"b{index}")  # "Kabid", "Kakanreg": the unit is in the short form
    short = m.group("short") or m.group("prefix")
    prefix = PREFIXES.get(" ".join(short.lower().split()), "") if short else ""
    toks = Tokens(text, m.end())
    k, office, region, abbr, aliases = 0, [], [], "", ""
    divided = False  # a division named after the region
    while toks.has(k) and not _closes(toks.word(k - 1) if k else ""):
        token = toks.word(k)
        aside = _aside_end(toks, k)
        if aside:
            if region and not aliases:  # "Barito Kuala (Batola)"
                aliases = " ".join(_between(toks, k, aside))
            abbr = abbr or ("" if region else " ".join(_between(toks, k, aside)))
            k = aside
        elif token in MARKERS and (toks.word(k + 1)[:1].isupper() or toks.word(k + 1) == "("):
            skip = _aside_end(toks, k + 1) or k + 1
            n = _region_at(toks, skip, places, True) or len(_cap_run(toks, skip, 1))
            n += _compass(toks, skip + n)  # "Kecamatan Padang Panjang Barat"
            region += [token, *(toks.word(j).rstrip(".") for j in range(skip, skip + n))]
            k = skip + n
        elif not region and token in MARKERS and toks.word(k + 1) == ",":
            region, k = [token], k + 1  # "Sekda Provinsi, Hansastri": the body's own level
        elif not region and (kind := _local_kind(head, office)) and (
                n := max(_local_at(toks, k, kind), _region_at(toks, k, places))):
            n += _compass(toks, k + n)
            region += [toks.word(j).rstrip(".") for j in range(k, k + n)]
            k += n
        elif not region and (n := _region_at(toks, k, places)):
            n += _compass(toks, k + n)
            region += [toks.word(j).rstrip(".") for j in range(k, k + n)]
            k += n
        elif not office_head and not region and token.lower() in ORG_WORDS and token[:3] == "Pem":
            k += 1  # "Sekda Pemprov Kalteng": the government before its region
        elif not region and token.isdigit() and is_region(f"{token} {toks.word(k + 1)}"):
            region += [token, toks.word(k + 1)]  # "Bawaslu 50 Kota"
            k += 2
        elif not region and token.isdigit() and len(token) <= 4:
            k += 1 + (toks.word(k + 1) == "/")  # "Dandim 0304/Agam": the unit's number
        elif region and token == "," and (n := _province_aside(toks, k + 1)):
            k += 1 + n  # "Bupati X (Y), Provinsi Z (Z'), Nama": the province passed over
        elif office_head and (not region or divided) and (
                (is_office_word(token) and (token[0].isupper() or token in _LOWER_OFFICE))
                or _unit_number(toks, k) or (office and _joins(toks, k))
                or (office and token.islower() and is_office_word(token)
                    and is_office_word(toks.word(k + 1)))  # "Data informasi Bawaslu"
                or (office and _unit_word(toks, k))):
            office.append(token)
            k += 1
        elif office_head and region and not divided and token in ("Divisi", "Bidang"):
            divided = True  # "Anggota KPU Kota Padang Divisi Sosialisasi ..., <Nama>"
            office.append(token)
            k += 1
        else:
            break
    if office_head and (not office or office == ["Daerah"]
                        or PARTY_WORDS.intersection(office) or toks.word(k) in PARTY_WORDS):
        return None  # "Ketua RT", "kepala daerah", "Sekretaris DPC Partai X": no public office
    base = _office_title(head, office, abbr) if office_head else head
    closed = bool(k) and _closes(toks.word(k - 1))  # "sebagai Pjs. Bupati Solok. Terhitung"
    comma = toks.word(k) == ","
    hon: list[str] = []
    name, after = ([], k) if closed else _read_name(toks, k + comma, hon)
    if not (comma or region or hon) and name and _compass(toks, after):
        region, name = [*name, toks.word(after)], []  # "Camat Tanjung Raya": a place
        k = after = after + 1
        if toks.word(after) == "," and is_cap(toks.word(after + 1)):
            name, after = _read_name(toks, after + 1, hon)
    elif (not (comma or region or hon) and name and toks.word(after) == ","
            and (len(name) == 1 or toks.word(after + 1) in said)
            and (is_cap(toks.word(after + 1)) or _is_honorific(toks.word(after + 1)))):
        region, k = name, after  # "Ketua Bawaslu Kepsul, Iwan Duwila": a short form
        name, after = _read_name(toks, after + 1, hon)
    elif not (comma or region or hon) and name and name[0] not in said:
        following = toks.word(after)
        if len(name) == 1 and not office_head and (
                _short_form(name[0]) or following[:1].isupper() and is_office_word(following)):
            region, name, k = name, [], after  # "Pj Bupati Lamteng mengatakan"
        else:  # "Bupati Lamteng Adi Erlansyah", with "kata Adi" elsewhere
            r = next((j for j in range(1, len(name)) if name[j] in said), 0)
            if office_head and r and (text.count(" ".join(name[:r]))
                                      <= text.count(" ".join(name[:r + 1]))):
                r = 0  # "Mohammad Ridwan" ... "kata Ridwan": no place without the name
            region, name = name[:r], name[r:]
    if name and is_region(" ".join(name)):
        if not region:
            region, k = name, after
        name = []
    if not name and not comma and toks.word(k)[:1].islower() and toks.word(k).title() in said:
        name, after = [toks.word(k).title()], k + 1  # "Karo Humas BKN paryono mengatakan"
    if not name:
        hon = []
        after = k
    while name and (found := degree(toks, after + (toks.word(after) == ","))):
        hon.append(found[0])
        after = found[1]
    start = m.start()
    if not name and not headline and (before := _NAME_BEFORE.search(lead)):
        group = next(g for g in ("name", "bridged", "opening") if before[g])
        words = before[group].split()
        if (not is_region(before[group]) and all(is_cap(w) and not is_office_word(w)
                                                 for w in words)
                and (group != "opening" or comma)):  # "Alni, Ketua Bawaslu Sumbar, menyebut"
            name = words
            start = m.start() - len(lead) + before.start(group)
    if not name and not region:
        return None
    if not name and (head not in NAMED_ALONE or not (prefix or m.group(0)[:1].isupper())):
        return None  # "disampaikan ke gubernur", "anggota Bawaslu": no one in particular
    end = toks[after - 1][1] if after else m.end()
    if _REPRESENTED.match(text, end):
        return None  # "Kepala Kanwil X yang diwakili ...": not there
    return Mention(prefix, base, " ".join(name), tuple(hon), " ".join(region) or None,
                   text[start:end], start, end, aliases or None,
                   bool(_ACCUSED_AFTER.match(text, end) or _accused(text, start)))
