"""Findings: the judge of `pelanggaran` for ``transforms.events.activities.classify``, what a
watchdog or government found or handled, as its sentence says, in the sentence context of
``transforms.events.activities.context``. Its finding words and the cues of none, denial and
condition it shares with the judge of `sanksi` (``transforms.events.activities.sanctions``)
are in ``transforms.events.activities.finding_cues``.

* `pelanggaran` needs a finding word in the sentence that is not negated or modal
  ("menemukan", "mencatat", "diduga", headline "Temukan" ... not "tidak ditemukan"); words that
  also tell how any case is handled ("dilaporkan", "ditangani", "diteruskan",
  "direkomendasikan", "kasus") count only of particular cases (counted, pointed at, dated,
  done). No generic, habitual or hypothetical word before it in its clause; a conditional
  sentence ("jika ...", "akan", "..., maka ...") and a rule for whoever ("sanksi bagi ASN yang
  tidak netral") are no finding, nor a finding word with no finder right after the rule it is
  read by ("sesuai ketentuan ... menemukan"), nor another offence ("pelanggaran APK").
* `pengawasan` is judged in ``transforms.events.activities.monitoring``.
* `sanksi` and `pelanggaran` told as background (an earlier occasion, an earlier election,
  national statistics, a lesson or an example) are dropped:
  ``transforms.events.activities.background``.
* None so far is no case ("belum ada ASN yang dilaporkan"); what is often found ("kerap menjadi
  temuan") or handed on again and again ("beberapa kali") is no case of this occasion; a case
  is particular when counted, dated, told done, a person named, or pointed at ("itu",
  "tersebut" after a word that can name one, not "oleh karena itu" or "hal tersebut").
  The offence named as a risk ("... merupakan salah satu isu kerawanan") is no case either;
  "Mereka dilaporkan ..." after a sentence about particular people handles their cases.
"""

from __future__ import annotations

import re

from transforms.events.activities.background import background
from transforms.events.activities.cases import (
    asked_of_reader,
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
    DECIDED_BY,
    DUTY,
    FINDING,
    FINDING_PHRASE,
    HABITUAL_BEFORE,
    HYPOTHETICAL,
    IF_FOUND,
    IF_FOUND_LATE,
    NEGATED,
    NONE_YET,
    NOT_FOUND,
    THEN_TO_DO,
    WHETHER,
    found_at,
)
from transforms.events.activities.words import says

_GENERIC = re.compile(
    r"\b(?:jika|apabila|bila|bilamana|kalau|seandainya|jangan|setiap|tiap|segala|jenis|bentuk"
    r"|potensi"
    # a forecast: "proyeksi pelanggaran tahun ini", "pelanggaran yang diperkirakan ..." (before)
    r"|prediksi|diprediksi|memprediksi|perkiraan|diperkirakan|memperkirakan|proyeksi"
    r"|berpotensi|mencegah|cegah|menghindari|hindari|tanpa"
    # prevention: "guna mengantisipasi temuan pelanggaran", "meminimalisir pelanggaran"
    r"|(?:meng)?antisipasi|meminimalisir|meminimalisasi|meminimalkan|menangkal|memitigasi"
    # "sebagai pelanggaran": a kind named; not a post held ("yang menjabat sebagai lurah")
    r"|(?<!menjabat\s)(?<!bertugas\s)(?<!bekerja\s)(?<!berstatus\s)(?<!berprofesi\s)sebagai"
    r"|pengaduan|aduan|belum"
    r"|(?:tidak|tak)\s+(?:ada|pernah)|nihil|rawan|kerawanan"
    # habitual, not a particular case: "pelanggaran yang sering ditemukan"
    r"|sering|seringkali|kerap|acap|umumnya|biasanya|lazim(?:nya)?"
    r"|beberapa\s+kali|berkali-kali|berulang\s+kali"
    r"|(?:untuk|agar|supaya|diminta|dapat|bisa|aktif|meminta|mengajak|mengimbau|menghimbau"
    r"|mendorong|diajak|diimbau|dihimbau)\s+(?:\w+\s+)?melapor(?:kan)?)\b",
    re.IGNORECASE,
)
# "ASN yang (terbukti) melanggar ...": a rule about whoever does it, unless a finding came first
# (also "ASN yang terindikasi/diduga ...": whoever is suspected, every word for it)
_SUSPECTED = re.compile(r"terindikasi|diduga|disinyalir|ditengarai|dicurigai|diindikasikan"
                        r"|dituduh|dituding")
_WHOEVER = re.compile(r"\by(?:an)?g\s+(?:(?:terbukti|kedapatan|ketahuan|kepergok|tertangkap"
                      r"|tampak|nampak|terlihat|kelihatan"
                      r"|melakukan|terindikasi|diduga"
                      r"|disinyalir|ditengarai|dicurigai|diindikasikan|dituduh|dituding|dianggap"
                      r"|dinilai)\s+(?:(?:dan|atau|maupun|serta)\s+)?){0,2}$",
                      re.I)
# "Maksudnya, pegawai melanggar lalu ...": a rule explained, the bare class of civil servants
# its subject (no one counted, named or pointed at)
_EXPLAINED = re.compile(r"\b(?:artinya|berarti|maksudnya)\s*,?\s+(?:para\s+)?(?:asn|pns|pegawai"
                        r"|aparatur)\s+$", re.IGNORECASE)
# "sanksi bagi ASN yang tidak netral": whoever it may be
# (also with conditions joined: "bagi ASN yang tidak patuh dan terbukti melanggar ...")
_FOR_WHOEVER = re.compile(r"\bbagi\s+(?:\S+\s+){0,5}?y(?:an)?g\s+(?:\w+\s+)?"
                          r"(?:(?:\w+,?\s+){0,3}?(?:dan|atau|serta)\s+(?:yang\s+)?)?$", re.I)
# "... yang masuk akan diproses": what will be done with any of them
_WHOEVER_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?yang\s+(?:\w+\s+){0,3}?akan\b", re.I)
_MODAL_AFTER = words(r"akan", r"bakal", r"dapat", r"bisa", r"harus", r"wajib", r"siap")
# "..., maka ...": a rule's consequence; "setelah diteruskan ke KASN maka KASN akan ...": the
# steps of a procedure, told as what will follow
_THEN = re.compile(r",\s*maka\b|\bmaka\s+(?:\w+\s+){0,3}?(?:akan|bakal|dapat|bisa|harus|wajib"
                   # "... maka warga segera melapor": what to do then, asked
                   r"|perlu|segera|silakan|silahkan|diminta|dimohon)\b", re.IGNORECASE)
# "ketika ditemukan ASN yang ... akan diberikan sanksi": whenever one is found (a rule), the
# consequence still to come after it
_WHENEVER = re.compile(r"\b(?:ketika|saat|manakala|begitu)\s+$", re.IGNORECASE)
# "menindaki temuan ... dalam Pemilu 2024 nanti": an election still to come has no case yet
# (not "jelang Pilkada mendatang", the time of a case found now)
_UPCOMING = re.compile(r"^[^.;]{0,60}?\b(?:dalam|pada|di|saat|selama)\s+(?:pelaksanaan\s+)?"
                       r"(?:pemilu|pilkada|pemilihan|pilpres|pileg)\b[^.;,]{0,30}?"
                       r"\b(?:nanti|yang\s+akan\s+datang)\b", re.IGNORECASE)
# "sesuai ketentuan yang ada mendapati ...": a finding word with no finder, right
# after the rule it is read by: the rule's wording, no case found
_BY_RULE = re.compile(r"\bsesuai\s+(?:dengan\s+)?(?:aturan|ketentuan|peraturan|regulasi|mekanisme"
                      r"|prosedur)(?:\s+yang\s+(?:berlaku|ada))?\s*,?\s*$", re.IGNORECASE)
# "akan" (or "bakal") right before a word of handling: what will be done with a case
_TO_COME = re.compile(r"\b(?:akan|bakal)\s+(?:\w+\s+)?$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:akan|bakal(?!\s+calon))\b", re.IGNORECASE)
_DONE_WORDS = frozenset({"sudah", "telah", "sedang", "tengah"})
_WATCHDOG_BODY = words(r"kasn", r"komisi\s+asn", r"bkn", r"badan\s+kepegawaian", r"kemenpan",
                        r"pejabat\s+pembina", r"ppk", r"bupati", r"wali\s*kota", r"gubernur")


# "kasus" is a finding only as cases counted or pointed at ("tiga kasus", "kasus tersebut"),
# not as the topic ("kasus pelanggaran netralitas kerap terjadi")
_CASES_COUNTED = re.compile(r"(?:\d[\d.]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
                            r"|sepuluh|\w*(?:belas|puluh|ratus)(?:an)?|sejumlah|beberapa|sebuah)\s+$",
                            re.IGNORECASE)
_CASE_POINTED = re.compile(r"^kasus\s+(?:\w+\s+){0,4}?(?:ini|tersebut|itu)\b", re.IGNORECASE)


def _counted_case(sentence: str, at: int) -> bool:
    return bool(_CASES_COUNTED.search(sentence[max(0, at - 25):at])
                or _CASE_POINTED.search(sentence[at:at + 60]))


_HABITUAL_AFTER = re.compile(r"^[^,;.]{0,40}?\byang\s+(?:paling\s+)?(?:sering|seringkali|kerap|acap"
                             r"|biasa|umum|banyak)\b"
                             # "..., kerap menjadi temuan", "sering ditemukan": what is often found
                             r"|^[^;.]{0,60}?\b(?:sering|seringkali|kerap|kerapkali|acap|acapkali"
                             r"|biasanya|umumnya|lazimnya)\s+(?:\w+\s+)?(?:menjadi|jadi|ditemukan"
                             r"|ditemui|dijumpai|terjadi|dilaporkan|muncul|temuan)\b"
                             # "..., menjadi kasus yang paling banyak ditemukan": a ranking
                             r"|^[^;.]{0,100}?\byang\s+paling\s+(?:banyak|sering)\s+(?:\w+\s+)?"
                             r"(?:ditemukan|ditemui|dijumpai|terjadi|dilaporkan|muncul)\b",
                             re.IGNORECASE)
# "pelanggaran netralitas merupakan salah satu isu kerawanan": the offence named as a risk
# (an index, a vulnerability), no case ("pelanggaran ... di daerah rawan": where one was found)
_RISK_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:merupakan|menjadi|termasuk|adalah)\s+"
                         r"(?:(?!(?:di|pada|dalam|ke)\b)[\w-]+\s+){0,6}?(?:rawan|kerawanan)\b",
                         re.IGNORECASE)
_ASN_NEAR = words(r"asn", r"pns", r"pppk", r"p3k", r"pegawai", r"aparatur", r"kepala\s+desa",
                   r"kades", r"perangkat\s+desa", r"netral\w*")
_OTHER_OFFENCE = re.compile(r"^\s*(?:\w+\s+){0,1}?(?:apk|alat\s+peraga|protokol\s+kesehatan|prokes"
                            r"|lalu\s+lintas|politik\s+uang|money\s+politic"
                            r"|kode\s+etik\s+penyelenggara)\b", re.IGNORECASE)
_ASKED_TO = words(r"agar", r"supaya", r"untuk\s+(?:\w+\s+)?(?:menerbitkan|meningkatkan"
                   r"|mengeluarkan|membuat|melakukan|memperketat|menjaga)")


# "terbukti" as an unmarked condition, with the consequence to come after it
_PROVEN = re.compile(r"\bterbukti\b", re.IGNORECASE)
# ("terbukti ..., maka dipecat": the consequence joined by "maka", an unmarked condition too)
_CONSEQUENCE = words(r"akan", r"bakal", r"bisa", r"dapat", r"terancam", r"diancam", r"maka")
# "ASN yang tidak netral itu": the people of a "yang" clause pointed at
_POINTED_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:itu|tersebut)\b", re.IGNORECASE)


# "kini makin banyak kades dan pegawai yang melanggar": people counted who break the rules,
# told as now or done (``particular``), are cases reported without a finding verb
# (people, not the sanctions ahead of them: "banyak hukuman menunggu pegawai yang ...")
_COUNTED_WHO = re.compile(r"\b(?:banyak|sejumlah|jumlah|beberapa|\d+|puluhan|belasan|ratusan"
                          r"|dua|tiga|empat|lima|seorang)\s+(?!(?:sanksi|sangsi|hukuman|ancaman"
                          r"|konsekuensi|risiko|jenis|bentuk|aturan)\b)(?:\w+\s+){0,5}?y(?:an)?g"
                          r"\s+(?:\w+\s+)?$", re.IGNORECASE)
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


# "menambahkan jika tercatat ada 84 kasus ...": colloquial "jika/kalau" after a speech verb says
# "bahwa" (that), when what it reports is counted or told done and nothing modal follows
_SAID_IF = re.compile(r"\b(?:mengatakan|menambahkan|menjelaskan|menyebut(?:kan)?|mengungkapkan"
                      r"|menerangkan|menuturkan|mengakui|menyampaikan|membenarkan)\s+"
                      r"(jika|kalau|apabila)\s+", re.IGNORECASE)


def _said_that(ctx: Context) -> Context:
    """``ctx`` with a colloquial "jika" that reports (``_SAID_IF``) blanked out (spaces: the
    offsets hold), so the conditions below do not read it as one."""
    said = _SAID_IF.search(ctx.before)
    if (said is None or len(HYPOTHETICAL.findall(ctx.before)) != 1
            or _MODAL_AFTER.search(ctx.before, said.end()) or _MODAL_AFTER.search(ctx.after)
            or _THEN.search(ctx.after)
            or not (says(ctx.sentence, _DONE_WORDS) or any(c.isdigit() for c in ctx.after)
                    or any(c.isdigit() for c in ctx.before[said.end():] + ctx.phrase))):
        return ctx
    start, end = said.span(1)
    blank = ctx.before[:start] + " " * (end - start) + ctx.before[end:]
    return ctx._replace(before=blank, sentence=blank + ctx.phrase + ctx.after)


def violation(ctx: Context) -> str | None:
    if "jika" in ctx.before or "kalau" in ctx.before or "apabila" in ctx.before:
        ctx = _said_that(ctx)
    phrase = ctx.phrase.lower()
    if nothing_handed(phrase, ctx.sentence):
        return None  # "hasil rapat diserahkan kepada Gubernur": no case handed on
    if phrase == "ditangani" and not counted_in_hand(ctx.before):
        return None  # "laporan yang sedang ditangani": of civil servants counted only
    if asked_of_reader(phrase, last_clause(ctx.before)):
        return None  # "Laporkan ke Bawaslu": asked of the reader, an appeal
    counted = (phrase in ("melanggar", "melangar")
               and bool(_COUNTED_WHO.search(ctx.before[-60:]) and particular(ctx.sentence)
                        or _NAMED_WHO.search(ctx.before[-60:]))
               # reports counted ("ada empat laporan dugaan pelanggaran netralitas")
               or phrase.startswith(("laporan", "aduan", "pengaduan"))
               and bool(_CASES_COUNTED.search(ctx.before[-25:])))
    if (not found_at(ctx.sentence) and not phrase.startswith(FINDING_PHRASE)
            and "rekomendasi" not in phrase and not counted):
        return None  # no finding word in the sentence: no finding (most sentences, told fast)
    if in_name(ctx) or background(ctx) or not ctx.about_neutrality():
        return None  # a name, background, or a candidate's or a campaign's offence
    if (phrase in ("pelanggaran", "pelangaran") and _OTHER_OFFENCE.search(ctx.after[:50])
            and not _ASN_NEAR.search(ctx.after[:80])):
        return None  # "pelanggaran APK", "pelanggaran politik uang": not neutrality
    if (phrase.startswith(("melang", "pelang", "langgar")) and _DENIED.search(ctx.before[-30:])
            and not _OF_KIND.match(ctx.after)):
        return None  # "sehingga tidak melanggar netralitas": no violation (not "bukan
        # pelanggaran ringan": a graver one)
    if ("apakah" in ctx.before.lower() and "ada" in ctx.after
            and _ANSWERED.search(ctx.after)):
        return "pelanggaran"  # a question on the cases answered with their count
    if (phrase.startswith(_HANDING_ON)
            and ("dapat" in ctx.before or "bisa" in ctx.before or "boleh" in ctx.before)):
        channel = _CHANNEL_TOLD.search(ctx.before)
        if channel and not says(ctx.before[channel.end():], _DONE_WORDS):
            return None  # "laporan dapat disampaikan ke ..., atau melaporkan ke ...": a
            # channel (not "..., dan Bawaslu telah meneruskan dua laporan ke KASN")
    if (HYPOTHETICAL.search(ctx.before) or _THEN.search(ctx.after)
            or NONE_YET.search(last_clause(ctx.before))
            or question_put(last_clause(ctx.before))
            or "sebelum" in ctx.before and _BEFORE_REPORT.search(last_clause(ctx.before))
            or _WHENEVER.search(ctx.before[-12:]) and _MODAL_AFTER.search(ctx.after)
            or _UPCOMING.search(ctx.after) or DUTY.search(last_clause(ctx.before)[-50:])):
        # a condition, a rule's consequence, none ("belum ada ASN ..."), a question, the time
        # another step was taken at ("direncanakan sebelum muncul laporan adanya pegawai ..."),
        # whenever one is found, a case of an election to come, a body's duty
        return None
    if ("apakah" in ctx.before and WHETHER.search(ctx.before[-100:])
            or ("ditentukan" in ctx.after or "diputuskan" in ctx.after
                or "dibuktikan" in ctx.after) and DECIDED_BY.search(ctx.after)
            and not particular(ctx.sentence)):
        return None  # whether one was committed is still to be made sure of or decided
    if (_PROVEN.search(last_clause(ctx.before)[-40:] + ctx.phrase)
            and _CONSEQUENCE.search(ctx.after) and not particular(ctx.sentence)):
        return None  # "Terbukti langgar netralitas, ASN bakal dipecat": if proven, a rule
    if ctx.phrase.lower().startswith(FINDING_PHRASE):  # not "tidak ditemukan ASN ..."
        charged = phrase.startswith(("ditetapkan", "menetapkan"))  # "dapat ditetapkan": a rule
        return None if (_GENERIC.search(ctx.before[-50:]) or NEGATED.search(ctx.before[-30:])
                        or (IF_FOUND.search(ctx.before[-12:])
                            or IF_FOUND_LATE.search(ctx.before[-45:])
                            and not particular(ctx.sentence)) and THEN_TO_DO.search(ctx.sentence)
                        or "esuai" in ctx.before and _BY_RULE.search(ctx.before[-60:])
                        or charged and NOT_FOUND.search(ctx.before[-30:])) else "pelanggaran"
    if "rekomendasi" in ctx.phrase.lower():
        body = _WATCHDOG_BODY.search(ctx.after)
        asked = _ASKED_TO.search(ctx.after)  # "merekomendasikan Pemda agar ...": an appeal
        if not body and not asked:
            body = to_region(ctx.after)
        if not body or (asked and asked.start() < body.start()):
            return None
        if NOT_FOUND.search(ctx.before[-30:]):
            return None  # "berwenang mengeluarkan rekomendasi": a power, not one made
        return "pelanggaran" if particular(ctx.sentence) else None
    clause = last_clause(ctx.before)[-50:]
    if (_GENERIC.search(clause) or _WHOEVER_AFTER.search(ctx.after)
            or phrase.startswith("melang") and _EXPLAINED.search(ctx.before[-40:])
            or _HABITUAL_AFTER.search(ctx.after)
            or "rawan" in ctx.after and _RISK_AFTER.search(ctx.after)
            and not _CASES_COUNTED.search(ctx.before[-25:])
            or _FOR_WHOEVER.search(ctx.before[-80:])
            or ("sering" in ctx.before or "kerap" in ctx.before or "acap" in ctx.before
                or "biasa" in ctx.before) and HABITUAL_BEFORE.search(ctx.before)):
        return None
    sentence = ctx.sentence
    phrase_end = len(ctx.before) + len(ctx.phrase)
    # (a sentence that tells something done, "aduannya telah masuk dan nanti kami
    # limpahkan", reports a case whatever is still to come)
    to_come = not says(sentence, _DONE_WORDS)
    # advice: "whenever one is found, report it": its words of handing are asked too
    advised = (THEN_TO_DO.search(sentence) is not None
               and any(IF_FOUND.search(sentence, max(0, at - 12), at)
                       or IF_FOUND_LATE.search(sentence, max(0, at - 45), at)
                       and not particular(sentence)
                       for at in found_at(sentence) if FINDING.match(sentence, at)))
    found = [at for at in found_at(sentence)
             if not NOT_FOUND.search(sentence[max(0, at - 30):at]) and not advised
             # "kita akan memproses ...": a handling still to come handles no case yet (also
             # one after the phrase that a later "akan" leads to: "..., jadi kita akan
             # memproses ..., sampai meneruskan rekomendasi ...")
             and not (to_come and FINDING.match(sentence, at) is None
                      and (_TO_COME.search(sentence, max(0, at - 20), at)
                           or at >= phrase_end and _WILL.search(sentence, phrase_end, at)))
             and (not sentence[at:at + 5].lower() == "kasus" or _counted_case(sentence, at))
             and (sentence[at:at + 10].lower() != "penanganan"
                  or _HANDLING_DONE.search(sentence, max(0, at - 30), at))]
    whoever = None if _COUNTED_WHO.search(clause) else _WHOEVER.search(clause)  # "tiga ASN yang"
    if whoever:  # only a finding outside "yang ..." counts, and none in a rule ("... akan")
        if _MODAL_AFTER.search(ctx.after[:80]):
            return None
        relative = len(ctx.before) - len(clause) + whoever.start()
        # (the phrase's own word is the rule's: "ASN yang kedapatan berpihak", and so is one
        # joined to it: "yang kedapatan dan terbukti memihak")
        end = len(ctx.before) + len(ctx.phrase)
        found = [at for at in found
                 if at < relative or at >= end and not _JOINED_AFTER.match(sentence, end, at)]
        if found and _SUSPECTED.search(whoever.group()):
            return "pelanggaran"  # "menangani ASN yang terindikasi ...": the suspects handled
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
    test, before any of the context). ``classify.judged`` leaves such a phrase out."""
    if (found_at(sentence) or phrase.startswith(FINDING_PHRASE) or "rekomendasi" in phrase
            or phrase in ("melanggar", "melangar")
            or phrase.startswith(("laporan", "aduan", "pengaduan"))):
        return _CASE
    return frozenset()
