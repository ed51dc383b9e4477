"""The cues about a headcount that the attendance rank (participants.py) reads: the words
saying people attended or signed, naming the occasion, a briefing's audience, a violation, a
breakdown or the base of a share (split from participants.py); and two read by position: an
audience spoken to ("di hadapan 150 ASN") and an item of a breakdown of counted cases ("12
kasus dugaan pelanggaran, 5 di antaranya ..., 4 kepala desa"), whose people are violators,
not attendees (LABELS: not numbers of violators).
"""

from __future__ import annotations

import re

__all__ = ["ATTEND", "AUDIENCE", "BASE", "BREAKDOWN", "BRIEFING", "OCCASION", "VIOLATION",
           "case_item", "facing"]

# People attended or signed this occasion.
ATTEND = re.compile(
    r"\b(?:diikuti|mengikuti|dihadiri|menghadiri|hadir|kehadiran|menandatangani"
    r"|ditandatangani|meneken|teken|berikrar|mengucapkan|membacakan|dibacakan|peserta"
    r"|dikumpulkan|berkumpul|mengumpulkan|melibatkan|diundang"
    # sworn in: the officials inaugurated took part ("melantik 103 pejabat")
    r"|melantik|dilantik|pelantikan|mengambil\s+sumpah|diambil\s+sumpahnya|disumpah)\b",
    re.IGNORECASE,
)
# Words naming the occasion itself: enough near the headcount when no violation cue is nearer;
# a coordination meeting by its short forms too ("rakor", "rakornas", "rakorda", "rakortek").
OCCASION = re.compile(
    r"\b(?:sosialisasi|apel|upacara|ikrar|deklarasi|pakta|bimtek|bintek|pelatihan|diklat"
    r"|rapat|rakor(?:nas|da|tek|wil)?|acara|kegiatan|seminar|workshop|lokakarya|dialog"
    r"|sarasehan)\b",
    re.IGNORECASE,
)
# A briefing's audience: "menggelar sosialisasi ... kepada 40 orang pengawas desa", the
# headcount right after "kepada"/"bagi" with a briefing or training named before it in its
# sentence (however far: its title may be long).
AUDIENCE = re.compile(r"\b(?:kepada|bagi)[^\S\n]+$", re.IGNORECASE)
BRIEFING = re.compile(r"\b(?:sosialisasi|bimtek|bintek|pelatihan|diklat|seminar|workshop"
                       r"|lokakarya|pembekalan|penyuluhan|pengarahan)\b", re.IGNORECASE)
# The people were reported, found, sanctioned or counted as cases, not present.
VIOLATION = re.compile(
    r"\b(?:melanggar|pelanggaran|terlibat|terlapor|dilaporkan|melaporkan|laporan|diduga|dugaan"
    r"|terbukti|sanksi|disanksi|dijatuhi|dijatuhkan|direkomendasi\w*|rekomendasi|diproses"
    r"|memproses|diperiksa|memeriksa|dipanggil|memanggil|kasus|temuan|ditemukan|kedapatan"
    r"|ketahuan|berkampanye|paslon|bapaslon|politik\s+praktis|hukuman|diberhentikan"
    r"|pemberhentian|klarifikasi|t(?:idak|ak)\s+netral(?:nya)?|pemilih|TPS|(?:me)?temukan|diadukan"
    r"|mengadukan|dipecat|dicopot|ditegur|teguran|ditindak|terjaring|tertangkap|sidang\s+etik"
    # examined on the record ("melakukan Berita Acara Pemeriksaan (BAP) terhadap 4 ASN")
    r"|BAP|berita\s+acara\s+pemeriksaan"
    # did not come or sign: "belum menandatangani", "tidak hadir", "absen"
    # (or refused to: "dua kades tolak tandatangani ikrar")
    r"|(?:belum|tidak|tak|batal|menolak|tolak|enggan)\s+(?:\w+\s+)?(?:hadir|mengikuti"
    r"|menghadiri|ikut|menandatangani|tandatangani|teken|meneken|berikrar)|absen|alpa|mangkir"
    # present at a campaign or a candidate's gathering ("ikut sosialisasi bakal calon
    # bupati"): a violation, though the verb says attended
    r"|(?:menghadiri|mengikuti|ikut|hadir(?:\s+(?:di|dalam|pada))?)\s+(?:\w+\s+){0,2}?"
    r"(?:kampanye|(?:deklarasi|acara|sosialisasi|kegiatan|pertemuan|silaturahmi)\s+(?:bakal\s+)?"
    r"(?:paslon|bapaslon|bacalon|pasangan|calon|caleg|kandidat)))\b",
    re.IGNORECASE,
)
# The headcount is one item of a listed breakdown of a total.
BREAKDOWN = re.compile(
    r"\b(?:terdiri\s+(?:dari|atas)|meliputi|mencakup|yaitu|yakni|antara\s+lain"
    r"|di\s*antaranya)\b",
    re.IGNORECASE,
)
# "dari (jumlah) 2.298 pegawai, 36 alpa": the base a share is taken of, not who came ("lebih
# dari 150", "tak kurang dari 150" compare: a bound of the count, no base).
BASE = re.compile(
    r"\b(?<!lebih\s)(?<!kurang\s)dari[^\S\n]+(?:(?:jumlah|total|hampir|sekitar|sebanyak"
    r"|kurang[^\S\n]+lebih|(?:lebih|kurang)[^\S\n]+dari)[^\S\n]+)*$",
    re.IGNORECASE,
)

# "dengan jumlah ASN sekitar 15.000 orang": the size of a workforce or a population, its noun
# before the number, not who came ("jumlah peserta ...": attendees, not matched)
SIZE = re.compile(
    r"\bjumlah[^\S\n]+(?:seluruh[^\S\n]+)?(?:asn|pns|pppk|p3k|pegawai|aparatur(?:[^\S\n]+sipil"
    r"[^\S\n]+negara)?|karyawan|penduduk|pemilih|warga|dpt)[^\S\n]+"
    r"(?:di[^\S\n]+(?:\w+[^\S\n]+){1,3})?"
    r"(?:(?:sekitar|sebanyak|mencapai|ada|kurang[^\S\n]+lebih|lebih[^\S\n]+dari|hampir)[^\S\n]+)*$",
    re.IGNORECASE,
)

# The headcount right after "di hadapan"/"di depan" (a speech given before them), hedges
# ("sekitar", "kurang lebih") between: those people were there.
_FACING = re.compile(
    r"\bdi[^\S\n]+(?:hadapan|depan)[^\S\n]+(?:(?:sekitar|sebanyak|kurang[^\S\n]+lebih"
    r"|lebih[^\S\n]+dari|hampir|para|ratusan|puluhan)[^\S\n]+)*$", re.IGNORECASE)
_FACING_REACH = 40
# A total counted in cases, reports or findings, not in people.
_CASE_TOTAL = re.compile(
    r"(?<![\w.,])[0-9][0-9.]*[^\S\n]+(?:kasus|dugaan|pelanggaran|laporan|temuan|perkara)\b",
    re.IGNORECASE)


def facing(text: str, start: int) -> bool:
    """Whether the headcount starting at ``start`` is the audience a speaker faced."""
    window = text[max(0, start - _FACING_REACH):start]
    low = window.lower()  # cheap: most headcounts have neither word before them
    return ("hadapan" in low or "depan" in low) and _FACING.search(window) is not None


def case_item(text: str, begin: int, start: int) -> bool:
    """Whether the sentence (from ``begin``) counts cases before the headcount at ``start``: a
    breakdown item of that tally counts violators."""
    return _CASE_TOTAL.search(text, begin, start) is not None
