"""Read one title occurrence: "<prefix> <head> <office> <region> (<aside>), <honorifics> <name>".

A small chunker over the tokens after the title (transforms/events/officials/titles.py says
which word is office, region, rank or name): office words and institutions extend the title,
regions (known names, or words the article uses as a place) and parenthetical asides
("(Pj)", "(Batola)", "(Setdako)") are passed over (officials/title_parts.py reads them), and
the name is the capitalised run that follows, read here, with initials that belong to it ("A
Ridwan", "Syaiful A", "Rudi H. Santoso").
The run stops at verbs, lower-case words, punctuation and words that are never names. When the
title names nobody after it, a name right before it is taken ("kata Zulkarnain, Koordinator
Divisi ... Bawaslu Agam", "Zulkarnain, Koordinator ..., menyebut", "Zulkarnain yang juga ...":
officials/before.py). A term of office ("periode 2023-2028") and joining words ("yakni", "yang
dijabat oleh") may stand between a title and its name.
Heads of a sub-district or village name their place first ("Camat Lubuk Sikarah Hendra": the
kecamatan names of transforms/places/data/districts.csv; "Lurah Sukamaju Dedi Kurniawan": the
words before a two-word name; officials/places.py), and paired heads share one region ("Bupati
dan Wakil Bupati Agam, A dan B"). A name may also be set off in parentheses ("Bupati Agam
(Hendra Gunawan)") or after a relative clause ("Pj Wali Kota X yang baru dilantik, Nama,"), and a
members' title may list several ("Anggota Bawaslu Agam, A, B dan C").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from transforms.events.officials.before import CAP_WORD, name_before, name_first, opens_sentence
from transforms.events.officials.bodies_lexicon import PARTY_WORDS
from transforms.events.officials.links import DASHES, linker, title_list
from transforms.events.officials.name_words import INITIAL, closes, is_cap, is_honorific
from transforms.events.officials.office import body_before, office_title
from transforms.events.officials.office_words import is_office_word
from transforms.events.officials.places import (
    GOVERNING,
    compass,
    local_kind,
    place_words,
    relative_clause,
    second_post,
    short_form,
    sited,
    subject_alone,
)
from transforms.events.officials.regions import is_province, is_region
from transforms.events.officials.suspects import accused, accused_after
from transforms.events.officials.title_parts import read_parts
from transforms.events.officials.titles import (
    HEADS,
    NAMED_ALONE,
    OPTIONAL_OFFICE,
    PREFIX_PATTERN,
    PREFIXES,
    REGIONAL_HEADS,
)
from transforms.events.officials.tokens import (
    MAX_TOKENS,
    TOKEN,
    Tokens,
    after_dot,
    degree,
    degrees_at,
    name_tail,
    read_name,
)
from transforms.events.officials.words import BIRTH_ORDER, RANKS
from transforms.regex_dispatch import by_first_letter

__all__ = ["CAP_WORD", "MAX_TOKENS", "TITLE", "TOKEN", "Mention", "Tokens", "parse_title"]

TITLE = re.compile(
    rf"(?<![\w-])(?:(?P<prefix>{PREFIX_PATTERN})\.?(?:\s*\((?P<short>pjs|pj|plt|plh)\.?\))?\s+)?"
    + by_first_letter([f"(?P<b{i}>{p})" for i, (_, p, _) in enumerate(HEADS)], re.I)
    + r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))",  # "ketuaBawaslu": a space lost between words
    re.IGNORECASE,  # the heads tried behind lookaheads of their first letters: 3x faster
)
_REPRESENTED = re.compile(r"\s*,?\s*(?:yang\s+)?(?:di)?wakil(?:i|kan)\b", re.IGNORECASE)
_THROUGH = re.compile(r"[ \t]*,?[ \t]*melalui[ \t]+")  # "Kajati X melalui Asintel Y": absent
_DEPUTY = re.compile(r"(?<![\w-])[Ww]akil[ \t]+$")
# Between a name and the next item's title: "A, Kabag X, B, Kasi Y", "A sebagai X, B sebagai Y".
_ITEM_GAP = re.compile(r"[ \t]*(?:,|[ \t](?:sebagai|selaku)[ \t])[ \t]*(?=[A-Z])")
# Before a nameless title: many holders ("seluruh Kepala OPD", "para camat"), or another post
# of the person just named ("Sekda X yang juga sekaligus Ketua Korpri").
_NO_ONE_ELSE = re.compile(r"\b(?:seluruh|semua|segenap|para|setiap|tiap|sejumlah|beberapa"
                          r"|perwakilan|jajaran|yang[ \t]+juga(?:[ \t]+(?:sekaligus|merupakan"
                          r"|menjabat|sebagai))*|sekaligus(?:[ \t]+(?:sebagai|menjabat))?)"
                          r"[ \t]+$", re.IGNORECASE)
# The one team the page is about, led by the person named right before ("Rahmat selaku Ketua
# Tim, ..."); "ketua tim" alone or a named team ("Ketua Tim Pemenangan") is read as before.
_TEAM_LEAD = re.compile(r"[A-Z][a-z]+[ \t]+selaku[ \t]+$")


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



def _election_division(office: list[str]) -> bool:
    """An election body's division named with the campaign ("Komisioner KPU Agam Divisi
    Parmas, SDM dan Kampanye"): its field, not a campaign team."""
    return bool({"KPU", "KPUD", "KIP", "Bawaslu", "Panwaslu"}.intersection(office)) and (
        "Divisi" in office or "Bidang" in office) and not (
        PARTY_WORDS - {"Kampanye"}).intersection(office)

def parse_title(text: str, m: re.Match[str], said: set[str],
                places: Callable[[str, int], bool], lead: str,
                headline: bool = False, unread: int | None = None) -> Mention | None:
    """Parse one title match into a mention, or None when it names nobody in office.

    ``places(words, at)``: the article uses these words (read at offset ``at``) as a place
    elsewhere; ``said``: words the article uses alone as a speaker's name; ``lead``: the text
    right before the title; ``headline``: text in title case, where no name stands before a
    title; ``unread``: how many characters at the end of ``lead`` no earlier title took (None:
    all)."""
    index = int((m.lastgroup or "b0")[1:])  # the head's group closes last
    head, _, office_head = HEADS[index]
    regional = head in REGIONAL_HEADS
    written = m.group(f"b{index}").rstrip().lower()
    if head == "Kepala" and written not in ("kepala", "ka", "kepalanya"):
        head = m.group(f"b{index}")  # "Kabid", "Kakanreg": the unit is in the short form
    short = m.group("short") or m.group("prefix")
    prefix = PREFIXES.get(" ".join(short.lower().split()), "") if short else (
        "Pj" if written == "penjagub" else "")
    toks = Tokens(text, after_dot(text, m.end(), written, HEADS[index][0]))
    k, office, region, abbr, aliases, bracketed = read_parts(
        toks, head, HEADS[index][0], written, office_head, regional, places)
    if office_head and not office and (body := body_before(head, lead)):
        office = [body]  # "Ketua Bawaslu Agam X beserta anggota, A dan B"
    if office_head and (not office and head not in OPTIONAL_OFFICE
                        or office == ["Daerah"] and head not in OPTIONAL_OFFICE
                        or office == ["Tim"] and not _TEAM_LEAD.search(lead)
                        or office == ["Tim"] and toks.word(k) not in (",", ".", ")")
                        or (PARTY_WORDS.intersection(office) or toks.word(k) in PARTY_WORDS)
                        and not {"DPR", "DPRD", "DPRK"}.intersection(office)
                        and not _election_division(office)
                        and not (office == ["DPD"] and region[:1] == ["RI"])):  # the senate
        return None  # "Ketua RT", "kepala daerah", "ketua tim", "Sekretaris DPC Partai X"
    if toks.word(k) in ("terdahulu", "lama") or toks.word(k) == "sebelumnya" and (
            toks.word(k + 1) in (",", "yang", ".", "") or is_cap(toks.word(k + 1))):
        return None  # "Bupati sebelumnya, Nama", "Pj Bupati X terdahulu": a former holder
        #              ("Bupati X sebelumnya mengatakan" is the holder speaking earlier)
    base = office_title(head, office, abbr) if office_head else head
    if not base.startswith("Wakil") and _DEPUTY.search(lead):
        base = f"Wakil {base}"  # "Wakil Sekretaris DPRD", "Wakil Direktur RSUD"
    if toks.word(k) in ("itu", "tersebut") and toks.word(k + 1) == "," and (
            is_cap(toks.word(k + 2)) or is_honorific(toks.word(k + 2))):
        k += 1  # "kata Kepala BKD Agam itu, Rahmat Hidayat"
    elif n := linker(toks, k):
        k += n  # "Kepala BKD Agam, yakni Rahmat Hidayat", "Ketua Bawaslu yang dijabat oleh ..."
    closed = bool(k) and closes(toks.word(k - 1))  # "sebagai Pjs. Bupati Solok. Terhitung"
    post = 0 if closed or bracketed else second_post(toks, k)  # "... yang juga ketua X Nama"
    clause = 0 if closed or bracketed or post else relative_clause(toks, k)
    k += post
    comma = toks.word(k + clause) == ","
    hon: list[str] = []
    name, after = (bracketed, k) if bracketed else ([], k) if closed else read_name(
        toks, k + clause + comma, hon)
    if (comma or hon) and name_tail(toks, after, name):
        name, after = [*name, toks.word(after)], after + 1  # "..., Rahmat Lubis Raya menyebut"
    if clause and not (name and toks.word(after) == ","):
        name, hon, comma = [], [], False  # "Bupati Agam yang hadir, ...": no aside closed
    elif clause:
        k += clause
    if not (comma or region or hon) and name and compass(toks, after):
        region, name = [*name, toks.word(after)], []  # "Camat Tanjung Raya": a place
        k = after = after + 1
        if toks.word(after) == "," and is_cap(toks.word(after + 1)):
            name, after = read_name(toks, after + 1, hon)
    elif (not (comma or region or hon) and name and toks.word(after) == ","
            and (len(name) == 1 or toks.word(after + 1) in said
                 or toks.word(after + 1).rstrip(".") in RANKS
                 or (local_kind(head, office) == "village" or sited(office)) and len(name) <= 3)
            and (is_cap(toks.word(after + 1)) or is_honorific(toks.word(after + 1))
                 or INITIAL.match(toks.word(after + 1)) and is_cap(toks.word(after + 2)))
            and not degrees_at(toks, after + 1)):  # "Sekda Darmansyah, M.Si.": his degree
        region, k = name, after  # "Ketua Bawaslu Kepsul, Iwan": a short form; "Kapolres Pulau
        #                          Buru, AKBP Nur": a rank opens the name; "Kades Suka Maju, M."
        name, after = read_name(toks, after + 1, hon)
    elif not (comma or region or hon) and len(name) <= 3 and (
            toks.word(after) not in DASHES or is_honorific(toks.word(after + 1))
            or toks.word(after + 1).rstrip(".") in RANKS) and (n := linker(toks, after)):
        region, k = name, after + n  # "Kades Sukamaju, yakni Rahmat": the village, then him;
        #                              a dash only before a rank ("A - B": two names, a ticket)
        name, after = read_name(toks, k, hon)
    elif not (comma or region or hon) and name and toks.word(after).rstrip(".") in RANKS:
        region, k = name, after  # "Danlanud Roesmin Nurjadin Kolonel Pnb Nama": the unit
        name, after = read_name(toks, after, hon)
    elif not (comma or region or hon) and name and name[0] not in said:
        following = toks.word(after)
        if len(name) == 1 and not office_head and (
                short_form(name[0]) or following[:1].isupper() and is_office_word(following)):
            region, name, k = name, [], after  # "Pj Bupati Lamteng mengatakan"
        else:  # "Bupati Lamteng Adi Kurniansyah", with "kata Adi" elsewhere
            r = next((j for j in range(1, len(name)) if name[j] in said), 0)
            if office_head and r and (text.count(" ".join(name[:r]))
                                      <= text.count(" ".join(name[:r + 1]))):
                r = 0  # "Mohammad Fauzan" ... "kata Fauzan": no place without the name
            if r and not place_words(name[:r], text.find(name[0], m.end()), places) and (
                    len(name[0]) <= 2 or head in GOVERNING or subject_alone(text, name[r - 1])):
                r = 0  # "Inspektur M Fikri", "Syamsul Arifin" ("Syamsul juga"), "Wawali Rio X"
            if r and all(w in BIRTH_ORDER for w in name[:r]):
                r = 0  # "Ketua Tim Wayan Suarta" ... "kata Suarta": a Balinese first name
            region, name = name[:r], name[r:]
    if (0 < len(name) <= 3 and not (comma or region or hon or bracketed)
            and local_kind(head, office)
            and title_list(text, lead, m.group(f"b{index}"), toks[after - 1][1])):
        return None  # "Lurah Margorejo, Lurah Bokoharjo dan Lurah Sambirejo": places, no one
        #              (of two words too: "Kades Pasir Putih, Kades Lubuk Sikaping")
    widened = bool(name and compass(toks, after)
                   and is_region(" ".join([*name, toks.word(after)])))
    if widened:
        name = [*name, toks.word(after)]  # "Bawaslu Kabupaten Agam Sumatera Barat": a province,
        #                                  "Kades Sukamaju, Lombok Barat": a regency
    if len(name) > 2 and (name[1] == "H" or is_honorific(name[1])) and is_region(name[0]):
        region = region or name[:1]  # "Forum Sekretaris Daerah Indonesia Sumsel H Nama": a
        hon, name = [*hon, name[1]], name[2:]  # place, then the honorific that opens the name
    if name and is_region(" ".join(name)):
        opens = after + widened
        if not region:
            region, k = name, after
        if region and (toks.word(opens) == "H" or is_honorific(toks.word(opens))) and is_cap(
                toks.word(opens + 1)) and not comma:
            name, after = read_name(toks, opens, hon)  # "Pj Bupati Muara Enim Sumatera Selatan
            #                                           H Nama": the regency's province, then him
        else:
            name = []
    if len(name) >= 3 and is_region(name[-1]) and text.count(" ".join(name[:-1])) > text.count(
            " ".join(name)):
        name, after = name[:-1], after - 1  # "Kaban Kesbangpol Nama Agam mengatakan", the name
        #                                      written alone elsewhere: the region glued after it
    if not comma and any(is_province(" ".join(name[j:])) for j in range(1, len(name))):
        name = []  # "Bidang Keistimewaan Aceh": a field named after a province (no comma before)
    if not name and not comma and toks.word(k)[:1].islower() and toks.word(k).title() in said:
        name, after = [toks.word(k).title()], k + 1  # "Kabag Humas BKD rahmat mengatakan"
    if (name and not bracketed and (len(name[-1]) <= 3 or len(name) == 1)
            and not (headline and "\n" not in text[:m.start()])  # a cut last line looks cased
            and toks[after - 1][1] == len(text.rstrip())
            and not toks.word(after - 1).endswith(".")):
        name, after = name[:-1], after - 1  # "... Kepala Satuan Po", "... Kepala Dinas Pend":
        #                                      the stored text is cut off in the word
    if not name:
        hon = []
        after = k
    while name and (found := degree(toks, after + (toks.word(after) == ","))):
        hon.append(found[0])
        after = found[1]
    start = m.start()
    if name and comma and not (headline or bracketed) and (gap := _ITEM_GAP.match(
            text, toks[after - 1][1])) and TITLE.match(text, gap.end()) and (
            first := name_first(lead, unread, True)):  # "A, Dandim X, B, Kabag Y": A's
        name, hon, after, start = first[0], [], k, m.start() - len(lead) + first[1]
    nxt, tail, then = toks.word(after), lead.rstrip(), toks.word(after + 1)
    listed = nxt == "," and then[:1].islower() and then not in ("dan", "serta", "atau")
    apposed = bool(name and not (headline or comma or hon) and len(name) <= 3 and (
        listed or nxt == ")" and tail.endswith("(") or tail.endswith(("selaku", "sebagai"))
        and (nxt in (".", "") or toks.word(after - 1).endswith(".")))
        and (before := name_before(lead, True, nxt == ")", toks.word(after + 1)))
        and (not listed or (len(before[0]) >= 2 or head in GOVERNING and len(name) == 1
                             and is_region(name[0], True))  # "Sukardi, Bupati Kuningan, ..."
             and opens_sentence(lead[:before[1]])))
    if apposed:  # "Rahmat, Kades Sukamaju, mengatakan" (not a list), "Rahmat (Kades Sukamaju)"
        region, name, k = [*region, *name], [], after  # "Rahmat selaku Kades Sukamaju."
    if not name and not headline and (before := name_before(
            lead, comma or apposed, toks.word(k) == ")", toks.word(k)) or name_first(
            lead, unread, False)):
        name, offset = before  # "Alni, Ketua Bawaslu Sumbar, menyebut"
        start = m.start() - len(lead) + offset
    if not name and not region and not (head in NAMED_ALONE and not office_head
                                        and toks.word(k) in ("itu", "tersebut")):
        return None  # "Penjabat Bupati tersebut": the person named before (officials.py)
    if not name and (head not in NAMED_ALONE or not (prefix or m.group(0)[:1].isupper())):
        return None  # "disampaikan ke gubernur", "anggota Bawaslu": no one in particular
    if not name and _NO_ONE_ELSE.search(lead):
        return None  # "seluruh Kepala OPD", "Sekda X yang juga Ketua Korpri": no one new
    end = toks[after - 1][1] if after else m.end()
    if _REPRESENTED.match(text, end) or ((through := _THROUGH.match(text, end))
                                         and TITLE.match(text, through.end())):
        return None  # "Kepala Kanwil X yang diwakili ...", "Bupati X melalui Kabag Y": not there
    return Mention(prefix, base, " ".join(name), tuple(hon), " ".join(region) or None,
                   text[start:end], start, end, aliases or None,
                   accused_after(text, end) or accused(text, start))
