"""Trainings: a bimtek, training or induction on ASN neutrality, held, as its sentence says.

The judge of ``transforms.events.activities.classify`` for `bimtek` (the sentence context of
``transforms.events.activities.context``; whether it is this occasion is told by
``activities.this_occasion.aside``). LABELS.md's `bimtek` is technical guidance, training, diklat or
bintek; not the training of poll workers ("bimtek KPPS", the election's own), a training body's name
("Badan Kepegawaian, Pendidikan dan Pelatihan"), nor the civil servants' other training ("pelatihan
kewirausahaan bagi ASN").
"""

from __future__ import annotations

import re

from transforms.events.activities.context import AT_OCCASION, Context, in_name, words
from transforms.events.activities.words import on_neutrality

# training of poll workers, witnesses or the election body's own staff: not on neutrality
_POLL_WORKERS = re.compile(r"^\W*(?:\w+\W+){0,4}?(?:kpps|ppk|pps|ptps|pantarlih|saksi"
                           r"|pengawas\s+tps|petugas|badan\s+ad\s*hoc|ad\s*hoc|pemutakhiran|pungut\s+hitung"
                           r"|penghitungan|logistik|sirekap|tungsura)\b", re.IGNORECASE)
_TRAINING_BODY = re.compile(r"\b(?:pendidikan\s+dan|badan|balai|pusat|lembaga|kepala)\s+$",
                            re.IGNORECASE)
_HELD = re.compile(r"\b(?:kegiatan|acara|menggelar|mengikuti|menghadiri|membuka|digelar"
                   r"|melaksanakan|dalam|bimtek|bintek|sosialisasi\s+dan)\s+$", re.IGNORECASE)


_ON_ELECTION = words(r"netral\w*", r"pemilu", r"pilkada", r"pemilihan", r"pileg", r"pilpres",
                     r"politik\s+praktis", r"kode\s+etik")


def in_training(ctx: Context) -> str | None:
    """Training held; one of poll workers ("bimtek KPPS") is the election's own, a training
    body ("badan kepegawaian, pendidikan dan pelatihan") none, and "internalisasi" (of values)
    a training only when named as a gathering ("kegiatan internalisasi"). A bimtek is on
    neutrality when its sentence names neutrality or the civil servants it is for, any other
    training when it names neutrality or the election (civil servants are trained in much
    else: "pelatihan kewirausahaan bagi ASN" is none), or it is where the statement was made."""
    if (in_name(ctx) or _POLL_WORKERS.search(ctx.after[:60])
            or _TRAINING_BODY.search(ctx.before[-40:])):
        return None
    if ctx.phrase.lower() == "internalisasi" and not _HELD.search(ctx.before[-30:]):
        return None
    topical = (on_neutrality if ctx.phrase.lower().startswith(("bimtek", "bintek", "bimbingan",
                                                               "orientasi"))
               else _ON_ELECTION.search)  # civil servants get much other training ("diklat")
    if not (topical(ctx.sentence) or AT_OCCASION.search(ctx.before[-40:])):
        return None  # "pelatihan kewirausahaan bagi ASN": the civil servants' other training
    return "bimtek"
