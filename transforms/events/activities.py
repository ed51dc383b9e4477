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
|                    |                            | tandatangani / meneken) pakta integritas,   |
|                    |                            | menandatangani (surat) pernyataan,          |
|                    |                            | ikrar ... ditandatangani / diteken          |
| `apel`             | staff assembly, not fruit  | apel pagi/gabungan/kesadaran/siaga/akbar/.. |
|                    |                            | pembina/memimpin/mengikuti apel, apel ASN   |
| `bimtek`           | training                   | bimtek, bintek, bimbingan teknis, pelatihan,|
|                    |                            | diklat, workshop, lokakarya, internalisasi  |
| `imbauan`          | warning, appeal            | (h)imbauan, mengimbau, menghimbau, diimbau, |
|                    |                            | (meng)ingatkan, menegaskan, tegaskan,       |
|                    |                            | menekankan, tekankan, meminta ... netral,   |
|                    |                            | melarang, dilarang, larangan, mengajak,     |
|                    |                            | mewanti-wanti                               |
| `pengawasan`       | monitoring                 | pengawasan, mengawasi, diawasi, memantau,   |
|                    |                            | pemantauan, patroli                         |
| `pelanggaran`      | violation found            | pelanggaran, melanggar, tidak/tak netral,   |
|                    |                            | ketidaknetralan, menemukan (tiga) ASN,      |
|                    |                            | kedapatan                                   |
| `sanksi`           | sanction (imposed or       | sanksi, hukuman/tindakan disiplin, ditindak,|
|                    | threatened)                | penindakan, pemberhentian, dipecat,         |
|                    |                            | diproses / memproses                        |

Some values also need their sentence to say so (real-shaped prose says "pelanggaran" far
more often than it reports one):

* `pelanggaran` is a violation *found*: the sentence carries a finding word (menemukan,
  temuan, mencatat, diduga, menerima ... laporan, kedapatan, terbukti, ...), and no
  hypothetical or generic word stands in the clause before the mention ("jika terbukti ada
  pelanggaran", "setiap pelanggaran akan diproses", "jenis pelanggaran", "ASN yang melanggar",
  "mencegah pelanggaran", "agar melaporkan dugaan pelanggaran", "belum/tidak ada ..."). "menemukan
  (tiga) ASN yang ..." is a finding even without the word.
* `sanksi` also covers threatened enforcement: "(akan) diproses/memproses" in a sentence about
  a violation, discipline or the rules ("setiap pelanggaran akan diproses sesuai aturan").
* `pakta_integritas` also covers a signed neutrality statement: "menandatangani (surat)
  pernyataan" in a sentence about neutrality, and "ikrar/pernyataan ... ditandatangani".
* `pengawasan` is not an event being overseen ("Kegiatan ini diawasi langsung oleh Pj Wali
  Kota") nor ASN described as an "objek pengawasan".
* `imbauan` also covers prohibitions spelled out by officials (melarang, dilarang, larangan)
  and appeals (mewanti-wanti, mengajak).

Overlapping synonyms resolve to the earliest, then longest, phrase ("pembacaan ikrar" is one
mention, not two). "Badan Pengawas Pemilu" is not `pengawasan`: only the -an noun and verbs count.

Limits: a sentence ends at ". " also after an abbreviation ("Pj. Walikota"), which shortens the
context the rules see; a finding told without a violation word or "menemukan ... ASN" ("Bawaslu
menerima dua laporan ASN yang mengunggah foto paslon") is not `pelanggaran`; prohibitions and
appeals are `imbauan` whoever they address (the relevance gate keeps them to ASN articles).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from transforms.prefilter import finditer, fold, scanner, search

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
                         r"|tanda\s+tangani|meneken|teken)\s+)?pakta\s+integritas"
                         r"|(?:penandatanganan|menandatangani|tandatangani|meneken)\s+"
                         r"(?:surat\s+)?pernyataan|ditandatangani|diteken"),
    ("apel", rf"(?:pembina|memimpin|mengikuti|menggelar|melaksanakan|pelaksanaan|upacara)\s+apel"
             rf"(?:\s+(?:{_APEL_KIND}))?|apel\s+(?:{_APEL_KIND})"),
    ("bimtek", r"bimtek|bintek|bimbingan\s+teknis|pelatihan|diklat|workshop|lokakarya"
               r"|internalisasi"),
    ("imbauan", r"(?:meng|di)?h?imbau(?:an|kan)?|(?:meng|di)?ingatkan|menegaskan|ditegaskan"
                r"|tegaskan|menekankan|ditekankan|tekankan|mewanti-wanti|melarang|dilarang"
                r"|larangan|mengajak"
                r"|(?:meminta|diminta|minta)\b[^.!?\n]{0,80}?\bnetral\w*"),
    ("pengawasan", r"pengawasan|mengawasi|diawasi|memantau|dipantau|pemantauan|patroli"),
    ("pelanggaran", r"pelanggaran|melanggar|dilanggar|ketidaknetralan|(?:tidak|tak)\s+netral"
                    r"|(?:menemukan|ditemukan|mendapati|didapati)\s+(?:(?:adanya|sejumlah"
                    r"|oknum|\d[\d.]*|[a-z]+(?:an|puluh|ratus|belas)?)\s+){0,2}"
                    r"(?:ASN|PNS|PPPK|P3K|pegawai|aparatur|kepala\s+desa|camat|lurah)"
                    r"|kedapatan"),
    ("sanksi", r"sanksi|(?:hukuman|tindakan)\s+disiplin|ditindak|penindakan|pemberhentian"
               r"|diberhentikan|dipecat|diproses|memproses"),
)

VALUES: tuple[str, ...] = tuple(value for value, _ in _SYNONYMS)
_PATTERNS = tuple(
    (value, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for value, pattern in _SYNONYMS
)
# The same patterns for text already lower-cased: case-sensitive matching is ~2x faster.
assert not any(re.search(r"\\[A-Z]", p) for _, p in _SYNONYMS), "keep escapes lower-case"
_LOWER_PATTERNS = tuple(
    (value, re.compile(rf"\b(?:{pattern.lower()})\b")) for value, pattern in _SYNONYMS
)
# Each tried only where one of its literal prefixes stands (transforms/prefilter.py).
_SCANS = tuple((value, scanner(pattern)) for value, pattern in _PATTERNS)
_LOWER_SCANS = tuple((value, scanner(pattern)) for value, pattern in _LOWER_PATTERNS)


@dataclass(frozen=True)
class Mention:
    """One activity phrase as written, with its offsets in the text."""

    value: str
    phrase: str
    start: int
    end: int


# --- sentence context -------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’)]|$)|\n")
_FOUND = re.compile(
    r"\b(?:menemukan|ditemukan|temuan|mendapati|didapati|kedapatan|tertangkap|mencatat"
    r"|dicatat|tercatat|diduga|terindikasi|terbukti|terjaring|terlibat|kasus|dijatuhi"
    r"|menerima\s+(?:\S+\s+){0,2}?(?:laporan|aduan|pengaduan)|laporan\s+(?:yang\s+)?masuk"
    r"|menindaklanjuti|ditindaklanjuti|memeriksa|diperiksa|mengklarifikasi|dipanggil"
    r"|memanggil)\b",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"\b(?:jika|apabila|bila|kalau|seandainya|jangan|setiap|tiap|segala|jenis|bentuk|potensi"
    r"|berpotensi|mencegah|cegah|menghindari|hindari|sebagai|tanpa|pengaduan|aduan|belum"
    r"|(?:tidak|tak)\s+(?:ada|pernah)|nihil"
    r"|(?:untuk|agar|supaya|diminta|dapat|bisa|aktif)\s+(?:\w+\s+)?melapor(?:kan)?)\b"
    r"|\byang\s+(?:terbukti\s+)?$",
    re.IGNORECASE,
)
_FOUND_SCAN = scanner(_FOUND)
_CLAUSE = re.compile(r"[,;:(]")
_RULES_SANKSI = re.compile(r"\b(?:pelanggaran|melanggar|disiplin|sanksi|aturan|ketentuan"
                           r"|hukum|undang)", re.IGNORECASE)
_SIGNED_THING = re.compile(r"\b(?:ikrar|pernyataan|komitmen|pakta)\b", re.IGNORECASE)
_NEUTRAL = re.compile(r"\bnetral", re.IGNORECASE)
_OVERSEEN = re.compile(r"^\W*(?:kegiatan|acara|penandatanganan|pelaksanaan|apel|proses|prosesi"
                       r"|pembacaan|upacara)\b", re.IGNORECASE)
_OBJECT_OF = re.compile(r"\b(?:objek|obyek|sasaran)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Context:
    sentence: str  # the whole sentence
    before: str  # the sentence up to the mention
    phrase: str


def _violation_found(ctx: _Context) -> bool:
    if ctx.phrase.lower().startswith(("menemukan", "ditemukan", "mendapati", "didapati")):
        return not _GENERIC.search(ctx.before[-50:])
    clause = _CLAUSE.split(ctx.before)[-1][-50:]
    return _reports_finding(ctx.sentence) and not _GENERIC.search(clause)


@lru_cache(maxsize=256)
def _reports_finding(sentence: str) -> bool:
    """A finding word in the sentence (cached: an article names several violations in one),
    looked for only where one can start (transforms/prefilter.py)."""
    return search(_FOUND_SCAN, sentence) is not None


def _enforcement(ctx: _Context) -> bool:
    if not ctx.phrase.lower().endswith("proses"):
        return True
    return bool(_RULES_SANKSI.search(ctx.sentence))


def _signed(ctx: _Context) -> bool:
    phrase = ctx.phrase.lower()
    if phrase.endswith("integritas"):
        return True
    if phrase.endswith("pernyataan"):
        return bool(_NEUTRAL.search(ctx.sentence))
    return bool(_SIGNED_THING.search(ctx.before))  # "ikrar ... ditandatangani"


def _monitoring(ctx: _Context) -> bool:
    if _OBJECT_OF.search(ctx.before):
        return False
    return not (ctx.phrase.lower().startswith("di") and _OVERSEEN.search(ctx.before))


_RULES: dict[str, Callable[[_Context], bool]] = {
    "pelanggaran": _violation_found, "sanksi": _enforcement, "pakta_integritas": _signed,
    "pengawasan": _monitoring,
}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence (a line, or text up to ". ", "! ", "? "), in order."""
    starts = _sentence_starts(text)
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True) if b > a]


@lru_cache(maxsize=4)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Where the sentences of text start (cached: events.py splits the same text again)."""
    return (0, *(m.end() for m in _SENTENCE_END.finditer(text)))


def _in_context(text: str, starts: tuple[int, ...], rule: Callable[[_Context], bool],
                start: int, phrase: str) -> bool:
    """The rule holds for the phrase at ``start`` in its sentence."""
    i = bisect_right(starts, start) - 1
    end = starts[i + 1] if i + 1 < len(starts) else len(text)
    return rule(_Context(text[starts[i]:end], text[starts[i]:start], phrase))


def activity_mentions(text: str) -> list[Mention]:
    """All non-overlapping activity phrases in text order (earliest, then longest wins);
    phrases their sentence contradicts (see the module notes) are left out first."""
    starts = _sentence_starts(text)
    low = text.lower()
    # lower() never shortens a character, so equal lengths mean equal offsets
    scanned, scans = (low, _LOWER_SCANS) if len(low) == len(text) else (text, _SCANS)
    folded = fold(scanned)
    found: list[tuple[int, int, int]] = []  # (start, -length, index in VALUES): the sort key
    for index, (value, scan) in enumerate(scans):
        rule = _RULES.get(value)
        for m in finditer(scan, scanned, folded):
            start, end = m.span()
            if rule is None or _in_context(text, starts, rule, start, text[start:end]):
                found.append((start, start - end, index))
    found.sort()
    kept: list[Mention] = []
    for start, negative_length, index in found:
        if kept and start < kept[-1].end:
            continue
        end = start - negative_length
        kept.append(Mention(VALUES[index], text[start:end], start, end))
    return kept


def activities(text: str) -> tuple[str, ...]:
    """Distinct activity values in order of first mention."""
    return tuple(dict.fromkeys(m.value for m in activity_mentions(text)))
