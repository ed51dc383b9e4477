"""Choose the event date of an article among the dates its body mentions.

Part of the event-date reader (transforms/events/dates.py finds the mentions). The occasion's
date is wanted, so three kinds of date are never chosen, judged by the words just before them
in their sentence:

* dates of the election calendar: an election word, then only linking words, then the date
  ("Pilkada serentak 9 Desember", "pemungutan suara pada 27 November mendatang", "hari H
  tanggal 27 November", "masa kampanye dari tanggal 23 Oktober");
* dates of numbered documents ("Surat ... Nomor B/71/2017 tanggal 27 Desember 2017"), and
  of documents issued ("surat edaran yang diterbitkan pada ..."), unless the lead reports the
  issuing itself ("Pj Bupati menerbitkan surat edaran ...") and the document is not cited as
  the basis of another ("berdasarkan SE ... tanggal ...");
* dates of earlier occasions recalled in passing ("sebelumnya pada 4 Juli 2024", "sejak
  ditunjuk pada 11 Agustus", "terhitung 24 November"), and any date more than
  ``BACKGROUND_DAYS`` before the page's own (news reports recent occasions);
* a coming nationwide voting day however it is introduced ("ASN diminta netral hingga 27
  November 2024").

An article that leads with a statement and gives no date in that first paragraph reports a
statement made at no stated time: a later date is its date only when its sentence ties back
to it (the statement's verb, "Hal itu ...", "Kegiatan tersebut ...", "berlangsung"); the other
dates are of other occasions, and the event date stays unknown.

Among the rest, page furniture (a byline line, "14 Oktober 2024 | 17:55 WIB", a short line
opening with a date and its time, a "Baca juga"
line, the list of other articles under "Berita Terkait"), the end of a span of time (a deadline
"paling lambat ...", "hingga Rabu (9/10)", a range's last day) and announced dates count only
when nothing else is left. Then:

* when the first date (in text order) is a weekday alone in the lead or in a statement
  ("..., kata Ani di Padang, Selasa."), that is the occasion's day: a fuller date of the same
  day completes it, a date of another day is another occasion and is not taken;
* else explicit dates before weekdays before relative words, the latest explicit date (an
  article reports its occasion and recalls earlier ones), else the first in the text.

A weekday alone that could not be resolved (no publication date) competes like a resolved
one, and a week or a month without a day ("pekan lalu", "dua minggu lalu") like a relative word:
when one of them wins, the event date is unknown and its raw words are kept.
"""

from __future__ import annotations

import re

from transforms.events.date_calendar import (
    CALENDAR,
    CALENDAR_STEP,
    ELECTION_WORD,
    is_voting_day,
    latest_election,
    voting_day,
)
from transforms.events.date_furniture import deadline, furniture, tally_cut_off
from transforms.events.date_reading import (
    NO_PUBLICATION,
    VAGUE,
    EventDate,
    Rejected,
    weekday_index,
)
from transforms.events.date_shapes import (
    EXPLICIT,
    METHOD_TIER,
    RELATIVE_TIER,
    WEEKDAY_NOISE,
    WEEKDAY_TIER,
)
from transforms.events.page_links import tail_start

__all__ = ["BACKGROUND_DAYS", "choose_event_date", "occasion_date"]

_WEEKDAY_FIRST = re.compile(r"(?:senin|senen|selasa|rabu|rebo|kamis|kemis|jum|sabtu|saptu|minggu"
                            r"|ahad)", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(
    rf"(?:senin|selasa|rabu|kamis|jum[{WEEKDAY_NOISE}]?a?at|sabtu|minggu|ahad)(?!\w)",
    re.IGNORECASE)
# A numbered document's date: "Nomor B/12/M.XX.01/2023 tanggal 3 Maret 2023".
_DOCUMENT = re.compile(
    r"(?:(?<!\w)(?:nomor|no\.?)\s*:?\s*[\w./-]+(?:\s+tahun\s+\d{4})?\s*,?"
    r"\s*(?:tanggal|tertanggal|tgl\.?|pada)?|(?<!\w)tertanggal)\s*$",
    re.IGNORECASE,
)
# "Sebelumnya, ..." marks its whole sentence; the other words their clause.
_RECALLED_SENTENCE = re.compile(
    r"(?<!\w)(?:sebelumnya|sebelum\s+itu|kala\s+itu|waktu\s+itu|ketika\s+itu)(?!\w)",
    re.IGNORECASE)
# An earlier occasion recalled inside a clause: an appointment or a document's issue ("sejak
# dilantik pada ...", "surat edaran yang diterbitkan pada ..."), or what once happened
# ("Bawaslu pernah/sempat memanggil ... pada ..."), or when a term or rule takes effect
# ("kenaikan pangkat periode 1 Oktober", "TMT 1 Maret", "berlaku mulai 1 Januari").
_RECALLED = re.compile(
    r"(?<!\w)(?:ditunjuk|dilantik|diangkat|terhitung|menjabat|diterbitkan|dikeluarkan"
    r"|diedarkan|pernah|sempat|sebelum\s+ini|periode|tmt|berlaku|efektif)(?!\w)",
    re.IGNORECASE,
)
# The day the outlet read a web page it quotes ("dikutip dari laman resmi Pemprov, Rabu (9/10)",
# "Mengutip situs Bawaslu, Senin ...", "dalam keterangannya dikutip Minggu, 24 November"): no
# occasion's. A source that is a report or a person ("dikutip dari siaran pers", "mengutip
# Antara") may date the statement itself, so only a page or no source at all counts.
_ACCESSED = re.compile(
    r"(?<!\w)(?:dikutip|mengutip|dilansir|melansir|diakses|mengakses)(?!\w)(?:[^.;]{0,80}?"
    r"(?<!\w)(?:laman|situs|website|web|portal|akun|kanal|unggahan|postingan)(?!\w)[^.;]{0,60}?)?"
    r"(?:\s*,?\s*(?:pada|hari|tanggal)(?!\w))*\s*,?\s*$",
    re.IGNORECASE)
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
    r"(?<!\w)(?:tim\s+(?:pemenangan|sukses|kampanye)|timses|relawan\s+(?:paslon|pasangan|calon)"
    r"|pelanggaran(?:\s+\w+){0,4}?\s+(?:dilakukan|terjadi|berlangsung)"
    r"|(?:acara|kegiatan|pertemuan|kunjungan|konsolidasi|silaturahmi|silaturahim)"
    rf"(?:\s+\w+){{0,2}}?\s+(?:{_PARTIES}|caleg|calon|paslon|kandidat|bacalon|bakal\s+calon))"
    r"(?!\w)",
    re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019']?\s")  # a quote may close it: ."
# A statement reported with its speaker: "kata", "ujarnya", "menegaskan", "dalam sambutannya".
_STATEMENT = re.compile(
    r"(?<!\w)(?:(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|terang|sebut|tambah|imbuh|papar"
    r"|pungkas|tandas|pesan|harap)(?:kan)?(?:nya)?|(?:sampai|ingat)kan(?:nya)?"
    r"|men(?:gatakan|yatakan|gungkapkan|jelaskan|egaskan|erangkan|yebut(?:kan)?|ambahkan"
    r"|uturkan|gucapkan|yampaikan|gingatkan|gimbau|ghimbau|ekankan|gajak)"
    r"|memaparkan|meminta(?!\s+(?:klarifikasi|keterangan|penjelasan|konfirmasi|data|bukti"
    r"|dokumen|berkas))|ber(?:pesan|harap)"
    r"|di(?:sampaikan|ungkapkan|tegaskan|jelaskan|katakan|sebutkan|ingatkan)"
    r"|dalam\s+(?:sambutan|arahan|keterangan|amanat)(?:nya)?"
    r"|saat\s+(?:ditemui|dikonfirmasi|dihubungi|diwawancarai))(?!\w)",
    re.IGNORECASE,
)
# What ties a later sentence to the lead's occasion: its statement, a reference back to it
# ("Hal itu ...", "Kegiatan tersebut ...", "Sikap itu dibacakan ...", "Untuk itu, Bawaslu
# menggelar ..."), or the occasion held ("berlangsung di ...").
_TIED = re.compile(
    _STATEMENT.pattern
    + r"|(?<!\w)(?:(?:hal|kegiatan|acara|pernyataan|imbauan|himbauan|arahan|penegasan|sikap"
    r"|komitmen|ikrar|deklarasi|janji|tekad|pesan|ajakan|peringatan|instruksi|seruan|langkah"
    r"|upaya)\s+(?:ini|itu|tersebut)|(?:untuk|oleh\s+karena|karena)\s+itu|digelar|berlangsung|dilaksanakan|diselenggarakan|diadakan"
    r"|dilangsungkan|bertempat"
    # the speaker met or reached ("Menurut Eka, Senin (7/10), ...", "Ditemui di ruang kerjanya")
    r"|menurut(?:nya)?|(?:ber)?bicara|membenarkan|ditemui|dikonfirmasi|dihubungi|diwawancarai"
    r"|wawancara"  # "Berikut wawancara ... bersama Ketua Bawaslu ..., Senin (30/9)"
    r"|kepada\s+(?:wartawan|awak\s+media|media|pers)|keterangan\s+(?:tertulis|pers|resmi)"
    r"|(?:siaran|konferensi|jumpa|rilis)\s+pers)(?!\w)",
    re.IGNORECASE,
)
# The kinds of gathering a statement may be made at.
_GATHERING = re.compile(
    r"(?<!\w)(?:apel|upacara|sosialisasi|rapat|rakor|rakornas|rakorda|deklarasi|ikrar|pakta"
    r"|bimtek|bintek|pelatihan|diklat|seminar|lokakarya|workshop|dialog|diskusi|pertemuan"
    r"|kunjungan|konferensi\s+pers|jumpa\s+pers|silaturahmi|coffee\s+morning|fgd|sidak"
    r"|patroli)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?][\"\u201d\u2019']?\s")
# News reports recent occasions: a date this many days before the page's own date is an earlier
# occasion recalled in passing ("pada Pilkada 2020 lalu ... 10 November 2020").
BACKGROUND_DAYS = 90
_WINDOW = 120  # characters before a date that are read


def occasion_date(text: str, found: EventDate | Rejected) -> bool:
    """Whether a date found in ``text`` may be an occasion's (see the module notes)."""
    if isinstance(found, EventDate) and (voting_day(found) or (
            found.days_before is not None and found.days_before > BACKGROUND_DAYS)):
        return False
    if found.span is None:
        return True
    start = found.span[0]
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _WINDOW):start].rstrip()
    if isinstance(found, EventDate) and is_voting_day(found.value) and (
            ELECTION_WORD.search(before) or ELECTION_WORD.search(found.sentence or "")):
        return False  # the vote itself, however it is introduced ("Pilkada ... pada Rabu, 27 ...")
    calendar = CALENDAR_STEP if _WEEKDAY_FIRST.match(found.raw) else CALENDAR
    if calendar.search(before):
        return False
    if _DOCUMENT.search(before) and not (
            _issuing_lead(text) and not _BASIS.search(_SENTENCE_BREAK.split(before)[-1])):
        return False  # a document's date, unless it is the issuing the lead reports
    if _ACCESSED.search(_SENTENCE_BREAK.split(before)[-1]):
        return False  # when the outlet read its source: "dikutip dari laman resmi ..., Rabu"
    if _recalled_unquoted(_SENTENCE_BREAK.split(before)[-1]) or (
            found.sentence and _RECALLED_SENTENCE.match(found.sentence.lstrip("\"\u201c'(- "))):
        return False  # "Sebelumnya, ...": the whole sentence, however long before the date
    clause = _CLAUSE_BREAK.split(before)[-1]
    if _BREACH.search(clause):
        return False
    recalled = _RECALLED.search(clause)
    return recalled is None or (recalled.group().lower() in _ISSUED and _issuing_lead(text))


# A quote closed and attributed before the date ("... di Pemilu sebelumnya ada camat yang
# disanksi," katanya, Senin ...): a word of the quote dates nothing, the date is the saying's.
_QUOTE_SAID = re.compile(r"[\"\u201d]\s*,?\s*(?:" + _STATEMENT.pattern + r")", re.IGNORECASE)


def _recalled_unquoted(sentence: str) -> bool:
    """"Sebelumnya" and its like mark the sentence, unless they stand in a quote it reports."""
    recalled = _RECALLED_SENTENCE.search(sentence)
    return recalled is not None and _QUOTE_SAID.search(sentence, recalled.end()) is None


# A document issued on a date is an earlier occasion recalled, unless issuing it is what the
# article leads with ("Pj Bupati menerbitkan surat edaran netralitas ASN ... SE itu dikeluarkan
# tanggal 13 Mei 2024"): then that is the occasion's date.
_ISSUED = frozenset({"diterbitkan", "dikeluarkan", "diedarkan"})
# A body deciding on a case is issuing its letter too ("BKN menetapkan tiga lurah terbukti
# melanggar ...", "Kemendagri memberikan teguran kepada 9 kepala daerah", "KASN menjatuhkan
# sanksi"): the letter's date ("surat BKN Nomor ... tertanggal ...") is the decision's.
_ISSUING = re.compile(
    r"(?<!\w)(?:(?:menerbitkan|mengeluarkan|mengedarkan|meneken|menandatangani)\s+"
    r"(?:(?:sebuah|satu|resmi)\s+)?(?:surat\s+edaran|edaran|se|instruksi|maklumat"
    r"|surat\s+keputusan|keputusan|sk|peraturan)"
    r"|(?:menetapkan|memutuskan|memutus)\s+(?:bahwa\s+)?(?:\w+\s+){0,6}?(?:terbukti|bersalah"
    r"|melanggar|tidak\s+netral)"
    r"|(?:memberikan|memberi|melayangkan|mengirimkan|menjatuhkan)\s+(?:surat\s+)?(?:teguran"
    r"|peringatan|sanksi|hukuman)|menegur)(?!\w)", re.IGNORECASE)


# A document cited as the basis of another ("berdasarkan SE Menpan-RB Nomor 1 tanggal ..."):
# an earlier document, never the one the lead reports issued.
_BASIS = re.compile(r"(?<!\w)(?:berdasarkan|sesuai|mengacu|merujuk|menindaklanjuti|tindak\s+lanjut"
                    r"|dasar|berpedoman|berpijak|amanat|menurut|mencabut|mengganti(?:kan)?)(?!\w)",
                    re.IGNORECASE)


def _issuing_lead(text: str) -> bool:
    """Whether the lead paragraph reports a document being issued (``_ISSUING``)."""
    lead = _lead_span(text)
    return lead is not None and _ISSUING.search(text, *lead) is not None


def choose_event_date(text: str,
                      mentions: list[EventDate | Rejected]) -> EventDate | Rejected | None:
    """The event date among the mentions ``find_event_dates`` found in ``text``: an
    EventDate, a weekday alone left unresolved (Rejected with ``NO_PUBLICATION``), or None.

    An article that leads with a statement it gives no date for takes only a date tied back
    to it (see :func:`_tied`)."""
    pool = _tied(text, mentions) if _undated_statement(text, mentions) else mentions
    chosen = _choose(text, pool)
    if isinstance(chosen, Rejected) and chosen.reason == NO_PUBLICATION:
        return _dated_elsewhere(text, chosen, mentions) or chosen
    return chosen


def _dated_elsewhere(text: str, weekday: Rejected,
                     mentions: list[EventDate | Rejected]) -> EventDate | None:
    """The one date the text writes in full for the day a weekday alone names ("..., kata
    Ani, Selasa." and, in a caption or a later paragraph, "Selasa (4/7/2023)"): a report
    names the weekday of its own week, so the same weekday written with its date is that
    day; not the end of a span ("hingga 10 Februari 2024") nor page furniture. Two different
    dates of that weekday leave it unknown."""
    word = _WEEKDAY_WORD.match(weekday.raw)
    if word is None:
        return None
    day = weekday_index(word.group())
    latest, tail = latest_election(text), tail_start(text)
    same = [f for f in mentions
            if isinstance(f, EventDate) and _tier(f) == EXPLICIT and f.value.weekday() == day
            and f.value.year >= latest - 1  # not a date of an earlier election
            and not f.announced and f.span is not None and occasion_date(text, f)
            and f.span[0] < tail and not deadline(text, f.span[0])
            and not furniture(text, *f.span)]
    return same[0] if same and all(f.value == same[0].value for f in same) else None


def _choose(text: str,
            mentions: list[EventDate | Rejected]) -> EventDate | Rejected | None:
    """The event date among mentions (the module notes).

    When the first date the article gives for an occasion is a weekday alone ("..., kata Ani
    di Padang, Selasa."), that is the occasion's day: a fuller date of the same day further
    on ("Selasa (10/9)") completes it, a date of another day is another occasion mentioned in
    passing and is not taken (the event date then stays unknown, its raw word kept)."""
    best: tuple[tuple[int, int, bool, int], EventDate | Rejected] | None = None
    tail = tail_start(text)
    pool: list[tuple[tuple[int, bool, int], EventDate | Rejected]] = []
    for found in mentions:
        if found.span is None or not _candidate(found) or not occasion_date(text, found):
            continue
        start, end = found.span
        tier = _tier(found)
        announced = isinstance(found, EventDate) and found.announced
        latest = -found.value.toordinal() if isinstance(found, EventDate) and \
            tier == EXPLICIT else start
        span_end = deadline(text, start)
        if span_end and (tally_cut_off(text, end) or (
                isinstance(found, EventDate) and is_voting_day(found.value))):
            continue  # a tally's cut-off, a term up to voting day: no occasion's date
        printed = 1 if start >= tail or span_end else furniture(text, start, end)
        pool.append(((printed, announced, start), found))
        key = (printed, tier, announced, latest)
        if best is None or key < best[0]:
            best = (key, found)
    if best is None:
        return None
    lead = min(pool, key=lambda p: p[0])[1]
    if _tier(lead) != WEEKDAY_TIER or lead is best[1] or not _leads(text, lead):
        return best[1]
    latest = latest_election(text) - 1  # not a date of an earlier election
    return _same_day(lead, [f for _, f in pool if not (
        isinstance(f, EventDate) and f.value.year < latest)]) or lead


_LEAD_MIN_CHARS = 100  # a paragraph, not a byline, a caption or a repeated title


def _lead_span(text: str) -> tuple[int, int] | None:
    """The lead paragraph: the first line of at least _LEAD_MIN_CHARS, else the first line."""
    lines = list(_LINE.finditer(text))
    lead = next((m for m in lines if len(m.group().strip()) >= _LEAD_MIN_CHARS),
                lines[0] if lines else None)
    return (lead.start(), lead.end()) if lead is not None else None


def _undated_statement(text: str, mentions: list[EventDate | Rejected]) -> bool:
    """Whether the article leads with a statement it gives no date for: its first paragraph
    reports what someone said or urged and none of the dates that may be an occasion's stand
    in it (a statement made at no stated time has no event date)."""
    lead = _lead_span(text)
    if lead is None or not _STATEMENT.search(text, lead[0], lead[1]):
        return False
    return not any(f.span is not None and f.span[0] < lead[1] and _candidate(f)
                   and occasion_date(text, f) for f in mentions)


def _tied(text: str, mentions: list[EventDate | Rejected]) -> list[EventDate | Rejected]:
    """The dates an undated lead statement may have: those given in a sentence that ties back
    to it ("..., ujarnya, Kamis (10/10)", "Hal itu disampaikan ...") or names the gathering
    the lead names ("... saat apel pagi" / "Apel dipimpin Sekda, Senin (5/8)"); the other
    dates belong to other occasions the article mentions."""
    lead = _lead_span(text)
    gatherings = {m.group().lower() for m in _GATHERING.finditer(text, *lead)} if lead else set()
    return [f for f in mentions if f.sentence and (_TIED.search(_whole(text, f)) or any(
        m.group().lower() in gatherings for m in _GATHERING.finditer(f.sentence)))]


# A title's abbreviation whose dot the sentence splitter took for a sentence's end ("kata Plt.
# Kepala BKD Andi, Selasa, ..."; "ujar H. Ahmad, ...").
_ABBREVIATED = re.compile(r"(?<!\w)(?:plt|plh|pj|pjs|pgs|drs|dra|dr|ir|h|hj|prof|kh|ust|st|sdr"
                          r"|bpk|no|kab|kec|kel|jl|prov)\.\s*$", re.IGNORECASE)
_ABBREVIATED_LOOKBACK = 8


def _whole(text: str, found: EventDate | Rejected) -> str:
    """The date's sentence, with the words before a title's abbreviation that split it, or
    with the sentence before when it is the date alone: a stamp put after the statement it
    dates ("..., ungkapnya. Rabu 4 September 2024.")."""
    sentence = found.sentence or ""
    if found.span is None:
        return sentence
    start = found.span[0] - max(0, sentence.find(found.raw))
    line_start = text.rfind("\n", 0, start) + 1
    if not any(c.isalnum() for c in sentence.replace(found.raw, "", 1)):
        head = _SENTENCE_BREAK.split(text[max(line_start, start - _WINDOW):start].rstrip())
        return f"{head[-1]} {sentence}"
    abbreviation = _ABBREVIATED.search(text, max(0, start - _ABBREVIATED_LOOKBACK), start)
    if abbreviation is None:
        return sentence
    head = _SENTENCE_BREAK.split(
        text[max(line_start, abbreviation.start() - _WINDOW):abbreviation.start()])[-1]
    return f"{head}{abbreviation.group()}{sentence}"


def _leads(text: str, found: EventDate | Rejected) -> bool:
    """Whether a weekday dates the article's lead: it stands in or before the lead paragraph,
    or in a sentence that reports a statement ("..., kata Ani di Padang, Selasa.")."""
    start = found.span[0] if found.span else 0
    lead = _lead_span(text)
    if lead is None or start < lead[1]:
        return True
    return bool(found.sentence and _STATEMENT.search(found.sentence))


def _tier(found: EventDate | Rejected) -> int:
    if isinstance(found, EventDate):
        return METHOD_TIER.get(found.method, EXPLICIT)
    return RELATIVE_TIER if found.reason == VAGUE else WEEKDAY_TIER


def _same_day(lead: EventDate | Rejected,
              pool: list[EventDate | Rejected]) -> EventDate | None:
    """An explicit date of the day a weekday alone names, if any."""
    if isinstance(lead, EventDate):
        day: int | None = lead.value.weekday()
    else:
        word = _WEEKDAY_WORD.match(lead.raw)
        day = weekday_index(word.group()) if word else None
    for found in pool:
        if (isinstance(found, EventDate) and _tier(found) == EXPLICIT
                and found.value.weekday() == day
                and (not isinstance(lead, EventDate) or found.value == lead.value)):
            return found
    return None


def _candidate(found: EventDate | Rejected) -> bool:
    """An accepted date, a weekday alone left unresolved, or a week or month without a day
    ("pekan lalu"): the last two, when chosen, leave the event date unknown."""
    if isinstance(found, EventDate):
        return True
    return (found.reason == NO_PUBLICATION and found.raw[:1].isupper()) or found.reason == VAGUE
