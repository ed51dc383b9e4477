"""Officials named as the suspects of a violation, not as officials of the occasion: "ASN yang
diduga melanggar meliputi Kepala Dinas X", "Camat Z yang diduga tidak netral", "dugaan
pelanggaran netralitas Lurah Y"; and the sentences after such a list that go on with it ("...
diduga ikut berkampanye. Selain itu, Camat Z, Nama." or a line of titles and names alone).

Split from transforms/events/officials/parse.py, which marks each title it reads with it.
"""

from __future__ import annotations

import re

__all__ = ["ACCUSED_AFTER", "accused", "accused_after", "accused_later", "list_goes_on",
           "listed_before", "sentence_end"]

# A person named as a suspect of the violation the article reports: "ASN yang diduga melanggar
# meliputi Kepala Dinas X", "tertangkap basahnya Camat Y", "Camat Z yang diduga tidak netral".
_ACCUSED_BEFORE = re.compile(
    r"\b(?:diduga|terduga|terbukti|kedapatan|tertangkap|terlapor|memeriksa|memanggil"
    r"|mengklarifikasi|menjatuhkan|dijatuhi|dijatuhkan|disanksi|dicopot|menonaktifkan"
    r"|dinonaktifkan"
    r"|dipanggil|diperiksa|diklarifikasi"  # "yang dipanggil adalah Kadis X" ("dipanggil Kadis
    #                                         X": X the agent, _PASSIVE_AGENT)
    r"|merekomendasikan|menemukan|melaporkan|(?:di)?laporkan|(?:di)?adukan|menegur"
    r"|memvonis|mendakwa|mengadili|menghukum|terdakwa|tersangka"
    r"|(?:memberi(?:kan)?|mengenakan|menjatuhi)[ \t]+sanksi)\w*\b"
    r"(?:(?!\b(?:oleh|dan|serta|sedangkan|sementara|namun|kata|ujar|bersama|didampingi|dipimpin"
    r"|dihadiri|melalui|menurut|disampaikan|dikatakan|ditegaskan)\b)"
    r"[^.;:!?,\n\"“”()])*\Z", re.IGNORECASE)  # "... oleh Bupati": the agent, "dan": a new clause
ACCUSED_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:yang[^\S\n]+)?(?:(?:ikut|turut|juga|telah|sudah"
                           r"|pun|tidak)[^\S\n]+)?(?:diduga|terduga|terbukti|kedapatan|tertangkap"
                           r"|terlapor|dilaporkan|diperiksa|dipanggil|diklarifikasi|disanksi"
                           r"|divonis|diputus[^\S\n]+bersalah|dituntut|didakwa|diadili|dihukum"
                           r"|dipecat|diberhentikan|terseret|tersandung|terjerat"
                           r"|(?:ditetapkan|menjadi|jadi)[^\S\n]+(?:sebagai[^\S\n]+)?(?:tersangka"
                           r"|terlapor|terdakwa|terpidana)"
                           r"|terancam[^\S\n]+(?:sanksi|hukuman|pidana"
                           r"|dipecat|diberhentikan)"
                           r"|dijatuhi|dicopot|dinonaktifkan|(?:mendapat(?:kan)?|menerima|dikenai"
                           r"|dikenakan|diberi(?:kan)?)[^\S\n]+(?:surat[^\S\n]+)?(?:sanksi|teguran"
                           r"|peringatan|hukuman))\b"
                           # the holder as the subject of "melanggar", no comma between
                           r"|[^\S\n]+(?:(?:juga|telah|sudah|tidak)[^\S\n]+)?melanggar\b",
                           re.IGNORECASE)
_CLAUSE_MAX = 160


def accused_after(text: str, end: int) -> bool:
    """The words right after a name (ending at ``end``) make its holder a suspect ("Camat X
    diduga ..."), within its sentence: "..., Yadi. Dilaporkan Yadi, ..." opens another one."""
    m = ACCUSED_AFTER.match(text, end)
    return bool(m) and not (text[end - 1:end] == "." and m.group(0).lstrip(" \t,")[:1].isupper())


def accused_later(text: str, name: str) -> bool:
    """A full name (two words or more) is, somewhere in the text, the subject of an accusation
    ("Rahmat Hidayat diduga mengarahkan ..."): the holder titled elsewhere is the case's
    suspect, not an official of the occasion."""
    if " " not in name:
        return False
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not text[end:end + 1].isalnum() and accused_after(text, end):
            return True
        at = text.find(name, end)
    return False


def accused(text: str, start: int) -> bool:
    """The clause before ``start`` names a violation with the person as its suspect; not the
    one a finding is sent or shown to ("merekomendasikan ... kepada Pj Bupati X", "memeriksa
    ... di hadapan Inspektur Y"), unless the clause imposes a sanction ("menjatuhkan sanksi
    kepada Camat Z")."""
    if _VIOLATION_BY.search(text, max(0, start - 80), start) or _SUSPECT_BEFORE.search(
            text, max(0, start - 40), start) or _WRONG_LISTED.search(
            text, max(0, start - _LIST_REACH), start):
        return True  # "pelanggaran disiplin yang diduga dilakukan oleh Camat X", "oknum Camat X"
    m = _ACCUSED_BEFORE.search(text, max(0, start - _CLAUSE_MAX), start)
    while m and (later := _ACCUSED_BEFORE.search(text, m.start() + 1, start)):
        m = later  # the verb nearest the title: "merekomendasikan kepada Bupati X untuk
        #            memberikan sanksi kepada Kades Y" sanctions Y, X only receives it
    return bool(m) and not (_RECIPIENT.search(m.group(0))
                            and not m.group(0).lower().startswith(_SANCTIONING)
                            or _PASSIVE_AGENT.fullmatch(m.group(0)))


_VIOLATION_BY = re.compile(r"\bpelanggaran(?:[ \t]+(?:netralitas|asn|kode|etik|disiplin|yang"
                           r"|dilakukan|diduga))*[ \t]+oleh[ \t]+"
                           # "... oleh salah satu kepala desa", "... oleh seorang camat"
                           r"(?:(?:salah[ \t]+satu|seorang|sejumlah|beberapa|para)[ \t]+)?\Z"
                           r"|\bpelanggaran[ \t]+(?:netralitas|kode[ \t]+etik|disiplin)"
                           r"(?:[ \t]+(?:asn|pns))?[ \t]+\Z", re.IGNORECASE)  # "netralitas Camat X"
# "oknum" (a rogue member) names the wrongdoer in news prose: "oknum Camat X", "oknum ASN
# berinisial AB", never an official of the occasion.
# So does a report's subject right before the title: "laporan terhadap Pj Bupati X", and a
# case named after its holder: "perkara Lurah X", "kasus dugaan pelanggaran Camat Y".
_SUSPECT_BEFORE = re.compile(r"\b(?:oknum(?:[ \t]+(?:asn|pns|pejabat|aparatur))?"
                             r"|(?:laporan|aduan|pengaduan)[ \t]+(?:terhadap|atas)"
                             r"(?:[ \t]+oknum)?|(?:perkara|kasus)(?:[ \t]+dugaan)?"
                             r"(?:[ \t]+pelanggaran)?(?:[ \t]+netralitas)?)[ \t]+\Z",
                             re.IGNORECASE)
# The holders listed after their wrong, in one sentence: "ASN yang diduga ikut berkampanye, di
# antaranya Camat X", "pejabat yang dijatuhi sanksi oleh KASN, yakni Sekda Y", "yang melanggar
# netralitas yaitu: Kadis Z". The wrong stands within two words after "yang" (a literal the
# search finds fast); the list word ends the text before the title.
_WRONG_LISTED = re.compile(  # case-sensitive "yang" first: re looks for that literal alone
    r"yang(?:[ \t]+[a-z]+){0,2}?[ \t]+(?i:diduga|terduga|melanggar|terlibat|bersalah|terbukti"
    r"|diperiksa|dipanggil|dilaporkan|diadukan|terlapor|disanksi|tidak[ \t]+netral"
    r"|(?:dijatuhi|dikenai|dikenakan|diberi(?:kan)?|mendapat(?:kan)?|menerima)[ \t]+"
    r"(?:sanksi|hukuman|teguran))\b[^.;!?\n\"“”]{0,160}?\b(?i:yaitu|yakni|adalah|ialah|antara"
    r"[ \t]+lain|di[ \t]*antaranya|meliputi|masing-masing)[ \t]*[,:]?[ \t]*\Z")
_LIST_REACH = 240
# The title is the one a finding goes or is shown to: the recipient word a few words before it
# ("merekomendasikan ... kepada Pj Bupati X"), not a body named earlier in the clause ("yang
# kami laporkan ke KASN karena berpihak adalah Camat X").
_RECIPIENT = re.compile(r"\b(?:kepada|ke|hadapan)(?:[ \t]+\S+){0,3}[ \t]*$", re.IGNORECASE)
# A passive verb right before the title makes it the agent: "Camat X dicopot Bupati Y" (Y
# removed X), "dilaporkan Ketua Bawaslu Z"; "diduga" is no passive of an act.
_PASSIVE_AGENT = re.compile(r"di(?!duga)\w+[ \t]+", re.IGNORECASE)
_SANCTIONING = ("menjatuhkan", "dijatuhi", "dijatuhkan", "disanksi", "menegur", "dicopot",
                "menonaktifkan", "dinonaktifkan", "memvonis", "mendakwa", "mengadili",
                "menghukum", "terdakwa", "tersangka", "memberi", "mengenakan", "menjatuhi")


_AND = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?")


def listed_before(text: str, previous_end: int, start: int, end: int) -> bool:
    """The title at ``start`` (its name ending at ``end``) closes a list of suspects that the
    name ending at ``previous_end`` opens: "Sekda X, A dan Sekda Y, B dikenai sanksi" (the
    verb right after the last name, no "yang" tying it to that one alone)."""
    after = ACCUSED_AFTER.match(text, end)
    return bool(after and "yang" not in after.group(0).lower() and "," not in after.group(0)
                and previous_end < start and _AND.fullmatch(text, previous_end, start))


# A sentence's end: ".", "!" or "?" before a space (not an initial's or a short form's dot:
# "H.", "Drs.", "M.Si."), or a line break.
_STOP = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]+[\"”’']?(?=\s|\Z)|\n")
# A sentence that adds to the list before it: "Selain itu, ...", "Kemudian ...", "Ada juga ...".
_GOES_ON = re.compile(r"[\"“]?(?:selain[ \t]+itu|di[ \t]+samping[ \t]+itu|kemudian|lalu"
                      r"|selanjutnya|berikutnya|disusul|ditambah|termasuk|juga|begitu[ \t]+"
                      r"(?:juga|pula)|demikian[ \t]+(?:juga|pula)|ada[ \t]+(?:juga|pula)"
                      r"|terdapat[ \t]+(?:juga|pula)"
                      # who it was, named in a sentence of its own: "Yaitu Kades X, Nama."
                      r"|yaitu|yakni)\b", re.IGNORECASE)
# Words that make a sentence tell what its officials did or said, not whom a list goes on
# with: an active verb (me-, ber-; not the copulas nor "bernama"), a passive one (its agent:
# "sanksi diberikan Bupati X"; not the passives of a suspect, "diduga", "dilaporkan"), an
# agent ("oleh"), attendance ("hadir"), a verb of saying, a photo caption ("(kiri)", "Foto").
# (In lower case: "Mega", "Bernadus", "Diana" are names.)
_ACT = re.compile(r"(?-i:\b(?!(?:menjabat|merupakan|menjadi|mereka|media|menit|meski|meskipun"
                  r"|melalui|bernama|berinisial|bersama|berupa|berasal|berstatus|bertugas"
                  r"|berada|berikut|berikutnya)\b)(?:me|ber)[a-z]{3,}"
                  r"|\bdi(?!(?:nas|siplin|ri|rinya|mana|antaranya|duga|laporkan|adukan|periksa"
                  r"|panggil|klarifikasi|sanksi|copot|nonaktifkan|berhentikan|pecat|jatuhi|kenai"
                  r"|kenakan|temukan|proses|tetapkan)\b)[a-z]{3,}"
                  r"|\b(?:oleh|hadir)\b)"
                  r"|\b(?:kata|ujar|ucap|tegas|terang|jelas|tutur|tambah|pungkas|ungkap|imbuh"
                  r"|sebut|menurut)(?:nya)?\b|\bfoto\b|\(dok\b"
                  r"|\((?:paling[ \t]+)?(?:kiri|kanan|tengah)\)", re.IGNORECASE)
# A relative clause tells the item's wrong, not an act at the occasion: "Camat X, A, yang
# memasang baliho calon", "yang hadir di acara partai".
_CLAUSE = re.compile(r"\byang(?:[ \t]+(?:juga|ikut|turut|telah|sudah|pernah|diduga|kedapatan"
                     r"|terbukti|kini|sekarang))*[ \t]+[a-z]+")
_ASIDES = 2  # sentences with no title that may stand between the list and a "Selain itu"


def sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its stop included)."""
    stop = _STOP.search(text, at)
    return stop.end() if stop else len(text)


def list_goes_on(text: str, list_end: int, start: int) -> bool:
    """The sentence where a mention starts (``start``, its name or title, the first one read
    in the sentence) goes on with a list of suspects whose last sentence ends at ``list_end``:
    it opens with a word that adds to a list ("Selain itu", "Kemudian", "Ada juga"; up to two
    asides may stand before it) or with the mention itself, as one of several ("Camat X, A,
    Lurah Y, B."); and it tells no act nor speech of theirs ("Kemudian Ketua Bawaslu X
    mengatakan ...")."""
    opening = max([list_end, *(m.end() for m in _STOP.finditer(text, list_end, start))])
    opening += len(text[opening:start]) - len(text[opening:start].lstrip())
    end = sentence_end(text, start)
    if _ACT.search(_CLAUSE.sub("", text[opening:end])):
        return False
    between = [s for s in _STOP.split(text[list_end:opening]) if any(c.isalpha() for c in s)]
    if opening == start:
        return not between and bool(re.search(r",|\b(?:dan|serta)\b", text[start:end]))
    return len(between) <= _ASIDES and bool(_GOES_ON.match(text, opening))
