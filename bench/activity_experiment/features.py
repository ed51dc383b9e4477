"""General features of each activity value in an article, for the learned activity decision.

The taxonomy's phrases (the lexicon of ``transforms.events.activities.classify``) are found raw,
then each value is described by a few facts any news text has, not by words of particular
texts:

* where it is named: the title, the lead (the first two full sentences: who did what), how many
  sentences name it and how early the first does;
* how its sentences tell it (an appeal only an observer's is none; a case "diproses" is a
  case, not a sanction): plainly, or as future, possible or asked for ("akan", "dapat",
  "jika", "agar", "harus" ...), as background ("sebelumnya", "tahun lalu", "pernah" ...),
  negated ("tidak", "belum" ...), as a rule for whoever ("setiap", "bagi ... yang");
* whether a sentence tells it done ("telah", "menggelar", "diikuti", "dijatuhi" ...), counts
  people or cases (a number), and names neutrality or the civil servants it binds.

Features are fractions or 0/1 so one weight vector serves every value (with a per-value
offset): values with few examples (bimtek, pengawasan) borrow strength from the others.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from transforms.events.activities import appeals
from transforms.events.activities import context as judge
from transforms.events.activities.classify import VALUES, Mention, raw_matches, sentence_spans
from transforms.events.activities.words import on_neutrality, word_set
from transforms.page_links import related_headline, tail_start

# future, possible, conditional, asked for or threatened: not (yet) done
MODAL_WORDS = frozenset({
    "akan", "bakal", "dapat", "bisa", "boleh", "jika", "apabila", "bila", "kalau", "seandainya",
    "agar", "supaya", "harus", "wajib", "perlu", "hendaknya", "mesti", "jangan", "nanti",
    "nantinya", "rencana", "berencana", "direncanakan", "diharapkan", "berharap", "ancam",
    "ancaman", "terancam", "diancam", "mengancam", "siap", "hendak", "mari", "ayo", "minta",
    "meminta", "diminta", "mengimbau", "menghimbau", "imbau", "mengajak", "mungkin",
    "kemungkinan", "potensi", "berpotensi", "mencegah", "cegah", "menghindari"})
NEGATION_WORDS = frozenset({"tidak", "tak", "belum", "bukan", "tanpa", "nihil"})
# a rule about whoever, a kind described, or a standing habit: no particular occasion
GENERIC_WORDS = frozenset({
    "setiap", "tiap", "bagi", "jenis", "bentuk", "berupa", "kategori", "diatur", "mengatur",
    "aturan", "ketentuan", "regulasi", "sering", "kerap", "biasanya", "umumnya", "selama",
    "rutin", "berbagai"})
# told as done, per kind of value: a gathering held, a case found or handled, a sanction
# given, monitoring carried out (general verbs of each act, with their passive forms)
_HELD = frozenset({
    "telah", "sudah", "menggelar", "digelar", "melaksanakan", "dilaksanakan", "mengadakan",
    "diadakan", "berlangsung", "mengikuti", "diikuti", "dihadiri", "menghadiri", "membuka",
    "dibuka", "dipimpin", "memimpin", "menyelenggarakan", "diselenggarakan", "dilakukan",
    "melakukan", "membacakan", "dibacakan", "menandatangani", "ditandatangani", "mengikrarkan",
    "diikrarkan", "kemarin", "tadi", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu"})
_FOUND = frozenset({
    "menemukan", "ditemukan", "temuan", "temukan", "mendapati", "didapati", "kedapatan",
    "tertangkap", "mencatat", "dicatat", "tercatat", "diduga", "dugaan", "terindikasi",
    "terbukti", "terjaring", "kasus", "laporan", "aduan", "pengaduan", "dilaporkan",
    "melaporkan", "menerima", "diterima", "menindaklanjuti", "ditindaklanjuti", "memeriksa",
    "diperiksa", "mengklarifikasi", "klarifikasi", "dipanggil", "memanggil", "menangani",
    "ditangani", "menelusuri", "ditelusuri", "rekomendasi", "direkomendasikan",
    "merekomendasikan", "diteruskan", "diproses", "memproses", "diputuskan", "diregister"})
_GIVEN = frozenset({
    "telah", "sudah", "dijatuhi", "dijatuhkan", "menjatuhkan", "menjatuhi", "terkena",
    "diganjar", "diberi", "diberikan", "dikenai", "dikenakan", "mendapat", "mendapatkan",
    "menerima", "memberikan", "pemberian", "penjatuhan", "dicopot", "dipecat",
    "diberhentikan", "dinonaktifkan"})
_CARRIED = frozenset({
    "telah", "sudah", "sedang", "tengah", "menggelar", "melakukan", "melaksanakan", "dilakukan",
    "dilaksanakan", "menerjunkan", "membentuk", "dibentuk", "membuka", "dibuka", "menyediakan",
    "turun", "memantau", "mengawasi",
    # a concrete act by its own name: a patrol, a raid, a post or channel for reports
    "patroli", "berpatroli", "sidak", "inspeksi", "menggerebek", "posko", "kanal", "layanan",
    "saluran", "hotline"})
ACT_WORDS = {"sosialisasi": _HELD, "ikrar": _HELD, "pakta_integritas": _HELD, "apel": _HELD,
             "bimtek": _HELD, "pelanggaran": _FOUND, "sanksi": _GIVEN, "pengawasan": _CARRIED,
             "imbauan": frozenset()}
_NUMBER = re.compile(r"\b\d{1,4}\b(?!\s*(?:tahun|persen|%))|\b(?:satu|dua|tiga|empat|lima|enam"
                     r"|tujuh|delapan|sembilan|sepuluh|seorang|\w+belas|\w+puluh|puluhan"
                     r"|belasan|ratusan)\b", re.IGNORECASE)

FEATURES: tuple[str, ...] = (
    "title", "title_plain", "lead", "lead_plain", "sentences", "plain_share", "early", "act",
    "lead_act", "counted", "on_neutrality", "modal_share", "past_share", "negated_share",
    "generic_share")


@dataclass(frozen=True)
class Described:
    """One value of an article: its features (in ``FEATURES`` order) and its evidence, the
    mention a reader checks (the title's, else the first plain one, else the first)."""

    value: str
    features: tuple[float, ...]
    evidence: Mention
    in_title: bool = False  # the evidence is the title's (offsets in the title)
    talk_only: bool = False  # named only as a speaker's talk ("menjadi narasumber")
    first: int = -1  # where the text first names it (-1: only the title does)


# said right after a phrase, a modal makes it future or threatened: "ASN tidak netral terancam
# sanksi", "sosialisasi akan digelar"
_MODAL_AFTER = frozenset({"akan", "bakal", "terancam", "diancam", "dapat", "bisa", "harus",
                          "wajib", "perlu", "nantinya"})


_PAST = re.compile(r"\b(?:tahun|bulan|pekan|minggu|waktu)\s+(?:yang\s+)?lalu\b|\bpernah\b"
                   r"|\bterdahulu\b|\bsilam\b|\bsebelumnya\b")
# right before a phrase, a purpose, task or result: "untuk melakukan pengawasan", "bertugas
# mengawasi", "hasil pengawasan" (what it is for or led to, not the act itself)
PURPOSE_WORDS = frozenset({"untuk", "guna", "demi", "bertugas", "berwenang", "tugas", "fungsi",
                           "hasil"})


@lru_cache(maxsize=256)
def _past(sentence: str) -> bool:
    """The sentence tells an earlier occasion (told once per sentence)."""
    return bool(judge.EARLIER.search(sentence) or _PAST.search(sentence.lower()))


# a request already made is done: "telah diminta meningkatkan patroli"
_ALREADY = re.compile(r"\b(?:telah|sudah)\s+(?:di)?(?:minta|imbau|ajak)\w*\b")


def _context(sentence: str, offset: int, lower_sentence: str,
             length: int = 0) -> tuple[bool, bool, bool, bool]:
    """(modal, past, negated, generic) of a phrase at ``offset`` in its sentence: the words of
    its clause before it and the next few words after it (and the sentence's opening, for
    background)."""
    before = lower_sentence[:offset]
    clause = judge.CLAUSE.split(before)[-1][-80:]
    near = word_set(clause)
    after = lower_sentence[offset + length:offset + length + 40].split(",")[0].split()[:4]
    asked = not near.isdisjoint(MODAL_WORDS) and not _ALREADY.search(clause)
    tail = before[-30:].split()[-3:]
    whoever = bool(tail) and tail[-1] in ("yang", "yg")
    purpose = any(w in PURPOSE_WORDS for w in tail)
    return (asked or any(w in _MODAL_AFTER for w in after),
            _past(sentence),
            any(w in NEGATION_WORDS for w in tail),
            whoever or purpose or not near.isdisjoint(GENERIC_WORDS))


def describe(text: str, title: str) -> list[Described]:
    """Every value the lexicon names in the text or title (``imbauan`` too), with features."""
    return read(text, title)[0]


def read(text: str, title: str, within: list[tuple[int, int]] | None = None,
         ) -> tuple[list[Described], list[Mention]]:
    """``describe`` and the text's phrases it read (each value's every mention, in order).
    ``within`` (sorted spans of the text) reads only that part, as its own article: one
    occasion of an article of several."""
    spans = sentence_spans(text)
    tail = tail_start(text)
    phrases = _mentions(text, spans, tail)
    parts = within or [(0, len(text))]
    if within is not None:
        spans = [(a, b) for a, b in spans if _inside(a, parts)]
        phrases = [(m, o) for m, o in phrases if _inside(m.start, parts)]
    lead_stop = lead_end(text, spans)
    size = max(sum(b - a for a, b in parts), 1)
    found: dict[str, list[tuple[Mention, tuple[bool, bool, bool, bool]]]] = {}
    for mention, offset in phrases:
        found.setdefault(mention.value, []).append(
            (mention, _context(mention.sentence, offset, mention.sentence.lower(),
                               mention.end - mention.start)))
    headline: dict[str, Mention] = {}
    told: dict[str, bool] = {}  # value -> named plainly in the title
    for m, offset in _mentions(title, sentence_spans(title), len(title)):
        headline.setdefault(m.value, m)
        told[m.value] = told.get(m.value, False) or not any(
            _context(m.sentence, offset, m.sentence.lower(), m.end - m.start))
    out = []
    for value in VALUES:
        seen = found.get(value, [])
        if not seen and value not in headline:
            continue
        plain = [m for m, c in seen if not any(c)]
        acts = ACT_WORDS[value]
        lead = [m for m, _ in seen if m.start < lead_stop]
        lead_plain = [m for m in plain if m.start < lead_stop]
        acted = [m for m, c in seen if not any(c) and not word_set(m.sentence).isdisjoint(acts)]
        n = len(seen) or 1
        sentences = {m.sentence for m, _ in seen}
        share = [sum(c[k] for _, c in seen) / n if seen else 0.0 for k in range(4)]
        features = (
            float(value in headline), float(told.get(value, False)), float(bool(lead)),
            float(bool(lead_plain)),
            min(len(sentences), 5) / 5, len(plain) / n if seen else 0.0,
            1 - _before(plain[0].start, parts) / size if plain else 0.0,
            float(bool(acted)), float(any(m.start < lead_stop for m in acted)),
            float(any(_NUMBER.search(s) for s in sentences)),
            float(any(on_neutrality(s) for s in sentences)), *share)
        evidence = headline.get(value) or (plain[0] if plain else seen[0][0])
        talk = bool(seen) and value not in headline and all(judge.implied(m.phrase)
                                                            for m, _ in seen)
        out.append(Described(value, features, evidence, value in headline, talk,
                             seen[0][0].start if seen else -1))
    return out, [m for m, _ in phrases]


def _mentions(text: str, spans: list[tuple[int, int]],
              tail: int) -> list[tuple[Mention, int]]:
    """The lexicon's phrases before the related-headline tail, outside link lines, earliest
    then longest winning an overlap, each with its sentence and its offset in it."""
    out: list[tuple[Mention, int]] = []
    end_of_last = -1
    starts = [a for a, _ in spans]
    for start, negative_length, index in sorted(raw_matches(text)):
        if start < end_of_last or start >= tail:
            continue
        end = start - negative_length
        a, b = spans[bisect_right(starts, start) - 1]
        sentence = text[a:b]
        if _link(sentence):
            continue
        end_of_last = end
        kept = sentence.strip()
        offset = start - a - (len(sentence) - len(sentence.lstrip()))
        value, phrase = VALUES[index], text[start:end]
        if value == "sanksi" and phrase.lower().endswith("roses"):
            value = "pelanggaran"  # a case processed is a case, not a sanction decided
        elif value == "imbauan" and appeals.appeal(judge.Context(
                kept, kept[:offset], phrase, kept[offset + len(phrase):])) is None:
            continue  # an observer's opinion, not an official's appeal
        out.append((Mention(value, phrase, start, end, kept), offset))
    return out


@lru_cache(maxsize=256)
def _link(sentence: str) -> bool:
    return related_headline(sentence)


def _inside(pos: int, parts: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in parts)


def _before(pos: int, parts: list[tuple[int, int]]) -> int:
    """How many characters of the parts stand before ``pos``."""
    return sum(min(b, pos) - a for a, b in parts if a < pos)


def lead_end(text: str, spans: list[tuple[int, int]]) -> int:
    """Where the lead ends: after the first two sentences of 40 characters or more."""
    full = 0
    for a, b in spans:
        if len(text[a:b].strip()) >= 40 and not related_headline(text[a:b]):
            full += 1
            if full == 2:
                return b
    return len(text)
