import random
import re

from transforms.events import officials
from transforms.events.official_parse import TITLE
from transforms.events.official_scan import exit_spaces, run_spaces, title_matches
from transforms.prefilter import finditer, scanner

_SCAN = scanner(TITLE)
_UNITS = ("bidang", "divisi", "sub")
_BRIDGES = frozenset({"selaku", "sebagai", "merupakan", "menjabat", "juga"})


def test_spaces_a_match_takes_in_a_lower_case_run():
    # read from the pattern: office phrases such as "ketua panitia pemungutan suara" count
    assert run_spaces(TITLE) == 6
    assert run_spaces(re.compile(r"a\s+b")) == 1
    assert run_spaces(re.compile(r"a\s*b\s*c")) == 2
    assert run_spaces(re.compile(r"(?-i:Ka\s+b)")) == 0  # no capital in such a run
    assert run_spaces(re.compile(r"(?i:Ka\s+b)")) == 1
    assert run_spaces(re.compile(r"x(?:\s+Y)?", re.I)) == 1
    assert run_spaces(re.compile(r"a[ b]{0,3}c")) == 3
    assert run_spaces(re.compile(r"(?:a\s)+")) is None  # any number of words
    assert run_spaces(re.compile(r"a.*b")) is None


def test_spaces_a_match_takes_before_punctuation():
    assert exit_spaces(TITLE, ".") == 1  # "penjabat sementara. Bupati ..."
    assert exit_spaces(TITLE, ";") == float("-inf")  # never taken
    assert exit_spaces(re.compile(r"a\s+b\s*\."), ".") == 2
    assert exit_spaces(re.compile(r"a\s+b"), "\n") == 1  # "a \nb"
    assert exit_spaces(re.compile(r"(?:a\s)+"), ".") is None


def test_the_mirrored_rules_are_officials_own():
    # officials passes these to title_matches; the test below checks the rules they mirror
    assert officials._LOWER_UNITS == _UNITS
    assert officials._BRIDGES == _BRIDGES


_WORDS = ("penjabat sementara wakil wali kota", "pelaksana tugas sekretaris daerah", "staf ahli",
          "wakil bupati", "kepala desa", "wali kota", "kepala", "bupati", "sekretaris", "daerah",
          "wali", "kota", "penjabat", "sementara", "wakil", "camat", "lurah", "dinas",
          "pendidikan", "sosialisasi", "netralitas", "asn", "kegiatan", "para", "seluruh",
          "bidang", "divisi", "subbagian", "selaku", "sebagai", "juga", "pj", "plt", "Andi",
          "Rahmat", "Kepala", "Bupati", "BKD", "Agam", "(Pj)", "12", "dan", "di", "kantor",
          "menjabat", "merupakan", "sub")
_GLUE = (" ", " ", " ", " ", " ", " ", ", ", ". ", "  ", "\t", "\n", " (", ") ", "-")


def _kept(matches, text):
    return [m.span() for m in matches
            if not (m.group(0).islower() and not officials._may_name(text, m.start(), m.end()))]


def test_same_titles_kept_as_a_plain_scan():
    rng = random.Random(7)
    for _ in range(400):
        parts = []
        while sum(map(len, parts)) < 600:
            parts += [rng.choice(_WORDS), rng.choice(_GLUE) if rng.random() < 0.3 else " "]
        text = "".join(parts)
        assert (_kept(title_matches(_SCAN, text, _UNITS, _BRIDGES), text)
                == _kept(finditer(_SCAN, text), text)), text


# Inside words, after punctuation glued to a word, long words, bridges and units inside words,
# and long runs of lower-case words with few breaks.
_MORE = _WORDS + ("kabupaten", "-bupati", "xkepala", "Rp.kepala", "(kepala", "jugalah",
                  "subuh", "merupakanlah", "pemberdayaanmasyarakatdesaterpadu", "wakil-bupati",
                  "kepala-desa", "pelaksanaan", "ketua", "bawaslu", "Bawaslu", "pengawasan",
                  "anggota", "sekda", "kades", "divisinya", "bidangnya",
                  "abcdefgHijklmnopqrstuvwxyzabc.kepala", "abcdefgHijklmnopqrstuvwxyzab.bupati")
_RARE = (", ", ". ", "; ", ": ", "  ", "\t", "\n", " (", ") ", "-", "? ", "! ", "\"", ".\n")


def test_same_titles_kept_over_long_lower_case_runs():
    rng = random.Random(23)
    for _ in range(600):
        parts = []
        while sum(map(len, parts)) < 700:
            parts += [rng.choice(_MORE), rng.choice(_RARE) if rng.random() < 0.08 else " "]
        text = "".join(parts)
        assert (_kept(title_matches(_SCAN, text, _UNITS, _BRIDGES), text)
                == _kept(finditer(_SCAN, text), text)), text


def test_the_word_before_read_within_thirty_characters():
    # _may_name reads the token before a title within 30 characters: before "bupati" that is
    # "X...kepala" (a capital), before "kepala" only lower-case letters
    glued = "a" * 7 + "X" + "b" * 21 + "."
    text = ("Lorem ipsum " + glued + "kepala bupati pada acara itu semua warga hadir dan "
            "bersuka ria di lapangan. ") * 5
    assert (_kept(title_matches(_SCAN, text, _UNITS, _BRIDGES), text)
            == _kept(finditer(_SCAN, text), text))
