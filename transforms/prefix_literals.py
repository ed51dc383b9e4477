"""The literal prefixes one of which every match of a regex starts with, read from its parse
tree with ``re._parser`` (CPython's own regex parser): what ``transforms.prefilter`` looks for
with ``str.find`` before it calls the pattern there. See that module's notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

try:  # CPython's own regex parser (3.11+); without it every scan is a plain finditer
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _c = _p = None

_MAX_PREFIX = 8  # longer literals are cut: a prefix of a prefix is still one
_MAX_PREFIXES = 200  # more alternatives than this: not worth prefiltering
_MAX_STEPS = 50_000  # a parse tree this costly to walk gets shorter prefixes, or none
_LEADING_WORD = re.compile(r"\w+", re.ASCII)
_WORD = re.compile(r"\w+")  # word characters as a pattern's \w and \b see them (Unicode)
_WORD_START = {"bounded", "whole"}
_LINE_START = (_c.AT_BEGINNING, _c.AT_BEGINNING_LINE, _c.AT_BEGINNING_STRING) if _c else ()


# --- the prefixes of a pattern ---------------------------------------------------------------


class _Unusable(Exception):
    """No prefilter: some match may start with anything."""


class _TooMany(Exception):
    """More prefixes than are worth looking for."""


def literal_prefixes(pattern: re.Pattern[str], most: int = _MAX_PREFIXES
                     ) -> tuple[tuple[tuple[str, str, bool], ...], str, bool] | None:
    """((literal, word, whole) ..., digits, lines) for the pattern (see prefilter.Scanner),
    None without prefilter. ``most``: the prefixes worth looking for (more: shorter ones)."""
    if _p is None:
        return None
    try:
        tree = _p.parse(pattern.pattern, pattern.flags)
    except (AttributeError, TypeError, ValueError):
        return None
    if tree.getwidth()[0] == 0:
        return None  # could match the empty string: finditer's rules differ there
    for longest in range(_MAX_PREFIX, 2, -1):  # shorter prefixes when there are too many
        ends = _Ends(longest, most)
        try:
            _walk(list(tree.data), "", False, ends)
            break
        except _TooMany:
            continue
        except (_Unusable, AttributeError, TypeError, ValueError):
            return None
    else:
        return None
    found = ends.found
    digits = "any" if ("", "any") in found else "run" if ("", "run") in found else ""
    lines = ("", "line") in found
    kinds: dict[str, set[str]] = {}
    for prefix, kind in found:
        if kind in ("", "bounded", "whole"):
            kinds.setdefault(prefix, set()).add(kind)
    minimal: list[str] = []
    for literal in sorted(kinds, key=len):  # a whole word stands for no longer literal
        if not any(literal.startswith(shorter) for shorter in minimal
                   if kinds[shorter] != {"whole"}):
            minimal.append(literal)
    literals = []
    for literal in minimal:  # word-start only when every literal it stands for is
        bounded = all(kinds[other] <= _WORD_START for other in kinds if other.startswith(literal))
        word = _LEADING_WORD.match(literal)
        lead = word.group() if bounded and word else ""
        literals.append((literal, lead, bool(lead) and kinds[literal] == {"whole"}))
    return tuple(literals), digits, lines


@dataclass
class _Ends:
    """What a walk of the parse tree found: (prefix, kind) pairs, kind "" for a literal
    prefix, "bounded" for one a non-word character must precede, "whole" for a bounded one of
    word characters that a non-word character must follow (a whole word: "se" of "se\\s+"),
    "any"/"run" for a leading digit (see Scanner), "line" for a match at a line start."""

    longest: int  # prefixes are cut at this many characters
    most: int  # more prefixes than this: _TooMany
    found: set[tuple[str, str]] = field(default_factory=set)
    steps: int = 0

    def add(self, prefix: str, kind: str) -> None:
        self.found.add((prefix, kind))
        if len(self.found) > self.most:
            raise _TooMany


def _walk(items: list[Any], prefix: str, bounded: bool, ends: _Ends) -> None:
    """Add to ``ends`` what a match of ``items``, preceded by ``prefix``, may start with.
    ``bounded``: a non-word character is known to precede the match start."""
    ends.steps += 1
    if ends.steps > _MAX_STEPS:
        raise _TooMany
    if len(prefix) >= ends.longest or not items:
        _stop(prefix, bounded, ends)
        return
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL:
        char = chr(av)
        if not char.isascii():
            _stop(prefix, bounded, ends)
            return
        _walk(rest, prefix + char.lower(), bounded, ends)
    elif op is _c.IN:
        chars = _set_members(av)
        if chars is None:
            _stop(prefix, bounded, ends, _non_word_set(av))
        elif chars == "digit":
            if prefix:
                _stop(prefix, bounded, ends)
            else:
                ends.add("", "run" if bounded else "any")
        else:
            for char in chars:
                _walk(rest, prefix + char, bounded, ends)
    elif op is _c.AT and not prefix and av in _LINE_START:
        ends.add("", "line")
    elif op is _c.AT:
        _walk(rest, prefix, bounded or (not prefix and av is _c.AT_BOUNDARY), ends)
    elif op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, body = av
        after_non_word = (op is _c.ASSERT_NOT and direction < 0 and not prefix
                          and _word_set(list(body.data)))
        _walk(rest, prefix, bounded or after_non_word, ends)
    elif op is _c.SUBPATTERN:
        _walk(list(av[3].data) + rest, prefix, bounded, ends)
    elif op is _c.ATOMIC_GROUP:
        _walk(list(av.data) + rest, prefix, bounded, ends)
    elif op is _c.BRANCH:
        for alternative in av[1]:
            _walk(list(alternative.data) + rest, prefix, bounded, ends)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        if low == 0:
            _walk(rest, prefix, bounded, ends)
        if high == 1:
            _walk(list(body.data) + rest, prefix, bounded, ends)
        elif high != 0:  # the body once, then stop: a shorter prefix is still a prefix
            _walk(list(body.data), prefix, bounded, ends)
    else:
        _stop(prefix, bounded, ends)


def _stop(prefix: str, bounded: bool, ends: _Ends, followed: bool = False) -> None:
    """``followed``: a non-word character must follow the prefix."""
    if not prefix:
        raise _Unusable  # some match may start with anything
    whole = bounded and followed and _WORD.fullmatch(prefix) is not None
    ends.add(prefix, "whole" if whole else "bounded" if bounded else "")


def _set_members(items: list[Any]) -> list[str] | str | None:
    """A character set as its lower-case ASCII members, "digit" when it holds digits only,
    None when it is too wide or not plain (negated, word class, non-ASCII)."""
    chars: list[str] = []
    digit_class = False
    for op, av in items:
        if op is _c.LITERAL and chr(av).isascii():
            chars.append(chr(av).lower())
        elif op is _c.RANGE and av[1] < 128 and av[1] - av[0] < 26:
            chars.extend(chr(code).lower() for code in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            digit_class = True
        else:
            return None
    if all(char in "0123456789" for char in chars):
        return "digit"
    return None if digit_class else sorted(set(chars))


def _non_word_set(items: list[Any]) -> bool:
    """A character set of non-word characters only: ``\\s``, ``[^\\S\\n]``, ``[,\\s]``."""
    if items and items[0][0] is _c.NEGATE:  # [^\S...]: whitespace less some characters
        return len(items) > 1 and items[1] == (_c.CATEGORY, _c.CATEGORY_NOT_SPACE) and all(
            op is _c.LITERAL for op, _ in items[2:])
    return bool(items) and all(
        (op is _c.CATEGORY and av is _c.CATEGORY_SPACE)
        or (op is _c.LITERAL and not _WORD.fullmatch(chr(av))) for op, av in items)


def _word_set(items: list[Any]) -> bool:
    """A one-character body that matches every word character (as in ``(?<![\\w.,/])``)."""
    return (len(items) == 1 and items[0][0] is _c.IN
            and any(op is _c.CATEGORY and av is _c.CATEGORY_WORD for op, av in items[0][1]))
