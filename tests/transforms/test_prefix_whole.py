"""Whole-word literal prefixes: "se" of ``se\\s+edaran`` is looked for only where a word of
the text is "se" (transforms/prefix_literals.py, transforms/prefilter.py)."""

import random
import re

from transforms.prefilter import finditer, first_matches, scanner
from transforms.prefix_literals import literal_prefixes

_CIRCULAR = re.compile(r"\b(?:se\s+(?:bersama|bupati)|seruan|(?:tidak|tak)[^\S\n]+boleh"
                       r"|ke\s?tidak\s?netralan)\b", re.IGNORECASE)


def test_a_literal_a_non_word_character_must_follow_is_a_whole_word():
    found = {literal: (word, whole) for literal, word, whole in literal_prefixes(_CIRCULAR)[0]}
    assert found["se"] == ("se", True)
    assert found["seruan"] == ("seruan", False)  # a whole word stands for no longer literal
    assert found["tak"] == ("tak", True) and found["tidak"] == ("tidak", True)
    assert found["ke"] == ("ke", True) and found["ketidakn"] == ("ketidakn", False)
    loose = literal_prefixes(re.compile(r"(?:se|ke)\s+x"))[0]  # may start inside a word
    assert all(not whole for _, _, whole in loose)
    wordy = literal_prefixes(re.compile(r"\bse\w+"))[0]  # a word character follows
    assert all(not whole for _, _, whole in wordy)


def test_same_matches_as_the_pattern():
    scan = scanner(_CIRCULAR)
    words = ("se", "SE", "ſe", "sekolah", "serentak", "seruan", "bersama", "bupati", "tak",
             "Tak", "tidak", "boleh", "ke", "Ke", "ketidaknetralan", "tidaknetralan", "netralan",
             "kepala", "di", "x")
    glue = (" ", " ", "  ", "\t", "\n", ", ", ". ", "-", "")
    rng = random.Random(5)
    for _ in range(300):
        some = rng.sample(words, rng.randint(4, len(words)))  # often without "se", "ke", "tak"
        text = "".join(rng.choice(some) + rng.choice(glue) for _ in range(rng.randint(60, 120)))
        expected = [m.span() for m in _CIRCULAR.finditer(text)]
        assert [m.span() for m in finditer(scan, text)] == expected, text
        assert [m.span() for m in first_matches(scan, text, 3)] == expected[:3], text
