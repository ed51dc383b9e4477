"""Whether a gathering named is this occasion's, or aside from it: :func:`aside`.

A gathering (sosialisasi, bimtek, pakta_integritas, ikrar, apel) that its own judge kept
(``activities.context``, ``activities.briefings``, ``activities.trainings``) is then judged by
its sentence, with the cues of ``activities.cues``: one announced with a day ("akan digelar
... pada Senin (12/8)") or cited as done to back a point ("Apalagi ... telah digelar ...") is
kept only when the article reports no other gathering; routine ("di
setiap apel"), many ("gencar", "berbagai (langkah) sosialisasi"), earlier ("Sebelumnya, ...",
"lanjutan dari deklarasi ... sebelumnya"), undated future ("akan gencar melakukan
sosialisasi"), owed ("wajib ikut mensosialisasikan"), a list of means ("upaya ...
adalah koordinasi dan sosialisasi"), a side remark ("juga sudah melakukan sosialisasi", no
time), a candidate's ("sosialisasi salah satu pasangan calon"), examples listed ("Misalnya,
...") and what an offence consisted of ("pelanggaran berupa menghadiri acara ...") are dropped.
A phrase found where the statement was made ("kata dia dalam sosialisasi") is this occasion,
and so is a signing required of those at a gathering the sentence points at.
"""

from __future__ import annotations

import re

from transforms.events.activities import commitment_cues as commitment
from transforms.events.activities import cues
from transforms.events.activities.context import (
    AT_OCCASION,
    EARLIER,
    WHEN,
    WHENEVER_HELD,
    Context,
    last_clause,
    words,
)
from transforms.events.activities.modality import next_step
from transforms.events.activities.words import says

# gatherings: future ("ada program untuk menggelar ...": a plan), routine or earlier occasions
_LATER = words(r"akan", r"bakal(?!\s+calon)", r"rencana", r"berencana", r"direncanakan",
                r"hendak", r"ke\s+depan", r"nantinya", r"selanjutnya", r"program\s+untuk")
# an obligation: "(ber)tanggung jawab untuk / mesti / harus ... mensosialisasikan"
_TO_DO = words(r"agar", r"harus", r"perlu", r"mesti", r"wajib", r"supaya", r"hendaknya",
                r"(?:me|di)?minta", r"(?:di)?mohon", r"(?:meng|di)instruksikan", r"segera",
                r"(?:me|di)wajibkan", r"diharuskan", r"belum(?!\s+lama)", r"enggan", r"menolak",
                r"diharapkan", r"(?:ber)?tanggung\s+jawab\w*", r"(?:ber|meng)?harap(?:kan)?",
                r"ingin", r"menginginkan", r"mendorong")
_ROUTINE = re.compile(r"\b(?:di)?(?:setiap|tiap)\s+$|\b(?:berulang\s+kali|setiap\s+kesempatan"
                      r"|selama\s+ini|secara\s+rutin)\b", re.IGNORECASE)
# many gatherings, or one done along the way: "gencar melakukan sosialisasi", "berbagai
# sosialisasi", "juga sudah melakukan sosialisasi" (no time stated): efforts, not an occasion
# ("berbagai langkah sosialisasi": the kinds of step named before the gathering's word)
_MANY = re.compile(r"\b(?:berbagai|serangkaian|sejumlah)\s+(?:(?:kegiatan|kali|langkah|upaya"
                   r"|bentuk|macam|jenis|program)\s+)?$"
                   # "telah menggelar 120 kali sosialisasi": gatherings counted
                   r"|\b(?:\d+|puluhan|ratusan|belasan|ribuan|beberapa|banyak)\s+kali\s+$"
                   r"|\b(?:berkali-kali|beberapa\s+kali|(?:meng|di)?gencarkan|gencar|(?:me|di)?masifkan"
                   r"|secara\s+(?:masif|berkala|intensif|bertahap)|terus-menerus|rutin)\b"
                   # an effort kept up: "Dinas X aktif (melakukan) sosialisasi ...", "masif"
                   r"|\b(?:aktif|masif)\s+(?:(?:melakukan|menggelar|memberikan)\s+)?$",
                   re.IGNORECASE)
# what an appeal asks of its audience ("para lurah diimbau untuk sosialisasi ..."): to be done
_APPEALED = re.compile(r"\b(?:meng|di)?h?imbau(?:an|kan)?\s+(?:[\w-]+\s+){0,8}?(?:untuk|agar"
                       r"|supaya)\s+(?:(?:turut|ikut|juga|aktif|terus|gencar)\s+)?$"
                       # the ask's verb right before the gathering ("ASN juga diimbau melakukan
                       # sosialisasi kepada masyarakat")
                       r"|\bdi?h?imbau\s+(?:(?:juga|turut|ikut|aktif)\s+)?(?:melakukan|menggelar"
                       r"|mengadakan|memberikan)\s+$", re.IGNORECASE)
# the election's own ad hoc bodies named as the pact's signers ("Pakta Integritas Sekretariat PPK
# Pemilihan Bupati ..."): their integrity as organisers, not civil servants' neutrality
_ORGANISERS = re.compile(r"\s+(?:(?:bagi|oleh|untuk|anggota|calon)\s+)?(?:sekretariat\s+)?"
                         r"(?:ppk|pps|kpps|panwascam|pkd|pantarlih|ptps|badan\s+ad\s*hoc|penyelenggara"
                         r"\s+(?:pemilu|pemilihan|ad\s*hoc))\b", re.IGNORECASE)
_ASN_NAMED = re.compile(r"\b(?:asn|pns|aparatur|netral\w*)\b", re.IGNORECASE)  # theirs too
_TO_MAKE = re.compile(r"\b(?:mem)?buat\s+$", re.IGNORECASE)  # "membuat ikrar": one to be made
# the first half of a gathering's word doubled for its plural ("sosialisasi-sosialisasi")
_REDUPLICATED = re.compile(r"\b(?:sosiali\w+|apel|rapat|pertemuan|pelatihan)-$", re.IGNORECASE)
_FOLLOWS_FROM = re.compile(r"\b(?:lanjutan|kelanjutan|tindak\s+lanjut)\s+dari\s+(?:\w+\s+){0,2}$",
                           re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"^[^,;]*?\b(?:sebelumnya|terdahulu|yang\s+lalu|silam|(?:tahun|bulan"
                            r"|pekan|minggu|beberapa\s+waktu|januari|februari|maret|april|mei"
                            r"|juni|juli|agustus|september|oktober|november|desember)\s+lalu)\b",
                            re.IGNORECASE)
# "Bawaslu sebelumnya telah menggelar ...", "Dua pekan sebelumnya, ...", "pernah menggelar"
_EARLIER_BEFORE = re.compile(r"\b(?:sebelumnya|terdahulu|pernah|silam)\b", re.IGNORECASE)
# "Menurutnya, beberapa waktu lalu dalam apel ...": an undated earlier occasion a speaker
# tells in passing (not the narrator's "Pemkab beberapa waktu lalu menggelar apel ...")
_SOME_TIME_AGO = re.compile(r"\bbeberapa\s+waktu\s+(?:yang\s+)?lalu\b", re.IGNORECASE)
_TOLD_BY = words(r"kata(?:nya)?", r"ujar(?:nya)?", r"lanjut(?:nya)?", r"tambah(?:nya)?",
                 r"imbuh(?:nya)?", r"jelas(?:nya)?", r"menurut(?:nya)?", r"mengatakan",
                 r"menyebut(?:kan)?", r"menjelaskan", r"menuturkan", r"mengungkapkan",
                 r"menambahkan", r"menerangkan")
# "di apel pagi saya pesankan terus ...", "dalam apel kami selalu ingatkan": what a speaker
# keeps telling at the routine assemblies, a habit (not "terus terang": frankly; not an apel
# pointed at, "apel itu", nor one held, "memimpin apel", nor a clause after a comma)
_HABIT_AFTER = re.compile(r"^(?!\s+(?:ini|itu|tersebut)\b)[^.;,]{0,50}?\b(?:selalu|senantiasa"
                          r"|terus(?!\s+terang))\b",
                          re.IGNORECASE)
_HABIT_WORDS = frozenset({"selalu", "senantiasa", "terus"})
_HOLDING = ("pembina", "pemimpin", "pimpinan", "inspektur", "komandan", "peserta", "memimpin",
            "mengikuti", "menggelar", "melaksanakan", "pelaksanaan", "upacara")
# "pakta yang sudah diteken para pegawai dalam acara ikrar dan penandatanganan ...": the
# gathering where a commitment held up was made before, named in a relative clause
_MADE_AT = re.compile(r"\byang\s+sudah\s+di\w+\b[^.;]{0,80}?\b(?:dalam|pada|saat|ketika"
                      r"|di)\s+(?:acara|kegiatan|momen)?\s*(?:(?:[\w-]+\s+){1,5}?(?:dan|serta)\s+)?$",
                      re.IGNORECASE)
# "ikrar yang pernah dibacakan", "Ikrar serupa pernah dibacakan ...": one held once before
# (not "belum pernah", "tidak pernah": never before, so this one is the first)
_ONCE = re.compile(r"^\s*(?:(?!(?:tidak|tak|belum|bukan)\b)\w+\s+){0,2}?(?:yang\s+)?"
                   r"(?:juga\s+|sudah\s+|telah\s+)?pernah\b", re.IGNORECASE)
# a speaker's first person telling a briefing along the way, with no "sudah" ("Kami juga
# lakukan sosialisasi ...", "Kemarin juga kami ... zoom meeting ..."): the body's effort or
# another day's meeting, told in a quotation, not the occasion of the statement
_OURS_TOO = re.compile(r"(?:\b(?:kami|kita)\s+(?:juga|pun)|\bjuga\s+(?:kami|kita))\s+"
                       r"(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
_OURS_WORDS = frozenset({"kami", "kita"})
_QUOTES = ('"', "\u201c", "\u201d")
# "Apalagi pekan ini telah digelar deklarasi ...": a step told done, cited to back a point
_CITED = re.compile(r"^\W*(?:terlebih|apalagi|ditambah\s+lagi)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:telah|sudah)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "ASN hanya boleh ikut sosialisasi jadwal pencoblosan": what a rule lets them do, no gathering
_ALLOWED = re.compile(r"\b(?:boleh|diperbolehkan|dibolehkan|diizinkan|diperkenankan)\s+"
                      r"(?:untuk\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_ALLOWED_WORDS = frozenset({"boleh", "diperbolehkan", "dibolehkan", "diizinkan",
                            "diperkenankan"})
# "sanksinya berupa pernyataan terbuka di dalam apel": the form a moral sanction takes (read out
# at an assembly), not an assembly held
_SANCTION_FORM = re.compile(r"\bberupa\s+(?:[\w-]+\s+){0,6}?(?:pengumuman|pernyataan)\s+"
                            r"(?:secara\s+)?terbuka\s+(?:(?:di\s+)?dalam|di|saat|pada)\s+$",
                            re.IGNORECASE)
# "padahal ASN itu sudah menandatangani pakta integritas": an earlier commitment held up
_CONTRAST = re.compile(r"\bpadahal\b", re.IGNORECASE)

# the words one of which every match of each pattern of :func:`aside` holds
_MANY_WORDS = frozenset({"berbagai", "serangkaian", "sejumlah", "berkali", "beberapa", "gencar",
                         "kali", "intensif", "intens", "hentinya", "henti-hentinya",
                         "menggencarkan", "digencarkan", "gencarkan", "secara", "terus",
                         "rutin", "aktif", "masif", "masifkan", "memasifkan", "dimasifkan"})
_DONE_WORDS = frozenset({"telah", "sudah"})
# gatherings told done along the way ("juga telah ...", no day) are background
_GATHERING_KINDS = frozenset({"sosialisasi", "bimtek", "pakta_integritas", "ikrar", "apel"})
_HELD_WORDS = frozenset({"melanggar", "mengingkari", "menjalankan", "melaksanakan", "mematuhi",
                         "menaati", "sesuai", "berdasarkan", "pernah", "menjaga", "mengamalkan",
                         "memegang", "mengingatkan", "ingatkan", "diingatkan"})
_EARLIER_WORDS = frozenset({"setiap", "tiap", "disetiap", "ditiap", "berulang", "selama",
                            "secara", "senantiasa", "selalu", "kerap", "sering", "acap",
                            "kerapkali", "seringkali", "kali", "ditandai", "acapkali",
                            "silam", "pernah", "lanjutan", "kelanjutan", "tindak", "upaya",
                            "langkah", "strategi", "upayanya", "langkahnya", "strateginya",
                            "padahal", "sebelumnya", "terdahulu", "lalu"})
_TO_DO_WORDS = frozenset({"agar", "harus", "perlu", "mesti", "wajib", "supaya", "hendaknya",
                          "minta", "meminta", "diminta", "mohon", "dimohon", "menginstruksikan",
                          "diinstruksikan", "segera", "mewajibkan", "diwajibkan", "diharuskan",
                          "belum", "enggan", "menolak",
                          "diharapkan", "tanggung", "bertanggung", "harap", "berharap",
                          "mengharapkan", "mengharap", "harapkan", "berharapkan", "ingin",
                          "menginginkan", "mendorong"})
_LATER_WORDS = frozenset({"akan", "bakal", "rencana", "berencana", "direncanakan", "hendak",
                          "depan", "nantinya", "selanjutnya", "program"})


# the speech verb (or "bahwa") that opens what a speaker reports ("Ketua, Minggu, mengatakan,
# pihaknya akan ..."): a day before it dates the statement, not the gathering reported
_REPORT_OPENS = re.compile(r"\b(?:mengatakan|menyatakan|menyebutkan|menjelaskan|menuturkan"
                           r"|mengungkapkan|menegaskan|menerangkan|menyampaikan|berkata|bahwa)\b",
                           re.IGNORECASE)


# a sentence opening on what a document says or lays down ("Dalam SKB tersebut, dijelaskan
# ...", "Menurut surat edaran itu, ... diatur"); not one done under it ("Berdasarkan surat
# edaran Bupati, seluruh OPD melaksanakan ikrar ...")
_DOCUMENT_SAYS = re.compile(r"^\W*(?:dalam|di\s*dalam|menurut)\s+"
                            r"(?:skb|surat\s+(?:edaran|keputusan(?:\s+bersama)?)|se|edaran|peraturan"
                            r"|pp|uu|undang-undang|perbawaslu|pkpu|permen\w*|keputusan\s+bersama"
                            r"|instruksi|pedoman|juknis|petunjuk\s+teknis)\b[^.;]{0,60}?"
                            r"(?:(?:\bdi|\bme(?:ng|n|m)?)?(?:jelaskan|sebutkan|atur|tegaskan|nyatakan"
                            r"|rinci(?:kan)?)|\btercantum|\btermuat|\btertuang)\b", re.IGNORECASE)


def _later(clause: str, sentence: str) -> bool:
    """The clause before a gathering puts it to come ("akan", "rencana", "selanjutnya"), not
    as the next step of a sequence told from one done (``modality.next_step``)."""
    found = _LATER.search(clause)
    return found is not None and not (found.group().lower() == "selanjutnya"
                                      and next_step(clause, found.start(), sentence))


def _dated_itself(ctx: Context) -> bool:
    """A day is told in the gathering's own part of its sentence: after the speech verb that
    opens the report it stands in, before the one that ends it ('..., kata Ketua, Senin')."""
    at = len(ctx.before)
    own = cues.before_said(ctx.sentence, at)
    opened = max(_REPORT_OPENS.finditer(own, 0, at), key=re.Match.start, default=None)
    return bool(WHEN.search(own, opened.end() if opened else 0))


def aside(ctx: Context, kind: str = "") -> str | None:
    """"later" for a gathering announced with a day (kept only when the article reports no
    other), "other" for one that is not this occasion: routine, earlier, undated future, to be
    done, a candidate's (module notes); None for this occasion."""
    sentence = ctx.sentence
    if kind == "sosialisasi" and (cues.CANDIDATE_EVENT.search(ctx.after)
                                  or cues.AT_CAMPAIGN.search(ctx.after[:60])):
        return "other"  # a candidate's event, or a talk given at one
    if kind == "pakta_integritas" and _ORGANISERS.match(ctx.after) and not _ASN_NAMED.search(
            ctx.after[:90]):
        return "other"  # "Pakta Integritas Sekretariat PPK": the election organisers' own pact
    if cues.other_matter(kind, ctx.before, ctx.phrase + ctx.after) or cues.recurring(ctx.before):
        return "other"  # "kata Bupati usai apel pengamanan"; "setiap hari Senin ... apel itu"
    if _DOCUMENT_SAYS.match(sentence) and not WHEN.search(sentence):
        return "other"  # "Dalam SKB tersebut, dijelaskan ... termasuk sosialisasi, ikrar
        # bersama ...": what a rule or a circular prescribes, no gathering held
    clause = last_clause(ctx.before)
    if (kind == "apel" and says(sentence, _HABIT_WORDS) and _HABIT_AFTER.search(ctx.after)
            and not ctx.phrase.lower().startswith(_HOLDING) and not WHEN.search(sentence)):
        return "other"  # told at the assemblies again and again: no assembly of this occasion
    if (kind == "apel" and "berupa" in ctx.before and _SANCTION_FORM.search(ctx.before[-120:])
            and not WHEN.search(sentence)):
        return "other"  # a sanction's form: the apel it is read at, no assembly told
    if says(sentence, _ALLOWED_WORDS) and _ALLOWED.search(clause):
        return "other"  # allowed (or not) by a rule: what civil servants may do, none held
    if (says(sentence, cues.IF_WORDS) and cues.IF.search(clause)
            and not AT_OCCASION.search(ctx.before[-40:])):
        return "other"  # "kecuali guru itu memberikan edukasi": supposed, not held
    if kind == "sosialisasi" and (cues.WITH_WRITTEN.match(ctx.after)
                                  or cues.WITH_WRITTEN_BEFORE.search(ctx.before[-30:])) and not (
            WHEN.search(sentence) or AT_OCCASION.search(ctx.before[-40:])
            or cues.VENUE.search(sentence)):
        return "other"  # "sosialisasi dan mengeluarkan surat edaran": the means of an effort
    if (len(ctx.before) < 40 and cues.EXAMPLE.match(ctx.before)
            or cues.EXAMPLES_LISTED.match(sentence)) and not (WHEN.search(sentence)
                                                             or cues.VENUE.search(sentence)):
        return "other"  # "Seperti sosialisasi ke ASN ...", "Misalnya, ... sosialisasi ...,
        # meneken pakta ...": examples of the body's work
    tail = ctx.before[-240:]
    low_tail = tail.lower()
    if ("lang" in low_tail or "netral" in low_tail) and cues.OFFENCE_FORM.search(tail):
        return "other"  # "pelanggaran berupa menghadiri acara silaturahim": what the
        # offenders attended, not a gathering held
    if (kind in ("ikrar", "pakta_integritas") and says(sentence, commitment.ASKED_TO_KEEP_WORDS)
            and (asked := commitment.ASKED_TO_KEEP.search(ctx.before[-120:]))
            and ("kembali" in asked.group() or commitment.POINTED_BACK.match(ctx.after))):
        return "other"  # "mengajak ASN untuk melaksanakan ikrar tersebut": asked to keep it
    this_one = cues.THIS_ONE.search(ctx.after)
    if this_one and says(sentence, _LATER_WORDS) and (
            _LATER.search(clause) or cues.LATER_AFTER.search(ctx.after[:80])
            or _LATER.search(ctx.after[:60])):
        # "sosialisasi itu akan dimasifkan", "Dalam sosialisasi itu, Bawaslu akan ...", "akan
        # menekankan ... dalam sosialisasi itu": the gathering pointed at is still to come
        return "later" if WHEN.search(sentence) else "other"
    if this_one and (this_one.group().lower().endswith("ini")
                     or not _EARLIER_AFTER.search(ctx.after)) and not (
            # "terus menggencarkan sosialisasi netralitas ASN tersebut": the topic pointed
            # back at, the briefings kept up
            kind in ("sosialisasi", "bimtek") and "terus" in clause and cues.KEPT_UP.search(
                clause) and not (WHEN.search(sentence) or cues.VENUE.search(sentence))):
        return None  # ("pakta integritas itu ditandatangani ... tahun lalu": an earlier one)
    if says(sentence, cues.EFFORT_WORDS) and cues.EFFORT.search(ctx.after[:60]):
        return "later"  # "sosialisasi merupakan tugas Bawaslu": named as an effort, a duty
    if says(sentence, _MANY_WORDS) and (_MANY.search(clause) or kind in ("sosialisasi", "bimtek")
                                        and (cues.KEPT_UP.search(clause)
                                             or cues.KEPT_UP_AFTER.search(ctx.after)
                                             or cues.KEPT_UP_MEANS.search(clause)
                                             and not cues.VENUE.search(sentence))
                                        # (the quote's own day, not its attribution's)
                                        and not WHEN.search(cues.before_said(
                                            sentence, len(ctx.before) + len(ctx.phrase)))):
        return "other"
    if ctx.before.endswith("-") and _REDUPLICATED.search(ctx.before[-16:]):
        return "other"  # "melakukan sosialisasi-sosialisasi": gatherings in the plural, many
    if says(sentence, cues.SPREAD_WORDS) and cues.spread(ctx.after, clause):
        return "other"  # "sejak awal tahapan", "di seluruh kecamatan": many, not one occasion
    if says(sentence, cues.NOT_WORDS) and cues.NOT_HELD.search(clause):
        return "other"  # "tidak memaparkan", "belum pernah menggelar sosialisasi": none held
    if (says(sentence, _DONE_WORDS) and (kind in _GATHERING_KINDS
                                         and cues.ALONG_THE_WAY.search(clause)
                                         or cues.ALREADY.search(clause)
                                         or cues.ALREADY_LISTED.search(clause)
                                         or cues.ALREADY_AFTER.search(ctx.after[:60])
                                         or cues.REPORTED_DONE.search(ctx.before[-160:])
                                         and cues.REPORTED.search(ctx.before))
            and not (cues.dated_now(cues.before_said(sentence, len(ctx.before)))
                     or cues.SAME_OCCASION.search(sentence)
                     or cues.TODAY.search(sentence))):
        return "other"  # "semua ASN sudah menandatangani pakta integritas": a step done before
    if (kind == "sosialisasi" and says(sentence, _OURS_WORDS)
            and _OURS_TOO.search(last_clause(ctx.before)) and any(q in sentence for q in _QUOTES)
            and not (cues.dated_now(cues.before_said(sentence, len(ctx.before)))
                     or cues.SAME_OCCASION.search(sentence) or cues.TODAY.search(sentence)
                     or cues.VENUE.search(sentence) or AT_OCCASION.search(ctx.before[-40:]))):
        return "other"  # "Kami juga lakukan sosialisasi ...," ujarnya: an effort told aside
    if ("sudah" in sentence and _MADE_AT.search(ctx.before[-160:])
            and not (WHEN.search(sentence) or cues.TODAY.search(sentence))):
        return "other"  # where a commitment held up was made before, told in passing
    if says(sentence, cues.PURPOSE_WORDS) and cues.PURPOSE.search(clause):
        return "other"  # "agar bisa membantu sosialisasi", "yang artinya mereka berikrar"
    if (says(sentence, cues.ROLE_WORDS) and (role := cues.ROLE.search(clause))
            and (ctx.phrase.lower().startswith("me") and role.group().lower().startswith(
                ("peran", "berperan")) or not WHEN.search(sentence))
            # (a noun's role only after "dalam melakukan ...", where no venue is told)
            and (ctx.phrase.lower().startswith("me") or not role.group().endswith("dalam ")
                 and not cues.VENUE.search(sentence))):
        return "other"  # "peran kepala desa dalam menyosialisasikan ...": a role named (a
        #                 contribution praised at a dated occasion is made there)
    if (says(sentence, cues.VALUED_WORDS) and cues.OPENS_CLAUSE.search(ctx.before)
            and cues.VALUED.search(ctx.after[:90]) and not WHEN.search(sentence)):
        return "other"  # "Sosialisasi netralitas itu sangat penting": such gatherings valued
    if (kind in ("ikrar", "pakta_integritas") and says(sentence, commitment.KEEP_WORDS)
            and (commitment.TO_KEEP.search(ctx.after) and not WHEN.search(sentence)
                 or commitment.BREACHED.search(ctx.after))):
        return "other"  # to be kept, or breached: a commitment held up, not signed here
    if says(sentence, _HELD_WORDS) and (commitment.COMMITMENT_HELD.search(ctx.before[-30:])
                                        or _ONCE.search(ctx.after[:30])):
        return "other"  # "melanggar/menjalankan ikrar", "ikrar yang pernah dibacakan"
    if "waktu" in ctx.before and _SOME_TIME_AGO.search(ctx.before) and _TOLD_BY.search(sentence):
        return "other"  # an earlier occasion a speaker tells in passing
    if EARLIER.search(sentence) or "kesempatan" in ctx.before and WHENEVER_HELD.search(
            ctx.before) and not WHEN.search(sentence) or says(sentence, _EARLIER_WORDS) and (
            _EARLIER_BEFORE.search(ctx.before)
            or _ROUTINE.search(ctx.before) or cues.ALWAYS.search(clause)
            or _FOLLOWS_FROM.search(ctx.before)
            or cues.MEANS.search(ctx.before) and not cues.VENUE.search(sentence)
            or _CONTRAST.search(ctx.before)
            or _EARLIER_AFTER.search(ctx.after)) or (
            says(sentence, cues.BEFORE_THIS_WORDS) and (
                cues.BEFORE_THIS.search(ctx.before)
                or "maupun" in sentence.lower() and cues.MEANS_LIST.search(ctx.before))):
        return "other"
    if (says(sentence, cues.STEP_WORDS) and cues.STEPS.search(sentence)
            and not WHEN.search(sentence)):
        return "other"  # "Langkah pertama ... sosialisasi", "Kedua, ...": efforts counted off
    if AT_OCCASION.search(ctx.before[-40:]) and not (
            says(sentence, _LATER_WORDS) and _LATER.search(clause)
            and not cues.SAID_AT.search(ctx.before[-100:])):
        # "..., kata dia dalam sosialisasi ...": where a statement was made (not "akan hadir
        # dalam sosialisasi": one still to come)
        return None
    if (says(sentence, cues.BY_MEANS_WORDS) and cues.BY_MEANS.search(ctx.before)
            and not (WHEN.search(sentence) or cues.VENUE.search(sentence))):
        return "other"  # "upaya pencegahan dilakukan melalui sosialisasi, ...": means listed
    if (kind in ("ikrar", "pakta_integritas") and (
            says(sentence, cues.REQUIRED_WORDS) and cues.REQUIRED.search(clause)
            or "diminta" in clause and cues.ASKED_THERE.search(clause))
            and cues.AT_THIS_GATHERING.search(sentence) and not says(sentence, _LATER_WORDS)):
        return None  # "semua peserta diwajibkan meneken pakta ... deklarasi tersebut":
        # required of those at the gathering pointed at, signed there
    if (says(sentence, cues.MUST_WORDS) and cues.MUST.search(clause)
            or says(sentence, cues.REQUIRED_WORDS) and cues.REQUIRED.search(clause)
            and not WHEN.search(sentence)):
        return "other"  # "Bawaslu harus sosialisasi ...", "diwajibkan membuat video ikrar":
        # owed, not held
    if says(sentence, cues.MEANS_WORDS) and cues.MEANS_OTHER.search(clause):
        return "other"  # "pakta ... merupakan ikrar ...": its meaning
    if says(sentence, _TO_DO_WORDS) and (
            ctx.phrase.lower().startswith(("me", "di")) and _TO_DO.search(clause)
            # a briefing named by its noun: the ask close before it ("berharap, sosialisasi"
            # after a comma), no day told
            or (kind == "sosialisasi" or _TO_MAKE.search(ctx.before[-12:]))
            and _TO_DO.search(clause[-90:].strip() or last_clause(ctx.before.rstrip(", "))[-90:])
            and not (WHEN.search(sentence) or cues.TODAY.search(sentence)
                     or cues.HELD_AFTER.search(ctx.after[:80]))):
        return "other"  # "perlu kerja sama ... memberikan sosialisasi": asked for, not held;
        #                 "meminta ASN membuat ikrar netralitas": a pledge asked to be made
    if ("mbau" in ctx.before and _APPEALED.search(ctx.before[-120:])
            and not (WHEN.search(sentence) or cues.HELD_AFTER.search(ctx.after[:80]))):
        return "other"  # "diimbau untuk sosialisasi ...": asked of them, not held
    if says(sentence, _LATER_WORDS) and (_later(clause, sentence)
                                         or cues.LATER_AFTER.search(ctx.after[:80])):
        # undated: no occasion yet (a day of the statement alone dates no gathering to come)
        return "later" if _dated_itself(ctx) else "other"
    if (kind == "sosialisasi" and says(sentence, _LATER_WORDS) and not WHEN.search(sentence)
            and _LATER.search(ctx.before[-120:])):
        return "other"  # "akan ... dan membantu KPU, Bawaslu dalam melakukan sosialisasi"
    if (says(sentence, _DONE_WORDS) and _CITED.match(sentence)
            and _PERFECT.search(ctx.before[-40:])):
        return "later"  # cited as done to back a point: this occasion only when the article
        # reports no other gathering
    return None

# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``says``, ``may_say``). Kept by hand beside the patterns, and
# checked on samples drawn from every alternative of each pattern by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (_MANY_WORDS, (_MANY, cues.KEPT_UP, cues.KEPT_UP_MEANS)),
    (_DONE_WORDS, (cues.ALONG_THE_WAY, cues.ALREADY, cues.ALREADY_LISTED, cues.ALREADY_AFTER,
                   cues.REPORTED_DONE)),
    (_HELD_WORDS, (commitment.COMMITMENT_HELD, _ONCE)),
    (_EARLIER_WORDS, (_EARLIER_BEFORE, _ROUTINE, cues.ALWAYS, _FOLLOWS_FROM, cues.MEANS,
                      _CONTRAST, _EARLIER_AFTER)),
    (_TO_DO_WORDS, (_TO_DO,)),
    (_ALLOWED_WORDS, (_ALLOWED,)),
    (_LATER_WORDS, (_LATER, cues.LATER_AFTER)),
    (_HABIT_WORDS, (_HABIT_AFTER,)),
    (_OURS_WORDS, (_OURS_TOO,)),
)
