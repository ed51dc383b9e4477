"""Cases handed on and handled, told in the speaker's own words or to whom they went.

Part of the `pelanggaran` judge (``transforms.events.activities.findings``): a thing handed to
one who is not a watchdog is a case only when its sentence names one, and the speaker's own
handling ("kasusnya kami serahkan ke BKN") is a case handled, told as done, unless its
sentence states a rule or a condition.
"""

from __future__ import annotations

import re

from transforms.events.activities.context import words

__all__ = ["nothing_handed", "own_handling"]

# a thing handed to one who is not a watchdog (a regional head, the police, an inspectorate)
# is a case only when its sentence names one ("kasus", "dugaan", "temuan" ...), not a
# meeting's results or a souvenir handed over
_HANDED = re.compile(r"(?:dilaporkan|melaporkan|laporkan|dilimpahkan|melimpahkan|limpahkan"
                     r"|diadukan|mengadukan|adukan|diteruskan|meneruskan|teruskan|diserahkan"
                     r"|menyerahkan|serahkan|ditindaklanjuti|menindaklanjuti|tindaklanjuti)\s")
_TO_WATCHDOG = re.compile(r"\b(?:ke|kepada)\s+(?:sentra\s+|kepala\s+)?(?:bawaslu|panwas\w*"
                          r"|gakkumdu|kasn|komisi\s+(?:asn|aparatur)|bkn|badan\s+kepegawaian"
                          r"|badan\s+pengawas|pengawas\s+(?:pemilu|pemilihan|kecamatan|desa"
                          r"|kelurahan|tps))")
_CASE_WORD = words(r"kasus\w*", r"dugaan", r"pelanggaran", r"temuan\w*", r"laporan\w*",
                    r"perkara", r"berkas\w*", r"rekomendasi\w*", r"aduan", r"pengaduan",
                    r"melanggar", r"(?:tidak|tak)\s+netral")
# the speaker's own handling, told as done ("kasusnya kami serahkan ke BKN"), unless the
# sentence states a rule or a condition ("... kita serahkan kepada KASN, bisa saja dipecat
# jika ..."); a future or whoever is judged before ("akan kami teruskan", "setiap ...")
_OWN_ACT = re.compile(r"\b(?:kami|kita)\s+(?:serahkan|teruskan|limpahkan|laporkan|rekomendasikan"
                      r"|tindaklanjuti|proses|panggil|periksa|klarifikasi|telusuri)\b",
                      re.IGNORECASE)
_IF_ANY = words(r"jika", r"apabila", r"bila", r"bilamana", r"kalau", r"seandainya",
                r"manakala")


def nothing_handed(phrase: str, sentence: str) -> bool:
    """A handing-on phrase (lower case) to one who is not a watchdog, in a sentence that names
    no case: no case handed on."""
    return bool(_HANDED.match(phrase) and not _TO_WATCHDOG.search(phrase)
                and not _CASE_WORD.search(sentence))


def own_handling(sentence: str) -> bool:
    """The speaker's own handling of a case, told as done, with no condition in the
    sentence."""
    return bool(_OWN_ACT.search(sentence) and not _IF_ANY.search(sentence))
