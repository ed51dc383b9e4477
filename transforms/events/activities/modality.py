"""Gatherings named in a sentence that does not report them held at this occasion, told
beside ``transforms.events.activities.this_occasion.aside`` (which judges the gathering's own
clause):

* forbidden: a gathering in the list of what civil servants may not attend ("guru tidak
  boleh mengikuti kampanye maupun sosialisasi paslon"): the rule's object, not an activity;
* planned: a gathering that a plan or promise earlier in the sentence leads to, across its
  commas ("rencananya kami akan mengundang para camat, lurah dan kepala desa untuk
  deklarasi ..."; "akan melakukan sosialisasi dan ikrar, dan penandatanganan pakta"), with no
  day told (an announced occasion needs its day);
* asked to be made: a pledge or a pact someone is asked to make ("saya minta pak sekda buatkan
  fakta integritas"), no day told;
* awaited: a gathering whose schedule is still awaited or sought ("masih menunggu jadwal dari
  Bupati untuk penandatanganan pakta", "tinggal dicarikan waktu untuk deklarasi"): not held
  yet, whatever day dates the statement;
* earlier: one told of "ketika itu" / "kala itu" (at that time: an earlier occasion in passing,
  as "saat itu" is);
* not one to come: a "selanjutnya" that tells the next step of a ceremony told done
  (:func:`next_step`, asked by ``this_occasion``);
* pointed back at one announced: "Bulan depan bakal digelar sosialisasi ... Sosialisasi ini
  pun ...": with no day in its sentence, "ini" points at the gathering still to come
  (:func:`announced`, :func:`pointed_back`).

Used by ``transforms.events.activities.classify.judged`` for the gatherings' values.
"""

from __future__ import annotations

import re

from transforms.events.activities.cues import SAID_AT, THIS_ONE, WHEN
from transforms.events.activities.words import may_say

# the span from the rule or plan to the gathering: one clause, no quote's end, no word that
# starts another predicate ("..., sehingga seluruh ASN membacakan ikrar")
_SPAN = (r"(?:(?!\b(?:sehingga|karena|sebab|maka|namun|tetapi|tapi|sedangkan|lalu|kemudian"
         r"|sebelum|setelah|usai|sementara|sudah|telah)\b)[^.;:\"”]){{0,{}}}")
# "dilarang mengikuti kampanye maupun ...", "tidak boleh ikut dalam sosialisasi paslon"
_FORBIDDEN = re.compile(r"\b(?:dilarang|larangan|melarang\s+(?:\S+\s+){0,3}?untuk|jangan"
                        r"|(?:tidak|tak)\s+(?:boleh|diperbolehkan|dibolehkan|diizinkan"
                        r"|diperkenankan))\s+(?:ikut\s+)?(?:menghadiri|mengikuti|hadir"
                        r"|datang|terlibat|ikut)\b" + _SPAN.format(80) + "$", re.IGNORECASE)
_FORBIDDEN_WORDS = frozenset({"dilarang", "larangan", "melarang", "jangan", "boleh",
                              "diperbolehkan", "dibolehkan", "diizinkan", "diperkenankan"})
# "akan mengundang ... untuk", "rencananya menggelar": a plan whose gathering follows
_PLANNED = re.compile(r"(?<!tidak\s)(?<!tak\s)(?<!bukan\s)"
                      r"\b(?:akan|bakal(?!\s+calon)|rencananya|berencana|direncanakan)\s+"
                      r"(?:\w+\s+){0,2}?(?:mengundang|menggelar|mengadakan|melaksanakan"
                      r"|menyelenggarakan|mengumpulkan|melakukan|ada)\b" + _SPAN.format(100) + "$",
                      re.IGNORECASE)
_PLANNED_WORDS = frozenset({"akan", "bakal", "rencananya", "berencana", "direncanakan"})
# "menunggu jadwal dari Gubernur untuk penandatanganan ...", "tinggal dicarikan waktu yang tepat
# untuk deklarasi ...": its time still awaited or sought
_AWAITED = re.compile(r"(?<!tidak\s)(?<!tak\s)(?<!tanpa\s)\b(?:menunggu|(?:tinggal|masih|sedang"
                      r"|tengah)\s+(?:(?:di|men)carikan|mencari|dicari))\s+(?:\w+\s+){0,2}?"
                      r"(?:jadwal|waktu|tanggal|kepastian|undangan|arahan|instruksi|persetujuan)\b"
                      + _SPAN.format(80) + "$", re.IGNORECASE)
# someone asked to make one ("saya minta pak sekda buatkan fakta integritas", "meminta kepada
# pimpinan OPD untuk ... dengan membuat pakta integritas"): not made yet (the ask the clause's
# own verb: not "Seperti diminta Bupati, ASN membuat ikrar"); the ask right before the pledge
# ("meminta ASN membuat ikrar") is read by this_occasion.aside too
_ASKED_TO_MAKE = re.compile(r"(?<!seperti\s)(?<!sebagaimana\s)(?<!ketika\s)(?<!saat\s)(?<!yang\s)"
                            r"\b(?:minta|meminta|diminta)\s+" + _SPAN.format(120)
                            + r"\b(?:buatkan|membuat|membuatkan|dibuatkan)\s+(?:\w+\s+){0,3}?$",
                            re.IGNORECASE)
# right before it: "kata dia dalam/saat/usai sosialisasi ...", where a statement was made (a
# quote's end or a speech verb between the rule or plan and the gathering: the span above)
_SAID_AT = re.compile(r"\b(?:dalam|saat|ketika|pada|di\s+sela(?:-sela)?|usai|seusai|setelah"
                      r"|selepas|sesudah)\s+(?:\w+\s+)?$", re.IGNORECASE)
_THEN = re.compile(r"\b(?:ketika|kala|waktu)\s+itu\b(?!\s+juga)", re.IGNORECASE)  # not "right then"
_THEN_WORDS = frozenset({"ketika", "kala", "waktu"})


# "sudah sejak jauh-jauh hari pihaknya menandatangani pakta ...", "ketika di awal pak Pj
# membuat fakta integritas": done long before, at the start of the term, no day told
# (not "dari awal hingga akhir", "sejak awal Pilkada": through, since)
_LONG_BEFORE = re.compile(r"\b(?:jauh-jauh\s+hari|ketika\s+di\s+awal|sejak\s+(?:lama|dulu))\b",
                          re.IGNORECASE)
_TODAY = re.compile(r"\bhari\s+ini\b", re.IGNORECASE)
_LONG_BEFORE_WORDS = frozenset({"jauh", "jauh-jauh", "awal", "lama", "dulu"})  # (one holds)


def elsewhere(before: str, sentence: str) -> bool:
    """The gathering after ``before`` (its sentence up to the phrase) is forbidden, planned
    with no day, or told of an earlier time (module notes): not this occasion's."""
    if _SAID_AT.search(before[-30:]) or SAID_AT.search(before[-100:]):
        return False  # where a statement was made ("..., tegas Bupati saat apel")
    if may_say(sentence, _FORBIDDEN_WORDS) and _FORBIDDEN.search(before[-160:]):
        return True
    if (may_say(sentence, _PLANNED_WORDS) and _PLANNED.search(before[-200:])
            and not WHEN.search(sentence)):
        return True
    if ("menunggu" in before or "cari" in before) and _AWAITED.search(before[-160:]):
        return True
    if "minta" in before and _ASKED_TO_MAKE.search(before[-160:]) and not WHEN.search(sentence):
        return True
    if (may_say(sentence, _LONG_BEFORE_WORDS) and _LONG_BEFORE.search(before[-120:])
            and not WHEN.search(sentence) and not _TODAY.search(sentence)):
        return True
    return may_say(sentence, _THEN_WORDS) and bool(_THEN.search(sentence))


# "akan ada sosialisasi", "segera digelar rapat ...": a gathering announced right before its name
_ANNOUNCED = re.compile(r"\b(?:akan|bakal(?!\s+calon)|segera)\s+(?:ada|digelar|diadakan"
                        r"|dilaksanakan|diselenggarakan|menggelar|mengadakan|melaksanakan"
                        r"|menyelenggarakan|melakukan)\s+(?:\w+\s+)?$", re.IGNORECASE)


def announced(before: str, sentence: str) -> bool:
    """The gathering after ``before`` is announced with no day told ("akan ada sosialisasi")."""
    return bool(_ANNOUNCED.search(before[-60:])) and not WHEN.search(sentence)


def pointed_back(after: str, sentence: str) -> bool:
    """The gathering is pointed at ("sosialisasi ini/itu/tersebut") with no day told: the one
    named before (:func:`announced`, when it was announced)."""
    return bool(THIS_ONE.match(after)) and not WHEN.search(sentence)


# "Selain sosialisasi, ...": a gathering named as one already told before, the clause going on
# to another step
_BESIDES = re.compile(r"^\W*selain\s+$", re.IGNORECASE)
# "Sosialisasi bertujuan memberikan pemahaman ...": the kind named bare at its sentence's head
# and what it is for, a description of the one named before, no occasion of its own
_DESCRIBED = re.compile(r"^\s+(?:itu\s+|tersebut\s+|ini\s+)?(?:bertujuan|dimaksudkan|berfungsi"
                        r"|bermaksud|ditujukan|(?:menjadi|merupakan|sebagai)\s+bukti)\b",
                        re.IGNORECASE)  # (or what it proves: "Ikrar ini menjadi bukti ...")


def told_again(before: str, after: str, sentence: str) -> bool:
    """The gathering is one named before, told again with no day: pointed at from a distance
    ("sosialisasi tersebut/itu", not "ini", which points at the occasion at hand), set
    beside another step ("Selain sosialisasi, ...") or named bare at its sentence's head to say
    what it is for ("Sosialisasi bertujuan ...")."""
    if WHEN.search(sentence):
        return False
    if _BESIDES.match(before) or not before.strip() and _DESCRIBED.match(after):
        return True
    this_one = THIS_ONE.match(after)
    return bool(this_one) and not this_one.group().lower().endswith("ini")


# a sequence told from a step done ("Setelah dilakukan ikrar bersama, selanjutnya dilakukan
# penandatanganan ..."), or a step of the ceremony right before ("ASN berikrar selanjutnya
# penandatanganan ..."): its "selanjutnya" is the next step, not one to come
_SEQUENCE = re.compile(r"^\W*(?:setelah|usai|seusai|sesudah|selepas)\b[^,.;]{0,120},",
                       re.IGNORECASE)
_STEP_BEFORE = re.compile(r"\b(?:berikrar|ikrar|deklarasi|apel|upacara|dibacakan|membacakan"
                          r"|menandatangani)\b[^,.;]{0,40}$", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:akan|bakal|depan|mendatang|besok|nanti(?:nya)?|rencana\w*"
                      r"|(?:di|ter)jadwal(?:kan)?|menyusul)\b", re.IGNORECASE)


def next_step(clause: str, at: int, sentence: str) -> bool:
    """The "selanjutnya" at ``at`` in ``clause`` tells the next step of a ceremony told done,
    not one to come."""
    return bool(_SEQUENCE.match(sentence) or _STEP_BEFORE.search(clause, 0, at)) and not (
        _TO_COME.search(sentence))
