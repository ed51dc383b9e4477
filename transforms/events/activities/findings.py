"""Findings: the judge of `pelanggaran` for ``transforms.events.activities.classify``, what a
watchdog or government found or handled, as its sentence says, in the sentence context of
``transforms.events.activities.context``. Its finding words and the cues of none, denial and
condition it shares with the judge of `sanksi` (``transforms.events.activities.sanctions``)
are in ``transforms.events.activities.finding_cues``, its cues of a rule, a condition, a habit or
a forecast (no case found) in ``transforms.events.activities.rule_cues``.

* `pelanggaran` needs a finding word in the sentence that is not negated or modal
  ("menemukan", "mencatat", "diduga", headline "Temukan" ... not "tidak ditemukan"); words that
  also tell how any case is handled ("dilaporkan", "ditangani", "diteruskan",
  "direkomendasikan", "kasus") count only of particular cases (counted, pointed at, dated,
  done). No generic, habitual or hypothetical word before it in its clause; a conditional
  sentence ("jika ...", "akan", "..., maka ...") and a rule for whoever ("sanksi bagi ASN yang
  tidak netral") are no finding, nor a finding word with no finder right after the rule it is
  read by ("sesuai ketentuan ... menemukan"), nor another offence ("pelanggaran APK").
* `pengawasan` is judged in ``transforms.events.activities.monitoring``; `sanksi` and
  `pelanggaran` told as background (an earlier occasion, an earlier election, national
  statistics, a lesson or an example) are dropped: ``transforms.events.activities.background``.
* None so far is no case ("belum ada ASN yang dilaporkan"); what is often found ("kerap menjadi
  temuan") or handed on again and again ("beberapa kali") is no case of this occasion; a case
  is particular when counted, dated, told done, a person named, or pointed at ("itu",
  "tersebut" after a word that can name one, not "oleh karena itu" or "hal tersebut").
  The offence named as a risk ("... merupakan salah satu isu kerawanan") is no case either;
  "Mereka dilaporkan ..." after a sentence about particular people handles their cases.
"""

from __future__ import annotations

import re

from transforms.events.activities.background import CONTRAST, background
from transforms.events.activities.cases import (
    CASES_COUNTED,
    asked_of_reader,
    counted_case,
    counted_in_hand,
    nothing_handed,
    own_handling,
    particular,
    question_put,
    to_region,
)
from transforms.events.activities.context import (
    Context,
    in_name,
    last_clause,
    words,
)
from transforms.events.activities.finding_cues import (
    COUNTED_AFTER,
    DECIDED_BY,
    DUTY,
    FINDING,
    FINDING_PHRASE,
    HABITUAL_BEFORE,
    HYPOTHETICAL,
    IF_FOUND,
    IF_FOUND_LATE,
    NEGATED,
    NONE_WISHED,
    NONE_YET,
    NOT_FOUND,
    POWER_TO,
    PROVISION_BROKEN,
    SHARE,
    THEN_TO_DO,
    UNKNOWN,
    WHETHER,
    found_at,
    involved_counted,
    waits_on,
)
from transforms.events.activities.rule_cues import (
    BY_RULE,
    CONSEQUENCE,
    DONE_WORDS,
    EXPLAINED,
    FOR_WHOEVER,
    GENERIC,
    HABITUAL_AFTER,
    LAW_SAYS,
    MAY_BRING,
    MODAL_AFTER,
    PROVEN,
    RISK_AFTER,
    SAID_IF,
    SOMETIMES,
    SUSPECTED,
    THEN,
    UPCOMING,
    WHEN_THEN,
    WHENEVER,
    WHOEVER,
    WHOEVER_AFTER,
    said_that,
)
from transforms.events.activities.sanction_cues import WATCHDOG
from transforms.events.activities.words import NEXT_STEP, TWO_TO_TEN, after_last, says

# "akan" (or "bakal") right before a word of handling: what will be done with a case
_TO_COME = re.compile(r"\b(?:akan|bakal)\s+(?:\w+\s+)?$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:akan|bakal(?!\s+calon))\b", re.IGNORECASE)
_WATCHDOG_BODY = words(r"kasn", r"komisi\s+asn", r"bkn", r"badan\s+kepegawaian", r"kemenpan",
                        r"pejabat\s+pembina", r"ppk", r"bupati", r"wali\s*kota", r"gubernur")


# the people a recommendation was issued on, counted ("rekomendasi atas 11 pejabat")
_ON_COUNTED = re.compile(r"\s+(?:atas|terhadap)\s+(?:ke-?)?(?:\d+|" + TWO_TO_TEN
                         + r"|seorang|sejumlah|beberapa|\w+belas|puluhan)\s+(?:orang\s+)?(?:asn"
                         r"|pns|pejabat|kepala|kades|camat|lurah|pegawai|oknum|aparatur"
                         r"|perangkat|guru)\b", re.IGNORECASE)
# a recommendation said to exist already, from the watchdog that issued it
_FROM_WATCHDOG = re.compile(r"\s+dari\s+(?:bawaslu|panwas\w*|gakkumdu)\b", re.IGNORECASE)
_ALREADY = re.compile(r"\b(?:sudah|telah)\s+(?:ada|keluar|terbit|diterbitkan|dikeluarkan)\s+$",
                      re.IGNORECASE)
# a recommendation awaited, supposed or asked about, not one issued
_NOT_YET = re.compile(r"\b(?:begitu|hingga|sampai|setelah|sesudah|apakah|jika|bila|apabila|kalau"
                      r"|menunggu|sebelum|belum)\b", re.IGNORECASE)
# a recommendation on another matter than civil servants' neutrality
_OTHER_MATTER = re.compile(r"^\s+(?:\w+\s+){0,4}?(?:soal|terkait|tentang|mengenai)\s+"
                           r"(?!(?:dugaan\s+)?(?:pelanggaran\s+)?netral|asn|pns|kepala\s+desa|kades)",
                           re.IGNORECASE)
_ASN_NEAR = words(r"asn", r"pns", r"pppk", r"p3k", r"pegawai", r"aparatur", r"kepala\s+desa",
                   r"kades", r"perangkat\s+desa", r"netral\w*")
_OTHER_OFFENCE = re.compile(r"^\s*(?:\w+\s+){0,1}?(?:apk|alat\s+peraga|protokol\s+kesehatan|prokes"
                            r"|lalu\s+lintas|politik\s+uang|money\s+politic"
                            r"|kode\s+etik\s+penyelenggara)\b", re.IGNORECASE)
_ASKED_TO = words(r"agar", r"supaya", r"untuk\s+(?:\w+\s+)?(?:menerbitkan|meningkatkan"
                   r"|mengeluarkan|membuat|melakukan|memperketat|menjaga)")

# "ASN yang tidak netral itu": the people of a "yang" clause pointed at
_POINTED_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:itu|tersebut)\b", re.IGNORECASE)


# "kini makin banyak kades dan pegawai yang melanggar": people counted who break the rules,
# told as now or done (``particular``), are cases reported without a finding verb
# (people, not the sanctions ahead of them: "banyak hukuman menunggu pegawai yang ...")
# (a number in a body's or a rule's name counts no one: "Komisi 1 DPRD", "Pasal 2")
_NAME_NUMBER = r"(?<!komisi\s)(?<!pasal\s)(?<!ayat\s)(?<!nomor\s)(?<!dapil\s)"
_COUNTED_WHO = re.compile(r"\b(?:banyak|sejumlah|jumlah|beberapa|" + _NAME_NUMBER
                          + r"\d+|puluhan|belasan|ratusan"
                          r"|dua|tiga|empat|lima|seorang)\s+(?!(?:sanksi|sangsi|hukuman|ancaman"
                          r"|konsekuensi|risiko|jenis|bentuk|aturan)\b)(?:\w+\s+){0,5}?y(?:an)?g"
                          r"\s+(?:\w+\s+)?$", re.IGNORECASE)
# the same, the people counted set apart from "yang" by commas ("sejumlah ASN baik di tingkat
# eksekutif, kepala desa hingga perangkat, yang diindikasikan terlibat")
_COUNTED_APART = re.compile(r"\b(?:banyak|sejumlah|beberapa|" + _NAME_NUMBER
                            + r"\d+|puluhan|belasan|ratusan|dua|tiga|empat|lima)\s+(?:asn|pns"
                            r"|pegawai|aparat\w*|kepala\s+desa|kades|camat|lurah)\b[^.;:]*,\s*y(?:an)?g"
                            r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_APART_REACH = 200
# "Camat Sukamaju yang melanggar netralitas", "oknum ASN yang melanggar": one person named or
# pointed at, said to have broken the rule (not whoever breaks it)
_NAMED_WHO = re.compile(r"(?:\b(?i:camat|lurah|kades|sekda|kadis|kepala\s+(?:desa|dinas|sekolah"
                        r"|badan|bagian))\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}"
                        r"|\b(?i:oknum|berinisial\s+\w+)(?:\s+\w+){0,3}?)\s+(?i:yang|yg)\s+$")


# "sudah melakukan sejumlah penanganan pelanggaran": the handling done, not a meeting's topic
# ("rapat evaluasi penanganan pelanggaran")
_HANDLING_DONE = re.compile(r"\b(?:melakukan|dilakukan|lakukan)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "warga melaporkan dugaan (adanya) pelanggaran": a case reported, told as done
_REPORTED_CASE = re.compile(r"\b(?:melaporkan|dilaporkan|mengadukan|diadukan)\s+(?:\w+\s+){0,2}?"
                            r"dugaan\s+(?:adanya\s+)?$", re.IGNORECASE)


# "(direncanakan sejak awal bulan) sebelum muncul laporan adanya pegawai yang ...": a report
# told as the time something else was done, not this occasion's finding
_BEFORE_REPORT = re.compile(r"\bsebelum\s+(?:muncul\w*|ada(?:nya)?|terjadi\w*)\s+(?:laporan|temuan"
                            r"|kasus|dugaan|aduan|pengaduan)\b[^.;]*$", re.IGNORECASE)


# the violation itself denied: "sehingga tidak melanggar aturan", "itu bukan pelanggaran" (not
# "tidak hanya melanggar ...": one told, and more)
_DENIED = re.compile(r"\b(?:tidak|tak|bukan|belum)\s+(?:(?:pernah|ada|terbukti|lagi|juga"
                     r"|sama\s+sekali)\s+)?$", re.IGNORECASE)
# where reports may be sent, told before the phrase ("aduan bisa disampaikan ke panwas desa,
# atau langsung melaporkan ke Bawaslu"): a channel, no case handed on
_CHANNEL_TOLD = re.compile(r"\b(?:laporan|aduan|pengaduan)\s+(?:\w+\s+)?(?:bisa|dapat|boleh)\s+"
                           r"(?:langsung\s+)?(?:disampaikan|diajukan|dikirim(?:kan)?|dilayangkan"
                           r"|dilaporkan|diadukan)\b", re.IGNORECASE)
_OF_KIND = re.compile(r"\s+(?:yang\s+)?(?:ringan|biasa|kecil|sepele)\b", re.IGNORECASE)
# the handing-on verbs a channel sentence names as the way to report
_HANDING_ON = ("melapor", "laporkan", "dilaporkan", "mengadu", "adukan", "diadukan", "diteruskan",
               "meneruskan", "teruskan", "diserahkan", "menyerahkan", "serahkan")
# a question on the cases answered with a count in its sentence ("Soal apakah sudah ada guru
# yang diadukan ke Bawaslu, ia menyebut sudah ada dua orang"): those cases handed on
_ANSWERED = re.compile(r",\s*(?:\w+\s+){0,3}?(?:menyatakan|mengatakan|menyebut(?:kan)?|menjawab"
                       r"|mengaku|membenarkan|memastikan)\s+(?:bahwa\s+)?(?:sudah|telah)\s+ada\s+"
                       r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
                       r"|seorang|\w+(?:belas|puluh|ratus))\b", re.IGNORECASE)


# "Mereka dilaporkan ke polisi karena ...": the people the sentence before counted or pointed at
# ("Dua kepala desa ..."), handled: their cases
_THEY = re.compile(r"^\W*(?:mereka|keduanya|ketiganya|keempatnya|kelimanya)\b", re.IGNORECASE)


# the words a "yang" clause joins to the phrase ("yang kedapatan dan terbukti memihak")
_JOINED_AFTER = re.compile(r"\s*(?:dan|atau|maupun|serta|dan/atau)\s+$", re.IGNORECASE)



# a new point opened in the sentence ("..., selain itu juga Bawaslu tengah menelusuri ..."):
# what stands before it (a purpose, a condition) is another point's
_NEW_POINT = re.compile(r",\s*selain\s+itu\b", re.IGNORECASE)


_DENIED_NEWS = re.compile(r"\b(?:membantah|bantah|menepis|tepis|tidak\s+benar|hoaks|hoax)\b",
                          re.IGNORECASE)


def violation(ctx: Context) -> str | None:
    if "jika" in ctx.before or "kalau" in ctx.before or "apabila" in ctx.before:
        ctx = said_that(ctx)
    phrase = ctx.phrase.lower()
    if nothing_handed(phrase, ctx.sentence):
        return None  # "hasil rapat diserahkan kepada Gubernur": no case handed on
    if phrase == "ditangani" and not counted_in_hand(ctx.before):
        return None  # "laporan yang sedang ditangani": of civil servants counted only
    if asked_of_reader(phrase, last_clause(ctx.before)):
        return None  # "Laporkan ke Bawaslu": asked of the reader, an appeal
    if involved_counted(phrase) and _DENIED_NEWS.search(ctx.before[-60:]):
        return None  # "membantah kabar sembilan ASN terlibat kampanye": denied
    counted = (involved_counted(phrase) or phrase in ("melanggar", "melangar")
               and bool(_COUNTED_WHO.search(ctx.before[-60:]) and particular(ctx.sentence)
                        or _NAMED_WHO.search(ctx.before[-60:]))
               # reports counted ("ada empat laporan dugaan pelanggaran netralitas")
               or phrase.startswith(("laporan", "aduan", "pengaduan"))
               and bool(CASES_COUNTED.search(ctx.before[-25:])))
    if (not found_at(ctx.sentence) and not phrase.startswith(FINDING_PHRASE)
            and "rekomendasi" not in phrase and not counted):
        return None  # no finding word in the sentence: no finding (most sentences, told fast)
    if in_name(ctx) or background(ctx) or not ctx.about_neutrality() or (
            "asal" in ctx.before and LAW_SAYS.search(ctx.before)):
        return None  # a name, background, a candidate's or a campaign's offence, a law's words
    if (phrase in ("pelanggaran", "pelangaran") and _OTHER_OFFENCE.search(ctx.after[:50])
            and not _ASN_NEAR.search(ctx.after[:80])):
        return None  # "pelanggaran APK", "pelanggaran politik uang": not neutrality
    if (phrase.startswith(("melang", "pelang", "langgar")) and _DENIED.search(ctx.before[-30:])
            and not _OF_KIND.match(ctx.after)):
        return None  # "sehingga tidak melanggar netralitas": no violation (not "bukan
        # pelanggaran ringan": a graver one)
    if phrase.startswith("pelang") and SHARE.search(ctx.before[-40:]):
        return None  # "mencapai 40% pelanggaran yang dilakukan oleh kepala desa": a share
    if ("apakah" in ctx.before.lower() and "ada" in ctx.after
            and _ANSWERED.search(ctx.after)):
        return "pelanggaran"  # a question on the cases answered with their count
    if (phrase.startswith(_HANDING_ON)
            and ("dapat" in ctx.before or "bisa" in ctx.before or "boleh" in ctx.before)):
        channel = _CHANNEL_TOLD.search(ctx.before)
        if channel and not says(ctx.before[channel.end():], DONE_WORDS):
            return None  # "laporan dapat disampaikan ke ..., atau melaporkan ke ...": a
            # channel (not "..., dan Bawaslu telah meneruskan dua laporan ke KASN")
    if (phrase.startswith(_HANDING_ON) and NEXT_STEP.search(ctx.before[-25:])
            and not says(ctx.sentence, DONE_WORDS) and not particular(ctx.sentence)
            and not particular(ctx.previous)):
        return None  # "Temuan selanjutnya diserahkan ke KASN, kemudian ...": a procedure
    point = after_last(_NEW_POINT, ctx.before) if "selain" in ctx.before else ctx.before
    if (HYPOTHETICAL.search(point) or THEN.search(ctx.after)
            or NONE_YET.search(clause := last_clause(ctx.before))
            or NONE_WISHED.search(clause) or MAY_BRING.match(ctx.sentence)
            or question_put(last_clause(ctx.before))
            or "sebelum" in ctx.before and _BEFORE_REPORT.search(last_clause(ctx.before))
            or WHENEVER.search(ctx.before[-12:]) and MODAL_AFTER.search(ctx.after)
            or UPCOMING.search(ctx.after) or DUTY.search(last_clause(ctx.before)[-50:])
            or "wenang" in ctx.before and POWER_TO.search(last_clause(ctx.before)[-140:])
            or PROVISION_BROKEN.match(ctx.after)):
        # a condition, a rule's consequence, none so far or wished ("belum ada ASN ...", "tidak
        # ingin ada ..."), a question, the time another step was taken at ("direncanakan
        # sebelum muncul laporan adanya pegawai ..."),
        # whenever one is found, a case of an election to come, a body's duty
        return None
    if ("apakah" in ctx.before and WHETHER.search(ctx.before[-100:])
            or "ketahu" in ctx.before and UNKNOWN.search(last_clause(ctx.before))
            or ("ditentukan" in ctx.after or "diputuskan" in ctx.after
                or "dibuktikan" in ctx.after) and DECIDED_BY.search(ctx.after)
            and not particular(ctx.sentence)):
        return None  # whether one was committed is still to be made sure of or decided
    if (PROVEN.search(last_clause(ctx.before)[-40:] + ctx.phrase)
            and CONSEQUENCE.search(ctx.after) and not particular(ctx.sentence)):
        return None  # "Terbukti langgar netralitas, ASN bakal dipecat": if proven, a rule
    if ctx.phrase.lower().startswith(FINDING_PHRASE):  # not "tidak ditemukan ASN ..."
        charged = phrase.startswith(("ditetapkan", "menetapkan"))  # "dapat ditetapkan": a rule
        return None if (GENERIC.search(ctx.before[-50:]) or NEGATED.search(ctx.before[-30:])
                        or (IF_FOUND.search(ctx.before[-12:])
                            or IF_FOUND_LATE.search(ctx.before[-45:])
                            and not particular(ctx.sentence)) and THEN_TO_DO.search(ctx.sentence)
                        or "esuai" in ctx.before and BY_RULE.search(ctx.before[-60:])
                        or charged and NOT_FOUND.search(ctx.before[-30:])) else "pelanggaran"
    if "rekomendasi" in ctx.phrase.lower():
        body = _WATCHDOG_BODY.search(ctx.after)
        asked = _ASKED_TO.search(ctx.after)  # "merekomendasikan Pemda agar ...": an appeal
        if not body and not asked:
            body = to_region(ctx.after) or (_ON_COUNTED.match(ctx.after)  # "rekomendasi atas
                                             and WATCHDOG.search(ctx.sentence)) or (
                _FROM_WATCHDOG.match(ctx.after) and _ALREADY.search(ctx.before[-30:])
                and not _NOT_YET.search(after_last(CONTRAST, ctx.before))
                and ctx.about_neutrality()
                and not _OTHER_MATTER.search(ctx.after[:80]))
            # 11 pejabat" from a watchdog: issued on those people; "sudah ada rekomendasi dari
            # Bawaslu X" told as a fact (not "begitu/hingga/apakah sudah ada ...")
        if not body or (asked and asked.start() < body.start()):
            return None
        if NOT_FOUND.search(ctx.before[-30:]) or waits_on(ctx.before, ctx.after):
            return None  # "berwenang mengeluarkan rekomendasi": a power, not one made
        return "pelanggaran" if particular(ctx.sentence) else None
    clause = last_clause(ctx.before)[-50:]
    if (GENERIC.search(clause) or WHOEVER_AFTER.search(ctx.after)
            or phrase.startswith("melang") and EXPLAINED.search(ctx.before[-40:])
            or HABITUAL_AFTER.search(ctx.after)
            or "kadang" in ctx.before and SOMETIMES.search(last_clause(ctx.before))
            # "Ketika ASN datang ke kampanye, maka ... sudah diduga melanggar": a rule told
            or "maka" in ctx.before and WHEN_THEN.match(ctx.before)
            or "rawan" in ctx.after and RISK_AFTER.search(ctx.after)
            and not CASES_COUNTED.search(ctx.before[-25:])
            or FOR_WHOEVER.search(ctx.before[-80:])
            or ("sering" in ctx.before or "kerap" in ctx.before or "acap" in ctx.before
                or "biasa" in ctx.before) and HABITUAL_BEFORE.search(ctx.before)):
        return None
    sentence = ctx.sentence
    phrase_end = len(ctx.before) + len(ctx.phrase)
    # (a sentence that tells something done, "aduannya telah masuk dan nanti kami
    # limpahkan", reports a case whatever is still to come)
    to_come = not says(sentence, DONE_WORDS)
    # advice: "whenever one is found, report it": its words of handing are asked too
    advised = (THEN_TO_DO.search(sentence) is not None
               and any(IF_FOUND.search(sentence, max(0, at - 12), at)
                       or IF_FOUND_LATE.search(sentence, max(0, at - 45), at)
                       and not particular(sentence)
                       for at in found_at(sentence) if FINDING.match(sentence, at)))
    # "sanksi bagi ASN ketika ditemukan melakukan pelanggaran": whenever one is found, no
    # case told (a sentence that tells nothing done, and no case counted, dated or pointed at)
    unmet = to_come and not particular(sentence)
    found = [at for at in found_at(sentence)
             if not NOT_FOUND.search(sentence[max(0, at - 30):at]) and not advised
             and not (unmet and IF_FOUND.search(sentence, max(0, at - 12), at))
             # "kita akan memproses ...": a handling still to come handles no case yet (also
             # one after the phrase that a later "akan" leads to: "..., jadi kita akan
             # memproses ..., sampai meneruskan rekomendasi ...")
             and not (to_come and FINDING.match(sentence, at) is None
                      and (_TO_COME.search(sentence, max(0, at - 20), at)
                           or at >= phrase_end and _WILL.search(sentence, phrase_end, at)))
             and (not sentence[at:at + 5].lower() == "kasus" or counted_case(sentence, at))
             and (sentence[at:at + 10].lower() != "penanganan"
                  or _HANDLING_DONE.search(sentence, max(0, at - 30), at))]
    whoever = None if _COUNTED_WHO.search(clause) or COUNTED_AFTER.match(ctx.after) or (
        _COUNTED_APART.search(ctx.before[-_APART_REACH:]) and not MODAL_AFTER.search(
            ctx.after[:80])) else WHOEVER.search(clause)  # "tiga ASN yang"; ", yang ... akan"
    if whoever:  # only a finding outside "yang ..." counts, and none in a rule ("... akan")
        if MODAL_AFTER.search(ctx.after[:80]):
            return None
        relative = len(ctx.before) - len(clause) + whoever.start()
        # (the phrase's own word is the rule's: "ASN yang kedapatan berpihak", and so is one
        # joined to it: "yang kedapatan dan terbukti memihak")
        end = len(ctx.before) + len(ctx.phrase)
        # (nor one whoever's again: "... bagi ASN yang ketahuan terlibat")
        found = [at for at in found
                 if at < relative or at >= end and not _JOINED_AFTER.match(sentence, end, at)
                 and not WHOEVER.search(sentence, max(0, at - 40), at)]
        if found and SUSPECTED.search(whoever.group()):
            return "pelanggaran"  # "menangani ASN yang terindikasi ...": the suspects handled
        if SUSPECTED.match(phrase) and any(sentence[at:at + 5].lower() == "kasus" for at in found):
            return "pelanggaran"  # "satu kasus ASN yang terindikasi terlibat": cases counted
        if (found and all(at < relative for at in found)
                and not any(FINDING.match(sentence, at) for at in found)
                and not _POINTED_AFTER.match(ctx.after)):
            # "rekomendasi sanksi bagi lurah yang tidak netral": a handling for whoever
            # (not "kasus ASN yang diduga ... tengah ditindaklanjuti": those cases handled)
            return None
    if found and not any(FINDING.match(sentence, at) for at in found):
        # handled: which cases? ("Warga melaporkan dugaan pelanggaran ...": the case reported)
        return ("pelanggaran" if particular(sentence) or _REPORTED_CASE.search(clause)
                or own_handling(sentence)
                or _THEY.match(sentence) and particular(ctx.previous) else None)
    return "pelanggaran" if found or counted else None

_CASE = frozenset({"pelanggaran"})


def outcomes(phrase: str, sentence: str) -> frozenset[str]:
    """The values :func:`violation` may judge the lower-cased ``phrase`` in ``sentence`` to
    stand for (None aside): none in a sentence with no finding word, for a phrase that is no
    finding by itself, no recommendation, no "melanggar" and no report counted (its first
    test, before any of the context; a reporting "jika" the judge blanks out may uncover a
    finding word, so a sentence with one is not narrowed). ``classify.judged`` leaves such a
    phrase out."""
    low = sentence.lower()
    if ("jika" in low or "kalau" in low or "apabila" in low) and SAID_IF.search(sentence):
        return _CASE
    if (found_at(sentence) or phrase.startswith(FINDING_PHRASE) or "rekomendasi" in phrase
            or phrase in ("melanggar", "melangar")
            or phrase.startswith(("laporan", "aduan", "pengaduan", "informasi"))
            or involved_counted(phrase)):
        return _CASE
    return frozenset()

