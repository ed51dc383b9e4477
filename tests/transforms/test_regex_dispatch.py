import random
import re
import sys

from transforms.events.officials.parse import TITLE
from transforms.events.officials.titles import HEADS, PREFIX_PATTERN
from transforms.prefilter import fold
from transforms.regex_dispatch import by_first_letter, first_letters

# TITLE as it was written before its heads were grouped: the plain alternation
_PLAIN = re.compile(
    rf"(?<![\w-])(?:(?P<prefix>{PREFIX_PATTERN})\.?(?:\s*\((?P<short>pjs|pj|plt|plh)\.?\))?\s+)?"
    r"(?:" + "|".join(f"(?P<b{i}>{pattern})" for i, (_, pattern, _) in enumerate(HEADS))
    + r")\b", re.IGNORECASE)


def test_every_character_folded_to_a_letter_is_that_letter_to_ignorecase():
    # the lookaheads pass over only what no match can start with (prefilter.fold's letters)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        first = fold(char)[:1]
        if "a" <= first <= "z":
            assert re.match(f"(?i:{first})", char), hex(code)


def test_first_letters():
    assert first_letters("bupati") == {"b"}
    assert first_letters("(?-i:[Ss]ekda|Wakil)", re.I) == {"s", "w"}
    assert first_letters(r"(?:wakil\s+)?camat") == {"w", "c"}
    assert first_letters(r"\w+kepala") is None
    assert first_letters(r"\d+ orang") is None
    assert first_letters("(?:kepala|\\(pj\\))") is None  # may start with "("


def test_order_kept_among_alternatives_of_one_letter():
    pattern = re.compile(by_first_letter(["(?P<a>ka)", "(?P<b>wa)", "(?P<c>kab)", "(?P<d>k|w)"])
                         + r"\b")
    assert pattern.match("kab").lastgroup == "c"  # "ka" fails at \b, "kab" next
    assert pattern.match("w").lastgroup == "d"
    assert pattern.match("x") is None


_PIECES = ("Bupati", "bupati", "BUPATI", "Wakil Bupati", "wakil  bupati", "Wali Kota",
           "walikota", "Sekda", "Sekretaris Daerah", "sekretaris kecamatan", "Kepala Desa",
           "kepala dinas", "Kepala BKD", "Pj", "Plt.", "Penjabat", "penjabat sementara",
           "Pelaksana Tugas", "Camat", "Lurah", "Ketua Bawaslu", "Bawaslu", "Anggota",
           "Koordinator Divisi", "Jaksa Agung Muda", "JPU", "Kapolres", "Kades", "Gubernur",
           "Mendagri", "Menteri", "Staf Ahli Bupati", "İlham", "ſekda", "\u212aepala", "(Pj)",
           "kabupaten", "Agam", "Rahmat", "12", "-", ",", ".", "\n", " ", " ", " ")


def test_title_matches_as_the_plain_alternation():
    rng = random.Random(11)
    for _ in range(300):
        text = " ".join(rng.choice(_PIECES) for _ in range(40))
        for pos in range(len(text)):
            plain, grouped = _PLAIN.match(text, pos), TITLE.match(text, pos)
            assert (plain is None) == (grouped is None), text[pos:pos + 40]
            if plain is not None:
                assert plain.lastgroup == grouped.lastgroup
                assert all(plain.span(g) == grouped.span(g) for g in _PLAIN.groupindex)
