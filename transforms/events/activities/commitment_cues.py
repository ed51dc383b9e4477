"""Cues that a pledge or a pact named is a commitment held up rather than made at this
occasion: a duty to keep it, a breach told, one kept or made before, one asked to be kept or
made again (``activities.this_occasion.aside``; the other cues: ``activities.cues``).
"""

from __future__ import annotations

import re

__all__ = ["ASKED_TO_KEEP", "ASKED_TO_KEEP_WORDS", "BREACHED", "COMMITMENT_HELD", "GATES",
           "KEEP_WORDS", "POINTED_BACK", "TO_KEEP"]

# "pakta integritas yang ditandatangani ASN harus dijalankan": the commitment held up as a
# duty in its own clause, not signed at this occasion
TO_KEEP = re.compile(r"^[^.;,]{0,60}?\b(?:harus|wajib|perlu|mesti|agar|supaya)\s+(?:benar-benar\s+"
                     r"|\w+\s+)?(?:dijalankan|dilaksanakan|dipatuhi|ditaati|dipegang(?:teguh)?"
                     r"|diimplementasikan|diterapkan|diamalkan|dijaga)\b", re.IGNORECASE)
KEEP_WORDS = frozenset({"dijalankan", "dilaksanakan", "dipatuhi", "ditaati", "dipegang",
                        "dipegangteguh", "diimplementasikan", "diterapkan", "diamalkan",
                        "dijaga", "tercoreng", "dicoreng", "ternoda", "ternodai", "dinodai"})
# '"Ikrar yang baru saja dideklarasikan ... tercoreng oleh ...": a pledge held up as breached
# (told as done: not "apabila dilanggar", "tidak boleh dilanggar", a condition or a rule)
BREACHED = re.compile(r"^[^.;]{0,160}?\b(?:tercoreng|dicoreng|ternodai?|dinodai)\b",
                      re.IGNORECASE)
# a pledge or pact held up as a standing commitment, or made once before
# ("menjaga amanat dari deklarasi ...": what a pledge asks of them, kept)
_CONTENT = r"\s+(?:amanat|amanah|isi|poin|butir|semangat|nilai|makna)(?:\s+dari)?"
COMMITMENT_HELD = re.compile(
    r"\b(?:(?:melanggar|mengingkari|menjalankan|mematuhi|menaati|menjaga|mengamalkan"
    r"|(?:meng|di)?ingatkan\s+kembali|memegang"
    r"(?:\s+teguh)?)(?:" + _CONTENT + r")?|melaksanakan" + _CONTENT
    + r"|sesuai(?:\s+dengan)?|berdasarkan)\s+$", re.IGNORECASE)
# reminded to make a commitment again ("mengingatkan ASN untuk kembali mengikrarkan komitmen"),
# or asked to keep one (held up, not made here, when it is pointed back at, POINTED_BACK:
# "mengajak ASN untuk melaksanakan ikrar tersebut"; "melaksanakan ikrar" alone also means
# making it, "mengajak peserta apel untuk melaksanakan ikrar bersama-sama")
ASKED_TO_KEEP = re.compile(r"\b(?:mengingatkan|mengimbau|menghimbau)\s+(?:\S+\s+){0,5}?untuk\s+"
                           r"kembali\s+(?:\w+\s+)?$"
                           r"|\b(?:meminta|mengajak|mengingatkan|mengimbau|menghimbau"
                           r"|menginstruksikan)\s+(?:\S+\s+){0,5}?untuk\s+(?:melaksanakan|menjalankan"
                           r"|mematuhi|menaati)\s+$", re.IGNORECASE)
# the commitment pointed back at after its word ("ikrar tersebut", "ikrar yang telah diucapkan")
POINTED_BACK = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:tersebut|itu|yang\s+(?:telah|sudah|pernah))\b",
                          re.IGNORECASE)
ASKED_TO_KEEP_WORDS = frozenset({"meminta", "mengajak", "mengingatkan", "mengimbau", "menghimbau",
                                 "menginstruksikan"})


# The words, one of which every match of each pattern holds as a whole word: a sentence
# without any is not searched (``words.says``), checked on samples by the tests.
GATES: tuple[tuple[frozenset[str], tuple[re.Pattern[str], ...]], ...] = (
    (KEEP_WORDS, (TO_KEEP, BREACHED)),
    (ASKED_TO_KEEP_WORDS, (ASKED_TO_KEEP,)),
)

