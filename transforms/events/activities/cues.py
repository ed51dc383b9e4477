"""Cues that a gathering named is not this occasion's: a step done before (also when the only
day follows the quote's speech verb), an effort kept up or counted off as a programme's steps,
a purpose or a meaning (also one gathering's meaning named with another's), one owed ("harus
sosialisasi", "diwajibkan membuat video ikrar" with no day), a talk given at a campaign; one
denied, told done or to come by the verb after it, routine ("senantiasa"), a list of means, a
candidate's event, one spread over a stretch of time or many places. (A pledge or a pact
held up as a commitment: ``activities.commitment_cues``.)

Used by ``transforms.events.activities.this_occasion.aside``: each cue a pattern, and for the
ones searched in many sentences the words one of which each of its matches holds.
"""

from __future__ import annotations

import re

# "menjadi pembicara dalam kampanye paslon": where a talk was given
AT_CAMPAIGN = re.compile(r"^\s*(?:dalam|pada|di)\s+(?:acara\s+|kegiatan\s+)?(?:\w+\s+)?"
                         r"(?:kampanye(?!\s+netral)|tim\s+(?:sukses|pemenangan|kampanye)|paslon"
                         r"|pasangan\s+calon"
                         r"|calon|caleg|partai|parpol)\b", re.IGNORECASE)
# a gathering or signing someone is accused of ("diduga mengumpulkan para kades", "dugaan
# pakta integritas yang ditandatangani ..."): an alleged offence, not an activity held
# (or questioned: "menelusuri apakah benar ada pertemuan itu")
ALLEGED = re.compile(r"\b(?:dugaan|diduga|disinyalir|ditengarai|dituding|dituduh|terindikasi"
                     r"|indikasi|tudingan|tuduhan|apakah)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "terus melakukan sosialisasi": an effort kept up, one occasion only when a day is told
# ("terus melakukan kegiatan pencegahan ... melalui sosialisasi": the means of an effort kept up)
KEPT_UP = re.compile(r"\bterus\s+(?:\w+\s+)?$|\bterus\s+(?:melakukan|menggelar|mengadakan"
                     r"|berupaya|mengupayakan|menggencarkan)\b[^.;,]{0,100}?\b(?:melalui|lewat)"
                     r"\s+(?:\w+\s+)?$", re.IGNORECASE)
# the same means told with another verb of the effort ("terus bekerja sama lewat
# sosialisasi", "intens melakukan sosialisasi"): kept up when neither a day nor a venue is told
KEPT_UP_MEANS = re.compile(r"\bterus\s+(?:me|ber|be)\w+\b[^.;,]{0,100}?\b(?:melalui|lewat)\s+"
                           r"(?:\w+\s+)?$|\b(?:intensif|intens|(?:tidak|tak|tiada)\s+henti"
                           r"(?:-|\s)hentinya)\s+(?:(?:melakukan|menggelar|memberikan)\s+)?$", re.I)
# "kegiatan sosialisasi ... terus digaungkan", "... secara rutin": kept up, the verb after it
KEPT_UP_AFTER = re.compile(r"^[^.;,]{0,60}?\b(?:terus\s+(?:digaungkan|digencarkan|dilakukan"
                           r"|dilaksanakan|digelar|diadakan|dimasifkan|ditingkatkan|diintensifkan"
                           r"|berjalan|bergulir|kami\s+lakukan|kita\s+lakukan)|secara\s+(?:rutin|masif"
                           r"|berkala|intensif|terus-menerus|berkelanjutan))\b", re.IGNORECASE)
# "sudah" right before the gathering, with no day or occasion in its sentence: a step done
# before the occasion reported ("telah", the news perfect, also tells the occasion itself)
ALREADY = re.compile(r"\bsudah\s+(?:\w+\s+)?$", re.IGNORECASE)
# "Ia menjelaskan ASN telah menandatangani ikrar ...", "ujarnya, Pemkot telah melaksanakan
# sosialisasi": a speaker telling a step done ("telah" in indirect speech, no day) reports it as
# done before the statement, which is the occasion (the news perfect "telah" is the narrator's)
REPORTED = re.compile(r"\b(?:mengatakan|menjelaskan|menyebutkan|menyebut|mengaku|menuturkan"
                      r"|menerangkan|mengungkapkan|menambahkan|memaparkan|mengklaim|menegaskan"
                      r"|ujarnya|katanya|ucapnya|tuturnya|jelasnya|ungkapnya|sebutnya|akunya"
                      r"|menurut(?:nya)?)\b", re.IGNORECASE)
REPORTED_DONE = re.compile(r"\btelah\s+(?:(?:\w+\s+)?|(?:\S+\s+){1,12}?(?:dan|serta)\s+)$",
                           re.IGNORECASE)
# the second step of one told as done before: "sudah membacakan ikrar ... dan menandatangani"
ALREADY_LISTED = re.compile(r"\bsudah\s+(?:[\w-]+\s+){1,6}?(?:dan|serta)\s+$", re.IGNORECASE)
# "Sosialisasi itu sudah kami lakukan kemarin": told as done before, the verb after it
ALREADY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?sudah\s+(?:sering\s+|berkali-kali\s+"
                           r"|beberapa\s+kali\s+)?(?:kita\s+|kami\s+|saya\s+)?"
                           r"(?:di)?(?:lakukan|laksanakan|gelar|adakan|selenggarakan)\b"
                           # "Penandatanganan sudah, ikrar sudah": steps ticked off as done
                           # "..., sosialisasi ke sekolah-sekolah juga sudah": ticked off too
                           r"|^\s*(?:[\w-]+\s+){0,5}?(?:juga\s+|pun\s+)?sudah\s*[,.;\"”]",
                           re.IGNORECASE)
# "akan lebih intensif dilakukan": the gathering still to be held, the verb after it
LATER_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:akan|bakal)\s+(?:\w+\s+){0,2}?"
                         r"(?:dilakukan|dilaksanakan|digelar|diadakan|diselenggarakan|dimulai"
                         r"|diintensifkan|digencarkan|dimasifkan|diperluas|ditingkatkan"
                         r"|diperbanyak)\b", re.IGNORECASE)
# "tidak memaparkan", "belum pernah menggelar sosialisasi": a gathering denied (not "tidak
# hanya", "tak lupa", "belum lama ini"), or lacking ("kekurangan sosialisasi ... penyebabnya")
NOT_HELD = re.compile(r"\b(?:tidak|tak|belum|tanpa|bukan)\s+(?:pernah\s+|ada\s+)?"
                      r"(?:(?!(?:hanya|sekadar|sekedar|cuma|lama|lupa|henti\w*|segan|ragu)\b)"
                      r"\w+\s+)?$|\b(?:kekurangan|kurangnya|minimnya|ketiadaan)\s+$",
                      re.IGNORECASE)
NOT_WORDS = frozenset({"tidak", "tak", "belum", "tanpa", "bukan", "kekurangan", "kurangnya",
                       "minimnya", "ketiadaan"})
TODAY = re.compile(r"\b(?:tadi|barusan|hari\s+ini|(?:pagi|siang|sore|malam)\s+ini)\b",
                   re.IGNORECASE)
# a gathering named as a purpose ("agar bisa membantu sosialisasi") or as what another act
# means ("..., yang artinya mereka berikrar"): not one held
# ("berkomitmen untuk berikrar": a will, not a pledge read)
# (also others asked to help with one: "meminta para camat untuk membantu sosialisasi")
PURPOSE = re.compile(r"\b(?:agar|supaya|guna|artinya|berarti|(?:ber)?komitmen\s+untuk"
                     r"|(?:meminta|minta|diminta|mengajak|diajak|mengimbau|menghimbau|diimbau"
                     r"|dihimbau)\s+(?:\S+\s+){0,5}?untuk\s+(?:membantu|mendukung))\s+"
                     r"(?:\w+\s+){0,3}$", re.IGNORECASE)
PURPOSE_WORDS = frozenset({"agar", "supaya", "guna", "artinya", "berarti", "komitmen",
                           "berkomitmen", "meminta", "minta", "diminta", "mengajak", "diajak",
                           "mengimbau", "menghimbau", "diimbau", "dihimbau"})
# a role, its briefing verb right after "dalam": "peran penting kepala desa dalam
# menyosialisasikan ..." (not "peran X dalam pemilu saat sosialisasi ...")
ROLE = re.compile(r"\b(?:berperan|peran(?:an)?|kontribusi|andil|sumbangsih)\s+(?:\w+\s+){0,3}?"
                  # "berperan dalam melakukan sosialisasi": a body's part, no occasion
                  r"dalam\s+(?:(?:melakukan|memberikan|menggelar)\s+)?$", re.IGNORECASE)
ROLE_WORDS = frozenset({"peran", "peranan", "berperan", "kontribusi", "andil", "sumbangsih"})
# the kind of gathering valued as the subject of its clause ("Sosialisasi akan netralitas itu
# sangat penting bagi ASN"): a view of such gatherings, none held ("Sosialisasi ini sangat
# penting": this one, left to the other cues)
VALUED = re.compile(r"^(?:(?!\b(?:ini|tersebut|tadi)\b)[^.,;!?])*?\b(?:(?:sangat|amat|begitu"
                    r"|cukup|teramat)(?:lah)?\s+(?:penting|perlu|diperlukan|dibutuhkan)"
                    # its effect hoped for ("berharap, deklarasi ... yang dilakukan Pemkab bisa
                    # membawa dampak positif"): one held before, weighed
                    r"|(?:bisa|dapat|mampu)\s+(?:membawa|memberi(?:kan)?)\s+dampak)\b",
                    re.IGNORECASE)
VALUED_WORDS = frozenset({"sangat", "amat", "begitu", "cukup", "teramat", "sangatlah", "amatlah",
                          "begitulah", "cukuplah", "teramatlah", "bisa", "dapat", "mampu"})
# (or after "Dalam": "Dalam sosialisasi netralitas ASN sangatlah penting")
OPENS_CLAUSE = re.compile(r"(?:^|[.,;:!?\"“”(])\s*(?:dalam\s+)?$", re.IGNORECASE)
# '"..., sudah menandatangani ikrar," ucap Bupati saat ..., Kamis (5/10)': the day after a
# speech verb dates the statement, not the step it tells as done
SAID = re.compile(r"[,\"”’]\s*[\"”’]?\s*(?:\w+\s+)?(?:ucap|kata|ujar|ungkap|jelas|terang|tutur"
                  r"|tegas|papar|sebut|imbuh|tambah|pinta|harap|tutup)(?:nya|\s)", re.IGNORECASE)
# "Bawaslu harus sosialisasi": a gathering owed, right after the modal that owes it
MUST = re.compile(r"\b(?:harus|perlu|wajib|mesti|hendaknya|sebaiknya|seharusnya)\s+(?:\w+\s+)?$",
                  re.IGNORECASE)
MUST_WORDS = frozenset({"harus", "perlu", "wajib", "mesti", "hendaknya", "sebaiknya",
                        "seharusnya"})
# "Setiap OPD diwajibkan merekam video ikrar": required of them, up to two words before the
# gathering (owed unless its sentence tells a day: "diwajibkan hadir di apel, Senin (7/10)")
REQUIRED = re.compile(r"\b(?:diwajibkan|diharuskan)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
REQUIRED_WORDS = frozenset({"diwajibkan", "diharuskan"})
# asked of those at the gathering pointed at ("Dalam acara tersebut, kepala desa diminta untuk
# mengikrarkan ..."): done there
ASKED_THERE = re.compile(r"\bdiminta\s+(?:untuk\s+)?$", re.IGNORECASE)
# "pakta ... merupakan ikrar ...": what one gathering means, said
# with another's name, is no second gathering
MEANS_OTHER = re.compile(r"\b(?:pakta|fakta|ikrar|deklarasi|apel|upacara|sosialisasi"
                         r"|penandatanganan)\b[^,;]{0,40}?\b(?:merupakan|adalah|ialah"
                         r"|menjadi)\s+(?:bentuk\s+|wujud\s+|simbol\s+)?$", re.IGNORECASE)
MEANS_WORDS = frozenset({"merupakan", "adalah", "ialah", "menjadi"})
# "Langkah pertama ... ialah melakukan sosialisasi", "Kedua, pihaknya telah ...": steps of a
# programme counted off, the body's efforts told, not one occasion (unless a day is told)
STEPS = re.compile(r"\b(?:langkah|upaya|program|strategi|cara|tahap)\s+(?:\w+\s+)?(?:pertama"
                   r"|kedua|ketiga|keempat|kelima|awal|berikut(?:nya)?|selanjutnya|lain(?:nya)?)\b"
                   r"|^\W*(?:pertama|kedua|ketiga|keempat|kelima)\b", re.IGNORECASE)
STEP_WORDS = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima", "awal", "berikut",
                        "berikutnya", "selanjutnya", "lain", "lainnya"})
# "senantiasa menggelar apel": always, of the gathering's own clause (not of an appeal quoted
# before it, "... senantiasa menjaga netralitas," kata Sekda saat memimpin upacara)
ALWAYS = re.compile(r"\bsenantiasa\b"
                    # "mereka selalu menggelar sosialisasi": the habit word close before the
                    # gathering's word, a standing practice (not a word further back)
                    r"|\b(?:selalu|kerap|sering|acap)(?:\s*kali)?\s+(?:\w+\s+){0,2}?$"
                    # "sudah berulang-ulang menyampaikan hal itu ... dalam sosialisasi": a
                    # message repeated at gatherings of the kind, none of them this occasion
                    r"|\b(?:berulang-ulang|berulang\s+kali|berkali-kali)\s[^.;]{0,80}?"
                    r"\b(?:dalam|saat|pada|di)\s+(?:setiap\s+|berbagai\s+)?$",
                    re.IGNORECASE)
# "sosialisasi program salah satu paslon": a candidate's gathering, not about neutrality
# "upaya yang dilakukan adalah koordinasi dan sosialisasi": a list of ways, not an occasion
MEANS = re.compile(r"\b(?:upaya|langkah(?:-langkah)?|strategi)(?:nya)?[\s,:]+(?:\w+[\s,]+){0,4}?"
                    r"(?:adalah|yakni|yaitu|antara\s+lain|berupa|mulai\s+dari|seperti|di\s*antaranya"
                    r"|mencakup|meliputi|termasuk)\b"
                    # steps already taken, listed ("langkah penertiban yang sudah dinas jalankan
                    # meliputi ..."), their subject longer (not "langkah yang kami ambil hari ini
                    # adalah ...": no step told done before)
                    r"|\b(?:upaya|langkah(?:-langkah)?|strategi)\s+(?:\w+\s+){0,2}?yang\s+"
                    r"(?:telah|sudah)\s+(?:\w+\s+){0,3}?(?:adalah|yakni|yaitu|antara\s+lain|berupa"
                    r"|di\s*antaranya|meliputi)\b"
                    # "telah melakukan berbagai upaya dalam menjaga netralitas ASN yang ditandai
                    # dengan deklarasi, penandatanganan pakta ...": the efforts made, listed
                    # "Langkah pencegahan telah dilakukan melalui pengarahan, penandatanganan
                    # pakta ...": the steps taken, told by their means
                    r"|\b(?:upaya|langkah(?:-langkah)?|strategi)\s+(?:\w+\s+){0,2}?(?:telah|sudah)"
                    r"\s+(?:\w+\s+)?(?:dilakukan|dilaksanakan|ditempuh|diambil)\s+(?:melalui|lewat"
                    r"|dengan|berupa)\b"
                    r"|\bberbagai\s+(?:upaya|langkah|program)\s(?:(?!hari\s+ini|kali\s+ini"
                    r"|kegiatan|acara)[^.;,]){0,80}?\bditandai\s+(?:dengan|oleh)\b",
                    re.IGNORECASE)
_NOT_A_PAIR = (r"(?:Pra|Pasca|Anti|Non|Pro|Sub|Antar|Lintas|Inter|Bawaslu|Panwaslu|Panwascam|Dinas"
               r"|Kesbangpol|Pemkab|Pemkot|Pemprov|Pemda|Pemdes|Polres|Polresta|Polda|Kodim|Kejari"
               r"|Kejati|Inspektorat|Setda|Sekda|Badan|Kantor)\b")
CANDIDATE_EVENT = re.compile(r"^[\s,/]*(?:(?!netral|larangan|pengawasan|pencegahan|aturan|regulasi"
                              r"|tentang|terkait|mengenai|soal|bagi|untuk|dalam|selama|jelang"
                              r"|menjelang)\w+[\s,/]+){0,4}?(?:salah\s+satu\s+|bakal\s+)?"
                              # ("kampanye netralitas ASN": a campaign for neutrality)
                              r"(?:pasangan\s+calon|paslon|caleg|partai|kampanye(?!\s+netral)"
                              r"|calon|kandidat|tim\s+(?:sukses|pemenangan)|timses|parpol"
                              # a party's own ("konsolidasi internal DPD PDIP")
                              r"|pdip|pdi-p|golkar|gerindra|nasdem|pkb|pks|pan|demokrat|ppp"
                              r"|perindo|hanura|psi|gelora|ummat"
                              r"|peserta\s+(?:pemilu|pemilihan|pilkada))\b"
                              # a pair's names joined by a hyphen ("Sosialisasi Budi-Rina, Kades
                              # ..."), as candidate pairs are written (not a word doubled,
                              # "Undang-Undang"; a prefix; two bodies: "Bawaslu-Kesbangpol")
                              r"|^\s+(?-i:(?!" + _NOT_A_PAIR + r")(?P<one>[A-Z][a-z]{2,})"
                              r"-(?!(?P=one)\b)(?!" + _NOT_A_PAIR + r")[A-Z][a-z]{2,})\b(?!-)",
                              re.IGNORECASE)
# Place nouns whose reduplication means many places visited in turn.
PLURAL_PLACES = frozenset({"sekolah", "desa", "kecamatan", "kelurahan", "nagari", "kampung",
                           "kantor", "instansi", "dinas", "daerah", "rumah", "pasar", "gampong"})
# a gathering over a stretch of time or at many places: efforts, not one occasion
SPREAD = re.compile(r"^[^.;]*?\b(?:sejak\s+(?:awal|bulan|tahun|pekan|minggu|januari|februari"
                     r"|maret|april|mei|juni|juli|agustus|september|oktober|november|desember"
                     r"|tahapan|dimulai)|(?:di|ke|kepada)\s+(?:semua|seluruh|setiap|tiap|berbagai"
                     r"|sejumlah|\d+)\s+(?:kecamatan|desa|nagari|kelurahan|opd|sekolah|instansi"
                     r"|daerah|wilayah|kabupaten|kota|perangkat\s+daerah|satuan\s+kerja|dinas"
                     r"|badan|skpd|satker|unit\s+kerja|kantor|puskesmas|distrik|gampong|kampung)"
                     # a plural place by reduplication: "ke sekolah-sekolah", "ke desa desa";
                     # only place nouns, since "alun-alun" is one square, not many
                     r"|(?:di|ke)\s+(?:\w+\s+)?(" + "|".join(sorted(PLURAL_PLACES))
                     + r")[\s-]\1)\b",
                     re.IGNORECASE)
# "yang sudah kita lakukan sejak awal, kemudian ... pakta integritas": told as done long before
_SINCE = re.compile(r"\bsejak\s+(?:awal|jauh\s+hari|dulu|lama)\b", re.IGNORECASE)


# "sosialisasi itu tidak hanya menjangkau guru, ...": a drive aimed at many audiences in turn
_MANY_AUDIENCES = re.compile(r"^[^.;]{0,40}?\btidak\s+hanya\s+(?:menyasar|menyentuh|menjangkau"
                             r"|ditujukan|diberikan|dilakukan)\b", re.IGNORECASE)


def spread(after: str, clause: str) -> bool:
    """Many occasions, or one long before: spread over a stretch of time or many places after
    the gathering ("sejak awal tahapan", "di seluruh kecamatan"), aimed at many audiences with
    no day told ("tidak hanya menjangkau guru"), or since long before it in its clause
    ("sejak awal ... kemudian")."""
    if "serentak" in after[:80].lower() and _AT_ONCE.search(after[:80]):
        return False  # "berlangsung serentak di 26 kantor OPD": one occasion held everywhere
    return bool(SPREAD.search(after[:80]) or _SINCE.search(clause)
                or _MANY_AUDIENCES.search(after[:100]) and not WHEN.search(clause + after))


# a gathering held at once in many places ("digelar serentak pula di 14 kantor dinas")
_AT_ONCE = re.compile(r"\b(?:berlangsung|digelar|dilaksanakan|dilakukan|diadakan|diikuti|secara)"
                      r"\s+serentak\b", re.IGNORECASE)


SPREAD_WORDS = frozenset({"sejak", "semua", "seluruh", "setiap", "tiap", "berbagai", "sejumlah",
                          "hanya",
                          *PLURAL_PLACES,
                          # the places counted ("ke 12 kecamatan", "kepada 5 distrik")
                          "opd", "wilayah", "kabupaten", "kota", "perangkat", "satuan", "badan",
                          "skpd", "satker", "unit", "puskesmas", "distrik"})
# "..., kata Bupati usai memimpin apel pagi di ...": the gathering a statement to the press
# followed. It was another matter's (a security parade, a leadership meeting) unless its name
# says it was on neutrality ("usai apel ikrar netralitas ASN").
_SAID_VERB = (r"\b(?:di|me|meng|meny|men)?(?:kata|ujar|ucap|ungkap|tutur|tegas|papar|imbuh|sampai"
              r"|terang|jelas|sebut|temui|wawancara"
              # the active forms whose first consonant melts into the prefix ("menyampaikan")
              r"|menyampai|mengata|menutur|menegas|memapar|menerang|menyebut|menemui"
              # "diutarakan": never the bare word, which is also "north" in place names
              r"|diutara|mengutara)\w*\s+"
              r"(?:[^\s.]+\s+){0,8}?")
AFTER_SAID = re.compile(_SAID_VERB + r"(?:usai|seusai|selepas|setelah|sesudah)\s+(?:[a-z]\w*\s+)"
                        r"{0,2}$", re.IGNORECASE)
# "Hal itu disampaikan Bupati dalam rapat koordinasi ...": the meeting the statement was made at
SAID_AT = re.compile(_SAID_VERB + r"(?:dalam|saat|ketika|pada|di\s+sela(?:-sela)?)\s+(?:\w+\s+)?$",
                     re.IGNORECASE)
_AFTER_WORDS = ("usai", "setelah", "selepas", "sesudah")  # "seusai" holds "usai"
# what names a gathering on neutrality (or of the civil servants themselves: "Hari Korpri"):
# the name right after the gathering's word
# (a theme after a comma, in title case and opening on a verb or a verbal noun: "Rakornas
# Kepala Daerah, Menjaga Netralitas ASN"; not a new clause: ", Dia juga ...", ", Rina ...")
_ON_NEUTRALITY_NAME = re.compile(r"^(?:[^,.;(]|,(?=\s*(?-i:Me[a-z]|Netral|Pe[a-z]))){0,80}?"
                                 r"\b(?:netral\w*|ikrar|pakta|deklarasi|korpri)", re.IGNORECASE)


def other_matter(kind: str, before: str, named: str) -> bool:
    """An assembly, meeting or training (``kind``) named as what a statement to the press
    followed (``before`` it), whose name (``named``: its phrase and what follows) is not on
    neutrality ("sosialisasi" itself is a briefing on the article's matter: another topic is
    told by activities.briefings)."""
    if kind not in ("apel", "sosialisasi", "bimtek") or named.lower().startswith("sosiali"):
        return False  # a briefing named as such: on the article's matter unless it names another
    near = before[-100:]
    low = near.lower()
    return (any(word in low for word in _AFTER_WORDS) and bool(AFTER_SAID.search(near))
            and not _ON_NEUTRALITY_NAME.search(named))


# "kecuali guru itu memberikan edukasi", "jika sosialisasi digelar": a gathering supposed
IF = re.compile(r"\b(?:jika|jikalau|apabila|bila|bilamana|kalau|seandainya|andai(?:kan)?"
                r"|kecuali|manakala)\b", re.IGNORECASE)
IF_WORDS = frozenset({"jika", "jikalau", "apabila", "bila", "bilamana", "kalau", "seandainya",
                      "andai", "andaikan", "kecuali", "manakala"})
# "Sebelum deklarasi ini digelar, Panwaslih sudah melaksanakan sosialisasi": a step before
# this occasion; "baik melalui surat edaran, saat apel, maupun ...": a list of means used
BEFORE_THIS = re.compile(r"\bsebelum\b[^,;.]{0,80}?\b(?:ini|tersebut|itu)\s*,", re.IGNORECASE)
# (the list's "baik ... maupun ...": the sentence also holds "maupun")
# "Seperti sosialisasi ke ASN ...", "Misalnya melalui apel ...": a sentence that opens on an
# example of a body's work (what it does, not one occasion told)
EXAMPLE = re.compile(r"^\W*(?:seperti|misalnya|misalkan|contohnya|semisal|antara\s+lain"
                     r"|di\s*antaranya"
                     r"|salah\s+satunya|termasuk)\W+(?:(?:adalah|yaitu|yakni|dengan|melalui|lewat"
                     r"|berupa|melakukan|menggelar|mengadakan)\s+)?$", re.IGNORECASE)
# "Misalnya, menggelar sosialisasi ..., meneken pakta integritas ...": a sentence that opens on
# "for example" lists examples of a body's efforts, every gathering in it (not "seperti",
# also "as" in "Seperti disampaikan ...")
EXAMPLES_LISTED = re.compile(r"^\W*(?:misalnya|misalkan|contohnya|semisal|sebagai\s+contoh)\b",
                             re.IGNORECASE)
# what an offence consisted of ("pelanggaran berupa menghadiri acara silaturahim ..."): the
# gathering the offenders attended, not one held
OFFENCE_FORM = re.compile(r"\b(?:pelang?garan|melang?gar|(?:tidak|tak)\s+netral)\b[^.;]{0,60}?"
                          r"\b(?:berupa|yakni|yaitu|seperti|antara\s+lain|dengan\s+cara)\b"
                          r"[^.;]{0,120}?\b(?:menghadiri|mengikuti|hadir|ikut|datang)\s+"
                          r"(?:\w+\s+){0,3}$", re.IGNORECASE)
# "diwajibkan meneken pakta ... memegang deklarasi tersebut": a signing required of those
# at a gathering the sentence points at (this occasion's), done there
AT_THIS_GATHERING = re.compile(r"\b(?:ikrar|deklarasi|apel|upacara|sosialisasi|acara|kegiatan"
                               r"|rapat|pertemuan)\s+(?:\w+\s+){0,2}?(?:ini|itu|tersebut)\b",
                               re.IGNORECASE)
# (also after the manner listed first: "baik secara tertulis maupun lisan dalam apel maupun
# rapat", the settings of reminders given along the way)
MEANS_LIST = re.compile(r"\bbaik\s+(?:(?:secara\s+)?\w+\s+(?:maupun|ataupun)\s+"
                        r"(?:secara\s+)?\w+\s+)?(?:melalui|lewat|dengan|dalam|saat|berupa)\b",
                        re.IGNORECASE)
BEFORE_THIS_WORDS = frozenset({"sebelum", "baik"})
# "sudah melakukan sosialisasi dan menerbitkan surat edaran ...": a gathering listed with the
# written means of the same effort (a circular, an appeal), not one occasion told
WITH_WRITTEN = re.compile(r"^\s*(?:dan|serta|maupun)\s+(?:\w+\s+){0,2}?(?:mengeluarkan|menerbitkan"
                          r"|mengirim\w*|menyebarkan|membagikan|surat|edaran|imbauan|himbauan"
                          r"|maklumat)\b", re.IGNORECASE)
WITH_WRITTEN_BEFORE = re.compile(r"\b(?:edaran|imbauan|himbauan|maklumat)\s+(?:dan|serta|maupun)"
                                 r"\s+$", re.IGNORECASE)
# "Imbauan serta sosialisasi tersebut adalah bagian dari upaya ...": the gathering named as one of
# a body's efforts, an occasion only of an article that reports no other gathering
# ("... merupakan tugas Bawaslu", "menjadi kunci pencegahan": the gathering as a topic)
EFFORT = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:merupakan|adalah|menjadi)\s+(?:salah\s+satu"
                    r"\s+)?(?:upaya|langkah|bentuk\s+upaya|cara|strategi|program|tugas|kunci"
                    r"|kewajiban|fungsi)\b", re.IGNORECASE)
EFFORT_WORDS = frozenset({"upaya", "langkah", "cara", "strategi", "program", "tugas", "kunci",
                          "kewajiban", "fungsi"})
# "upaya pencegahan dilakukan melalui (dalam bentuk) sosialisasi, ...": the means of an effort
BY_MEANS = re.compile(r"\b(?:upaya|langkah(?:-langkah)?|strategi|di\s?an?taranya)"
                      r"(?:nya)?[\s,:]+(?:\w+[\s,]+){0,4}?(?:melalui|lewat|dengan(?:\s+cara)?"
                      r"|dalam\s+bentuk|berupa)\s+(?:\w+\s+)?$|\bpencegahan\s+(?:\w+\s+){0,2}?"
                      r"(?:berupa|dalam\s+bentuk)\s+(?:\w+\s+)?$", re.IGNORECASE)
BY_MEANS_WORDS = frozenset({"melalui", "lewat", "dengan", "bentuk", "berupa"})


# "tiap hari Senin ikrar itu kami baca saat apel", "dalam beberapa kesempatan rapat": a routine
_RECURRING = re.compile(r"\b(?:(?:setiap|tiap|saban)\s+(?:hari\s+)?(?:senin|selasa|rabu|kamis"
                        r"|jumat|sabtu|minggu|pagi|pekan|bulan)|(?:beberapa|berbagai)\s+kesempatan)\b")


def recurring(before: str) -> bool:
    """A day that recurs is named before the gathering ("tiap Senin pagi ... apel")."""
    low = before.lower()
    return ("tiap" in low or "saban" in low or "sempatan" in low) and bool(_RECURRING.search(low))


# "ikrar netralitas itu", "apel tersebut": this occasion's gathering (not "ikrar tentang
# netralitas ini": "ini" is then the topic's; "sosialisasi seperti ini": one of a kind)
THIS_ONE = re.compile(r"^\s+(?:(?!(?:tentang|soal|mengenai|terkait|atas|bagi|untuk|seperti|serupa"
                      r"|semacam|sejenis)\b)\w+\s+){0,3}?(?:ini|tersebut|itu)\b", re.IGNORECASE)
# a gathering's venue named in its sentence: one occasion told, not an effort listed
VENUE = re.compile(r"\b(?:di|ke)\s+(?:aula|gedung|ruang|balai|hotel|pendopo|pendapa|auditorium"
                   r"|lapangan|halaman|rumah\s+dinas|rumah\s+jabatan)\b", re.IGNORECASE)
# "sosialisasi ... yang digelar Bawaslu di aula": a gathering told as held (a hope about it,
# "berharap sosialisasi ... yang digelar ... bermanfaat", is no ask for one)
HELD_AFTER = re.compile(r"^[^.;]*?\byang\s+(?:\w+\s+)?(?:digelar|diadakan|dilaksanakan"
                        r"|diselenggarakan|berlangsung|diikuti|dihadiri)\b", re.IGNORECASE)
# a date marked as past with the step told done: "sudah menggelar apel ... tanggal 30
# September kemarin", "sudah melakukan deklarasi pada 5 Agustus lalu"
PAST_DATE = re.compile(r"\b\d{1,2}\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt|nov|des)\w*"
                       r"(?:\s+\d{4})?\s+(?:kemarin|lalu|silam)\b", re.IGNORECASE)


# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``, ``may_say``). Kept by hand beside the patterns, and
# checked on samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (SPREAD_WORDS, (SPREAD, _SINCE, _MANY_AUDIENCES)),
    (NOT_WORDS, (NOT_HELD,)),
    (PURPOSE_WORDS, (PURPOSE,)),
    (ROLE_WORDS, (ROLE,)),
    (VALUED_WORDS, (VALUED,)),
    (STEP_WORDS, (STEPS,)),
    (MUST_WORDS, (MUST,)),
    (REQUIRED_WORDS, (REQUIRED,)),
    (MEANS_WORDS, (MEANS_OTHER,)),
)

# the same occasion told on: "pada kesempatan itu juga telah dilakukan penandatanganan ..."
SAME_OCCASION = re.compile(r"\b(?:kesempatan|acara|kegiatan|rangkaian)\s+(?:\w+\s+)?(?:ini|itu"
                           r"|tersebut)\b|\b(?:usai|setelah|sesudah|seusai)\b", re.IGNORECASE)
# done along the way: "juga sudah melakukan sosialisasi" (no time stated)
ALONG_THE_WAY = re.compile(r"\b(?:juga|pun|selalu|kerap|sering)\s+(?:\w+\s+){0,2}?(?:telah|sudah)"
                           r"\b|\b(?:telah|sudah)\s+(?:\w+\s+){0,1}?(?:juga|pun|selalu|kerap"
                           r"|sering)\b", re.IGNORECASE)
# a day told ("Senin", "5/10", "12 Oktober", "besok")
WHEN = re.compile(r"\b(?:\d{1,2}[/-]\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt"
                   r"|nov|des)\w*|senin|selasa|rabu|kamis|jumat|sabtu|minggu|besok|lusa"
                   r"|pekan\s+depan|minggu\s+depan)\b", re.IGNORECASE)


def before_said(sentence: str, at: int) -> str:
    """The sentence up to the speech verb after ``at`` ('..." ucap Bupati, Kamis (5/10)'):
    a day after it dates the statement, not what the quote tells."""
    said = SAID.search(sentence, at)
    return sentence[:said.start()] if said else sentence


def dated_now(text: str) -> bool:
    """A day is told that is not marked as past (what dates a step told done as this
    occasion's)."""
    return bool(WHEN.search(text)) and not (
        ("lalu" in text or "kemarin" in text or "silam" in text) and PAST_DATE.search(text)
        and len(WHEN.findall(text)) == len(PAST_DATE.findall(text)))
