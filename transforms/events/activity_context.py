"""Sentence context of an activity phrase: did it happen at this occasion, and as what?

Real prose names far more activities than it reports. A phrase found by
``transforms.events.activities`` is judged by its sentence: who acts, tense and modality
(akan, bakal, dapat, bisa, jangan, agar, jika/apabila ... = conditional), negation, and whether
the sentence is about this occasion or an earlier one. A judge returns the value the phrase
stands for, or None to drop it:

* `sanksi` only for a sanction decided: a word close before it in its clause ("telah dijatuhi
  sanksi", "sudah kami beri sanksi", "dikenai sanksi") and no modal or rule word before it
  (akan, dapat, jika, bagi, setiap, jenis, berupa ...). One recommended ("merekomendasikan ...
  sanksi", "rekomendasi pemberian sanksi") is a case handed on: `pelanggaran` when done, else
  an appeal. One threatened, described or conditional ("akan ditindak", "dapat dikenakan
  sanksi", "jenis sanksi", "ASN yang melanggar ...") is `imbauan`. "diproses" is a case
  handled (`pelanggaran`), or a threat (`imbauan`) with a modal word.
* `pelanggaran` needs a finding word in the sentence that is not negated or modal
  ("menemukan", "dilaporkan", "mencatat", "direkomendasikan", headline "Temukan" ... not
  "tidak ditemukan", "dapat dilaporkan") and no generic or hypothetical word before it in its
  clause; a conditional sentence ("jika ...", "akan", "..., maka ...") and a rule for whoever
  ("sanksi bagi ASN yang tidak netral", "ASN yang kedapatan ... akan ditindak") are no finding.
* `pengawasan` only for monitoring done, under way or set up ("telah melakukan pengawasan",
  "meningkatkan pengawasan", "menggelar patroli", "membuka posko pengaduan", "menggerebek");
  asked for or promised ("mengajak masyarakat mengawasi", "akan diawasi") it is an appeal
  (`imbauan`); "hasil pengawasan" is the finding, not monitoring; one told as an earlier
  occasion ("Saat itu, ...") is not this one's.
* `imbauan` in the weak forms ("harus/agar/berharap ... netral") is an official's: an
  observer's opinion ("kata pengamat") is none.
* `sanksi` and `pelanggaran` of an earlier election (a year before the text's latest election
  year, "Pemilu sebelumnya", "pengalaman Pilkada terdahulu") or national statistics
  ("berdasarkan data", "secara nasional") are background and dropped, also in a sentence
  that goes on from such a one ("Berdasarkan laporan tersebut, ...").
* A capitalised phrase inside a proper name ("Divisi Penanganan Pelanggaran", "Badan
  Pengawasan Pemilu", "Badan Kepegawaian Pendidikan dan Pelatihan") is no activity, unless
  its line is a headline in title case.

Gatherings (sosialisasi, ikrar, apel ...) are judged by :func:`aside`: one announced with a
day ("akan digelar ... pada Senin (12/8)") is kept only when the article reports no other
gathering; routine ("di setiap apel"), earlier ("Sebelumnya, ...", "lanjutan dari deklarasi
... sebelumnya"), undated future ("akan gencar melakukan sosialisasi"), owed ("bertanggung
jawab untuk mensosialisasikan"), a list of means ("upaya ... adalah koordinasi dan
sosialisasi") and a candidate's ("sosialisasi salah satu pasangan calon") are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from transforms.prefilter import scanner, search


@dataclass(frozen=True)
class Context:
    """A phrase in its sentence; ``latest_year`` is the text's latest election year."""

    sentence: str  # the whole sentence
    before: str  # the sentence up to the phrase
    phrase: str
    after: str  # the sentence after the phrase
    latest_year: int = 0
    previous: str = ""  # the sentence before


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE)


_CLAUSE = re.compile(r"[,;:(]")
_NEGATED = re.compile(r"\b(?:tidak|tak|belum|bukan|tanpa)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# a finding word said as possible, asked for or denied ("dapat dilaporkan", "tidak ditemukan")
_NOT_FOUND = re.compile(r"\b(?:tidak|tak|belum|bukan|tanpa|dapat|bisa|akan|harus|perlu|untuk"
                        r"|silakan|silahkan|mari|ayo|bertugas|berwenang|wewenang|siap"
                        r"|agar|segera)\s+(?:\w+\s+)?$", re.IGNORECASE)
_FOUND = _words(
    r"menemukan", r"ditemukan", r"temuan", r"mendapati", r"didapati", r"kedapatan",
    r"tertangkap", r"mencatat(?:kan)?", r"dicatat", r"tercatat", r"diduga",
    r"terindikasi", r"terbukti", r"terjaring", r"kasus", r"dijatuhi",
    r"menerima\s+(?:\S+\s+){0,2}?(?:laporan|aduan|pengaduan)", r"laporan\s+(?:yang\s+)?masuk",
    r"menindaklanjuti", r"ditindaklanjuti", r"memeriksa", r"diperiksa", r"mengklarifikasi",
    r"dipanggil", r"memanggil", r"dilaporkan", r"melaporkan", r"menangani", r"ditangani",
    r"menelusuri", r"ditelusuri", r"penelusuran", r"mendalami", r"didalami",
    r"(?:di|me)?rekomendasi(?:kan)?", r"diteruskan", r"meneruskan", r"diproses", r"memproses",
    r"terproses", r"diblokir", r"memutuskan", r"diputuskan", r"diputus", r"diregister",
    r"mengungkap", r"mengantongi",
    # speech verbs ("mengungkapkan, ...") are findings only of people counted
    r"(?:mengungkapkan|membeberkan)(?=\s+(?:ada\s+|sebanyak\s+|terdapat\s+)?(?:\d|satu|dua"
    r"|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sejumlah|beberapa|\w+(?:an|belas)\s"
    r"(?:asn|pns|pegawai|oknum|kepala|kades|orang)))",
    # the bare verbs of headlines ("Bawaslu Temukan 12 ASN Tak Netral")
    r"temukan", r"catat", r"laporkan", r"rekomendasikan", r"tindaklanjuti", r"panggil",
    r"periksa", r"telusuri", r"ungkap", r"dalami")
_FOUND_SCAN = scanner(_FOUND)
# the words of _FOUND that report a case by themselves; the others (dilaporkan, ditangani,
# diteruskan, direkomendasikan ...) also tell how any case is handled, so they report one only
# of particular cases (``particular``)
_FINDING = re.compile(r"(?:menemukan|ditemukan|temuan|temukan|mendapati|didapati|kedapatan"
                      r"|tertangkap|mencatat|dicatat|tercatat|catat|diduga|terindikasi|terbukti"
                      r"|terjaring|dijatuhi|mengungkap|ungkap|membeberkan|mengantongi)\b",
                      re.IGNORECASE)
# cases counted, pointed at, dated or told as done: not a procedure for whichever case
_PARTICULAR = re.compile(
    r"(?<!nomor )(?<!no\. )(?<!no )(?<!pasal )(?<!ayat )\b\d{1,3}\b(?!\s*tahun)"
    r"|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\w+belas|\w+puluh"
    r"|puluhan|belasan|ratusan|sejumlah|beberapa|sebanyak|seorang|oknum|berinisial|inisial"
    r"|tersebut|itu|telah|sudah|sedang|tengah|kini|hingga\s+(?:kini|saat\s+ini|sekarang)"
    r"|sejauh\s+ini|saat\s+ini|baru-baru\s+ini|kemarin|senin|selasa|rabu|kamis|jumat|sabtu"
    r"|minggu\s+\(|yang\s+bersangkutan)\b", re.IGNORECASE)


def particular(sentence: str) -> bool:
    """The sentence is about particular cases (counted, pointed at, dated, done)."""
    return bool(_PARTICULAR.search(sentence))
_GENERIC = re.compile(
    r"\b(?:jika|apabila|bila|kalau|seandainya|jangan|setiap|tiap|segala|jenis|bentuk|potensi"
    r"|berpotensi|mencegah|cegah|menghindari|hindari|sebagai|tanpa|pengaduan|aduan|belum"
    r"|(?:tidak|tak)\s+(?:ada|pernah)|nihil|rawan|kerawanan"
    # habitual, not a particular case: "pelanggaran yang sering ditemukan"
    r"|sering|seringkali|kerap|acap|umumnya|biasanya|lazim(?:nya)?"
    r"|(?:untuk|agar|supaya|diminta|dapat|bisa|aktif)\s+(?:\w+\s+)?melapor(?:kan)?)\b",
    re.IGNORECASE,
)
# "ASN yang (terbukti) melanggar ...": a rule about whoever does it, unless a finding came first
_WHOEVER = re.compile(r"\by(?:an)?g\s+(?:terbukti\s+|kedapatan\s+|melakukan\s+)?$", re.I)
# "sanksi bagi ASN yang tidak netral": whoever it may be
_FOR_WHOEVER = re.compile(r"\bbagi\s+(?:\S+\s+){0,5}?y(?:an)?g\s+(?:\w+\s+)?$", re.I)
# "... yang masuk akan diproses": what will be done with any of them
_WHOEVER_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?yang\s+(?:\w+\s+){0,3}?akan\b", re.I)
# a sentence that states a condition or the future, not what happened
_HYPOTHETICAL = _words(r"akan", r"bakal(?!\s+calon)", r"jika", r"apabila", r"bila", r"kalau",
                       r"seandainya", r"jangan", r"agar", r"supaya", r"nanti(?:nya)?")
_MODAL_AFTER = _words(r"akan", r"bakal", r"dapat", r"bisa", r"harus", r"wajib", r"siap")
_THEN = re.compile(r",\s*maka\b", re.IGNORECASE)
_MODAL = _words(r"akan", r"bakal(?!\s+calon)", r"dapat", r"bisa", r"boleh", r"jika", r"apabila",
                r"bila", r"kalau", r"jangan", r"agar", r"supaya", r"harus", r"wajib", r"siap",
                r"nanti(?:nya)?", r"ancam\w*", r"terancam", r"diancam", r"menanti",
                r"wewenang", r"kewenangan", r"berhak", r"kapasitas", r"jenis", r"bentuk",
                r"berupa", r"kategori", r"diatur", r"mengatur", r"tergantung", r"mungkin",
                r"kemungkinan", r"sebelum", r"bagi", r"setiap", r"tiap")
_DECIDED = _words(r"telah", r"sudah", r"dijatuhi", r"dijatuhkan", r"menjatuhkan", r"menjatuhi",
                  r"jatuhkan", r"jatuhi", r"terkena",
                  r"diganjar", r"diberi", r"diberikan", r"dikenai", r"dikenakan",
                  r"mendapat(?:kan)?", r"menerima", r"kami\s+beri")
_DECIDED_AFTER = re.compile(r"^[^,;]{0,30}?\b(?:telah|sudah)\s+(?:dijatuhkan|diberikan|dikenakan"
                            r"|diterapkan)\b", re.IGNORECASE)
_GIVING = re.compile(r"\b(?:pemberian|penjatuhan|pengenaan)\s+$", re.IGNORECASE)
# the sanction itself pointed at, or the people it was given to ("terhadap dua ASN tersebut")
_GIVEN_TO = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:tersebut|itu)\b|^\s*(?:\w+\s+){0,2}?(?:terhadap"
                       r"|kepada|atas)\s+(?:\w+\s+){0,3}?(?:tersebut|itu|yang\s+bersangkutan"
                       r"|berinisial)\b|^\s*(?:\w+\s+){0,2}?(?:terhadap|kepada|atas)\s+(?:\d+"
                       r"|dua|tiga|empat|lima|seorang|kedua|ketiga)\s+(?:orang\s+)?(?:asn|pns|pegawai"
                       r"|oknum|kepala|kades|camat|lurah|guru)", re.IGNORECASE)
_RECOMMEND = _words(r"rekomendasi", r"(?:me|di)?rekomendasikan", r"diusulkan",
                    r"mengusulkan", r"usulan")
_DONE = _words(r"telah", r"sudah", r"mendapat(?:kan)?")
_RULES_SANKSI = _words(r"pelanggaran", r"melanggar", r"disiplin", r"sanksi", r"aturan",
                       r"ketentuan", r"hukum", r"undang-undang", r"mekanisme")
_BACKGROUND = re.compile(
    r"\b(?:pengalaman|terdahulu|(?:berdasarkan|menurut)\s+data|secara\s+nasional|se-?indonesia"
    r"|data\s+(?:dari\s+)?(?:kasn|komisi\s+asn|bkn|kemenpan\w*)|tahun\s+(?:lalu|sebelumnya)"
    r"|seluruh\s+indonesia|(?:pemilu|pilkada|pileg|pilpres|pemilihan)\s+(?:\w+\s+){0,3}?"
    r"(?:sebelumnya|lalu))\b", re.IGNORECASE)
# one of these stands in every match of _BACKGROUND: a cheap test first
_BACKGROUND_WORDS = ("pengalaman", "terdahulu", "berdasarkan", "menurut", "nasional", "indonesia",
                     "data", "tahun",
                     "sebelumnya", "lalu")
_GOES_ON = re.compile(r"^\W*(?:berdasarkan|dari|menurut)\s+(?:laporan|data|jumlah|angka|catatan)"
                      r"\s+(?:tersebut|itu)\b", re.IGNORECASE)
ELECTION_YEAR = re.compile(r"\b(?:pemilu|pilkada|pileg|pilpres|pemilihan)\s+(?:\w+\s+){0,3}?"
                           r"(20\d\d)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"\b20\d\d\b")
_MONITORING_DONE = _words(r"telah", r"sudah", r"sedang", r"tengah", r"menggelar", r"menerjunkan",
                          r"mengadakan",
                          r"turun", r"langsung", r"melaksanakan", r"dilakukan", r"dilaksanakan",
                          r"membuka", r"menyediakan", r"membentuk", r"meningkatkan",
                          r"memperketat", r"memperkuat", r"mengintensifkan")
# a concrete act, done as told unless asked for: patrols, raids, a post or channel opened,
# a body's own active verb ("Bawaslu memantau akun media sosial ASN")
_MONITORING_ACT = re.compile(r"^(?:berpatroli|patroli|sidak|inspeksi"
                             r"|posko|kanal|layanan|saluran|hotline|menggerebek|penggerebekan"
                             r"|digerebek|menyisir)", re.IGNORECASE)
# a body's task or the purpose of something ("bertugas mengawasi", "untuk melakukan pengawasan")
_ROLE = re.compile(r"\b(?:untuk|guna|demi|dalam\s+rangka|fungsi|tugas|bertugas|berwenang"
                   r"|wewenang|kewenangan|peran|berperan|tanggung\s+jawab|bertanggung\s+jawab"
                   r"|pedoman|tentang|terkait|soal|mengenai)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CARRIED_OUT = _words(r"melakukan", r"menjalankan", r"terus", r"intensif")
# "sosialisasi pengawasan partisipatif", "deklarasi pengawasan": the topic of a gathering
_TOPIC_OF = re.compile(r"\b(?:sosialisasi|rapat|rakor|bimtek|pelatihan|deklarasi|apel|seminar"
                       r"|diskusi|dialog|ikrar|materi|kegiatan|pedoman|sistem|standar|norma"
                       r"|prosedur|pentingnya)\s+(?:\w+\s+)?$", re.IGNORECASE)
_TEAM = re.compile(r"satgas|satuan|gugus|pokja|tim\b")
_SET_UP = _words(r"membentuk", r"dibentuk", r"pembentukan", r"mengukuhkan", r"dikukuhkan",
                 r"melantik", r"dilantik", r"meluncurkan", r"diluncurkan")
_SET_UP_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:dibentuk|dikukuhkan|dilantik|diluncurkan)\b",
                           re.IGNORECASE)
_MONITORING_DONE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:dilakukan|dilaksanakan|digelar)\b",
                                    re.IGNORECASE)
_INSTRUCTED = re.compile(r"\b(?:telah|sudah)\s+diminta\b", re.IGNORECASE)
_MONITORING_ASKED = _words(r"minta", r"meminta", r"diminta", r"mengajak", r"ajak", r"agar",
                           r"supaya", r"harus", r"perlu", r"wajib", r"akan", r"bakal", r"mari",
                           r"diharapkan", r"berharap", r"berkomitmen", r"mengimbau",
                           r"menghimbau")
_FINDING_OF = re.compile(r"\b(?:hasil|laporan)\s+$", re.IGNORECASE)
_OVERSEEN = re.compile(r"^\W*(?:kegiatan|acara|penandatanganan|pelaksanaan|apel|proses|prosesi"
                       r"|pembacaan|upacara)\b", re.IGNORECASE)
_OBJECT_OF = re.compile(r"\b(?:objek|obyek|sasaran)\s+$", re.IGNORECASE)
_SIGNED_THING = _words(r"ikrar", r"pernyataan", r"komitmen", r"pakta")
_NEUTRAL = re.compile(r"\bnetral", re.IGNORECASE)
_WATCHDOG = _words(r"bawaslu", r"panwas\w*", r"gakkumdu", r"kasn", r"komisi\s+asn")
_WATCHDOG_BODY = _words(r"kasn", r"komisi\s+asn", r"bkn", r"badan\s+kepegawaian", r"kemenpan",
                        r"pejabat\s+pembina", r"ppk", r"bupati", r"wali\s*kota", r"gubernur")
# gatherings: future, routine or earlier occasions
_LATER = _words(r"akan", r"bakal(?!\s+calon)", r"rencana", r"berencana", r"direncanakan",
                r"hendak", r"ke\s+depan", r"nantinya", r"selanjutnya")
# an obligation: "(ber)tanggung jawab untuk / mesti / harus ... mensosialisasikan"
_TO_DO = _words(r"agar", r"harus", r"perlu", r"mesti", r"wajib", r"supaya", r"hendaknya",
                r"diharapkan", r"(?:ber)?tanggung\s+jawab\w*")
_ROUTINE = re.compile(r"\b(?:setiap|tiap)\s+$|\b(?:berulang\s+kali|setiap\s+kesempatan"
                      r"|selama\s+ini|secara\s+rutin|senantiasa)\b", re.IGNORECASE)
# many gatherings, or one done along the way: "gencar melakukan sosialisasi", "berbagai
# sosialisasi", "juga sudah melakukan sosialisasi" (no time stated): efforts, not an occasion
_MANY = re.compile(r"\b(?:berbagai|serangkaian|sejumlah)\s+(?:kegiatan\s+|kali\s+)?$"
                   r"|\b(?:berkali-kali|beberapa\s+kali|gencar|secara\s+(?:masif|berkala|intensif"
                   r"|bertahap)|terus-menerus|rutin)\b", re.IGNORECASE)
# the same occasion told on: "pada kesempatan itu juga telah dilakukan penandatanganan ..."
_SAME_OCCASION = re.compile(r"\b(?:kesempatan|acara|kegiatan|rangkaian)\s+(?:\w+\s+)?(?:ini|itu"
                            r"|tersebut)\b|\b(?:usai|setelah|sesudah|seusai)\b", re.IGNORECASE)
_ALONG_THE_WAY = re.compile(r"\b(?:juga|pun|selalu|kerap|sering)\s+(?:\w+\s+){0,2}?(?:telah|sudah)"
                            r"\b|\b(?:telah|sudah)\s+(?:\w+\s+){0,1}?(?:juga|pun|selalu|kerap"
                            r"|sering)\b", re.IGNORECASE)
_EARLIER = re.compile(r"^\W*(?:sebelumnya|sebelum\s+itu|beberapa\s+waktu\s+lalu|pekan\s+lalu"
                      r"|bulan\s+lalu|tahun\s+lalu|saat\s+itu|waktu\s+itu|kala\s+itu)\b",
                      re.IGNORECASE)
# "sosialisasi acara salah satu pasangan calon": a candidate's gathering, not about neutrality
# "upaya yang dilakukan adalah koordinasi dan sosialisasi": a list of ways, not an occasion
_MEANS = re.compile(r"\b(?:upaya|langkah(?:-langkah)?|strategi)\s+(?:\w+\s+){0,4}?(?:adalah|yakni"
                    r"|yaitu|antara\s+lain|berupa)\b", re.IGNORECASE)
_CANDIDATE_EVENT = re.compile(r"^\s*(?:(?!netral|larangan|pengawasan|pencegahan|aturan|regulasi"
                              r"|tentang|terkait|mengenai|soal|bagi|untuk|dalam|selama|jelang"
                              r"|menjelang)\w+\s+){0,3}?(?:salah\s+satu\s+)?"
                              r"(?:pasangan\s+calon|paslon|caleg|partai|kampanye|calon"
                              r"|kandidat|tim\s+(?:sukses|pemenangan))\b", re.IGNORECASE)
_FOLLOWS_FROM = re.compile(r"\b(?:lanjutan|kelanjutan|tindak\s+lanjut)\s+dari\s+(?:\w+\s+){0,2}$",
                           re.IGNORECASE)
_EARLIER_AFTER = re.compile(r"^[^,;]*?\b(?:sebelumnya|terdahulu|yang\s+lalu|tahun\s+lalu)\b",
                            re.IGNORECASE)
_WHEN = re.compile(r"\b(?:\d{1,2}[/-]\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|sep|okt"
                   r"|nov|des)\w*|senin|selasa|rabu|kamis|jumat|sabtu|minggu|besok|lusa"
                   r"|pekan\s+depan|minggu\s+depan)\b", re.IGNORECASE)
_OBSERVER = _words(r"pengamat", r"akademisi", r"peneliti", r"analis", r"warganet", r"netizen")
_THIS_ONE = re.compile(r"^\s+(?:\w+\s+){0,3}?(?:ini|tersebut|itu)\b", re.IGNORECASE)


def related_headline(sentence: str) -> bool:
    """A bulleted line in title case ("- Bawaslu Temukan 12 ASN Tak Netral"): a list of links
    to other articles that a stored page keeps, not this article's text."""
    line = sentence.strip()
    if not line.startswith(("- ", "• ", "· ", "* ", "» ")):
        return False
    words = [w for w in line[2:].split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= 0.6


def _in_name(ctx: Context) -> bool:
    """A capitalised phrase right after a capitalised word (or "dan" after one) and not at
    the start of its sentence: part of a proper name, unless the line is in title case."""
    if not ctx.phrase[:1].isupper():
        return False
    words = ctx.before.split()
    if not words:
        return False
    previous = words[-1]
    if previous.lower() in ("dan", "&") and len(words) > 1:
        previous = words[-2]
    if not previous[:1].isupper():
        return False
    line = ctx.sentence.split()
    capitals = sum(w[:1].isupper() for w in line) / len(line)
    ended = ctx.sentence.rstrip()[-1:] in (".", "!", "?")
    headline = capitals >= 0.85 or (capitals >= 0.6 and not ended)
    return not headline


def _background(ctx: Context) -> bool:
    if _background_sentence(ctx.sentence, ctx.latest_year):
        return True
    # "Berdasarkan laporan tersebut, ...": goes on with the sentence before
    return bool(_GOES_ON.search(ctx.sentence)) and _background_sentence(ctx.previous,
                                                                       ctx.latest_year)


@lru_cache(maxsize=256)
def _background_sentence(sentence: str, latest_year: int) -> bool:
    low = sentence.lower()
    if any(word in low for word in _BACKGROUND_WORDS) and _BACKGROUND.search(sentence):
        return True
    if not _ANY_YEAR.search(sentence):
        return False
    years = [int(y) for y in ELECTION_YEAR.findall(sentence)]
    return bool(years) and max(years) < latest_year


@lru_cache(maxsize=256)
def _findings(sentence: str) -> tuple[int, ...]:
    """Where the finding words of a sentence stand (cached: an article names several
    violations in one); most sentences have none (transforms/prefilter.py says so fast)."""
    if search(_FOUND_SCAN, sentence) is None:
        return ()
    return tuple(m.start() for m in _FOUND.finditer(sentence))


# "kasus" is a finding only as cases counted or pointed at ("tiga kasus", "kasus tersebut"),
# not as the topic ("kasus pelanggaran netralitas kerap terjadi")
_CASES_COUNTED = re.compile(r"(?:\d[\d.]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
                            r"|sepuluh|\w+(?:belas|puluh|ratus)|sejumlah|beberapa|sebuah)\s+$",
                            re.IGNORECASE)
_CASE_POINTED = re.compile(r"^kasus\s+(?:\w+\s+){0,4}?(?:ini|tersebut|itu)\b", re.IGNORECASE)


def _counted_case(sentence: str, at: int) -> bool:
    return bool(_CASES_COUNTED.search(sentence[max(0, at - 25):at])
                or _CASE_POINTED.search(sentence[at:at + 60]))


_HABITUAL_AFTER = re.compile(r"^[^,;.]{0,40}?\byang\s+(?:paling\s+)?(?:sering|seringkali|kerap|acap"
                             r"|biasa|umum|banyak)\b", re.IGNORECASE)
_ASN_NEAR = _words(r"asn", r"pns", r"pppk", r"p3k", r"pegawai", r"aparatur", r"kepala\s+desa",
                   r"kades", r"perangkat\s+desa", r"netral\w*")
_ASKED_TO = _words(r"agar", r"supaya", r"untuk\s+(?:\w+\s+)?(?:menerbitkan|meningkatkan"
                   r"|mengeluarkan|membuat|melakukan|memperketat|menjaga)")


def violation(ctx: Context) -> str | None:
    if _in_name(ctx) or _background(ctx):
        return None
    if (ctx.phrase.lower() == "pelanggaran" and _OTHER_OFFENCE.search(ctx.after[:50])
            and not _ASN_NEAR.search(ctx.after[:80])):
        return None  # "pelanggaran APK", "pelanggaran politik uang": not neutrality
    if _HYPOTHETICAL.search(ctx.before) or _THEN.search(ctx.after):
        return None
    if ctx.phrase.lower().startswith(("menemukan", "ditemukan", "mendapati", "didapati",
                                      "dugaan")):
        return None if _GENERIC.search(ctx.before[-50:]) else "pelanggaran"
    if "rekomendasi" in ctx.phrase.lower():
        body = _WATCHDOG_BODY.search(ctx.after)
        asked = _ASKED_TO.search(ctx.after)  # "merekomendasikan Pemda agar ...": an appeal
        if not body or (asked and asked.start() < body.start()):
            return None
        return "pelanggaran" if particular(ctx.sentence) else None
    clause = _CLAUSE.split(ctx.before)[-1][-50:]
    if (_GENERIC.search(clause) or _WHOEVER_AFTER.search(ctx.after)
            or _HABITUAL_AFTER.search(ctx.after)
            or _FOR_WHOEVER.search(ctx.before[-80:])):
        return None
    sentence = ctx.sentence
    found = [at for at in _findings(sentence)
             if not _NOT_FOUND.search(sentence[max(0, at - 20):at])
             and (not sentence[at:at + 5].lower() == "kasus" or _counted_case(sentence, at))]
    whoever = _WHOEVER.search(clause)
    if whoever:  # only a finding outside "yang ..." counts, and none in a rule ("... akan")
        if _MODAL_AFTER.search(ctx.after[:80]):
            return None
        relative = len(ctx.before) - len(clause) + whoever.start()
        found = [at for at in found if at < relative or at >= len(ctx.before)]
    if found and not any(_FINDING.match(sentence, at) for at in found):
        return "pelanggaran" if particular(sentence) else None  # handled: which cases?
    return "pelanggaran" if found else None


def sanction(ctx: Context) -> str | None:
    if _in_name(ctx) or _background(ctx):
        return None
    before, phrase = ctx.before, ctx.phrase.lower()
    if phrase.endswith("proses"):  # a case handled, or a threat to handle one
        if not (_RULES_SANKSI.search(ctx.sentence) or _WATCHDOG.search(ctx.sentence)):
            return None
        if _MODAL.search(before):
            return "imbauan"
        return "pelanggaran" if particular(ctx.sentence) else None  # or a procedure told
    if _RECOMMEND.search(before):
        return ("pelanggaran" if _DONE.search(before) and not _HYPOTHETICAL.search(before)
                else "imbauan")
    if _MODAL.search(before) or _NEGATED.search(before) or re.search(
            r"\by(?:an)?g\s+(?:\w+\s+){0,3}?(?:melanggar|terbukti|kedapatan)", before, re.I):
        return "imbauan"
    # decided: said of this sanction, close before it in its clause ("telah dijatuhi sanksi")
    if _DECIDED.search(_CLAUSE.split(before)[-1][-45:]) or _DECIDED_AFTER.search(ctx.after):
        return "sanksi"
    # "(membenarkan) pemberian sanksi terhadap dua ASN tersebut": given to particular people
    if (_GIVING.search(before[-15:]) and _GIVEN_TO.search(ctx.after[:80])
            and not _MODAL.search(ctx.after)):
        return "sanksi"
    return "imbauan"


def monitoring(ctx: Context) -> str | None:
    if _in_name(ctx) or _OBJECT_OF.search(ctx.before) or _FINDING_OF.search(ctx.before):
        return None
    phrase = ctx.phrase.lower()
    if phrase.startswith("di") and _OVERSEEN.search(ctx.before):
        return None  # an event being overseen
    if _EARLIER.search(ctx.sentence):
        return None  # an earlier occasion told in passing ("Saat itu, Bawaslu menggerebek ...")
    asked = _MONITORING_ASKED.search(ctx.before)
    if asked and not _INSTRUCTED.search(ctx.before):  # "telah diminta ...": instructed, done
        return "imbauan"
    if _ROLE.search(ctx.before[-40:]) or _TOPIC_OF.search(ctx.before[-40:]):
        return None  # a body's task or purpose, or a gathering's topic: not monitoring done
    if _TEAM.match(phrase):  # a team is monitoring only when set up
        set_up = _SET_UP.search(ctx.before[-40:]) or _SET_UP_AFTER.search(ctx.after)
        return "pengawasan" if set_up else None
    if (_MONITORING_DONE.search(_CLAUSE.split(ctx.before)[-1][-60:])
            or _MONITORING_DONE_AFTER.search(ctx.after)
            or _INSTRUCTED.search(ctx.before) or _MONITORING_ACT.search(phrase)):
        return "pengawasan"
    # "melakukan pengawasan ke ... Senin (12/8)": carried out at a stated time
    if _CARRIED_OUT.search(ctx.before[-40:]) and _WHEN.search(ctx.sentence):
        return "pengawasan"
    return None


_SIGNING = _words(r"(?:pe|di|me)?n?(?:andatangan|tandatangan)\w*", r"tanda\s+tangan\w*",
                  r"(?:di)?teken", r"meneken", r"(?:mem)?bubuhkan")
# the pact as a rule referred to, not a signing: "melanggar pakta integritas", "isi pakta ..."
_PACT_REFERRED = re.compile(r"\b(?:melanggar|langgar|pelanggaran|mengingkari|sesuai(?:\s+dengan)?"
                            r"|isi|poin|butir|berdasarkan|mengacu|tertuang\s+dalam)\s+$",
                            re.IGNORECASE)
# a pact named with the other acts of one ceremony: "ikrar dan pakta integritas"
_CEREMONY_LIST = _words(r"ikrar", r"deklarasi", r"apel", r"pembacaan")
_RESIGNATION = _words(r"pengunduran", r"mengundurkan", r"mundur", r"berhenti", r"cuti")


_STEPPED_UP = _words(r"memperkuat", r"meningkatkan", r"memperketat", r"mengintensifkan",
                    r"mengoptimalkan", r"memaksimalkan", r"menggencarkan")


def stance(ctx: Context) -> bool:
    """Monitoring stepped up in general ("memperkuat pengawasan terhadap netralitas ASN") or a
    team set up, no time stated: the body's standing measures, an activity only of an article
    that reports no gathering (at an apel or a sosialisasi no one monitors)."""
    if _WHEN.search(ctx.sentence) or _MONITORING_ACT.search(ctx.phrase):
        return False
    return bool(_TEAM.match(ctx.phrase.lower())
                or _STEPPED_UP.search(_CLAUSE.split(ctx.before)[-1][-60:]))


def signed(ctx: Context) -> str | None:
    """An integrity pact (or neutrality statement) signed: a signing word in the phrase or its
    sentence, or the pact named with the pledge of the same ceremony; a pact referred to as a
    rule ("melanggar pakta integritas") is not a signing."""
    phrase = ctx.phrase.lower()
    if _PACT_REFERRED.search(ctx.before[-30:]):
        return None
    if phrase.endswith("integritas"):
        if phrase.startswith("pakta") and not (
                _SIGNING.search(ctx.sentence) or _CEREMONY_LIST.search(ctx.before[-40:])):
            return None
        return "pakta_integritas"
    if phrase.endswith("pernyataan"):
        return ("pakta_integritas" if _NEUTRAL.search(ctx.sentence)
                and not _RESIGNATION.search(ctx.after[:60]) else None)
    # "ikrar (netralitas ASN yang) ditandatangani": the signed thing close before, itself
    # not referred to as a rule ("melanggar pakta integritas yang ditandatangani")
    near = ctx.before[-60:]
    things = list(_SIGNED_THING.finditer(near))
    if not things:
        return None
    head = ctx.before[:len(ctx.before) - len(near) + things[-1].start()]
    return None if _PACT_REFERRED.search(head[-30:]) else "pakta_integritas"


def pledge(ctx: Context) -> str | None:
    """"dideklarasikan" is a pledge when neutrality is what is declared."""
    if not ctx.phrase.lower().endswith("kan"):
        return "ikrar"
    near = ctx.before[-60:] + ctx.after[:40]
    return "ikrar" if _NEUTRAL.search(near) or "komitmen" in near.lower() else None


def appeal(ctx: Context) -> str | None:
    """An appeal is an official's: "harus/agar ... netral" said by an observer is an opinion."""
    if ctx.phrase.lower().startswith(("harus", "wajib", "agar", "supaya", "berharap",
                                      "diharapkan", "mengharapkan", "mendorong")):
        return None if _OBSERVER.search(ctx.sentence) else "imbauan"
    return "imbauan"


_COACHING_OF = re.compile(r"\b(?:pedoman|tentang|fungsi|tugas|pejabat|kewenangan)\s+$"
                          r"|^\s*(?:dan|&)\s+pengawasan\b", re.IGNORECASE)
_OFFENCE = _words(r"melanggar", r"pelanggaran", r"terbukti", r"sanksi", r"kedapatan",
                  r"(?:tidak|tak)\s+netral", r"diduga", r"hukuman")


# an office named after the work it does: "Divisi Sosialisasi", "Bidang Penyuluhan dan ..."
_UNIT = re.compile(r"\b(?:Divisi|Bidang|Bagian|Seksi|Subbagian|Subbag|Kasubag|Kabid|Kasi|Kordiv"
                   r"|Koordinator|Direktorat|Direktur|Deputi|Biro)\s+(?:[A-Z]\w*,?\s+(?:dan\s+)?)"
                   r"{0,3}$")


# what else a briefing or a violation may be about in election news (not ASN neutrality)
_OTHER_TOPIC = re.compile(r"^\s*(?:\w+\s+){0,1}?(?:tahapan|pemilih|pendidikan\s+pemilih|pencoblosan"
                          r"|pemungutan|coklit|pendaftaran|pencalonan|logistik|daftar\s+pemilih|dpt"
                          r"|pajak|stunting|narkoba|perda|pengamanan|keamanan|anggaran|distribusi"
                          # "pengarahan dukungan/massa": directing votes, an offence
                          r"|dukungan|massa|suara)\b", re.IGNORECASE)
_OTHER_OFFENCE = re.compile(r"^\s*(?:\w+\s+){0,1}?(?:apk|alat\s+peraga|protokol\s+kesehatan|prokes"
                            r"|lalu\s+lintas|politik\s+uang|money\s+politic"
                            r"|kode\s+etik\s+penyelenggara)\b", re.IGNORECASE)


def briefing(ctx: Context) -> str | None:
    """A briefing, seminar, dialogue or coordination meeting, unless a name's word ("Divisi
    Sosialisasi") or "pembinaan" that is not a briefing: a rule's title ("pedoman pembinaan dan
    pengawasan") or the correction of an offender ("pembinaan bagi ASN yang melanggar")."""
    if ctx.phrase[:1].isupper() and _UNIT.search(ctx.before[-40:]):
        return None
    if _OTHER_TOPIC.search(ctx.after[:50]):
        return None  # "sosialisasi tahapan pemilihan": the election's own, not neutrality
    if ctx.phrase.lower() == "pembinaan" and (
            _COACHING_OF.search(ctx.before[-20:]) or _COACHING_OF.search(ctx.after[:20])
            or _OFFENCE.search(ctx.sentence)):
        return None
    return "sosialisasi"


# training of poll workers, witnesses or the election body's own staff: not on neutrality
_POLL_WORKERS = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:kpps|ppk|pps|ptps|pantarlih|saksi"
                           r"|pengawas\s+tps|petugas|badan\s+ad\s*hoc|ad\s*hoc|pemutakhiran|pungut\s+hitung"
                           r"|penghitungan|logistik|sirekap|tungsura)\b", re.IGNORECASE)


_TRAINING_BODY = re.compile(r"\b(?:pendidikan\s+dan|badan|balai|pusat|lembaga|kepala)\s+$",
                            re.IGNORECASE)
_HELD = re.compile(r"\b(?:kegiatan|acara|menggelar|mengikuti|menghadiri|membuka|digelar"
                   r"|melaksanakan|dalam|bimtek|bintek|sosialisasi\s+dan)\s+$", re.IGNORECASE)
_GROUND = re.compile(r"\b(?:lapangan|halaman|pelataran|area|pakaian|seragam|baju)\s+$",
                     re.IGNORECASE)


def assembly(ctx: Context) -> str | None:
    """An assembly held; "lapangan upacara" (a parade ground) or "pakaian upacara" is none."""
    return None if _GROUND.search(ctx.before[-15:]) else "apel"


def in_training(ctx: Context) -> str | None:
    """Training held; one of poll workers ("bimtek KPPS") is the election's own, a training
    body ("badan kepegawaian, pendidikan dan pelatihan") none, and "internalisasi" (of values)
    a training only when named as a gathering ("kegiatan internalisasi")."""
    if (_in_name(ctx) or _POLL_WORKERS.search(ctx.after[:60])
            or _TRAINING_BODY.search(ctx.before[-40:])):
        return None
    if ctx.phrase.lower() == "internalisasi" and not _HELD.search(ctx.before[-30:]):
        return None
    return "bimtek"


def aside(ctx: Context, kind: str = "") -> str | None:
    """"later" for a gathering announced with a day (kept only when the article reports no
    other), "other" for one that is not this occasion: routine, earlier, undated future, to be
    done, a candidate's (module notes); None for this occasion."""
    if _CANDIDATE_EVENT.search(ctx.after) and kind == "sosialisasi":
        return "other"
    if _THIS_ONE.search(ctx.after):
        return None
    clause = _CLAUSE.split(ctx.before)[-1]
    if _MANY.search(clause) or (
            kind == "sosialisasi" and _ALONG_THE_WAY.search(clause)
            and not (_WHEN.search(ctx.sentence) or _SAME_OCCASION.search(ctx.sentence))):
        return "other"
    if (_ROUTINE.search(ctx.before) or _FOLLOWS_FROM.search(ctx.before)
            or _MEANS.search(ctx.before) or _EARLIER.search(ctx.sentence)
            or _EARLIER_AFTER.search(ctx.after)):
        return "other"
    if ctx.phrase.lower().startswith(("me", "di")) and _TO_DO.search(
            _CLAUSE.split(ctx.before)[-1]):
        return "other"
    if _LATER.search(_CLAUSE.split(ctx.before)[-1]):
        return "later" if _WHEN.search(ctx.sentence) else "other"  # undated: no occasion yet
    return None
