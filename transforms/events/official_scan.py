"""The title matches transforms/events/officials.py reads, found without trying the title
pattern where a lower-case title among lower-case words would be dropped anyway.

A title in lower case names someone only when a capital, an aside, a number, a comma or a unit
word ("bidang") follows it, or a capitalised word, a comma or a bridging word ("selaku")
stands before it (officials' ``_may_name``). In running text most "kepala", "bupati",
"sekretaris" are neither, and the title pattern (some eighty alternatives) costs ~4 us a try.
Where the text from a candidate is a run of lower-case ASCII words joined by single spaces,
with more words than any match can take in such a run (:func:`run_spaces`, read from the
pattern's parse tree) and none of the words a match could end before starting with a unit
word, any match there is lower case and followed by a lower-case word: dropped. So is one in
a shorter run that ends at punctuation no match can take after so many words (a full stop
after two: "... kepala pilkada."). Such a candidate is passed over unless the word before it
could name someone.

The matches kept are exactly those of ``finditer`` that ``_may_name`` keeps: a candidate passed
over is tried after all (in order, with the ones passed over before it) as soon as a later
candidate that is tried could start inside its match, so ``finditer``'s rule (a match starts
after the end of the one before) holds. The rules of ``_may_name`` are mirrored here: change
them together (tests/transforms/test_official_scan.py compares the two on many texts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from transforms.prefilter import MIN_TEXT, Scanner, candidate_starts, finditer

try:  # CPython's own regex parser, as in transforms/prefix_literals.py
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _c = _p = None

_GUARD = r"(?<![\w-])"  # how TITLE opens: no match starts inside a word
_NEVER = float("-inf")  # a path that cannot go on inside a run of lower-case words


class _Unbounded(Exception):
    """A match may take any number of words of a run."""


def title_matches(scan: Scanner, text: str, units: tuple[str, ...],
                  bridges: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches of ``finditer(scan, text)`` less lower-case ones among lower-case words
    that no unit word (``units``) follows: the ones ``_may_name`` drops for sure."""
    spaces = run_spaces(scan.pattern)
    if spaces is None or scan.literals is None or len(text) < MIN_TEXT:
        yield from finditer(scan, text)
        return
    run = _run(spaces + 1, units)
    stops = _stops(scan.pattern)
    match = scan.pattern.match
    after = 0  # finditer's: where the last match ended
    skipped: list[int] = []  # candidates passed over whose matches may still matter
    reach = 0  # no match of a candidate passed over ends after this
    guarded = scan.pattern.pattern.startswith(_GUARD)
    for start in candidate_starts(scan, text):
        if start < after or guarded and start and (
                (char := text[start - 1]).isalnum() or char in "_-"):
            continue  # also "bupat" in "kabupaten": no match starts after \w or "-"
        words = run.match(text, start)
        bound = words.end(1) if words is not None else _before_stop(stops, text, start, units)
        if bound and not _named_before(text, start, bridges):
            if start >= reach:
                skipped.clear()  # none of their matches reaches this one
            skipped.append(start)
            reach = max(reach, bound)
            continue
        if skipped and start < reach:  # try them now, as finditer would have
            for earlier in skipped:
                if earlier >= after and (found := match(text, earlier)) is not None:
                    after = found.end()  # a lower-case title dropped
            skipped.clear()
            if start < after:
                continue
        found = match(text, start)
        if found is not None:
            after = found.end()
            yield found


_LOWER_RUN = re.compile(r"[a-z]+(?: [a-z]+)*")
_KEPT_AFTER = " \t(,"  # after a title, _may_name skips spaces and keeps one before "(" or ","


@lru_cache(maxsize=8)
def _stops(pattern: re.Pattern[str]) -> dict[str, float]:
    """The punctuation a match can take in a run, with the most spaces before it
    (:func:`exit_spaces`); what is not listed it never takes."""
    found = {char: exit_spaces(pattern, char) for char in map(chr, range(128))
             if not (char.isalnum() or char in _KEPT_AFTER)}
    return {char: float("inf") if most is None else most for char, most in found.items()
            if most is None or most > _NEVER}


def _before_stop(stops: dict[str, float], text: str, start: int,
                 units: tuple[str, ...]) -> int:
    """Where a shorter run of lower-case words from ``start`` ends when a match there cannot
    take the punctuation after it ("... kepala pilkada." : no title takes a full stop after
    two words): any match ends before a lower-case word that is no unit or before that
    punctuation, and is dropped. 0 when not so."""
    words = _LOWER_RUN.match(text, start)
    if words is None or (end := words.end()) >= len(text):
        return 0
    stop = text[end]
    if not stop.isascii() or stop.isalnum() or stop in _KEPT_AFTER:
        return 0
    if text.count(" ", start, end) <= stops.get(stop, -1) or _unit_after(units).search(
            text, start, end):
        return 0
    return end


@lru_cache(maxsize=8)
def _unit_after(units: tuple[str, ...]) -> re.Pattern[str]:
    """A later word of a run that starts with a unit word (one search, not a slice each)."""
    return re.compile(" (?:" + "|".join(map(re.escape, units)) + ")")


def _named_before(text: str, start: int, bridges: frozenset[str]) -> bool:
    """``_may_name``'s test of what stands before a title: a comma or "(", a capitalised
    word or a bridging word ("selaku")."""
    before = text[max(0, start - 30):start].rstrip(" \t")
    if before.endswith((",", "(")):
        return True
    word = before[before.rfind(" ") + 1:]
    return word[:1].isupper() or word in bridges


@lru_cache(maxsize=8)
def _run(words: int, units: tuple[str, ...]) -> re.Pattern[str]:
    """A run of lower-case words from the candidate: its first word and ``words`` more, joined
    by single spaces, none of the more starting with a unit word. A match there takes at most
    ``words`` of them (group 1), ends before a lower-case word that is no unit and leaves no
    run."""
    unit = "|".join(map(re.escape, units))
    return re.compile(rf"([a-z]+(?: (?!{unit})[a-z]+){{{words - 1}}}) (?!{unit})[a-z]")


@lru_cache(maxsize=8)
def run_spaces(pattern: re.Pattern[str]) -> int | None:
    """The most spaces a match of ``pattern`` (or the start of one) can take in a run of
    lower-case ASCII words joined by single spaces; None when unbounded or not worked out."""
    found = _walk(pattern, "")
    return None if found is None else int(found[1])


@lru_cache(maxsize=64)
def exit_spaces(pattern: re.Pattern[str], char: str) -> float | None:
    """The most spaces a match of ``pattern`` can take in such a run before it takes ``char``
    (an ASCII character that is no letter, digit or space), -inf when it never can; None
    when not worked out."""
    found = _walk(pattern, char)
    return None if found is None else found[2]


def _walk(pattern: re.Pattern[str], char: str) -> tuple[float, float, float] | None:
    if _p is None:
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
        return _sequence(list(tree.data), bool(pattern.flags & re.IGNORECASE), char)
    except (_Unbounded, AttributeError, TypeError, ValueError):
        return None


def _sequence(items: list[Any], icase: bool, char: str) -> tuple[float, float, float]:
    """(spaces a whole match of ``items`` takes at most, spaces the start of one takes at
    most, spaces one takes at most before it takes ``char``), the first ``_NEVER`` when no
    whole match fits in a run, the last when ``char`` is never taken."""
    whole: float = 0
    most: float = 0
    leave = _NEVER
    for op, av in items:
        full, part, out = _node(op, av, icase, char)
        most = max(most, whole + part)
        leave = max(leave, whole + out)
        whole += full
        if whole == _NEVER:
            break
    return whole, max(most, whole), leave


def _node(op: Any, av: Any, icase: bool, char: str) -> tuple[float, float, float]:
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return 0, 0, _NEVER  # takes no character
    if op is _c.SUBPATTERN:
        _, add, remove, body = av
        icase = bool((icase or add & re.IGNORECASE) and not remove & re.IGNORECASE)
        return _sequence(list(body.data), icase, char)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av.data), icase, char)
    if op is _c.BRANCH:
        found = [_sequence(list(alternative.data), icase, char) for alternative in av[1]]
        return tuple(max(values) for values in zip(*found, strict=True))  # type: ignore
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        full, part, out = _sequence(list(body.data), icase, char)
        if full == _NEVER:
            return (0 if low == 0 else _NEVER), part, out
        if full == 0:
            return 0, part, out
        if high is not _c.MAXREPEAT:
            return high * full, (high - 1) * full + part, (high - 1) * full + out
        one = list(body.data)
        if len(one) == 1 and _char(*one[0], icase)[:2] == (False, True):
            return 1, 1, 1 + out  # spaces only: two never stand side by side in a run
        raise _Unbounded
    letter, space, taken = _char(op, av, icase, char)
    return ((1, 1, 0 if taken else _NEVER) if space
            else (0, 0, 0 if taken else _NEVER) if letter else (_NEVER, 0, 0 if taken else _NEVER))


def _char(op: Any, av: Any, icase: bool, char: str = "") -> tuple[bool, bool, bool]:
    """Whether a one-character item may match a lower-case ASCII letter, a space, ``char``;
    raises _Unbounded for an item that is not one character."""
    if op is _c.LITERAL:
        return (*_literal(av, icase), chr(av) == char)
    if op in (_c.NOT_LITERAL, _c.ANY):
        return True, True, bool(char)
    if op is _c.IN:
        letter = space = taken = False
        for kind, value in av:
            if kind is _c.NEGATE:
                return True, True, bool(char)
            may = (_literal(value, icase) if kind is _c.LITERAL
                   else _range(value, icase) if kind is _c.RANGE
                   else _category(value) if kind is _c.CATEGORY else (True, True))
            letter, space = letter or may[0], space or may[1]
            taken = taken or bool(char) and (
                chr(value) == char if kind is _c.LITERAL
                else value[0] <= ord(char) <= value[1] if kind is _c.RANGE
                else _in_category(value, char) if kind is _c.CATEGORY else True)
        return letter, space, taken
    if op is _c.CATEGORY:
        return (*_category(av), bool(char) and _in_category(av, char))
    raise _Unbounded


def _in_category(category: Any, char: str) -> bool:
    word = char.isalnum() or char == "_"
    return {_c.CATEGORY_SPACE: char.isspace(), _c.CATEGORY_NOT_SPACE: not char.isspace(),
            _c.CATEGORY_WORD: word, _c.CATEGORY_NOT_WORD: not word,
            _c.CATEGORY_DIGIT: char.isdigit(), _c.CATEGORY_NOT_DIGIT: not char.isdigit()
            }.get(category, True)


def _literal(code: int, icase: bool) -> tuple[bool, bool]:
    char = chr(code)
    letter = "a" <= char <= "z" or icase and (not char.isascii() or "a" <= char.lower() <= "z")
    return letter, char == " "


def _range(bounds: tuple[int, int], icase: bool) -> tuple[bool, bool]:
    low, high = bounds
    letter = low <= ord("z") and high >= ord("a") or icase and (
        high > 127 or (low <= ord("Z") and high >= ord("A")))
    return letter, low <= ord(" ") <= high


def _category(category: Any) -> tuple[bool, bool]:
    if category is _c.CATEGORY_DIGIT:
        return False, False
    if category in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD):
        return False, True
    if category in (_c.CATEGORY_WORD, _c.CATEGORY_NOT_SPACE):
        return True, False
    return True, True
