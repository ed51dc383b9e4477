"""Classify what a regional government did about ASN neutrality, from article text.

Election watchdogs compare events across regions ("who held a pledge, who only sent a
circular"), so the many Indonesian ways of naming one activity map to one value:

| value              | meaning                    | Indonesian synonyms (case-insensitive)      |
| ------------------ | -------------------------- | ------------------------------------------- |
| `sosialisasi`      | briefing, socialisation    | sosialisasi, sosialiasi (seed typo),        |
|                    |                            | disosialisasikan, penyuluhan, pengarahan,   |
|                    |                            | memberikan/menyampaikan arahan              |
| `ikrar`            | neutrality pledge          | ikrar, pembacaan (4 poin) ikrar,            |
|                    |                            | mengikrarkan, ikrarkan, deklarasi netralitas|
| `pakta_integritas` | integrity pact signing     | (penandatanganan / menandatangani /         |
|                    |                            | tandatangani / meneken) pakta integritas    |
| `apel`             | staff assembly, not fruit  | apel pagi/gabungan/kesadaran/siaga/akbar/.. |
|                    |                            | pembina/memimpin/mengikuti apel, apel ASN   |
| `bimtek`           | training                   | bimtek, bintek, bimbingan teknis, pelatihan,|
|                    |                            | diklat, workshop, lokakarya, internalisasi  |
| `imbauan`          | warning, appeal            | (h)imbauan, mengimbau, menghimbau, diimbau, |
|                    |                            | (meng)ingatkan, menegaskan, tegaskan,       |
|                    |                            | menekankan, tekankan, meminta ... netral    |
| `pengawasan`       | monitoring                 | pengawasan, mengawasi, diawasi, memantau,   |
|                    |                            | pemantauan, patroli                         |
| `pelanggaran`      | violation                  | pelanggaran, melanggar, tidak/tak netral,   |
|                    |                            | ketidaknetralan, terbukti                   |
| `sanksi`           | sanction                   | sanksi, hukuman/tindakan disiplin, ditindak,|
|                    |                            | penindakan, pemberhentian, dipecat          |

Overlapping synonyms resolve to the earliest, then longest, phrase ("pembacaan ikrar" is one
mention, not two). "Badan Pengawas Pemilu" is not `pengawasan`: only the -an noun and verbs count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_APEL_KIND = (
    r"pagi|sore|gabungan|kesadaran|siaga|akbar|besar|bersama|rutin|netralitas|senin|korpri|"
    r"(?:seluruh\s+|para\s+)?(?:asn|pns|pegawai|aparatur)"
)

_SYNONYMS: tuple[tuple[str, str], ...] = (
    ("sosialisasi", r"(?:men|di)?sosiali[sz]?asi(?:kan)?|penyuluhan|pengarahan"
                    r"|(?:memberikan|memberi|menyampaikan)\s+arahan"),
    ("ikrar", r"(?:pembacaan|pengucapan|mengucapkan|membacakan)\s+(?:\d+\s+poin\s+)?ikrar"
              r"|(?:meng|di)?ikrarkan|ikrar|deklarasi\s+netral(?:itas)?"),
    ("pakta_integritas", r"(?:(?:penandatanganan|menandatangani|ditandatangani|tandatangani"
                         r"|tanda\s+tangani|meneken|teken)\s+)?pakta\s+integritas"),
    ("apel", rf"(?:pembina|memimpin|mengikuti|menggelar|melaksanakan|pelaksanaan|upacara)\s+apel"
             rf"(?:\s+(?:{_APEL_KIND}))?|apel\s+(?:{_APEL_KIND})"),
    ("bimtek", r"bimtek|bintek|bimbingan\s+teknis|pelatihan|diklat|workshop|lokakarya"
               r"|internalisasi"),
    ("imbauan", r"(?:meng|di)?h?imbau(?:an|kan)?|(?:meng|di)?ingatkan|menegaskan|ditegaskan"
                r"|tegaskan|menekankan|ditekankan|tekankan"
                r"|(?:meminta|diminta|minta)\b[^.!?\n]{0,80}?\bnetral\w*"),
    ("pengawasan", r"pengawasan|mengawasi|diawasi|memantau|dipantau|pemantauan|patroli"),
    ("pelanggaran", r"pelanggaran|melanggar|dilanggar|ketidaknetralan|(?:tidak|tak)\s+netral"
                    r"|terbukti"),
    ("sanksi", r"sanksi|(?:hukuman|tindakan)\s+disiplin|ditindak|penindakan|pemberhentian"
               r"|diberhentikan|dipecat"),
)

VALUES: tuple[str, ...] = tuple(value for value, _ in _SYNONYMS)
_PATTERNS = tuple(
    (value, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for value, pattern in _SYNONYMS
)


@dataclass(frozen=True)
class Mention:
    """One activity phrase as written, with its offsets in the text."""

    value: str
    phrase: str
    start: int
    end: int


def activity_mentions(text: str) -> list[Mention]:
    """All non-overlapping activity phrases in text order (earliest, then longest wins)."""
    found = [
        Mention(value, m.group(0), m.start(), m.end())
        for value, pattern in _PATTERNS
        for m in pattern.finditer(text)
    ]
    found.sort(key=lambda mn: (mn.start, -(mn.end - mn.start), VALUES.index(mn.value)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def activities(text: str) -> tuple[str, ...]:
    """Distinct activity values in order of first mention."""
    return tuple(dict.fromkeys(m.value for m in activity_mentions(text)))
