"""Sentence context of an activity phrase: did it happen at this occasion, and as what?

Real prose names far more activities than it reports. A phrase found by
``transforms.events.activities.classify`` is judged by its sentence: who acts, tense and modality
(akan, bakal, dapat, bisa, jangan, agar, jika/apabila ... = conditional), negation, and whether
the sentence is about this occasion or an earlier one. A judge returns the value the phrase
stands for, or None to drop it. Findings are judged in ``activities.findings``, sanctions in
``activities.sanctions``, monitoring in ``activities.monitoring``, appeals in
``activities.appeals``; this module judges gatherings:

* `pakta_integritas` is a signing: a signing word in the phrase or its sentence, or the pact
  named with the pledge of one ceremony ("ikrar dan pakta integritas"); a pact referred to as
  a rule ("melanggar pakta integritas", "isi pakta") is none.
* `sosialisasi` is judged in ``activities.briefings``, `bimtek` in ``activities.trainings`` (not
  poll workers' training, "bimtek KPPS", or a training body's name); "lapangan upacara" is no
  assembly. A meeting,
  a training or an assembly is on neutrality when its sentence names neutrality or the civil
  servants it is for (an assembly: or their government), or is where the statement was made.
* A capitalised phrase inside a proper name ("Divisi Penanganan Pelanggaran", "Badan
  Pengawasan Pemilu", "Badan Kepegawaian Pendidikan dan Pelatihan") is no activity, unless
  its line is a headline in title case; nor one in a related headline or an address.

Whether a gathering is this occasion (not routine, earlier, owed or to come) is told by
``activities.this_occasion``. This module also holds what every judge reads: the phrase in its
sentence (:class:`Context`), ``words`` and ``last_clause``, a proper name (:func:`in_name`), and
the cues of an earlier occasion, of the occasion a statement was made at and of a day told
(``EARLIER``, ``AT_OCCASION``, ``WHEN``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.events.activities import cues
from transforms.events.activities.words import (
    NEUTRAL,
    SUPPORT_AFTER,
    TALK_HEARD,
    in_address,
    on_neutrality,
    signed_as,
)
from transforms.prefilter import quick


class Context(NamedTuple):
    """A phrase in its sentence; ``latest_year`` is the text's latest election, ordered as
    ``activities.findings.election_rank`` (a named tuple: made for every phrase judged, ~4x
    faster than a frozen dataclass)."""

    sentence: str  # the whole sentence
    before: str  # the sentence up to the phrase
    phrase: str
    after: str  # the sentence after the phrase
    latest_year: int = 0
    previous: str = ""  # the sentence before
    paragraph: str = ""  # the line the sentence stands in (the sentence when not given)
    lead: str = ""  # the article's opening paragraphs (given for findings and sanctions)

    def about_neutrality(self) -> bool:
        """The paragraph (or the sentence before, "laporan itu") names neutrality or the civil
        servants (or village heads) it binds: a finding or a sanction of the taxonomy is
        theirs, not a candidate's or a campaign's. A case pointed back at ("kasus tersebut")
        is the one the article's lead tells of."""
        return on_neutrality(self.paragraph or self.sentence) or on_neutrality(
            self.previous) or bool(self.lead) and _POINTED_CASE.search(
                self.sentence) is not None and on_neutrality(self.lead)


# the case told before, pointed back at ("kasus tersebut telah diproses", "persoalan ini")
# (or with what was done to it: "kasus yang sudah ditangani itu")
_POINTED_CASE = re.compile(r"\b(?:kasus|persoalan|perkara|permasalahan|masalah|laporan|temuan)"
                           r"(?:\s+yang(?:\s+(?:sudah|telah|sedang|tengah|masih))?\s+\w+)?"
                           r"\s+(?:tersebut|itu|ini)\b", re.IGNORECASE)


def words(*alternatives: str) -> re.Pattern[str]:
    """Any of the alternatives as whole words, case-insensitive (``quick``: searched often)."""
    return quick(re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE))


CLAUSE = re.compile(r"[,;:(]")


def last_clause(text: str) -> str:
    """``CLAUSE.split(text)[-1]``: the text after its last clause mark (four ``rfind``, no
    list of every clause: a rule asks this of most phrases it judges)."""
    return text[max(text.rfind(","), text.rfind(";"), text.rfind(":"), text.rfind("(")) + 1:]


# A dateline's date at a sentence's start ("Agam, 10 Oktober 2024 -", "AGAM, Kamis
# (10/10/2024) -"): the report's day, not a day the sentence tells (masked for the judges)
_HEAD_DATE = re.compile(r"^[A-Z][\w.' -]{1,40}?(?:\s*\([^()\n]{1,30}\))?,\s*"
                        r"((?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s*)?"
                        r"\(?\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*\d{2,4}|\s+[A-Za-z]{3,9}\.?\s+\d{4})\)?)"
                        r"\s*[-\u2013\u2014]\s")


def without_head_date(sentence: str) -> str:
    """``sentence`` with a dateline's date at its start blanked (same length: offsets hold)."""
    head = _HEAD_DATE.match(sentence) if sentence[:1].isupper() else None
    if head is None:
        return sentence
    a, b = head.span(1)
    return sentence[:a] + " " * (b - a) + sentence[b:]


# an earlier occasion told: read by this_occasion, the other judges and events.occasions
EARLIER = re.compile(r"^\W*(?:sebelumnya|sebelum\s+itu|beberapa\s+waktu\s+lalu|pekan\s+lalu"
                     r"|bulan\s+lalu|tahun\s+lalu|saat\s+itu|waktu\s+itu|kala\s+itu|diketahui"
                     # "Seperti diberitakan, ...", "(Sebagaimana) diketahui, ...": background
                     r"|(?:seperti|sebagaimana)\s+(?:\w+\s+)?(?:diberitakan|dikabarkan|diketahui))\b",
                     re.IGNORECASE)
# the occasion a statement was made at: "kata dia dalam/saat/usai sosialisasi"
AT_OCCASION = quick(re.compile(r"\b(?:dalam|saat|ketika|pada|di\s+sela(?:-sela)?|usai|seusai"
                               r"|setelah|sesudah|selepas)\s+(?:acara\s+|kegiatan\s+|sebuah\s+"
                               r"|pelaksanaan\s+)?$", re.IGNORECASE))
WHEN = cues.WHEN  # a day told (defined with the cues that use it)
# "ketika ada kesempatan rapat koordinasi ...": a gathering whenever one is held (with no day
# told, routine: this_occasion)
WHENEVER_HELD = re.compile(r"\b(?:ketika|saat|bila|jika|kalau)\s+ada\s+kesempatan\s+$",
                           re.IGNORECASE)


def in_name(ctx: Context) -> bool:
    """Part of a proper name: a capitalised phrase right after a capitalised word (or "dan" after
    one), not at its sentence's start, unless the line is in title case; or a site's domain."""
    if ctx.after[:1] == "." and in_address(ctx.after):
        return True
    if not ctx.phrase[:1].isupper():
        return False
    words = ctx.before.split()
    if not words:
        return False
    previous = words[-1]
    if previous.lower() in ("dan", "&") and len(words) > 1:
        previous = words[-2]
    # an acronym in brackets within the name: "Badan Kepegawaian (BK) dan Diklat"
    previous = previous.lstrip("(")
    if not previous[:1].isupper():
        return False
    line = ctx.sentence.split()
    capitals = sum(w[:1].isupper() for w in line) / len(line)
    ended = ctx.sentence.rstrip()[-1:] in (".", "!", "?")
    headline = capitals >= 0.85 or (capitals >= 0.6 and not ended)
    return not headline


_SIGNED_THING = words(r"ikrar", r"deklarasi", r"pernyataan", r"komitmen", r"pakta")
_PLEDGES = frozenset({"ikrar", "deklarasi"})
_SIGNING = words(r"(?:pe|di|me)?n?(?:andatangan|tandatangan)\w*", r"(?:pen)?(?:an|t)da\s+tangan\w*",
                  r"(?:di)?teken", r"meneken", r"penekenan", r"(?:mem)?bubuhkan")
# the pact as a rule referred to, not a signing: "melanggar pakta integritas", "isi pakta ..."
# ("mengingatkan kembali pakta integritas yang ...": a commitment recalled)
_PACT_REFERRED = re.compile(r"\b(?:melanggar|langgar|pelanggaran|mengingkari|sesuai(?:\s+dengan)?"
                            r"|(?:meng|di)?ingatkan(?:\s+kembali)?|mengingat"
                            # a pact kept ("menaati pakta integritas itu"), not one signed
                            r"|menaati|mentaati|mematuhi|(?:patuh|taat)\s+(?:pada|terhadap)"
                            r"|menjalankan|memegang(?:\s+teguh)?"
                            r"|isi|poin|butir|berdasarkan|mengacu|tertuang\s+dalam"
                            # what it lays down: "sanksi dari pakta integritas ini"
                            r"|sanksi(?:nya)?\s+(?:dari|dalam|atas))\s+$",
                            re.IGNORECASE)
# a pact named with the other acts of one ceremony: "ikrar dan pakta integritas"
# (or declared, read out together: "memimpin pernyataan bersama pakta integritas")
_CEREMONY_LIST = words(r"ikrar", r"deklarasi", r"apel", r"pembacaan", r"pernyataan",
                       r"menyatakan", r"(?:meng|peng)ucap(?:kan|an)", r"membaca(?:kan)?")
# a signing to be done, not done: "untuk ditandatangani", "belum menandatangani"
_UNSIGNED = re.compile(r"\b(?:untuk|agar|supaya|harus|wajib|perlu|belum|tidak|tak|enggan"
                       r"|menolak|segera|siap)\s+(?!lama\b)(?:\w+\s+)?$", re.IGNORECASE)
_WHOEVER_SIGNED = re.compile(r"\b(?:setiap|tiap|bagi|barang\s+siapa)\s+(?:\w+\s+){0,3}?yang"
                             r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_OTHER_SIGNERS = words(r"pasangan\s+calon", r"paslon", r"kandidat", r"partai\w*", r"parpol",
                       r"peserta\s+pemilu", r"kampanye\s+damai", r"kpps", r"pps", r"ptps",
                       r"pantarlih", r"ad\s*hoc", r"penyelenggara\s+pemilu",
                       r"panitia\s+pemilihan")
_RESIGNATION = words(r"pengunduran", r"mengundurkan", r"mundur", r"berhenti", r"cuti")


def signed(ctx: Context) -> str | None:
    """An integrity pact (or neutrality statement) signed: a signing word in the phrase or its
    sentence, or the pact named with the pledge of the same ceremony; a pact referred to as a
    rule ("melanggar pakta integritas") is not a signing."""
    phrase = ctx.phrase.lower()
    if cues.ALLEGED.search(ctx.before[-40:]):
        return None  # "dugaan pakta integritas yang dibuat ...": a signing alleged
    if _PACT_REFERRED.search(ctx.before[-30:]) or (
            not phrase.startswith(("penandatanganan", "penanda", "penekenan", "pakta"))
            and _UNSIGNED.search(ctx.before[-30:])):
        return None  # a pact referred to as a rule, or a signing verb only to be done
    if phrase.endswith(("integritas", "intergritas")):
        if phrase.startswith("pakta") and not (
                any(not _UNSIGNED.search(ctx.sentence[max(0, m.start() - 30):m.start()])
                    for m in _SIGNING.finditer(ctx.sentence))
                or _CEREMONY_LIST.search(ctx.before[-40:])
                # "dengan pakta integritas tersebut, ...": the pact the article is about
                # (signed, named before or in the title), pointed at
                or cues.THIS_ONE.match(ctx.after)):
            return None  # no signing, or one only to be done ("untuk ditandatangani")
        if _WHOEVER_SIGNED.search(ctx.before[-60:]):
            return None  # "setiap ASN yang menandatangani pakta ...": a rule for whoever
        if _OTHER_SIGNERS.search(ctx.sentence) and not on_neutrality(ctx.sentence):
            return None  # the candidates' or poll workers' pact, not the civil servants'
        return "pakta_integritas"
    if phrase.endswith(("pernyataan", "komitmen")):
        return (signed_as(phrase) if NEUTRAL.search(ctx.sentence)
                and not _RESIGNATION.search(ctx.after[:60]) else None)
    # "pernyataan (netralitas ASN yang) ditandatangani": the signed thing close before, itself
    # not referred to as a rule ("melanggar pakta integritas yang ditandatangani"). A pledge
    # or declaration signed is the pledge (`ikrar`, read or signed), named by its own word.
    near = ctx.before[-60:]
    things = list(_SIGNED_THING.finditer(near))
    if not things or things[-1].group().lower() in _PLEDGES:
        return None
    if things[-1].group().lower() in ("pernyataan", "komitmen") and not (
            NEUTRAL.search(ctx.sentence) or _POINTED.match(near, things[-1].end())):
        return None  # a statement signed on another matter ("surat pernyataan ... untuk
        # menarik surat"), as the statement's own word is read above (not one pointed back
        # at: "surat pernyataan itu ditandatangani")
    head = ctx.before[:len(ctx.before) - len(near) + things[-1].start()]
    return None if _PACT_REFERRED.search(head[-30:]) else signed_as(things[-1].group())


_POINTED = re.compile(r"\s+(?:\w+\s+)?(?:itu|tersebut|ini)\b", re.IGNORECASE)
_POINTS_PLEDGED = re.compile(r"\s+(?:dengan\s+)?(?:salah\s+satu\s+)?(?:poin|butir|isi)"
                             r"(?:nya)?\b", re.IGNORECASE)


# a pledge reminded of: "kembali mengingatkan deklarasi netralitas ASN", "mengingatkan ...
# Pemkab X pada pertemuan ... yang lalu telah mendeklarasikan netralitas": made before
_REMINDED_OF = re.compile(r"\b(?:meng|di)?ingatkan\s+(?:kembali\s+)?(?:akan\s+|tentang\s+"
                          r"|soal\s+)?$", re.IGNORECASE)
_REMINDED_DONE = re.compile(r"\b(?:meng|di)?ingatkan\b[^.;]*\b(?:telah|sudah|pernah)\s+$",
                            re.IGNORECASE)
# (told as before: "yang lalu", "sebelumnya", "pernah"; not one made today, "hari ini ... telah")
# ("mengingatkan ASN yang telah berikrar ...": those who pledged, reminded)
_THOSE_WHO = re.compile(r"\byang\s+(?:telah|sudah|pernah)\s+$", re.IGNORECASE)
# "mendeklarasikan diri sebagai (bakal) calon ...": a candidacy declared, no pledge
_AS_CANDIDATE = re.compile(r"[^\S\n]+diri(?:nya)?[^\S\n]+(?:sebagai|menjadi)[^\S\n]+"
                           r"(?:bakal[^\S\n]+)?(?:calon|kandidat|bacalon|balon)\b",
                           re.IGNORECASE)
_NOW_AFTER = re.compile(r"[^.;]{0,30}?\b(?:hari\s+ini|tadi|barusan|kali\s+ini)\b", re.IGNORECASE)
_BEFORE_NOW = re.compile(r"\b(?:yang\s+lalu|sebelumnya|dulu|pernah|(?:tahun|bulan|pekan|minggu)"
                         r"\s+lalu)\b", re.IGNORECASE)


def pledge(ctx: Context) -> str | None:
    """"dideklarasikan" is a pledge when neutrality is what is declared; a pledge of support
    for a candidate ("berikrar mendukung paslon ...") is none (activities.declarations); one
    reminded of, made before, is no pledge of this occasion."""
    if SUPPORT_AFTER.match(ctx.after) or _AS_CANDIDATE.match(ctx.after):
        return None  # (or oneself declared a candidate: "mendeklarasikan diri sebagai calon")
    if "ingat" in ctx.before and (_REMINDED_OF.search(ctx.before[-40:])
                                  or _REMINDED_DONE.search(ctx.before[-200:])
                                  and (_BEFORE_NOW.search(ctx.before[-200:])
                                       or _THOSE_WHO.search(ctx.before[-30:])
                                       and not _NOW_AFTER.match(ctx.after))):
        return None
    if not ctx.phrase.lower().endswith("kan"):
        return "ikrar"
    # (what was pledged a few words on, its points named: "diikrarkan dengan salah satu
    # poinnya menjaga ... netralitas")
    reach = 100 if _POINTS_PLEDGED.match(ctx.after) else 40
    near = ctx.before[-60:] + ctx.after[:reach]
    return "ikrar" if NEUTRAL.search(near) or "komitmen" in near.lower() else None


_GROUND = re.compile(r"\b(?:lapangan|halaman|pelataran|area|pakaian|seragam|baju)\s+$",
                     re.IGNORECASE)


_GOVERNMENT = re.compile(r"\b(?:pem(?:kab|kot|prov|da)|pemerintah|sekda|sekretaris\s+daerah|bupati"
                         r"|wali\s*kota|gubernur|balai\s+kota|kantor\s+(?:bupati|wali|gubernur"
                         r"|camat)"
                         # the regional secretariat and the personnel board run a government's
                         # assemblies ("Asisten III Setda", "Kepala BKPSDM")
                         r"|setda(?:kab|ko|kot|prov)?|sekretariat\s+daerah|bkd|bkpsdm\w*|bkpp"
                         r"|badan\s+kepegawaian)",
                         re.IGNORECASE)


# "saat menjadi inspektur upacara ...": the speaker led the assembly, where the statement was made
_LEADING = re.compile(r"\b(?:menjadi|sebagai|selaku|bertindak\s+sebagai)\s+(?:inspektur|pembina)"
                      r"\s+$", re.IGNORECASE)


_LED = re.compile(r"(?:memimpin|pimpin|pemimpin|pembina|inspektur)\s", re.IGNORECASE)


# the assembly a pledge or a signing was held together with ("penandatanganan pakta itu
# digelar bersamaan dengan apel pagi"): on what the pledge is on
_ALONG_WITH = re.compile(r"\b(?:bersamaan|berbarengan|dirangkai(?:kan)?|sekaligus)\s+(?:dengan\s+)?"
                         r"(?:\w+\s+)?$", re.IGNORECASE)
_PLEDGE = words(r"pakta", r"fakta", r"ikrar", r"deklarasi")


def assembly(ctx: Context) -> str | None:
    """An assembly held; "lapangan upacara" (a parade ground) or "pakaian upacara" is none,
    nor, like a meeting, an assembly whose sentence names neither neutrality nor civil
    servants or their government (a government's assembly is its civil servants') and is not
    where the statement was made ("apel siaga pengamanan" of the police), nor held together
    with a pledge or a signing told before it ("bersamaan dengan apel")."""
    if _GROUND.search(ctx.before[-15:]):
        return None
    if not (on_neutrality(ctx.sentence) or _GOVERNMENT.search(ctx.sentence)
            or AT_OCCASION.search(ctx.before[-40:]) or _LEADING.search(ctx.before[-40:])
            or _ALONG_WITH.search(ctx.before[-40:]) and _PLEDGE.search(ctx.before)
            # "memimpin apel Senin pagi. ... Dalam amanatnya, ... netralitas": the speaker's
            # own assembly, its paragraph on neutrality
            or _LED.match(ctx.phrase) and on_neutrality(ctx.paragraph)):
        return None
    return "apel"


_IMPLIED = re.compile(r"^(?:memberikan|memberi|berikan|menyampaikan|memaparkan|membawakan|menjadi"
                      r"|sebagai|menghadirkan|" + TALK_HEARD + r")\s", re.IGNORECASE)


# what a speaker's session is named by, after its verb ("menjadi narasumber")
_SESSION = ("materi", "narasumber", "pemateri", "pembicara")


def session(phrase: str) -> bool:
    """A speaker's session at a gathering ("menjadi narasumber", "memaparkan materi"): on
    neutrality by its own words, a briefing on it within a gathering held on another matter."""
    return bool(_IMPLIED.match(phrase)) and phrase.lower().endswith(_SESSION)


def implied(phrase: str) -> bool:
    """A speaker's talk ("memberikan materi", "menjadi narasumber", "dalam arahannya",
    "pengarahan") or people gathered ("mengumpulkan seluruh ASN"): a briefing only when the
    article names no other gathering it was part of
    (a bimtek, an apel, a signing)."""
    low = phrase.lower()
    return ((bool(_IMPLIED.match(phrase)) and low.endswith((*_SESSION, "arahan")))
            or low.startswith(("arahan", "pengarahan", "mengumpulkan")) or low in _TALK)


_TALK = frozenset({"memaparkan", "pemaparan", "paparan"})
