"""Read the parts of a title after its head: "<head> <office> <region> (<aside>)", up to its name.

The chunker of transforms/events/officials/parse.py, token by token (officials/titles.py says
which word is office, region, rank or name; officials/office.py and officials/places.py answer
its questions): office words and institutions extend the title ("Kepala BKD", "Sekda Pemprov
Kalteng", "Kalapas Kelas IIB Agam"), regions (known names, or words the article uses as a
place) and parenthetical asides ("(Pj)", "(Batola)", "(Setdako)") are read, a unit's number
("Dandim 0304/Agam") and a term of office ("periode 2023-2028") passed over. Heads of a
sub-district or village name their place first ("Camat Lubuk Sikarah ...", "Lurah Sukamaju
..."). It stops at the first token that is none of these, or at a name set off in parentheses
("Bupati Agam (Hendra Gunawan)"); parse.py reads the name from there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from transforms.events.officials.bodies_lexicon import ORG_WORDS
from transforms.events.officials.links import term_of_office
from transforms.events.officials.name_words import closes, is_cap, is_honorific
from transforms.events.officials.office import (
    PRISON_CLASS,
    division_name,
    joins,
    lower_office,
    name_after_body,
    principal,
    spelled_out,
    unit_before_region,
    unit_number,
    unit_word,
)
from transforms.events.officials.office_words import is_office_word
from transforms.events.officials.places import (
    compass,
    kodam_at,
    local_at,
    local_kind,
    lower_region,
    nowhere,
    person_aside,
    province_aside,
    ranked_aside,
    ranked_unit,
    region_at,
    region_slot,
    unit_name,
    village_marker,
)
from transforms.events.officials.regions import MARKERS, is_province, is_region, opens_province
from transforms.events.officials.tokens import Tokens, aside_end, between, cap_run
from transforms.events.officials.words import NOT_NAME, RANKS, is_roman

__all__ = ["TitleParts", "read_parts"]

# Bodies with no regency or city branch named after them: "Kepala BKN Bima Haria Wibisana" is
# no head of a BKN of Bima (evidence that the article uses the word as a place still counts).
_NATIONAL = frozenset({"BKN", "KASN", "KPK", "LAN", "DKPP", "KEMENDAGRI", "KEMENPAN-RB",
                       "KEMENPANRB", "KEMENPAN", "MENPAN-RB", "BARESKRIM", "MABES"})
def _party_name(toks: Tokens, k: int) -> int:
    """How many capitalised words from k name a party, up to its short form in brackets, an
    office word ("DPRD") or a region."""
    n = 0
    while n < 4 and is_cap(word := toks.word(k + n)) and not is_office_word(word) and not (
            is_region(word)):
        n += 1
    return n


_LOWER_OFFICE = {"bidang", "divisi", "devisi", "sub", "komisi", "seksi", "subbidang", "subbagian"}
_SCHOOLS = {"Universitas", "Institut", "Politeknik"}
# Bodies known by a name of their own after the word ("Forum Lentera", "Ikatan Sarjana"), whose
# head is read with it ("Ketua Forum Lentera Agam, Nama").
_OWN_NAMED = _SCHOOLS | {"Forum", "Ikatan", "Paguyuban", "Himpunan", "Perkumpulan", "Asosiasi",
                         "Yayasan", "Aliansi", "Komunitas",
                         # schools by their kind ("Kepsek SD Sukamaju, Nama")
                         "SD", "SDN", "SMP", "SMPN", "SMA", "SMAN", "SMK", "SMKN", "MTs", "MTsN",
                         "SLB"}


def unsaid_province(toks: Tokens, k: int) -> bool:
    """The words from k, after "Provinsi" and no known region, are the name that follows a
    title whose province is left unsaid ("Sekretaris KPU Provinsi Rudi Hartono, ..."): two
    capitalised words or more, the first opening no province's name (provinces are a closed
    list; one word before a comma is still read as the province)."""
    return len(cap_run(toks, k, 2)) == 2 and not opens_province(toks.word(k))


# Short heads that name the kind of body themselves ("Kadis": Kepala Dinas), so the word after
# them is that body's name, even one no lexicon lists ("Kadis Perkimtan, Nama").
_AGENCY_HEADS = frozenset({"kadis", "kaban", "kakan"})


def _agency_short(toks: Tokens) -> bool:
    """Token 0 (after a head of ``_AGENCY_HEADS``) is one capitalised word, then a comma and a
    capitalised word or an honorific: the agency's short form, then its head's name (a name
    right after the head is followed by a verb or a title, not by another name)."""
    word = toks.word(0)
    return (word[:1].isupper() and word.isalpha() and 2 <= len(word) <= 14
            and word not in NOT_NAME and toks.word(1) == ","
            and (is_cap(toks.word(2)) or is_honorific(toks.word(2))))


def _rank(token: str) -> bool:
    """A rank proper ("Brigjen", "Kolonel"), never an office's word: "Komandan Lantamal
    Brigjen TNI Nama" ends the office before it ("TNI", "Pol" and the corps' short forms are
    bodies too, so they are left to the office test). After a comma the rank is left to the
    office test as before ("Menteri X, Jenderal Polisi (Purn) Nama")."""
    return token in RANKS and (len(token) >= 4 or token == "AKP") and (
        token.lower() not in ORG_WORDS)  # "AKP": a rank only, three capitals as an acronym


def _unit_before_rank(toks: Tokens, k: int) -> int:
    """How many capitalised words from k name a unit up to a rank that opens the holder's
    name ("Binkar Rojianpers Polri Kombes ..."): up to five, the last a body's word or acronym
    ("Polri", "SSDM"); 0 when no rank follows them so."""
    words = cap_run(toks, k, 6)
    ranked = next((j for j, w in enumerate(words) if _rank(w)), 0)
    return ranked if ranked and is_office_word(words[ranked - 1]) and not any(
        w in NOT_NAME and not is_office_word(w) for w in words[:ranked]) else 0


# Region markers the press writes in lower case before a capitalised region ("Ketua Bawaslu
# kota Solok, Nama"); "Kapolres Solok kota AKBP ..." still ends the place with the marker.
_LOWER_MARKERS = frozenset({"kabupaten", "kota", "provinsi", "kecamatan"})


def _province_then_comma(toks: Tokens, k: int) -> int:
    """How many tokens from k name a province (its short form in brackets after it) before
    a comma: the region's province, the name after it ("Samarinda Kalimantan Timur (Kaltim),
    Nama"); 0 when none."""
    n = next((n for n in (3, 2, 1) if is_province(" ".join(toks.word(j) for j in range(k, k + n)))),
             0)
    j = (aside_end(toks, k + n) or k + n) if n else k
    return j - k if n and toks.word(j) == "," else 0


class TitleParts(NamedTuple):
    """What a title holds after its head, in the words the text writes."""

    end: int  # the token index after the parts read: where the name is looked for
    office: list[str]  # the office's words ("Badan Kepegawaian ...", "BKD", "Divisi ...")
    region: list[str]  # the region's words, its marker too ("Kota", "Padang")
    abbr: str  # an aside before any region: the office's short form ("(BKPP)")
    aliases: str  # the first aside after the region: its short form ("Batola" of "Barito Kuala")
    bracketed: list[str]  # a name set off in parentheses ("Bupati Agam (Hendra Gunawan)")


def read_parts(toks: Tokens, head: str, listed: str, written: str, office_head: bool,
               regional: bool, places: Callable[[str, int], bool]) -> TitleParts:
    """The title's office, region and asides, read from token 0 of ``toks`` (the text after the
    head). ``head``: the head as parse_title reads it ("Kabid" for a short form of "Kepala"),
    ``listed``: as titles.HEADS lists it, ``written``: as written, lower case;
    ``office_head``: the head needs an office ("Ketua", "Kepala"); ``regional``: a regional
    head ("Bupati"); ``places(words, at)``: the article uses these words as a place."""
    k, office, region, abbr, aliases = 0, [], [], "", ""
    divided = False  # a division named after the region
    region_end = -1  # the token index after the region read last
    bracketed: list[str] = []  # a name set off in parentheses
    while toks.has(k) and not closes(toks.word(k - 1) if k else ""):
        token = toks.word(k)
        if token in _LOWER_MARKERS and toks.word(k + 1)[:1].isupper():
            token = token.title()  # "Bupati kabupaten Agam, Nama": the marker in lower case
        aside = aside_end(toks, k)
        if aside and (region or office or not office_head) and (
                ranked := ranked_aside(toks, k, aside)):
            bracketed, k = ranked, aside  # "Kapolres Agam ( AKBP Rudi Hartono SIK )"
            break
        if aside and (region or office or not office_head) and person_aside(toks, k, aside):
            bracketed = between(toks, k, aside)  # "Bupati Agam (Hendra Gunawan) mengatakan"
            k = aside
            break
        if aside:
            if region and not aliases:  # "Barito Kuala (Batola)"
                aliases = " ".join(between(toks, k, aside))
            abbr = abbr or ("" if region else " ".join(between(toks, k, aside)))
            k = aside
        elif office[-1:] == ["Fraksi"] and token == "Partai" and (n := _party_name(toks, k + 1)):
            office += [toks.word(j) for j in range(k, k + 1 + n)]  # "Ketua Fraksi Partai
            k += 1 + n  # Kebangkitan Rakyat (PKR) DPRD Agam, Nama": the faction by its party's name
        elif not region and (n := division_name(toks, k, [written, *office])):
            office += [toks.word(j) for j in range(k, k + n)]  # "Bidang Monitoring dan
            k += n  # Evaluasi, Nama": the division's two fields, not a name or a place
        elif region and token == "Kota" and toks.word(k + 1) == ",":
            region, k = [*region, token], k + 1  # "Kapolres Metro Bekasi Kota, Nama": the
            region_end = k  # command of the city, named after it
        elif token in MARKERS and (toks.word(k + 1)[:1].isupper() or toks.word(k + 1) == "("):
            skip = aside_end(toks, k + 1) or k + 1
            adm = toks.word(skip) == "Administrasi"  # "Kota Administrasi Jakarta Selatan"
            skip += adm
            if is_honorific(toks.word(skip)) or region and token == "Kota" and not region_at(
                    toks, skip, nowhere):  # "Kapolres Kupang Kota AKBP ...", "Kepala Distrik
                region, k = [*region, token], k + 1  # Sentani Kota Nama": the place ends with it
                continue
            local = "district" if token.startswith("Kec") else "village" if (
                token.startswith("Kel")) else ""
            n = max(region_at(toks, skip, places, True), local == "district" and local_at(
                toks, skip, local)) or local and local_at(toks, skip, local) or (
                0 if token.startswith("Prov") and unsaid_province(toks, skip)
                else len(cap_run(toks, skip, 1)))  # the longest district: "Kecamatan Batang
            # Anai"; a province is a closed list: "Provinsi Rudi Hartono" leaves it unsaid
            n += compass(toks, skip + n)  # "Kecamatan Padang Panjang Barat"
            region += [token, *["Administrasi"] * adm,
                       *(toks.word(j).rstrip(".") for j in range(skip, skip + n))]
            k = region_end = skip + n
        elif not region and (n := lower_region(toks, k)):  # "Bawaslu kota tanah merah"
            region = [toks.word(j).title() for j in range(k, k + n)]
            k = region_end = k + n
        elif not region and k == 0 and token == "Administrasi" and head.endswith(
                ("Kota", "Bupati")):
            region, k = [token], k + 1  # "Wali Kota Administrasi Jakarta Barat"
            n = region_at(toks, k, places, True)
            region += [toks.word(j).rstrip(".") for j in range(k, k + n)]
            k = region_end = k + n
        elif not region and token in MARKERS and toks.word(k + 1) == ",":
            region, k = [token], k + 1  # "Sekda Provinsi, Hansastri": the body's own level
        elif not region and token == "setempat":
            k += 1  # "Camat setempat, Rahmat": the place the article is about
        elif not region and (head in ("Pangdam", "Kapolda", "Wakapolda") or toks.word(
                k - 1) in ("Polda", "Kodam")) and (n := kodam_at(toks, k)):
            region, k = [toks.word(j) for j in range(k, k + n)], k + n  # "Pangdam Pattimura"
            region_end = k
        elif not region and k == 0 and regional and region_slot(toks, token):
            region, k = [token], k + 1  # "Wali Kota manado, Nama", "Pj Bupati KBB, Nama"
            region_end = k
        elif not region and (kind := local_kind(head, [*office, abbr] if abbr else office)) and (
                n := village_marker(toks, k, kind) + max(
                    local_at(toks, k + village_marker(toks, k, kind), kind),
                    region_at(toks, k + village_marker(toks, k, kind), places),
                    int(bool(village_marker(toks, k, kind))))):
            n += compass(toks, k + n)
            region += [toks.word(j).rstrip(".") for j in range(k, k + n)]
            k = region_end = k + n
        elif not region and not (office_head and not office and is_office_word(token)) and (
                n := region_at(toks, k, places, regional=regional or bool(office) and (
                    office[-1].lower() in ORG_WORDS or office[-1].isupper())
                    and office[-1].upper() not in _NATIONAL)):
            n += compass(toks, k + n)
            region += [toks.word(j).rstrip(".") for j in range(k, k + n)]
            k = region_end = k + n
        elif k == region_end and (n := region_at(toks, k + (token == "Perwakilan"), nowhere)) and (
                is_cap(toks.word(k + (token == "Perwakilan") + n))
                or is_honorific(toks.word(k + (token == "Perwakilan") + n))
                or token == "Perwakilan" and toks.word(k + 1 + n) == ","):
            k += token == "Perwakilan"  # "Ombudsman RI Perwakilan Sumbar"
            region += [toks.word(j).rstrip(".") for j in range(k, k + n)]  # "RI Sumbar"
            k = region_end = k + n
        elif not office_head and not region and (token.lower() in ORG_WORDS or (
                token == "Pemerintah" and toks.word(k + 1) in MARKERS)) and (
                token[:3] == "Pem" or listed in ("Kepala", "Direktur")):
            k += 1  # "Sekda Pemprov Kalteng", "Kasatreskrim Polres Agam", "Dirintelkam Polda
            #         Sumbar": the body, then its region
        elif (not office_head and not region and token == "Kelas"
              and PRISON_CLASS.match(toks.word(k + 1))):
            k += 2  # "Kalapas Kelas IIB Agam"
        elif not region and token.isdigit() and is_region(f"{token} {toks.word(k + 1)}"):
            region += [token, toks.word(k + 1)]  # "Bawaslu 50 Kota"
            k += 2
        elif not region and (token.isdigit() and len(token) <= 4 or is_roman(token)) and (
                toks.word(k + 1) == "/" and toks.word(k + 2)[:1].isupper()):
            n = unit_name(toks, k + 2, places)  # "Danrem 032/Wirabraja", "Pangdam I/Bukit ..."
            region += [toks.word(j).rstrip(".") for j in range(k + 2, k + 2 + n)]
            k = region_end = k + 2 + n
        elif not region and token.isdigit() and len(token) <= 4:
            k += 1 + (toks.word(k + 1) == "/")  # "Dandim 0304/Agam": the unit's number
        elif not region and token != "I" and is_roman(token) and (
                n := ranked_unit(toks, k + 1)) is not None:
            region += [toks.word(j).rstrip(".") for j in range(k + 1, k + 1 + n)]
            k = k + 1 + n  # "Pangdam XII Tanjungpura Mayjen TNI Nama": the unit's number, its
            region_end = k if n else region_end  # name up to the rank ("I" opens names)
        elif region and k == region_end and token == "dan" and (
                n := region_at(toks, k + 1, places, True)) and toks.word(k + 1 + n) == "," and (
                not toks.word(k + 2 + n).lower().startswith("masing")):  # (one each: no one)
            region += [token, *(toks.word(j).rstrip(".") for j in range(k + 1, k + 1 + n))]
            k = region_end = k + 1 + n  # "Kepala KCD Kota X dan Y, Nama": an office over two
        elif (region or not office_head) and (n := term_of_office(toks, k)):
            k += n  # "Ketua Bawaslu Agam periode 2023-2028, Nama": the term of office
        elif region and token == "," and (n := province_aside(
                toks, k + 1, local_kind(head, office) == "village")):
            k += 1 + n  # "Bupati X (Y), Provinsi Z (Z'), Nama": the province passed over
        elif region and k == region_end and (n := _province_then_comma(toks, k)):
            k += n  # "Wali Kota Samarinda Kalimantan Timur (Kaltim), Nama": the province
        elif (office and not region and token == "," and (n := region_at(toks, k + 1, places))
              and toks.word(k + 1 + n) == "," and is_cap(toks.word(k + 2 + n))
              and not is_region(toks.word(k + 2 + n))):  # (not a list of regions)
            region = [toks.word(j).rstrip(".") for j in range(k + 1, k + 1 + n)]
            k = region_end = k + 1 + n  # "Ketua Bawaslu, Halmahera Selatan, Nama": the region
            #                             set off by commas
        elif office_head and (not region or divided) and not (
                _rank(token) and toks.word(k - 1) != ",") and (
                (is_office_word(token) and (token[0].isupper() or token in _LOWER_OFFICE
                                            or not office and token in ORG_WORDS)
                 and not name_after_body(office, token))
                or unit_number(toks, k, head) or (office and joins(toks, k))
                or unit_before_region(toks, k)
                or lower_office(toks, k, office, written)
                or (office and unit_word(toks, k))):
            office.append(token)
            k += 1
        elif office_head and not office and not region and token.islower() and (
                n := spelled_out(toks, k)):
            office += [toks.word(j) for j in range(k, k + n)]  # "Ketua panitia pengawas ..."
            k += n
        elif (office_head and not region and office and office[-1] in _OWN_NAMED
              and toks.word(k - 1) == office[-1] and is_cap(token)):
            office.append(token)  # "Rektor Universitas Andalas": the university's own name
            k += 1
        elif office_head and not region and office and (n := principal(toks, k, head)):
            office += [toks.word(j) for j in range(k, k + n)]
            k += n
        elif office_head and k == 0 and written in _AGENCY_HEADS and _agency_short(toks):
            office.append(token)  # "Kadis Dagperin, Nama": the agency's own short form
            k += 1
        elif office_head and not region and (n := _unit_before_rank(toks, k)):
            office += [toks.word(j) for j in range(k, k + n)]  # "Kabag Binkar Rojianpers
            k += n  # Polri Kombes Pol Nama": unit short forms no lexicon lists, up to the rank
        elif office_head and region and not divided and token in ("Divisi", "Bidang", "divisi",
                                                                 "bidang"):
            divided = True  # "Anggota KPU Kota Padang Divisi Sosialisasi ..., <Nama>"
            office.append(token)
            k += 1
        elif (office_head and region and not divided and token in ("Koordinator", "koordinator")
              and toks.word(k + 1) in ("Divisi", "Bidang", "divisi", "bidang")):
            divided = True  # "anggota Bawaslu Provinsi X Koordinator Divisi Hukum": the member's
            office += [token, toks.word(k + 1)]  # division, named after the region
            k += 2
        else:
            break
    return TitleParts(k, office, region, abbr, aliases, bracketed)
