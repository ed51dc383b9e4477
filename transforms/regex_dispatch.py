"""An alternation that ``re`` tries a few alternatives of, not all: each run of alternatives
behind a lookahead of the letters they may start with.

``re`` enters every alternative of a branch in turn unless it opens with a plain literal or
character set; an alternative that opens with a capturing group or an IGNORECASE letter (the
~100 heads of officials' TITLE) is entered, and fails, one by one: ~5 us a try. Behind
``(?=(?i:[kw]))`` a run of alternatives is passed over at one test when the text has no "k"
or "w" there.

The matches are the same: an alternative's first letters are read from its literal prefixes
(transforms/prefix_literals.py: every match starts with one of them, case-folded as
``prefilter.fold`` does, and IGNORECASE equates each such character with the ASCII letter,
which tests/transforms/test_regex_dispatch.py checks for every character), so a lookahead only
passes over alternatives that cannot match there; and the alternatives that may start with a
given letter keep their order, so the first that leads to a match is the same one. An
alternative whose first letters cannot be read is tried wherever it stood.
"""

from __future__ import annotations

import re

from transforms.prefix_literals import literal_prefixes

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def by_first_letter(alternatives: list[str], flags: int = 0) -> str:
    """``(?:a|b|...)`` of the alternatives (regex source, compiled with ``flags``), grouped
    behind lookaheads of their first letters; the same matches and groups."""
    groups: list[tuple[frozenset[str] | None, list[str]]] = []
    for alternative in alternatives:
        letters = first_letters(alternative, flags)
        last = next((group for group in reversed(groups) if group[0] is None or letters is None
                     or group[0] & letters), None)  # the last one it must come after
        if last is not None and last[0] == letters:
            last[1].append(alternative)
        else:
            groups.append((letters, [alternative]))
    return "(?:" + "|".join(
        ("" if letters is None else f"(?=(?i:[{''.join(sorted(letters))}]))")
        + "(?:" + "|".join(members) + ")" for letters, members in groups) + ")"


def first_letters(alternative: str, flags: int = 0) -> frozenset[str] | None:
    """The lower-case ASCII letters a match of ``alternative`` may start with (as
    ``prefilter.fold`` folds them), None when not read or when it may start otherwise."""
    try:
        found = literal_prefixes(re.compile(alternative, flags))
    except re.error:
        return None
    if found is None or found[1] or found[2]:
        return None
    letters = frozenset(literal[0] for literal, _, _ in found[0])
    return letters if letters <= _LETTERS else None
