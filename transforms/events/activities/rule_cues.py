"""Cues that a finding word is told of a rule, a condition, a habit or a forecast, not of a
case found: for the judge of `pelanggaran` (``transforms.events.activities.findings``).

A generic, habitual or hypothetical word before the phrase in its clause (``GENERIC``), a rule
for whoever ("ASN yang terbukti melanggar", "sanksi bagi ASN yang tidak netral"), a rule
explained, a consequence to come ("..., maka ...", "terbukti ..., bakal dipecat"), whenever one
is found, an election still to come, the wording of the rule a finding word is read by, what is
often found, the offence named as a risk. A colloquial "jika" that reports ("menambahkan jika
tercatat ...") is no condition: :func:`said_that` blanks it out before these are read. Kept
apart from the judge so its return paths are not crowded by the patterns.
"""

from __future__ import annotations

import re

from transforms.events.activities.context import Context, words
from transforms.events.activities.finding_cues import HYPOTHETICAL
from transforms.events.activities.words import says

GENERIC = re.compile(
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
    # "sanksi ... tergantung dari pelanggaran yang dilakukan": whichever case it is; a rumour
    # clarified or denied ("isu yang berkembang terkait dugaan keterlibatan ...")
    r"|tergantung|bergantung|isu\s+(?:yang\s+\w+\s+)?(?:terkait|soal|tentang|mengenai|adanya)"
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
SUSPECTED = re.compile(r"terindikasi|diduga|disinyalir|ditengarai|dicurigai|diindikasikan"
                        r"|dituduh|dituding")
WHOEVER = re.compile(r"\by(?:an)?g\s+(?:(?:terbukti|kedapatan|ketahuan|kepergok|tertangkap"
                      r"|tampak|nampak|terlihat|kelihatan"
                      r"|melakukan|terindikasi|diduga"
                      r"|disinyalir|ditengarai|dicurigai|diindikasikan|dituduh|dituding|dianggap"
                      r"|dinilai)\s+(?:(?:dan|atau|maupun|serta)\s+)?){0,2}$",
                      re.I)
# "Maksudnya, pegawai melanggar lalu ...": a rule explained, the bare class of civil servants
# its subject (no one counted, named or pointed at)
EXPLAINED = re.compile(r"\b(?:artinya|berarti|maksudnya)\s*,?\s+(?:para\s+)?(?:asn|pns|pegawai"
                        r"|aparatur)\s+$", re.IGNORECASE)
# "sanksi bagi ASN yang tidak netral": whoever it may be
# (also with conditions joined: "bagi ASN yang tidak patuh dan terbukti melanggar ...")
FOR_WHOEVER = re.compile(r"\bbagi\s+(?:\S+\s+){0,5}?y(?:an)?g\s+(?:\w+\s+)?"
                          r"(?:(?:\w+,?\s+){0,3}?(?:dan|atau|serta)\s+(?:yang\s+)?)?$", re.I)
# "... yang masuk akan diproses": what will be done with any of them
WHOEVER_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?yang\s+(?:\w+\s+){0,3}?akan\b", re.I)
MODAL_AFTER = words(r"akan", r"bakal", r"dapat", r"bisa", r"harus", r"wajib", r"siap")
# "..., maka ...": a rule's consequence; "setelah diteruskan ke KASN maka KASN akan ...": the
# steps of a procedure, told as what will follow
THEN = re.compile(r",\s*maka\b|\bmaka\s+(?:\w+\s+){0,3}?(?:akan|bakal|dapat|bisa|harus|wajib"
                   # "... maka warga segera melapor": what to do then, asked
                   r"|perlu|segera|silakan|silahkan|diminta|dimohon)\b", re.IGNORECASE)
# what an offence against a rule may bring, the offence opening its sentence ("Pelanggaran
# terhadap larangan ini dapat mengakibatkan sanksi"): a rule's consequence, read with the
# phrase (not "Bawaslu menemukan pelanggaran atas ... yang dapat berujung pidana")
MAY_BRING = re.compile(r"\W*(?:pelang?garan|melang?gar)\s+(?:terhadap|atas)\s+[^.;,]{0,30}?"
                       r"\b(?:dapat|bisa|akan)\s+(?:mengakibatkan|berakibat|berujung|berbuah"
                       r"|dikenai|dikenakan|dijatuhi)\b", re.IGNORECASE)
# a sentence opening on a condition on civil servants its first comma closes ("Ketika ASN
# datang ke kampanye ..., maka ..."): a rule told (not "Saat ditemui, maka ...": a time)
WHEN_THEN = re.compile(r"\W*(?:ketika|jika|apabila|bila|kalau)\s+(?:seorang\s+|para\s+)?(?:asn|pns"
                       r"|pppk|pegawai|kades|kepala\s+desa)\b[^,.;]*,\s*maka\b", re.IGNORECASE)
# "ketika ditemukan ASN yang ... akan diberikan sanksi": whenever one is found (a rule), the
# consequence still to come after it
WHENEVER = re.compile(r"\b(?:ketika|saat|manakala|begitu)\s+$", re.IGNORECASE)
# "menindaki temuan ... dalam Pemilu 2024 nanti": an election still to come has no case yet
# (not "jelang Pilkada mendatang", the time of a case found now)
UPCOMING = re.compile(r"^[^.;]{0,60}?\b(?:dalam|pada|di|saat|selama)\s+(?:pelaksanaan\s+)?"
                       r"(?:pemilu|pilkada|pemilihan|pilpres|pileg)\b[^.;,]{0,30}?"
                       r"\b(?:nanti|yang\s+akan\s+datang)\b", re.IGNORECASE)
# "sesuai ketentuan yang ada mendapati ...": a finding word with no finder, right
# after the rule it is read by: the rule's wording, no case found
# a law's article quoted ("Pasal 42 ayat (5) menyebutkan bahwa DKPP dapat ..."): its wording
# (in its clause: "Merujuk Pasal 2 UU ASN, Bawaslu menyatakan ..." is the speaker's word)
LAW_SAYS = re.compile(r"\bpasal\s+\d+[^.;,]{0,40}?\b(?:menyebutkan|berbunyi|mengatur|menyatakan"
                      r"|menegaskan|disebutkan)\b", re.IGNORECASE)
BY_RULE = re.compile(r"\bsesuai\s+(?:dengan\s+)?(?:aturan|ketentuan|peraturan|regulasi|mekanisme"
                      r"|prosedur)(?:\s+yang\s+(?:berlaku|ada))?\s*,?\s*$", re.IGNORECASE)
DONE_WORDS = frozenset({"sudah", "telah", "sedang", "tengah"})


# "terkadang seorang ASN ... sudah dilaporkan dalam pelanggaran": what happens at times, no case
SOMETIMES = re.compile(r"\b(?:ter)?kadang(?:-kadang|kala)?\b", re.IGNORECASE)
HABITUAL_AFTER = re.compile(r"^[^,;.]{0,40}?\byang\s+(?:paling\s+)?(?:sering|seringkali|kerap|acap"
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
RISK_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:merupakan|menjadi|termasuk|adalah)\s+"
                         r"(?:(?!(?:di|pada|dalam|ke)\b)[\w-]+\s+){0,6}?(?:rawan|kerawanan)\b",
                         re.IGNORECASE)


# "terbukti" as an unmarked condition, with the consequence to come after it
PROVEN = re.compile(r"\bterbukti\b", re.IGNORECASE)
# ("terbukti ..., maka dipecat": the consequence joined by "maka", an unmarked condition too)
CONSEQUENCE = words(r"akan", r"bakal", r"bisa", r"dapat", r"terancam", r"diancam", r"maka")


# "menambahkan jika tercatat ada 84 kasus ...": colloquial "jika/kalau" after a speech verb says
# "bahwa" (that), when what it reports is counted or told done and nothing modal follows
SAID_IF = re.compile(r"\b(?:mengatakan|menambahkan|menjelaskan|menyebut(?:kan)?|mengungkapkan"
                      r"|menerangkan|menuturkan|mengakui|menyampaikan|membenarkan)\s+"
                      r"(jika|kalau|apabila)\s+", re.IGNORECASE)


def said_that(ctx: Context) -> Context:
    """``ctx`` with a colloquial "jika" that reports (``SAID_IF``) blanked out (spaces: the
    offsets hold), so the judge's conditions do not read it as one."""
    said = SAID_IF.search(ctx.before)
    if (said is None or len(HYPOTHETICAL.findall(ctx.before)) != 1
            or MODAL_AFTER.search(ctx.before, said.end()) or MODAL_AFTER.search(ctx.after)
            or THEN.search(ctx.after)
            or not (says(ctx.sentence, DONE_WORDS) or any(c.isdigit() for c in ctx.after)
                    or any(c.isdigit() for c in ctx.before[said.end():] + ctx.phrase))):
        return ctx
    start, end = said.span(1)
    blank = ctx.before[:start] + " " * (end - start) + ctx.before[end:]
    return ctx._replace(before=blank, sentence=blank + ctx.phrase + ctx.after)
