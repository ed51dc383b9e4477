"""What may stand between an official's title and the name after it, and titles that name
no one: joining words ("yakni", "yang bernama", "yang dijabat oleh", "saat ini") or a dash, a
term of office ("periode 2023-2028"), and a run of the same local head's title, each with one
word ("Lurah A, Lurah B dan Lurah C": the words are places).

Split from transforms/events/officials/parse.py, which reads the whole title occurrence.
"""

from __future__ import annotations

import re

from transforms.events.officials.name_words import INITIAL, is_cap, is_honorific
from transforms.events.officials.tokens import Tokens

__all__ = ["DASHES", "linker", "term_of_office", "title_list"]

# A dash between a title and its name; between two names it pairs them ("A - B": a ticket).
DASHES = ("-", "–", "—")
_LINKERS = tuple(tuple(w.split()) for w in (
    "yakni", "yaitu", "bernama", "yang bernama", "yang dijabat oleh", "yang dijabat",
    "dijabat oleh", "dijabat", "masing-masing", "seperti", "antara lain", "di antaranya",
    "diantaranya", "saat ini", "dalam hal ini", "yang kini dijabat", "kini dijabat",
    *DASHES))  # "Ketua Bawaslu Agam – Rahmat": a dash set between title and name
_LINKER_STARTS = frozenset(words[0] for words in _LINKERS)


def linker(toks: Tokens, k: int) -> int:
    """How many tokens from k join a title to the name after it ("yakni", "yang bernama",
    "yang dijabat oleh"), a comma included; 0 unless a capitalised word or initial follows."""
    j = k + (toks.word(k) == ",")
    if toks.word(j) == "dari" and toks.word(j + 1) in ("Fraksi", "Partai"):
        n = j + 2  # "Anggota DPRD Agam dari Fraksi PKS, Nama": the member's party passed over
        while n < j + 7 and toks.word(n)[:1].isupper():
            n += 1
        if n > j + 2 and toks.word(n) == "(" and toks.word(n + 2) == ")":
            n += 3  # its short form: "dari Fraksi Partai Bulan Terang (PBT), Nama"
        return n - k if toks.word(n) == "," and n > j + 2 else 0
    if toks.word(j) in ("Dapil", "dapil"):
        n = j + 1  # "Anggota DPRD Agam Dapil II, Nama": the member's electoral district passed
        while n < j + 5 and (toks.word(n)[:1].isupper() or toks.word(n).isdigit()):
            n += 1  # over; "Dapil Agam itu": no name follows
        return n - k if n > j + 1 and not toks.word(n)[:1].isupper() else 0
    if toks.word(j) not in _LINKER_STARTS:
        return 0
    for words in _LINKERS:
        if all(toks.word(j + i) == w for i, w in enumerate(words)):
            n = j + len(words)
            n += toks.word(n) == "," and words[-1] == "ini"  # "Kepala BKD saat ini, Nama"
            after = toks.word(n)
            return n - k if is_cap(after) or is_honorific(after) or (
                INITIAL.match(after) and is_cap(toks.word(n + 1))) else 0
    return 0


def term_of_office(toks: Tokens, k: int) -> int:
    """How many tokens from k give a term of office ("periode 2023-2028", "masa jabatan
    2019-2024"), 0 when none."""
    j = k + 1 if toks.word(k) == "periode" else k + 2 if toks.word(k) == "masa" and toks.word(
        k + 1) in ("jabatan", "bakti") else k
    start = j
    while toks.word(j).isdigit() or (j > start and toks.word(j) in ("-", "–", "/", "s.d.")):
        j += 1
    return j - k if j > start and toks.word(j - 1).isdigit() else 0


def title_list(text: str, lead: str, written: str, end: int) -> bool:
    """A local head's title in a list of the same titles, each with one word ("Lurah A, Lurah B
    dan Lurah C", "PKD A, PKD B"): the words are the places, no person is named."""
    head = re.escape(written.strip())
    after = re.match(rf"[ \t]*(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?{head}\b", text[end:end + 40],
                     re.IGNORECASE)
    return bool(after) or bool(re.search(
        rf"\b{head}(?:[ \t]+[A-Z][\w'’-]*)+(?:[ \t]*,(?:[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
        r"[ \t]*,)*[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)$", lead,
        re.IGNORECASE))  # the last of the list after "dan" too: "..., Lurah B dan Lurah C"
