"""Officials named as the suspects of a violation, not as officials of the occasion: "ASN yang
diduga melanggar meliputi Kepala Dinas X", "Camat Z yang diduga tidak netral", "dugaan
pelanggaran netralitas Lurah Y".

Split from transforms/events/officials/parse.py, which marks each title it reads with it.
"""

from __future__ import annotations

import re

__all__ = ["ACCUSED_AFTER", "accused", "accused_after", "accused_later", "listed_before"]

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
                           r"|dilakukan|diduga))*[ \t]+oleh[ \t]+\Z"
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
