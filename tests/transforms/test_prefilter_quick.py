import random
import re

import pytest

from transforms.events.activities.context import AT_OCCASION, words
from transforms.events.activities.finding_cues import NEGATED
from transforms.events.elections import ELECTION_YEAR
from transforms.prefilter import quick

_PATTERNS = [
    re.compile(r"\b(?:calon|mantan|se|staf\s+ahli)[^\S\n]*$", re.IGNORECASE),
    re.compile(r"\b(?:kasus|sidang|izin)\b", re.IGNORECASE),  # k, s, i: letters with specials
    re.compile(r"(?<![\w-])[Ww]akil[ \t]+$"),
    re.compile(r"\b(?:kantor|(?-i:Jalan|Taman))\.?\s+$", re.IGNORECASE),
    re.compile(r"\b(?i:kata|ujar)\b|,\s*maka\b"),
    re.compile(r"\b20\d\d\b"),
    re.compile(r"\bapakah\b|\bbelum\s+(?:\w+\s+)?$", re.IGNORECASE),
    words(r"akan", r"bakal(?!\s+calon)", r"jika"),
]
_WORDS = ("calon", "Calon", "CALON", "mantan", "se", "staf ahli", "kasus", "KASUS", "ſidang",
          "İzin", "ızin", "\u212aasus", "wakil", "Wakil", "kantor", "Jalan", "jalan", "Taman",
          "kata", "KATA", "ujar", "maka", "2024", "2019", "apakah", "belum", "akan", "bakal",
          "jika", "Bupati", "ASN", "di", "dan", "x", "-", ",", ".", "(")
_GLUE = (" ", " ", " ", "  ", "\t", "\n", ", ", ". ", "-")


def _texts(count: int) -> list[str]:
    rng = random.Random(11)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts += [rng.choice(_WORDS), rng.choice(_GLUE)]
        texts.append("".join(parts[:-1] if rng.random() < 0.5 else parts))
    return texts


@pytest.mark.parametrize("pattern", [*_PATTERNS, AT_OCCASION, ELECTION_YEAR, NEGATED])
def test_same_matches_as_the_pattern(pattern):
    fast = quick(pattern)
    for text in _texts(400):
        assert ([m.span() + m.groups() for m in fast.finditer(text)]
                == [m.span() + m.groups() for m in pattern.finditer(text)]), text
        found, plain = fast.search(text), pattern.search(text)
        assert (found and found.span()) == (plain and plain.span()), text


def test_a_first_character_test_is_added_only_where_every_match_has_one():
    assert quick(_PATTERNS[0]).pattern.startswith("(?=")
    assert quick(_PATTERNS[0]).flags == _PATTERNS[0].flags
    anchored = re.compile(r"^\W*(?:sebelumnya|saat\s+itu)\b", re.IGNORECASE)
    assert quick(anchored) is anchored  # a match at a line start
    number = re.compile(r"\b(?:\d+|dua|tiga)\s+orang\b")
    assert quick(number) is number  # a match may start with any digit
    loose = re.compile(r"\w+an\b")
    assert quick(loose) is loose  # no literal prefix
