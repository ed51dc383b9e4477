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

Gatherings (sosialisasi, ikrar, apel ...) are judged by :func:`aside`: one announced with a
day ("akan digelar ... pada Senin (12/8)") is kept only when the article reports no other
gathering; routine ("di setiap apel"), many ("gencar", "berbagai sosialisasi"), earlier
("Sebelumnya, ...", "lanjutan dari deklarasi ... sebelumnya"), undated future ("akan gencar
melakukan sosialisasi"), owed ("bertanggung jawab untuk mensosialisasikan"), a list of means
("upaya ... adalah koordinasi dan sosialisasi"), a side remark ("juga sudah melakukan
sosialisasi", no time) and a candidate's ("sosialisasi salah satu pasangan calon") are dropped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.events.activities import cues
from transforms.events.activities.words import NEUTRAL, in_address, on_neutrality, says, signed_as
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

    def about_neutrality(self) -> bool:
        """The paragraph (or the sentence before, "laporan itu") names neutrality or the civil
        servants (or village heads) it binds: a finding or a sanction of the taxonomy is
        theirs, not a candidate's or a campaign's."""
        return on_neutrality(self.paragraph or self.sentence) or on_neutrality(self.previous)


def words(*alternatives: str) -> re.Pattern[str]:
    """Any of the alternatives as whole words, case-insensitive (``quick``: searched often)."""
    return quick(re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE))


CLAUSE = re.compile(r"[,;:(]")


def last_clause(text: str) -> str:
    """``CLAUSE.split(text)[-1]``: the text after its last clause mark (four ``rfind``, no
    list of every clause: a rule asks this of most phrases it judges)."""
    return text[max(text.rfind(","), text.rfind(";"), text.rfind(":"), text.rfind("(")) + 1:]
_SIGNED_THING = words(r"ikrar", r"deklarasi", r"pernyataan", r"komitmen", r"pakta")
_PLEDGES = frozenset({"ikrar", "deklarasi"})
# gatherings: future ("ada program untuk menggelar ...": a plan), routine or earlier occasions
_LATER = words(r"akan", r"bakal(?!\s+calon)", r"rencana", r"berencana", r"direncanakan",
                r"hendak", r"ke\s+depan", r"nantinya", r"selanjutnya", r"program\s+untuk")
# an obligation: "(ber)tanggung jawab untuk / mesti / harus ... mensosialisasikan"
_TO_DO = words(r"agar", r"harus", r"perlu", r"mesti", r"wajib", r"supaya", r"hendaknya",
                r"(?:me|di)?minta", r"(?:di)?mohon", r"(?:meng|di)instruksikan", r"segera",
                r"(?:me|di)wajibkan", r"diharuskan", r"belum(?!\s+lama)", r"enggan", r"menolak",
                r"diharapkan", r"(?:ber)?tanggung\s+jawab\w*", r"(?:ber|meng)?harap(?:kan)?",
                r"ingin", r"menginginkan", r"mendorong")
_ROUTINE = re.compile(r"\b(?:setiap|tiap)\s+$|\b(?:berulang\s+kali|setiap\s+kesempatan"
                      r"|selama\s+ini|secara\s+rutin)\b", re.IGNORECASE)
# many gatherings, or one done along the way: "gencar melakukan sosialisasi", "berbagai
# sosialisasi", "juga sudah melakukan sosialisasi" (no time stated): efforts, not an occasion
_MANY = re.compile(r"\b(?:berbagai|serangkaian|sejumlah)\s+(?:kegiatan\s+|kali\s+)?$"
                   # "telah menggelar 120 kali sosialisasi": gatherings counted
                   r"|\b(?:\d+|puluhan|ratusan|belasan|ribuan|beberapa|banyak)\s+kali\s+$"
                   r"|\b(?:berkali-kali|beberapa\s+kali|(?:meng|di)?gencarkan|gencar"
                   r"|secara\s+(?:masif|berkala|intensif|bertahap)|terus-menerus|rutin)\b",
                   re.IGNORECASE)
EARLIER = re.compile(r"^\W*(?:sebelumnya|sebelum\s+itu|beberapa\s+waktu\s+lalu|pekan\s+lalu"
                     r"|bulan\s+lalu|tahun\s+lalu|saat\s+itu|waktu\s+itu|kala\s+itu|diketahui"
                     # "Seperti diberitakan, ...", "(Sebagaimana) diketahui, ...": background
                     r"|(?:seperti|sebagaimana)\s+(?:\w+\s+)?(?:diberitakan|dikabarkan|diketahui))\b",
                     re.IGNORECASE)
_FOLLOWS_FROM = re.compile(r"\b(?:lanjutan|kelanjutan|tindak\s+lanjut)\s+dari\s+(?:\w+\s+){0,2}$",
                           re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"^[^,;]*?\b(?:sebelumnya|terdahulu|yang\s+lalu|silam|(?:tahun|bulan"
                            r"|pekan|minggu|beberapa\s+waktu|januari|februari|maret|april|mei"
                            r"|juni|juli|agustus|september|oktober|november|desember)\s+lalu)\b",
                            re.IGNORECASE)
# the occasion a statement was made at: "kata dia dalam/saat/usai sosialisasi"
AT_OCCASION = quick(re.compile(r"\b(?:dalam|saat|ketika|pada|di\s+sela(?:-sela)?|usai|seusai"
                               r"|setelah|sesudah|selepas)\s+(?:acara\s+|kegiatan\s+|sebuah\s+"
                               r"|pelaksanaan\s+)?$", re.IGNORECASE))
# "Bawaslu sebelumnya telah menggelar ...", "Dua pekan sebelumnya, ...", "pernah menggelar"
_EARLIER_BEFORE = re.compile(r"\b(?:sebelumnya|terdahulu|pernah|silam)\b", re.IGNORECASE)
_ONCE = re.compile(r"^\s*(?:\w+\s+){0,2}?yang\s+pernah\b", re.IGNORECASE)
# "padahal ASN itu sudah menandatangani pakta integritas": an earlier commitment held up
_CONTRAST = re.compile(r"\bpadahal\b", re.IGNORECASE)
WHEN = cues.WHEN  # a day told (defined with the cues that use it)

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


_SIGNING = words(r"(?:pe|di|me)?n?(?:andatangan|tandatangan)\w*", r"(?:pen)?(?:an|t)da\s+tangan\w*",
                  r"(?:di)?teken", r"meneken", r"(?:mem)?bubuhkan")
# the pact as a rule referred to, not a signing: "melanggar pakta integritas", "isi pakta ..."
# ("mengingatkan kembali pakta integritas yang ...": a commitment recalled)
_PACT_REFERRED = re.compile(r"\b(?:melanggar|langgar|pelanggaran|mengingkari|sesuai(?:\s+dengan)?"
                            r"|(?:meng|di)?ingatkan(?:\s+kembali)?|mengingat"
                            r"|isi|poin|butir|berdasarkan|mengacu|tertuang\s+dalam)\s+$",
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
            not phrase.startswith(("penandatanganan", "penanda", "pakta"))
            and _UNSIGNED.search(ctx.before[-30:])):
        return None  # a pact referred to as a rule, or a signing verb only to be done
    if phrase.endswith(("integritas", "intergritas")):
        if phrase.startswith("pakta") and not (
                any(not _UNSIGNED.search(ctx.sentence[max(0, m.start() - 30):m.start()])
                    for m in _SIGNING.finditer(ctx.sentence))
                or _CEREMONY_LIST.search(ctx.before[-40:])):
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
    head = ctx.before[:len(ctx.before) - len(near) + things[-1].start()]
    return None if _PACT_REFERRED.search(head[-30:]) else signed_as(things[-1].group())


def pledge(ctx: Context) -> str | None:
    """"dideklarasikan" is a pledge when neutrality is what is declared."""
    if not ctx.phrase.lower().endswith("kan"):
        return "ikrar"
    near = ctx.before[-60:] + ctx.after[:40]
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


def assembly(ctx: Context) -> str | None:
    """An assembly held; "lapangan upacara" (a parade ground) or "pakaian upacara" is none,
    nor, like a meeting, an assembly whose sentence names neither neutrality nor civil
    servants or their government (a government's assembly is its civil servants') and is not
    where the statement was made ("apel siaga pengamanan" of the police)."""
    if _GROUND.search(ctx.before[-15:]):
        return None
    if not (on_neutrality(ctx.sentence) or _GOVERNMENT.search(ctx.sentence)
            or AT_OCCASION.search(ctx.before[-40:]) or _LEADING.search(ctx.before[-40:])):
        return None
    return "apel"


_IMPLIED = re.compile(r"^(?:memberikan|menyampaikan|memaparkan|membawakan|menjadi|sebagai"
                      r"|menghadirkan)\s", re.IGNORECASE)


def implied(phrase: str) -> bool:
    """A speaker's talk ("memberikan materi", "menjadi narasumber", "dalam arahannya",
    "pengarahan") or people gathered ("mengumpulkan seluruh ASN"): a briefing only when the
    article names no other gathering it was part of
    (a bimtek, an apel, a signing)."""
    low = phrase.lower()
    return ((bool(_IMPLIED.match(phrase))
             and low.endswith(("materi", "narasumber", "arahan", "pemateri", "pembicara")))
            or low.startswith(("arahan", "pengarahan", "mengumpulkan")) or low in _TALK)


_TALK = frozenset({"memaparkan", "pemaparan", "paparan"})


# the words one of which every match of each pattern of :func:`aside` holds
_MANY_WORDS = frozenset({"berbagai", "serangkaian", "sejumlah", "berkali", "beberapa", "gencar",
                         "kali",
                         "menggencarkan", "digencarkan", "gencarkan", "secara", "terus",
                         "rutin"})
_DONE_WORDS = frozenset({"telah", "sudah"})
# gatherings told done along the way ("juga telah ...", no day) are background
_GATHERING_KINDS = frozenset({"sosialisasi", "bimtek", "pakta_integritas", "ikrar", "apel"})
_HELD_WORDS = frozenset({"melanggar", "mengingkari", "menjalankan", "melaksanakan", "mematuhi",
                         "menaati", "sesuai", "berdasarkan", "pernah", "menjaga", "mengamalkan",
                         "memegang", "mengingatkan", "ingatkan", "diingatkan"})
_EARLIER_WORDS = frozenset({"setiap", "tiap", "berulang", "selama", "secara", "senantiasa",
                            "silam", "pernah",
                            "lanjutan", "kelanjutan", "tindak", "upaya", "langkah", "strategi",
                            "padahal", "sebelumnya", "terdahulu", "lalu"})
_TO_DO_WORDS = frozenset({"agar", "harus", "perlu", "mesti", "wajib", "supaya", "hendaknya",
                          "minta", "meminta", "diminta", "mohon", "dimohon", "menginstruksikan",
                          "diinstruksikan", "segera", "mewajibkan", "diwajibkan", "diharuskan",
                          "belum", "enggan", "menolak",
                          "diharapkan", "tanggung", "bertanggung", "harap", "berharap",
                          "mengharapkan", "mengharap", "harapkan", "berharapkan", "ingin",
                          "menginginkan", "mendorong"})
_LATER_WORDS = frozenset({"akan", "bakal", "rencana", "berencana", "direncanakan", "hendak",
                          "depan", "nantinya", "selanjutnya", "program"})


def aside(ctx: Context, kind: str = "") -> str | None:
    """"later" for a gathering announced with a day (kept only when the article reports no
    other), "other" for one that is not this occasion: routine, earlier, undated future, to be
    done, a candidate's (module notes); None for this occasion."""
    sentence = ctx.sentence
    if kind == "sosialisasi" and (cues.CANDIDATE_EVENT.search(ctx.after)
                                  or cues.AT_CAMPAIGN.search(ctx.after[:60])):
        return "other"  # a candidate's event, or a talk given at one
    if cues.other_matter(kind, ctx.before, ctx.phrase + ctx.after) or cues.recurring(ctx.before):
        return "other"  # "kata Bupati usai apel pengamanan"; "setiap hari Senin ... apel itu"
    clause = last_clause(ctx.before)
    if (says(sentence, cues.IF_WORDS) and cues.IF.search(clause)
            and not AT_OCCASION.search(ctx.before[-40:])):
        return "other"  # "kecuali guru itu memberikan edukasi": supposed, not held
    if kind == "sosialisasi" and (cues.WITH_WRITTEN.match(ctx.after)
                                  or cues.WITH_WRITTEN_BEFORE.search(ctx.before[-30:])) and not (
            WHEN.search(sentence) or AT_OCCASION.search(ctx.before[-40:])
            or cues.VENUE.search(sentence)):
        return "other"  # "sosialisasi dan mengeluarkan surat edaran": the means of an effort
    if len(ctx.before) < 40 and cues.EXAMPLE.match(ctx.before) and not WHEN.search(sentence):
        return "other"  # "Seperti sosialisasi ke ASN ...": an example of the body's work
    this_one = cues.THIS_ONE.search(ctx.after)
    if this_one and says(sentence, _LATER_WORDS) and (
            _LATER.search(clause) or cues.LATER_AFTER.search(ctx.after[:80])
            or _LATER.search(ctx.after[:60])):
        # "sosialisasi itu akan dimasifkan", "Dalam sosialisasi itu, Bawaslu akan ...", "akan
        # menekankan ... dalam sosialisasi itu": the gathering pointed at is still to come
        return "later" if WHEN.search(sentence) else "other"
    if this_one and (this_one.group().lower().endswith("ini")
                     or not _EARLIER_AFTER.search(ctx.after)):
        return None  # ("pakta integritas itu ditandatangani ... tahun lalu": an earlier one)
    if says(sentence, cues.EFFORT_WORDS) and cues.EFFORT.search(ctx.after[:60]):
        return "later"  # "sosialisasi merupakan tugas Bawaslu": named as an effort, a duty
    if says(sentence, _MANY_WORDS) and (_MANY.search(clause) or kind in ("sosialisasi", "bimtek")
                                        and (cues.KEPT_UP.search(clause)
                                             or cues.KEPT_UP_AFTER.search(ctx.after))
                                        and not WHEN.search(sentence)):
        return "other"
    if says(sentence, cues.SPREAD_WORDS) and cues.spread(ctx.after, clause):
        return "other"  # "sejak awal tahapan", "di seluruh kecamatan": many, not one occasion
    if says(sentence, cues.NOT_WORDS) and cues.NOT_HELD.search(clause):
        return "other"  # "tidak memaparkan", "belum pernah menggelar sosialisasi": none held
    if (says(sentence, _DONE_WORDS) and (kind in _GATHERING_KINDS
                                         and cues.ALONG_THE_WAY.search(clause)
                                         or cues.ALREADY.search(clause)
                                         or cues.ALREADY_LISTED.search(clause)
                                         or cues.ALREADY_AFTER.search(ctx.after[:60])
                                         or cues.REPORTED_DONE.search(ctx.before[-160:])
                                         and cues.REPORTED.search(ctx.before))
            and not (cues.dated_now(cues.before_said(sentence, len(ctx.before)))
                     or cues.SAME_OCCASION.search(sentence)
                     or cues.TODAY.search(sentence))):
        return "other"  # "semua ASN sudah menandatangani pakta integritas": a step done before
    if says(sentence, cues.PURPOSE_WORDS) and cues.PURPOSE.search(clause):
        return "other"  # "agar bisa membantu sosialisasi", "yang artinya mereka berikrar"
    if (kind in ("ikrar", "pakta_integritas") and says(sentence, cues.KEEP_WORDS)
            and cues.TO_KEEP.search(ctx.after) and not WHEN.search(sentence)):
        return "other"
    if says(sentence, _HELD_WORDS) and (cues.COMMITMENT_HELD.search(ctx.before[-30:])
                                        or _ONCE.search(ctx.after[:30])):
        return "other"  # "melanggar/menjalankan ikrar", "ikrar yang pernah dibacakan"
    if EARLIER.search(sentence) or says(sentence, _EARLIER_WORDS) and (
            _EARLIER_BEFORE.search(ctx.before)
            or _ROUTINE.search(ctx.before) or cues.ALWAYS.search(clause)
            or _FOLLOWS_FROM.search(ctx.before)
            or cues.MEANS.search(ctx.before) or _CONTRAST.search(ctx.before)
            or _EARLIER_AFTER.search(ctx.after)) or (
            says(sentence, cues.BEFORE_THIS_WORDS) and (
                cues.BEFORE_THIS.search(ctx.before)
                or "maupun" in sentence.lower() and cues.MEANS_LIST.search(ctx.before))):
        return "other"
    if (says(sentence, cues.STEP_WORDS) and cues.STEPS.search(sentence)
            and not WHEN.search(sentence)):
        return "other"  # "Langkah pertama ... sosialisasi", "Kedua, ...": efforts counted off
    if AT_OCCASION.search(ctx.before[-40:]) and not (
            says(sentence, _LATER_WORDS) and _LATER.search(clause)
            and not cues.SAID_AT.search(ctx.before[-100:])):
        # "..., kata dia dalam sosialisasi ...": where a statement was made (not "akan hadir
        # dalam sosialisasi": one still to come)
        return None
    if (says(sentence, cues.BY_MEANS_WORDS) and cues.BY_MEANS.search(ctx.before)
            and not (WHEN.search(sentence) or cues.VENUE.search(sentence))):
        return "other"  # "upaya pencegahan dilakukan melalui sosialisasi, ...": means listed
    if says(sentence, cues.MUST_WORDS) and cues.MUST.search(clause):
        return "other"  # "Bawaslu harus sosialisasi ...": owed, not held
    if says(sentence, cues.MEANS_WORDS) and cues.MEANS_OTHER.search(clause):
        return "other"  # "pakta ... merupakan ikrar ...": its meaning
    if says(sentence, _TO_DO_WORDS) and (
            ctx.phrase.lower().startswith(("me", "di")) and _TO_DO.search(clause)
            # a briefing named by its noun: the ask close before it, no day told
            or kind == "sosialisasi" and _TO_DO.search(clause[-60:])
            and not (WHEN.search(sentence) or cues.TODAY.search(sentence)
                     or cues.HELD_AFTER.search(ctx.after[:80]))):
        return "other"  # "perlu kerja sama ... memberikan sosialisasi": asked for, not held
    if says(sentence, _LATER_WORDS) and (_LATER.search(clause)
                                         or cues.LATER_AFTER.search(ctx.after[:80])):
        return "later" if WHEN.search(sentence) else "other"  # undated: no occasion yet
    if (kind == "sosialisasi" and says(sentence, _LATER_WORDS) and not WHEN.search(sentence)
            and _LATER.search(ctx.before[-120:])):
        return "other"  # "akan ... dan membantu KPU, Bawaslu dalam melakukan sosialisasi"
    return None

# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``, ``may_say``). Kept by hand beside the patterns, and
# checked on samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (_MANY_WORDS, (_MANY, cues.KEPT_UP)),
    (_DONE_WORDS, (cues.ALONG_THE_WAY, cues.ALREADY, cues.ALREADY_LISTED, cues.ALREADY_AFTER,
                   cues.REPORTED_DONE)),
    (_HELD_WORDS, (cues.COMMITMENT_HELD, _ONCE)),
    (_EARLIER_WORDS, (_EARLIER_BEFORE, _ROUTINE, cues.ALWAYS, _FOLLOWS_FROM, cues.MEANS,
                      _CONTRAST, _EARLIER_AFTER)),
    (_TO_DO_WORDS, (_TO_DO,)),
    (_LATER_WORDS, (_LATER, cues.LATER_AFTER)),
)
