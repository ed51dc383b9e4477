"""The regency whose own body or head opens the lead, against a dateline naming another city.

A regional outlet files from its own city (often a province's capital) about a regency's
occasion: "PADANG - Bawaslu Kabupaten X, Sumatera Barat, mencatat ...", "KOTA A | Penjabat
Bupati Y, Provinsi Z, mengingatkan ...". The lead's subject says whose occasion it is; the
dateline says only where the desk sits. When the text names no place of its own for the
occasion (no venue's region, no "di <city>", those come first: transforms/places/resolve.py),
the occasion is the regency's, not the dateline city's. Only under a dateline of a province's
seat (where regional desks sit) or of another province (an outlet's base elsewhere); a
neighbouring town of the same province may be where the regency's body met.

Not when the lead tells of the holder going to or attending another's occasion ("menghadiri",
"mengikuti"), or names a venue or another region after "di"; nor when the body names the
dateline's city again with a kind, a title or "di" (the occasion may be there; a bare name
after the holder's may be the province's: "Bawaslu X, Yogyakarta"); nor when the words opening
the lead are not a body or an official's title (an election's name: "Pemilihan Bupati X ...",
people: "ASN di Kabupaten X ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transforms.places.dateline import Dateline
from transforms.places.mentions import RegionMention, region_mentions
from transforms.places.province_level import PROVINCE_CAPITALS

__all__ = ["lead_holder"]

_OPENING_MAX_CHARS = 90  # the holder is the first thing the lead names
_LEAD_MAX_CHARS = 600
# Punctuation between the dateline's head and the lead ("PADANG -", "TIMIKA |", "Kota, Outlet –").
_HEAD_TAIL = re.compile(r"[\s\-\u2013\u2014:|,.]*")
# Words that may open the lead before the regency's name: a body's long name and its
# abbreviation in brackets, an official's title ("Badan Pengawas Pemilu (Bawaslu) Kabupaten X",
# "Penjabat Sementara (Pjs) Bupati X", "Ketua Bawaslu X").
_OPENING_WORD = re.compile(
    r"(?:\((?:[A-Z][\w.-]*)\)|Badan|[Pp]engawas|Pemilihan|[Pp]emilu|[Uu]mum|Komisi|Pemerintah"
    r"|Daerah|Kesatuan|Bangsa|dan|Politik|Kepegawaian|Penjabat|[Ss]ementara|Pj\.?|Pjs\.?"
    r"|Plt\.?|Pelaksana|Tugas|Ketua|Wakil|Anggota|Koordinator|Kepala|Sekretaris|Bawaslu|KPU"
    r"|Panwaslu|Pemkab|Pemkot|Pemko|Pemda|BKPSDM|BKD|Kesbangpol|Bakesbangpol|Inspektorat)")
_OPENING = re.compile(rf"(?:{_OPENING_WORD.pattern}[^\S\n]*)*")
# The holder's name must end on a body, or be a body or title itself ("Bupati X", "Bawaslu X").
_HOLDER_END = re.compile(
    r"(?:Bawaslu|KPU|KPUD|Panwaslu|Pemkab|Pemkot|Pemko|Pemda|Pemerintah|Daerah|BKPSDM|BKD"
    r"|Kesbangpol|Bakesbangpol|Inspektorat|Politik)\)?[^\S\n]*$")
_ELECTION_END = re.compile(r"(?:Pemilihan|[Pp]emilu|Pilkada|Pilbup|[Cc]alon)\)?[^\S\n]*$")
# An election body's full name, which ends on the election's word ("Badan Pengawas Pemilu
# Kabupaten X", "Komisi Pemilihan Umum Kota Y"): the body, not an election's name.
_BODY_NAME_END = re.compile(r"(?:[Pp]engawas[^\S\n]+(?:[Pp]emilihan[^\S\n]+[Uu]mum|[Pp]emilu)"
                            r"|Komisi[^\S\n]+[Pp]emilihan[^\S\n]+[Uu]mum)[^\S\n]*$")
_KIND_ONLY = re.compile(r"(?i:kabupaten|kab\b|kota(?!madya))")
# Going to or attending another's occasion: the dateline's city may be where it was.
_ATTENDS = re.compile(r"(?<!\w)(?:menghadiri|mengikuti|hadir|berkunjung|kunjungan|bertandang"
                      r"|diundang|ke[^\S\n]+(?:Kota|Kabupaten|Kantor|Gedung|Hotel))(?!\w)",
                      re.IGNORECASE)


def lead_holder(text: str, line: Dateline, lead_start: int, province: str | None,
                venues: Sequence[int] = ()) -> RegionMention | None:
    """The regency whose body or head opens the lead at ``lead_start`` (just after the
    dateline's head, or the lead line when the dateline stands apart), when it is another
    region than the dateline's, the lead paragraph names no venue (``venues``: where the
    text's venues start) nor another region after "di", and the body names the dateline's
    city nowhere else."""
    region = line.region
    if region is None:
        return None
    start = _HEAD_TAIL.match(text, lead_start).end()
    stop = text.find("\n", start, start + _LEAD_MAX_CHARS)  # the lead paragraph (a sentence
    stop = stop if stop >= 0 else min(len(text), start + _LEAD_MAX_CHARS)  # may end at "H.")
    first = next((m for m in region_mentions(text, province, start, min(
        stop, start + _OPENING_MAX_CHARS + 60))), None)
    if first is None or not first.prefixed or first.start - start > _OPENING_MAX_CHARS:
        return None
    if first.region == region or first.region in line.candidates or (
            region.regency not in PROVINCE_CAPITALS
            and first.region.province_code == region.province_code):
        return None  # a neighbouring town's dateline may be where the regency's body met
    opening = text[start:first.start]
    if opening.endswith("("):  # the mention opens on the body's short form in brackets:
        opening = opening[:-1]  # "Badan Pengawas Pemilihan Umum (Bawaslu) Luwu"
    if _OPENING.fullmatch(opening) is None:
        return None
    body = _BODY_NAME_END.search(opening) is not None
    if not body and (_KIND_ONLY.match(text, first.start) and not _HOLDER_END.search(opening)
                     or _ELECTION_END.search(opening)):
        return None  # "Kabupaten X" alone names a place, "Pemilihan Bupati X" an election
    if _ATTENDS.search(text, first.end, stop) or any(first.end <= v < stop for v in venues):
        return None
    if any(m.region != first.region and _AT.search(text, max(0, m.start - 4), m.start)
           for m in region_mentions(text, province, first.end, stop)):
        return None  # "... mencatat kasus di Kota C": the lead says where
    after = max(line.end if line.start >= 0 else 0, first.end)
    if any(m.region == region and (m.prefixed or _AT.search(text, max(0, m.start - 4), m.start))
           for m in region_mentions(text, province, after)):
        return None
    return first


_AT = re.compile(r"(?<!\w)di[^\S\n]+$", re.IGNORECASE)
