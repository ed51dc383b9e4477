"""Name the institutions an ASN-neutrality article mentions, by one canonical name each.

Watchdogs ask "was Bawaslu there, did KASN get a report?", so long forms, abbreviations and
common misspellings of one institution collapse to one value (long forms to the abbreviation).
Acronyms are matched case-sensitively: lowercase "bkn" is chat slang for "bukan", not BKN.
Alternatives are tried longest first, so "PPSDM Kemendagri" is one institution, not two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.prefilter import finditer, scanner

# (canonical, pattern); inline (?i:...) marks the parts that may be written in any case.
_ORGS: tuple[tuple[str, str], ...] = (
    ("PPSDM Kemendagri", r"PPSDM(?:\s+(?i:Kemendagri|Kementerian\s+Dalam\s+Negeri))?"),
    ("Bawaslu", r"(?i:Bawaslu|Badan\s+Pengawas\s+Pemilihan\s+Umum|Badan\s+Pengawas\s+Pemilu)"),
    ("KASN", r"KASN|(?i:Komisi\s+Aparatur\s+Sipil\s+Negara)"),
    ("KPU", r"KPUD?|(?i:Komisi\s+Pemilihan\s+Umum)"),
    ("BKN", r"BKN|(?i:Badan\s+Kepegawaian\s+Negara)"),
    ("BKPSDM", r"BKPSDMD?|(?i:Badan\s+Kepegawaian\s+dan\s+Pengembangan\s+Sumber\s+Daya"
               r"\s+Manusia)"),
    ("BKD", r"BKD|(?i:Badan\s+Kepegawaian\s+Daerah)"),
    ("Forkopimda", r"(?i:Forkopimda|Forkompinda|Forum\s+Koordinasi\s+Pimpinan\s+Daerah)"),
    ("Kesbangpol", r"(?i:(?:Ka)?(?:ban|ba)?kesbangpol|Badan\s+Kesatuan\s+(?:Kebangsaan|Bangsa)"
                   r"\s+dan\s+Politik)"),
    ("KemenPANRB", r"(?i:Kemen\s?PAN[\s-]?RB|Kementerian\s+PAN[\s-]?RB|Kementerian\s+"
                   r"Pendayagunaan\s+Aparatur\s+Negara\s+dan\s+Reformasi\s+Birokrasi)"),
    ("Kemendagri", r"(?i:Kemendagri|Kementerian\s+Dalam\s+Negeri)"),
    ("Inspektorat", r"(?i:Inspektorat)"),
    ("Satpol PP", r"(?i:Satpol\s*PP|Satuan\s+Polisi\s+Pamong\s+Praja)"),
    ("Ombudsman", r"(?i:Ombudsman)"),
    ("DKPP", r"DKPP|(?i:Dewan\s+Kehormatan\s+Penyelenggara\s+Pemilu)"),
    ("Panwascam", r"(?i:Panwascam|Panitia\s+Pengawas\s+Pemilihan\s+Kecamatan"
                  r"|Panwaslu\s+Kecamatan)"),
    ("Gakkumdu", r"(?i:(?:Sentra\s+)?Gakkumdu|Sentra\s+Penegakan\s+Hukum\s+Terpadu)"),
)

CANONICAL: tuple[str, ...] = tuple(name for name, _ in _ORGS)
ORG_RE = re.compile(
    "|".join(rf"(?P<o{i}>\b(?:{pattern})\b)" for i, (_, pattern) in enumerate(_ORGS))
)


# Tried only where one of the names' literal prefixes stands ("bawaslu", "kpu", "komisi" ...),
# not at every character: ~20x faster on a long article (transforms/prefilter.py);
# test_organisations checks it finds exactly what ORG_RE.finditer finds.
_ORG_SCAN = scanner(ORG_RE)


def org_matches(text: str) -> list[re.Match[str]]:
    """``ORG_RE.finditer(text)``, trying only where a name can start."""
    return list(finditer(_ORG_SCAN, text))


@dataclass(frozen=True)
class OrgMention:
    """One institution as written, with its canonical name and offsets."""

    name: str
    phrase: str
    start: int
    end: int


def organisation_mentions(text: str) -> list[OrgMention]:
    """Every institution mention in text order."""
    mentions = []
    for m in org_matches(text):
        key = m.lastgroup or "o0"
        name = _ORGS[int(key[1:])][0]
        if name == "BKPSDM":  # "keep as written": BKPSDMD stays BKPSDMD
            name = m.group(0) if m.group(0).startswith("BKPSDM") else name
        mentions.append(OrgMention(name, m.group(0), m.start(), m.end()))
    return mentions


def canonical_organisation(phrase: str) -> str | None:
    """Canonical name of the first institution in a phrase (e.g. an office name), if any."""
    found = organisation_mentions(phrase)
    return found[0].name if found else None

