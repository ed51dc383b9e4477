"""Documents a date may belong to: one issued (a circular, a decree, a sanction's letter), whose
date is the occasion's when the article leads with the issuing or the date's own sentence tells
it, and one cited as the basis of another, whose date never is.

Split from transforms/events/dates/occasion.py, which decides whether a date may be an
occasion's.
"""

from __future__ import annotations

import re

from transforms.events.dates.lead import lead_span

__all__ = ["BASIS", "ISSUED", "ISSUING", "issued_here", "issuing_lead"]

# A document issued on a date is an earlier occasion recalled, unless issuing it is what the
# article leads with ("Pj Bupati menerbitkan surat edaran netralitas ASN ... SE itu dikeluarkan
# tanggal 13 Mei 2024") or what the date's own sentence tells ("Bupati menerbitkan surat
# edaran nomor ... tanggal 7 Februari 2024"): then that is the occasion's date.
ISSUED = frozenset({"diterbitkan", "dikeluarkan", "diedarkan"})
# A body deciding on a case is issuing its letter too ("BKN menetapkan tiga lurah terbukti
# melanggar ...", "Kemendagri memberikan teguran kepada 9 kepala daerah", "KASN menjatuhkan
# sanksi"): the letter's date ("surat BKN Nomor ... tertanggal ...") is the decision's.
ISSUING = re.compile(
    r"(?<!\w)(?:(?:menerbitkan|mengeluarkan|mengedarkan|meneken|menandatangani)\s+"
    r"(?:(?:sebuah|satu|resmi)\s+)?(?:surat\s+edaran|edaran|se|instruksi|maklumat"
    r"|surat\s+keputusan|keputusan|sk|peraturan|(?:surat\s+)?rekomendasi)"
    r"|(?:menetapkan|memutuskan|memutus)\s+(?:bahwa\s+)?(?:\w+\s+){0,6}?(?:terbukti|bersalah"
    r"|melanggar|tidak\s+netral)"
    r"|(?:memberikan|memberi|melayangkan|mengirimkan|menjatuhkan)\s+(?:surat\s+)?(?:teguran"
    r"|peringatan|sanksi|hukuman)|menegur"
    # a head suspending or dismissing someone, which a decree does ("Pj Bupati menonaktifkan
    # enam kepala desa ...": the decree's signing is the decision)
    r"|(?<!akan\s)(?<!bakal\s)(?<!mengancam\s)(?<!dapat\s)(?<!bisa\s)(?<!siap\s)"
    r"(?:menonaktifkan|memberhentikan|membebastugaskan|mencopot|memecat)(?:\s+sementara)?\s+"
    r"(?:\w+\s+){0,2}?(?:kepala\s+desa|kades|asn|pns|camat|lurah|pejabat|sekda|kepala|perangkat"
    r"|pegawai))(?!\w)", re.IGNORECASE)


# A document cited as the basis of another ("berdasarkan SE Menpan-RB Nomor 1 tanggal ..."):
# an earlier document, never the one the lead reports issued.
BASIS = re.compile(r"(?<!\w)(?:berdasarkan|sesuai|mengacu|merujuk|menindaklanjuti|tindak\s+lanjut"
                   r"|melanggar|dilanggar"
                   r"|dasar|berpedoman|berpijak|amanat|menurut|mencabut|mengganti(?:kan)?)(?!\w)",
                   re.IGNORECASE)


# Between an issuing verb and the date, what makes the date another document's ("menerbitkan
# rekomendasi ... setelah memeriksa laporan nomor ... tanggal ...").
_OTHER_DOCUMENT = re.compile(r"\b(?:setelah|sesudah|usai|atas|berdasarkan|memeriksa|laporan"
                             r"|aduan|pengaduan|menindaklanjuti)\b", re.IGNORECASE)


def issued_here(told: str) -> bool:
    """The sentence up to the date tells a document issued, and the date is that document's."""
    last = max(ISSUING.finditer(told), key=lambda m: m.start(), default=None)
    return last is not None and not _OTHER_DOCUMENT.search(told, last.end())


def issuing_lead(text: str) -> bool:
    """Whether the lead paragraph reports a document being issued (``ISSUING``)."""
    lead = lead_span(text)
    return lead is not None and ISSUING.search(text, *lead) is not None
