"""Findings, sanctions and monitoring: what a watchdog or government did, as its sentence says.

The judge of ``transforms.events.activities.classify`` for `pelanggaran` (here) and the rules of the
judge of `sanksi` (``transforms.events.activities.sanctions``, which uses this module's
background and hypothetical cues), in the sentence context of
``transforms.events.activities.context``:

* `sanksi` only for a sanction decided: a word close before it in its clause ("telah dijatuhi
  sanksi", "sudah kami beri sanksi", "dikenai sanksi"), or given to particular people
  ("pemberian sanksi terhadap tiga lurah itu"), and no modal or rule word before it (akan,
  dapat, jika, bagi, setiap, jenis, berupa ...). One recommended ("merekomendasikan ...
  sanksi") is a case handed on: `pelanggaran` when done, else an appeal. One threatened,
  described or conditional ("akan ditindak", "dapat dikenakan sanksi", "jenis sanksi", "ASN
  yang melanggar ...") is `imbauan`, also when a sentence spells it out ("Artinya, ...
  diberhentikan"), or of whoever got one ("ASN yang sudah diberi sanksi"). One still open
  ("diberi sanksi atau tidak", "belum menjatuhkan", "masih menunggu keputusan") is none; one a
  report is for ("diteruskan ke KASN untuk penjatuhan sanksi") a case handed on, as is a
  watchdog's "ditindak" forwarded ("ditindak dan diteruskan ke BKN"). A court's sentence
  ("divonis", "dipidana") is one decided. "diproses" is a case handled (`pelanggaran`), or a
  threat (`imbauan`) with a modal word.
* `pelanggaran` needs a finding word in the sentence that is not negated or modal
  ("menemukan", "mencatat", "diduga", headline "Temukan" ... not "tidak ditemukan"); words that
  also tell how any case is handled ("dilaporkan", "ditangani", "diteruskan",
  "direkomendasikan", "kasus") count only of particular cases (counted, pointed at, dated,
  done). No generic, habitual or hypothetical word before it in its clause; a conditional
  sentence ("jika ...", "akan", "..., maka ...") and a rule for whoever ("sanksi bagi ASN yang
  tidak netral") are no finding, nor another offence ("pelanggaran APK").
* `pengawasan` is judged in ``transforms.events.activities.monitoring``.
* `sanksi` and `pelanggaran` told as background (an earlier occasion, an earlier election,
  national statistics, a lesson or an example) are dropped:
  ``transforms.events.activities.background``.
* None so far is no case ("belum ada ASN yang dilaporkan"); what is often found ("kerap menjadi
  temuan") or handed on again and again ("beberapa kali") is no case of this occasion; a case
  is particular when counted, dated, told done, a person named, or pointed at ("itu",
  "tersebut" after a word that can name one, not "oleh karena itu" or "hal tersebut").
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.events.activities.background import background
from transforms.events.activities.cases import (
    asked_of_reader,
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
from transforms.events.activities.words import says
from transforms.prefilter import scanner, search

# none so far: "belum ada ASN yang dilaporkan", "tidak pernah ditemukan"
NONE_YET = re.compile(r"\b(?:belum|tidak|tak)\s+(?:ada|pernah)\b", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan|tanpa)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# a finding word said as possible, asked for, denied or conditional ("dapat dilaporkan", "tidak
# ditemukan", "jika terbukti")
_NOT_FOUND = re.compile(r"\b(?:tidak|tak|belum|bukan|tanpa|dapat|bisa|akan|harus|perlu|untuk"
                        r"|silakan|silahkan|mari|ayo|bertugas|berwenang|wewenang|siap"
                        r"|tugas(?:nya)?|fungsi(?:nya)?|berfungsi"
                        r"|agar|segera|jika|apabila|bila|bilamana|kalau|seandainya|manakala)"
                        r"\s+(?:\w+\s+)?"
                        # the denial shared by a finding word joined to the denied one ("belum
                        # menemukan ataupun menerima laporan")
                        r"(?:(?:atau(?:pun)?|maupun|dan|serta)\s+)?$",
                        re.IGNORECASE)
_FOUND = words(
    r"menemukan", r"ditemukan(?:nya)?", r"temuan(?:nya)?", r"mendapati", r"didapati", r"kedapatan",
    r"tertangkap", r"mencatat(?:kan)?", r"dicatat", r"tercatat", r"diduga", r"disinyalir",
    r"ditengarai", r"diindikasikan", r"dicurigai",
    r"menjumpai", r"dijumpai", r"mendeteksi", r"terdeteksi", r"terpantau", r"kepergok",
    r"ketahuan", r"terciduk", r"diciduk", r"terekam",
    r"terindikasi", r"terbukti", r"terjaring", r"kasus", r"dijatuhi",
    # told as charged with one ("dikenakan pasal dugaan pelanggaran", "kena pelanggaran"), or
    # handed to a watchdog ("menyampaikan dugaan pelanggaran ... ke KASN", "melayangkan laporan
    # ke Bawaslu"): of particular cases only (not in _FINDING)
    r"dikenakan", r"dikenai", r"kena",
    r"(?:menyampaikan|melayangkan|mengirim(?:kan)?)(?=\s+(?:\S+\s+){0,8}?ke\s+(?:kasn|komisi"
    r"|bkn|badan\s+kepegawaian|bawaslu|badan\s+pengawas|panwas\w*|gakkumdu|kemendagri))",
    r"(?:menerima|mendapat(?:kan)?)\s+(?:\S+\s+){0,2}?(?:laporan|aduan|pengaduan)(?:nya)?",
    # a report taken up at a session ("rapat pleno membahas laporan ...")
    r"(?:membahas|dibahas|pembahasan)\s+(?:\S+\s+){0,2}?(?:laporan|aduan|pengaduan|temuan)",
    r"(?:laporan|aduan|pengaduan)\s+(?:\S+\s+){0,5}?(?:yang\s+)?masuk", r"diterima",
    r"menindaklanjuti", r"ditindaklanjuti", r"memeriksa", r"diperiksa", r"pemeriksaan",
    r"mengklarifikasi", r"diklarifikasi", r"klarifikasi", r"investigasi", r"menginvestigasi",
    r"diinvestigasi", r"dimintai(?=\s+(?:klarifikasi|keterangan))",
    # accused ("dituduh melanggar aturan pemilu"): reported, as "diduga"
    r"dituduh", r"dituding",
    r"dipanggil", r"memanggil", r"dilaporkan", r"melaporkan", r"menangani", r"ditangani",
    r"penanganan",
    r"menelusuri", r"ditelusuri", r"penelusuran", r"mendalami", r"didalami", r"pendalaman",
    r"menyelidiki", r"diselidiki", r"penyelidikan",
    r"(?:di|me)?rekomendasi(?:kan)?", r"diteruskan", r"meneruskan", r"diproses", r"memproses",
    r"memroses",
    r"terproses", r"diblokir", r"memutuskan", r"diputuskan", r"diputus", r"diregister",
    r"dilimpahkan", r"melimpahkan", r"diadukan", r"mengadukan", r"(?:me|di|te)registrasi",
    # a case handed to the body that decides it ("kasusnya kami serahkan ke BKN")
    r"(?:(?:di|ter)?serahkan|menyerahkan)(?=\s+(?:\S+\s+){0,4}?(?:ke|kepada)\s)",
    r"meregister", r"teregister",
    r"mengkaji", r"dikaji", r"pengkajian", r"kajian", r"dinyatakan",
    # judged not neutral ("beberapa ASN dinilai tidak netral"): of particular people only
    # (and a headline's bare verb: "Camat Dinilai Langgar Aturan Netralitas")
    r"(?:dinilai|dianggap)(?=\s+(?:(?:tidak|tak)\s+netral|langgar)\b)",
    # a watchdog's decision on a person ("menetapkan kepala seksi berinisial T melanggar ..."), not
    # a rule after it ("menetapkan jadwal, dan ASN dilarang melanggar")
    r"(?:menetapkan|ditetapkan)(?=(?:(?!\b(?:dilarang|tidak|tak|jangan|agar|akan|bakal|dapat"
    r"|bisa|boleh)\b)[^.;]){0,100}?\bmelanggar\b)",
    # a body's declaration of particular people ("menyatakan camat itu melanggar")
    r"menyatakan(?=\s+(?:\w+\s+){0,3}?(?:itu|tersebut|terbukti|bersalah))",
    r"mengusut", r"diusut", r"pengusutan",
    r"mengungkap", r"mengantongi",
    # speech verbs ("mengungkapkan, ...") are findings only of people counted
    r"(?:mengungkapkan|membeberkan)(?=\s+(?:ada\s+|sebanyak\s+|terdapat\s+)?(?:\d|satu|dua"
    r"|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sejumlah|beberapa|\w+(?:an|belas)\s"
    r"(?:asn|pns|pegawai|oknum|kepala|kades|orang)))",
    # the bare verbs of headlines ("Bawaslu Temukan 12 ASN Tak Netral")
    r"temukan", r"catat", r"laporkan", r"rekomendasikan", r"tindaklanjuti", r"panggil",
    r"periksa", r"telusuri", r"ungkap", r"dalami", r"teruskan", r"limpahkan",
    # not the noun of the election's own course ("proses pilkada", "proses pemungutan suara")
    r"proses(?!\s+(?:pilkada|pemilu|pemilihan|pileg|pilpres|pemungutan|penghitungan|rekapitulasi"
    r"|tahapan|kampanye|demokrasi|politik|pencalonan|pendaftaran|seleksi|verifikasi))")
_FOUND_SCAN = scanner(_FOUND)
# the words of _FOUND that report a case by themselves; the others (dilaporkan, ditangani,
# diteruskan, direkomendasikan ...) also tell how any case is handled, so they report one only
# of particular cases (``particular``)
_FINDING = re.compile(r"(?:menemukan|ditemukan(?:nya)?|temuan(?:nya)?|temukan|mendapati|didapati"
                      r"|kedapatan"
                      r"|menjumpai|dijumpai|mendeteksi|terdeteksi|terpantau|kepergok|ketahuan"
                      r"|tertangkap|mencatat|dicatat|tercatat|catat|diduga|terindikasi|terbukti"
                      r"|disinyalir|ditengarai|diindikasikan|dicurigai|dituduh|dituding"
                      r"|terciduk|diciduk|terekam"
                      r"|terjaring|dijatuhi|mengungkap|ungkap|membeberkan|mengantongi"
                      r"|dinyatakan|menyatakan|menetapkan|ditetapkan)\b",
                      re.IGNORECASE)
_GENERIC = re.compile(
    r"\b(?:jika|apabila|bila|bilamana|kalau|seandainya|jangan|setiap|tiap|segala|jenis|bentuk"
    r"|potensi"
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
                      r"|melakukan|terindikasi|diduga"
                      r"|disinyalir|ditengarai|dicurigai|diindikasikan|dituduh|dituding|dianggap"
                      r"|dinilai)\s+(?:(?:dan|atau|maupun|serta)\s+)?){0,2}$",
                      re.I)
# "sanksi bagi ASN yang tidak netral": whoever it may be
# (also with conditions joined: "bagi ASN yang tidak patuh dan terbukti melanggar ...")
_FOR_WHOEVER = re.compile(r"\bbagi\s+(?:\S+\s+){0,5}?y(?:an)?g\s+(?:\w+\s+)?"
                          r"(?:(?:\w+,?\s+){0,3}?(?:dan|atau|serta)\s+(?:yang\s+)?)?$", re.I)
# "... yang masuk akan diproses": what will be done with any of them
_WHOEVER_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?yang\s+(?:\w+\s+){0,3}?akan\b", re.I)
# a sentence that states a condition or the future, not what happened
# ("kalau di daerah lain ...", "kalau untuk Depok ...": "as for", a topic, not a condition)
HYPOTHETICAL = words(r"akan", r"bakal(?!\s+calon)", r"jika", r"apabila", r"bila", r"bilamana",
                     r"ketika\s+(?:ada|terdapat|terjadi)",  # "ketika ada dugaan ...": whenever
                     r"kalau(?!\s+(?:di(?!\s+kemudian)|untuk|soal|dari|masalah|menurut)\b)",
                     r"seandainya", r"jangan", r"agar", r"supaya", r"nanti(?:nya)?")
_MODAL_AFTER = words(r"akan", r"bakal", r"dapat", r"bisa", r"harus", r"wajib", r"siap")
# "..., maka ...": a rule's consequence; "setelah diteruskan ke KASN maka KASN akan ...": the
# steps of a procedure, told as what will follow
_THEN = re.compile(r",\s*maka\b|\bmaka\s+(?:\w+\s+){0,3}?(?:akan|bakal|dapat|bisa|harus|wajib"
                   r"|perlu)\b", re.IGNORECASE)
_WATCHDOG_BODY = words(r"kasn", r"komisi\s+asn", r"bkn", r"badan\s+kepegawaian", r"kemenpan",
                        r"pejabat\s+pembina", r"ppk", r"bupati", r"wali\s*kota", r"gubernur")


# the word every match of _FOUND starts with
_FOUND_WORDS = frozenset({
    "menemukan", "ditemukan", "ditemukannya", "temuan", "temuannya", "menetapkan", "ditetapkan",
    "mendapati", "didapati", "kedapatan", "tertangkap",
    "dilimpahkan", "melimpahkan", "diadukan", "mengadukan", "meregistrasi", "diregistrasi",
    "teregistrasi", "meregister", "teregister", "menjumpai", "dijumpai", "mendeteksi",
    "terdeteksi", "terpantau", "kepergok", "ketahuan", "terciduk", "diciduk", "terekam",
    "mencatat", "mencatatkan", "dicatat",
    "tercatat", "diduga", "terindikasi", "dikenakan", "dikenai", "kena", "menyampaikan",
    "melayangkan", "mengirim", "mengirimkan", "membahas", "dibahas", "pembahasan", "disinyalir",
    "ditengarai", "diindikasikan",
    "dicurigai", "terbukti", "terjaring", "kasus", "dijatuhi", "menerima", "aduan", "pengaduan",
    "mendapat", "mendapatkan", "laporan", "diterima", "menindaklanjuti", "ditindaklanjuti",
    "memeriksa", "diperiksa", "pemeriksaan", "mengklarifikasi", "diklarifikasi", "klarifikasi",
    "investigasi", "menginvestigasi", "diinvestigasi", "dimintai", "dituduh", "dituding",
    "dipanggil",
    "memanggil", "dilaporkan",
    "melaporkan", "menangani", "ditangani", "penanganan", "menelusuri", "ditelusuri", "penelusuran",
    "mendalami", "didalami", "pendalaman", "menyelidiki", "diselidiki", "penyelidikan",
    "rekomendasi", "rekomendasikan", "direkomendasi",
    "direkomendasikan", "merekomendasi", "merekomendasikan", "diteruskan", "meneruskan",
    "diproses", "memproses", "memroses", "terproses", "diblokir", "memutuskan", "diputuskan",
    "diputus", "diregister", "mengungkap", "mengantongi", "mengungkapkan", "membeberkan",
    "temukan", "catat", "laporkan", "tindaklanjuti", "panggil", "periksa", "telusuri", "ungkap",
    "dalami", "teruskan", "limpahkan", "diserahkan", "menyerahkan", "serahkan", "terserahkan",
    "proses", "mengkaji", "dikaji", "pengkajian", "kajian", "dinyatakan", "menyatakan",
    "mengusut", "diusut", "pengusutan", "dinilai", "dianggap"})


@lru_cache(maxsize=256)
def _findings(sentence: str) -> tuple[int, ...]:
    """Where the finding words of a sentence stand (cached: an article names several
    violations in one); most sentences have none (their words say so fast)."""
    if not says(sentence, _FOUND_WORDS) or search(_FOUND_SCAN, sentence) is None:
        return ()
    return tuple(m.start() for m in _FOUND.finditer(sentence))


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
_ASN_NEAR = words(r"asn", r"pns", r"pppk", r"p3k", r"pegawai", r"aparatur", r"kepala\s+desa",
                   r"kades", r"perangkat\s+desa", r"netral\w*")
_OTHER_OFFENCE = re.compile(r"^\s*(?:\w+\s+){0,1}?(?:apk|alat\s+peraga|protokol\s+kesehatan|prokes"
                            r"|lalu\s+lintas|politik\s+uang|money\s+politic"
                            r"|kode\s+etik\s+penyelenggara)\b", re.IGNORECASE)
_ASKED_TO = words(r"agar", r"supaya", r"untuk\s+(?:\w+\s+)?(?:menerbitkan|meningkatkan"
                   r"|mengeluarkan|membuat|melakukan|memperketat|menjaga)")


# "terbukti" as an unmarked condition, with the consequence to come after it
_PROVEN = re.compile(r"\bterbukti\b", re.IGNORECASE)
_CONSEQUENCE = words(r"akan", r"bakal", r"bisa", r"dapat", r"terancam", r"diancam")
# "ASN yang tidak netral itu": the people of a "yang" clause pointed at
_POINTED_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:itu|tersebut)\b", re.IGNORECASE)
# the phrases that are a finding by themselves; any other needs a finding word in its sentence
_FINDING_PHRASE = ("menemukan", "ditemukan", "mendapati", "didapati", "menjumpai", "dijumpai",
                   "mendeteksi", "terdeteksi", "dugaan", "diputus", "dinyatakan", "ditetapkan",
                   "menetapkan", "temukan", "mencatat", "dicatat", "catat", "tercatat")


# "kini makin banyak kades dan pegawai yang melanggar": people counted who break the rules,
# told as now or done (``particular``), are cases reported without a finding verb
_COUNTED_WHO = re.compile(r"\b(?:banyak|sejumlah|jumlah|beberapa|\d+|puluhan|belasan|ratusan"
                          r"|dua|tiga|empat|lima|seorang)\s+(?:\w+\s+){0,5}?y(?:an)?g\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
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


# the words a "yang" clause joins to the phrase ("yang kedapatan dan terbukti memihak")
_JOINED_AFTER = re.compile(r"\s*(?:dan|atau|maupun|serta|dan/atau)\s+$", re.IGNORECASE)


def violation(ctx: Context) -> str | None:
    phrase = ctx.phrase.lower()
    if nothing_handed(phrase, ctx.sentence):
        return None  # "hasil rapat diserahkan kepada Gubernur": no case handed on
    if asked_of_reader(phrase, last_clause(ctx.before)):
        return None  # "Laporkan ke Bawaslu": asked of the reader, an appeal
    counted = (phrase in ("melanggar", "melangar")
               and bool(_COUNTED_WHO.search(ctx.before[-60:]) and particular(ctx.sentence)
                        or _NAMED_WHO.search(ctx.before[-60:]))
               # reports counted ("ada empat laporan dugaan pelanggaran netralitas")
               or phrase.startswith(("laporan", "aduan", "pengaduan"))
               and bool(_CASES_COUNTED.search(ctx.before[-25:])))
    if (not _findings(ctx.sentence) and not phrase.startswith(_FINDING_PHRASE)
            and "rekomendasi" not in phrase and not counted):
        return None  # no finding word in the sentence: no finding (most sentences, told fast)
    if in_name(ctx) or background(ctx) or not ctx.about_neutrality():
        return None  # a name, background, or a candidate's or a campaign's offence
    if (phrase in ("pelanggaran", "pelangaran") and _OTHER_OFFENCE.search(ctx.after[:50])
            and not _ASN_NEAR.search(ctx.after[:80])):
        return None  # "pelanggaran APK", "pelanggaran politik uang": not neutrality
    if (HYPOTHETICAL.search(ctx.before) or _THEN.search(ctx.after)
            or NONE_YET.search(last_clause(ctx.before))
            or question_put(last_clause(ctx.before))
            or "sebelum" in ctx.before and _BEFORE_REPORT.search(last_clause(ctx.before))):
        # a condition, a rule's consequence, none ("belum ada ASN ..."), a question, the time
        # another step was taken at ("direncanakan sebelum muncul laporan adanya pegawai ...")
        return None
    if (_PROVEN.search(last_clause(ctx.before)[-40:] + ctx.phrase)
            and _CONSEQUENCE.search(ctx.after) and not particular(ctx.sentence)):
        return None  # "Terbukti langgar netralitas, ASN bakal dipecat": if proven, a rule
    if ctx.phrase.lower().startswith(_FINDING_PHRASE):  # not "tidak ditemukan ASN ..."
        charged = phrase.startswith(("ditetapkan", "menetapkan"))  # "dapat ditetapkan": a rule
        return None if (_GENERIC.search(ctx.before[-50:]) or NEGATED.search(ctx.before[-30:])
                        or charged and _NOT_FOUND.search(ctx.before[-30:])) else "pelanggaran"
    if "rekomendasi" in ctx.phrase.lower():
        body = _WATCHDOG_BODY.search(ctx.after)
        asked = _ASKED_TO.search(ctx.after)  # "merekomendasikan Pemda agar ...": an appeal
        if not body and not asked:
            body = to_region(ctx.after)
        if not body or (asked and asked.start() < body.start()):
            return None
        if _NOT_FOUND.search(ctx.before[-30:]):
            return None  # "berwenang mengeluarkan rekomendasi": a power, not one made
        return "pelanggaran" if particular(ctx.sentence) else None
    clause = last_clause(ctx.before)[-50:]
    if (_GENERIC.search(clause) or _WHOEVER_AFTER.search(ctx.after)
            or _HABITUAL_AFTER.search(ctx.after)
            or _FOR_WHOEVER.search(ctx.before[-80:])):
        return None
    sentence = ctx.sentence
    found = [at for at in _findings(sentence)
             if not _NOT_FOUND.search(sentence[max(0, at - 30):at])
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
                and not any(_FINDING.match(sentence, at) for at in found)
                and not _POINTED_AFTER.match(ctx.after)):
            # "rekomendasi sanksi bagi lurah yang tidak netral": a handling for whoever
            # (not "kasus ASN yang diduga ... tengah ditindaklanjuti": those cases handled)
            return None
    if found and not any(_FINDING.match(sentence, at) for at in found):
        # handled: which cases? ("Warga melaporkan dugaan pelanggaran ...": the case reported)
        return ("pelanggaran" if particular(sentence) or _REPORTED_CASE.search(clause)
                or own_handling(sentence) else None)
    return "pelanggaran" if found or counted else None

_CASE = frozenset({"pelanggaran"})


def outcomes(phrase: str, sentence: str) -> frozenset[str]:
    """The values :func:`violation` may judge the lower-cased ``phrase`` in ``sentence`` to
    stand for (None aside): none in a sentence with no finding word, for a phrase that is no
    finding by itself, no recommendation, no "melanggar" and no report counted (its first
    test, before any of the context). ``classify.judged`` leaves such a phrase out."""
    if (_findings(sentence) or phrase.startswith(_FINDING_PHRASE) or "rekomendasi" in phrase
            or phrase in ("melanggar", "melangar")
            or phrase.startswith(("laporan", "aduan", "pengaduan"))):
        return _CASE
    return frozenset()


# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``, ``may_say``). Kept by hand beside the patterns, and
# checked on samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (_FOUND_WORDS, (_FOUND,)),
)
