"""The words of findings, and the cues of none, denial and condition both case judges share.

``transforms.events.activities.findings`` judges `pelanggaran` by them, and
``transforms.events.activities.sanctions`` reads the shared cues (none so far, negated,
hypothetical). Kept apart from the judge so the word tables (long, and edited each round) do
not crowd its return paths: the finding words a sentence must hold for any case (``_FOUND``,
where they stand: ``found_at``), those that report a case by themselves (``FINDING``,
``FINDING_PHRASE``) and those that deny or condition one (``NOT_FOUND``), with the gate words
the tests check against their patterns (``GATES``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.events.activities.context import words
from transforms.events.activities.words import TWO_TO_TEN, says
from transforms.prefilter import scanner, search

# none so far: "belum ada ASN yang dilaporkan", "tidak pernah ditemukan"
# those who broke the rule counted right after it, only its own words between ("oknum ASN
# yang melakukan pelanggaran netralitas lebih dari 3 orang"): particular people, not whoever
COUNTED_AFTER = re.compile(r"(?:\s+(?:netralitas|asn|pns|pemilu|pilkada|pemilihan|kode|etik"
                           r"|disiplin|tersebut|itu))*\s+(?:lebih\s+dari|sebanyak|berjumlah"
                           r"|sekitar|ada)\s+(?:\d+|" + TWO_TO_TEN + r")\s+(?:orang|asn|pns"
                           r"|pegawai)\b", re.IGNORECASE)
NONE_YET = re.compile(r"\b(?:belum|tidak|tak)\s+(?:ada|pernah)\b"
                      r"|\b(?:zero|nol)\s+$", re.IGNORECASE)  # right before: "zero laporan"
# none wished ("tidak ingin ada temuan pelanggaran"): no case found (a sanction wished away
# is a warning instead: activities.sanctions)
NONE_WISHED = re.compile(r"\b(?:tidak|tak)\s+(?:ingin|mau|menginginkan|menghendaki)\s+"
                         r"ada(?:nya)?\b", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan|tanpa)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# a finding word said as possible, asked for, denied or conditional ("dapat dilaporkan", "tidak
# ditemukan", "jika terbukti")
NOT_FOUND = re.compile(r"\b(?:tidak|tak|belum|bukan|tanpa|dapat|bisa|akan|harus|perlu|untuk"
                       r"|pasti|silakan|silahkan|mari|ayo|bertugas|berwenang|wewenang|siap"
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
    # ke Bawaslu"): of particular cases only (not in FINDING)
    r"dikenakan", r"dikenai", r"kena",
    r"(?:menyampaikan|melayangkan|mengirim(?:kan)?)(?=\s+(?:\S+\s+){0,8}?ke\s+(?:kasn|komisi"
    r"|bkn|badan\s+kepegawaian|bawaslu|badan\s+pengawas|panwas\w*|gakkumdu|kemendagri))",
    r"(?:menerima|mendapat(?:kan)?)\s+(?:\S+\s+){0,2}?(?:laporan|aduan|pengaduan|informasi)"
    r"(?:nya)?",
    # a report taken up at a session ("rapat pleno membahas laporan ...")
    r"(?:membahas|dibahas|pembahasan)\s+(?:\S+\s+){0,2}?(?:laporan|aduan|pengaduan|temuan)",
    r"(?:laporan|aduan|pengaduan)\s+(?:\S+\s+){0,5}?(?:yang\s+)?masuk", r"diterima",
    # received, told from the receiver ("laporan yang ia terima", "aduan yang kami terima")
    r"(?:laporan|aduan|pengaduan)\s+yang\s+(?:ia|dia|kami|kita|mereka|pihaknya)\s+terima",
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
    r"memroses", r"di\s+proses(?=\s+oleh\b)",  # (spaced apart, before its agent)
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
    # seen involved or campaigning ("dua lurah tampak ikut berkampanye"), not seen attending
    r"(?:tampak|nampak|terlihat|kelihatan)(?=\s+(?:(?:turut|ikut|hadir|aktif|jelas)\s+){0,2}"
    r"(?:terlibat|berkampanye|mengampanyekan|mengkampanyekan|memihak|berpihak)\b)",
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
FINDING = re.compile(r"(?:menemukan|ditemukan(?:nya)?|temuan(?:nya)?|temukan|mendapati|didapati"
                     r"|kedapatan"
                     r"|menjumpai|dijumpai|mendeteksi|terdeteksi|terpantau|kepergok|ketahuan"
                     r"|tertangkap|mencatat|dicatat|tercatat|catat|diduga|terindikasi|terbukti"
                     r"|disinyalir|ditengarai|diindikasikan|dicurigai|dituduh|dituding"
                     r"|terciduk|diciduk|terekam"
                     r"|terjaring|dijatuhi|mengungkap|ungkap|membeberkan|mengantongi"
                     r"|dinyatakan|menyatakan|menetapkan|ditetapkan)\b",
                     re.IGNORECASE)

# "Bawaslu bertugas melakukan penindakan ...": a body's duty, not a case handled
DUTY = re.compile(r"\b(?:bertugas|berwenang|bertanggung\s+jawab|tugasnya)\s+(?:untuk\s+)?"
                  # ("bertugas melakukan pencegahan dan penindakan": duties joined)
                  r"(?:\w+\s+|me\w+\s+\w+\s+(?:dan|serta)\s+)?$"
                  # "tugas ketiga dari Bawaslu adalah penindakan ...": a duty listed
                  r"|\b(?:tugas|fungsi|wewenang|kewenangan)(?:nya)?\s+(?:\w+\s+){0,3}?(?:adalah"
                  r"|yaitu|yakni|ialah)\s+(?:\w+\s+)?$", re.IGNORECASE)

# a sentence that states a condition or the future, not what happened
# ("kalau di daerah lain ...", "kalau untuk Depok ...": "as for", a topic, not a condition)
HYPOTHETICAL = words(r"akan", r"bakal(?!\s+calon)", r"jika", r"apabila", r"bila", r"bilamana",
                     r"ketika\s+(?:ada|terdapat|terjadi)",  # "ketika ada dugaan ...": whenever
                     r"kalau(?!\s+(?:di(?!\s+kemudian)|untuk|soal|dari|masalah|menurut)\b)",
                     r"seandainya", r"jangan", r"agar", r"supaya", r"nanti(?:nya)?")


# the word every match of _FOUND starts with
_FOUND_WORDS = frozenset({
    "menemukan", "ditemukan", "ditemukannya", "temuan", "temuannya", "menetapkan", "ditetapkan",
    "mendapati", "didapati", "kedapatan", "tertangkap",
    "dilimpahkan", "melimpahkan", "diadukan", "mengadukan", "meregistrasi", "diregistrasi",
    "teregistrasi", "meregister", "teregister", "menjumpai", "dijumpai", "mendeteksi",
    "terdeteksi", "terpantau", "kepergok", "tampak", "nampak", "terlihat", "kelihatan", "ketahuan",
    "terciduk", "diciduk", "terekam",
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
def found_at(sentence: str) -> tuple[int, ...]:
    """Where the finding words of a sentence stand (cached: an article names several
    violations in one); most sentences have none (their words say so fast)."""
    if not says(sentence, _FOUND_WORDS) or search(_FOUND_SCAN, sentence) is None:
        return ()
    return tuple(m.start() for m in _FOUND.finditer(sentence))


# the phrases that are a finding by themselves; any other needs a finding word in its sentence
FINDING_PHRASE = ("menemukan", "ditemukan", "mendapati", "didapati", "menjumpai", "dijumpai",
                  "mendeteksi", "terdeteksi", "dugaan", "diputus", "dinyatakan", "ditetapkan",
                  "menetapkan", "temukan", "mencatat", "dicatat", "catat", "tercatat",
                  # a wrongdoer told by the act ("oknum PPPK X ikut menjadi tim sukses")
                  "oknum", "mengantongi")


# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``, ``may_say``). Kept by hand beside the patterns, and
# checked on samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (_FOUND_WORDS, (_FOUND,)),
)


# "laporan soal pelanggaran yang kerap terjadi di kalangan pegawai": the kind of offence that is
# often committed, told as background, no case (before the phrase, anywhere in its sentence)
HABITUAL_BEFORE = re.compile(r"\b(?:pelanggaran|temuan|kasus)\s+(?:\w+\s+){0,2}?yang\s+"
                             r"(?:paling\s+)?(?:sering|seringkali|kerap|kerapkali|acap|acapkali"
                             r"|biasa)\s+(?:\w+\s+)?(?:dilakukan|terjadi|ditemukan|dilanggar)\b"
                             # civil servants described by a habit ("ASN yang kerap ikut serta
                             # politik praktis"): whoever does it, no one found
                             r"|\b(?:asn|pns|pegawai|aparatur|kepala\s+desa|kades)\s+(?:\w+\s+)"
                             r"{0,2}?yang\s+(?:masih\s+)?(?:sering|seringkali|kerap|kerapkali"
                             r"|acap|acapkali)\b",
                             re.IGNORECASE)
# "untuk memastikan apakah pegawai itu melanggar": a question still open; "(keputusan) pegawai
# dinyatakan bersalah ditentukan melalui sidang": how guilt is decided, a procedure
WHETHER = re.compile(r"\b(?:memastikan|menentukan|mengetahui|membuktikan|menilai|mengecek"
                     r"|memeriksa|memutuskan|dipastikan)\s+apakah\b[^.;]*$", re.IGNORECASE)
# not known yet ("belum diketahui secara jelas ada ASN yang sudah dilaporkan atau tidak"): no
# case told, whether one was is still open
UNKNOWN = re.compile(r"\b(?:belum|tidak|tak)\s+(?:diketahui|ketahuan)\b", re.IGNORECASE)
DECIDED_BY = re.compile(r"^[^.;]{0,80}?\b(?:ditentukan|diputuskan|dibuktikan)\s+(?:melalui|lewat"
                        r"|setelah|oleh)\b", re.IGNORECASE)
# "Ketika menemukan pelanggaran, ASN harus melaporkannya": whenever one is found (advice), with
# what to do then in the sentence
_WHEN_IF = r"\b(?:ketika|jika|apabila|bila|kalau|manakala|seandainya)\s+"
IF_FOUND = re.compile(_WHEN_IF + r"$", re.IGNORECASE)
# "... yang ketika berpatroli di kampung menemukan pegawai ..., segera ...": the same, a few
# words of the circumstance between (no comma: still the when-clause)
# Also "Warga yang menemukan ASN tidak netral diminta melapor": anyone who finds one, told by
# a relative clause (the public, anyone, the civil servants themselves), not a finder named
IF_FOUND_LATE = re.compile(r"(?:" + _WHEN_IF + r"(?:[\w-]+\s+){1,4}|\b(?:warga|masyarakat|publik"
                           r"|pemilih|siapa\s*pun|setiap\s+orang|semua\s+pihak|asn|pns|pegawai"
                           r"|aparatur)\s+yang\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE)
THEN_TO_DO = words(r"harus", r"wajib", r"agar", r"supaya", r"diminta", r"diharapkan", r"silakan",
                   r"(?:meng|di)ajak", r"(?:di)?mohon", r"dianjurkan", r"(?:meng|di)h?imbau",
                   r"silahkan", r"segera")


# civil servants counted as involved ("sembilan ASN terlibat"): a finding by itself
_COUNT = re.compile(r"(?:\d+|" + TWO_TO_TEN + r"|belasan|puluhan|ratusan)\s")


def involved_counted(phrase: str) -> bool:
    """Whether the lower-cased ``phrase`` counts civil servants involved ("sembilan ASN yang
    terlibat")."""
    return phrase.endswith("terlibat") and bool(_COUNT.match(phrase))


# a body's power to act on the cases ("kewenangan Bawaslu untuk menindaklanjuti ... dugaan
# pelanggaran netralitas ASN"), and a breach of a provision cited ("pelanggaran atas
# ketentuan tersebut (pasal 188), dikenakan ..."): the rules, no case
POWER_TO = re.compile(r"\b(?:ke)?wenang(?:an)?(?:nya)?\s+(?:\w+\s+){0,2}?untuk\s+"
                      r"(?:menindaklanjuti|menangani|memproses|menindak|memeriksa|menelusuri"
                      r"|mengkaji)\b"
                      # (not a finding joined after it: "... untuk menangani laporan itu
                      # menemukan ...", "... dan mendapati ...")
                      r"(?:(?!\b(?:dan|serta|lalu|kemudian|menemukan|mendapati|melakukan"
                      r"|terbukti)\b)[^.;,])*$", re.IGNORECASE)
PROVISION_BROKEN = re.compile(r"\s+(?:atas|terhadap)\s+(?:ketentuan|aturan)\s+(?:tersebut|ini|itu)"
                              r"\b(?![^.;]{0,60}?\b(?:oleh|dilakukan)\b)", re.IGNORECASE)
# a share of the violations told ("50,76 persen pelanggaran", "40% dari pelanggaran"):
# statistics of their kind, no case
SHARE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|persen)\s+(?:dari\s+)?(?:total\s+|seluruh\s+)?$",
                   re.IGNORECASE)


# a sanction depending on a recommendation ("tergantung rekomendasi BKN"): none made, unless
# told as issued ("tergantung rekomendasi yang telah diterbitkan Bawaslu")
_DEPENDS = re.compile(r"\btergantung\s+(?:pada\s+|dari\s+)?$", re.IGNORECASE)
_ISSUED_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?yang\s+(?:telah|sudah)\b", re.IGNORECASE)


def waits_on(before: str, after: str) -> bool:
    """The recommendation after ``before`` is one a sanction depends on, not one issued."""
    return bool(_DEPENDS.search(before[-25:])) and not _ISSUED_AFTER.search(after[:60])

