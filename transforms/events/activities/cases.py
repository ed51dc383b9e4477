"""Cases handed on and handled, told in the speaker's own words or to whom they went.

Part of the `pelanggaran` judge (``transforms.events.activities.findings``): a thing handed to
one who is not a watchdog is a case only when its sentence names one, and the speaker's own
handling ("kasusnya kami serahkan ke BKN") is a case handled, told as done, unless its
sentence states a rule or a condition. A report asked of the reader ("Laporkan ke Bawaslu") or
asked about ("ditanya apakah sudah menerima laporan") is none; a case is also handed to the
regional government that decides it ("direkomendasikan ke pemda"). Words that also tell how
any case is handled report one only of particular cases (:func:`particular`), and "kasus"
only cases counted or pointed at (:func:`counted_case`).
"""

from __future__ import annotations

import re

from transforms.events.activities.context import words

__all__ = ["CASES_COUNTED", "asked_of_reader", "counted_case", "counted_in_hand", "nothing_handed",
           "own_handling", "particular", "question_put", "to_region"]

# a thing handed to one who is not a watchdog (a regional head, the police, an inspectorate)
# is a case only when its sentence names one ("kasus", "dugaan", "temuan" ...), not a
# meeting's results or a souvenir handed over
_HANDED = re.compile(r"(?:dilaporkan|melaporkan|laporkan|dilimpahkan|melimpahkan|limpahkan"
                     r"|diadukan|mengadukan|adukan|diteruskan|meneruskan|teruskan|diserahkan"
                     r"|menyerahkan|serahkan|ditindaklanjuti|menindaklanjuti|tindaklanjuti)\s")
# (not "dilaporkan terlibat politik praktis": a complaint of an act, no one handed it)
_TO_SOMEONE = re.compile(r"\b(?:ke|kepada)\s")
_TO_WATCHDOG = re.compile(r"\b(?:ke|kepada)\s+(?:sentra\s+|kepala\s+)?(?:bawaslu|panwas\w*"
                          r"|gakkumdu|kasn|komisi\s+(?:asn|aparatur)|bkn|badan\s+kepegawaian"
                          r"|badan\s+pengawas|pengawas\s+(?:pemilu|pemilihan|kecamatan|desa"
                          r"|kelurahan|tps))")
_CASE_WORD = words(r"kasus\w*", r"dugaan", r"pelanggaran", r"temuan\w*", r"laporan\w*",
                    r"perkara", r"berkas\w*", r"rekomendasi\w*", r"aduan", r"pengaduan",
                    r"melanggar", r"(?:tidak|tak)\s+netral")
# the speaker's own handling, told as done ("kasusnya kami serahkan ke BKN"), unless the
# sentence states a rule or a condition ("... kami serahkan ke KASN, bisa saja diberhentikan
# jika ..."); a future or whoever is judged before ("akan kami teruskan", "setiap ...")
_OWN_ACT = re.compile(r"\b(?:kami|kita)\s+(?:serahkan|teruskan|limpahkan|laporkan|rekomendasikan"
                      r"|tindaklanjuti|proses|panggil|periksa|klarifikasi|telusuri)\b",
                      re.IGNORECASE)
_IF_ANY = words(r"jika", r"apabila", r"bila", r"bilamana", r"kalau", r"seandainya",
                r"manakala")


def nothing_handed(phrase: str, sentence: str) -> bool:
    """A handing-on phrase (lower case) to one who is not a watchdog, in a sentence that names
    no case: no case handed on."""
    return bool(_HANDED.match(phrase) and _TO_SOMEONE.search(phrase)
                and not _TO_WATCHDOG.search(phrase) and not _CASE_WORD.search(sentence))


def own_handling(sentence: str) -> bool:
    """The speaker's own handling of a case, told as done, with no condition in the
    sentence."""
    return bool(_OWN_ACT.search(sentence) and not _IF_ANY.search(sentence))


# civil servants counted, then "yang sedang/tengah/... " right before "ditangani" ("ada 12
# guru di Kota A dan 3 di Kota B yang tengah ditangani"): cases in hand
_COUNTED_IN_HAND = re.compile(r"\b(?:\d+|puluhan|belasan|ratusan|sejumlah|beberapa)\s+(?:orang\s+)?"
                              r"(?:asn|pns|pppk|p3k|pegawai|aparatur|kepala\s+desa|kades|lurah"
                              r"|camat|guru|perangkat\s+desa)\b"
                              # where they are, counted on ("di Kota A, 3 di Kota B"), and
                              # nothing else between ("... hadir, sementara berkas yang ..."
                              # is said of the files)
                              r"(?:,?\s+(?:dan\s+|serta\s+)?(?:\d+\s+)?(?:di|dari|asal|pada)\s+"
                              r"[\w-]+(?:\s+[\w-]+){0,2}?)*?,?\s+yang\s+\w+\s+$",
                              re.IGNORECASE)


def counted_in_hand(before: str) -> bool:
    """The text before "ditangani" counts the civil servants it is said of."""
    return bool(_COUNTED_IN_HAND.search(before[-160:]))


# an imperative opening its clause ("Laporkan ke Bawaslu!", "Segera adukan ..."): an appeal
_IMPERATIVE = re.compile(r"^\W*(?:(?:silakan|silahkan|segera|langsung|tolong|mohon|ayo|mari)\s+)?$",
                         re.IGNORECASE)
_BARE_VERBS = ("laporkan", "adukan", "teruskan", "serahkan", "limpahkan", "tindaklanjuti")


def asked_of_reader(phrase: str, clause: str) -> bool:
    """A bare handing-on verb (lower case) opening its clause (the text before it in its
    clause): the reader asked to report, no case."""
    return phrase.startswith(_BARE_VERBS) and bool(_IMPERATIVE.match(clause))


# a question put to the speaker ("ditanya apakah Bawaslu telah menerima laporan ..."): no case
# told (not a case traced, "penelusuran apakah benar ...": judged as the tracing)
_QUESTION = re.compile(r"\b(?:ditanya(?:kan)?|bertanya|menanyakan|pertanyaan|disodori)\b"
                       r"(?:[^.?]{0,40}?\b(?:apakah|benarkah|adakah)\b"
                       # the topic asked about, the answer still to come ("Saat ditanya
                       # mengenai temuan dugaan ..., ia menyebut ...")
                       r"|\s+(?:\w+\s+)?(?:mengenai|soal|tentang|terkait|perihal|seputar)\s"
                       r"[^.?,]{0,40}$)", re.IGNORECASE)


def question_put(clause: str) -> bool:
    """The clause before a finding word puts a question to the speaker."""
    return bool(_QUESTION.search(clause))


# the regional government that decides a case (its head is the PPK): "direkomendasikan ke
# pemda masing-masing untuk dijatuhi sanksi"
_REGION_BODY = re.compile(r"\b(?:ke|kepada)\s+(?:pem(?:da|kab|kot|prov)|pemerintah\s+(?:daerah"
                          r"|kabupaten|kota|provinsi)|kepala\s+daerah|atasan(?:nya)?)\b",
                          re.IGNORECASE)


def to_region(after: str) -> re.Match[str] | None:
    """Where the text after a recommendation names the regional government it went to."""
    return _REGION_BODY.search(after)


# cases counted, pointed at, dated or told as done: not a procedure for whichever case
_PARTICULAR = re.compile(
    r"(?<!nomor )(?<!no\. )(?<!no )(?<!pasal )(?<!ayat )\b\d{1,3}\b(?!\s*tahun)"
    r"|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\w+belas|\w+puluh"
    r"|puluhan|belasan|ratusan|sejumlah|beberapa|sebanyak|seorang|oknum|berinisial|inisial"
    r"|ke(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
    r"|tersebut|itu|telah|sudah|sedang|tengah|kini|masih|hingga\s+(?:kini|saat\s+ini|sekarang)"
    r"|mengeluarkan|menerbitkan|dikeluarkan|diterbitkan"
    r"|sejauh\s+ini|saat\s+ini|baru-baru\s+ini|terbaru|kemarin|senin|selasa|rabu|kamis|jumat|sabtu"
    r"|minggu\s+\(|yang\s+bersangkutan"
    # reports told as there ("memang ada laporan yang masuk"; a condition or a denial is judged
    # before: "jika ada laporan", "belum ada laporan")
    r"|ada\s+(?:\w+\s+)?(?:laporan|aduan|pengaduan|temuan|kasus))\b", re.IGNORECASE)


# a civil servant named by title and name ("Camat Sukamaju", "Kepala Desa Wati"): one person
# (the title in either case, "camat Sukamaju" in running text; the name capitalised)
_NAMED = re.compile(r"\b(?i:camat|lurah|kades|sekda|kadis|kepala\s+(?:desa|dinas|sekolah|badan"
                    r"|bagian))\s+[A-Z][a-z]")


# "itu"/"tersebut" after these words points at no case: a connective ("oleh karena itu",
# "selain itu"), the statement or occasion ("hal tersebut", "kegiatan itu"), a rule or an
# instruction ("instruksi tersebut", "aturan itu")
_NOT_POINTING = frozenset({
    "karena", "sebab", "untuk", "selain", "samping", "dengan", "itu", "hal", "kegiatan",
    "acara", "kesempatan", "momen", "momentum", "forum", "rapat", "apel", "upacara",
    "sosialisasi", "deklarasi", "ikrar", "pakta", "integritas", "instruksi", "edaran", "surat",
    "imbauan", "aturan", "peraturan", "ketentuan", "regulasi", "undang", "larangan", "pedoman",
    "arahan", "pesan", "komitmen", "program", "upaya", "langkah", "tahapan", "masa", "waktu",
    "saat", "kala", "ketika", "sejak", "setelah", "sebelum", "usai", "meski", "walau",
    "kendati", "namun", "sementara"})
_POINTER_WORDS = frozenset({"itu", "tersebut"})
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def particular(sentence: str, pointers: bool = True) -> bool:
    """The sentence is about particular cases (counted, pointed at, dated, done, a person
    named); "itu"/"tersebut" points at cases only after a word that can name one
    (``_NOT_POINTING``), and not at all without ``pointers`` (a procedure's own "temuan
    tersebut": the findings it has just named)."""
    if _NAMED.search(sentence):
        return True
    for m in _PARTICULAR.finditer(sentence):
        if m.group().lower() not in _POINTER_WORDS:
            return True
        if not pointers:
            continue
        before = _WORD_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        if not before or before.group(1).lower() not in _NOT_POINTING:
            return True
    return False


# "kasus" is a finding only as cases counted or pointed at ("tiga kasus", "kasus tersebut"),
# not as the topic ("kasus pelanggaran netralitas kerap terjadi")
CASES_COUNTED = re.compile(r"(?:\d[\d.]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
                            r"|sepuluh|\w*(?:belas|puluh|ratus)(?:an)?|sejumlah|beberapa|sebuah)\s+$",
                            re.IGNORECASE)
_CASE_POINTED = re.compile(r"^kasus\s+(?:\w+\s+){0,4}?(?:ini|tersebut|itu)\b", re.IGNORECASE)


def counted_case(sentence: str, at: int) -> bool:
    """The word "kasus" at ``at`` names cases counted or pointed at, not the topic."""
    return bool(CASES_COUNTED.search(sentence[max(0, at - 25):at])
                or _CASE_POINTED.search(sentence[at:at + 60]))
