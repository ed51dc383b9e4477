"""The activity judges' word gates: a pattern is searched only in a sentence holding one of its
gate's words, so every match of the pattern must hold one, else the gate silently drops a
match. Checked on samples drawn from every alternative of each pattern, so a word added to a
pattern and forgotten in its gate fails here."""

from __future__ import annotations

import re

import pytest
from regex_samples import samples

from transforms.events.activities import (
    background,
    commitment_cues,
    cues,
    finding_cues,
    monitoring,
    sanction_cues,
    this_occasion,
)
from transforms.events.activities.words import says

GATED = [(module.__name__.rsplit(".", 1)[1], words, pattern)
         for module in (background, commitment_cues, cues, finding_cues, monitoring, sanction_cues,
                        this_occasion)
         for words, patterns in module.GATES for pattern in patterns]


def plain(pattern: object) -> re.Pattern[str]:
    """The compiled pattern of a pattern or of a prefilter scanner wrapping one."""
    return pattern if isinstance(pattern, re.Pattern) else pattern.pattern


def matched(pattern: re.Pattern[str]) -> list[str]:
    """The pattern's samples it matches, each as a sentence of its own."""
    return [f" {s} " for s in samples(pattern) if pattern.search(f" {s} ")]


def unheld(words: frozenset[str], pattern: re.Pattern[str]) -> list[str]:
    """The matched samples with none of the words."""
    return [s for s in matched(pattern) if not says(s, words)]


@pytest.mark.parametrize(("module", "words", "pattern"), GATED,
                         ids=[f"{m}-{plain(p).pattern[:24]}" for m, _, p in GATED])
def test_every_match_of_a_gated_pattern_holds_a_word_of_its_gate(module, words, pattern):
    pattern = plain(pattern)
    assert matched(pattern), "no sample of the pattern matches it: the check would be empty"
    assert unheld(words, pattern) == []


def test_the_check_finds_a_word_missing_from_a_gate():
    pattern = re.compile(r"\b(?:telah|sudah|pernah)\s+(?:di)?gelar(?:kan)?\b", re.IGNORECASE)
    assert unheld(frozenset({"telah", "sudah", "pernah"}), pattern) == []
    assert unheld(frozenset({"telah", "sudah"}), pattern) == [" pernah gelar "]


def test_samples_take_every_alternative_and_leave_out_every_optional_part():
    drawn = samples(re.compile(r"^(?:apel|ikrar)\s+(?:pagi\s+)?(akbar|bersama)-\1$"))
    assert drawn == ["apel akbar-akbar", "ikrar pagi bersama-bersama"]
    for sample in drawn:
        assert re.fullmatch(r"(?:apel|ikrar) (?:pagi )?(\w+)-\1", sample)
