"""The office phrase after an office head: which tokens name the unit ("Ketua Bawaslu",
"Kepala Bidang Mutasi BKPSDM", "Asisten III", "Kalapas Kelas IIB") and the canonical title
they make ("Kepala Badan Kepegawaian Daerah" -> "Kepala BKD").

Split from transforms/events/officials/parse.py, whose chunker asks these questions token by
token.
"""

from __future__ import annotations

import re

from transforms.events.officials.bodies_lexicon import ORG_WORDS
from transforms.events.officials.name_words import is_cap, is_honorific
from transforms.events.officials.office_words import NAME_TOO, is_office_word
from transforms.events.officials.regions import is_region
from transforms.events.officials.titles import HEADS
from transforms.events.officials.tokens import Tokens, aside_end
from transforms.events.officials.words import is_roman
from transforms.events.organisations import organisation_mentions

__all__ = ["PRISON_CLASS", "body_before", "division_name", "joins", "name_after_body",
           "office_title", "principal", "spelled_out", "unit_before_region", "unit_number",
           "unit_word"]

_CONNECTORS = {"dan", "serta", ",", "&", "/"}
_ADDRESS_PARTS = frozenset({"Desa", "Kelurahan", "Kecamatan", "Nagari", "Dusun", "Kampung",
                            "Jorong", "Gampong", "Distrik"})
_NUMBERED = {"regional", "wilayah", "kanreg", "komisi", "bidang", "sub", "subdit", "seksi"}
PRISON_CLASS = re.compile(r"[IV]{1,3}[AB]?$")  # "Kelas IIB"


# A division of a body: after it "di" names the body it sits in as "pada" does.
_DIVISIONS = frozenset({"Bidang", "Bagian", "Seksi", "Subbagian", "Subbidang", "Sub", "Divisi"})
# The bodies a unit sits in, after "pada": "Kepala Bidang Mutasi pada BKPSDM Agam".
_BODIES = frozenset({"dinas", "badan", "biro", "bagian", "sekretariat", "kantor", "kementerian",
                     "kementrian", "direktorat", "kedeputian", "inspektorat", "satuan", "lembaga",
                     "komisi", "pemerintah", "pengadilan", "kejaksaan", "setda", "setdaprov"})


def joins(toks: Tokens, k: int) -> bool:
    """A connector inside an office phrase: "Pelanggaran, Data, dan Informasi", or "pada"
    before the body the unit belongs to ("Kepala Seksi Mutasi pada Badan Kepegawaian ..."), and
    "di" so after a division ("Kepala Bidang Mutasi di Badan Kepegawaian ...")."""
    if toks.word(k) == "sementara":  # "Ketua DPRD sementara Kabupaten X": the interim chair
        return toks.word(k - 1) in ("DPRD", "DPRK", "DPRA", "DPR")
    if toks.word(k) == "di" and not any(toks.word(j) in _DIVISIONS for j in range(k)):
        return False  # "Kepala BKD di Dinas X": a place; "Kepala Bidang X di Badan Y": its body
    if toks.word(k) in ("pada", "di"):
        body = toks.word(k + 1).rstrip(".")
        return body[:1].isupper() and (body.lower() in ORG_WORDS or body.lower() in _BODIES or (
            len(body) >= 3 and body.isupper() and body.isalpha()))
    if _non_staff(toks, k):  # "Satgas Netralitas ASN/Non ASN": both kinds of staff
        return toks.word(k - 1) in ("/", "dan", "serta") and toks.word(k - 2) in _STAFF
    if toks.word(k) in ("/", "dan", "serta") and _non_staff(toks, k + 1):
        return toks.word(k - 1) in _STAFF
    j = k
    while toks.word(j).lower() in _CONNECTORS and j - k < 2:  # "Kepegawaian Dan Diklat"
        j += 1
    if j > k and toks.word(k - 1).islower() and toks.word(j).islower():
        return is_office_word(toks.word(j)) and is_office_word(toks.word(k - 1)) and (
            is_office_word(toks.word(j + 1)))  # "divisi penanganan pelanggaran dan
        #                                          penyelesaian sengketa Bawaslu": in lower case
    if (j > k and toks.word(j).islower() and toks.word(k - 1)[:1].isupper()
            and is_office_word(toks.word(j)) and is_office_word(toks.word(k - 1))):
        following = toks.word(j + 1)  # "Divisi Pengawasan dan sosialisasi Bawaslu X": mixed case
        return is_office_word(following) or (following[:1].isupper()
                                             and following.lower() in ORG_WORDS) or (
            following == "(" and _OWN_ACRONYM.fullmatch(toks.word(j + 2)) is not None
            and toks.word(j + 2) not in _STAFF)  # "... informasi (Diskominfo)": its short name
    return (j > k and toks.word(j)[:1].isupper() and toks.word(j) not in _STAFF
            and toks.word(j) != "Pimpinan"  # "..., Pimpinan Perusahaan": other bodies' heads
            and not (toks.word(k) == "," and (_HEAD.fullmatch(toks.word(j))  # "Kepala BKN,
            #  Sekretaris Daerah Nama": a comma before a head opens the next person's title;
                                              # "SMP 1, Desa X, Kecamatan Y": an address
                                              or toks.word(j) in _ADDRESS_PARTS))
            and (is_office_word(toks.word(j)) or unit_word(toks, j)))


def spelled_out(toks: Tokens, k: int) -> int:
    """How many lower-case office words from k lead up to the body's acronym in parentheses:
    a body's name spelled out in lower case ("Ketua panitia pengawas pemilihan umum (Panwaslu)
    Lebak"); 0 when they do not."""
    j = k
    while j - k < 8 and (is_office_word(toks.word(j)) and toks.word(j).islower()
                         or j > k and toks.word(j) in ("dan", "serta")):
        j += 1
    acronym = toks.word(j + 1).rstrip(".")
    return j - k if (j - k >= 2 and toks.word(j) == "(" and toks.word(j + 2) == ")"
                     and acronym[:1].isupper()
                     and (acronym.lower() in ORG_WORDS or acronym.isupper())) else 0


# The civil servants themselves, joined to no office: "Ketua Bawaslu dan ASN Papua".
_STAFF = frozenset({"ASN", "PNS", "CPNS", "PPPK", "P3K", "THL", "PTT"})
# An agency's own short name in brackets after its spelled-out name: a dinas, badan or bagian
# by its first letters ("Diskominfo", "Disdukcapil", "BKPSDM", "DPMD"), not a staff word or
# another body ("ASN", "KPU")
_OWN_ACRONYM = re.compile(r"Dis[a-z]{3,}|Din[a-z]{3,}|(?:B|D|Bag)[A-Z]{2,}[A-Za-z]*")


def _non_staff(toks: Tokens, k: int) -> bool:
    """At k, "Non" and a staff word ("Non ASN")."""
    return toks.word(k) in ("Non", "non") and toks.word(k + 1) in _STAFF


def unit_number(toks: Tokens, k: int, head: str = "") -> bool:
    """A roman numeral numbering the unit ("Asisten III", "Kanreg (Kakanreg) XIII"), not the
    "I" of a Balinese name ("Ketua KPU I Made Sudarsa"); an assistant's "I" is always a number
    ("Asisten I Rahmat")."""
    token, before = toks.word(k), toks.word(k - 1).lower() if k else ""
    if before == "komisi" and token in ("A", "B", "C", "D", "E"):
        return True  # "Ketua Komisi A DPRD ..."
    if before == "kelas" and PRISON_CLASS.match(token):
        return True  # "Kalapas Kelas IIB ..."
    return (is_roman(token) and (k == 0 or before in _NUMBERED or before == ")"
                                 or is_office_word(toks.word(k - 1)))
            and not (token == "I" and not (k == 0 and head == "Asisten")
                     and is_cap(toks.word(k + 1))
                     and not is_office_word(toks.word(k + 1))))


def name_after_body(office: list[str], token: str) -> bool:
    """An office word that is also a given name, right after an institution: the name's
    start ("Kepala BRIN Laksana Tri Handoko"), not the office's ("Tata Laksana")."""
    return bool(office) and token.lower() in NAME_TOO and (
        office[-1].isupper() or office[-1].lower() in ORG_WORDS)


# Heads whose office is named by its field right after them, in lower case as often as not
# ("Direktur pengawasan BKN", "Deputi pengawasan KASN", "Asisten pemerintahan Setda", "Divisi
# hukum Bawaslu": a division for its coordinator).
_FIELD_HEADS = frozenset({"direktur", "deputi", "asisten", "divisi", "devisi"})
# Words after which a division's name follows: "Kordiv hukum dan penyelesaian sengketa, Nama".
_DIVISION = frozenset({"divisi", "Divisi", "bidang", "Bidang", "kordiv", "kodiv", "koordiv",
                       "kordip"})


# A body written in lower case that the region after it closes ("Asisten bidang pemerintahan
# setda Jambi, Nama"): the secretariat or an office, not the start of a name.
_LOWER_BODIES = frozenset({"setda", "setdakab", "setdako", "setdaprov", "setwan", "pemkab",
                           "pemkot", "pemko", "pemprov", "bkd", "bkpsdm", "kesbangpol"})


def lower_office(toks: Tokens, k: int, office: list[str], written: str) -> bool:
    """A lower-case office word inside a title that goes on after it ("Data informasi
    Bawaslu", "pelanggaran dan penyelesaian sengketa (P3S) ..."), or that closes a division's
    name before its holder's ("Koordinator divisi penanganan pelanggaran, Nama"; "Kordiv"
    names the division itself). ``written``: the head as written, in lower case."""
    token, following = toks.word(k), toks.word(k + 1)
    if not ((office or written[-3:] in ("div", "dip") or written in _FIELD_HEADS)
            and token.islower() and is_office_word(token)):
        return False
    return (is_office_word(toks.word(k + (following in ("dan", "serta")) + 1))
            or following == "(" and bool(aside_end(toks, k + 1))
            or token in _LOWER_BODIES and following[:1].isupper() and is_region(following, True)
            or following == "," and bool(_DIVISION.intersection([written, *office]))
            and (is_cap(toks.word(k + 2)) or toks.word(k + 2).startswith("me")))
    #          ("Nama, anggota Bawaslu Agam divisi hukum, mengatakan": the name before it)


# Kinds of village a government division is named after ("Bidang Pemerintahan Desa dan
# Kelurahan"): no office words in the lexicon, and read as places elsewhere.
_UNIT_PLACES = frozenset({"Desa", "Kelurahan", "Nagari", "Gampong", "Mukim", "Jorong", "Kampung",
                          "Pekon", "Dusun", "Lembang"})
_AND = frozenset({"dan", "serta", "&"})
_RUN = 6  # tokens: a division's conjoined name is short
_DIVIDED = _DIVISION | {"kabid", "kadiv", "kasubbid", "kasubid"}  # heads naming a division
_HEAD = re.compile("|".join(f"(?:{p})" for _, p, _ in HEADS), re.IGNORECASE)  # "Kasi", "Kabid"


def division_name(toks: Tokens, k: int, office: list[str]) -> int:  # office: head first
    """How many tokens from k go on naming a division with two fields joined by "dan", up to a
    comma and its holder's name ("Kepala Bidang Monitoring dan Evaluasi, Nama", "Bidang
    Pemerintahan Desa dan Kelurahan, Nama"), where a field word outside the lexicon or a kind
    of village would end the title and be read as the name or a place. 0 unless a division
    word is in the office already, the run joins capitalised words with "dan" or "serta", one
    of them is an office word or a kind of village, and a comma and a capital close it (after
    the body's own short form, if written: "... dan Evaluasi KASN, Nama"). The word after
    "dan" must be a field word and no word a title's head; a body or region ends the run
    ("Divisi Teknis dan Humas KPU Agam, Nama" is read as before)."""
    if not _DIVIDED.intersection(office):
        return 0
    j, joined, known = k, False, False
    while j - k < _RUN:
        word = toks.word(j)
        if word in _AND and j > k and toks.word(j - 1)[:1].isupper():
            joined = True
        elif word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and not (
                is_honorific(word) or word.lower() in ORG_WORDS or is_region(word)):
            field = word in _UNIT_PLACES or is_office_word(word)
            if _HEAD.fullmatch(word) or toks.word(j - 1) in _AND and not field:
                return 0  # "Kabid Mutasi Rudi dan Kabid Umum, Ani": two holders, not fields
            known = known or field
        else:
            break
        j += 1
    if not (joined and known) or toks.word(j - 1) in _AND:
        return 0
    after = j + (toks.word(j).isupper() and is_office_word(toks.word(j)))
    following = toks.word(after + 1)
    closed = toks.word(after) == "," and (is_cap(following) or is_honorific(following))
    return j - k if closed else 0


def unit_word(toks: Tokens, k: int) -> bool:
    """A capitalised word outside the lexicon that an institution follows: part of the unit's
    name ("Kepala Bidang Mutasi BKPSDM Agam"), not a person's; or the "RB" (Reformasi
    Birokrasi) that closes the civil-service ministry's short name when written apart from it
    ("Kemenpan RB", "MenPAN RB"), not a name's initials."""
    token = toks.word(k)
    if token.rstrip(".,") == "RB" and k and toks.word(k - 1).lower().endswith("pan"):
        return True
    return is_cap(token) and toks.word(k + 1).rstrip(".").lower() in ORG_WORDS


_REGION_MARKERS = frozenset({"Kabupaten", "Kab.", "Kota", "Provinsi", "Prov."})


def unit_before_region(toks: Tokens, k: int) -> bool:
    """An office's word outside the lexicon, right after the head or an office word and before a
    marked region ("Kepala Bakesbangpoldagri Kabupaten Agam, Nama": a body's short form however
    spelt, "Kepala Dinas Pariwisita Kota X"); no name stands between a head and its region."""
    return (toks.word(k + 1) in _REGION_MARKERS and (k == 0 or is_office_word(toks.word(k - 1)))
            and is_cap(toks.word(k)) and is_cap(toks.word(k + 2))
            and not is_region(toks.word(k).rstrip(".")))


def office_title(head: str, office: list[str], abbr: str) -> str:
    """"Ketua" + "Badan Pengawas Pemilu" -> "Ketua Bawaslu", "Kepala" + "Badan Kepegawaian
    Pendidikan dan Pelatihan" + "(BKPP)" -> "Kepala BKPP"; other offices as written, a closing
    institution by its canonical name ("Kepala Biro Humas BKN")."""
    phrase = " ".join(office).replace(" ,", ",")
    if not phrase:
        return head  # "Jaksa Penuntut Umum (JPU), Nama": a title whose office may be left out
    orgs = organisation_mentions(phrase)
    if orgs and orgs[-1].end == len(phrase):
        return f"{head} {phrase[:orgs[-1].start]}{orgs[-1].name}"
    if abbr and (abbr.replace("-", "").isupper() or abbr.lower() in ORG_WORDS) and (
            abbr[0].lower() == phrase[0].lower() and " " in phrase):  # "(Panwaslu)" too
        return f"{head} {abbr}"
    return f"{head} {phrase}"


# Aides named after whom they serve: "Staf Ahli Bidang Pemerintahan Gubernur Jambi".
_AIDES = frozenset({"Staf Ahli", "Staf Khusus", "Tenaga Ahli", "Asisten"})
_PRINCIPALS = frozenset({"Bupati", "Gubernur", "Walikota", "Menteri", "Kapolri", "Kapolda",
                         "Presiden", "Wapres", "Mendagri", "Menpan", "MenPAN", "MenPANRB",
                         "MenPAN-RB", "Menpan-RB", "MenpanRB", "Menkumham", "Menkopolhukam",
                         "Mensesneg", "Menag", "Menkeu", "Pangdam"})


def principal(toks: Tokens, k: int, head: str) -> int:
    """How many tokens from k name the head an aide serves, after the aide's field ("Staf Ahli
    Bidang Hukum Bupati Agam"): part of the aide's office, no title of its own; 0 when none."""
    if head not in _AIDES or not k:
        return 0
    if toks.word(k) == "Wali" and toks.word(k + 1) == "Kota":
        return 2
    return int(toks.word(k) in _PRINCIPALS)


# A collegial body named earlier in the sentence: "Ketua Bawaslu Agam X beserta anggota, A dan B".
_BODY_BEFORE = re.compile(r"\b(?P<body>Bawaslu|KPUD?|KIP|Panwaslu|Panwaslih|Panwascam|PPK|PPS"
                          r"|DKPP|KASN|DPRD|DPR|Ombudsman)\b[^.!?;\n\"“”]*$")


# The head a secretary stands in for, named right before: "mewakili Kepala Dinas Sosial Kota
# Solok, Plt Sekretaris Nama" (the secretary of that body; the prefix is not in the lead).
_STANDS_IN = re.compile(r"\b[Mm]ewakili[ \t]+(?:Kepala|Ketua)[ \t]+(?P<office>(?:[A-Z][\w-]*[ \t]+)"
                        r"{0,3}?[A-Z][\w-]*)(?:[ \t]+(?:Kabupaten|Kota|Provinsi)(?:[ \t]+[A-Z]\w*)"
                        r"{1,2})?[ \t]*,[ \t]*$")


def body_before(head: str, lead: str) -> str:
    """The body a member is of when the title leaves it out ("Ketua KPU Agam X serta dua
    komisioner, A dan B": KPU), from the same sentence before it, and the body of a secretary
    standing in for its head ("mewakili Kepala Dinas X, Sekretaris Nama"); "" when none."""
    if head == "Sekretaris" and "ewakili" in lead and (stands := _STANDS_IN.search(lead)):
        words = stands["office"].split()
        return " ".join(words) if all(is_office_word(w) for w in words) else ""
    if head not in ("Anggota", "Komisioner"):
        return ""
    m = _BODY_BEFORE.search(lead)
    return m["body"] if m else ""
