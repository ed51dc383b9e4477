"""Appeals: an official's appeal, warning, reminder or instruction, as its sentence says.

The judge of ``transforms.events.activities.classify`` for `imbauan` (the sentence context of
``transforms.events.activities.context``). LABELS.md's appeal is an official's, addressed to
civil servants or village heads, threatened sanctions included (those are judged in
``activities.sanctions``). Indonesian says it with its own words ("mengimbau", "menegaskan",
"mengingatkan", "dilarang", "jangan", a circular issued) and, as often, with weak forms that
are an appeal only in context: requests and orders ("meminta", "diminta", "mohon",
"memerintahkan"), hopes ("berharap", "diharapkan") and modal or hortative forms ("harus",
"wajib", "perlu", "hendaknya", "agar", "mari", "jagalah", a rule recalled: "tidak berhak
...", "tidak memiliki hak untuk ..."). The weak forms are judged here,
in their sentence and the paragraph of a quoted statement.
"""

from __future__ import annotations

import re

from transforms.events.activities.context import Context, words
from transforms.events.activities.words import on_neutrality

_OBSERVER = words(r"pengamat", r"akademisi", r"peneliti", r"analis", r"warganet", r"netizen")
# a request for something other than conduct: information, leave, apology, votes
_ASKED_FOR = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:keterangan|klarifikasi|penjelasan|data|izin|ijin"
                        r"|maaf|waktu|pendapat|tanggapan|konfirmasi|dukungan|suara|bantuan"
                        r"|doa|restu|perpanjangan|anggaran)\b", re.IGNORECASE)
# the conduct an appeal asks of civil servants (or a prohibition: "agar ASN tidak ...")
_CONDUCT = re.compile(r"\b(?:netral\w*|(?:ber|me)mihak|keberpihakan|terlibat|(?:ber)?kampanye"
                      r"|politik|partisan|profesional\w*|integritas|(?:men)?jaga|bersikap"
                      r"|(?:me)?matuhi|(?:me)?naati|taat|patuh|(?:meng)?hindari|menahan\s+diri"
                      r"|aturan|ketentuan|larangan|sumpah|kode\s+etik|disiplin)\b"
                      r"|^\W*(?:\w+\W+){0,3}?(?:tidak|tak|jangan)\b", re.IGNORECASE)
# neutrality itself as what must be kept, in the passive ("netralitas harus dipatuhi oleh ASN")
_KEPT_PASSIVE = re.compile(r"^\W*(?:\w+\W+){0,2}?di(?:patuhi|taati|jaga|junjung(?:\s+tinggi)?"
                           r"|tegakkan|pegang(?:\s+teguh)?)\b", re.IGNORECASE)
_SIGNED_DOCUMENT = re.compile(r"\b(?:ikrar|pakta|deklarasi|komitmen)\b", re.IGNORECASE)
# the purpose or hope of a gathering or a measure: "sosialisasi ini diharapkan dapat ..."
_PURPOSE = re.compile(r"\b(?:kegiatan|acara|sosialisasi|bimtek|pelatihan|apel|deklarasi|ikrar"
                      r"|rapat|forum|dialog|seminar|hal|langkah|upaya|program|aturan|regulasi)"
                      r"\s+(?:\w+\s+){0,3}?(?:ini|itu|tersebut)\s+$", re.IGNORECASE)
_PUBLIC = re.compile(r"\b(?:warga|masyarakat|publik|survei|responden)\s+(?:\w+\s+)?$",
                     re.IGNORECASE)
# requests and orders: appeals by themselves (whoever they address)
_REQUEST = ("minta", "meminta", "diminta", "mohon", "memohon", "dimohon", "perintahkan",
            "memerintahkan", "diperintahkan", "mewajibkan", "diwajibkan", "diharuskan")
# hopes: an official's appeal when on neutrality, not a gathering's purpose or the public's
_HOPE = ("berharap", "mengharapkan", "diharapkan", "harapan", "mendorong")
# modal and hortative forms: an appeal only of conduct ("harus menjaga netralitas")
_MODAL_FORM = ("harus", "wajib", "perlu", "hendaknya", "agar", "supaya", "mari", "ayo", "jaga",
               "hindari", "tetaplah", "patuhi", "taati",
               # a rule recalled, an appeal only of conduct ("tidak berhak berkampanye", not
               # "tidak berhak atas tunjangan")
               "tidak berhak", "tak berhak", "tidak memiliki", "tak memiliki", "tidak mempunyai",
               "tak mempunyai", "tidak punya", "tak punya")


def appeal(ctx: Context) -> str | None:
    """An official's appeal, warning or reminder. Its own words ("mengimbau", "menegaskan",
    "dilarang", "jangan", "surat edaran") are one by themselves. The weak forms are judged:
    a request or order ("meminta", "diminta", "memerintahkan") unless it asks for something
    else than conduct ("meminta keterangan", "meminta maaf"); a hope ("berharap",
    "diharapkan") when on neutrality and not a gathering's purpose ("kegiatan ini diharapkan
    ...") or the public's; a modal or hortative ("harus", "perlu", "agar", "hendaknya",
    "mari", "jagalah") only when the conduct follows ("harus menjaga netralitas", "agar
    tidak ...") in a sentence or paragraph on neutrality. None of them said by an observer."""
    low = ctx.phrase.lower()
    weak = low.startswith(_REQUEST) or low.startswith(_HOPE) or low.startswith(_MODAL_FORM)
    if not weak:
        return "imbauan"
    if _OBSERVER.search(ctx.sentence):
        return None  # "menurut pengamat, ASN harus netral": an opinion
    if low.startswith(_REQUEST):
        return None if _ASKED_FOR.search(ctx.after[:40]) else "imbauan"
    topical = on_neutrality(ctx.sentence) or on_neutrality(ctx.paragraph)
    if low.startswith(_HOPE):
        if _PURPOSE.search(ctx.before[-60:]) or _PUBLIC.search(ctx.before[-30:]):
            return None
        return "imbauan" if topical or _CONDUCT.search(ctx.after[:90]) else None
    conduct = _CONDUCT.search(ctx.after[:90]) or (
        _KEPT_PASSIVE.search(ctx.after[:40]) and "netral" in ctx.before[-120:].lower()
        and not _SIGNED_DOCUMENT.search(ctx.before[-120:]))  # (a pledge held up: none)
    return "imbauan" if topical and conduct else None
