"""Which election a text is about, for the activity judges: the latest it names (outside
documents' subjects), a voting day told as still to come, or its own time (the page's year, else
its latest full date). Cases and sanctions of an election before it are background
(``activities.background``).

Split from ``activities.classify``, which asks it once per text (``judged``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from transforms.events.elections import latest_election_rank, upcoming_voting_years

__all__ = ["occasion_election_rank"]

# a document's subject ("Surat Edaran Nomor ... tentang Netralitas Pegawai pada Pilkada 2018
# serta Pemilihan Presiden dan Pemilu Legislatif 2019"): the elections it names are the rule's
_DOCUMENT_SUBJECT = re.compile(r"\b(?:nomor|no\.)\s*(?:(?!\.\s)[^\n]){0,80}?\btentang\b[^\n]*?"
                               r"(?:\.(?=\s)|$)", re.IGNORECASE | re.MULTILINE)


# the year of a date written in full ("24/9/2024", "24 September 2024"): a year, then what
# comes before it (a text has few years, many digits)
_YEAR = re.compile(r"20\d\d")  # (a literal start: found fast; its edges checked below)
_FULL_DATE_BEFORE = re.compile(r"\b\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\Z"
                               r"|\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli"
                               r"|agustus|september|oktober|november|desember)\s+\Z", re.IGNORECASE)


def _full_date_years(text: str) -> Iterator[int]:
    """The years of the dates ``text`` writes in full, in text order."""
    for year in _YEAR.finditer(text):
        a, b = year.span()
        if (a and (text[a - 1].isalnum() or text[a - 1] == "_")) or (
                b < len(text) and (text[b].isalnum() or text[b] == "_")):
            continue  # "12024", "2024a": no year of its own
        if _FULL_DATE_BEFORE.search(text, max(0, a - 20), a):
            yield int(year.group())


_YEARS_ON = 3  # an election this many years before the text's time is an earlier one


@lru_cache(maxsize=4)  # asked for each part of a text's events
def occasion_election_rank(text: str, page_year: int = 0) -> int:
    """``latest_election_rank`` of the text outside documents' subjects: a circular about
    "Pilkada 2018, Pileg and Pilpres 2019" read in a Pilkada 2018 article does not make the
    article's Pilkada an earlier election. A voting day the text names as still to come
    ("pilkada serentak 9 Desember mendatang") whose elections are all later than every year
    named is the text's election (as the date reader reads it): "pada Pemilu 2014" beside
    it is an earlier one. So is an election three or more years before ``page_year`` (0
    unknown: the latest full date the text writes)."""
    if "tentang" not in text:
        rank = latest_election_rank(text)
    else:
        masked = _DOCUMENT_SUBJECT.sub(lambda m: " " * len(m.group()), text)
        rank = latest_election_rank(masked) or latest_election_rank(text)
    held = upcoming_voting_years(text) if rank else ()
    if held and rank // 2 < held[0] and rank // 2 not in held:
        return held[0] * 2  # (as a general election's: the lowest rank of its year)
    # an election three or more years before the page's own year, else before the latest full
    # date the text writes ("Pada Pemilu 2014, ..." in a text dated 24/9/2024), is not the
    # text's own (a case reported two years on, as sanctions often are, still is); a date after
    # the page's year is one to come ("sanksi berlaku hingga 14 Maret 2025"), not the text's time
    written = (page_year or max(_full_date_years(text), default=0)) if rank else 0
    if written - _YEARS_ON >= rank // 2:
        return (written - _YEARS_ON + 1) * 2
    return rank
