"""Monitoring: what a watchdog or government did to watch ASN neutrality, as its sentence says.

The judge of ``transforms.events.activities.classify`` for `pengawasan` (the sentence context of
``transforms.events.activities.context``).

`pengawasan` only for monitoring done, under way or set up ("telah melakukan pengawasan",
"menggelar patroli", "membuka layanan pengaduan", "membentuk satgas netralitas",
"menggerebek", "melakukan pengawasan ... Senin (12/8)"); asked for or promised ("mengajak
masyarakat mengawasi", "akan diawasi", "Nanti ada patroli") it is an appeal (`imbauan`); a
body's task or purpose ("bertugas mengawasi"), a gathering's topic ("sosialisasi
pengawasan") and "hasil pengawasan" are none; one told as an earlier occasion ("Saat itu,
...") is not this one's. Nor is monitoring of the election's course or security ("memantau
persiapan pilkada") unless
neutrality is named with it, a headline's bare verb with no subject ("Awasi Netralitas ASN,
Pemkot ...": the purpose of what follows), "pemantauan dan investigasi" of a case (its
handling), or a team still to be set up ("akan dibentuk").
Monitoring said of a body with no day, concrete act or object, visit, team set up, step-up or
completion (:func:`described`: "Bawaslu mengawasi netralitas ASN") is the body's work
described, none; a team set up or monitoring stepped up with no time stated (:func:`stance`)
is the body's standing work, an activity only of an article that reports no gathering.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.events.activities.context import EARLIER, WHEN, Context, in_name, last_clause, words
from transforms.events.activities.cues import LATER_AFTER, MEANS, TODAY
from transforms.events.activities.words import may_say, on_neutrality, says, word_set
from transforms.prefilter import quick

_MONITORING_DONE = words(r"telah", r"sudah", r"sedang", r"tengah", r"menggelar", r"menerjunkan",
                          r"mengadakan",
                          r"turun", r"langsung", r"melaksanakan", r"dilakukan", r"dilaksanakan",
                          r"membuka", r"menyediakan", r"membentuk", r"meningkatkan",
                          r"memperketat", r"memperkuat", r"mengintensifkan")
# a concrete act, done as told unless asked for: patrols, raids, a post or channel opened,
# a body's own active verb ("Bawaslu memantau akun media sosial ASN")
_MONITORING_ACT = re.compile(r"^(?:berpatroli|patroli|sidak|inspeksi|supervisi"
                             r"|pos|kanal|layanan|saluran|nomor|pojok|kotak|aplikasi|portal"
                             r"|loket|hotline|call|membuka|menggerebek|penggerebekan"
                             # where reports may be sent, told (the lexicon's channel)
                             r"|laporan|aduan|pengaduan|melapor|mengadu|pelaporan"
                             r"|menyampaikan|mengajukan|mengirim|melayangkan"
                             r"|digerebek|menyisir)", re.IGNORECASE)
# a body's task or the purpose of something ("bertugas mengawasi", "untuk melakukan pengawasan")
_DEPLOYED = words(r"menerjunkan", r"diterjunkan", r"mengerahkan", r"dikerahkan", r"menurunkan",
                  r"diturunkan", r"menugaskan", r"ditugaskan", r"turun", r"terjun",
                  r"mendatangi", r"menyambangi", r"mengunjungi", r"berkeliling", r"keliling")
_ROLE = re.compile(r"\b(?:untuk|guna|demi|dalam\s+rangka|fungsi(?:nya)?|tugas(?:nya)?|bertugas"
                   r"|tujuan(?:nya)?|bertujuan"  # "dengan tujuan utama mengawasi ...": its aim
                   r"|berwenang|upaya|berupaya|berusaha|wewenang|kewenangan(?:nya)?"
                   r"|peran(?:nya)?|berperan|tanggung\s+jawab(?:nya)?|bertanggung\s+jawab"
                   r"|pedoman|tentang|terkait|soal|mengenai)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_ROLE = quick(_ROLE)  # searched in many clauses
_CARRIED_OUT = words(r"melakukan", r"menjalankan", r"terus", r"intensif")
_ACTIVE = re.compile(r"(?:mengawasi|memantau|memonitor|mengawal|mengecek|awasi|pantau"
                     r"|memelototi|razia|merazia|dirazia)$")
# a place visited: "melakukan pengawasan ke kantor dinas", "... di Kecamatan Sukamaju", "...
# sampai ke media sosial" (the accounts watched there)
_VISITED = re.compile(r"^\s*(?:\w+\s+){0,4}?(?:ke|di)\s+(?:\d+\s+)?(?:kantor|kecamatan|desa"
                      r"|kelurahan|nagari|sekolah|dinas|sejumlah|beberapa|seluruh|lokasi|tempat|rumah"
                      r"|balai|aula|instansi|opd|media\s+sosial|medsos|dunia\s+maya)",
                      re.IGNORECASE)
# "sosialisasi pengawasan partisipatif", "deklarasi pengawasan": the topic of a gathering
_TOPIC_OF = re.compile(r"\b(?:sosialisasi|rapat|rakor|bimtek|pelatihan|deklarasi|apel|seminar"
                       r"|membahas|dibahas|bahas"
                       r"|diskusi|dialog|ikrar|materi|kegiatan|acara|pedoman|sistem|standar|norma"
                       r"|prosedur|pentingnya|lokakarya|workshop|webinar|fgd|sarasehan|forum"
                       r"|talkshow|teknis|diklat|bintek)\s+(?:(?!(?:itu|ini|tersebut)\s)\w+\s+)?$",
                       re.IGNORECASE)  # (not "Pada acara itu pengawasan ... dilakukan")
_TOPIC_OF = quick(_TOPIC_OF)  # searched in many clauses
_TEAM = re.compile(r"satgas|satuan|gugus|pokja|kelompok\s+kerja|tim\b")
_SET_UP = words(r"membentuk", r"dibentuk", r"pembentukan", r"mengukuhkan", r"dikukuhkan",
                 r"melantik", r"dilantik", r"meluncurkan", r"diluncurkan")
_SET_UP_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:dibentuk|dikukuhkan|dilantik|diluncurkan)\b",
                           re.IGNORECASE)
# "tim ... akan dibentuk pekan depan": a team still to be set up
_TO_BE_SET_UP = re.compile(r"^[^.;]{0,60}?\b(?:akan|bakal|segera|rencananya|direncanakan)\s+"
                           r"(?:\w+\s+)?(?:dibentuk|dikukuhkan|dilantik|diluncurkan)\b",
                           re.IGNORECASE)
# a team told as set up already, after it was asked for
_FORMED = re.compile(r"^[^.;]{0,80}?\b(?:sudah|telah)\s+(?:ter|di)bentuk\b", re.IGNORECASE)
_MONITORING_DONE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:dilakukan|dilaksanakan|digelar)\b",
                                    re.IGNORECASE)
_INSTRUCTED = re.compile(r"\b(?:telah|sudah)\s+diminta\b", re.IGNORECASE)
_MONITORING_ASKED = words(r"minta", r"meminta", r"diminta", r"mengajak", r"ajak", r"agar",
                           r"supaya", r"harus", r"perlu", r"wajib", r"akan", r"bakal", r"mari",
                           r"ayo", r"yuk", r"silakan",
                           # "Nanti kami ada patroli ...": still to come, a promise (not
                           # the election to come: "jelang Pilkada (2029) nanti, ...")
                           r"(?<!pilkada\s)(?<!pemilu\s)(?<!pemilihan\s)(?<!pilgub\s)"
                           r"(?<!pilbup\s)(?<!pileg\s)(?<!pilpres\s)(?<!\d\s)nanti(?:nya)?",
                           r"diharapkan", r"berharap", r"berkomitmen", r"mengimbau",
                           r"menghimbau", r"menginstruksikan", r"diinstruksikan",
                           r"memerintahkan", r"diperintahkan", r"mendorong", r"hendaknya")
_FINDING_OF = re.compile(r"\b(?:hasil|laporan|temuan)\s+$", re.IGNORECASE)
_OVERSEEN = re.compile(r"^\W*(?:kegiatan|acara|penandatanganan|pelaksanaan|apel|proses|prosesi"
                       r"|pembacaan|upacara)\b", re.IGNORECASE)
_OBJECT_OF = re.compile(r"\b(?:objek|obyek|sasaran)\s+$", re.IGNORECASE)
# a duty defined, the monitoring one of the things it is ("tugas utama kami adalah menjaga
# ketertiban serta mengawasi ...", "fungsinya yakni ... memantau ..."): not an act told
_DUTY_DEFINED = re.compile(r"\b(?:tugas|fungsi|peran|kewajiban|tanggung\s+jawab)(?:nya)?"
                           r"(?:\s+\w+){0,4}\s+(?:adalah|ialah|yaitu|yakni)\b[^.;]*$",
                           re.IGNORECASE)
_DEFINING_WORDS = frozenset({"adalah", "ialah", "yaitu", "yakni"})


# the words one of which every match of each pattern of :func:`monitoring` holds
_OBJECT_WORDS = frozenset({"objek", "obyek", "sasaran", "hasil", "laporan", "temuan"})
_ASKED_WORDS = frozenset({"minta", "meminta", "diminta", "mengajak", "ajak", "agar", "supaya",
                          "harus", "perlu", "wajib", "akan", "bakal", "mari", "diharapkan",
                          "ayo", "yuk", "silakan", "nanti", "nantinya",
                          "berharap", "berkomitmen", "mengimbau", "menghimbau",
                          "menginstruksikan", "diinstruksikan", "memerintahkan", "diperintahkan",
                          "mendorong", "hendaknya"})
_DEPLOYED_WORDS = frozenset({"menerjunkan", "diterjunkan", "mengerahkan", "dikerahkan",
                             "menurunkan", "diturunkan", "menugaskan", "ditugaskan", "turun",
                             "terjun", "mendatangi", "menyambangi", "mengunjungi", "berkeliling",
                             "keliling"})
# the first words of _ROLE's matches (a body's task rarely stands in a gathering's sentence)
_PURPOSE_WORDS = frozenset({"untuk", "guna", "demi", "dalam", "fungsi", "tugas", "bertugas",
                            "fungsinya", "tugasnya", "kewenangannya", "perannya", "upaya",
                            "berupaya", "berusaha", "berwenang", "wewenang", "kewenangan",
                            "peran", "berperan", "tanggung", "bertanggung", "pedoman", "tentang",
                            "terkait", "soal", "mengenai", "tujuan", "tujuannya", "bertujuan"})
_ROLE_WORDS = _PURPOSE_WORDS | {
    "jawabnya", "sosialisasi", "rapat", "rakor", "bimtek", "pelatihan", "deklarasi", "apel",
    "seminar", "diskusi", "dialog", "ikrar", "materi", "kegiatan", "acara", "sistem", "standar",
    "norma",
    "prosedur", "pentingnya", "membahas", "dibahas", "bahas", "lokakarya", "workshop", "webinar",
    "fgd", "sarasehan", "forum", "talkshow", "teknis", "diklat", "bintek"}
# the words one of which every match of _ASKED_AFTER ends with
_ASKED_AFTER_WORDS = frozenset({"harus", "perlu", "wajib", "mesti", "hendaknya", "agar",
                                "supaya", "diharapkan"})
_DONE_WORDS = frozenset({"telah", "sudah", "sedang", "tengah", "menggelar", "menerjunkan",
                         "mengadakan", "turun", "langsung", "melaksanakan", "dilakukan",
                         "dilaksanakan", "membuka", "menyediakan", "membentuk", "meningkatkan",
                         "memperketat", "memperkuat", "mengintensifkan", "digelar", "diminta",
                         "melakukan", "menjalankan", "terus", "intensif"})
_MONITORING_WORDS = (_OBJECT_WORDS | _ASKED_WORDS | _DEPLOYED_WORDS | _ROLE_WORDS | _DONE_WORDS
                     | {"kegiatan", "acara", "penandatanganan", "pelaksanaan", "apel", "proses",
                        "prosesi", "pembacaan", "upacara", "dibentuk", "pembentukan",
                        "mengukuhkan", "dikukuhkan", "melantik", "dilantik", "meluncurkan",
                        "diluncurkan"})


_PLANNED_WORDS = frozenset({"akan", "bakal"})
# monitoring asserted as certain: "tentu (sudah) diawasi", "pasti kami pantau"
_CERTAIN = re.compile(r"\b(?:tentu|tentunya|pasti|pastinya|niscaya)\s+(?:\w+\s+){0,2}?$",
                      re.IGNORECASE)
_CERTAIN_WORDS = frozenset({"tentu", "tentunya", "pasti", "pastinya", "niscaya"})
# the case found, as what is watched: "terhadap hal/kasus/temuan ini", "... yang ikut serta
# mengantar pasangan calon" (people who did the offence)
_OF_THE_CASE = re.compile(r"\s+(?:\w+\s+)?(?:terhadap|atas)\s+(?:hal|kasus|temuan|laporan|dugaan"
                          r"|perkara)\s+(?:ini|itu|tersebut)\b"
                          r"|[^.;]*?\byang\s+(?:\w+\s+)?(?:ikut\s+serta|terlibat|mengantar\w*"
                          r"|berkampanye|memihak|hadir\s+(?:dalam|di|pada)\s+kampanye)\b",
                          re.IGNORECASE)
_BARE = frozenset({"awasi", "pantau"})
_INQUIRY = re.compile(r"\s+(?:dan|serta)\s+(?:investigasi|penyelidikan|penelusuran|pemeriksaan"
                      r"|klarifikasi|pendalaman)\b", re.IGNORECASE)
# what else is monitored in election news: its course, logistics, security (not neutrality);
# readiness, vote buying and health rules also after "langsung" or a patrol's "pengawasan"
# ("patroli pengawasan politik uang", "mengecek langsung kesiapan KPU"; a patrol of the
# election's supervision in general may be the one a case came from, and stays); its stages
# ("memantau proses pendaftaran di kantor KPU": the candidates' registration, a debate)
_OTHER_OBJECT = re.compile(r"\s+(?:(?:dan|serta)\s+\w+\s+|(?:keliling|gabungan)\s+)?(?:terhadap\s+"
                           r"|atas\s+)?(?:proses\s+|jalannya\s+)?(?:persiapan|pengamanan"
                           r"|pendaftaran|pencalonan|debat"
                           r"|tahapan|pelaksanaan|penyelenggaraan|logistik|distribusi|pemungutan"
                           r"|penghitungan|rekapitulasi|keamanan|kamtibmas|situasi|kondisi"
                           r"|perkembangan|harga|stok|cuaca|arus|pilkada|pemilu|pemilihan|pileg"
                           r"|pilpres|kampanye)\b"
                           r"|\s+(?:(?:langsung|pengawasan)\s+)?(?:terhadap\s+|atas\s+)?(?:kesiapan"
                           r"|politik\s+uang|money\s+politic\w*|protokol|prokes)\b", re.IGNORECASE)
# "pengawasan (juga) harus (terus) dilakukan": the modal right after the monitoring
_ASKED_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:harus|perlu|wajib|mesti|hendaknya|agar"
                          r"|supaya|diharapkan)\b", re.IGNORECASE)


def _may_name(sentence: str, near: str, first_words: frozenset[str]) -> bool:
    """Whether a pattern each of whose matches starts with one of these words, followed by
    whitespace, may match in ``near`` (the sentence's last characters): one is a word of the
    sentence (``may_say``), or the end of a word cut where ``near`` starts is one
    ("pengguna" cut to "guna")."""
    head = near.split(maxsplit=1)
    return may_say(sentence, first_words) or bool(head) and head[0].lower() in first_words


def monitoring(ctx: Context) -> str | None:
    """`pengawasan` done, `imbauan` asked for, or None (module notes); monitoring only
    described (:func:`described`) is none."""
    judged = _monitoring(ctx)
    return None if judged == "pengawasan" and (described(ctx) or standing(ctx)) else judged


# "pelanggaran kerap didapati lewat pengawasan di lapangan, patroli ...", "Bawaslu kerap
# melakukan patroli siber": what is usually done, the body's standing work, no act told
_HABIT = re.compile(r"\b(?:sering|seringkali|kerap|kerapkali|acap|acapkali|biasanya|umumnya"
                    r"|lazimnya)\b", re.IGNORECASE)
_HABIT_WORDS = frozenset({"sering", "seringkali", "kerap", "kerapkali", "acap", "acapkali",
                          "biasanya", "umumnya", "lazimnya"})


def _monitoring(ctx: Context) -> str | None:
    if in_name(ctx):
        return None
    if says(ctx.sentence, _HABIT_WORDS) and _HABIT.search(ctx.before):
        return None  # what is usually done, no act told
    phrase = ctx.phrase.lower()
    sentence = ctx.sentence
    if EARLIER.search(sentence):
        return None  # an earlier occasion told in passing ("Saat itu, Bawaslu menggerebek ...")
    if phrase.startswith(("melapor", "mengadu", "pelaporan", "menyampaikan", "mengajukan",
                          "mengirim", "melayangkan")):
        return "pengawasan"  # the lexicon's named channel to report through: told, asked or not
    if _OTHER_OBJECT.match(ctx.after) and not on_neutrality(ctx.after[:80]):
        return None  # of the election's course or security ("memantau persiapan pilkada")
    if (_OF_THE_CASE.match(ctx.after[:120]) and not _MONITORING_ACT.search(phrase)
            and not WHEN.search(sentence)):
        return None  # "pengawasan terhadap hal ini", "memantau ... ASN yang ikut mengantar
        # paslon": the case found watched, a finding's report, not monitoring of its own
    if _INQUIRY.match(ctx.after):
        return None  # "pemantauan dan investigasi" of a case reported: its handling, a finding's
    if may_say(sentence, _DEFINING_WORDS) and _DUTY_DEFINED.search(ctx.before):
        return None  # "tugas utama kami adalah ..., serta mengawasi ...": a duty defined
    if phrase in _BARE and not ctx.before.strip(" \t\"'“‘-–—"):
        return None  # "Awasi Netralitas ASN, Pemprov ...": a headline's purpose, no subject
    if says(sentence, _CERTAIN_WORDS) and _CERTAIN.search(last_clause(ctx.before)[-40:]):
        return "imbauan"  # "apa pun yang dilakukan ASN tentu diawasi": a warning, no act told
    if not says(sentence, _MONITORING_WORDS):  # only an act by its own word ("patroli")
        return ("pengawasan" if not _TEAM.match(phrase) and (
            _MONITORING_ACT.search(phrase)
            or _ACTIVE.match(phrase) and on_neutrality(ctx.after[:100])) else None)
    if says(sentence, _OBJECT_WORDS) and (_OBJECT_OF.search(ctx.before)
                                          or _FINDING_OF.search(ctx.before)):
        return None
    if phrase.startswith("di") and _OVERSEEN.search(ctx.before):
        return None  # an event being overseen
    if _TEAM.match(phrase) and _FORMED.search(ctx.after[:100]):
        return "pengawasan"  # "harus membentuk satgas ..., dan itu sudah terbentuk": set up
    if may_say(sentence, _ASKED_AFTER_WORDS) and _ASKED_AFTER.match(ctx.after):
        return "imbauan"  # "pengawasan juga harus terus dilakukan": asked for, not done
    if may_say(sentence, _PLANNED_WORDS) and LATER_AFTER.match(ctx.after):
        return None  # "pengawasan pun akan dilakukan di grup percakapan": planned, not done
    instructed = "diminta" in word_set(sentence) and _INSTRUCTED.search(ctx.before)
    clause = last_clause(ctx.before)
    since_comma = ctx.before[ctx.before.rfind(",") + 1:]  # (across an aside's brackets)
    deployed = says(sentence, _DEPLOYED_WORDS) and (
        _DEPLOYED.search(clause)
        or _DEPLOYED.search(since_comma) and not _MONITORING_ASKED.search(since_comma))
    if (says(sentence, _ASKED_WORDS) and _MONITORING_ASKED.search(ctx.before) and not instructed
            and not (deployed and not _MONITORING_ASKED.search(since_comma))):
        return "imbauan"  # asked for; "telah diminta ...": instructed, done (and not "selain
        #                   mengajak warga mengawasi, pihaknya menugaskan Panwascam untuk ...")
    if deployed:
        return "pengawasan"  # "menerjunkan tim untuk memantau ...": sent out to watch
    near = ctx.before[-40:]
    if says(sentence, _ROLE_WORDS) and (_may_name(sentence, near, _PURPOSE_WORDS)
                                        and _ROLE.search(near)
                                        or _TOPIC_OF.search(near)):
        return None  # a body's task or purpose, or a gathering's topic: not monitoring done
    if _TEAM.match(phrase):  # a team is monitoring only when set up
        if ((means := MEANS.search(ctx.before)) and _LISTED.search(ctx.before, means.end())
                and not WHEN.search(sentence)):
            return None  # "Beberapa upayanya seperti penandatanganan pakta ... dan membentuk
            #              tim pengawas": one of the efforts listed (alone, "Upaya lainnya
            #              adalah pembentukan satgas", a team set up all the same)
        set_up = _SET_UP.search(ctx.before[-40:]) or _SET_UP_AFTER.search(ctx.after)
        return "pengawasan" if set_up and not _TO_BE_SET_UP.search(ctx.after) else None
    if _MONITORING_ACT.search(phrase) or instructed or says(sentence, _DONE_WORDS) and (
            _MONITORING_DONE.search(clause[-60:]) or _MONITORING_DONE_AFTER.search(ctx.after)):
        return "pengawasan"
    # "melakukan pengawasan ke kantor ...", "... pada Senin (12/8)": carried out at a place
    # or time (not the body's duty told); "Panwascam memantau akun media sosial ASN": the
    # body's own active verb on civil servants (with no time stated, :func:`stance`)
    if (says(sentence, _DONE_WORDS) and _CARRIED_OUT.search(ctx.before[-40:])
            and (WHEN.search(sentence) or _VISITED.search(ctx.after[:80])
                 or _KEPT_ON.search(ctx.before[-30:]) and on_neutrality(ctx.after[:60]))
            or _ACTIVE.match(phrase) and on_neutrality(ctx.after[:100])):
        return "pengawasan"
    return None


_COMPLETED = words(r"telah", r"sudah")
_LISTED = re.compile(r",|\b(?:dan|serta)\b")
# kept up, on neutrality ("terus melakukan pengawasan atas netralitas pegawai"): the body's
# standing work (:func:`stance`), as one stepped up is, not a description
_KEPT_ON = re.compile(r"\bterus\s+(?:melakukan|melaksanakan)\s+$", re.IGNORECASE)
# stepped up, said after the verb ("mengawasi secara ketat", "memantau dengan intensif")
_STRICT = re.compile(r"\s+(?:secara|dengan|lebih)\s+(?:ketat|intensif|serius)\b", re.IGNORECASE)
_STEPPED_UP = words(r"memperkuat", r"meningkatkan", r"memperketat", r"mengintensifkan",
                    r"mengoptimalkan", r"memaksimalkan", r"menggencarkan")


def stance(ctx: Context) -> bool:
    """Monitoring with no time stated and no concrete act (a patrol, a raid, a post opened):
    a team set up, monitoring stepped up ("memperkuat pengawasan"), or one not told as done
    ("melaksanakan pengawasan", not "sudah memantau"): the body's standing work, an activity
    only of an article that reports no gathering (at an apel or a sosialisasi no one
    monitors; what is said there of monitoring is the body's work)."""
    if _acted(ctx):
        return False
    clause = last_clause(ctx.before)
    return bool(_TEAM.match(ctx.phrase.lower()) or _STEPPED_UP.search(clause[-60:])
                or not _COMPLETED.search(clause))


def _acted(ctx: Context) -> bool:
    """A day ("hari ini", "Senin (12/8)"), a concrete act, or people sent out ("tim ... turun
    ke dinas-dinas untuk mengawasi") is told with the monitoring."""
    return bool(WHEN.search(ctx.sentence) or TODAY.search(ctx.sentence)
                or _MONITORING_ACT.search(ctx.phrase)
                or says(ctx.sentence, _DEPLOYED_WORDS) and _DEPLOYED.search(ctx.before[-80:]))


# what is watched, concrete: accounts, posts, activities, attendance ("memantau akun media
# sosial ASN", "mengecek kehadiran ASN di lokasi kampanye"), or a visit ("kunjungan")
_CONCRETE = re.compile(r"^[^.;]*?\b(?:akun|media\s+sosial|medsos|unggahan|postingan|status"
                       r"|aktivitas|kegiatan|kehadiran|gerak-gerik|kunjungan|grup|langsung"
                       r"|mendatangi|menyambangi|mengunjungi|berkeliling|turun\s+ke)\b",
                       re.IGNORECASE)


# "mengawasi ... sejak September lalu", "pengawasan ... selama tahapan kampanye"
_STRETCH = re.compile(r"^[^.;]*?\b(?:sejak|semenjak|selama\s+(?:masa|tahapan|proses|pelaksanaan"
                      r"|penyelenggaraan|kampanye|pilkada|pemilu|pemilihan))\b", re.IGNORECASE)
_STRETCH_WORDS = frozenset({"sejak", "semenjak", "selama"})


def standing(ctx: Context) -> bool:
    """Monitoring, not a concrete act (a patrol, a post opened) nor a team set up, told over a
    stretch of time ("sudah mulai mengawasi ... sejak September", "melakukan pengawasan ...
    selama tahapan kampanye"): the body's standing work, not an act of this occasion (one
    stepped up or of something concrete watched is judged by :func:`stance`)."""
    phrase = ctx.phrase.lower()
    return (says(ctx.sentence, _STRETCH_WORDS) and not _MONITORING_ACT.search(phrase)
            and not _TEAM.match(phrase) and bool(_STRETCH.search(ctx.after[:100]))
            and not _CONCRETE.search(ctx.after[:60])
            and not _STEPPED_UP.search(last_clause(ctx.before)[-60:]))


def described(ctx: Context) -> bool:
    """Monitoring said of a body with no day, act, team set up, step-up ("mengawasi secara
    ketat", "terus melakukan pengawasan" of neutrality: :func:`stance`) or completion
    ("Bawaslu mengawasi netralitas ASN", "sedang melakukan pengawasan", "pengawasan ini
    dilakukan oleh Bawaslu"): the body's work described, not an activity reported (LABELS.md:
    what happened at this occasion)."""
    if (_acted(ctx) or _TEAM.match(ctx.phrase.lower()) or _CONCRETE.search(ctx.after[:60])
            or _VISITED.search(ctx.after[:80]) or _STRICT.match(ctx.after)
            or _KEPT_ON.search(ctx.before[-30:]) and on_neutrality(ctx.after[:60])):
        return False
    clause = last_clause(ctx.before)
    return not (_STEPPED_UP.search(clause[-60:]) or _COMPLETED.search(clause))

# What a phrase may be judged, told from the phrase and its sentence's words alone (see
# :func:`outcomes`): `pengawasan` needs one of these words in the sentence, `imbauan` one of
# these (a non-ASCII sentence may always hold them: ``may_say``).
_MAY_ACT_WORDS = _DEPLOYED_WORDS | _DONE_WORDS  # "diminta" (instructed) is a word done
_MAY_ASK_WORDS = _CERTAIN_WORDS | _ASKED_AFTER_WORDS | _ASKED_WORDS
_ACT_OR_ASK = frozenset({"pengawasan", "imbauan"})
_ACT, _ASK = frozenset({"pengawasan"}), frozenset({"imbauan"})


@lru_cache(maxsize=64)
def _acts_by_itself(phrase: str) -> bool:
    """The lower-cased phrase is a team, a concrete act or an active verb: what lets
    :func:`_monitoring` judge it done without a word of doing in its sentence."""
    return bool(_TEAM.match(phrase) or _MONITORING_ACT.search(phrase) or _ACTIVE.match(phrase))


def outcomes(phrase: str, sentence: str) -> frozenset[str]:
    """The values :func:`monitoring` may judge the lower-cased ``phrase`` in ``sentence`` to
    stand for (None aside), from the phrase and the sentence's words alone: each of its
    returns of `pengawasan` needs the phrase to act by itself or a word of sending out or of
    doing (``_MAY_ACT_WORDS``) in the sentence; of `imbauan`, a word of asking or certainty.
    ``classify.judged`` leaves out a phrase that can tell nothing new (a repeat, or none)."""
    act = _acts_by_itself(phrase) or says(sentence, _MAY_ACT_WORDS)
    ask = not sentence.isascii() or says(sentence, _MAY_ASK_WORDS)
    return (_ACT_OR_ASK if ask else _ACT) if act else (_ASK if ask else frozenset())


# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``, ``may_say``). Kept by hand beside the patterns, and
# checked on samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (_OBJECT_WORDS, (_OBJECT_OF, _FINDING_OF)),
    (_ASKED_AFTER_WORDS, (_ASKED_AFTER,)),
    (_ASKED_WORDS, (_MONITORING_ASKED,)),
    (_DEPLOYED_WORDS, (_DEPLOYED,)),
    (_ROLE_WORDS, (_ROLE, _TOPIC_OF)),
    (_DONE_WORDS, (_MONITORING_DONE, _MONITORING_DONE_AFTER, _CARRIED_OUT)),
    (_HABIT_WORDS, (_HABIT,)),
)
