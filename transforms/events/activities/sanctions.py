"""Sanctions: the judge of `sanksi` for ``transforms.events.activities.classify`` (module notes of
``transforms.events.activities.findings``): a sanction decided, threatened (`imbauan`), handed on
as a case (`pelanggaran`) or still open (none). Decided also by its own verb ("telah disanksi",
"KASN memutuskan ... mendapatkan hukuman", "vonis ... sudah diputuskan"), not another
predicate's ("telah mengaturnya dan ada sanksi menanti"); one named as a recommendation
("sanksi rekomendasi") is recommended, one after a recommendation acted on ("menindaklanjuti
rekomendasi KASN dengan menjatuhkan sanksi") decided; one for whoever breaks the rule named
after it ("sanksi bagi ASN yang tidak netral") is a rule unless told done, counted, pointed
at or dated; a watchdog's "menindak" is its handling of a case.
"""

from __future__ import annotations

import re

from transforms.events.activities.background import CONTRAST, background
from transforms.events.activities.cases import particular
from transforms.events.activities.context import WHEN, Context, in_name, last_clause, words
from transforms.events.activities.findings import HYPOTHETICAL, NEGATED, NONE_YET
from transforms.events.activities.words import may_say, says
from transforms.prefilter import quick

_MODAL = words(r"akan", r"bakal(?!\s+calon)", r"dapat", r"bisa", r"boleh", r"jika", r"apabila",
                r"bila", r"bilamana", r"kalau", r"jangan", r"agar", r"supaya", r"harus", r"wajib",
                r"siap",
                # still to come ("segera disanksi")
                r"segera",
                # a certainty or a will, not a decision ("pasti ditindak", "berkomitmen
                # memberikan sanksi", "bertekad menindak")
                r"pasti", r"tentu(?:nya)?", r"berkomitmen", r"bertekad", r"hendak", r"ingin",
                r"nanti(?:nya)?", r"ancam\w*", r"terancam", r"diancam", r"mengancam", r"menanti",
                # a chance or a readiness told ("berpeluang dijatuhi", "tak segan mencopot")
                r"(?:ber)?peluang", r"rentan", r"(?:tak|tidak)\s+(?:akan\s+)?segan",
                # a risk ("berisiko menerima hukuman disiplin", "berpotensi dikenai sanksi")
                r"ber(?:r|e)?isiko", r"r[ei]siko(?:nya)?", r"berpotensi", r"potensi",
                r"wewenang", r"kewenangan", r"berwenang", r"berkewenangan", r"berhak",
                r"kapasitas", r"jenis", r"bentuk",
                r"berupa", r"kategori", r"diatur", r"mengatur", r"tergantung", r"mungkin",
                r"kemungkinan", r"(?:di|me)mungkinkan", r"sebelum", r"bagi", r"setiap", r"tiap",
                # prepared or laid down for whoever ("telah disiapkan sanksi untuk pegawai
                # yang ...", "ketentuan sanksinya berjenjang")
                r"(?:me|di|memper|diper)?siapkan", r"menyiapkan", r"ketentuan\s+san[kg]si")
_DECIDED = words(r"telah", r"sudah", r"dijatuhi", r"dijatuhkan", r"menjatuhkan", r"menjatuhi",
                  r"jatuhkan", r"jatuhi", r"terkena",
                  # what a case ended in ("berujung pemecatan", "berbuntut pencopotan")
                  r"berujung(?:\s+pada)?", r"berbuntut", r"berakhir\s+(?:dengan|pada)",
                  r"diganjar", r"diberi", r"diberikan", r"dikenai", r"dikenakan",
                  r"mendapat(?:kan)?", r"menerima", r"kami\s+beri",
                  # the decision itself ("kami putuskan penundaan ...", "KASN memutuskan ...")
                  r"(?:me|di)?putuskan", r"diputus",
                  # the decision letter handed over ("menyerahkan SK pemberhentian")
                  r"sk", r"surat\s+keputusan")
_DECIDED_AFTER = re.compile(r"^[^,;]{0,30}?\b(?:telah|sudah)\s+(?:dijatuhkan|diberikan|dikenakan"
                            r"|diterapkan|dilakukan|dilaksanakan|diputuskan)\b"
                            # the sanction pointed at, given ("sanksi itu diberikan oleh Pemkot")
                            r"|^\s*(?:(?:terhadap|kepada|bagi|atas)\s+(?:\w+\s+){0,3}?)?(?:itu"
                            r"|tersebut)\s+(?:telah\s+|sudah\s+)?(?:dijatuhkan|diberikan|dikenakan"
                            r"|diputuskan|dibacakan)\b", re.IGNORECASE)
# a word that opens another predicate: "telah mengaturnya dan ada sanksi" is no sanction given
_JOINED = words(r"tetapi", r"tapi", r"namun", r"sedangkan", r"ada", r"karena", r"sebab",
                r"sehingga", r"maka")


def _decided_before(before: str) -> bool:
    """A deciding word close before the sanction in its clause ("telah dijatuhi sanksi"),
    its own verb, not another one's joined after it ("telah mengaturnya dan ada sanksi")."""
    window = last_clause(before)[-45:]
    last = max(_DECIDED.finditer(window), key=re.Match.start, default=None)
    return last is not None and not _JOINED.search(window, last.end())
# a sanction decided after the recommendation, in a clause of its own ("... direkomendasikan
# ke KASN dan PPK sudah memberikan sanksi"): the recommendation is not this sanction's
# (also after a comma: "Dari rekomendasi sanksi itu, 72 ASN sudah ditindaklanjuti ..."), or by
# the superior who decides ("... dan 40 pegawai yang ditindaklanjuti oleh PPK lalu dijatuhi sanksi")
_DECIDED_LATER = re.compile(r"(?:\b(?:dan|lalu|kemudian|bahkan|serta)|,)\s+(?:\w+\s+){0,3}?"
                            r"(?:telah|sudah)\s+(?:\w+\s+){0,3}$"
                            r"|\bditindaklanjuti\s+(?:oleh\s+)?(?:ppk|pejabat\s+pembina|bupati"
                            r"|wali\s*kota|gubernur|kepala\s+daerah|atasan\w*|pimpinan\w*)\b"
                            r"[^,;.]{0,30}$", re.IGNORECASE)
# "sanksi yang dijatuhkan kepada 45 ASN itu (adalah teguran)": a sanction given to people
# counted or pointed at, not one described for whoever breaks the rule
_GIVEN_THEM = re.compile(r"^\s*yang\s+(?:(?:telah|sudah)\s+)?(?:dijatuhkan|diberikan|dikenakan)\s+"
                         r"(?:kepada|bagi|terhadap)\s+(?:(?:\d[\d.]*|dua|tiga|empat|lima|seorang"
                         r"|sejumlah|beberapa|puluhan|ratusan|\w+\s+(?:belas|puluh|ratus))\b"
                         r"|[^,.;]{0,40}?\b(?:tersebut|itu)\b)", re.IGNORECASE)
# "... telah ditindaklanjuti oleh bupati dengan pemberian sanksi": the giving of a sanction told
# as done in its clause; "rekomendasinya, telah ditindaklanjuti PPK": the recommendation
# acted on by the superior who decides
_DONE_CLAUSE = re.compile(r"\b(?:telah|sudah)\s+(?:\w+\s+){0,6}?(?:dengan|melalui|berupa)\s+"
                          r"\w+\s+$", re.IGNORECASE)
_ACTED_ON = re.compile(r"^[^.;,]{0,30}?[,\s]\s*(?:(?:yang|dan)\s+)?(?:telah|sudah)\s+"
                       r"ditindaklanjuti\s+(?:oleh\s+)?"
                       r"(?:ppk|pejabat\s+pembina|bupati|wali\s*kota|gubernur|kepala\s+daerah"
                       r"|atasan|pimpinan)"
                       # "Dari empat rekomendasi sanksi itu, kata dia, baru satu yang sudah
                       # dijatuhkan": some of those recommended given
                       r"|^[^.;]{0,60}?\b(?:satu|dua|tiga|empat|lima|\d+|sebagian|beberapa)\s+"
                       r"(?:\w+\s+)?(?:yang|yg)\s+(?:telah|sudah)\s+(?:dijatuhkan|diberikan"
                       r"|dikenakan|dilaksanakan|dieksekusi)\b", re.IGNORECASE)
# a sentence that spells out the one before ("Artinya, ...", "Dengan kata lain, ...")
_EXPLAINS = re.compile(r"\W*(?:artinya|berarti|maksudnya|dengan\s+kata\s+lain|dengan\s+demikian"
                       r"|yakni|yaitu)\b", re.IGNORECASE)
# a sanction given to particular people may be described ("berupa ..."); not said as possible
_MODAL_GIVEN = words(r"akan", r"bakal(?!\s+calon)", r"dapat", r"bisa", r"boleh", r"jika",
                     r"apabila", r"bila", r"bilamana", r"kalau", r"jangan", r"agar", r"supaya",
                     r"harus",
                     r"wajib", r"nanti(?:nya)?", r"setiap", r"tiap",
                     # who may decide one, not one given: "BKN tidak berwenang memutuskan"
                     r"wewenang", r"kewenangan", r"berwenang", r"berkewenangan")
# "ASN yang sudah diberi sanksi": whoever was given one, no one counted or pointed at
_WHOEVER_GIVEN = re.compile(r"(?:^|[^\w\s]\s*|\b(?:asn|pns|pegawai|aparatur|kades|desa|camat"
                            r"|lurah|pejabat)\s+)yang\s+(?:sudah|telah|pernah)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)
_COUNTED_PEOPLE = re.compile(r"\b(?:\d[\d.]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan"
                             r"|sembilan|sepuluh|\w+(?:belas|puluh|ratus)|sejumlah|beberapa"
                             r"|belasan|puluhan|ratusan|ribuan"
                             r"|seorang)\s+(?:orang\s+)?(?:\w+\s+){1,2}?yang\b", re.IGNORECASE)
# BKN blocks the personnel data of a civil servant reported (or whose superior did not act on a
# recommendation) until the sanction is decided: threatened, an appeal; done, no sanction yet;
# an account or a site blocked is none
_PERSONNEL_DATA = words(r"(?:bio)?data(?:nya)?", r"nip", r"sapk", r"kepegawaian")
_WHOEVER_BROKE = re.compile(r"\by(?:an)?g\s+(?:\w+\s+){0,3}?(?:melanggar|terbukti|kedapatan"
                            r"|melakukan\s+pelanggaran|(?:tidak|tak)\s+netral|terlibat|berpihak"
                            r"|memihak)", re.IGNORECASE)
# "(rekomendasi sanksi) terhadap kades yang tidak netral": for whoever breaks the rule
_FOR_WHOEVER_BROKE = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:terhadap|kepada|bagi|untuk)\s+"
                                r"(?:\w+\s+){0,3}?y(?:an)?g\s+(?:\w+\s+){0,2}?(?:melanggar"
                                r"|terbukti|kedapatan|melakukan\s+pelanggaran|(?:tidak|tak)\s+netral"
                                r"|terlibat|berpihak|memihak)", re.IGNORECASE)
# the people after the sanction counted or pointed at: those it was given to
_COUNTED_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:terhadap|kepada|bagi|untuk)\s+(?:\d[\d.]*|dua"
                            r"|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seorang|kedua"
                            r"|ketiga|\w+(?:belas|puluh|ratus))\b", re.IGNORECASE)
_LETTER = words(r"sk", r"surat\s+keputusan")
_POINTED = words(r"tersebut", r"itu", r"yang\s+bersangkutan", r"berinisial")
# a perfective right before the sanction's verb: given to those people, not a rule for whoever
_DONE_TO_THEM = re.compile(r"\b(?:telah|sudah|akhirnya|resmi)\s+(?:di\w+|mendapat(?:kan)?"
                           r"|menerima)\s+$", re.IGNORECASE)
_THIS_THAT = re.compile(r"\s*(?:\w+\s+)?(?:itu|tersebut)\b", re.IGNORECASE)
_GIVING = re.compile(r"\b(?:pemberian|penjatuhan|pengenaan|memberikan|memberi)\s+$",
                     re.IGNORECASE)
# the sanction itself pointed at, or the people it was given to ("terhadap dua ASN tersebut")
_GIVEN_TO = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:tersebut|itu)\b|^\s*(?:\w+\s+){0,5}?(?:terhadap"
                       r"|kepada|atas|bagi)\s+(?:\w+\s+){0,3}?(?:tersebut|itu|yang\s+bersangkutan"
                       r"|berinisial)\b|^\s*(?:\w+\s+){0,2}?(?:terhadap|kepada|atas)\s+(?:\d+"
                       r"|dua|tiga|empat|lima|seorang|kedua|ketiga)\s+(?:orang\s+)?(?:asn|pns|pegawai"
                       r"|oknum|kepala|kades|camat|lurah|guru)", re.IGNORECASE)
_RECOMMEND = words(r"rekomendasi", r"(?:me|di)?rekomendasikan", r"diusulkan",
                    r"mengusulkan", r"usulan")
# cases handed on again and again: the body's record, not this occasion's case
_REPEATED = words(r"beberapa\s+kali", r"berkali-kali", r"berulang\s+kali", r"sering(?:kali)?",
                  r"kerap(?:kali)?")
# a recommendation acted on or followed ("menindaklanjuti rekomendasi KASN dengan menjatuhkan
# sanksi", "berdasarkan rekomendasi"): the sanction after it is the decision, not the advice
_FOLLOWED = re.compile(r"\b(?:menindaklanjuti|ditindaklanjuti|tindak\s+lanjut|sesuai(?:\s+dengan)?"
                       r"|berdasarkan|mengikuti|menjalankan|melaksanakan)\s+(?:\w+\s+){0,2}?$",
                       re.IGNORECASE)
_NAMED_RECOMMENDED = re.compile(r"\s*(?:berupa\s+|yang\s+)?(?:rekomendasi|direkomendasikan"
                                r"|usulan|diusulkan)\b", re.IGNORECASE)
_DONE = words(r"telah", r"sudah", r"mendapat(?:kan)?")
_RULES_SANKSI = words(r"pelanggaran", r"melanggar", r"disiplin", r"sanksi", r"aturan",
                       r"ketentuan", r"hukum", r"undang-undang", r"mekanisme")
_WATCHDOG = words(r"bawaslu", r"panwas\w*", r"gakkumdu", r"kasn", r"komisi\s+asn")


# a word of every cue that makes a sanction other than threatened: decided, given or
# recommended; a sentence without one names a sanction threatened or described
_DECIDING_WORDS = frozenset({
    "telah", "sudah", "dijatuhi", "dijatuhkan", "menjatuhkan", "menjatuhi", "jatuhkan", "jatuhi",
    "terkena", "berujung", "berbuntut", "berakhir", "diganjar", "diberi", "diberikan", "dikenai",
    "dikenakan", "mendapat",
    "mendapatkan", "menerima", "kami", "pemberian", "penjatuhan", "pengenaan", "memberikan",
    "memberi", "rekomendasi", "sk", "dibacakan", "putuskan", "memutuskan", "diputuskan", "diputus",
    "rekomendasikan", "direkomendasikan", "merekomendasikan", "diusulkan", "mengusulkan",
    "usulan", "putusan", "keputusan", "putusannya", "keputusannya", "sknya"})


# a sanction's passive verb tells it done to someone ("dua ASN dicopot") unless a modal,
# a negation or a rule for whoever ("ASN yang terbukti ...") stands before it
_DONE_TO = frozenset({"dicopot", "dipecat", "diberhentikan", "dinonaktifkan", "dibebastugaskan",
                      "divonis", "dipidana", "dihukum", "dijatuhi hukuman", "dijatuhi vonis",
                      "dijatuhi pidana",
                      "ditindak", "memberhentikan", "mencopot", "memecat", "menonaktifkan",
                      "diskors", "dinonjobkan", "dimutasi sebagai sanksi", "disanksi",
                      "tersanksi", "menyanksi",
                      "membebastugaskan"})


# "yang bersangkutan": the person the article is about (in an ASN article, the civil
# servant), unless the sentence names a campaign's side
_THE_PERSON = re.compile(r"\by(?:an)?g\s+bersangkutan\b|\bybs\b", re.IGNORECASE)
_CAMPAIGN_SIDE = words(r"paslon", r"pasangan\s+calon", r"calon", r"kandidat", r"partai\w*",
                       r"parpol", r"tim\s+(?:kampanye|sukses|pemenangan)", r"peserta\s+pemilu",
                       r"kpps", r"ppk", r"pps", r"penyelenggara")
# demanded or asked for, not decided: "mendesak agar camat itu dicopot"
_DEMANDED = re.compile(r"\b(?:minta|meminta|diminta|mendesak|desak|didesak|menuntut|tuntut"
                       r"|dituntut|usul|mengusulkan|diusulkan)\b", re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"^[^.;]*?\b(?:jika|apabila|bila|bilamana|kalau|seandainya"
                              r"|manakala)\b", re.IGNORECASE)


# "diberi sanksi atau tidak", "apakah ... dijatuhi sanksi": a decision still open
# ("... masih menunggu keputusan KASN", "belum menjatuhkan sanksi"): not yet decided
_WHETHER = re.compile(r"^[^.;]{0,40}?\b(?:atau\s+(?:tidak|belum|bukan|seperti\s+apa)"
                      r"|masih\s+menunggu|menunggu\s+(?:keputusan|putusan|rekomendasi|hasil))\b",
                      re.IGNORECASE)
_WHETHER_BEFORE = re.compile(r"\bapakah\b|\bbelum\s+(?:\w+\s+)?$", re.IGNORECASE)
_WHETHER_BEFORE = quick(_WHETHER_BEFORE)  # searched in many clauses
# "diteruskan ke KASN untuk penjatuhan sanksi": the sanction a report asks for
_ASKED_FOR = re.compile(r"(?:^|[\w)][,\s])\s*(?:untuk|guna|demi)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "lolos dari sanksi", "terhindar dari sanksi": a sanction escaped, neither given nor threatened
_ESCAPED = re.compile(r"\b(?:lolos|luput|terhindar|bebas|terbebas|selamat)\s+(?:dari\s+)?$",
                      re.IGNORECASE)
_ESCAPED = quick(_ESCAPED)  # searched in many clauses
# a watchdog's "ditindak"/"penindakan" is its handling of a case, forwarded to the body that
# decides ("ditindak dan diteruskan ke BKN"): a case, not a sanction
_FORWARDED = re.compile(r"\b(?:di|me)(?:teruskan|alihkan|limpahkan|serahkan|rekomendasikan)\s+"
                        r"(?:\w+\s+){0,2}?(?:ke|kepada)\b", re.IGNORECASE)
_HANDLING = frozenset({"ditindak", "menindak", "penindakan"})
# the first word of every match of _WHETHER, _WHETHER_BEFORE and _ASKED_FOR, a whole word of
# the sentence (most sentences have none: told from their words at once, ``may_say``)
_WHETHER_WORDS = frozenset({"atau", "masih", "menunggu"})
_WHETHER_BEFORE_WORDS = frozenset({"apakah", "belum"})
_ASKED_FOR_WORDS = frozenset({"untuk", "guna", "demi"})


_QUOTES = " \t\"'“”‘’«»-–—"
# "divonis melanggar": judged to have broken the rule, a finding; the sentence comes later
_JUDGED_TO_BREAK = re.compile(r"\s*(?:telah\s+|sudah\s+)?(?:melanggar|melakukan\s+pelanggaran)\b",
                              re.IGNORECASE)


def sanction(ctx: Context) -> str | None:
    """The value a sanction phrase stands for in its sentence (module notes). Action taken
    with no sanction named ("kepala desa itu kemudian ditindak", "telah ditindak sesuai
    aturan") is a case handled, not a sanction decided: no corpus labels one `sanksi`."""
    value = _sanction(ctx)
    if (value == "sanksi" and ctx.phrase.lower() in _HANDLING
            and not _PENALTY_NAMED.search(ctx.sentence)):
        return "pelanggaran" if particular(ctx.sentence) else None
    return value


# a reprimand joined to an appeal or a warning ("surat imbauan dan teguran kepada ..."): the
# warnings a watchdog sends, not a discipline penalty
_WITH_APPEAL_BEFORE = re.compile(r"\b(?:h?imbauan|peringatan)\s+(?:dan|serta|maupun|atau)\s+$",
                                 re.IGNORECASE)
_WITH_APPEAL_AFTER = re.compile(r"\s*(?:dan|serta|maupun|atau)\s+(?:surat\s+)?(?:h?imbauan"
                                r"|peringatan)\b", re.IGNORECASE)
# a sanction named in the sentence of an action taken ("ditindak ... dan dicopot", "menindak
# ... dengan teguran tertulis"): the action is that sanction
_PENALTY_NAMED = words(r"san[kg]si", r"hukuman", r"hukdis", r"teguran", r"dicopot", r"dipecat",
                       r"diberhentikan", r"pemberhentian", r"penundaan", r"penurunan",
                       r"pencopotan", r"pemecatan", r"dinonaktifkan", r"dibebastugaskan",
                       r"demosi", r"mencopot", r"memecat", r"memberhentikan", r"dimutasi",
                       r"dinonjobkan", r"pemotongan", r"pembebasan", r"vonis", r"divonis")


# penalties listed before a passive one ("teguran tertulis, penurunan jabatan, hingga
# diberhentikan")
_LISTED = re.compile(r"\b(?:penundaan|penurunan|pemotongan|pembebasan|pemberhentian|pencopotan"
                     r"|pemecatan|teguran|demosi)\b[^.;]*?(?:,|\b(?:dan|atau|hingga|sampai))\s*$",
                     re.IGNORECASE)


# "Di samping dikenai sanksi pidana, ASN bakal dikenai ...", "Selain ditegur, ia bisa ...": an
# addition opening the sentence shares the main clause's mood
_BESIDES = re.compile(r"^\W*(?:di\s+samping|selain)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# a decision pointed at, described ("Putusan itu berupa sanksi ...", "Keputusan BKN tersebut
# yakni ..."): one made (not "putusan KASN bisa berupa ...": a word between is no pointer)
_DECISION_IS = re.compile(r"\b(?:putusan|keputusan|sk)(?:nya)?(?:\s+(?:kasn|bkn|ppk|bupati"
                          r"|wali\s*kota|gubernur|pengadilan|hakim|majelis))?\s+(?:itu|tersebut"
                          r"|ini)\s+(?:berupa|yakni|yaitu|adalah)\s+$", re.IGNORECASE)


def _sanction(ctx: Context) -> str | None:
    if in_name(ctx) or background(ctx):
        return None
    before, phrase = ctx.before, ctx.phrase.lower()
    if phrase == "teguran" and (_WITH_APPEAL_BEFORE.search(before[-30:])
                                or _WITH_APPEAL_AFTER.match(ctx.after)):
        return "imbauan"  # "surat imbauan dan teguran", "teguran dan himbauan": warnings
    if phrase.startswith(("divonis", "dinyatakan")) and _JUDGED_TO_BREAK.match(ctx.after):
        return "pelanggaran" if particular(ctx.sentence) else None
    if "blokir" in phrase:  # threatened: an appeal; done: a measure pending the sanction
        personnel = (_PERSONNEL_DATA.search(before[-40:]) or _PERSONNEL_DATA.search(ctx.after[:40]))
        return "imbauan" if personnel and _MODAL.search(before) else None
    if _ESCAPED.search(before[-25:]):
        return None  # "lolos dari sanksi": none given, none threatened
    if (may_say(ctx.sentence, _WHETHER_WORDS) and _WHETHER.search(ctx.after[:80])
            or may_say(ctx.sentence, _WHETHER_BEFORE_WORDS)
            and _WHETHER_BEFORE.search(last_clause(before))):
        return None  # whether a sanction is given is still open: none decided, no threat
    if phrase in _HANDLING and (_FORWARDED.search(ctx.sentence)
                                or _WATCHDOG.search(last_clause(before))
                                or _WATCHDOG.match(ctx.after, 1, 12)):  # "ditindak Bawaslu"
        # a watchdog's handling ("Bawaslu sudah menindak ..."): it decides no sanction; one
        # to come is a threat ("Bawaslu akan menindak ...")
        if _MODAL.search(before) or HYPOTHETICAL.search(before):
            return "imbauan"
        return "pelanggaran" if particular(ctx.sentence) else None
    if may_say(ctx.sentence, _ASKED_FOR_WORDS) and _ASKED_FOR.search(before[-30:]):
        # a sanction a report or request is for: the case handed on when told as done
        return ("pelanggaran" if _DONE.search(before) and not HYPOTHETICAL.search(before)
                and not _REPEATED.search(before) else "imbauan")
    if phrase.endswith("roses"):  # (me)proses: a case handled, or a threat to handle one
        if not ((_RULES_SANKSI.search(ctx.sentence) or _WATCHDOG.search(ctx.sentence))
                and ctx.about_neutrality()):
            return None  # a procedure of another kind, or a candidate's case
        if _MODAL.search(before):
            return "imbauan"
        if NONE_YET.search(last_clause(before)):
            return None  # "belum ada ASN yang diproses": no case
        return "pelanggaran" if particular(ctx.sentence) else None  # or a procedure told
    passive = phrase in _DONE_TO
    if not (passive or says(ctx.sentence, _DECIDING_WORDS)):
        return "imbauan"  # nothing decides, gives or recommends it: a sanction named
    if not (ctx.about_neutrality() or (_THE_PERSON.search(ctx.sentence)
                                       and not _CAMPAIGN_SIDE.search(ctx.sentence))):
        return "imbauan"  # a sanction of a candidate or a campaign: not the taxonomy's
    asked = _DEMANDED.search(before)  # "meminta Pemkab menindaklanjuti rekomendasi ...": asked
    recommended = [m.end() for m in _RECOMMEND.finditer(before)
                   if asked or not _FOLLOWED.search(before, max(0, m.start() - 30), m.start())]
    if _NAMED_RECOMMENDED.match(ctx.after):
        recommended.append(len(before))  # "sanksi rekomendasi": the sanction recommended
    if recommended and _ACTED_ON.search(ctx.after[:80]):
        return "sanksi"
    if recommended and not _DECIDED_LATER.search(before, recommended[-1]):
        # a recommendation made ("telah merekomendasikan", "... bagi camat tersebut"): a case
        done = _DONE.search(before) or _GIVEN_TO.search(ctx.after[:100])
        return ("pelanggaran" if done and not HYPOTHETICAL.search(before)
                and not _REPEATED.search(before) and not _MODAL_GIVEN.search(ctx.after)
                and not _FOR_WHOEVER_BROKE.search(ctx.after[:80]) else "imbauan")
    if NONE_YET.search(last_clause(before)):
        return None  # "belum ada ASN yang dijatuhi sanksi": none decided, no appeal either
    if (_DEMANDED.search(before[-40:]) or _CONDITION_AFTER.search(ctx.after[:60])
            or _BESIDES.match(before) and _MODAL.search(ctx.after)):
        return "imbauan"  # "warga mendesak camat itu dicopot", "dicopot jika terbukti ..."
    if (_FOR_WHOEVER_BROKE.search(ctx.after[:80]) and not _DONE.search(before)
            and not _COUNTED_AFTER.match(ctx.after) and not _POINTED.search(ctx.after[:100])
            and not _LETTER.search(before) and not WHEN.search(ctx.sentence)):
        # "(Pemda yang) jatuhkan sanksi bagi ASN yang tidak netral": a rule; not a decision
        # letter handed over or an act dated ("menyerahkan SK ... kepada kades yang ..., Senin")
        return "imbauan"
    if (_WHOEVER_GIVEN.search(before[-60:]) and not _COUNTED_PEOPLE.search(last_clause(before))
            and not _THIS_THAT.match(ctx.after)):
        return "imbauan"  # "ASN yang sudah diberi sanksi (tidak boleh ...)": whoever it was
    if ((_EXPLAINS.match(ctx.sentence) or not before.strip(_QUOTES)
         or passive and _LISTED.search(before) and not says(ctx.sentence, _DECIDING_WORDS))
            and _MODAL.search(ctx.previous)):
        # "Artinya, ia diberhentikan", "Dicopot.", "Kemudian teguran ... hingga diberhentikan":
        # what a threat before means, or the penalties it lists
        return "imbauan"
    # "ASN yang terbukti melanggar ..." is whoever it is; not "tiga ASN yang ...", nor "ASN yang
    # terbukti ... telah dijatuhi sanksi": those it was given to
    # (the sanction's own clause after a contrast: "Meski ... berupa ..., namun kami telah ...")
    contrast = (max(CONTRAST.finditer(before), key=re.Match.start, default=None)
                if "n" in before else None)
    own = before[contrast.start():] if contrast else before
    if _DECISION_IS.search(own[-70:]) and not NEGATED.search(own):
        return "sanksi"  # "Putusan KASN itu berupa sanksi teguran": the decision made
    if _MODAL.search(own) or NEGATED.search(own) or (
            _WHOEVER_BROKE.search(own) and not _COUNTED_PEOPLE.search(own)
            and not _DONE_TO_THEM.search(own[-40:])):
        return "imbauan"
    # decided: said of this sanction, close before it in its clause ("telah dijatuhi sanksi")
    if (_decided_before(before) or (_DECIDED_AFTER.search(ctx.after)
                                    and not _WHOEVER_BROKE.search(ctx.after))
            or _GIVEN_THEM.search(ctx.after[:80])
            or (_GIVING.search(before[-15:]) and _DONE_CLAUSE.search(last_clause(before)))):
        return "sanksi"
    if passive:
        return "sanksi"  # "camat itu dicopot dari jabatannya": done to someone, no modal
    # "(membenarkan) pemberian sanksi kepada tiga ASN itu", "memberikan teguran kepada
    # camat itu": given to particular people
    if (_GIVING.search(before[-15:]) and _GIVEN_TO.search(ctx.after[:100])
            and not _MODAL_GIVEN.search(ctx.after)):
        return "sanksi"
    return "imbauan"

_ANY_CASE = frozenset({"sanksi", "imbauan", "pelanggaran"})
_APPEAL = frozenset({"imbauan"})


def outcomes(phrase: str, sentence: str) -> frozenset[str]:
    """The values :func:`sanction` may judge the lower-cased ``phrase`` in ``sentence`` to
    stand for (None aside), from the phrase and the sentence's words alone: a phrase that is
    no court's verdict, watchdog's handling, procedure or sanction done to someone ("dicopot"),
    in a sentence with no word of a purpose (``_ASKED_FOR_WORDS``) or of deciding
    (``_DECIDING_WORDS``), is at most an appeal (each return of :func:`_sanction` that gives
    more follows such a word). ``classify.judged`` leaves out a phrase that can tell nothing
    new."""
    if (phrase.startswith(("divonis", "dinyatakan")) or phrase in _HANDLING
            or phrase in _DONE_TO or phrase.endswith("roses")
            or may_say(sentence, _ASKED_FOR_WORDS) or says(sentence, _DECIDING_WORDS)):
        return _ANY_CASE
    return _APPEAL


# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``, ``may_say``). Kept by hand beside the patterns, and
# checked on samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (_WHETHER_WORDS, (_WHETHER,)),
    (_WHETHER_BEFORE_WORDS, (_WHETHER_BEFORE,)),
    (_ASKED_FOR_WORDS, (_ASKED_FOR,)),
)
