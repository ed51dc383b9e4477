"""The words before a title that say it names nobody in office at the occasion: a candidate,
a former holder, an official represented or only quoted, a building or prize named after an
office, a related headline.

Split from transforms/events/officials/find.py, which skips such a title before parsing it.
"""

from __future__ import annotations

import re

from transforms.page_links import link_at
from transforms.prefilter import quick

__all__ = ["no_holder_here"]

# Not (or no longer) in office, or no person: candidates, former holders, an election's name,
# a building, someone's relative or aide, an official only quoted, represented or whose
# directions are followed ("mengutip pernyataan Presiden X", "mewakili Bupati X"), one an
# appeal is addressed to ("mengingatkan Bupati X", "mendesak Kepala BKD Y"), the deceased.
_NOT_IN_OFFICE = quick(re.compile(
    r"\b(?:calon|petahana|inkumben|incumbent|cawako|cawawako|cabup|cawabup|cagub|cawagub|bakal|mantan|eks|bekas|kandidat"
    r"|paslon|pasangan|pemilihan|pilkada|istri|suami|anak|ajudan|staf\s+ahli|staf\s+khusus|stafsus|tenaga\s+ahli|tim"
    r"|menjadi|se|surat|edaran|instruksi|peraturan|keputusan|arahan|petunjuk|amanat|mewakili"
    r"|atas\s+nama|menggantikan|mengingatkan|mendesak|menyurati|almarhum|almarhumah|mendiang"
    r"|(?:sebelumnya|semula)(?:[^\S\n]+(?:menjabat|adalah|merupakan|sebagai))+"
    r"|(?:dulunya|pernah)(?:[^\S\n]+(?:menjabat|adalah|merupakan|sebagai|menjadi))*"
    r"|mengutip(?:[^\S\n]+(?:pernyataan|ucapan|pesan|kata-kata))?"
    r"|tentang(?:[^\S\n]+(?-i:[A-Z])[\w-]*){0,4})"  # "SE tentang Pengunduran Diri Pj Bupati"
    r"(?:[^\S\n]*\([^()\n]{1,12}\))?"  # "pasangan calon (paslon) Bupati": an aside between
    r"(?:[^\S\n]+wakil)?[^\S\n]*\Z"  # "mantan Wakil Sekretaris X": the title is "Sekretaris"
    r"|\b(?:pemilihan|calon|paslon|pasangan)[^\S\n]+(?:\(?\w+\)?[^\S\n]+){1,3}(?:dan|&)"
    r"[^\S\n]*\Z|\b(?:pemilihan|calon|paslon|pasangan)[^\S\n]+(?:\w+[^\S\n]+){0,2}\w+"
    r"(?<!umum)[^\S\n]*[-/][^\S\n]*(?:wakil[^\S\n]+)?\Z", re.IGNORECASE))  # on the title's line
# ("Pemilihan Bupati - Wakil Bupati X": an election's name; "Badan Pengawas Pemilihan Umum -
# Ketua ...": a body's name, the dash a dateline's, after it the lead's first official)
# (\Z, not $: a paragraph that ends in "pilkada" or "tim" says nothing of the title opening
# the next one)
# Appointed to the post: in office now ("yang baru dilantik menjadi Pj Bupati", "melantik
# Rahmat menjadi Pj Bupati").
_APPOINTED = re.compile(r"\b(?:dilantik|ditunjuk|diangkat|ditetapkan|dikukuhkan)[^\S\n]+"
                        r"(?:\w+[^\S\n]+)?menjadi[^\S\n]*$"
                        # "melantik Rahmat Hidayat menjadi Bupati Agam"
                        r"|\b(?:melantik|mengangkat|menunjuk|menetapkan|mengukuhkan)[^\S\n]+"
                        r"(?:[\w.'’-]+[^\S\n]+){1,5}(?:menjadi|sebagai)[^\S\n]*$", re.IGNORECASE)
# A building, street, ground, programme or prize named after an office ("Jalan Bupati",
# "Lapangan Bupati Agam", "Program Gerakan Bupati ...", "Piala Wali Kota").
_BUILDING = quick(re.compile(r"\b(?:kantor|rumah\s+(?:dinas|jabatan)|rumdin|rujab|pendopo"
                             r"|pendapa|gedung|aula|istana|kompleks|komplek|(?-i:Jalan|Jl|Jln"
                             r"|Lapangan|Taman|Masjid|Stadion|Gelanggang|Wisma|Graha|Auditorium"
                             r"|Hotel|Tugu|Museum|Program|Gerakan|Piala|Lomba|Turnamen|Festival"
                             r"|Trofi|Anugerah))\.?\s+$", re.IGNORECASE))


def no_holder_here(text: str, start: int, lead: str) -> bool:
    """The title at ``start`` (``lead``: the 60 characters before it) names no one in office
    here: "calon Bupati", "mantan Kepala BKD", "mewakili Bupati", "Jalan Bupati", "Baca juga:"."""
    return bool((_NOT_IN_OFFICE.search(lead[-40:]) and not _APPOINTED.search(lead))
                or _BUILDING.search(lead[-24:])
                or link_at(text, start))  # a related headline names another article's people
