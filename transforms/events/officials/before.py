"""A name written before its title: "kata Zulkarnain, Koordinator Divisi ... Bawaslu Agam",
"Alni, Ketua Bawaslu Sumbar, menyebut", "Alni (Ketua Bawaslu Sumbar) menyebut", "Rahmat yang
juga Kepala BKD ...", "Rahmat Hidayat, Kepala BKD Agam mengatakan".

transforms/events/officials/parse.py reads a title and the name after it; when none follows, it
asks this module for one in the text right before the title (``lead``).
"""

from __future__ import annotations

import re

from transforms.events.officials.name_words import (
    DEGREE_LETTERS,
    INITIAL,
    is_cap,
    run_of_degrees,
)
from transforms.events.officials.office_words import NAME_TOO, is_office_word
from transforms.events.officials.regions import is_region
from transforms.events.officials.titles import HEADS
from transforms.events.officials.words import DEGREES, HONORIFICS, NOT_NAME, RANKS
from transforms.places.regions import is_district

__all__ = ["CAP_WORD", "LEAD", "SECOND_POST", "name_before", "name_first", "opens_sentence",
           "second_post"]

CAP_WORD = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*"
# A name right before a title ("tegas Zulkarnain, Koordinator ..."), after a lower-case word.
_HON = (r"(?:(?:H|Hj|Dr|Drs|Dra|Ir|Prof|KH|Ny)\.?[ \t]+)*"  # "kata Dr. Rahmat, Ketua ..."
        # a rank, with its corps or force: "AKBP Rahmat, Kapolres ...", "Letkol Inf Rahmat"
        rf"(?:(?-i:{'|'.join(sorted(RANKS, key=len, reverse=True))})\.?[ \t]+)*")
# initials too, a short form with its dot ("Muh.", "Abd.") and "bin"/"binti" inside
_WORD = rf"(?:[A-Z][a-z]{{1,3}}\.(?=[ \t]+[A-Z])|{CAP_WORD}|[A-Z]{{1,2}}\.?)"
_RUN = rf"{_WORD}(?:[ \t]+(?:(?:bin|binti)[ \t]+)?{_WORD}){{0,4}}"
# A verb of saying capitalised after a closing quote: '"...," Kata Rahmat, Ketua ...' (not
# "Kata sambutan Ketua ..." opening a sentence).
_SAID_CAP = r"(?:Kata|Ujar|Ucap|Tutur|Tegas|Jelas|Terang|Ungkap|Imbuh|Tambah|Pungkas|Sebut)(?:nya)?"
_NAME_BEFORE = re.compile(
    # ":": "Foto: Nama Ketua X"
    rf"(?:(?:\b[a-z]\w*|:|[,\"“”'’][ \t]*{_SAID_CAP})[ \t]+{_HON}(?P<name>{_RUN})[ \t]*[,(]?"
    # (a dateline's dash before it too: "Makassar (ANTARA) - Nama yang akan dilantik sebagai")
    rf"|(?:(?:^|[.!?\n])[ \t]*[\"“”]?[ \t]*|\b[a-z]\w*[ \t]+|,[ \t]+"
    r"|[ \t][-\u2013\u2014]{1,2}[ \t]+)"
    rf"{_HON}(?P<bridged>{_RUN})[ \t]*,?"
    r"[ \t]+(?:selaku|sebagai|dalam[ \t]+kapasitas(?:nya)?[ \t]+sebagai"
    r"|(?:yang[ \t]+)?bertindak[ \t]+(?:sebagai|selaku)"  # "Rahmat yang bertindak sebagai"
    r"|yang[ \t]+juga(?:[ \t]+(?:merupakan|menjabat|adalah))?"
    r"|salah[ \t]+(?:seorang|satu)"  # "jelas Rahmat, salah seorang komisioner Bawaslu"
    # (or to be: "Rahmat yang dijadwalkan akan dilantik sebagai Penjabat Gubernur")
    r"|(?:yang[ \t]+)?(?:(?:baru|resmi|saja|telah|sudah|dijadwalkan|akan)[ \t]+)*(?:dilantik"
    r"|ditunjuk|diangkat"
    r"|ditetapkan|dikukuhkan)(?:[ \t]+\w+)?[ \t]+(?:menjadi|sebagai)"
    r"|(?:yang[ \t]+(?:(?:saat[ \t]+ini|kini|sekarang|sehari-hari)[ \t]+)?)?"
    r"(?:merupakan|menjabat|adalah))(?:[ \t]+sebagai)?"
    # a sentence's start, a comma, or a dateline's dash ("PONTIANAK (ANTARA) - Nama, Ketua",
    # "Agam, Kabarku -- Nama"), or its bracket when no dash follows ("Agam (kabarku.com) Nama")
    # (not an initial's dot: "Rudi H. Santoso")
    # or a quote closed ('"...," Nama, Ketua ...': its speaker, no verb of saying)
    rf"|(?:^|(?:(?<![ \t(][A-Z])\.|[!?\n])[\"“”]?[ \t]*|,[\"“”]?[ \t]+(?!{_SAID_CAP}\b)"
    r"|[ \t][-\u2013\u2014]{1,2}[ \t]+"
    r"|(?P<bracket>\))[ \t]+)"
    # "Menurut Nama Sekda Agam, ...": "according to" opening the sentence is no part of it
    rf"(?P<according>Menurut[ \t]+)?{_HON}(?P<opening>{_RUN})"
    r"[ \t]*(?P<open>[,(])?)[ \t]*$")
# A candidate named so right before the name: "Cabup Yusuf adalah Wakil Bupati X", "calon
# wali kota Rahmat, Wakil Wali Kota X", "Cabup H. Yusuf". A word with a dot between is an
# honorific's short form only: "mendukung calon bupati. Yusuf, Kepala BKD, ..." ends a sentence.
_CANDIDATE = re.compile(
    r"(?<![\w-])(?:calon(?:[ \t]+(?:wakil[ \t]+)?(?:bupati|wali[ \t]*kota|gubernur|kepala"
    r"[ \t]+daerah))?|cabup|cawabup|cagub|cawagub|cawako|cawawako|cawalkot|cawawalkot"
    r"|paslon|kandidat|petahana)[ \t]+(?:\w+[ \t]+|(?-i:[A-Z][a-z]{0,2})\.[ \t]*)?\Z",
    re.IGNORECASE)
# Installed in the post by someone: "melantik Rahmat Hidayat menjadi Bupati Agam".
_INSTALLED = re.compile(rf"\b(?:melantik|mengangkat|menunjuk|menetapkan|mengukuhkan)[ \t]+{_HON}"
                        rf"(?P<name>{_RUN})[ \t]+(?:menjadi|sebagai)[ \t]+$")
# A name bridged to another post it holds: "Heru yang juga menjabat sebagai Kepala ...".
SECOND_POST = re.compile(r"\byang[ \t]+juga\b|\bsekaligus\b")
# Between a nameless title and a second post with the name: one person ("Sekda Agam yang juga
# Ketua Korpri, Rahmat").
_ALSO = re.compile(r"[ \t]*,?[ \t]*(?:yang[ \t]+juga|sekaligus)(?:[ \t]+(?:menjabat|merupakan"
                   r"|sebagai|selaku))*[ \t]+")


def second_post(text: str, end: int, start: int) -> bool:
    """The title ending at ``end`` and the one starting at ``start`` are posts of one person,
    bridged by "yang juga" or "sekaligus"."""
    return bool(_ALSO.fullmatch(text, end, start))
# Degrees between a name and the title after it: "Rahmat, S.H., M.H., Ketua ...".
_DEGREE_TAIL = re.compile(rf"(?:,[ \t]*(?P<degree>{DEGREE_LETTERS})"
                          # without a comma only a dotted one: "Rahmat S.Sos, Kepala ..."
                          r"|[ \t]+(?P<dotted>[A-Z][a-z]{0,3}\.(?:[A-Z][A-Za-z]{0,3}\.?){1,3}))"
                          r"[ \t]*,?[ \t]*(?P<bridge>(?:selaku|sebagai)[ \t]+)?$")


# Where someone stands in a photo, between the name and the title: "Rahmat (kiri), Kepala ...".
_POSITION = re.compile(r"[ \t]*\((?:paling[ \t]+|dua[ \t]+dari[ \t]+)?(?:kiri|kanan|tengah"
                       r"|depan|belakang)\)(?=[ \t]*,[ \t]*$)", re.IGNORECASE)


# A verbal noun opening a sentence before the name it is about ("Pelantikan Rahmat sebagai Pj
# Bupati", "Kehadiran Rahmat selaku Sekda"): pe(N)-...-an and ke-...-an; "Per-" is left out, a
# given name may start so ("Persadaan").
_VERBAL_NOUN = re.compile(r"(?:Pe(?:ng|ny|m|n|l)|Ke)[a-z]{4,}an$")


def _name_word(word: str) -> bool:
    """A word of a name written before its title: a capitalised word or an initial ("A.",
    "ZA"), no degree."""
    return is_cap(word) or (bool(INITIAL.match(word)) and word.rstrip(".") not in DEGREES
                            and word.rstrip(".") not in NOT_NAME)


# One word that heads a title ("Camat", "Lurah", "Bupati"): what follows it is its region.
_HEAD_WORD = re.compile("|".join(f"(?:{p})" for _, p, _ in HEADS), re.IGNORECASE)

# "di Merauke kepala distrik ...": a place after "di"/"ke", no name.
_AT = re.compile(r"(?<![\w-])(?:di|ke)[ \t]+$", re.IGNORECASE)

# "Sebelumnya Rahmat adalah Kepala ...": a post held before, not now.
_PAST = re.compile(r"\b(?:sebelumnya|dulunya|dulu|dahulu|semula|mantan)\b", re.IGNORECASE)
# "Sebelumnya, Rahmat Hidayat, Kepala ..., mengatakan": "earlier" opening a sentence, set off by
# a comma, tells when the holder spoke, not a post held before
_EARLIER_OPENER = re.compile(r"(?:^|[.!?\n\"“”][ \t]*)sebelumnya[ \t]*,[ \t]*$", re.IGNORECASE)
# "Saat itu, Rahmat menjabat Kepala ...": held then (with "selaku" it is the occasion's time).
_THEN = re.compile(r"\b(?:saat|kala|ketika|waktu)[ \t]+itu\b", re.IGNORECASE)


def _opens_clause(words: list[str], following: str) -> bool:
    """"Rahmat Hidayat, Kepala BKD Agam mengatakan": a name of two words or more opens the
    sentence (initials aside: "I Nyoman Wirasantika") and a verb follows the title, its closing
    comma left out; a place ("Lubuk Basung, Kepala ..." of a dateline) or a one-word opener
    ("Terpisah, Kepala ...") is no name. One word is a name before a verb of saying ("Rahmat,
    Ketua Bawaslu Agam mengatakan"), when no place or opener."""
    return ((sum(map(is_cap, words)) >= 2 or len(words) == 1 and is_cap(words[0])
             and following in _SAYING and words[0] not in NOT_NAME and not is_region(words[0]))
            and all(_name_word(w) for w in words)
            and not is_district(" ".join(words))
            and following.islower() and following.startswith(_VERB_STARTS))


_SAYING = frozenset({"mengatakan", "menyampaikan", "menjelaskan", "menegaskan", "mengungkapkan",
                     "menuturkan", "menyebutkan", "mengimbau", "menghimbau", "mengingatkan",
                     "meminta", "menambahkan", "menekankan", "memaparkan", "menerangkan"})


# (and where the holder was, "Rahmat Hidayat, Ketua Bawaslu Agam di acara ...", a caption's; or a
# passive verb, "... Ketua Bawaslu Agam diminta ...")
_VERB_STARTS = ("me", "ber", "juga", "pun", "turut", "saat", "ketika", "tak", "tidak", "telah",
                "sudah", "akan", "sekaligus", "yang", "dalam", "usai", "seusai", "pada", "di")


def _without_degrees(lead: str) -> str:
    """lead with the degrees at its end cut ("Rahmat, S.H., M.H., " -> "Rahmat, "): the name
    before a title is read past them; offsets before the cut are unchanged."""
    lead = _POSITION.sub("", lead)
    while (m := _DEGREE_TAIL.search(lead)) and run_of_degrees(
            "".join((m["degree"] or m["dotted"]).replace(".", " ").split())):  # "S.Pd.ST.MM"
        lead = lead[:m.start()] + (f" {m['bridge']}" if m["bridge"] else ", ")
    return lead



def _without_bare_degrees(words: list[str]) -> list[str]:
    """words without the degrees written after the name with neither comma nor dots ("Rahmat
    Lubis SH MH" before its title): two name words at least stay before them, or one when the
    degrees cannot be initials ("Zulkarnain SE", "Rahmat SPd", "Rahmat SH MH"; "Andi MS" keeps
    its letters)."""
    tail = len(words)
    while tail > 1 and words[tail - 1] in DEGREES:
        tail -= 1
    if tail == len(words) or not is_cap(words[0]):
        return words
    if sum(map(is_cap, words[:tail])) >= 2 or tail == 1 and (
            len(words) - tail >= 2 or _not_initials(words[tail])):
        return words[:tail]
    return words


# the degrees most often written bare after a name; other two capitals may be initials
_PLAIN_DEGREES = frozenset({"SE", "SH"})


def _not_initials(degree: str) -> bool:
    return degree in _PLAIN_DEGREES or len(degree) > 2 or not degree.isupper()


LEAD = 60  # how many characters before a title officials.py passes as ``lead``


def _dateline_bracket(lead: str, end: int) -> bool:
    """Whether the bracket closing at ``end`` follows a dateline's place at its line's start
    ("Agam (kabarku.com)", "PADANG (ANTARA)"), not a title whose long or short form it holds
    ("Komisioner Badan Pengawas Pemilu (Bawaslu) Rahmat")."""
    opened = lead.rfind("(", 0, end)
    place = lead[lead.rfind("\n", 0, opened) + 1:opened].replace(",", " ").split()
    return 0 < len(place) <= 4 and all(
        w[:1].isupper() and not _HEAD_WORD.fullmatch(w) and (w.isupper() or not is_office_word(w))
        for w in place)


# "selaku"/"sebagai" capitalised in mid-sentence right before the title ("hadir Rahmat Sebagai
# Ketua Bawaslu"): the bridge all the same, read in lower case (the same length)
_CAP_BRIDGE = re.compile(r"(?<=[A-Za-z])[ \t]+(?:Sebagai|Selaku)[ \t]*$")


def name_before(lead: str, comma: bool, paren: bool, following: str
                ) -> tuple[list[str], int] | None:
    """The name's words right before a title and their offset in ``lead`` (the text before the
    title), or None. ``comma``/``paren``: the title is closed by a comma or a parenthesis;
    ``following``: the word after the title."""
    lead = _CAP_BRIDGE.sub(lambda m: m.group().lower(), lead)  # "Nama Sebagai Ketua ..."
    before = _INSTALLED.search(lead) or _NAME_BEFORE.search(_without_degrees(lead))
    if before is None or before.re is _NAME_BEFORE and before["bracket"] and not (
            _dateline_bracket(before.string, before.start("bracket"))):
        return None
    group = next(g for g in ("name", "bridged", "opening") if before[g])
    words = before[group].split()
    lead_words = next((i for i, w in enumerate(words) if _name_word(w)), len(words))
    # a place closing the sentence before, not a name's short form ("Muh."): "di kantor
    # Bawaslu Agam. Rahmat Hidayat, Kepala ..."
    lead_words = max([lead_words, *(i + 1 for i, w in enumerate(words[:-1])
                                    if w.endswith(".") and is_region(w[:-1]))])
    if lead_words and (_HEAD_WORD.fullmatch(words[lead_words - 1]) or (
            words[lead_words - 1][:1].isupper() and is_office_word(words[lead_words - 1]))):
        return None  # "Camat Bunaken, Camat Sario": the region of the title before, no name;
        #              "Ketua Forum Lentera Agam, Ketua Bawaslu": the body's own name
    words = words[lead_words:]  # "Menurut Rahmat Hidayat yang juga ...": a clause's opener
    words = _without_bare_degrees(words)  # "kata Rahmat Lubis SH MH anggota Bawaslu ..."
    if words and _VERBAL_NOUN.match(words[0]):
        words, lead_words = words[1:], lead_words + 1  # "Pelantikan Rahmat sebagai ...";
        #                                                "Pengabdian sebagai ...": no one
    full = [w for w in words if is_cap(w)]
    # (the word of a former post within the name's own sentence: not "... di Pilkada
    # sebelumnya.\nRahmat, Ketua ...", the sentence before's)
    near = max(0, before.start(group) - 24, _sentence_start(lead, before.start(group)))
    past = _PAST.search(lead, near, before.end(group))
    if past and past.end() <= before.start(group) and _EARLIER_OPENER.search(
            lead, 0, before.start(group)) and lead[before.end(group):].strip() in ("", ","):
        past = None  # "Sebelumnya, Rahmat Hidayat, Kepala ...": when, not a former post
    past = past or ("menjabat" in lead[before.end(group):]
                    and _THEN.search(lead, near, before.end(group)))
    if not (full and not past and not is_region(" ".join(full))
            and not (not lead_words and _AT.search(lead, 0, before.start(group)))
            and all(_name_word(w) and (not is_office_word(w) or w.lower() in NAME_TOO)
                    or w in ("bin", "binti") for w in words)  # "Muda": a name too
            and (group != "opening" or before["according"]  # the title follows the name
                 or (comma if before["open"] == "," else paren)
                 or before["open"] != "(" and _opens_clause(words, following) and (
                     before["open"] or before.start() or len(lead) < LEAD))):
        return None
    at = before.start(group) + len(" ".join(before[group].split()[:lead_words])) + bool(lead_words)
    if _CANDIDATE.search(before.string, 0, at):
        return None  # "Cabup Yusuf adalah Wakil Bupati X": a candidate, never an official
    if following not in (",", ".", "") and _AGREED_WITH.search(before.string, max(0, at - 30), at):
        return None  # "Senada dengan Rudi, Ketua Persatuan Guru ...": who is agreed with, the
        # title read short the next speaker's (one closed by a comma is his own: "sejalan
        # dengan Rudi, Ketua Bawaslu Agam, yang ...")
    return words, at


# One agreed with, before the next speaker's title: "Senada dengan Rudi, Ketua X, Nama, ..."
_AGREED_WITH = re.compile(r"\b(?:senada|sejalan|sependapat|sepaham)\s+dengan\s+$", re.IGNORECASE)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts: after the last line break or ". "."""
    stop = text.rfind(". ", 0, at)
    return max(text.rfind("\n", 0, at) + 1, stop + 2 if stop >= 0 else 0)


# In a list of officials written name first ("tampak Kolonel Inf A, Dandim 0304/Agam, Kompol B,
# Kabag Ops Polres Agam, dan ..."), the words left between two titles: one name set off by
# commas, the name of the title after it.
_LISTED_NAME = re.compile(rf"[ \t]*,[ \t]*{_HON}{_RUN}[ \t]*,[ \t]*")


def name_first(lead: str, unread: int | None, next_item: bool) -> tuple[list[str], int] | None:
    """The name before a title in a list written name first, and its offset in ``lead``; None
    when the list is written title first ("hadir Kapolres X, AKBP A, Dandim Y, Letkol B").
    ``unread``: how many characters at the end of ``lead`` no earlier title took as its name
    (None: all); ``next_item``: the name after the title is followed by another title (so it
    is that one's). Without it, the unread words must be that one name, set off by commas."""
    free = lead if unread is None or unread >= len(lead) else lead[len(lead) - unread:]
    if not (next_item or _LISTED_NAME.fullmatch(free)):
        return None
    found = name_before(free, True, False, "")
    return found and (found[0], found[1] + len(lead) - len(free))


def opens_sentence(lead: str) -> bool:
    """Whether only ranks and honorifics stand between a sentence's start and the end of
    ``lead`` (where a name begins): "Mayjen TNI Rahmat, Pangdam ..." opens it, "dihadiri
    Wagub X Rahmat, Sekda ..." does not."""
    words = lead.split()
    while words and words[-1].rstrip(".") in RANKS | HONORIFICS:
        words.pop()
    return (" ".join(words)[-1:] or ".") in '.!?"“”'
