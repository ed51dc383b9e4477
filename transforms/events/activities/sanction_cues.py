"""The words and patterns the judge of `sanksi` (``transforms.events.activities.sanctions``)
reads: what decides or gives a sanction (deciding words, a decision pointed at, a sanction
given to people counted or pointed at), what makes one a threat or a rule (modal words, a rule
for whoever breaks it, a condition after it, a demand), a recommendation and its follow-up, a
decision still open or asked for (question and condition patterns), a watchdog's handling and
the penalties named. Kept apart from the judge so its return paths read in one screen, as
``transforms.events.activities.cues`` is kept beside ``context``; the gate words of the
patterns searched in many clauses (``GATES``) stay with their patterns, which the tests check.
"""

from __future__ import annotations

import re

from transforms.events.activities.context import words
from transforms.events.activities.words import TWO_TO_TEN
from transforms.prefilter import quick

# A sentence opening with a prohibition ("Jangan sampai ...", "Janganlah ..."): all it tells
# is what must not happen.
LEST = re.compile(r"\W*(?:jangan(?:lah)?|agar\s+(?:tidak|jangan))\s+sampai\b", re.IGNORECASE)
# After a sanction, in its clause: the rule it is laid down in ("diberhentikan tidak dengan
# hormat, sebagaimana diatur dalam Pasal 52") or whose power it is ("pemberian sanksi ...
# adalah kepala daerah", "... merupakan kewenangan PPK"): what awaits, no sanction given.
RULE_AFTER = re.compile(
    r"[^.;!?\n]{0,80}?\b(?:sebagaimana\s+(?:diatur|tertuang|tercantum)|diatur\s+dalam"
    # the kinds of penalty set in a regulation ("sanksi yang dijatuhkan kepada ASN yang tidak
    # netral masuk dalam PP")
    r"|y(?:an)?g\s+(?:dijatuhkan|diberikan|dikenakan)\s+(?:kepada|bagi|terhadap)\s+(?:\w+\s+){0,2}?"
    r"y(?:an)?g\b[^.;!?\n]{0,60}?\bmasuk\s+(?:dalam|ke)\s+(?:peraturan|pp\b|undang|uu\b|aturan"
    r"|ketentuan)"
    r"|(?:adalah|merupakan|menjadi|ada\s+(?:di|pada)|berada\s+(?:di|pada))\s+(?:ranah\s+|tangan\s+)?"
    r"(?:kewenangan|wewenang|tugas|hak|kepala\s+daerah|pejabat\s+pembina|PPK\b))",
    re.IGNORECASE)
MODAL = words(r"akan", r"bakal(?!\s+calon)", r"dapat", r"bisa", r"boleh", r"jika", r"apabila",
                r"bila", r"bilamana", r"kalau", r"jangan", r"agar", r"supaya", r"harus", r"wajib",
                r"siap",
                # the law's "in the event that" ("Dalam hal ASN menjadi pengurus partai, ia
                # diberhentikan"), not "dalam hal ini" (in this matter)
                r"dalam\s+hal(?!\s+(?:ini|itu|tersebut))",
                # still to come ("segera disanksi")
                r"segera",
                # a certainty or a will, not a decision ("pasti ditindak", "dipastikan diberikan
                # sanksi", "berkomitmen memberikan sanksi", "bertekad menindak")
                r"pasti", r"(?<!telah\s)(?<!sudah\s)dipastikan(?!\s+(?:telah|sudah))",
                r"tentu(?:nya)?", r"berkomitmen", r"bertekad", r"hendak", r"ingin",
                r"nanti(?:nya)?", r"ancam\w*", r"terancam", r"diancam", r"mengancam", r"menanti",
                # a chance or a readiness told ("berpeluang dijatuhi", "tak segan mencopot")
                r"(?:ber)?peluang", r"rentan", r"(?:tak|tidak)\s+(?:akan\s+)?segan",
                # not given straight away ("tidak serta-merta dijatuhi sanksi"): the procedure
                r"(?:tak|tidak)\s+serta[\s-]*merta",
                # a risk ("berisiko menerima hukuman disiplin", "berpotensi dikenai sanksi")
                r"ber(?:r|e)?isiko", r"r[ei]siko(?:nya)?", r"berpotensi", r"potensi",
                r"wewenang", r"kewenangan", r"berwenang", r"berkewenangan", r"berhak",
                r"kapasitas", r"jenis", r"bentuk",
                # its grades listed ("Ada tingkatannya, mulai teguran ... sampai diberhentikan")
                r"ada\s+tingkatan(?:nya)?", r"berjenjang", r"bertingkat",
                r"berupa", r"kategori", r"diatur", r"mengatur", r"tergantung", r"mungkin",
                r"kemungkinan", r"(?:di|me)mungkinkan", r"sebelum", r"bagi", r"setiap", r"tiap",
                # prepared or laid down for whoever ("telah disiapkan sanksi untuk pegawai
                # yang ...", "ketentuan sanksinya berjenjang")
                r"(?:me|di|memper|diper)?siapkan", r"menyiapkan", r"ketentuan\s+san[kg]si",
                # a decision due at a time ahead ("paling lama pekan depan sudah keluar
                # putusan sanksi"), not a sanction decided that starts then ("mulai besok")
                r"(?:(?:pekan|minggu|bulan|tahun)\s+depan|besok|lusa)\s+(?:\w+\s+){0,2}?"
                r"(?:keluar|putusan|keputusan|diputuskan|ditetapkan)")
DECIDED = words(r"telah", r"sudah", r"dijatuhi", r"dijatuhkan", r"menjatuhkan", r"menjatuhi",
                  r"jatuhkan", r"jatuhi", r"terkena",
                  # what a case ended in ("berujung pemecatan", "berbuntut pencopotan")
                  r"berujung(?:\s+pada)?", r"berbuntut", r"berakhir\s+(?:dengan|pada)",
                  r"diganjar", r"diberi", r"diberikan", r"dikenai", r"dikenakan",
                  r"mendapat(?:kan)?", r"menerima", r"kami\s+beri",
                  # the decision itself ("kami putuskan penundaan ...", "KASN memutuskan ...")
                  r"(?:me|di)?putuskan", r"diputus",
                  # the decision letter handed over ("menyerahkan SK pemberhentian")
                  r"sk", r"surat\s+keputusan")
DECIDED_AFTER = re.compile(r"^[^,;]{0,30}?\b(?:telah|sudah)\s+(?:dijatuhkan|diberikan|dikenakan"
                           r"|diterapkan|dilakukan|dilaksanakan|diputuskan)\b"
                           # the sanction pointed at, given ("sanksi itu diberikan oleh Pemkot")
                           r"|^\s*(?:(?:terhadap|kepada|bagi|atas)\s+(?:\w+\s+){0,3}?)?(?:itu"
                           r"|tersebut)\s+(?:telah\s+|sudah\s+)?(?:dijatuhkan|diberikan|dikenakan"
                           r"|diputuskan|dibacakan)\b", re.IGNORECASE)
# a word that opens another predicate: "telah mengaturnya dan ada sanksi" is no sanction given
JOINED = words(r"tetapi", r"tapi", r"namun", r"sedangkan", r"ada", r"karena", r"sebab",
               r"sehingga", r"maka")

# a sanction decided after the recommendation, in a clause of its own ("... direkomendasikan
# ke KASN dan PPK sudah memberikan sanksi"): the recommendation is not this sanction's
# (also after a comma: "Dari rekomendasi sanksi itu, 72 ASN sudah ditindaklanjuti ..."), or by
# the superior who decides ("... dan 40 pegawai yang ditindaklanjuti oleh PPK lalu dijatuhi sanksi")
DECIDED_LATER = re.compile(r"(?:\b(?:dan|lalu|kemudian|bahkan|serta)|,)\s+(?:\w+\s+){0,3}?"
                           r"(?:telah|sudah)\s+(?:\w+\s+){0,3}$"
                           # a share of them given it ("..., 15 di antaranya diberi sanksi")
                           r"|,\s+(?:sebanyak\s+)?(?:\d+|satu|" + TWO_TO_TEN + r")\s+(?:orang\s+"
                           r"|kasus\s+)?di\s*antara(?:nya)?\s+(?:diberi|diberikan|dijatuhi|dikenai"
                           r"|dikenakan|mendapat(?:kan)?|menerima)\s+$"
                           r"|\bditindaklanjuti\s+(?:oleh\s+)?(?:ppk|pejabat\s+pembina|bupati"
                           r"|wali\s*kota|gubernur|kepala\s+daerah|atasan\w*|pimpinan\w*)\b"
                           r"[^,;.]{0,30}$", re.IGNORECASE)
# "sanksi yang dijatuhkan kepada 45 ASN itu (adalah teguran)": a sanction given to people
# counted or pointed at, not one described for whoever breaks the rule
# (also "diterapkan", "diberlakukan": "hukuman yang diterapkan terhadap tiga lurah tersebut")
# (a word may stand between: "sanksi disiplin yang diberikan kepada ...")
GIVEN_THEM = re.compile(r"^\s*(?:(?!yang\b)\w+\s+)?yang\s+(?:(?:telah|sudah)\s+)?"
                        r"(?:dijatuhkan|diberikan|dikenakan|diterapkan|diberlakukan)\s+"
                        r"(?:kepada|bagi|terhadap)\s+(?:(?:\d[\d.]*|dua|tiga|empat|lima|seorang"
                        r"|sejumlah|beberapa|puluhan|ratusan|\w+\s+(?:belas|puluh|ratus))\b"
                        r"|[^,.;]{0,40}?\b(?:tersebut|itu)\b)", re.IGNORECASE)
# "... telah ditindaklanjuti oleh bupati dengan pemberian sanksi": the giving of a sanction told
# as done in its clause; "rekomendasinya, telah ditindaklanjuti PPK": the recommendation
# acted on by the superior who decides
DONE_CLAUSE = re.compile(r"\b(?:telah|sudah)\s+(?:\w+\s+){0,6}?(?:dengan|melalui|berupa)\s+"
                         r"\w+\s+$", re.IGNORECASE)
ACTED_ON = re.compile(r"^[^.;,]{0,30}?[,\s]\s*(?:(?:yang|dan)\s+)?(?:telah|sudah)\s+"
                      r"ditindaklanjuti\s+(?:oleh\s+)?"
                      r"(?:ppk|pejabat\s+pembina|bupati|wali\s*kota|gubernur|kepala\s+daerah"
                      r"|atasan|pimpinan)"
                      # "Dari empat rekomendasi sanksi itu, kata dia, baru satu yang sudah
                      # dijatuhkan": some of those recommended given
                      r"|^[^.;]{0,60}?\b(?:satu|dua|tiga|empat|lima|\d+|sebagian|beberapa)\s+"
                      r"(?:\w+\s+)?(?:yang|yg)\s+(?:telah|sudah)\s+(?:dijatuhkan|diberikan"
                      r"|dikenakan|dilaksanakan|dieksekusi)\b", re.IGNORECASE)
# a sentence that spells out the one before ("Artinya, ...", "Dengan kata lain, ...")
EXPLAINS = re.compile(r"\W*(?:artinya|berarti|maksudnya|dengan\s+kata\s+lain|dengan\s+demikian"
                      r"|yakni|yaitu)\b", re.IGNORECASE)
# a sanction given to particular people may be described ("berupa ..."); not said as possible
MODAL_GIVEN = words(r"akan", r"bakal(?!\s+calon)", r"dapat", r"bisa", r"boleh", r"jika",
                    r"apabila", r"bila", r"bilamana", r"kalau", r"jangan", r"agar", r"supaya",
                    r"harus",
                    r"wajib", r"nanti(?:nya)?", r"setiap", r"tiap",
                    # who may decide one, not one given: "BKN tidak berwenang memutuskan"
                    r"wewenang", r"kewenangan", r"berwenang", r"berkewenangan")
# the case, not a person, as the subject of "diberhentikan" ("kasus ini diberhentikan hanya
# sampai ke tahap ..."): the handling stopped
CASE_STOPPED = re.compile(r"(?<!tersandung\s)(?<!terjerat\s)(?<!terlibat\s)(?<!dalam\s)(?<!atas\s)"
                          r"(?<!karena\s)(?<!akibat\s)(?<!terkait\s)"
                          r"\b(?:kasus|perkara|laporan|proses|penanganan|penyidikan|penyelidikan)"
                          r"(?:nya)?\s+(?:(?:ini|itu|tersebut)\s+)?(?:(?:pun|akhirnya|kemudian)\s+)?$",
                          re.IGNORECASE)
# "ASN yang sudah diberi sanksi": whoever was given one, no one counted or pointed at
WHOEVER_GIVEN = re.compile(r"(?:^|[^\w\s]\s*|\b(?:asn|pns|pegawai|aparatur|kades|desa|camat"
                           r"|lurah|pejabat)\s+)yang\s+(?:sudah|telah|pernah)\s+(?:\w+\s+)?$"
                           # for whoever gets one: "Untuk ASN yang mendapat sanksi sedang, ..."
                           r"|^\W*(?:untuk|bagi)\s+(?:para\s+)?(?:asn|pns|pegawai|aparatur)\s+yang\s+"
                           r"(?:mendapat|mendapatkan|menerima|dijatuhi|dikenai|dikenakan|terkena)\s+$",
                           re.IGNORECASE)
COUNTED_PEOPLE = re.compile(r"\b(?:\d[\d.]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan"
                            r"|sembilan|sepuluh|\w+(?:belas|puluh|ratus)|sejumlah|beberapa"
                            r"|belasan|puluhan|ratusan|ribuan"
                            r"|seorang)\s+(?:orang\s+)?(?:\w+\s+){1,2}?yang\b"
                            # the people counted, then named at length ("sebanyak lima Pegawai
                            # Negeri Sipil atau PNS di Kabupaten X (Kab. X) yang ..."): a count
                            # of civil servants, their "yang" a few words on in the clause
                            r"|\b(?:\d[\d.]*|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
                            r"|sepuluh|\w+(?:belas|puluh|ratus)|belasan|puluhan|ratusan)\s+"
                            r"(?:orang\s+)?(?:asn|pns|pppk|aparatur|pegawai|kades|kepala\s+desa"
                            r"|camat|lurah|oknum)\b[^,.;:]{0,70}?\byang\b", re.IGNORECASE)
# BKN blocks the personnel data of a civil servant reported (or whose superior did not act on a
# recommendation) until the sanction is decided: threatened, an appeal; done, no sanction yet;
# an account or a site blocked is none
PERSONNEL_DATA = words(r"(?:bio)?data(?:nya)?", r"nip", r"sapk", r"kepegawaian")
WHOEVER_BROKE = re.compile(r"\by(?:an)?g\s+(?:\w+\s+){0,3}?(?:melanggar|terbukti|kedapatan"
                           r"|melakukan\s+pelanggaran|(?:tidak|tak)\s+netral|terlibat|berpihak"
                           r"|memihak)", re.IGNORECASE)
# "(rekomendasi sanksi) terhadap kades yang tidak netral": for whoever breaks the rule
FOR_WHOEVER_BROKE = re.compile(r"^\s*(?:\w+,?\s+){0,3}?(?:terhadap|kepada|bagi|untuk)\s+"
                               r"(?:\w+\s+){0,3}?y(?:an)?g\s+(?:\w+\s+){0,2}?(?:melanggar"
                               r"|terbukti|kedapatan|melakukan\s+pelanggaran|(?:tidak|tak)\s+netral"
                               r"|terlibat|berpihak|memihak)", re.IGNORECASE)
# the people after the sanction counted or pointed at: those it was given to
COUNTED_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:terhadap|kepada|bagi|untuk)\s+(?:\d[\d.]*|dua"
                           r"|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seorang|kedua"
                           r"|ketiga|\w+(?:belas|puluh|ratus))\b", re.IGNORECASE)
LETTER = words(r"sk", r"surat\s+keputusan")
POINTED = words(r"tersebut", r"itu", r"yang\s+bersangkutan", r"berinisial")
# a perfective right before the sanction's verb: given to those people, not a rule for whoever
# (or right before the sanction's own passive verb: "kades yang tidak netral itu sudah
# diberhentikan", "... telah dijatuhi hukuman disiplin")
DONE_TO_THEM = re.compile(r"\b(?:telah|sudah|akhirnya|resmi)\s+(?:(?:di\w+|mendapat(?:kan)?"
                          r"|menerima)\s+)?$", re.IGNORECASE)
THIS_THAT = re.compile(r"\s*(?:\w+\s+)?(?:itu|tersebut)\b", re.IGNORECASE)
GIVING = re.compile(r"\b(?:pemberian|penjatuhan|pengenaan|memberikan|memberi)\s+$",
                    re.IGNORECASE)
# the sanction itself pointed at, or the people it was given to ("terhadap dua ASN tersebut")
GIVEN_TO = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:tersebut|itu)\b|^\s*(?:\w+\s+){0,5}?(?:terhadap"
                      r"|kepada|atas|bagi)\s+(?:\w+\s+){0,3}?(?:tersebut|itu|yang\s+bersangkutan"
                      r"|berinisial)\b|^\s*(?:\w+\s+){0,2}?(?:terhadap|kepada|atas)\s+(?:\d+"
                      r"|dua|tiga|empat|lima|seorang|kedua|ketiga)\s+(?:orang\s+)?(?:asn|pns|pppk|p3k|aparatur|pegawai"
                      r"|oknum|kepala|kades|camat|lurah|guru)", re.IGNORECASE)
RECOMMEND = words(r"rekomendasi", r"(?:me|di)?rekomendasikan", r"diusulkan",
                    r"mengusulkan", r"usulan")
# cases handed on again and again: the body's record, not this occasion's case
REPEATED = words(r"beberapa\s+kali", r"berkali-kali", r"berulang\s+kali", r"sering(?:kali)?",
                 r"kerap(?:kali)?")
# a recommendation acted on or followed ("menindaklanjuti rekomendasi KASN dengan menjatuhkan
# sanksi", "berdasarkan rekomendasi"): the sanction after it is the decision, not the advice
FOLLOWED = re.compile(r"\b(?:menindaklanjuti|ditindaklanjuti|tindak\s+lanjut|sesuai(?:\s+dengan)?"
                      r"|berdasarkan|mengikuti|menjalankan|melaksanakan)\s+(?:\w+\s+){0,2}?$",
                      re.IGNORECASE)
NAMED_RECOMMENDED = re.compile(r"\s*(?:berupa\s+|yang\s+)?(?:rekomendasi|direkomendasikan"
                               r"|usulan|diusulkan)\b", re.IGNORECASE)
# (not "sudah diatur": a rule laid down, nothing done; nor "telah menyepakati": a policy
# agreed on, "pemberian sanksi yang maksimal bagi ASN yang terbukti ...")
DONE = quick(re.compile(r"\b(?:telah|sudah)\b(?!\s+(?:diatur|tertuang|tercantum|termuat"
                        r"|ditetapkan\s+dalam|menyepakati|bersepakat|sepakat"
                        # "Sudah jelas dalam PP 53 ... untuk sanksi ...": a rule said to be clear
                        r"|(?:sangat\s+)?jelas|tegas)\b)"
                        r"|\bmendapat(?:kan)?\b", re.IGNORECASE))
RULES_SANKSI = words(r"pelanggaran", r"melanggar", r"disiplin", r"sanksi", r"aturan",
                       r"ketentuan", r"hukum", r"undang-undang", r"mekanisme")
WATCHDOG = words(r"bawaslu", r"panwas\w*", r"gakkumdu", r"kasn", r"komisi\s+asn")


# a word of every cue that makes a sanction other than threatened: decided, given or
# recommended; a sentence without one names a sanction threatened or described
DECIDING_WORDS = frozenset({
    "telah", "sudah", "dijatuhi", "dijatuhkan", "menjatuhkan", "menjatuhi", "jatuhkan", "jatuhi",
    "terkena", "berujung", "berbuntut", "berakhir", "diganjar", "diberi", "diberikan", "dikenai",
    "dikenakan", "mendapat",
    "mendapatkan", "menerima", "kami", "pemberian", "penjatuhan", "pengenaan", "memberikan",
    "memberi", "rekomendasi", "sk", "dibacakan", "putuskan", "memutuskan", "diputuskan", "diputus",
    "rekomendasikan", "direkomendasikan", "merekomendasikan", "diusulkan", "mengusulkan",
    "usulan", "putusan", "keputusan", "putusannya", "keputusannya", "sknya", "diterapkan",
    "diberlakukan"})


# the commission, not a person, as what a removal verb is done to ("proses KASN sudah
# dinonaktifkan": the body wound up in 2024)
BODY_DONE = re.compile(r"\b(?:KASN|Komisi\s+(?:Aparatur\s+Sipil\s+Negara|ASN))"
                       r"(?:\s+(?:itu|tersebut))?"
                       r"\s+(?:kini\s+|sudah\s+|telah\s+|resmi\s+|akhirnya\s+)*$", re.IGNORECASE)
# a sanction's passive verb tells it done to someone ("dua ASN dicopot") unless a modal,
# a negation or a rule for whoever ("ASN yang terbukti ...") stands before it
DONE_TO = frozenset({"dicopot", "dipecat", "diberhentikan", "dinonaktifkan", "dibebastugaskan",
                     "divonis", "memvonis", "dipidana", "dihukum", "dijatuhi hukuman",
                     "dijatuhi vonis",
                     "dijatuhi pidana",
                     "ditindak", "memberhentikan", "mencopot", "memecat", "menonaktifkan",
                     "diskors", "dinonjobkan", "dimutasi sebagai sanksi", "disanksi",
                     "tersanksi", "menyanksi",
                     "membebastugaskan"})


# "yang bersangkutan": the person the article is about (in an ASN article, the civil
# servant), unless the sentence names a campaign's side
THE_PERSON = re.compile(r"\by(?:an)?g\s+bersangkutan\b|\bybs\b", re.IGNORECASE)
# an acting regional head, a civil servant in office ("Pj Bupati X diberi sanksi"): the one the
# article's lead on neutrality is about
ACTING_HEAD = re.compile(r"\b(?:pj|pjs|plh|penjabat)\.?\s+(?:sementara\s+)?(?:bupati|wali\s*kota"
                         r"|gubernur|sekda|sekretaris\s+daerah)\b", re.IGNORECASE)
CAMPAIGN_SIDE = words(r"paslon", r"pasangan\s+calon", r"calon", r"kandidat", r"partai\w*",
                      r"parpol", r"tim\s+(?:kampanye|sukses|pemenangan)", r"peserta\s+pemilu",
                      r"kpps", r"ppk", r"pps", r"penyelenggara")
# demanded or asked for, not decided: "mendesak agar camat itu dicopot"
DEMANDED = re.compile(r"\b(?:minta|meminta|diminta|mendesak|desak|didesak|menuntut|tuntut"
                      r"|dituntut|usul|mengusulkan|diusulkan"
                      # urged: "pengamat mendorong pelanggar diberi sanksi tegas"
                      r"|mendorong|didorong|menyarankan|disarankan)\b", re.IGNORECASE)
CONDITION_AFTER = re.compile(r"^[^.;]*?\b(?:jika|apabila|bila|bilamana|kalau|seandainya"
                             r"|manakala)\b", re.IGNORECASE)


# "diberi sanksi atau tidak", "apakah ... dijatuhi sanksi": a decision still open
# ("... masih menunggu keputusan KASN", "belum menjatuhkan sanksi"): not yet decided
WHETHER = re.compile(r"^[^.;]{0,40}?\b(?:atau\s+(?:tidak|belum|bukan|seperti\s+apa)"
                     r"|masih\s+menunggu|menunggu\s+(?:keputusan|putusan|rekomendasi|hasil))\b",
                     re.IGNORECASE)
WHETHER_BEFORE = re.compile(r"\bapakah\b|\bbelum\s+(?:\w+\s+)?$", re.IGNORECASE)
WHETHER_BEFORE = quick(WHETHER_BEFORE)  # searched in many clauses
# "diteruskan ke KASN untuk penjatuhan sanksi": the sanction a report asks for
ASKED_FOR = re.compile(r"(?:^|[\w)][,\s])\s*(?:untuk|guna|demi)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "lolos dari sanksi", "terhindar dari sanksi": a sanction escaped, neither given nor threatened
ESCAPED = re.compile(r"\b(?:lolos|luput|terhindar|bebas|terbebas|selamat)\s+(?:dari\s+)?$",
                     re.IGNORECASE)
ESCAPED = quick(ESCAPED)  # searched in many clauses
# a watchdog's "ditindak"/"penindakan" is its handling of a case, forwarded to the body that
# decides ("ditindak dan diteruskan ke BKN"): a case, not a sanction
FORWARDED = re.compile(r"\b(?:di|me)(?:teruskan|alihkan|limpahkan|serahkan|rekomendasikan)\s+"
                       r"(?:\w+\s+){0,2}?(?:ke|kepada)\b", re.IGNORECASE)
HANDLING = frozenset({"ditindak", "menindak", "penindakan"})
# the first word of every match of WHETHER, WHETHER_BEFORE and ASKED_FOR, a whole word of
# the sentence (most sentences have none: told from their words at once, ``may_say``)
WHETHER_WORDS = frozenset({"atau", "masih", "menunggu"})
WHETHER_BEFORE_WORDS = frozenset({"apakah", "belum"})
ASKED_FOR_WORDS = frozenset({"untuk", "guna", "demi"})


QUOTES = " \t\"'“”‘’«»-–—"
# "divonis melanggar": judged to have broken the rule, a finding; the sentence comes later
JUDGED_TO_BREAK = re.compile(r"\s*(?:telah\s+|sudah\s+)?(?:melanggar|melakukan\s+pelanggaran)\b",
                             re.IGNORECASE)

# a reprimand joined to an appeal or a warning ("surat imbauan dan teguran kepada ..."): the
# warnings a watchdog sends, not a discipline penalty
WITH_APPEAL_BEFORE = re.compile(r"\b(?:h?imbauan|peringatan)\s+(?:dan|serta|maupun|atau)\s+$",
                                re.IGNORECASE)
WITH_APPEAL_AFTER = re.compile(r"\s*(?:dan|serta|maupun|atau)\s+(?:surat\s+)?(?:h?imbauan"
                               r"|peringatan)\b", re.IGNORECASE)
# a sanction named in the sentence of an action taken ("ditindak ... dan dicopot", "menindak
# ... dengan teguran tertulis"): the action is that sanction
PENALTY_NAMED = words(r"san[kg]si", r"hukuman", r"hukdis", r"teguran", r"dicopot", r"dipecat",
                      r"diberhentikan", r"pemberhentian", r"penundaan", r"penurunan",
                      r"pencopotan", r"pemecatan", r"dinonaktifkan", r"dibebastugaskan",
                      r"demosi", r"mencopot", r"memecat", r"memberhentikan", r"dimutasi",
                      r"dinonjobkan", r"pemotongan", r"pembebasan", r"vonis", r"divonis")


# penalties listed before a passive one ("teguran tertulis, penurunan jabatan, hingga
# diberhentikan")
LISTED = re.compile(r"\b(?:penundaan|penurunan|pemotongan|pembebasan|pemberhentian|pencopotan"
                    r"|pemecatan|teguran|demosi)\b[^.;]*?(?:,|\b(?:dan|atau|hingga|sampai))\s*$",
                    re.IGNORECASE)


# "Di samping dikenai sanksi pidana, ASN bakal dikenai ...", "Selain ditegur, ia bisa ...": an
# addition opening the sentence shares the main clause's mood
BESIDES = re.compile(r"^\W*(?:di\s+samping|selain)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# a decision pointed at, described ("Putusan itu berupa sanksi ...", "Keputusan BKN tersebut
# yakni ..."): one made (not "putusan KASN bisa berupa ...": a word between is no pointer)
DECISION_IS = re.compile(r"\b(?:putusan|keputusan|sk)(?:nya)?(?:\s+(?:kasn|bkn|ppk|bupati"
                         r"|wali\s*kota|gubernur|pengadilan|hakim|majelis))?\s+(?:itu|tersebut"
                         r"|ini)\s+(?:berupa|yakni|yaitu|adalah)\s+$", re.IGNORECASE)


# "kasus netralitas guru di Sukamaju biasanya berujung pada teguran lisan": what such
# cases end in, an account of the kind (its span is tested for particular cases by the judge)
CASES_ENDED = re.compile(r"\bkasus(?:-kasus)?\s+(?:dugaan\s+)?(?:pelanggaran\s+)?netralitas\b"
                         r"[^.;]{0,60}?\b(?:berujung|berbuntut|berakhir)\b[^.;]{0,80}$",
                         re.IGNORECASE)
CASES_ENDED_WORDS = frozenset({"berujung", "berbuntut", "berakhir"})


# sanctions told on average over the cases ("para camat rata-rata memberikan sanksi teguran",
# "sanksi yang diberikan sebagian besar ringan"): sanctions given in the cases reported, not a
# rule (a modal or a condition before it is judged first: "rata-rata akan diberi ...")
AVERAGED = re.compile(r"\b(?:rata-rata|rerata|mayoritas|sebagian\s+besar)\s+(?:(?:telah|sudah)\s+)?"
                      r"(?:memberikan|memberi|menjatuhkan|menjatuhi|dijatuhi|diberi|dikenai"
                      r"|dikenakan|mendapat(?:kan)?|menerima)\s+(?:\w+\s+)?$", re.IGNORECASE)
AVERAGED_AFTER = re.compile(r"^\s*yang\s+(?:(?:telah|sudah)\s+)?(?:dijatuhkan|diberikan|dikenakan)"
                            r"\s+(?:\w+\s+){0,3}?(?:rata-rata|rerata|mayoritas"
                            r"|sebagian\s+besar)\b", re.IGNORECASE)
AVERAGED_WORDS = frozenset({"rata", "rerata", "mayoritas", "sebagian"})
# "Sanksi potong tunjangan hingga dipecat": a sanction's range named up to a passive one, the
# scale of what awaits (not "diberi sanksi teguran hingga dicopot": given, judged before)
RANGE = re.compile(r"\bsan[kg]si(?:nya)?\s+(?:mulai\s+(?:dari\s+)?)?(?:[\w-]+\s+){1,5}?"
                   r"(?:hingga|sampai|sampai\s+dengan|bahkan)\s+$", re.IGNORECASE)


# a wish that no one be sanctioned ("tidak mau ada ASN ... terkena sanksi"): no sanction given,
# a warning (not "ASN yang tidak mau ...": whom a sanction may have been given to)
WISHED_AWAY = re.compile(r"(?<!\byang\s)\b(?:tidak|tak)\s+(?:mau|ingin|menginginkan)\s+"
                         r"(?:(?!telah\b|sudah\b)[\w-]+\s+){0,8}?$", re.IGNORECASE)
WISHED_AWAY_WORDS = frozenset({"mau", "ingin", "menginginkan"})


# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``, ``may_say``). Kept by hand beside the patterns, and
# checked on samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (WHETHER_WORDS, (WHETHER,)),
    (WHETHER_BEFORE_WORDS, (WHETHER_BEFORE,)),
    (ASKED_FOR_WORDS, (ASKED_FOR,)),
    (CASES_ENDED_WORDS, (CASES_ENDED,)),
    (AVERAGED_WORDS, (AVERAGED, AVERAGED_AFTER)),
    (WISHED_AWAY_WORDS, (WISHED_AWAY,)),
)
