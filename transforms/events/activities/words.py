"""The words of a sentence or paragraph, listed once: cheap tests before context patterns.

A judge of ``activities.classify`` asks many patterns of one sentence; a pattern each
of whose matches holds one of a few words need not be searched in a sentence without any
(most sentences), and whom a finding is about is told from its paragraph's words.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NON_WORD = re.compile(r"\W+")
# ASCII: every byte that is no word character to a space (a C loop, then split(): 2x faster)
_SPACED = bytes(code if code < 128 and re.match(r"\w", chr(code)) else 0x20 for code in range(256))


@lru_cache(maxsize=512)
def word_set(sentence: str) -> frozenset[str]:
    """The sentence's words, lower-cased (listed once per sentence, shared by the judges)."""
    low = sentence.lower()
    if low.isascii():  # the runs of \w are what split() leaves once the rest is spaces
        return frozenset(low.encode("ascii").translate(_SPACED).decode("ascii").split())
    words = set(_NON_WORD.split(low))  # the runs of \w: faster than findall
    words.discard("")
    return frozenset(words)


def says(sentence: str, vocabulary: frozenset[str]) -> bool:
    """Whether the sentence has one of these words: a pattern each of whose matches holds one
    of them need not be searched in a sentence without any (most sentences, told fast)."""
    return not word_set(sentence).isdisjoint(vocabulary)


def may_say(sentence: str, vocabulary: frozenset[str]) -> bool:
    """Whether a case-insensitive pattern each of whose matches holds one of these words as
    a whole word of the sentence may match there: ``says`` for an ASCII sentence; always for
    another, where IGNORECASE also equates "ı", "ſ" and "İ" with ASCII letters its lower-cased
    words do not (the pattern is then searched as it would be without this test)."""
    return not sentence.isascii() or says(sentence, vocabulary)


# the numbers two to ten written as words: an alternation for people or cases counted
TWO_TO_TEN = r"dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
# a speaker's talk told from its audience's side ("para kades mendapatkan materi ..."): the
# verbs before "materi", as the lexicon finds them and the context reads them as a talk
TALK_HEARD = r"mendapat(?:kan)?|menerima|diberi(?:kan)?|dibekali"

# the word neutrality itself ("netral", "netralitas"): what a gathering or a signed text is on
NEUTRAL = re.compile(r"\bnetral", re.IGNORECASE)
# neutrality or the civil servants (or village heads) it binds
ON_NEUTRALITY = re.compile(r"\bnetral|\b(?:asn|pns|pppk|p3k|aparatur|pegawai|kepala\s+desa|kades"
                            r"|camat|lurah|perangkat|opd|kepala\s+dinas|wali\s+nagari|korpri|guru"
                            r"|kepala\s+sekolah|dosen|honorer|pejabat"
                            # the commission and agency of the civil service: theirs alone
                            r"|kasn|bkn)\b",
                            re.IGNORECASE)
# the words one of which every match of ON_NEUTRALITY holds (besides words starting "netral")
_NEUTRALITY_WORDS = frozenset({
    "asn", "pns", "pppk", "p3k", "aparatur", "pegawai", "kades", "camat", "lurah", "perangkat",
    "opd", "korpri", "guru", "dosen", "honorer", "pejabat", "kasn", "bkn"})
_SECOND_WORDS = frozenset({"desa", "dinas", "sekolah", "nagari"})  # kepala desa, wali nagari ...


@lru_cache(maxsize=256)
def on_neutrality(text: str) -> bool:
    """The text names neutrality or the civil servants (or village heads) it binds."""
    found = word_set(text)
    if not found.isdisjoint(_NEUTRALITY_WORDS) or any(w.startswith("netral") for w in found):
        return True
    return not found.isdisjoint(_SECOND_WORDS) and bool(ON_NEUTRALITY.search(text))


# the words a declaration of support opens with: the phrases of ``SUPPORT_DECLARED``, told
# apart from the other `pelanggaran` phrases by them (activities.declarations)
DECLARING = ("mendeklarasikan", "deklarasikan", "dideklarasikan", "deklarasi", "menyatakan",
             "pernyataan", "berikrar", "ikrar")
# support for a candidate right after a declaring word ("(berikrar) mendukung pasangan calon
# nomor urut 2", "(deklarasi) dukungan para kades kepada calon petahana"): the offence of siding
# with one, never a pledge of neutrality (activities.declarations)
SUPPORT = (r"(?:sikap\s+)?(?:dukungan|mendukung|memenangkan)(?=\s+(?:[\w-]+\s+){0,8}?(?:paslon"
           r"|pasangan\s+calon|calon|kandidat|petahana|nomor\s+urut|bacalon|cabup|cawabup|cagub"
           r"|cawagub|cawalkot|capres|cawapres|caleg)\b)")
# (or the same pledge named again as one of support: "melakukan ikrar, termasuk ikrar dukungan
# kepada salah satu calon")
SUPPORT_AFTER = re.compile(r"(?:\s*,?\s+termasuk\s+(?:ikrar|deklarasi)(?=\s+dukungan\b))?\s+"
                           + SUPPORT, re.IGNORECASE)
# a declaration of support: a `pelanggaran` phrase of activities.lexicon_cases
SUPPORT_DECLARED = r"(?:" + "|".join(DECLARING) + r")\s+" + SUPPORT


def signed_as(thing: str) -> str:
    """What a signed thing not named an integrity pact is: a commitment of neutrality signed is
    a declaration signed (LABELS.md's `ikrar`, "read or signed"; no corpus labels one a pact),
    a signed statement of one's own a pact."""
    return "ikrar" if thing.lower().endswith("komitmen") else "pakta_integritas"


# a site's address going on from a phrase ("PATROLI.COM", "sidak.id"): an outlet's name
_ADDRESS = re.compile(r"\.(?:com|co|id|net|org|news|tv)\b", re.IGNORECASE)


def in_address(after: str) -> bool:
    """The text after a phrase goes on with a site's domain: the phrase names an outlet."""
    return bool(_ADDRESS.match(after))


# the next step of a procedure ("sudah kami serahkan ke BKN dan selanjutnya Pemkab ...
# kemudian memberikan sanksi", "temuan selanjutnya diserahkan ke KASN"): still to come
NEXT_STEP = re.compile(r"\b(?:selanjutnya|kemudian|nantinya|berikutnya)\b", re.IGNORECASE)


def after_last(pattern: re.Pattern[str], text: str) -> str:
    """The words after the last match of ``pattern`` in ``text`` ("..., tetapi ada satu ...":
    after the contrast; "..., selain itu juga ...": after the new point; "... dan
    selanjutnya Pemkab ...": after the next step); all of them when none."""
    found = max(pattern.finditer(text), key=re.Match.start, default=None)
    return text[found.end():] if found else text
