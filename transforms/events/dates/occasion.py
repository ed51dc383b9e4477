"""Whether a date an article mentions may be an occasion's, from the words before it.

Part of the event-date chooser (transforms/events/dates/choice.py). The occasion's date is
wanted, so these kinds of date are never chosen, judged by the words just before them
in their sentence:

* dates of the election calendar: an election word, then only linking words, then the date
  ("Pilkada serentak 9 Desember", "pemungutan suara pada 27 November mendatang", "hari H
  tanggal 27 November", "masa kampanye dari tanggal 23 Oktober");
* dates of numbered documents ("Surat ... Nomor B/71/2017 tanggal 27 Desember 2017", "Nomor
  B 12/KASN/2024 tanggal ..."), of documents signed after their number or subject ("SE
  Nomor ... tentang ..., yang ditandatangani tanggal ...") and of documents issued ("surat
  edaran yang diterbitkan pada ..."), unless the lead reports the issuing itself ("Pj Bupati
  menerbitkan surat edaran ...") and the document is not cited, anywhere in its sentence, as
  the basis of another ("berdasarkan SE ... tanggal ...");
* dates of earlier occasions recalled in passing ("sebelumnya pada 4 Juli 2024", "sejak
  ditunjuk pada 11 Agustus", "terhitung 24 November"), and any date more than
  ``BACKGROUND_DAYS`` before the page's own (news reports recent occasions);
* a coming nationwide voting day however it is introduced ("ASN diminta netral hingga 27
  November 2024");
* the date of what did not take place ("seharusnya diklarifikasi pada Jumat, namun yang
  bersangkutan tidak hadir", "namun belum hadir pada Jumat").

The outlet's access date of a web page it quotes ("dikutip dari laman resmi ..., Rabu"), the
day it received a release about a gathering ("kata Ani dalam bimtek ..., sebagaimana rilis
yang diterima Warta Kota, Senin"), the day a broadcaster aired its source ("Seperti
ditayangkan Kabar Pagi, Senin") and the scene of a breach (a campaign team's gathering,
"pelanggaran itu terjadi pada ...") are no occasion's either.
"""

from __future__ import annotations

import re

from transforms.events.dates.calendar import (
    CALENDAR,
    CALENDAR_STEP,
    DAY_SPAN,
    ELECTION_WORD,
    HELD_ON,
    SPAN_ENDS,
    SPAN_GOES_ON,
    STEP_WORD,
    WEEKDAY_SPAN,
    is_voting_day,
    voting_day,
)
from transforms.events.dates.documents import BASIS, ISSUED, issued_here, issuing_lead
from transforms.events.dates.lead import lead_span
from transforms.events.dates.results import EventDate, Rejected

__all__ = ["BACKGROUND_DAYS", "GATHERING", "SENTENCE_BREAK", "STATEMENT", "WINDOW",
           "occasion_date", "step_span"]

_WEEKDAY_FIRST = re.compile(r"(?:senin|senen|selasa|rabu|rebo|kamis|kemis|jum|sabtu|saptu|minggu"
                            r"|ahad)", re.IGNORECASE)
# A numbered document's date: "Nomor B/12/M.XX.01/2023 tanggal 3 Maret 2023" (a space may part
# a number of slashes: "Nomor B-104/PM.00.01/K.Kn 08/0824 tanggal ..."); not a ballot
# number ("paslon nomor 1", "nomor urut 2"), nor a word that only starts with "no" (a name
# closing a statement: "kata Novita, Rabu (6/11)").
_DOCUMENT = re.compile(
    r"(?:(?<!\w)(?<!paslon\s)(?<!calon\s)(?<!pasangan\s)(?:nomor|no\.?)(?![^\W\d_])(?!\s+urut)\s*:?\s*(?:[a-z]{1,3}\s+(?=\S*/))?"
    r"(?:[\w.-]*/[\w./-]*(?:\s+[\w.-]*/[\w./-]*){0,2}|[\w./-]+)(?:\s+tahun\s+\d{4})?\s*,?"
    r"\s*(?:tanggal|tertanggal|tgl\.?|pada)?|(?<!\w)tertanggal)\s*$",
    re.IGNORECASE,
)
# A law or regulation (not a letter) cited by its number and year, then a comma, with no dating
# word before a weekday's date ("dengan Undang-Undang nomor 7 tahun 2017, Senin (12/12/2022)"):
# the occasion's day closing the sentence, not the law's (a document is dated "tanggal ...").
_LAW_CITED = re.compile(r"(?<!\w)(?:undang-undang|uu|peraturan\s+(?:pemerintah|presiden|daerah)|pp"
                        r"|perpres|perda|pkpu|perbawaslu|permen\w*)\s+(?:[\w-]+\s+)?(?:nomor|no\.?)"
                        r"\s*:?\s*[\w./-]+\s+tahun\s+\d{4}\s*,\s*$", re.IGNORECASE)
# "Sebelumnya, ..." marks its whole sentence; the other words their clause.
_RECALLED_SENTENCE = re.compile(
    r"(?<!\w)(?:sebelumnya|sebelum\s+itu|kala\s+itu|waktu\s+itu|ketika\s+itu)(?!\w)",
    re.IGNORECASE)
# A sentence opened with "Apalagi" or "Terlebih" with a date told as past ("Apalagi, 26 Agustus
# 2024 lalu, Bawaslu sudah menyampaikan surat edaran"): a fact added in passing, not the
# occasion (not "Terlebih kini sudah masuk masa ...": the present stage; "lalu" after a time,
# not the "lalu" of "then").
_MOREOVER_PAST = re.compile(r"(?:apalagi|terlebih(?:\s+lagi)?)\b[^.\n]*?(?:\b(?:\d{4}|\d{1,2}"
                            r"(?:\s+[a-z]+)?|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?lalu"
                            r"|\bsilam)\b", re.IGNORECASE)
# A document's date told after its number or subject: "Surat Edaran Nomor: 200/1140/2023 tentang
# Netralitas ASN ..., yang ditandatangani tanggal ...", "SE itu diteken pada ...". Not a
# statement or pact signed at an occasion ("surat pernyataan", "pakta integritas").
_SIGNED_DOCUMENT = re.compile(
    r"(?<!\w)(?:surat\s+edaran|edaran|se|surat\s+keputusan|keputusan|sk|instruksi|peraturan"
    r"|perbup|perwali|pergub|nomor)(?!\w)(?:(?!pernyataan|pakta|ikrar|deklarasi)(?:[^.\n]|\.(?=\S))){0,200}?"
    r"(?<!\w)(?:ditandatangani|diteken|ditetapkan)\s+(?:pada\s+)?(?:tanggal\s+|tgl\.?\s*)?$",
    re.IGNORECASE)
# An earlier occasion recalled inside a clause: an appointment or a document's issue ("sejak
# dilantik pada ...", "surat edaran yang diterbitkan pada ..."), or what once happened
# ("Bawaslu pernah/sempat memanggil ... pada ..."), or when a term or rule takes effect
# ("kenaikan pangkat periode 1 Oktober", "TMT 1 Maret", "berlaku mulai 1 Januari").
_RECALLED = re.compile(
    r"(?<!\w)(?:ditunjuk|dilantik|diangkat|terhitung|menjabat|diterbitkan|dikeluarkan"
    r"|diedarkan|pernah|sempat|sebelum\s+ini)(?!\w)"
    # a term or rule's start: linked to the date ("berlaku mulai 1 Januari", "TMT 1 Maret"),
    # not a rule merely named before a saying's date ("mematuhi aturan yang berlaku, Rabu")
    r"|(?<!\w)(?:periode|tmt|berlaku|efektif)(?:\s+(?:mulai|sejak|pada|per|tanggal|tgl\.?"
    r"|terhitung|hari))*\s*$",
    re.IGNORECASE,
)
# The day the outlet read a web page it quotes ("dikutip dari laman resmi Pemprov, Rabu (9/10)",
# "Mengutip situs Bawaslu, Senin ...", "dalam keterangannya dikutip Sabtu, 9 November"): no
# occasion's. A source that is a report or a person ("dikutip dari siaran pers", "mengutip
# Antara") may date the statement itself, so only a page or no source at all counts.
_ACCESSED = re.compile(
    r"(?<!\w)(?:dikutip|mengutip|dilansir|melansir|diakses|mengakses)(?!\w)(?:[^.;]{0,80}?"
    r"(?<!\w)(?:laman|halaman|situs|website|web|portal|akun|kanal|unggahan|postingan"
    r"|instagram|facebook|youtube|tiktok|twitter|medsos|media\s+sosial)(?!\w)[^.;]{0,60}?)?"
    r"(?:\s*,?\s*(?:pada|hari|tanggal)(?!\w))*\s*,?\s*$",
    re.IGNORECASE)
# The day a broadcaster aired what the outlet reports, cited as its source ("Seperti ditayangkan
# Kabar Pagi, Senin (4/3)", "sebagaimana tayang di program Sore Ini, Rabu"): the airing's date,
# not an occasion's. A statement made in a broadcast ("ujarnya dalam siaran yang ditayangkan
# di kanal YouTube Bawaslu, Selasa") is dated by it.
_AIRED = re.compile(r"(?<!\w)(?:seperti|sebagaimana)\s+(?:di)?tayang(?:kan)?(?!\w)[^.;]{0,60}?,?"
                    r"\s*$", re.IGNORECASE)
# The scene of a breach: a gathering of a candidate's campaign team, or the breach committed
# or happening ("kegiatan internal tim pemenangan ... pada Senin, 7 Oktober", "pelanggaran itu
# terjadi pada ..."): an earlier occasion, not the finding or statement the article reports.
# The noun only: the verb ("yang melanggar etik") describes the people an occasion is about
# ("rapat sanksi bagi ASN yang melanggar etik itu berlangsung pada ...").
# A party's or candidate's gathering an official went to ("hadir di acara Partai X pada ...",
# "kunjungan caleg ke sekolah pada ...") is such a scene too.
_PARTIES = (r"partai|parpol|pdi(?:-?p)?|golkar|gerindra|nasdem|pkb|pks|pan|demokrat|ppp|hanura"
            r"|perindo|psi|pbb|gelora|ummat|garuda|berkarya")
_BREACH = re.compile(
    # the team as a report's agent ("dilaporkan oleh tim pemenangan ... pada Sabtu") is not
    # the scene of a breach
    r"(?<!\w)(?<!oleh\s)(?:tim\s+(?:pemenangan|sukses|kampanye)|timses|relawan\s+(?:paslon|pasangan|calon)"
    r"|pelanggaran(?:\s+\w+){0,4}?\s+(?:dilakukan|terjadi|berlangsung)"
    r"|(?:acara|kegiatan|pertemuan|kunjungan|konsolidasi|silaturahmi|silaturahim)"
    rf"(?:\s+\w+){{0,2}}?\s+(?:{_PARTIES}|caleg|calon|paslon|kandidat|bacalon|bakal\s+calon)"
    # a candidate's campaign attended: "diduga menghadiri kampanye salah satu calon ... pada"
    r"|(?:menghadiri|mengikuti|ikut|hadir|terlibat)(?:\s+\w+){0,2}?\s+kampanye(?:\s+\w+){0,3}?"
    r"\s+(?:calon|paslon|pasangan|kandidat|caleg|capres|cagub|cabup|cawalkot))"
    r"(?!\w)",
    re.IGNORECASE)
# The kinds of gathering a statement may be made at.
GATHERING = re.compile(
    r"(?<!\w)(?:apel|upacara|sosialisasi|rapat|rakor|rakornas|rakorda|deklarasi|ikrar|pakta"
    r"|bimtek|bintek|pelatihan|diklat|seminar|lokakarya|workshop|dialog|diskusi|pertemuan"
    r"|kunjungan|konferensi\s+pers|jumpa\s+pers|silaturahmi|silaturahim|coffee\s+morning|fgd"
    r"|sidak|patroli|penandatanganan|sarasehan|talk\s?show|webinar|raker|rakernas|rakerda"
    r"|rakorsus|musyawarah|audiensi|pembinaan|pengarahan|penyuluhan|bimbingan\s+teknis|forum"
    r"|sidang|pleno|konsolidasi|peluncuran|launching|pencanangan|halalbihalal|halal\s+bihalal"
    r"|rembuk|simulasi|gladi|ekspose|konsultasi|asistensi|monev|evaluasi)(?!\w)",
    re.IGNORECASE,
)
# The day an outlet received a press release ("..., seperti rilis yang diterima Warta Kota,
# Senin (3/6)") after the sentence ties the saying to a gathering ("kata Ani dalam sosialisasi
# ..."): the release reports that gathering, held on a day it does not give. A release that
# is the statement itself ("ujarnya melalui siaran pers yang diterima X, Jumat") is dated by it.
_RELEASE_RECEIVED = re.compile(
    r"(?<!\w)(?:siaran\s+pers|rilis|press\s+release)(?:nya)?(?:\s+(?:resmi|tertulis))?"
    r"\s+(?:yang\s+)?diterima(?!\w)[^.;,()]{0,40}?,?\s*$", re.IGNORECASE)
_SAID_AT = re.compile(r"(?<!\w)(?:dalam|saat|ketika|di\s+sela(?:-sela)?)\s+(?:(?:acara|kegiatan"
                      r"|agenda)\s+)?" + GATHERING.pattern, re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019']?\s")  # a quote may close it: ."
# A statement reported with its speaker: "kata", "ujarnya", "menegaskan", "dalam sambutannya".
STATEMENT = re.compile(
    r"(?<!\w)(?:(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|terang|sebut|tambah|imbuh|papar"
    r"|pungkas|tandas|pesan|harap)(?:kan)?(?:nya)?|(?:sampai|ingat)kan(?:nya)?"
    # the other saying words an outlet closes a quote with ("lanjutnya", "bebernya", "tukasnya")
    r"|(?:lanjut|beber|tukas|sambung|cetus|urai|tutup|jawab|timpal|kilah|seru|aku|ancam"
    r"|kecam|sindir|tuding)nya"
    # and the same words bare before the speaker's name ("urai Rahmat", "beber Sinta", "aku
    # Wahid": admitted)
    r"|(?:lanjut|beber|tukas|sambung|cetus|urai|timpal|kilah|aku)(?=[^\S\n]+(?-i:[A-Z][a-z]))"
    r"|men(?:gatakan|yatakan|gungkapkan|jelaskan|egaskan|erangkan|yebut(?:kan)?|ambahkan"
    r"|uturkan|gucapkan|yampaikan|gingatkan|gimbau|ghimbau|ekankan|gajak|andaskan|guraikan"
    r"|gemukakan|ginstruksikan)|membeberkan"
    r"|memaparkan|meminta(?!\s+(?:klarifikasi|keterangan|penjelasan|konfirmasi|data|bukti"
    r"|dokumen|berkas))|ber(?:pesan|harap)"
    r"|di(?:sampaikan|ungkapkan|tegaskan|jelaskan|katakan|sebutkan|ingatkan)"
    r"|dalam\s+(?:sambutan|arahan|keterangan|amanat)(?:nya)?"
    r"|saat\s+(?:ditemui|dikonfirmasi|dihubungi|diwawancarai))(?!\w)",
    re.IGNORECASE,
)
# The day a time limit is counted from ("ditangani selama lima hari sejak tanggal 16 Mei", "paling
# lama 14 hari kerja sejak", "tujuh hari terhitung sejak"): a case's procedure, not its occasion.
_COUNTED_FROM = re.compile(
    r"(?<!\w)(?:hari|pekan|minggu|bulan)(?:\s+kerja)?\s+(?:terhitung\s+)?(?:sejak|semenjak"
    r"|dari)(?:\s+(?:tanggal|tgl\.?))?\s*$", re.IGNORECASE)
# A gathering about a step of the calendar ("rakor persiapan PSU, Selasa (22/7)", "simulasi
# pemungutan suara, Rabu (6/11)", "bimtek tahapan pencoblosan pada ..."): the date is the
# gathering's, not the step's; nor a middle day of a step named as when something happened ("Di
# hari kedua pendaftaran bakal pasangan calon (28/8/2024), Bawaslu ..."): that day's
_ABOUT_THE_VOTE = re.compile(
    r"(?<!\w)(?:rakor|rapat(?:\s+koordinasi)?|simulasi|sosialisasi|bimtek|bintek|pelatihan"
    r"|evaluasi|persiapan|apel|gladi(?:\s+bersih)?|pembinaan|workshop"
    r"|lokakarya|seminar|diskusi|fgd"
    # (a middle day: a step's first and last are its schedule, "pada hari terakhir masa
    # kampanye, 23 November 2024, APK wajib dicopot")
    r"|(?:di\s*|pada\s+)hari\s+(?:kedua|ketiga|keempat|kelima))"
    r"(?:\s+\w+){0,2}?\s*$", re.IGNORECASE)
# A step of the election calendar named right after its date ("24-26 Juni adalah masa tenang",
# "27 November merupakan hari pemungutan suara", "Senin (25/11) memasuki masa tenang",
# "22 September besok penetapan pasangan calon, 23 September pengundian nomor urut").
_CALENDAR_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:adalah|merupakan|ialah|yakni|yaitu|sebagai|menjadi|memasuki"
    r"|dimulainya|dimulai|mulai)[^\S\n]+)?(?:(?:besok|nanti|lusa|akan[^\S\n]+(?:dilakukan"
    r"|dilaksanakan|digelar|diadakan|berlangsung))[^\S\n]+)?(?:masa[^\S\n]+"
    r"(?:tenang|kampanye)|hari[^\S\n]+(?:tenang|pemungutan|pencoblosan|h)|jadwal[^\S\n]+"
    r"(?:pemungutan|pencoblosan|kampanye)|penetapan[^\S\n]+(?:pasangan|paslon|calon|dpt"
    r"|daftar)|pengundian|pencoblosan|pemungutan[^\S\n]+suara"
    # "mulai 28 November 2023 telah dijadwalkan berbagai kampanye ...": the campaign's schedule
    # (not a gathering scheduled on it: "dijadwalkan rapat evaluasi kampanye")
    r"|(?:(?:telah|sudah)[^\S\n]+)?dijadwalkan[^\S\n]+(?:(?:berbagai|tahapan|masa|jadwal)"
    r"[^\S\n]+)?kampanye)(?!\w)",
    re.IGNORECASE)
# A day by which something must be done, the rule's ("24 Agustus 2024 sudah harus mengundurkan
# diri"): no occasion's (not a gathering's day it must be attended on: "..., wajib diikuti").
_MUST_BY = re.compile(r"[^\S\n]*,?[^\S\n]*(?:sudah[^\S\n]+(?:harus|wajib|mesti)|(?:harus|wajib"
                      r"|mesti)[^\S\n]+sudah)(?!\w)", re.IGNORECASE)
# A date of what did not take place: what was due on it ("seharusnya", "dijadwalkan") and, later
# in the sentence, that it did not happen ("namun yang bersangkutan tidak hadir", "tetapi
# ditunda"); or the date right after a contrast saying so ("namun belum hadir pada Jumat").
_DUE = re.compile(r"(?<!\w)(?:seharusnya|semestinya|mestinya|sedianya|dijadwalkan)(?!\w)",
                  re.IGNORECASE)
_UNMET = re.compile(r"[^.!?\n]{0,80}?(?<!\w)(?:namun|tetapi|tapi|sayangnya)(?!\w)[^.!?\n]{0,80}?"
                    r"(?<!\w)(?:tidak|tak|belum|batal|urung|gagal|ditunda|diundur)(?!\w)",
                    re.IGNORECASE)
_NOT_HELD = re.compile(r"(?<!\w)(?:namun|tetapi|tapi)\s+(?:\w+\s+){0,3}?(?:tidak|tak|belum|batal)"
                       r"\s+(?:hadir|datang|dilaksanakan|digelar|terlaksana)(?:\s+(?:di|pada|hari))?"
                       r"\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?][\"\u201d\u2019']?\s")
# News reports recent occasions: a date this many days before the page's own date is an earlier
# occasion recalled in passing ("pada Pilkada 2020 lalu ... 10 November 2020").
BACKGROUND_DAYS = 90
WINDOW = 120  # characters before a date that are read


def occasion_date(text: str, found: EventDate | Rejected) -> bool:
    """Whether a date found in ``text`` may be an occasion's (see the module notes)."""
    if isinstance(found, EventDate) and (voting_day(found) or (
            found.days_before is not None and found.days_before > BACKGROUND_DAYS)):
        return False
    if found.span is None:
        return True
    start = found.span[0]
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - WINDOW):start].rstrip()
    if isinstance(found, EventDate) and is_voting_day(found.value) and (
            ELECTION_WORD.search(before) or ELECTION_WORD.search(found.sentence or "")):
        return False  # the vote itself, however it is introduced ("Pilkada ... pada Rabu, 27 ...")
    calendar = (CALENDAR_STEP if _WEEKDAY_FIRST.match(found.raw)
                and not WEEKDAY_SPAN.match(found.raw) else CALENDAR).search(before)
    if (calendar and not _ABOUT_THE_VOTE.search(before, max(0, calendar.start() - 40),
                                                calendar.start())) or \
            _CALENDAR_AFTER.match(text, found.span[1]) or _MUST_BY.match(text, found.span[1]):
        return False
    told = SENTENCE_BREAK.split(text[line_start:start])[-1]  # the sentence up to the date
    if "akan" in before and HELD_ON.search(before) and not GATHERING.search(told):
        return False  # "Pilkada di tujuh kabupaten akan digelar pada ...": the election's
    cited_law = _WEEKDAY_FIRST.match(found.raw) and _LAW_CITED.search(before)
    if (_DOCUMENT.search(before) and not cited_law or _SIGNED_DOCUMENT.search(told)) and not (
            (issuing_lead(text) or issued_here(told)) and not BASIS.search(told)):
        return False  # a document's date, unless it is the issuing the lead or its sentence
        #               reports ("Bupati menerbitkan SE nomor ... tanggal 7 Februari 2024")
    if _ACCESSED.search(SENTENCE_BREAK.split(before)[-1]):
        return False  # when the outlet read its source: "dikutip dari laman resmi ..., Rabu"
    if "tayang" in told and _AIRED.search(told):
        return False  # "Seperti ditayangkan <program>, Sabtu (2/3)": the broadcast's day
    if "terima" in told and (received := _RELEASE_RECEIVED.search(told)) and _SAID_AT.search(
            told, 0, received.start()):
        return False  # the day a release about a gathering reached the outlet
    opening = found.sentence.lstrip("\"\u201c'(- ") if found.sentence else ""
    if _recalled_unquoted(SENTENCE_BREAK.split(before)[-1]) or (
            opening and (_RECALLED_SENTENCE.match(opening) or _MOREOVER_PAST.match(opening))):
        return False  # "Sebelumnya, ...": the whole sentence, however long before the date
    clause = _CLAUSE_BREAK.split(before)[-1]
    if _BREACH.search(clause) or _COUNTED_FROM.search(clause) or _NAMED_AFTER.search(before):
        return False
    if ("amun" in before or "tapi" in before) and _NOT_HELD.search(before) or _DUE.search(
            clause) and _UNMET.match(text, found.span[1]):
        return False  # "namun belum hadir pada Jumat", "seharusnya ... Jumat, namun tidak hadir"
    recalled = _RECALLED.search(clause)
    if recalled is not None and clause.endswith(","):
        # the recalled word's offset in told (the sentence up to the date)
        at = max(line_start, start - WINDOW) + len(before) - len(clause) + recalled.start() \
            - start + len(told)
        if at > 0 and STATEMENT.search(told, 0, at):
            return True  # "..., ujar Ani, yang ditunjuk sebagai ketua tim, Kamis (3/10)": an
            # aside about the speaker after the saying; the date set off by a comma is its
    return recalled is None or (recalled.group().lower() in ISSUED and issuing_lead(text)) or (
        _OFFICE_TAKEN.search(clause, 0, recalled.start()) is not None
        and recalled.group().lower() in ("menjabat", "dilantik") and _in_lead(text, start))


# "X resmi menjabat sebagai Pj Bupati, Selasa 16 Januari 2024" in the lead paragraph: the
# swearing-in the article reports, not a term recalled
# (not told aside of its subject: "Rudi, yang resmi dilantik ..., Senin 15 Januari")
_OFFICE_TAKEN = re.compile(r"(?<!\w)(?<!yang\s)resmi\s+$", re.IGNORECASE)


def _in_lead(text: str, start: int) -> bool:
    lead = lead_span(text)
    return lead is not None and lead[0] <= start < lead[1]


def step_span(text: str, found: EventDate | Rejected) -> bool:
    """Whether a span of days (or its first or last day, each written as a date) is a step's
    schedule: a step of the calendar named before it in its sentence, words of any kind
    between, no gathering named there (calendar.STEP_WORD). Never the event date; unlike
    ``occasion_date``'s refusals it may still date a weekday alone that falls on its first
    day ("..., kini sudah memasuki masa X, 4-6 Mei," kata Ani, Senin.): the choice module
    decides."""
    if not isinstance(found, EventDate) or found.span is None:
        return False
    start = found.span[0]
    if not (DAY_SPAN.search(found.raw) or SPAN_GOES_ON.match(text, found.span[1])
            or SPAN_ENDS.search(text, max(0, start - 40), start)
            and not _WEEKDAY_FIRST.match(found.raw)):
        return False  # one day, neither the first nor the last of a span (a weekday written
        #               with the last: "sejak 25 September sampai Rabu (20/11)", a count's day)
    told = SENTENCE_BREAK.split(text[text.rfind("\n", 0, start) + 1:start])[-1]
    return STEP_WORD.search(told) is not None and GATHERING.search(told) is None


# A place named after a day written right before the date, no linking word between ("di
# Lapangan 17 Agustus", "Jalan 1 Maret", "Taman 10 November"): the venue, not a date.
_NAMED_AFTER = re.compile(
    r"(?<![\w-])(?:alun-alun|lapangan|jalan|jl\.?|jln\.?|taman|tugu|monumen|stadion|gedung"
    r"|simpang|bundaran|gelanggang|wisma|pasar|perumahan|kompleks|komplek)$", re.IGNORECASE)


# A quote closed and attributed before the date ("... di Pemilu sebelumnya ada camat yang
# disanksi," katanya, Senin ...): a word of the quote dates nothing, the date is the saying's.
_QUOTE_SAID = re.compile(r"[\"\u201d]\s*,?\s*(?:" + STATEMENT.pattern + r")", re.IGNORECASE)


def _recalled_unquoted(sentence: str) -> bool:
    """"Sebelumnya" and its like mark the sentence, unless they stand in a quote it reports."""
    recalled = _RECALLED_SENTENCE.search(sentence)
    return recalled is not None and _QUOTE_SAID.search(sentence, recalled.end()) is None
