"""Find the officials an ASN-neutrality article names: title, region, name, honorifics.

Watchdogs track *who* told civil servants to stay neutral, so one person is one entry even
when an article spells them three ways ("Hani Syopiar Rustam", "Hani Syofiar Rustam",
"Syofiar"). Indonesian style puts the region between title and name ("Pj Wali Kota Padang
Andree Algamar"); a token is taken as region only with evidence in the same article ("Kota
Padang", "Pemkot Pontianak", a "Kendari, ..." dateline) or, after a regional title, when it
stands alone and is never used as a name ("kata Sonny"). Degrees and hajj/academic prefixes
go to `honorifics`. Candidates ("calon Wali Kota") and former officials ("mantan") are skipped.

A title that names a building ("Kantor Bupati Agam", "Rumah Dinas Wali Kota") is nobody, and a
"name" that is a place ("Bupati Agam, Lubuk Basung": the regency's capital) is no name: what
follows a title is checked against the region table (transforms/places/regions.py), except everyday
words that are also regency names ("Malang", "Bima"). Without other evidence, the leading words
after a regional title that name a regency are its region ("Bupati Agam Andri Warman").

Limits: "Bupati Malang Sanusi" stays one name (Malang is an everyday word) unless the article
also writes "Kabupaten Malang"; an official named only through a relative ("istri Wali Kota
Padang") is listed as that official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from transforms.events.organisations import canonical_organisation, organisation_mentions
from transforms.places.regions import BARE_NAME_STOPLIST, resolve_region
from transforms.prefilter import finditer, first_matches, scanner


@dataclass(frozen=True)
class Official:
    """One person: canonical title, fullest name seen, the other spellings in `aliases`."""

    title: str
    name: str
    honorifics: tuple[str, ...]
    raw: str
    region: str | None = None
    aliases: tuple[str, ...] = ()
    positions: tuple[int, ...] = ()  # offsets of every mention (titled or as a speaker)


@dataclass(frozen=True)
class _Mention:
    """One title occurrence, parsed."""

    prefix: str
    base: str
    name: str
    honorifics: tuple[str, ...]
    region: str | None
    raw: str
    pos: int


@dataclass
class _Person:
    """Mentions merged so far: names as titled (with their raw text) and speaker-only names."""

    first: _Mention
    prefix: str
    region: str | None
    names: dict[str, str] = field(default_factory=dict)
    honorifics: dict[str, None] = field(default_factory=dict)
    said: dict[str, None] = field(default_factory=dict)
    positions: list[int] = field(default_factory=list)


_PREFIX = {"pj": "Pj", "pjs": "Pjs", "plt": "Plt", "plh": "Plh", "penjabat": "Pj",
           "penjabat sementara": "Pjs", "pelaksana tugas": "Plt", "pelaksana harian": "Plh"}
_BASES = (("Wakil Wali Kota", r"wakil\s+wali\s*kota|wawako"), ("Wali Kota", r"wali\s*kota|wako"),
          ("Wakil Bupati", r"wakil\s+bupati|wabup"), ("Bupati", r"bupati"),
          ("Wakil Gubernur", r"wakil\s+gubernur|wagub"), ("Gubernur", r"gubernur"),
          ("Sekretaris Daerah", r"sekretaris\s+daerah|sekda"),
          ("Ketua Bawaslu", r"ketua\s+bawaslu"), ("Ketua KPU", r"ketua\s+kpu"),
          ("Camat", r"camat"), ("Lurah", r"lurah"), ("Kepala", r"(?-i:Kepala)"))
_TITLE = re.compile(
    r"(?<![\w-])(?:(?P<prefix>penjabat\s+sementara|penjabat|pelaksana\s+(?:tugas|harian)"
    r"|pjs|pj|plt|plh)\.?(?:\s*\((?P<short>pjs|pj|plt|plh)\.?\))?\s+)?(?:"
    + "|".join(f"(?P<b{i}>{pattern})" for i, (_, pattern) in enumerate(_BASES)) + r")\b",
    re.IGNORECASE,
)
_NOT_IN_OFFICE = re.compile(r"\b(?:calon|cawako|cabup|bakal|mantan|eks)\s*$", re.IGNORECASE)
_BUILDING = re.compile(r"\b(?:kantor|rumah\s+(?:dinas|jabatan)|rumdin|rujab|pendopo|pendapa"
                       r"|gedung|aula|istana|kompleks|komplek)\s+$", re.IGNORECASE)
_MAX_TOKENS = 30  # read after a title at most
_TOKEN = re.compile(r"([ \t\u00a0]*)([^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*\.?|\S)")
_OFFICE_HEAD = re.compile(r"(?:Badan|Dinas|Kantor|Bagian|Biro|Bidang|Satuan|Pusat|Sekretariat"
                          r"|Inspektorat|Satpol|Bappeda|Kabankesbangpol|Kesbangpol|[A-Z]{2,}\w*)$")
_MARKERS = {"Kota", "Kabupaten", "Kab.", "Provinsi", "Prov.", "Kecamatan", "Kelurahan"}
_REGIONAL = {base for base, _ in _BASES} - {"Kepala"}  # titles written "<title> <region> <name>"
_HONORIFIC = {"H", "Hj", "Dr", "dr", "drg", "Ir", "Prof", "Drs", "Dra", "KH", "Ns"}
_DEGREES = {"AP", "MM", "SE", "ST", "SH", "MH", "MAP", "MSi", "MPd", "SSos", "SSTP", "STP", "MT",
            "MA", "MKes", "SKM", "SIP", "SPd", "SKom", "SAg", "PhD", "MBA", "MPA", "MSc", "Lc"}
_STOP = {*_MARKERS, *"""Dan Yang Di Ke Dari Pada Dalam Untuk Saat Jelang Minta Beri Pimpin Hadiri
    Buka Mulai Cek Apresiasi Ajak Imbau Harap Akhiri Sambut Lantik Tinjau Sidak Bersama Terima
    Dorong Gelar Ikuti Jaga Netral Bakal Siap Sebut Ungkap Kata Soal Terkait Serta Tentang Wali
    Wakil Bupati Gubernur Kepala Pemko Pemkot Pemkab Pemprov Sekda Pj Pjs Plt Plh Penjabat Senin
    Selasa Rabu Kamis Jumat Sabtu Minggu""".split()}
_CAPW_TAIL = r"[a-z]+(?:['’-][A-Za-z]+)*"
_CAPW = rf"[A-Z]{_CAPW_TAIL}"
_SAID = re.compile(r"\b(?i:kata|ujar|ucap|tegas|terang|jelas|tutur|tambah|pungkas|ungkap|imbuh"
                   rf"|sebut)(?:nya)?\s+(?P<name>{_CAPW}(?:\s+{_CAPW}){{0,3}})")
_SPEECH = (r"(?:menuturkan|menyampaikan|menekankan|menegaskan|mengatakan|menjelaskan|mengimbau"
           r"|menghimbau|meminta|menambahkan|mengungkapkan|mengingatkan|memimpin)")
# "\b<name>", with the boundary checked after the name's capital ("(?<!\w[A-Z])"): re then
# skips ahead to capitals instead of trying every character.
_SUBJECT = re.compile(rf"(?P<name>[A-Z](?<!\w[A-Z]){_CAPW_TAIL}(?:\s+{_CAPW}){{0,3}})\s+"
                      rf"{_SPEECH}\b")
_SPEECH_SCAN = scanner(re.compile(rf"\b{_SPEECH}\b"))  # no such verb: no _SUBJECT match
_LOWER_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b[a-z]\w*\s+)$")
_PLACE = re.compile(r"\b(?:Kota|Kabupaten|Kab\.|Provinsi|Pemko|Pemkot|Pemkab|Pemprov|Kecamatan"
                    rf"|Kelurahan|Nagari|Desa|di|se-Kota|se-Kabupaten)\s+(?=(?P<seq>{_CAPW}"
                    rf"(?:\s+{_CAPW}){{0,3}}))|(?m:^[ \t]*(?P<line>{_CAPW}(?:\s+{_CAPW}){{0,2}})"
                    r"[ \t]*[,(])")

# Tried only where a title, speech verb or place can start (transforms/prefilter.py).
_TITLE_SCAN = scanner(_TITLE)
_SAID_SCAN = scanner(_SAID)
_PLACE_SCAN = scanner(_PLACE)


class _Tokens:
    """The tokens after a title on its line (at most 30), each with its end offset, read only
    as far as the parse looks (a few, mostly)."""

    def __init__(self, text: str, pos: int) -> None:
        self._text = text
        self._read: list[tuple[str, int]] = []
        self._pos: int | None = pos  # where the next token starts; None after the last

    def has(self, k: int) -> bool:
        """Whether there is a token k (reading on to it)."""
        while len(self._read) <= k and self._pos is not None:
            token = _TOKEN.match(self._text, self._pos)
            if token is None or len(self._read) == _MAX_TOKENS - 1:
                self._pos = None
            else:
                self._pos = token.end()
            if token is not None:
                self._read.append((token.group(2), token.end()))
        return k < len(self._read)

    def __getitem__(self, k: int) -> tuple[str, int]:
        self.has(k)
        return self._read[k]


def _is_cap(token: str, verbs_stop: bool = True) -> bool:
    """A capitalised word that may belong to a name (headline verbs like "Tekankan" end it)."""
    word = token.rstrip(".")
    return (len(word) >= 2 and word[0].isupper() and word[1].islower() and word not in _STOP
            and not (verbs_stop and len(word) >= 6 and word.endswith("kan")))


def _is_honorific(token: str) -> bool:
    """"H.", "Hj.", "Dr.", "drg." ...: kept apart so that names compare across mentions."""
    return token.rstrip(".") in _HONORIFIC and (token.endswith(".") or len(token) > 1)


def _degree(toks: _Tokens, k: int) -> tuple[str, int] | None:
    """A degree such as "AP", "M. Si" or "S.Sos" starting at toks[k], and the index after."""
    first = toks[k][0] if toks.has(k) else "-"
    bare = first.replace(".", "")
    if first.rstrip(".") in _STOP or not (
            bare in _DEGREES or (first.endswith(".") and 0 < len(bare) <= 4 and bare[0].isupper())):
        return None
    parts, k = [first], k + 1
    while (toks.has(k) and parts[-1].endswith(".") and 0 < len(toks[k][0].rstrip(".")) <= 4
           and toks[k][0][0].isupper()):
        parts.append(toks[k][0])
        k += 1
    return "".join(parts), k


def _said_names(text: str) -> list[tuple[str, int]]:
    """Bare names used as speakers ("kata Sonny", "Andree menuturkan"), with offsets."""
    found = [(m.group("name"), m.start("name")) for m in finditer(_SAID_SCAN, text)]
    if first_matches(_SPEECH_SCAN, text, 1):  # cheap: the verbs are looked up among the words
        found += [(m.group("name"), m.start()) for m in _SUBJECT.finditer(text)
                  if _LOWER_BEFORE.search(text[max(0, m.start() - 30):m.start()])]
    found = [(n, p) for n, p in found if not any(w in _STOP for w in n.split())]
    return sorted(found, key=lambda np: np[1])


def _places(text: str) -> dict[str, list[int]]:
    """Word sequences the article uses as places ("Kota Padang", "Kendari, ..." datelines),
    each with the offsets where that use starts: the evidence for reading a token as region."""
    places: dict[str, list[int]] = {}
    for m in finditer(_PLACE_SCAN, text):
        if m.group("seq") and text.endswith("Wali ", 0, m.start()):
            continue  # "Wali Kota Sonny" is a title, not a place called Sonny
        words = (m.group("seq") or m.group("line")).split()
        for j in range(1 if m.group("seq") else len(words), len(words) + 1):
            places.setdefault(" ".join(words[:j]), []).append(m.start())
    return places


def _read_group(toks: _Tokens, k: int, hon: list[str]) -> tuple[list[str], int, int]:
    """Capitalised tokens from k: (words, index after, index in words where a prefix split)."""
    words: list[str] = []
    split = -1
    while toks.has(k):
        token = toks[k][0]
        if _is_honorific(token):
            hon.append(token)
            split = len(words) if split < 0 else split
        elif _is_cap(token):
            words.append(token.rstrip("."))
            if token.endswith(".") and len(token) > 2:
                return words, k + 1, split
        else:
            break
        k += 1
    return words, k, split


def _mention(text: str, m: re.Match[str], said: set[str],
             places: dict[str, list[int]]) -> _Mention | None:
    """Parse one title match into a mention record, or None when it names nobody."""
    base = next(b for i, (b, _) in enumerate(_BASES) if m.group(f"b{i}"))
    short = m.group("short") or m.group("prefix")
    prefix = _PREFIX.get(" ".join(short.lower().split()), "") if short else ""
    toks = _Tokens(text, m.end())
    k = 0
    hon: list[str] = []
    office: list[str] = []
    if base == "Kepala":
        while toks.has(k) and (_OFFICE_HEAD.match(toks[k][0]) if not office else
                                 _is_cap(toks[k][0], False) or toks[k][0] in ("dan", "&", "PP")):
            office.append(toks[k][0])
            k += 1
        if not office:
            return None
        abbr = ""
        if toks.has(k + 2) and toks[k][0] == "(" and toks[k + 2][0] == ")" \
                and toks[k + 1][0][0].isalpha():
            abbr, k = toks[k + 1][0], k + 3
        else:  # the office may have run into region and name: cut after a known institution
            orgs = organisation_mentions(" ".join(office))
            cut = (len(" ".join(office)[:orgs[0].end].split()) if orgs else
                   next((j for j in range(1, len(office)) if office[j] in said), len(office)))
            office, k = office[:cut], k - (len(office) - cut)
        phrase = " ".join(office)
        base = "Kepala " + (canonical_organisation(phrase) or canonical_organisation(abbr)
                            or abbr or phrase)
    marker = toks[k][0] if toks.has(k) and toks[k][0] in _MARKERS else ""
    k += bool(marker)
    words, k, split = _read_group(toks, k, hon)
    span = (m.start(), toks[k - 1][1] if k else m.end())
    if split >= 0:
        region, name = words[:split], words[split:]
    else:
        r = max((j for j in range(1, len(words) + 1)
                 if any(not span[0] <= p < span[1] for p in places.get(" ".join(words[:j]), ()))),
                default=0)
        r = max(r, 1) if marker and words else r
        if not r and words and words[0] not in said:  # no place evidence: how names are used
            r = int(base in _REGIONAL) if len(words) == 1 else next(
                (j for j in range(1, len(words)) if words[j] in said), 0)
        if not r and base in _REGIONAL and len(words) > 1:  # "Bupati Agam Andri Warman"
            r = next((j for j in range(len(words), 0, -1)
                      if _is_place(" ".join(words[:j]))), 0)
        region, name = words[:r], words[r:]
        if (not name and region and toks.has(k + 1) and toks[k][0] == ","
                and (_is_cap(toks[k + 1][0]) or _is_honorific(toks[k + 1][0]))):
            name, k, _ = _read_group(toks, k + 1, hon)
    if name and _is_place(" ".join(name)):
        region, name = region or name, []
    while (degree := _degree(toks, k + (toks.has(k) and toks[k][0] == ","))) and name:
        hon.append(degree[0])
        k = degree[1]
    if not name and not region:
        return None
    end = toks[k - 1][1] if k else m.end()
    return _Mention(prefix, base, " ".join(name), tuple(hon),
                    " ".join(([marker] if marker else []) + region) or None,
                    text[m.start():end], m.start())


@lru_cache(maxsize=1024)
def _is_place(words: str) -> bool:
    """A regency, city or regency capital ("Lubuk Basung"), not an everyday word ("Malang")."""
    return ("".join(words.split()).upper() not in BARE_NAME_STOPLIST
            and resolve_region(words) is not None)


@lru_cache(maxsize=4096)
def _close(a: str, b: str) -> bool:
    """Two words are one spelling apart ("Syofiar" / "Syopiar"); short words must be equal."""
    return a == b or (min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= 0.8)


def _contains(longer: str, shorter: str) -> bool:
    """Every word of shorter matches (fuzzily) a word of longer: "Syofiar" in "Hani Syopiar"."""
    long_words = longer.lower().split()
    return all(any(_close(w, lw) for lw in long_words) for w in shorter.lower().split())


def _fullest(person: _Person) -> str:
    """The name with most words; the earliest one on ties."""
    return max(person.names, key=lambda n: len(n.split()), default="")


def _same_person(person: _Person, mention: _Mention) -> bool:
    """Same title, no conflicting prefix or region, and similar (or missing) names."""
    a, b = _fullest(person), mention.name
    return (person.first.base == mention.base
            and (not person.prefix or not mention.prefix or person.prefix == mention.prefix)
            and (not person.region or not mention.region or person.region == mention.region)
            and (not a or not b or _contains(a, b) or _contains(b, a)
                 or SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.8))


def officials(text: str) -> list[Official]:
    """One Official per distinct person, in order of first mention."""
    said_names = _said_names(text)
    said = {w for name, _ in said_names for w in name.split()}
    places = _places(text)
    people: list[_Person] = []
    for m in finditer(_TITLE_SCAN, text):
        lead = text[max(0, m.start() - 24):m.start()]
        if _NOT_IN_OFFICE.search(lead[-12:]) or _BUILDING.search(lead):
            continue
        mention = _mention(text, m, said, places)
        if mention is None:
            continue
        person = next((p for p in people if _same_person(p, mention)), None)
        if person is None:
            person = _Person(mention, mention.prefix, mention.region)
            people.append(person)
        person.prefix = person.prefix or mention.prefix
        person.region = person.region or mention.region
        person.honorifics.update(dict.fromkeys(mention.honorifics))
        person.positions.append(mention.pos)
        if mention.name:
            person.names.setdefault(mention.name, mention.raw)
    for name, pos in said_names:
        owners = [p for p in people if any(_contains(n, name) for n in p.names)]
        before = [p for p in owners if p.first.pos <= pos]
        if owners:
            owner = before[-1] if before else owners[0]
            owner.said[name] = None
            owner.positions.append(pos)
    return [Official(title=f"{p.prefix} {p.first.base}".strip(), name=_fullest(p),
                     honorifics=tuple(p.honorifics), raw=p.names.get(_fullest(p), p.first.raw),
                     region=p.region, aliases=tuple(dict.fromkeys(
                         n for n in (*p.names, *p.said) if n.lower() != _fullest(p).lower())),
                     positions=tuple(sorted(set(p.positions))))
            for p in people]
