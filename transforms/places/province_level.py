"""Province-level occasions: the province's bodies and offices named in a text, and the lead.

Split from transforms/places/resolve.py, which decides the place of an event. A province-level
occasion (held by the provincial government, the province's election body, or at the
governor's office) has a province but no regency unless a city is named as where it happened.
The lead paragraph (the first line of at least 100 characters, else the first line) is where
an article names who held its occasion; regencies named further on are often in passing.
"""

from __future__ import annotations

import re

from transforms.places.held import CASES, WHO_AT
from transforms.places.mentions import RegionMention, region_before, region_mentions, twin_region
from transforms.places.place import sentence_around
from transforms.places.regions import Region, province_name, resolve_region

__all__ = ["PROVINCE_BODY", "PROVINCE_CAPITALS", "PROVINCE_HOLDER", "PROVINCE_OFFICE", "in_lead",
           "PROVINCE_AT", "lead_line", "lead_national", "lead_province", "province_mention",
           "province_at", "province_named", "seat_of_lead",
           "shares_name", "text_province", "title_names", "title_speaker"]

# A province-level body: its offices, its head or its election body, with the province's name
# ("Pemprov Sulsel", "Pj Gubernur Sulawesi Selatan", "Bawaslu Provinsi Jawa Tengah").
# "Propinsi"/"Pemprop" are the older spellings, "Wagub" the vice-governor; the province's
# secretary ("Sekretaris Daerah Aceh", "Sekda Jambi") and Aceh's election bodies (KIP,
# Panwaslih) too.
_PROVINCE = r"(?:Provinsi|Propinsi|Prov\b\.?)"
PROVINCE_BODY = re.compile(
    rf"\b(?:Pemprov|Pemprop|Pemerintah\s+{_PROVINCE}|{_PROVINCE}|Gubernur|Wagub|Sekdaprov"
    r"|Setdaprov|Sekretaris\s+Daerah|Sekda|Wakil\s+Gubernur|Bawaslu|Panwaslih|KPU|KIP|BKD)\)?"
    rf"(?:[^\S\n]+{_PROVINCE})?[^\S\n]+(?P<name>[A-Z][\w]*(?:[^\S\n]+[A-Z][\w]*){{0,3}})")
# A province's institutions holding an occasion, or its governor's office (not the governor,
# who also attends the regencies' occasions): "Pemprov Sumbar", "Bawaslu Provinsi Jawa
# Tengah", "(Bawaslu) NTT", "Kantor Gubernur Sumbar".
PROVINCE_HOLDER = re.compile(
    rf"\b(?:Pemprov|Pemprop|Pemerintah\s+{_PROVINCE}|{_PROVINCE}|Sekdaprov|Setdaprov|Bawaslu"
    r"|KPU|BKD|(?:Kantor|Rumah\s+(?:Dinas|Jabatan)|Istana)\s+Gubernur)\)?"
    rf"(?:[^\S\n]+{_PROVINCE})?[^\S\n]+(?P<name>[A-Z][\w]*(?:[^\S\n]+[A-Z][\w]*){{0,3}})")

# A province named as where something is ("di Jatim", "di Provinsi Sulawesi Tengah"): with no
# regency, dateline or province body named, the province of a province-level occasion.
PROVINCE_AT = re.compile(
    rf"(?<!\w)di[^\S\n]+(?:{_PROVINCE}[^\S\n]+)?(?P<name>[A-Z][\w]*(?:[^\S\n]+[A-Z][\w]*){{0,3}})")


# A venue of the province's offices: the governor's office or residence, the provincial
# government's or secretariat's buildings ("Aula Kantor Gubernur", "Auditorium Gubernuran",
# "Gedung Pemprov", "Kantor Bawaslu Provinsi").
PROVINCE_OFFICE = re.compile(
    r"(?<!\w)(?:Gubernur|Gubernuran|Pemprov|Pemprop|Pemerintah\s+Pro[pv]insi|Pro[pv]insi|Prov\."
    r"|Setdaprov|Sekretariat\s+Daerah\s+Pro[pv]insi)(?!\w)", re.IGNORECASE)


def _named(match: re.Match[str]) -> tuple[int, int, tuple[str, str]] | None:
    """The province a body is named with; not a regency whose name runs on from the province's
    ("Bawaslu Gorontalo Utara", "KPU Bengkulu Selatan": the regency's body)."""
    words = match.group("name").split()
    for size in range(len(words), 0, -1):
        found = province_name(" ".join(words[:size]))
        if found is not None:
            if size < len(words) and resolve_region(" ".join(words[:size + 1])) is not None:
                return None
            start = match.start("name")
            return start, start + len(" ".join(words[:size])), found
    return None


_SENTENCE_STOP = re.compile(r"\n|[.!?](?=\s|$)")


def province_mention(text: str, spans: list[tuple[int, int]],
                      pattern: re.Pattern[str] = PROVINCE_BODY, holding: bool = False
                      ) -> tuple[int, int, tuple[str, str]] | None:
    """The first province named with a province-level body in spans; not one of a sentence
    naming other provinces too ("di Provinsi Papua, dua di Provinsi Papua Tengah"): a breakdown
    of cases by province says where they are, not which province held the occasion. With
    ``holding`` (the body holding the occasion), not one a case or letter is sent to."""
    for a, b in spans:
        skip_to = a
        for match in pattern.finditer(text, a, b):
            if match.start() < skip_to:
                continue
            found = _named(match)
            if found is None or holding and _sent_to(text, match.start()) or _elected(
                    text, match):
                continue
            stop = _SENTENCE_STOP.search(text, found[1])
            end = stop.start() if stop else len(text)
            if any(other[2] != found[2] for other in map(_named, pattern.finditer(
                    text, found[1], end)) if other is not None) or _nationwide(
                    text, found[0], end):
                skip_to = end
                continue
            return found
    return None


# Attendees from the whole country ("hadir ... se-Indonesia", "dihadiri wakil daerah dari
# seluruh Indonesia"): a national gathering, where one province's head is one attendee of many.
_NATIONWIDE = re.compile(r"(?<!\w)(?:se-?Indonesia|seluruh[^\S\n]+(?:\w+[^\S\n]+){0,2}"
                         r"(?:Indonesia|Nusantara|tanah[^\S\n]+air))(?!\w)", re.IGNORECASE)
_ATTENDING = ("hadir", "ikuti", "peserta")
_NATIONWIDE_LOOKBACK = 200
# A sentence's end before the body: not an abbreviation's stop ("Pj.", "Prof."), whose word
# starts with a capital.
_SENTENCE_START = re.compile(r"[a-z\d)\"\u201d]{2}[.!?]\s")


def _nationwide(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a province body named at ``start`` (ending at ``end``) tells of
    attendees from the whole country (``_NATIONWIDE``, with a word of attending)."""
    window = text[max(text.rfind("\n", 0, start) + 1, start - _NATIONWIDE_LOOKBACK):end]
    stops = [m.end() for m in _SENTENCE_START.finditer(window, 0, start - end + len(window))]
    sentence = window[stops[-1]:] if stops else window
    return "ndonesia" in sentence and any(word in sentence for word in _ATTENDING) and \
        _NATIONWIDE.search(sentence) is not None


# The office an election fills, named in the election's name or a candidate's title
# ("Pemilihan Gubernur dan Wakil Gubernur X", "Pilkada Gubernur Riau",
# "calon Wakil Gubernur Bali"): no governor, no body of the province.
_ELECTION_OF = re.compile(r"(?:\b(?:Pemilihan|Pilkada|Pilgub|Pemilu|[Cc]alon|[Pp]asangan|[Pp]aslon"
                          r"|[Kk]andidat)|Gubernur[^\S\n]+dan)[^\S\n]+$")
_ELECTION_LOOKBACK = 40


# The province an election is held in ("Pilkada Serentak 2024 di Provinsi X, termasuk ..."):
# where the election is, not a body of the province holding the occasion.
_ELECTION_IN = re.compile(r"\b(?:Pilkada|Pemilukada|Pemilu|Pemilihan|Pilgub)\b[^.,;\n]{0,40}?"
                          r"(?<!\w)di[^\S\n]+$")


def _elected(text: str, match: re.Match[str]) -> bool:
    """A governor's title inside an election's name (``_ELECTION_OF``), or the province an
    election is held in (``_ELECTION_IN``)."""
    head = match.group()
    lookback = text[max(0, match.start() - 2 * _ELECTION_LOOKBACK):match.start()]
    return (head.startswith(("Gubernur", "Wakil", "Wagub")) and _ELECTION_OF.search(
        lookback[-_ELECTION_LOOKBACK:]) is not None
            or re.match(_PROVINCE, head) is not None and _ELECTION_IN.search(lookback) is not None
            and _regency_holds(text, match.end()))


# a regency's government named later in the sentence: the body the story is about
_REGENCY_BODY = re.compile(r"\b(?:Pemerintah[^\S\n]+(?:Kabupaten|Kota)|Pemkab|Pemkot|Pemko)\b")


_PROVINCE_HEAD = re.compile(r"\b(?:Gubernur|Wagub|Pemprov|Pemerintah[^\S\n]+Provinsi|Sekdaprov)\b")


def _regency_holds(text: str, at: int) -> bool:
    """The sentence goes on from ``at`` to a regency's government, no province body or
    governor before it ("..., Pemerintah Kabupaten Agam mengeluarkan surat edaran")."""
    stop = _SENTENCE_STOP.search(text, at)
    body = _REGENCY_BODY.search(text, at, stop.start() if stop else len(text))
    return body is not None and _PROVINCE_HEAD.search(text, at, body.start()) is None


# A body a case or letter is sent to, alone or in a list after "ke"/"kepada" ("diteruskan ke BKN
# dan ditembuskan ke Kanreg BKN serta Bawaslu Sulbar"): not the body holding the occasion.
_SENT_TO = re.compile(
    r"(?<!\w)(?:di|me[mn]?|ke)?(?:teruskan|tembuskan|kirim|lapor|limpah|adu|surati|rekomendasi)"
    r"\w*[^\S\n][^.;:!?\n]*?(?<!\w)(?:ke|kepada)[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+|(?:dan|serta)"
    r"[^\S\n]+|,[^\S\n]*)*$")
_SENT_TO_LOOKBACK = 160


def _sent_to(text: str, start: int) -> bool:
    """Whether the body named at ``start`` is one a case or letter is sent to (``_SENT_TO``)."""
    window = text[max(0, start - _SENT_TO_LOOKBACK):start]
    return " ke" in window and _SENT_TO.search(window) is not None


_LEAD_MIN_CHARS = 100  # a paragraph, not a byline, caption or repeated title


def lead_line(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The lead paragraph in the first span: its first line of at least _LEAD_MIN_CHARS,
    else its first line."""
    a, b = spans[0]
    lines = list(re.finditer(r"[^\n]+", text[a:b]))
    lead = next((m for m in lines if len(m.group().strip()) >= _LEAD_MIN_CHARS),
                lines[0] if lines else None)
    return (a + lead.start(), a + lead.end()) if lead is not None else None


def in_lead(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    lead = lead_line(text, spans)
    return lead is not None and lead[0] <= pos < lead[1]


def lead_province(text: str, spans: list[tuple[int, int]], before: int,
                  governor: bool = False) -> tuple[int, int, tuple[str, str]] | None:
    """A province body leading the article ("Pemprov Sumbar menggelar ...") before any
    regency is named: the occasion is the province's, the regencies come later in passing.
    With ``governor``, the governor (or his deputy, the provincial secretary) counts too."""
    lead = lead_line(text, spans)
    if lead is None or min(lead[1], before) <= lead[0]:
        return None
    return province_mention(text, [(lead[0], min(lead[1], before))],
                            PROVINCE_BODY if governor else PROVINCE_HOLDER, holding=True)


# A national body or office-holder speaking or holding the occasion from the capital ("Komisi
# Aparatur Sipil Negara (KASN) mengingatkan ...", "Bawaslu RI", "Kemendagri", "Mendagri",
# "Menteri PANRB", "Ombudsman RI", "DKPP", the President); not a regional office of one
# ("Kantor Regional XII BKN", "Ombudsman RI Perwakilan Sumbar").
_NATIONAL = re.compile(
    r"(?<!Regional\s)(?<!Kanreg\s)\b(?:KASN|Komisi\s+(?:Aparatur\s+Sipil\s+Negara|ASN)|Badan\s+"
    r"Kepegawaian\s+Negara|BKN(?!\s+(?:Regional|Kanreg|[A-Z][a-z]))|(?:Bawaslu|KPU|DKPP)\s+RI"
    r"|Kemendagri|Kementerian\s+Dalam\s+Negeri|(?i:kemen-?pan(?:[-\s]?rb)?)|Kementerian\s+PAN-?RB"
    r"|Mendagri|Menteri\s+Dalam\s+Negeri|(?i:men-?pan(?:[-\s]?rb)?)|Menteri\s+PAN[-\s]?RB"
    r"|(?:Kementerian|Menteri)\s+Pendayagunaan\s+Aparatur\s+Negara|Menko\s*polhukam"
    r"|Ombudsman\s+(?:RI|Republik\s+Indonesia)|DKPP|Dewan\s+Kehormatan\s+Penyelenggara"
    r"|(?<![Cc]alon\s)(?:Wakil\s+)?Presiden\s+(?!Direktur|Komisaris)(?:RI\b|Republik|[A-Z][a-z]+)"
    r"|Wapres)\b")
CAPITAL_PROVINCE = ("31", "DKI Jakarta")
# "diteruskan ke KASN", "dilaporkan kepada Mendagri": the body a case is sent to, not the one
# holding the occasion.
_RECIPIENT = re.compile(r"(?<!\w)(?:ke|kepada|pada)[^\S\n]+(?:\(\w+\)[^\S\n]+)?$", re.IGNORECASE)
# "sesuai Keputusan Bersama Menteri ..., Kepala BKN, ...": one of a document's issuers, named in
# its title, not the body holding the occasion
_ISSUER = re.compile(r"\b(?:Keputusan|Peraturan|Surat[^\S\n]+Edaran|SKB|Instruksi)"
                     r"(?:\s+Bersama)?\s[^.;:]*$")
_ISSUER_LOOKBACK = 160
_REGIONAL_OFFICE = re.compile(r"\)?\s*(?:\(\w+\)\s*)?(?:Kantor\s+Regional|Kanreg|Regional|Provinsi"
                              r"|Kabupaten|Kota|Perwakilan|Kanwil)\b")


def lead_national(text: str, spans: list[tuple[int, int]], before: int
                  ) -> tuple[int, int, tuple[str, str]] | None:
    """A national body leading the article before any regency is named: an occasion of the
    capital's (no regency, DKI Jakarta); the regencies named are where its cases come from."""
    lead = lead_line(text, spans)
    if lead is None or min(lead[1], before) <= lead[0]:
        return None
    passed = -1  # where the last body passed over ends: its short form in brackets is it too
    for found in _NATIONAL.finditer(text, lead[0], lead[1]):  # what follows it tells too
        if found.start() >= before:
            break
        if passed >= 0 and text[passed:found.start()].strip() == "(":
            passed = found.end()  # "ke Kementerian Dalam Negeri (Kemendagri)"
        elif not _REGIONAL_OFFICE.match(text, found.end()) and not _RECIPIENT.search(
                text, max(0, found.start() - 12), found.start()) and not _ISSUER.search(
                text, max(0, found.start() - _ISSUER_LOOKBACK), found.start()):
            return found.start(), found.end(), CAPITAL_PROVINCE
        else:
            passed = found.end()
    return None


# A national body's office as the venue ("di Kantor KASN", "di Gedung Kemendagri"): the occasion
# was in the capital, whichever regency's body went there.
_OFFICE_OF = re.compile(r"(?:Kantor|Gedung|Aula|Ruang\w*)[^\S\n]+(?:[\w.]+[^\S\n]+){0,3}?")


def national_office(text: str, spans: list[tuple[int, int]], venues: list[tuple[str, int, int]]
                    ) -> tuple[int, int, tuple[str, str]] | None:
    """The first venue (name, start, end) in the lead that is a national body's office."""
    lead = lead_line(text, spans)
    for name, start, end in venues if lead is not None else ():
        office = _OFFICE_OF.match(name) if lead[0] <= start < lead[1] else None
        body = _NATIONAL.match(name, office.end()) if office else None
        if body is not None and not _REGIONAL_OFFICE.match(name, body.end()):
            return start, end, CAPITAL_PROVINCE
    return None


def title_names(title: str | None, region: Region, province: str | None) -> bool:
    """Whether the title names the region with a kind, title or body ("Bawaslu Kabupaten X"):
    then it is the story's subject, not named in passing (a stored page's first paragraph
    taken for its title, opening with the dateline, is the lead itself)."""
    return isinstance(title, str) and any(
        m.prefixed and m.region == region for m in region_mentions(title, province))


_SPEAKER = re.compile(r"[^\S\n]*(?P<who>[^:\n]{2,60}?)[^\S\n]*:")


def title_speaker(title: str | None) -> tuple[str, tuple[str, str]] | None:
    """A headline naming its speaker, a province or national body ("Bawaslu Jateng: Lima ASN
    ... Tidak Netral", "KASN: ..."): the speaker as written and its province (the capital's
    for a national body)."""
    found = _SPEAKER.match(title) if isinstance(title, str) else None
    if found is None:
        return None
    who = found["who"]
    named = province_mention(who, [(0, len(who))], PROVINCE_HOLDER)
    if named is not None and not any(m.prefixed for m in region_mentions(who, None)):
        return who, named[2]
    national = _NATIONAL.match(who)
    return (who, CAPITAL_PROVINCE) if national and national.end() == len(who) else None


def shares_name(region: Region) -> bool:
    """A capital named like its province ("Kota Jambi", "Kota Bengkulu", "Kota Gorontalo"): a
    dateline of that name may mean either, so a province-level venue decides for the province."""
    short = region.regency.split(" ", 1)[-1]
    found = province_name(short) if region.kind == "kota" else None
    return found is not None and found[0] == region.province_code


def text_province(text: str, mentions: list[RegionMention]) -> str | None:
    """The province a text's regions or province bodies name, to tell kecamatan of one name
    apart; None when none is named."""
    if mentions:
        return mentions[0].region.province_code
    named = province_mention(text, [(0, len(text))])
    return named[2][0] if named is not None else None


# The seat of each province's government (a city where it is one; Tanjung Selor, Mamuju,
# Sofifi, Manokwari and the new Papua provinces' seats lie in a regency).
PROVINCE_CAPITALS = (
    "Kota Banda Aceh", "Kota Medan", "Kota Padang", "Kota Pekanbaru", "Kota Jambi",
    "Kota Palembang", "Kota Bengkulu", "Kota Bandar Lampung", "Kota Pangkalpinang",
    "Kota Tanjungpinang", "Kota Bandung", "Kota Semarang", "Kota Yogyakarta", "Kota Surabaya",
    "Kota Serang", "Kota Denpasar", "Kota Mataram", "Kota Kupang", "Kota Pontianak",
    "Kota Palangka Raya", "Kota Banjarbaru", "Kota Samarinda", "Kabupaten Bulungan",
    "Kota Manado", "Kota Palu", "Kota Makassar", "Kota Kendari", "Kota Gorontalo",
    "Kabupaten Mamuju", "Kota Ambon", "Kota Tidore Kepulauan", "Kota Jayapura",
    "Kabupaten Manokwari", "Kabupaten Merauke", "Kabupaten Nabire", "Kabupaten Jayawijaya",
    "Kota Sorong",
)
_SEATS: dict[str, Region] = {}


def _seat(province: str) -> Region | None:
    """The region of a province's seat of government (``PROVINCE_CAPITALS``)."""
    if not _SEATS:
        for name in PROVINCE_CAPITALS:
            region = resolve_region(name)
            if region is not None:
                _SEATS.setdefault(region.province_code, region)
    return _SEATS.get(province)


# (its government's short form too, bracketed after the long: "Pemerintah Kabupaten (Pemkab) X")
_KIND = re.compile(r"(?:Kabupaten|Kab\.?|Kota|Pemkab|Pemkot|Pemko)\)?[^\S\n]", re.IGNORECASE)


def seat_of_lead(text: str, candidates: tuple[Region, ...] | list[Region]) -> Region | None:
    """A name a city and a regency share ("Semarang", "Serang", "Kupang") in an article a
    province body or the governor leads: the province's seat when it is one of them (the
    body speaks or meets where it sits; the regency of that name is where its cases are).
    Not when the lead names one of them with its kind before the province."""
    spans = [(0, len(text))]
    line = lead_line(text, spans)
    kinded = next((m.start for m in region_mentions(text, None, *line) if m.region in candidates
                   and _KIND.match(text, m.start)), len(text)) if line else len(text)
    lead = lead_province(text, spans, kinded, governor=True)  # not "Bawaslu Kabupaten Kupang,
    if lead is None:  # Provinsi NTT": the province there says where the regency lies
        return None
    seat = _seat(lead[2][0])
    return seat if seat is not None and seat in candidates else None


def shared_name_region(text: str, mention: RegionMention, province: str | None) -> Region:
    """The region a bare name means where a city and a regency share it: the province's seat
    in an article a province body leads, else ``twin_region``'s choice."""
    region = twin_region(text, mention, province)
    name = region.name
    if mention.prefixed or " ".join(text[mention.start:mention.end].split()).lower() != \
            name.lower():  # a capital's own name ("Sentani") is its regency's only
        return region
    kind = "Kabupaten" if region.kind == "kota" else "Kota"
    other = resolve_region(f"{kind} {name}", region.province_code)
    if other is None or other == region or region_before(text, mention, province) == region:
        return region  # "Aimas Sorong": the regency its capital names
    return seat_of_lead(text, (region, other)) or region


def province_named(text: str) -> tuple[int, int, tuple[str, str]] | None:
    """A province a short text (a title) names with its body, else after "di" ("Bawaslu
    Sumbar Ingatkan ASN", "Sanksi ASN di Jatim"): the province of a story whose body names
    no place (a page 2, a stored copy without its lead)."""
    spans = [(0, len(text))]
    return province_mention(text, spans) or province_at(text, spans)


def province_at(text: str, spans: list[tuple[int, int]]) -> tuple[int, int, tuple[str, str]] | None:
    """The first province named after "di" in spans, not where people or cases are ("kasus
    terbanyak ditemukan di Sultra", "ASN di Jatim", "paling sedikit di Bali dengan 1 kasus": a
    tally's place, not the occasion's)."""
    for a, b in spans:
        while (found := province_mention(text, [(a, b)], PROVINCE_AT)) is not None:
            if not WHO_AT.search(text, max(0, found[0] - 40), found[0]) and not CASES.search(
                    sentence_around(text, found[0], found[1])):
                return found
            a = found[1]
    return None
