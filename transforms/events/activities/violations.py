"""The judge of `pelanggaran` for ``transforms.events.activities.classify``: a declaration of
support for a candidate (``activities.declarations``), a procedure or a rule described, or any
other phrase judged by its finding words (``activities.findings``).

A sentence that opens by naming a procedure or a rule ("Mekanismenya, ...", "Prosedurnya,
...", "Dalam aturan, ...", "Sesuai ketentuan, ...", also after a linking word: "Sedangkan
mekanisme ...", "Untuk prosedurnya, ...", or a body said to have one: "Bawaslu memiliki
mekanisme untuk ...") tells how cases are handled in general:
what it says is found, reported or recommended is no case (LABELS.md's `pelanggaran` is a
violation found or reported), unless the sentence is about particular cases (counted, pointed
at, dated, done, a person named: ``activities.cases.particular``).
"""

from __future__ import annotations

import re

from transforms.events.activities import declarations, findings
from transforms.events.activities.cases import particular
from transforms.events.activities.context import Context

# An election's stages, named after "tahapan" ("tahapan kampanye", "tahapan pencalonan").
_STAGES = (r"(?:kampanye|pencalonan|pendaftaran|pemungutan|penghitungan|rekapitulasi|penetapan"
           r"|verifikasi|pemutakhiran|pencocokan|coklit|masa|pemilu|pilkada|pemilihan|pileg"
           r"|pilpres)")

# a sentence opened by a procedure or a rule ("Mekanismenya, setelah ... menemukan ...",
# "Dalam aturan, ASN yang ... dilaporkan ke KASN"), not one pointed at ("aturan itu"), nor an
# election's stage ("Untuk tahapan kampanye, Panwaslu menemukan ...": a case found in it)
_PROCEDURE = re.compile(r"^\W*(?:(?:jadi|nah|adapun|sedangkan|sementara(?:\s+itu)?|untuk|soal"
                        r"|terkait),?\s+)?(?:mekanisme(?:nya)?|prosedur(?:nya)?"
                        r"|alur(?:nya)?|tahapan(?:nya|(?!\s+" + _STAGES + r"\b))"
                        r"|skema(?:nya)?|aturannya|ketentuannya"
                        r"|(?:secara|dalam|menurut|berdasarkan|sesuai(?:\s+dengan)?)\s+"
                        r"(?:aturan|regulasi|ketentuan|mekanisme|prosedur|peraturan|undang-undang"
                        r"|uu)(?:nya)?)\b(?!\s+(?:itu|tersebut|ini)\b)", re.IGNORECASE)
# a body said to have a procedure ("Bawaslu, lanjutnya, memiliki mekanisme untuk ...")
_HAS_PROCEDURE = re.compile(r"^[^.;]{0,60}?\b(?:memiliki|mempunyai|punya)\s+(?:\w+\s+)?"
                            r"(?:mekanisme|prosedur|alur|skema)\b", re.IGNORECASE)
_CASE = frozenset({"pelanggaran"})


def procedure(sentence: str) -> bool:
    """The sentence describes a procedure or a rule, no particular case (module notes)."""
    return bool(_PROCEDURE.match(sentence)) and not particular(sentence)


def _has_procedure(sentence: str) -> bool:
    """A body said to have a procedure, told in general: its own "temuan tersebut" points at
    the findings it has just named, no particular case."""
    return bool(_HAS_PROCEDURE.match(sentence)) and not particular(sentence, pointers=False)


def violation(ctx: Context) -> str | None:
    """`pelanggaran` or None for a phrase of the value (module notes)."""
    if declarations.declared(ctx.phrase.lower()):
        return declarations.supporting(ctx)
    if procedure(ctx.sentence) or _has_procedure(ctx.sentence):
        return None
    return findings.violation(ctx)


def outcomes(phrase: str, sentence: str) -> frozenset[str]:
    """What :func:`violation` may judge ``phrase`` (lower-cased) in ``sentence`` to stand for:
    a declaration of support may be a case whatever its sentence's other words; a procedure
    described, none."""
    if declarations.declared(phrase):
        return _CASE
    if procedure(sentence):
        return frozenset()
    return findings.outcomes(phrase, sentence)
