"""What a phrase may be judged, told from its words (``outcomes`` of the judges of `pelanggaran`,
`sanksi` and `pengawasan`): ``classify.judged`` leaves out a phrase that can be none, or can
only repeat a value its part has, so each judge must never give a value outside it.

Checked on invented sentences put together (seeded) from samples of every alternative of the
judges' own patterns and of the phrases of each value, with words of a day and of a body
(each before-pattern's sample also right before the phrase, each after-pattern's right after
it), so that a return added to a judge behind no word of its ``outcomes`` is likely to fail
here (removing a word group from ``outcomes`` does)."""

from __future__ import annotations

import random
import re

import pytest
from regex_samples import Unsupported, samples

from transforms.events.activities import (
    background,
    cases,
    classify,
    context,
    cues,
    declarations,
    finding_cues,
    findings,
    monitoring,
    rule_cues,
    sanction_cues,
    sanctions,
    this_occasion,
    violations,
)
from transforms.events.activities.classify import (
    LOWER_PATTERNS,
    VALUES,
    Mention,
    activity_scan,
    headline_mentions,
    raw_matches,
)

_FILLER = ["Bawaslu", "Kabupaten Sukamaju", "camat", "ASN", "netralitas", "Senin (12/8)",
           "kemarin", "itu", "yang", "tiga", "kepada", "Pemkab", ",", "dan", "tersebut",
           "Kepala Desa Mekarsari", "pada Pilkada 2024", "tidak", "akan", "telah", "“tegas”"]


def _drawn(pattern: re.Pattern[str]) -> list[str]:
    try:
        return [s.strip() for s in samples(pattern) if s.strip()]
    except (Unsupported, RecursionError, ValueError):
        return []


def _pieces() -> tuple[list[str], list[str], list[str]]:
    """Samples of every module-level pattern of the judges and of every value's phrases; of
    those that end where the phrase starts (a pattern of what comes before it, ``...$``); of
    those that start where it ends (``^...``, ``\\s+...``)."""
    every, before, after = set(), set(), set()
    for module in (background, cases, context, cues, declarations, finding_cues, findings,
                   monitoring, rule_cues, sanction_cues, sanctions, this_occasion, violations):
        for item in vars(module).values():
            pattern = item if isinstance(item, re.Pattern) else getattr(item, "pattern", None)
            if isinstance(pattern, re.Pattern):
                drawn = _drawn(pattern)
                every.update(drawn)
                if pattern.pattern.endswith("$"):
                    before.update(drawn)
                if pattern.pattern.startswith(("^", "\\s")):
                    after.update(drawn)
    for phrases in PHRASES.values():
        every.update(phrases)
    return sorted(every), sorted(before), sorted(after)


# phrases of the values whose patterns the samples cannot be drawn for (a character set)
_WRITTEN = ["sanksi", "sangsi", "sanksinya", "dicopot", "dipecat", "diberhentikan", "teguran",
            "hukuman disiplin", "ditindak", "menindak", "diproses", "memproses", "divonis",
            "dipidana", "dinonaktifkan", "penurunan pangkat", "diblokir", "disanksi",
            "penindakan", "pemberhentian", "berproses", "dijatuhi hukuman", "sosialisasi",
            "mensosialisasikan", "rapat koordinasi", "memberikan materi", "seminar"]


def _phrases(pattern: re.Pattern[str]) -> list[str]:
    try:
        drawn = [s.strip() for s in samples(pattern)]
    except Unsupported:
        drawn = _WRITTEN
    return [s for s in drawn if pattern.fullmatch(s)]


PHRASES = {value: _phrases(pattern) for value, pattern in LOWER_PATTERNS}
PIECES, BEFORE, AFTER = _pieces()


def _sentence(rng: random.Random, value: str) -> str:
    words = [rng.choice(PIECES if rng.random() < 0.6 else _FILLER)
             for _ in range(rng.randint(2, 9))]
    at = rng.randint(0, len(words))
    words[at:at] = [rng.choice(BEFORE)] * (rng.random() < 0.4) + [rng.choice(PHRASES[value])] + [
        rng.choice(AFTER)] * (rng.random() < 0.4)
    sentence = " ".join(words)
    if rng.random() < 0.3:
        sentence = sentence[:1].upper() + sentence[1:]
    return sentence + rng.choice([".", "", ", kata dia."])


JUDGES = [("pelanggaran", violations.violation, violations.outcomes),
          ("sanksi", sanctions.sanction, sanctions.outcomes),
          ("pengawasan", monitoring.monitoring, monitoring.outcomes)]


@pytest.mark.parametrize(("value", "judge", "outcomes"), JUDGES, ids=[v for v, _, _ in JUDGES])
def test_a_judge_gives_no_value_its_outcomes_leave_out(value, judge, outcomes):
    rng = random.Random(20261205)
    index = VALUES.index(value)
    narrowed = given = 0  # phrases told fewer values than the judge's own; of those, not None
    # (4000 sentences: the lexicon's phrases are drawn among the pieces, so a longer lexicon
    # dilutes the phrases that narrow; 3000 left the count at the guard's edge)
    for _ in range(4000):
        sentence = _sentence(rng, value)
        for start, negative_length, found in raw_matches(sentence):
            if found != index:
                continue
            end = start - negative_length
            ctx = context.Context(sentence, sentence[:start], sentence[start:end],
                                  sentence[end:], 3, rng.choice(["", sentence]), sentence)
            may_be = outcomes(ctx.phrase.lower(), sentence)
            judged = judge(ctx)
            assert judged is None or judged in may_be, (sentence, ctx.phrase, judged, may_be)
            if may_be != classify._OUTCOMES[value]:
                narrowed += 1
                given += judged is not None
    assert narrowed > 100, "the sentences never narrow the outcomes: the check would be empty"
    if value != "pelanggaran":  # a violation's narrowed outcome is none at all
        assert given > 10, "no narrowed phrase is judged a value: the check would be weak"


def _told(mentions: list[Mention]) -> tuple:
    """What the events read of a text's mentions: each value's first phrase, the gatherings'
    phrases, and whether a sanction is told only as threatened (``headline_mentions``)."""
    firsts = {}
    for m in mentions:
        firsts.setdefault(m.value, (m.start, m.end))
    gatherings = [(m.value, m.start) for m in mentions if m.value in classify.GATHERINGS]
    title = [Mention("sanksi", "sanksi", 0, 6)]
    return firsts, gatherings, bool(headline_mentions(title, mentions))


def _capitalised(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def test_leaving_out_phrases_by_their_outcomes_changes_nothing_read(monkeypatch):
    rng = random.Random(7)
    # sentences open with a capital, as in prose: a dot before a word in lower case ends none
    texts = [" ".join(_capitalised(_sentence(rng, rng.choice(
        ["pelanggaran", "sanksi", "pengawasan", "imbauan", "sosialisasi"])))
        for _ in range(rng.randint(3, 12))) for _ in range(400)]
    faster = [activity_scan(text, every=False) for text in texts]
    monkeypatch.setattr(classify, "_MAY_BE", {})
    plain = [activity_scan(text, every=False) for text in texts]
    for text, (a, named_a), (b, named_b) in zip(texts, faster, plain, strict=True):
        assert named_a == named_b
        assert _told(a) == _told(b), text
    assert sum(len(b) - len(a) for (a, _), (b, _) in zip(faster, plain, strict=True)) > 20
