"""The dateline of a news text, in any of the shapes outlets write it, resolved to a place.

A dateline opens a paragraph near the top: the city, the outlet or agency, sometimes a date, then
a dash or colon ("PADANG (ANTARA) -", "Padang, InfoPublik -", "Kendari, 12/9 (ANTARA) -",
"PADANG, LANGGAM.ID -", "TRIBUNKALTARA.COM, TANJUNG SELOR-", "JAKARTA :", "Mataram (NTBSatu) -",
"Kota Sukamaju (warta.com) Ketua ...", "KabarNews, Padang" on a line of its own).
Stored pages often put a title, a byline or a photo caption before it, so the first lines are
scanned, not only the first.

Each part of the head (split at commas, brackets and bars) must be a whole region name ("Kota
Padang", a capital such as "Tanjung Selor", "Pd. Panjang") or a province ("Jakarta",
"Sumbar"); the other parts (the outlet, a date) are only allowed to be short. A region beats a
province, which then only hints the region's province ("Padang, Sumbar -"). A head naming
neither may name a kecamatan ("KOTO TANGAH -"): its regency, when the name is one district's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from transforms.places.regions import (
    Region,
    district_region,
    province_name,
    resolve_region,
)

__all__ = ["Dateline", "dateline_of", "find_dateline", "read_dateline", "resolve_dateline"]

_LINES_SCANNED = 12
_MENU_BARS = 3
_HEAD_MAX_CHARS = 70
_PART_MAX_WORDS = 5
_PARTS_MAX = 4
# Where a dateline's head ends: a dash or colon (a hyphen only before a space, a capital or a
# digit: "Bau-Bau" keeps its hyphen when the next candidate resolves), a bar ("PADANG | ...",
# "JABARNEWS │ BANDUNG"), the close of a bracketed outlet followed by the first word of the
# story, or a full stop after a word in capitals ("KONTAN.CO.ID - SEMARANG. Ketua ...") or an
# outlet's camel-case name
# ("Bengkayang, WartaborneoTV. Ketua ...": _head_dot); a dash mis-decoded by a stored copy
# (UTF-8 read as Greek or Latin-1: "β€”", "â€”") is a dash.
_HEAD_END = re.compile(
    r"[^\S\n]*(?:[–—:|│]|-(?=[^\S\n]|[A-Z0-9]|$)|(?<=\))(?=[^\S\n]+[A-Z])|(?:β|â)€[”“]"
    r"|(?<=[A-Za-z)])\.(?=[^\S\n]+[A-Z]))")
_LAST_WORD = re.compile(r"\S+$")
# Parts of a head (a dash, or a hyphen between spaces, may stand between the outlet and the
# city: "KABARSUMBAR.COM — AGAM, —", "Kabarsumbar.id - Agam -"); a date's slashes ("Senin
# (7/10/2024)") do not split it, a dot right before a capital does after a word
# ("Padang.Minangsatu", "TRIBUNPADANG.COM"), not after an abbreviation ("Pd.Panjang", "Kab.Agam"),
# and so does a dot after a space ("PADANG .Kabar Kita . Com -").
_PARTS = re.compile(r"[,()|│\[\]–—]|[^\S\n]-+[^\S\n]|(?<!\d)/|/(?!\d)|(?<=\w{4})\.(?=[A-Z])"
                    r"|[^\S\n]\.[^\S\n]*(?=[A-Z])"
                    # a lower-case L standing for a bar ("SURABAYA l warta news –")
                    r"|(?<=[A-Z]{3})[^\S\n]+l[^\S\n]+")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Dateline:
    raw: str  # the head as written, e.g. "Kendari, 12/9 (ANTARA)"
    start: int  # where it starts in the text
    end: int
    region: Region | None
    province: tuple[str, str] | None  # (code, official name), the region's when there is one
    # Every region the head may mean, best first: "Solok" is the kota or the kabupaten,
    # "METRO, Airmadidi" names an outlet that is also a city. The body decides (resolve.py).
    candidates: tuple[Region, ...] = ()


def read_dateline(head: str, province_hint: str | None = None) -> Dateline | None:
    """One head read as a dateline ("Padang, Sumbar (ANTARA)"); None when no part names a
    region or province, or the head looks like a sentence."""
    if not head or len(head) > _HEAD_MAX_CHARS:
        return None
    outlet = _WEB_ADDRESS.match(head)  # "dailykota.com PALU", "WARTA.COM-KENDARI"
    rest = head[outlet.end():] if outlet else head
    parts = [*(_glued_city(outlet.group()) if outlet else []),
             *(p.strip(" .'\"“”-–—") for p in _PARTS.split(rest))]
    # the publisher a body's own site names after the city ("Padang, Badan Pengawas Pemilihan
    # Umum Kabupaten Agam -"): the outlet, whose region is not where it was filed from
    parts = [p for p in parts if not (p and _BODY_OUTLET.match(p))] if len(parts) > 1 else parts
    parts = [_city_first(q) for p in parts if p for q in _city_and_province(p)]
    if not parts or len(parts) > _PARTS_MAX or any(
            len(p.split()) > _PART_MAX_WORDS or _TITLE_OPENING.match(p) for p in parts):
        return None
    provinces = [found for p in parts  # a name or abbreviation, not a code ("13")
                 if not any(c.isdigit() for c in p) and (found := province_name(p)) is not None]
    hint = provinces[0][0] if provinces else province_hint
    candidates: list[Region] = []
    for part in parts:
        if province_name(part) is not None and not _is_city_too(part):
            continue  # "Jakarta", "Sumbar": a province, not a city
        region = resolve_region(part, hint)
        if region is None:
            continue
        candidates.append(region)
        if region.kind == "kota":  # "Solok": the kabupaten of the same name, second
            other = resolve_region(f"Kabupaten {part}", hint)
            if other is not None and other.regency_code != region.regency_code:
                candidates.append(other)
    if not candidates and not provinces:  # "KOTO TANGAH -": a kecamatan, in its regency
        candidates = [r for part in parts if part[:1].isupper() and not any(
            c.isdigit() for c in part) and (r := district_region(part, hint)) is not None][:1]
    if candidates:
        region = candidates[0]
        return Dateline(head, 0, len(head), region, (region.province_code, region.province),
                        tuple(candidates))
    if provinces:
        return Dateline(head, 0, len(head), None, provinces[0])
    return None


# An outlet's web address opening a head ("dailykota.com PALU", "kabarreskrim.net",
# "WARTA.COM-KENDARI"): a part of its own (its dots split nothing), whatever follows it is the
# city.
_WEB_ADDRESS = re.compile(
    r"[\w-]+?(?:\.[\w-]+?)*\.(?i:com|id|net|org|co|info|news|tv)(?=\.?[\s–—-]|$)")


# An official's title opening a part: the head is a sentence's subject with the short forms
# in brackets ("Ketua Badan Pengawas Pemilu (Bawaslu) Maluku Utara (Malut) Nama, ..."), no
# dateline.
_TITLE_OPENING = re.compile(
    r"(?:Ketua|Kepala|Anggota|Koordinator|Komisioner|Bupati|Wakil|Gubernur|Wali[^\S\n]*[Kk]ota"
    r"|Sekda|Sekretaris|Camat|Lurah|Direktur|Asisten|Kapolres|Kapolda|Dandim|Pj|Pjs|Plt)"
    r"(?![\w.-])", re.IGNORECASE)


# A government or election body's name as the outlet of its own site.
_BODY_OUTLET = re.compile(
    r"(?:Badan|Bawaslu|KPU|Komisi|Humas|Pemerintah|Pemkab|Pemkot|Pemprov|Dinas|Diskominfo"
    r"|Sekretariat|Kantor|Panwaslih|Panwaslu)[^\S\n]", re.IGNORECASE)


def _glued_city(address: str) -> list[str]:
    """A city glued to the outlet's address by a hyphen ("DENPASAR-warta.com", "Sumenep-
    kabar.id"): two parts, when the words before the hyphen name a region or province ("Tribun-
    Timur.com" names neither: one part)."""
    pieces = address.split("-")
    for size in range(len(pieces) - 1, 0, -1):  # the longest name first ("Padang-Pariaman-")
        city = " ".join(pieces[:size])
        if city and (resolve_region(city) is not None or province_name(city) is not None):
            return [city, "-".join(pieces[size:])]
    return [address]


def _city_first(part: str) -> str:
    """A city written name first ("Bengkulu Kota", "BOGOR KOTA", as in "Polres Bogor Kota"),
    the way a city is told from the kabupaten or province of its name: "Kota <name>"."""
    name, _, kind = part.rpartition(" ")
    if name and kind.casefold() == "kota" and resolve_region(f"Kota {name}") is not None:
        return f"Kota {name}"
    return part


def _city_and_province(part: str) -> list[str]:
    """A city and its province written without a comma ("Mataram NTB", "Kupang NTT"): two
    parts when the words before the province name a region; any other part as it is (a
    section or a body closing with a province, "Berita Daerah Bawaslu Sumbar", is no dateline's
    head: read as one part, it names no place)."""
    words = part.split()
    named = province_name(words[-1]) if len(words) >= 2 else None
    if named is None or province_name(part) is not None or resolve_region(part) is not None \
            or resolve_region(" ".join(words[:-1]), named[0]) is None:
        return [part]
    return [" ".join(words[:-1]), words[-1]]


def _is_city_too(part: str) -> bool:
    """Province names that are also a city's ("Jambi", "Bengkulu", "Gorontalo"): the city."""
    region = resolve_region(part)
    return region is not None and region.kind == "kota"


def find_dateline(text: str, province_hint: str | None = None) -> Dateline | None:
    """The first dateline opening one of the first lines of text, with its offsets."""
    if not isinstance(text, str):
        return None
    for index, line in enumerate(_LINE.finditer(text)):
        if index >= _LINES_SCANNED:
            break
        body = line.group()
        if body.count("|") >= _MENU_BARS or _READ_ALSO.match(body):
            continue  # a site's menu of sections ("KOTA | DAERAH | POLITIK | ..."), a link
        lead = len(body) - len(body.lstrip())
        if _WIRE_CAPTION.match(body, lead):
            continue  # a stock photo's caption ("Jakarta-Indonesia, civil servants ...")
        ends = [end for end in _HEAD_END.finditer(
            body, lead, min(len(body), lead + _HEAD_MAX_CHARS + 2)) if _head_dot(body, end)]
        for index_end, end in enumerate(ends):
            head = body[lead: end.start()]
            found = read_dateline(head, province_hint)
            if found is not None and _joins_name(body, end) and index_end + 1 < len(ends):
                # "PARE-PARE, Warta -": a hyphen inside a name ("Pare" alone is a kecamatan)
                longer = read_dateline(body[lead: ends[index_end + 1].start()], province_hint)
                if longer is not None and longer.region is not None:
                    head, found = body[lead: ends[index_end + 1].start()], longer
            if found is not None:
                start = line.start() + lead
                return Dateline(head, start, start + len(head), found.region, found.province,
                                found.candidates)
        head = body.strip()
        if len(head) <= _HEAD_MAX_CHARS and (_WEB_ADDRESS.match(head) or _OUTLET_CITY.fullmatch(
                head)) and (
                found := read_dateline(head, province_hint)) is not None:
            # a line of its own, the outlet's address and the city ("Warta.net || Padang")
            start = line.start() + lead
            return Dateline(head, start, start + len(head), found.region, found.province,
                            found.candidates)
    return None


# A photo agency's caption: the city and the country before its text ("Jakarta-Indonesia, civil
# servants attend ...", "JAKARTA, INDONESIA - MARCH 5: ..."), no dateline of the story.
_WIRE_CAPTION = re.compile(r"[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?-(?i:indonesia),"
                           r"|[A-Z]+(?:[^\S\n]+[A-Z]+)?,[^\S\n]*INDONESIA[^\S\n]*[-\u2013][^\S\n]*"
                           r"[A-Z]+[^\S\n]+\d{1,2}[^\S\n]*:")


# A link to another article ("Baca juga: Pemprov X: ...", "BACA JUGA - ...", "Simak: ..."): no
# dateline, whatever place its headline opens with.
_READ_ALSO = re.compile(r"[^\S\n]*(?:baca|lihat|simak)(?:[^\S\n]+(?:juga|pula|lainnya|selengkapnya"
                        r"|berita))?[^\S\n]*[:\-\u2013\u2014|]", re.IGNORECASE)


# A line of its own, the outlet's one-word name and the city after a comma ("KabarNews, Padang"):
# a dateline whose dash the stored copy lost.
_OUTLET_CITY = re.compile(r"[A-Z][\w.]*,[^\S\n]*[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*){0,2}")


def _head_dot(body: str, end: re.Match[str]) -> bool:
    """A head end that is no full stop, or one after a word in capitals ("SEMARANG.") or an
    outlet's camel-case name ("WartaborneoTV.", "KabarBorneo."): a plain word's full stop
    ("Senin." "Budi.") ends a sentence, not a dateline."""
    if not end.group().endswith(".") or body[end.start() - 1:end.start()] == ")":
        return True  # (a full stop after a bracketed outlet: "DENPASAR (warta.com). Sekda ...")
    word = _LAST_WORD.search(body, 0, end.start())
    letters = word.group() if word else ""
    return letters[-3:].isupper() or (any(c.islower() for c in letters) and any(
        c.isupper() for c in letters[1:]))


def _joins_name(body: str, end: re.Match[str]) -> bool:
    """A head end that is a hyphen between two letters ("Pare-Pare", "Toli-Toli")."""
    return (end.group() == "-" and end.start() > 0 and end.end() < len(body)
            and body[end.start() - 1].isalpha() and body[end.end()].isalpha())


_DATELINE_SPLIT = re.compile(r"[,(/]|\s[-–—]\s|[–—]")


def resolve_dateline(dateline: str, province: str | None) -> Region | None:
    """The region of a dateline given apart from the text ("Padang, Sumbar", "Bukittinggi
    (ANTARA)"): the whole, else its first part with what follows as a province hint."""
    found = resolve_region(dateline, province)
    if found is not None:
        return found
    parts = _DATELINE_SPLIT.split(dateline, maxsplit=1)
    if len(parts) < 2:
        return None
    hint = province_name(parts[1].strip(" )"))
    return resolve_region(parts[0], hint[0] if hint else province)


def dateline_of(text: str, dateline: str | None, province: str | None,
              title: str | None) -> Dateline | None:
    """The dateline opening the text, else the one the article gives apart, else one opening
    the title (a page whose first paragraph was taken for its title); the last two without
    offsets in the text."""
    found = find_dateline(text, province)
    if found is not None:
        return found
    if not isinstance(dateline, str) or not dateline.strip():
        found = find_dateline(title, province) if isinstance(title, str) else None
        return replace(found, start=-1, end=-1) if found is not None else None
    read = read_dateline(dateline.strip(), province)
    if read is None or read.region is None:
        region = resolve_dateline(dateline, province)
        if region is not None:
            return Dateline(dateline, -1, -1, region, (region.province_code, region.province))
    return Dateline(dateline, -1, -1, read.region, read.province) if read else None
