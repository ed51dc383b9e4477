"""Other occasions of an article: where its text reports another occasion than its main one.

One event is one occasion (a gathering, a signing, an assembly, a finding, a sanction decision,
a statement made at a stated time). An article reports its main occasion (the date
``event_date_of`` chose) and may report others with their own dates: a finding Bawaslu announced
days before a regent's statement about it, a complaint filed before an official's warning, a
sanction decided before the press was told. A sentence starts another occasion when it holds an
accepted occasion date of another day (``occasion_date``: not the election calendar, not a
document's date, not an earlier occasion recalled in passing) that is written as a date or a
weekday (not "kemarin", which in a quote is seldom an occasion of its own), not long before the
main one (an earlier election's case told as background), and it reports an act done on that
day: a statement, a finding, a sanction decision (a court's too) or a gathering (``ACT``). An
announced date starts one only when its sentence names the gathering planned (LABELS.md: a
future occasion announced gets its date, ``announced``); a result to be announced, a step
to come, is none. The act must stand in a paragraph about
neutrality or the civil servants it binds (a candidate's rally on another day is no occasion of
an article about ASN neutrality; a quote's paragraph takes its subject from the one before).
Page furniture is none: a "Baca juga" line, a byline, the list of related articles a stored page
keeps. Nor is a date that dates the breach itself as told ("bermula saat kades itu menghadiri
silaturahmi caleg pada ...": the scene of the case, not its finding) or bounds a period
("hingga 1 Maret", "paling lambat ..."). A letter the body sent ("melayangkan surat imbauan ...
tertanggal ...") is a written appeal on its date, though a document's date is otherwise none.
The words that open an occasion's text ("Saat itu,", "Sebelumnya,") introduce it there:
``own_text`` blanks them so that its activities are read as its own. A gathering or a raid told
in an occasion's text is that occasion's, not the main one's (assemble.py).

A date that lists several days of one act ("surat ... pada tanggal 10 dan 14 September") names
one occasion per day: ``listed_days`` gives the days after the first.

Pure functions over the article's text and the dates found in it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date

from transforms.events.activities.classify import paragraph_at, sentence_spans
from transforms.events.activities.context import EARLIER
from transforms.events.activities.words import on_neutrality
from transforms.events.dates.choice import misprinted
from transforms.events.dates.furniture import dateline_stamp, due_by
from transforms.events.dates.occasion import BACKGROUND_DAYS, occasion_date
from transforms.events.dates.results import EventDate, Rejected
from transforms.events.dates.shapes import EXPLICIT, METHOD_TIER, RELATIVE_TIER
from transforms.page_links import link_at, tail_start

__all__ = ["ACT", "Occasion", "breach_or_bound", "letter_sent", "listed_days", "other_occasions",
           "own_text"]

_STATEMENTS = (
    r"(?:kata|ujar|ucap|tutur|ungkap|jelas|tegas|terang|sebut|tambah|imbuh|papar|pungkas"
    r"|tandas|pesan|beber)(?:kan)?(?:nya)?"
    r"|(?:lanjut|sambung|urai|akui|tukas|timpal|cetus|kilah|tegur)nya"
    r"|men(?:gatakan|yatakan|gungkapkan|jelaskan|egaskan|erangkan|yebut(?:kan)?|ambahkan"
    r"|uturkan|gucapkan|yampaikan|gingatkan|gimbau|ghimbau|ekankan|gakui|gonfirmasi"
    r"|gkonfirmasi|janjikan|umumkan|gumumkan|gajak|guraikan|andaskan)"
    r"|mem(?:aparkan|inta|benarkan|astikan|peringatkan|beberkan)|mewanti-wanti"
    r"|ber(?:pesan|harap|bicara)"
    r"|di(?:sampaikan|ungkapkan|tegaskan|jelaskan|katakan|sebutkan|ingatkan|umumkan)"
    r"|(?:saat|ketika|usai)\s+(?:ditemui|dikonfirmasi|dihubungi|diwawancarai)"
    r"|(?:konferensi|jumpa|keterangan|siaran|rilis)\s+(?:pers|tertulis|resmi)|wawancara(?:nya)?"
)
_FINDINGS = (
    r"(?:me|di)?laporkan|laporan|pelaporan|(?:peng)?aduan|(?:meng|di)adukan|temuan"
    r"|(?:mene|dite)mukan|mendapati|kedapatan|(?:meng|di)gerebek|penggerebekan|terbukti"
    r"|(?:meme|dipe)riksa|pemeriksaan|(?:meng)?klarifikasi|diklarifikasi|memanggil|dipanggil"
    r"|pemanggilan"
    r"|(?:me|di)rekomendasikan|rekomendasi|(?:mene|dite)ruskan|penerusan"
    r"|mengirim(?:kan)?|dikirim(?:kan)?"
    r"|(?:me|di)limpahkan|(?:mem|di)proses|menetapkan|ditetapkan|(?:me)?registrasi"
    r"|menangani|ditangani|penanganan|menindaklanjuti|ditindaklanjuti|menyelidiki"
    r"|diselidiki|penyelidikan|menyidik|disidik|penyidikan|(?:meng|di)usut|pengusutan"
)
_SANCTIONS = (
    r"(?:men|di)jatuh(?:i|kan)|menjatuhi|sanksi|hukuman|(?:mem|di)berhentikan|pemberhentian"
    r"|(?:men|di)copot|pencopotan|(?:me|di)nonaktifkan|(?:me|di)pecat|(?:mene|dite)gur|teguran"
    r"|(?:me|di)mutasi|surat\s+keputusan|(?:mem|di)vonis|vonis|putusan|memutuskan"
    r"|diputuskan|(?:mem|di)putus|dihukum|dipidana|denda|(?:per)?sidang(?:an)?"
)
_GATHERINGS = (
    r"apel|upacara|sosialisasi|rapat|rakor(?:nas|da)?|deklarasi|ikrar|pakta|bimtek|bintek"
    r"|pelatihan|diklat|seminar|lokakarya|workshop|dialog|diskusi|pertemuan|kunjungan"
    r"|silaturahmi|fgd|sidak|patroli|penandatanganan|(?:menan|ditan)datangani"
    r"|(?:meng|di)gelar|berlangsung|(?:me|di)laksanakan|(?:meny|di)elenggarakan"
    r"|(?:meng|di)adakan|(?:meng|di)hadiri|(?:me|di)layangkan|menyurati|pengarahan|arahan"
    r"|pembekalan|penyuluhan|briefing|taklimat|rapat\s+kerja|raker"
)
# A sentence that reports an act done on its date: a statement, a finding, a sanction decision
# or a gathering (every inflection the news uses, not one article's words).
# A word of a reduplication ("terang-terangan") is none of them.
ACT = re.compile(rf"(?<![\w-])(?:{_STATEMENTS}|{_FINDINGS}|pelapor|{_SANCTIONS}|{_GATHERINGS})"
                 r"(?![\w-])",
                 re.IGNORECASE)
# A gathering named: what makes an announced date an occasion to come.
_PLANNED_GATHERING = re.compile(
    r"(?<![\w-])(?:apel|upacara|sosialisasi|rapat|rakor(?:nas|da)?|deklarasi|ikrar|pakta"
    r"|bimtek|bintek|pelatihan|diklat|seminar|lokakarya|workshop|dialog|diskusi|pertemuan"
    r"|penandatanganan|pembekalan|penyuluhan|taklimat|raker)(?![\w-])", re.IGNORECASE)
_STATED = re.compile(rf"(?<![\w-])(?:{_STATEMENTS})(?![\w-])", re.IGNORECASE)
_DECIDED = re.compile(rf"(?<![\w-])(?:{_FINDINGS}|{_SANCTIONS})(?![\w-])", re.IGNORECASE)
# The breach itself told: what happened at a candidate's or campaign's doing (not a government's
# "kampanye netralitas", a campaign for neutrality), or how a case
# began ("kampanye ... terjadi pada", "bermula saat kades itu memfasilitasi silaturahmi caleg
# pada", "diduga terlibat blusukan calon gubernur pada"). Its date is the breach's, an earlier
# scene, not an occasion of the article (LABELS.md: a finding, a statement, a sanction decision).
_BREACH_TOLD = re.compile(
    r"(?<![\w-])(?:terjadi|bermula|berawal|mulanya|kronologi(?:s|nya)?|diduga|terduga"
    r"|(?:ber)?kampanye(?!\s+netralitas)|blusukan|caleg|bacaleg|paslon|pasangan\s+calon|bakal\s+calon"
    r"|calon\s+(?:gubernur|bupati|wali\s*kota|walikota|presiden|legislatif|anggota|kepala\s+daerah)"
    r"|tim\s+(?:pemenangan|sukses|kampanye)|timses"
    # an ASN's post or photo with a candidate: the breach's date, not Bawaslu's finding of it
    r"|(?:meng|di)unggah|unggahan|(?:mem|di)posting|postingan|berfoto|swafoto|menyukai)(?![\w-])",
    re.IGNORECASE)
# A date that bounds a period ("rekapitulasi ... hingga 1 Maret", "masa kampanye sampai 13
# April", "sejak 1 Oktober", "paling lambat 5 Oktober"): a cut-off or a deadline, not the day
# something was done.
_BOUND = re.compile(r"(?<![\w-])(?:hingga|sampai(?:\s+dengan)?|s\.?/d\.?|sejak|semenjak|per"
                    r"|terhitung(?:\s+(?:mulai|sejak))?|batas\s+(?:waktu|akhir)|paling\s+lambat"
                    r"|selambat-lambatnya|tenggat(?:\s+waktu)?)\s*(?:tanggal\s*|tgl\.?\s*)?$",
                    re.IGNORECASE)

_MONTH = (r"jan(?:uari)?|feb(?:ruari)?|mar(?:et)?|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?"
          r"|agu(?:stus)?|ag[st]|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?")
# "10 dan 14 September", "3, 5 dan 7 Oktober": several days of one month, one occasion each.
_LISTED = re.compile(
    rf"(?<!\d)(\d{{1,2}})((?:\s*,\s*\d{{1,2}})*)\s*,?\s*(?:dan|serta|&)\s+(\d{{1,2}})\s+"
    rf"(?:{_MONTH})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Occasion:
    """Another occasion of an article: its date and where its text runs (start, end)."""

    when: EventDate
    span: tuple[int, int]


def listed_days(when: EventDate) -> list[EventDate]:
    """The days after the first that a date lists ("10 dan 14 September 2020": the 14th), as
    dates of their own; [] when it names one day. A day that follows the one listed before it
    continues that occasion, as a range does ("10-14 September", a two-day training "10 dan 11
    Oktober")."""
    m = _LISTED.search(when.raw)
    if m is None or int(m.group(1)) != when.value.day:
        return []
    days = [int(d) for d in re.findall(r"\d{1,2}", m.group(2))] + [int(m.group(3))]
    out, last = [], when.value.day
    for day in days:
        try:
            value = date(when.value.year, when.value.month, day)
        except ValueError:
            return []
        if day > last + 1:
            out.append(replace(when, value=value, days_before=_shifted(when, value)))
        last = day
    return out


_SHORT_LINE = 120  # a short line with "|" is a byline or a list of links, not a paragraph


def _furniture(text: str, at: int) -> bool:
    """A link to another article (``page_links.link_at``), a byline or a list of links: page
    furniture, not this article's text."""
    line = paragraph_at(text, at)
    return link_at(text, at) or ("|" in line and len(line) < _SHORT_LINE)


def _context(text: str, at: int) -> str:
    """The paragraph that holds ``at``; with the one before it when it opens with a quote (a
    quote's paragraph leaves its subject to the paragraph that introduces it)."""
    start = text.rfind("\n", 0, at)
    end = text.find("\n", at)
    paragraph = text[start + 1:end if end >= 0 else len(text)]
    if start <= 0 or not paragraph.lstrip().startswith(_QUOTES):
        return paragraph
    return text[text.rfind("\n", 0, start) + 1:end if end >= 0 else len(text)]


_QUOTES = ('"', "\u201c", "\u201d", "'", "\u2018")


def _background(when: EventDate, main: EventDate | None) -> bool:
    """A date long before the main occasion's: a case of an earlier election told as background
    (``occasion_date`` tells it only against the page's own date, when the page has one)."""
    return main is not None and (main.value - when.value).days > BACKGROUND_DAYS


def breach_or_bound(text: str, sentence_start: int, at: int) -> bool:
    """Whether the date at ``at`` bounds a period ("hingga 1 Maret") or dates the breach itself
    as told in its sentence (``_BREACH_TOLD``), not a finding or sanction of it: what the
    sentence says before the date, after the last statement verb (a statement's own date
    follows its speaker: "..., kata Ketua Bawaslu, Senin (2/9)")."""
    if _BOUND.search(text, max(sentence_start, at - 40), at) or due_by(text, at):
        return True
    told = text[sentence_start:at]
    ends = [m.end() for m in _STATED.finditer(told)]
    told = told[ends[-1]:] if ends else told
    return _BREACH_TOLD.search(told) is not None and _DECIDED.search(told) is None


# A letter the body sent on its date ("melayangkan surat imbauan nomor ..., tertanggal 20
# November", "teguran disampaikan melalui surat ... tertanggal ..."): a written appeal or
# warning, a statement made at a stated time, not a document cited as a basis.
_SENT = re.compile(
    r"(?<![\w-])(?:melayangkan|dilayangkan|mengirim(?:kan)?|dikirim(?:kan)?|menyurati|disurati"
    r"|(?:me|di)nyampaikan\s+(?:\w+\s+){0,3}?(?:melalui|lewat|dengan|dalam)\s+surat"
    r"|disampaikan\s+(?:melalui|lewat|dengan|dalam)\s+surat)(?![\w-])", re.IGNORECASE)
_DATED_AS = re.compile(r"(?<![\w-])(?:tertanggal|tanggal|tgl\.?)\s*$", re.IGNORECASE)
_BASIS = re.compile(r"(?<![\w-])(?:berdasarkan|sesuai|mengacu|merujuk|menindaklanjuti|dasar"
                    r"|tindak\s+lanjut|mengingat)(?![\w-])", re.IGNORECASE)


def letter_sent(text: str, sentence_start: int, at: int, raw: str = "") -> bool:
    """Whether the date at ``at`` (read from ``raw``, which may open with "tanggal") dates a
    letter its sentence tells was sent (``_SENT``), not one cited as the basis of another
    ("berdasarkan surat ... tanggal ...")."""
    told = text[sentence_start:at] + re.sub(r"\d.*", "", raw, flags=re.DOTALL)
    return (_DATED_AS.search(told) is not None and _SENT.search(told) is not None
            and _BASIS.search(told) is None)


def _shifted(when: EventDate, value: date) -> int | None:
    if when.days_before is None:
        return None
    return when.days_before - (value - when.value).days


def other_occasions(text: str, dated: list[tuple[int, int, EventDate]],
                    main: EventDate | None) -> list[Occasion]:
    """The occasions ``text`` reports besides its main one (dated ``main``), in text order,
    one per day: each runs from its sentence (from its paragraph's start when no other
    occasion's date stands there before it) to the next sentence holding another occasion's
    date or the main one's. The rest of the text is the main occasion's."""
    sentences = sentence_spans(text)
    if not sentences:
        return []
    firsts = [start for start, _ in sentences]
    main_at = {bisect_right(firsts, s) - 1 for s, _, w in dated if w is main}
    if main is not None and not main_at:
        main_at = {bisect_right(firsts, s) - 1 for s, _, w in dated if w.value == main.value}
    starts: dict[int, EventDate] = {}  # sentence index -> the first other day dated there
    seen: set[date] = {main.value} if main else set()
    tail = tail_start(text)
    days: list[EventDate | Rejected] = [when for _, _, when in dated]
    for start, end, when in dated:
        i = bisect_right(firsts, start) - 1
        if start >= tail or _furniture(text, start) or dateline_stamp(
                text, start, end) or misprinted(when, days, text):
            continue  # (a weekday's misprinted day beside the same weekday that fits)
        if (when.value in seen or i in main_at or i in starts or _background(when, main)
                or METHOD_TIER.get(when.method, EXPLICIT) == RELATIVE_TIER
                or (when.announced and _PLANNED_GATHERING.search(text, *sentences[i]) is None)
                or not (occasion_date(text, when) or letter_sent(text, sentences[i][0], start,
                                                           when.raw))):
            continue
        if (ACT.search(text, *sentences[i]) is None or not on_neutrality(_context(text, start))
                or breach_or_bound(text, sentences[i][0], start)):
            continue
        starts[i] = when
        seen.add(when.value)
    if not starts:
        return []
    bounds = sorted({*starts, *main_at})
    begins = []
    for k, i in enumerate(bounds):
        paragraph = text.rfind("\n", 0, sentences[i][0]) + 1
        after = sentences[bounds[k - 1]][1] if k else 0
        begins.append(min(max(paragraph, after), sentences[i][0]))
    ends = [*begins[1:], len(text)]
    return [Occasion(starts[i], (begins[k], ends[k]))
            for k, i in enumerate(bounds) if i in starts]


def own_text(text: str, occasions: list[Occasion]) -> str:
    """``text`` with the words that open each other occasion's text ("Saat itu,", "Sebelumnya,")
    blanked (same length, same offsets): there they introduce the occasion told, which is no
    earlier occasion aside from it (activities.py leaves such a paragraph's phrases out)."""
    out = text
    for occasion in occasions:
        start = occasion.span[0]
        m = EARLIER.match(text[start:occasion.span[1]])
        if m is not None:
            out = out[:start] + " " * m.end() + out[start + m.end():]
    return out

