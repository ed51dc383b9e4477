"""Declarations of support for a candidate: the offence itself told, not a pledge.

A civil servant or a village head must not side with a candidate, so a group of them declaring
support for one ("belasan kades mendeklarasikan dukungan kepada paslon nomor urut 2", "para
lurah berikrar mendukung calon petahana") is a case (LABELS.md's `pelanggaran`: a violation
found or reported), and never the pledge of neutrality (`ikrar`). The phrase is one of the
`pelanggaran` phrases of ``activities.lexicon_cases``; it is judged here (called by
``activities.violations``), not by the finding words of ``activities.findings`` (it needs none
of them: the act is the offence). A
declaration by others (a party, volunteers, residents), one forbidden, denied, asked for or
supposed ("dilarang mendeklarasikan dukungan", "jika ada kades yang ..."), or one of an earlier
occasion told in passing is none.
"""

from __future__ import annotations

import re

from transforms.events.activities.background import background
from transforms.events.activities.context import Context, in_name, last_clause
from transforms.events.activities.finding_cues import HYPOTHETICAL, NONE_YET
from transforms.events.activities.words import DECLARING

# those bound to neutrality, named close before the declaration or right after it as its
# makers ("deklarasi dukungan kepala desa kepada ...")
_BOUND_WORDS = (r"(?:asn|pns|pppk|p3k|aparatur|pegawai|kepala\s+(?:desa|dinas|sekolah)"
                r"|kades|kepdes|perangkat\s+desa|lurah|camat|wali\s+nagari|sekdes"
                r"|sekretaris\s+desa|pejabat|guru)\b")
_BOUND = re.compile(r"\b" + _BOUND_WORDS, re.IGNORECASE)
# others who may side with a candidate, named nearer the declaration than any civil servant
_OTHERS = re.compile(r"\b(?:partai|parpol|relawan|warga|masyarakat|tokoh|ormas|organisasi"
                     r"|simpatisan|pendukung|tim\s+(?:sukses|pemenangan)|koalisi|komunitas"
                     r"|paguyuban|mahasiswa|pemuda|buruh|petani|nelayan|ulama|kiai)\b",
                     re.IGNORECASE)
# the makers named right after the declaration ("deklarasi dukungan para kades kepada ...")
_MAKERS_AFTER = re.compile(r"^\s+(?:dari\s+|oleh\s+)?(?:para\s+|puluhan\s+|belasan\s+|ratusan\s+"
                           r"|sejumlah\s+|\d+\s+)?" + _BOUND_WORDS, re.IGNORECASE)
# forbidden, owed, denied, warned against or asked about in its clause ("dengan tidak terlibat
# dalam kampanye atau deklarasi dukungan ..."): no declaration made
_NOT_MADE = re.compile(r"\b(?:tidak|tak|bukan|belum|jangan|dilarang|larangan|melarang|boleh"
                       r"|diperbolehkan|dibolehkan|mengimbau|menghimbau|diimbau|dihimbau"
                       r"|meminta|diminta|mengingatkan|diingatkan|apakah|membantah|dibantah"
                       r"|menampik|ditampik|dapat|bisa|harus|wajib|hindari|menghindari|tanpa"
                       r"|termasuk|seperti|misalnya|contohnya|berupa)\s+(?:[\w-]+\s+){0,8}?$",
                       re.IGNORECASE)


def declared(phrase: str) -> bool:
    """The lower-cased ``phrase`` is a declaration of support (a phrase of this module)."""
    return phrase.startswith(DECLARING)


def supporting(ctx: Context) -> str | None:
    """`pelanggaran` for a declaration of support made by civil servants or village heads."""
    near = ctx.before[-100:]
    bound = max(_BOUND.finditer(near), key=re.Match.start, default=None)
    other = max(_OTHERS.finditer(near), key=re.Match.start, default=None)
    made_by = bound is not None and (other is None or other.start() < bound.start())
    if not made_by and not _MAKERS_AFTER.match(ctx.after):
        return None  # declared by others (a party, volunteers), or no one bound named
    clause = last_clause(ctx.before)
    if (_NOT_MADE.search(clause[-90:]) or HYPOTHETICAL.search(clause)
            or NONE_YET.search(clause)):
        return None  # forbidden, denied, asked for, supposed or none so far
    if in_name(ctx) or background(ctx):
        return None  # a name, or an earlier occasion told in passing
    return "pelanggaran"
