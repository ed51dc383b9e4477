"""Dates that are not written in a sentence about an occasion: page furniture and span ends.

Part of the event-date chooser (transforms/events/dates/choice.py): a byline or a link to
another article (``page_links.link_at``: a "Baca juga" line, a headline between the paragraphs),
the list of other articles under "Berita Terkait" (``page_links.tail_start``), and the
end of a span of time (a deadline, a tally's cut-off, a range's last day) count only when
nothing else is left; a tally's cut-off never.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.page_links import link_at
from transforms.places.dateline import find_dateline

__all__ = ["dateline_stamp", "deadline", "due_by", "furniture", "publication_stamp",
           "tally_cut_off"]

# A line of credits: "Penulis: Ani | Editor: Budi | Senin, ...". Not a paragraph that opens
# with a quote or a connective ("\"Oleh karena itu, ...", "Oleh sebab itu ..."). Links to other
# articles are page_links' (``link_at``).
_FURNITURE_LINE = re.compile(
    r"^[^\w\"\u201c\u2018']*(?:penulis"
    r"|editor|reporter|pewarta|redaktur|oleh(?!\s+(?:karena|sebab|karenanya|sebabnya|itu)(?!\w))"
    r"|diterbitkan|dipublikasikan|diposting|posted|published|update|diperbarui)(?!\w)",
    re.IGNORECASE,
)
_SHORT_LINE = 120  # a short line with "|" is a byline or a list of links, not a paragraph
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)")
# The end of a span of time rather than an occasion: a deadline ("paling lambat", "batas
# waktu", "tenggat", "hingga"/"sampai dengan"/"s.d."), a tally's cut-off ("data per Kamis
# (26/11)", "posisi 10 Oktober") or a range's last day after its first
# ("Selasa (1/10) - Kamis (3/10)"). It counts, like page furniture, only when nothing else is
# left (a two-day occasion takes its first day).
_DEADLINE = re.compile(
    r"(?:(?<!\w)(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s/d|paling\s+lambat|selambat-lambatnya"
    r"|batas(?:\s+(?:waktu|akhir))?|tenggat(?:\s+waktu)?|deadline|berakhir|ditutup"
    r"|per|terhitung\s+per|posisi)"
    r"|\d\)?\s*[-–—])(?:\s+(?:pada|tanggal|tgl\.?|hari|nanti|ini))*\s*,?\s*\(?$",
    re.IGNORECASE)
_DEADLINE_WINDOW = 40
# a task to be done by the date ("video ikrar yang harus telah selesai diupload di semua media
# pada tanggal 30 September"): a deadline set, the task's words between
_DUE_BY = re.compile(r"\b(?:harus|wajib|mesti)\s+(?:telah\s+|sudah\s+)?(?:selesai|rampung"
                     r"|tuntas)\b[^.;\n]{0,60}?\b(?:pada|tanggal|tgl\.?)\s*(?:tanggal\s*)?$",
                     re.IGNORECASE)
_DUE_WINDOW = 110
# A tally after its cut-off ("hingga 16 November 2024 terdapat 138 laporan", "sampai Senin
# (4/11), tercatat 12 kasus"): the date closes the count, it is no occasion's even as a last
# resort (the tally is told at an unstated time).
_TALLY_AFTER = re.compile(
    r"\)?[^\S\n]*,?[^\S\n]*(?:(?:ini|lalu|kemarin|pukul[^\S\n]+[\d.:]+(?:[^\S\n]+wi[bt]a?)?)"
    r"[^\S\n]*,?[^\S\n]*)?(?:terdapat|tercatat|terdata|terhimpun|terkumpul|ada|sebanyak"
    r"|mencapai|berjumlah|total|jumlah|menunjukkan|sudah|telah|baru)(?!\w)", re.IGNORECASE)


# "Hingga hari ini, Selasa (27/8)", "sampai saat ini, ...": "up to today" names today, the
# day the report is made, not the end of a span.
_AS_OF_TODAY = re.compile(r"(?<!\w)(?:hingga|sampai(?:\s+dengan)?|s/d)\s+(?:hari|saat)\s+ini"
                          r"\s*,?\s*\(?$", re.IGNORECASE)


def deadline(text: str, start: int) -> bool:
    """Whether the date at ``start`` closes a span of time (``_DEADLINE``), not when it is
    the day "up to today" names (``_AS_OF_TODAY``), or is a task's deadline (``_DUE_BY``)."""
    window = max(0, start - _DEADLINE_WINDOW)
    if _DEADLINE.search(text, window, start) is not None:
        return _AS_OF_TODAY.search(text, window, start) is None
    return due_by(text, start)


def due_by(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the day a task must be done by (``_DUE_BY``)."""
    window = text[max(0, start - _DUE_WINDOW):start].lower()
    return any(word in window for word in ("selesai", "rampung", "tuntas")) and _DUE_BY.search(
        text, max(0, start - _DUE_WINDOW), start) is not None


def furniture(text: str, start: int, end: int) -> int:
    """1 for a date printed as page furniture rather than written in a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if dateline_stamp(text, start, end) or link_at(text, start):
        return 1  # the page's stamp, or another article's date
    if "|" in text[start:end] or _FURNITURE_LINE.search(line) or (
            "|" in line and len(line) < _SHORT_LINE) or (
            len(line) < _SHORT_LINE and _CLOCK.search(text, start, end)
            and _byline_lead(text[line_start:start])) or (
            _CLOCK.search(text, start, end) and _section_lead(text[line_start:start])):
        return 1  # a byline: a short line opening with a date and its time ("..., 19:21 Ani")
    tail = text[end:len(text) if line_end < 0 else line_end]
    if _CLOCK_TAIL.fullmatch(tail) and _byline_lead(text[line_start:start]) or (
            _CLOCK_TAIL.fullmatch(text[line_start:start]) and not tail.strip()):
        return 1  # "Kamis, 31 Oktober 2024 – 01:00 WIB", "13:55 November 6, 2024": a stamp,
        #           its time after or before its date on a line of their own
    if not text[line_start:start].strip() and _SIGN_OFF.fullmatch(tail):
        return 1  # "Minggu, 13 Mei 2018 (Srf/Er)": the story's sign-off, its editors' initials
    rest = text[line_start:start] + tail
    return 0 if any(c.isalnum() for c in rest) else 1


# The initials of a story's writer and editor closing its last line: "(Srf/Er)", "(ant/red)".
_SIGN_OFF = re.compile(r"[^\S\n]*\([A-Za-z]{1,6}(?:[^\S\n]*/[^\S\n]*[A-Za-z]{1,6})*\)[^\S\n]*")


# A clock time beside a date on their own line, the zone after it: " – 01:00 WIB", ", 10.15
# WITA" (or the time first: "13:55 ")
_CLOCK_TAIL = re.compile(r"[^\S\n]*[-–—|,]?[^\S\n]*(?:pukul[^\S\n]+|jam[^\S\n]+)?\d{1,2}[:.]\d{2}"
                         r"(?:[^\S\n]*(?:WIB|WITA|WIT))?[^\S\n]*", re.IGNORECASE)


_BYLINE_LEAD_CHARS = 40  # an author's or outlet's name before a stamp: "Ani Lestari - "
_BYLINE_SEPARATORS = "-–—:,/"
_BULLETS = "\u2022\u00b7"  # "TV Agam \u2022 Politik 10 November 2023 JAM 06:00 WIB"


def _byline_lead(before: str) -> bool:
    """What stands before a date with its time on a short line is nothing, or a name closed by
    a separator ("Ani Lestari - Selasa, 01 Oktober 2024 10:32 WIB", "Kompas.com - 10/06/2024,
    10:29 WIB") or an outlet and its section set apart by a bullet: a publication stamp, not a
    sentence."""
    lead = before.rstrip()
    if not any(c.isalnum() for c in lead):
        return True
    return len(lead) <= _BYLINE_LEAD_CHARS and (
        lead[-1] in _BYLINE_SEPARATORS or any(c in _BULLETS for c in lead))



def _section_lead(before: str) -> bool:
    """A short label closed by a bar before a date with its time ("Daerah | 3 Mei 2024, 09:12
    WIB"): a page's section and stamp, even when the page glued the story's first paragraph to
    the stamp's line (a bar never stands in prose before a date)."""
    lead = before.rstrip()
    return lead.endswith("|") and len(lead) <= _BYLINE_LEAD_CHARS


def publication_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is page furniture carrying its clock time ("SENIN,
    3 MARET 2025 | 09:15 WIB | REPORTER: ..."): the page's publication time (LABELS reads
    ``published_local`` from it), which dates no occasion; an article that states no other
    day has no event date. A dateline's date without a time may still date the report."""
    return _CLOCK.search(text, start, end) is not None and bool(furniture(text, start, end)) \
        and not dateline_stamp(text, start, end)


def dateline_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] lies in the dateline opening the text ("Mappi
    (5/2/2024): ...", "PADANG, 12/9 (ANTARA) - ...") as the place reader finds it
    (``places.dateline.find_dateline``, the project's one reading of a dateline): the page's
    filing stamp, not the occasion's day (the lead dates its occasion itself), so, like a
    byline, it counts only when nothing else is left, and never starts an occasion of its own.
    A head naming no place ("Rabu, 16 Oktober 2024 - ...") is no dateline there, so not here."""
    span = _dateline_span(text)
    return span is not None and span[0] <= start and end <= span[1]


@lru_cache(maxsize=4)
def _dateline_span(text: str) -> tuple[int, int] | None:
    """The offsets of the dateline's head in ``text`` (one look per text: every date of it
    asks)."""
    found = find_dateline(text)
    return (found.start, found.end) if found is not None else None


def tally_cut_off(text: str, end: int) -> bool:
    """Whether a tally follows the date ending at ``end`` (``_TALLY_AFTER``): with a
    :func:`deadline` before it, the date is a count's cut-off."""
    return _TALLY_AFTER.match(text, end) is not None
