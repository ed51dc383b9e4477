"""Elections a text names with their year, in time order.

Shared by the event-date chooser (a date more than a year before the latest election named is
an earlier election's), the date reader (the year of a date written without one, when the page
gives none) and the activity judges (a case of an election before the latest named is
background). Held in one place so all read the same election from the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from transforms.prefilter import finditer, scanner

__all__ = ["ELECTIONS", "ELECTION_YEAR", "VOTING_DAY", "VOTING_DAYS", "election_rank", "is_general",
           "latest_election_rank", "latest_election_year", "upcoming_voting_years",
           "voting_day_years"]

# every election word, also the regional ones named by office ("Pilgub Jabar 2018")
ELECTIONS = (r"pemilu|pemilukada|pilkada|pileg|pilpres|pemilihan|pilgub|pilbup|pilwako|pilwalkot"
             r"|pilwali|pilbub")
# An election with its year (groups: the election word, the words between, the year), up to ten
# words apart so the formal names fit ("Pilkada Serentak 2024", "Pemilihan Serentak Tahun 2024",
# "Pemilihan Bupati dan Wakil Bupati Kabupaten Sukamaju Barat Daya Tahun 2024", "Pilkada
# serentak 27 November 2024"); words are parted by spaces or brackets only, so a clause break
# ends the tie. The nearest election word of "Pemilu dan Pilkada 2024" is the year's, and of
# "Pemilihan Kepala Daerah (Pilkada) Serentak 2020" too.
# A village-head election ("Pemilihan Kepala Desa 2025", "Pilkades serentak 2025") is none of
# these: its year is not the Pilkada's or the Pemilu's, and an election word before it must not
# reach across it to its year ("Pilkada dan Pilkades 2025").
_VILLAGE = r"pilkades|pilkadesa|pilwana"
# A candidate of the general election with its year names that election too ("Calon
# Legislatif (Caleg) 2019", "capres 2024").
_CANDIDATES = r"caleg|capres|cawapres"
ELECTION_YEAR = re.compile(
    rf"(?<!\w)({ELECTIONS}|{_CANDIDATES})"
    r"(?![\s()]+(?:kepala\s+desa|kades|kepala\s+kampung|wali\s+nagari)\b)"
    rf"((?:[\s()]+(?!(?:{ELECTIONS}|{_VILLAGE}|tahun)\b)\w+){{0,10}}?)"
    r"[\s()]+(?:tahun\s+)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_GENERAL = frozenset({"pemilu", "pileg", "pilpres", "caleg", "capres", "cawapres"})
# "Pemilihan" alone is the regional election (the law's word for it), not "Pemilihan Umum"
_GENERAL_PEMILIHAN = re.compile(r"[\s()]*(?:umum|presiden|legislatif|anggota)\b", re.IGNORECASE)
_YEAR = scanner(re.compile(r"\b(?:19|20)\d\d\b"))
_REACH = 160  # how far before its year an election word of ``ELECTION_YEAR`` may start

# The voting days of Indonesia's nationwide elections since direct regional elections were held
# together (latest first): a text that names the voting day but no year ties its occasion to
# one of these elections.
VOTING_DAYS: dict[tuple[int, str], tuple[int, ...]] = {
    (27, "november"): (2024,), (14, "februari"): (2024,), (9, "desember"): (2020, 2015),
    (17, "april"): (2019,), (27, "juni"): (2018,), (15, "februari"): (2017,),
    (9, "april"): (2014,), (9, "juli"): (2014,),  # Pemilu 2014: the legislative, the presidential
}
# A voting day named with its election ("pilkada serentak 9 Desember mendatang")
# ("pesta demokrasi", the election's everyday name: "pesta demokrasi yang akan digelar 9
# Desember mendatang")
_ELECTION_WORD = (r"(?<!\w)(?:pilkada|pemilukada|pemilu|pemilihan|pencoblosan|pemungutan\s+suara"
                  r"|pesta\s+demokrasi)\b")
_VOTING_MONTHS = "|".join(sorted({month for _, month in VOTING_DAYS}))
VOTING_DAY = re.compile(
    _ELECTION_WORD + rf"[^.\n]{{0,60}}?(?<!\d)(\d{{1,2}})\s+({_VOTING_MONTHS})\b", re.IGNORECASE)
# The same read from its day back (a text holds few such days; the election words are many):
# the first day with an election word at most 60 characters before it in its sentence is
# the day of ``VOTING_DAY``'s first match.
_VOTING_MONTH = re.compile(_VOTING_MONTHS)  # in lower case
_VOTING_DAY_NUMBER = re.compile(r"(?<!\d)(\d{1,2})\s+\Z")
_ELECTION_BEFORE = re.compile(_ELECTION_WORD + r"[^.\n]{0,60}\Z", re.IGNORECASE)
_ELECTION_REACH = 60 + len("pemungutan suara") + 8
_ELECTION_STEMS = re.compile(r"pilkada|pemil|pencoblosan|pemungutan|pesta")  # a cheap test first


def is_general(match: re.Match[str]) -> bool:
    """Whether a match of ``ELECTION_YEAR`` names the general election (Pemilu, Pileg,
    Pilpres, Pemilihan Umum), not a regional one (Pilkada, Pilbup, Pemilihan Serentak)."""
    word = match.group(1).lower()
    return word in _GENERAL or (word == "pemilihan"
                                and bool(_GENERAL_PEMILIHAN.match(match.group(2))))


def election_rank(match: re.Match[str]) -> int:
    """An election of ``ELECTION_YEAR`` in time order: its year twice, plus one for a regional
    election, held after the general one in a year of both (Pemilu 2024 in February, Pilkada
    2024 in November): the cases of the one are background to the other's."""
    return int(match.group(3)) * 2 + (0 if is_general(match) else 1)


@lru_cache(maxsize=4)
def latest_election_rank(text: str) -> int:
    """The latest election the text names with its year, as ``election_rank`` (0 when none):
    each year of the text is checked (few) rather than every election word (slow to find)."""
    return max((election_rank(e) for m in finditer(_YEAR, text)
                for e in ELECTION_YEAR.finditer(text, max(0, m.start() - _REACH), m.end())
                if e.end() == m.end()), default=0)


def latest_election_year(text: str) -> int:
    """The year of the latest election the text names (0 when none)."""
    return latest_election_rank(text) // 2


def _voting_days(text: str) -> Iterator[tuple[tuple[int, ...], int]]:
    """Each voting day the text names with an election word, in text order: the years of the
    elections held that day (latest first) and where the day's month ends."""
    low = text.lower()
    if len(low) != len(text):  # (a character whose lower case is longer: offsets differ)
        for voting in VOTING_DAY.finditer(text):
            yield VOTING_DAYS.get((int(voting[1]), voting[2].lower()), ()), voting.end()
        return
    for month in _VOTING_MONTH.finditer(low):
        end = month.end()
        if end < len(low) and (low[end].isalnum() or low[end] == "_"):
            continue  # "Juliana", "Juni2024": no month word
        day = _VOTING_DAY_NUMBER.search(text, max(0, month.start() - 12), month.start())
        if day is None:
            continue
        reach = max(0, day.start() - _ELECTION_REACH)
        if _ELECTION_STEMS.search(low, reach, day.start()) and _ELECTION_BEFORE.search(
                text, reach, day.start()):
            yield VOTING_DAYS.get((int(day.group(1)), month.group()), ()), end


@lru_cache(maxsize=4)
def voting_day_years(text: str) -> tuple[int, ...]:
    """The years of the elections held on the first voting day the text names with an election
    word (latest first; () when it names none)."""
    return next((years for years, _ in _voting_days(text)), ())


# a voting day told as still to come: "pilkada serentak 9 Desember mendatang", "... 27 November
# 2024 nanti"
_TO_COME = re.compile(r"[^\S\n]*(?:20\d\d[^\S\n]*)?(?:mendatang|nanti"
                      r"|yang[^\S\n]+akan[^\S\n]+datang)\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def upcoming_voting_years(text: str) -> tuple[int, ...]:
    """As ``voting_day_years``, of the first voting day told as still to come ("mendatang",
    "nanti"): the text's own election, whatever earlier ones it names with their year (not "...
    pemilihan itu dijadwalkan 9 Desember": a day of something else)."""
    return next((years for years, end in _voting_days(text) if _TO_COME.match(text, end)), ())
