"""Choose the event date of an article among the dates its body mentions.

Part of the event-date reader (transforms/events/dates.py finds the mentions). The occasion's
date is wanted, so three kinds of date are never chosen, judged by the words just before them
in their sentence:

* dates of the election calendar: an election word, then only linking words, then the date
  ("Pilkada serentak 9 Desember", "pemungutan suara pada 27 November mendatang", "hari H
  tanggal 27 November", "masa kampanye dari tanggal 23 Oktober");
* dates of numbered documents ("Surat ... Nomor B/71/2017 tanggal 27 Desember 2017");
* dates of earlier occasions recalled in passing ("sebelumnya pada 4 Juli 2024", "sejak
  ditunjuk pada 11 Agustus", "terhitung 24 November").

Among the rest: explicit dates before weekdays before relative words; a date in a sentence
before page furniture (a byline line, "14 Oktober 2024 | 17:55 WIB", a "Baca juga" line, the
list of other articles under "Berita Terkait"); one
that already happened before an announced one; then the latest explicit date (an article
reports its occasion and recalls earlier ones), else the first in the text. A weekday alone
that could not be resolved (no publication date) competes like a resolved one: when it wins,
the event date is unknown and its raw word is kept.
"""

from __future__ import annotations

import re

from transforms.events.date_reading import NO_PUBLICATION, EventDate, Rejected
from transforms.events.date_shapes import EXPLICIT, METHOD_TIER, WEEKDAY_TIER

__all__ = ["choose_event_date", "occasion_date"]

_ELECTIONS = r"pilkada|pilwako|pilwalkot|pilbup|pilgub|pemilu|pemilukada|pemilihan|pileg|pilpres"
_STEPS = (r"pemungutan|pencoblosan|kampanye|masa\s+tenang|tahapan|hari\s+h|pendaftaran"
          r"|penetapan|rekapitulasi|debat")
_LINKS = (r"serentak|yang|akan|dilaksanakan|digelar|dilangsungkan|diselenggarakan|berlangsung"
          r"|jatuh|pada|tanggal|tgl|hari|suara|paslon|calon|pasangan|kepala|daerah|dari|mulai"
          r"|nanti|ini|tersebut|itu|dimulai|dijadwalkan|tepatnya|yakni|yaitu|h")
# An election word, then linking words only, up to the date (the text just before it). After
# an election's name alone, a date written with its weekday is taken for an occasion's
# ("sosialisasi netralitas jelang Pilkada pada Senin (5/8)"); after a step of the calendar
# ("pemungutan suara pada Rabu (27/11)") it is not. A date without weekday may follow a comma
# ("menjelang Pilkada serentak, 27 November 2024 mendatang").
_LINKED = rf"\)?(?:\s+(?:{_LINKS}))*\s*\(?$"
_CALENDAR = re.compile(rf"(?<!\w)(?:{_ELECTIONS}|{_STEPS})\)?(?:\s+(?:{_LINKS}))*\s*,?\s*\(?$",
                       re.IGNORECASE)
_CALENDAR_STEP = re.compile(rf"(?<!\w)(?:{_STEPS}){_LINKED}", re.IGNORECASE)
_WEEKDAY_FIRST = re.compile(r"(?:senin|selasa|rabu|kamis|jum|sabtu|minggu|ahad)", re.IGNORECASE)
# A numbered document's date: "Nomor B/71/M.SM.00.00/2017 tanggal 27 Desember 2017".
_DOCUMENT = re.compile(
    r"(?:(?<!\w)(?:nomor|no\.?)\s*:?\s*[\w./-]+(?:\s+tahun\s+\d{4})?\s*,?"
    r"\s*(?:tanggal|tertanggal|tgl\.?|pada)?|(?<!\w)tertanggal)\s*$",
    re.IGNORECASE,
)
# "Sebelumnya, ..." marks its whole sentence; the other words their clause.
_RECALLED_SENTENCE = re.compile(r"(?<!\w)sebelumnya(?!\w)", re.IGNORECASE)
_RECALLED = re.compile(r"(?<!\w)(?:ditunjuk|dilantik|diangkat|terhitung)(?!\w)", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
# A line of links or credits: "Baca juga: ...", "Penulis: Ani | Editor: Budi | Senin, ...".
_FURNITURE_LINE = re.compile(
    r"^\W*(?:baca\s+juga|lihat\s+juga|simak\s+juga|berita\s+terkait|penulis|editor|reporter"
    r"|pewarta|redaktur|oleh|diterbitkan|dipublikasikan|diposting|posted|published|update"
    r"|diperbarui)(?!\w)",
    re.IGNORECASE,
)
_SHORT_LINE = 120  # a short line with "|" is a byline or a list of links, not a paragraph
# A heading line after which the page lists other articles: every date below it is furniture.
# ("Baca juga" alone on a line is not one: it introduces a single link inside the article.)
_TAIL_HEADING = re.compile(
    r"^\W*(?:(?:berita|artikel)\s+(?:terkait|lainnya)|(?:berita\s+)?(?:terpopuler|populer"
    r"|terkini|terbaru)|pilihan\s+redaksi|rekomendasi(?:\s+berita)?|tags?)\W*$",
    re.IGNORECASE | re.MULTILINE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]\s")
_WINDOW = 120  # characters before a date that are read


def occasion_date(text: str, found: EventDate | Rejected) -> bool:
    """Whether a date found in ``text`` may be an occasion's (see the module notes)."""
    if found.span is None:
        return True
    start = found.span[0]
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _WINDOW):start].rstrip()
    calendar = _CALENDAR_STEP if _WEEKDAY_FIRST.match(found.raw) else _CALENDAR
    if calendar.search(before) or _DOCUMENT.search(before):
        return False
    if _RECALLED_SENTENCE.search(_SENTENCE_BREAK.split(before)[-1]):
        return False
    return not _RECALLED.search(_CLAUSE_BREAK.split(before)[-1])


def choose_event_date(text: str,
                      mentions: list[EventDate | Rejected]) -> EventDate | Rejected | None:
    """The event date among the mentions ``find_event_dates`` found in ``text``: an
    EventDate, a weekday alone left unresolved (Rejected with ``NO_PUBLICATION``), or None."""
    best: tuple[tuple[int, int, bool, int], EventDate | Rejected] | None = None
    tail = _tail_start(text)
    for found in mentions:
        if found.span is None or not _candidate(found) or not occasion_date(text, found):
            continue
        start, end = found.span
        tier = METHOD_TIER.get(found.method, EXPLICIT) if isinstance(found, EventDate) \
            else WEEKDAY_TIER
        announced = isinstance(found, EventDate) and found.announced
        latest = -found.value.toordinal() if isinstance(found, EventDate) and \
            tier == EXPLICIT else start
        furniture = 1 if start >= tail else _furniture(text, start, end)
        key = (furniture, tier, announced, latest)
        if best is None or key < best[0]:
            best = (key, found)
    return best[1] if best else None


def _tail_start(text: str) -> int:
    """Where a list of other articles begins ("Berita Terkait" alone on its line), else the
    end of the text."""
    m = _TAIL_HEADING.search(text)
    return m.start() if m else len(text)


def _candidate(found: EventDate | Rejected) -> bool:
    if isinstance(found, EventDate):
        return True
    return found.reason == NO_PUBLICATION and found.raw[:1].isupper()


def _furniture(text: str, start: int, end: int) -> int:
    """1 for a date printed as page furniture rather than written in a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if "|" in text[start:end] or _FURNITURE_LINE.search(line) or (
            "|" in line and len(line) < _SHORT_LINE):
        return 1
    rest = text[line_start:start] + text[end:len(text) if line_end < 0 else line_end]
    return 0 if any(c.isalnum() for c in rest) else 1
