"""Elections a text names with their year, in time order.

Shared by the event-date chooser (a date more than a year before the latest election named is
an earlier election's) and the activity judges (a case of an election before the latest named
is background). Held in one place so both read the same election from the same words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.prefilter import finditer, scanner

__all__ = ["ELECTIONS", "ELECTION_YEAR", "election_rank", "latest_election_rank",
           "latest_election_year"]

# every election word, also the regional ones named by office ("Pilgub Jabar 2018")
ELECTIONS = (r"pemilu|pemilukada|pilkada|pileg|pilpres|pemilihan|pilgub|pilbup|pilwako|pilwalkot"
             r"|pilwali|pilbub")
# an election with its year, up to three words apart ("Pilkada serentak 2024", "Pemilihan
# Bupati Agam 2024"); the nearest election word of "Pemilu dan Pilkada 2024" is the year's
ELECTION_YEAR = re.compile(rf"\b({ELECTIONS})\s+((?:(?!(?:{ELECTIONS})\b)\w+\s+){{0,3}}?)"
                           r"(20\d\d)\b", re.IGNORECASE)
_GENERAL = frozenset({"pemilu", "pileg", "pilpres"})
# "Pemilihan" alone is the regional election (the law's word for it), not "Pemilihan Umum"
_GENERAL_PEMILIHAN = re.compile(r"(?:umum|presiden|legislatif|anggota)\b", re.IGNORECASE)
_YEAR = scanner(re.compile(r"\b20[0-4]\d\b"))


def election_rank(match: re.Match[str]) -> int:
    """An election of ``ELECTION_YEAR`` in time order: its year twice, plus one for a regional
    election, held after the general one in a year of both (Pemilu 2024 in February, Pilkada
    2024 in November): the cases of the one are background to the other's."""
    word = match.group(1).lower()
    general = word in _GENERAL or (word == "pemilihan"
                                   and bool(_GENERAL_PEMILIHAN.match(match.group(2))))
    return int(match.group(3)) * 2 + (0 if general else 1)


@lru_cache(maxsize=4)
def latest_election_rank(text: str) -> int:
    """The latest election the text names with its year, as ``election_rank`` (0 when none):
    each year of the text is checked (few) rather than every election word (slow to find)."""
    return max((election_rank(e) for m in finditer(_YEAR, text)
                for e in ELECTION_YEAR.finditer(text, max(0, m.start() - 60), m.end())
                if e.end() == m.end()), default=0)


def latest_election_year(text: str) -> int:
    """The year of the latest election the text names (0 when none)."""
    return latest_election_rank(text) // 2
