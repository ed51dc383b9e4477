"""The shapes of an event date in Indonesian article text: vocabulary and compiled regexes.

Part of the event-date reader (transforms/events/dates/find.py has the overview): this module only
says what a date may look like; transforms/events/dates/reading.py turns one match into a date,
dates/find.py scans a body and picks the event date. One pattern per tier, tried in
this order: explicit dates ("Kamis (26/9)", "27 November 2024", "2024-07-04"), weekdays alone
("..., Minggu."), relative words ("kemarin", "2 jam lalu", "pekan depan"); each runs only when
a cheap hint is in the text, and only where one of its literal prefixes stands (the scanners
at the end).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transforms.extract.dates import LONG_DATE, MONTHS, ZONES
from transforms.prefilter import Scanner, scanner

# --- vocabulary ------------------------------------------------------------------------------

WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5,
            "minggu": 6, "ahad": 6, "jumaat": 4,
            # older and Javanese spellings, read only right before a date ("Senen (9/9)"):
            # alone they are also places and names ("Pasar Senen")
            "senen": 0, "rebo": 2, "kemis": 3, "saptu": 5}
APOSTROPHES = "'’`ʼ"
PARTS_OF_DAY = {"pagi": "pagi", "siang": "siang", "sore": "sore", "petang": "sore",
                "malam": "malam", "dini hari": "dini hari", "subuh": "dini hari"}
NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                "delapan": 8, "sembilan": 9, "sepuluh": 10}

# "Jum'at", "Jum’at", "Jumaat" and the typo "Jum,at" are Jumat.
WEEKDAY_NOISE = APOSTROPHES + ","
_WD = (rf"(?:senin|selasa|rabu|kamis|jum[{WEEKDAY_NOISE}]?a?at|sabtu|minggu|ahad)"
       rf"(?![\w{APOSTROPHES}])")
_WD_BEFORE_DATE = (rf"(?:senin|senen|selasa|rabu|rebo|kamis|kemis|jum[{WEEKDAY_NOISE}]?a?at"
                   rf"|sabtu|saptu|minggu|ahad)(?![\w{APOSTROPHES}])")
_POD = r"(?:dini\s+hari|pagi|siang|sore|petang|malam|subuh)"
_ZONE = "|".join(sorted(ZONES, key=len, reverse=True))
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

# "pukul 21.00 WIB", "sekitar pukul 9", "09:30 WITA", "10.15 WIB" (a dotted time needs a zone,
# so "1.500" after a date is never read as a time).
_TIME = (
    r"(?:(?:sekitar|sekira|kurang\s+lebih|mulai)\s+)?"
    r"(?:(?:pukul|pkl\.?|jam)\s*(?P<t_h>\d{1,2})(?:[.:](?P<t_m>\d{2}))?"
    rf"|(?P<t_h2>\d{{1,2}})(?::|\.(?=\d{{2}}\s*(?:{_ZONE})\b))(?P<t_m2>\d{{2}}))"
    rf"(?!\d)(?:\s*(?:{_ZONE})\b)?(?:\s+waktu\s+setempat)?"
)
# What may follow a date: part of day, a time, "mendatang" (future), "kemaren"/"lalu" (past).
_TAIL = (
    r"(?:"
    rf"\s*,?\s*(?:(?P<t_pod>{_POD})|{_TIME})(?!\w)"
    r"|\s+(?P<t_fut>mendatang|yang\s+akan\s+datang|nanti|depan|besok(?=\s*[.,;)]|\s*$))(?!\w)"
    r"|\s+(?P<t_past>kemarin|kemaren|yang\s+lalu|lalu|silam|tadi)(?!\w)"
    r"|\s+(?P<t_ini>ini)(?!\w)"
    r"|\s+(?P<t_week>(?:pekan|minggu)\s+(?:depan|lalu|ini))(?!\w)"  # "Senin pekan depan"
    r"){0,4}"
)
# What may precede a date: "Kamis, ", "Rabu , pagi ", "Sabtu-Minggu ", "tanggal "; a relative
# word between a weekday and its date belongs to the date ("Kamis kemarin (3/10)", "Rabu besok
# (9/10)": a day to come, as "mendatang" after it; not "Rabu, besok (10/10)": the saying's day,
# then the next day's).
_PREFIX = (
    rf"(?:(?<!\w)(?P<wd>{_WD_BEFORE_DATE})(?:\s*[-–]\s*{_WD})?\s*,?\s*"
    rf"(?:(?P<pod1>{_POD})\s*,?\s*)?"
    r"(?:(?:lalu|kemarin|kemaren|(?<=\w\s)(?P<p_fut>besok|esok))\s*,?\s*)?)?"
    r"(?:(?<!\w)(?:tanggal|tgl\.?)\s*)?"
)
# "hingga", "s/d", "s.d.", "sd", "sampai dengan": the end of a range of days
_UNTIL = r"(?:s/d|s\.?d\.?|hingga|sampai(?:\s+dengan)?)"
_NOT_AFTER_NUMBER = r"(?<![\w./:-])(?<!\d,)"  # "1,5" is a number, "Kamis,12 Juli" a date

# Every explicit shape in one pattern, so the optional prefix is tried once per position.
# Alternatives at one position are tried in order: long forms before numeric ones, since a
# day range "26-27 September" must not be read as day 26 of month 27.
EXPLICIT_DATE = re.compile(
    # "(26/9)", "[26/9]", and the typo ")17/5)"
    "(?:" + _PREFIX + r"(?:(?P<open>[(\[]|\)(?=\d))\s*)?" + _NOT_AFTER_NUMBER + "(?:"
    # "27 November 2024 pukul 08.00 WIB": the published-date parser's own LONG_DATE
    + rf"(?:{LONG_DATE.pattern})(?!\d)"
    # "30 Oktober hingga 1 November 2024", "30 Desember - 2 Januari": a range across months
    + rf"|(?P<rd>\d{{1,2}})\s*(?P<rm>{_MONTH})\.?\s*(?:[-–]|{_UNTIL})"
    + rf"\s*\d{{1,2}}\s*(?P<rm2>{_MONTH})\.?(?!\w)(?:\s*,?\s*(?P<ry>\d{{4}})(?!\d))?"
    # "26-27 September 2024", "10 dan 14 September 2020", "27 November, 2024",
    # "4 bulan Juli 2024", "30 Maret '24", year-less "27 November"
    + rf"|(?P<ld>\d{{1,2}})(?:\s*(?:[-–,&]|dan|{_UNTIL})\s*\d{{1,2}})?"
    + rf"\s*(?:bulan\s+)?(?P<lm>{_MONTH})\.?(?!\w)"
    + rf"(?:\s*,?\s*(?:tahun\s+)?(?P<ly>\d{{4}})(?!\d)|\s*[{APOSTROPHES}](?P<ly2>\d{{2}})(?!\d))?"
    # "(26/9)", "4-7-2024", "04/07/24", "13-14/7/2024", typos "29//6", "21/9/202", "7/12/2203"
    + r"|(?P<d>\d{1,2})(?:\s*[-–]\s*\d{1,2}(?=\s?/))?\s?(?P<sep>//?|-)\s?(?P<m>\d{1,2})"
    + r"(?:\s?[/-]\s?(?P<y>\d{2,4}))?(?![\d/]|[-.,]\d)"
    # "Sabtu, Maret 30, 2024" (WordPress themes)
    + rf"|(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}}),?\s+(?P<my>\d{{4}})(?!\d)"
    # "4.7.2024": dotted, only with a four-digit year ("1.500" is a number); a full stop may
    # end the sentence after it, a digit after the dot is a longer number
    + r"|(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>(?:19|20)\d{2})(?!\d|[.,]\d)"
    # "2024-07-04"
    + r"|(?P<iy>(?:19|20)\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?:(?![\w/]|[-.]\d)|(?=T\d))"
    + r")(?(open)\s*[)\]])"
    # "Rabu 25 Oktiber 2023": a misspelt month name, read only after a weekday and with a year
    # (misspelt_month below says which month, the weekday must fit the date)
    + rf"|(?<!\w)(?P<fw>{_WD_BEFORE_DATE})\s*,?\s*(?P<fd>\d{{1,2}})\s+(?P<fm>[a-z]{{5,10}})"
    + r"\s*,?\s*(?P<fy>(?:19|20)\d{2})(?!\d))" + _TAIL,
    re.IGNORECASE,
)
WEEKDAY = re.compile(
    rf"(?<!\w)(?P<wd>{_WD})"
    rf"(?P<range>\s*(?:[-–/,]|s/d|s\.d\.?|hingga|sampai(?:\s+dengan)?|dan|atau)\s*{_WD})?"
    + _TAIL,
    re.IGNORECASE,
)
_COUNT = rf"(?:(?P<n>\d{{1,3}})\s*|(?P<nw>{'|'.join(NUMBER_WORDS)})\s+|(?P<se>se))"
RELATIVE = re.compile(
    r"(?<![\w./,])(?:"
    r"(?P<kl>kemar[ie]n\s+lusa)"
    r"|(?P<kem>kemar[ie]n)"
    r"|(?P<today>hari\s+ini)"
    r"|(?P<semalam>semalam)"
    rf"|tadi\s+(?P<tadi_pod>{_POD})"
    rf"|(?P<pod_tadi>{_POD})\s+(?P<pt>tadi|ini)"
    rf"|{_COUNT}(?P<unit>menit|jam|hari|pekan|minggu|bulan)\s+"
    r"(?P<dir>yang\s+lalu|lalu|lagi|mendatang)"
    r"|(?P<vague>pekan|minggu)\s+(?P<vdir>lalu|depan)"
    r"|(?P<besok>besok|esok(?:\s+hari)?)"
    r"|(?P<lusa>lusa)"
    r")(?!\w)" + _TAIL,
    re.IGNORECASE,
)

# Words shortly before a date that announce it: "yang akan dilaksanakan pada 27 November";
# tomorrow and the day after, from whoever speaks ("Besok (13/11), kami turun ke lapangan").
CUE_WORDS = frozenset({"akan", "bakal", "dijadwalkan", "direncanakan", "rencananya", "hendak",
                       "nanti", "menjadwalkan", "merencanakan", "rencana", "besok", "esok",
                       "lusa", "diagendakan", "mengagendakan", "agendanya", "bakalan",
                       "segera"})
# Words that point ahead only from a publication date ("menjelang 27 November", "hingga ...",
# "mulai Senin (5/8)"): without one they may well tell of a past occasion.
WEAK_CUE_WORDS = frozenset({"jelang", "menjelang", "hingga", "sampai", "lambat", "mulai",
                            "cepat"})  # "paling lambat", "paling cepat"
CLAUSE_BREAKS = ",.;:!?()[]\"“”"
EVERY = re.compile(r"(?<!\w)(?:setiap|tiap|saban)\s+(?:hari\s+)?$", re.IGNORECASE)
COUNT_BEFORE = re.compile(
    rf"(?:\d|(?<!\w)(?:{'|'.join(NUMBER_WORDS)}|beberapa))\s*$", re.IGNORECASE
)

# Full month names a slip of one letter is read back to ("Oktiber", "Novembr", "Septemebr" no).
_FULL_MONTHS = tuple((name, number) for name, number in MONTHS.items() if len(name) >= 5)


def _one_slip(word: str, name: str) -> bool:
    """``word`` is ``name`` with one letter changed, added or left out."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    i = 0
    while i < min(len(word), len(name)) and word[i] == name[i]:
        i += 1
    if len(word) == len(name):
        return word[i + 1:] == name[i + 1:]
    return word[i + 1:] == name[i:] if len(word) > len(name) else word[i:] == name[i + 1:]


def misspelt_month(word: str) -> int | None:
    """The month a misspelt month name stands for, when one letter tells it from exactly one
    month ("Oktiber" is October); None for any other word."""
    low = word.lower()
    months = {number for name, number in _FULL_MONTHS if _one_slip(low, name)}
    return months.pop() if len(months) == 1 else None


EXPLICIT, WEEKDAY_TIER, RELATIVE_TIER = 0, 1, 2
# A scanner's matches are kept only when a cheap hint is in the lower-cased text (dates._scan asks
# it after the prefiltered scan found some: the scan costs less).
_WEEKDAY_HINTS = ("senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad")
_RELATIVE_HINTS = ("kemar", "hari", "malam", "lalu", "lagi", "mendatang", "besok", "esok",
                   "lusa", "pagi", "siang", "sore", "petang", "subuh", "pekan", "minggu", "tadi")
_DIGIT = re.compile(r"\d")
# Each pattern is tried only where one of its literal prefixes stands (transforms/prefilter.py).
SCANNERS: tuple[tuple[Scanner, int, Callable[[str], bool]], ...] = (
    (scanner(EXPLICIT_DATE), EXPLICIT, lambda low: _DIGIT.search(low) is not None),
    (scanner(WEEKDAY), WEEKDAY_TIER, lambda low: any(h in low for h in _WEEKDAY_HINTS)),
    (scanner(RELATIVE), RELATIVE_TIER, lambda low: any(h in low for h in _RELATIVE_HINTS)),
)
METHOD_TIER = {"weekday": WEEKDAY_TIER, "relative": RELATIVE_TIER}
