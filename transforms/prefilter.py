"""Run a regex only where it can match: at the places where one of its literal prefixes occurs.

Python's ``re`` skips ahead quickly only when a pattern starts with a literal or a plain
character set. The extractors' patterns start with ``\\b``, a lookbehind, an optional group or
IGNORECASE letters, so ``finditer`` enters the matcher at every character of a 10 KB article
(~0.3 ms per pattern). A :class:`Scanner` knows, from the pattern's parse tree, the literal
strings one of which every match starts with ("sosiali", "pengarah", "(", "senin" ...) and
whether a match may start with a digit or at a line start; :func:`finditer` finds those places
with ``str.find`` on a lower-cased copy of the text and calls ``pattern.match`` there only
(:func:`first_matches` and :func:`search` stop at the first ones). A literal that must start a
word is looked for only when some word of the text starts with it: the sorted words of an
article are listed once and shared, with its lower-cased copy, by every extractor that scans
it (small caches keyed on the text).

The result is exactly ``list(pattern.finditer(text))``: a match starting at some position has
one of the prefixes there (case-insensitively, also for the characters IGNORECASE equates
with ASCII letters: "İ", "ı", "ſ", the Kelvin sign), ``pattern.match(text, pos)`` sees the text
before ``pos`` as ``finditer`` does (lookbehinds, ``\\b``), and a pattern that could match the
empty string is never prefiltered. A pattern whose prefixes cannot be worked out (one starting
with ``\\w``, ``.`` or a negated set) is scanned with plain ``finditer``, and so is a text
under 300 characters by :func:`finditer`. The prefixes are read with ``re._parser``, CPython's
own regex parser (tests/transforms/test_prefilter.py fails if it stops giving them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from heapq import heapify, heappop, heapreplace
from itertools import islice

from transforms.prefix_literals import literal_prefixes

_MIN_TEXT = 300  # shorter text is scanned directly
_HEAD = 4  # Scanner.headed: a literal's word is keyed by its first 4 characters (or all 3)
MIN_TEXT = _MIN_TEXT  # public: under it finditer runs the pattern itself
_DIGIT_RUN = re.compile(r"\d+")
# An ASCII digit to "1", any other byte to "0": where the runs of digits start (_digit_runs).
_DIGIT_MARKS = bytes(0x31 if 0x30 <= code <= 0x39 else 0x30 for code in range(256))
_DIGIT = re.compile(r"\d")
_NON_WORD = re.compile(r"\W+")
# The ASCII characters that are no word characters, to a space (as str and as UTF-8 bytes).
_ASCII_NON_WORD = {code: " " for code in range(128) if not re.match(r"\w", chr(code))}
_ASCII_NON_WORD_BYTES = bytes(0x20 if code in _ASCII_NON_WORD else code for code in range(256))
# The only characters IGNORECASE matches to an ASCII letter that lower() does not turn into it.
_FOLD_SPECIALS = {"ı": "i", "ſ": "s"}


@dataclass(frozen=True)
class Scanner:
    """A pattern with the literal prefixes (lower-case) one of which starts every match.

    ``words[i]`` is the leading word characters of ``literals[i]`` when a non-word character
    must precede that literal (``\\b``, ``(?<!\\w)``), so it can only stand at the start of a
    word, else "". ``digits`` is "" when no match starts with a decimal digit, "any" when one
    may, "run" when one may but only at the start of a run of digits. ``literals`` is None
    when the pattern is scanned without prefilter. ``whole[i]``: ``literals[i]`` (word
    characters only) must also end a word ("se" of ``se\\s+``): a word of the text is it.
    """

    pattern: re.Pattern[str]
    literals: tuple[str, ...] | None
    words: tuple[str, ...] = ()
    digits: str = ""
    lines: bool = False  # a match may start at the start of a line (``^``, ``\\A``)
    whole: tuple[bool, ...] = ()
    # The word-start literals by the first _HEAD characters of their word (all of a word one
    # shorter): a word of the text must start with those (one set intersection per scan, not a
    # bisect per literal: most of the ~24 literals of a scan stand nowhere in the text).
    headed: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    loose: tuple[int, ...] = ()  # the indexes of the other literals, each looked for as it is
    # headed's keys as a set: intersected with a text's heads without building one each scan
    heads: frozenset[str] = field(default=frozenset(), compare=False)


_REGISTERED: list[Scanner] = []


def scanner(pattern: re.Pattern[str], word_index: bool = True,
            most: int | None = None) -> Scanner:
    """The pattern with its prefilter, worked out once (at import time of the caller).

    With ``word_index`` a literal that can only start a word is looked for only when a word
    of the text starts with it: listing the words costs as much as ~60 ``str.find``, and is
    shared by every scanner that runs over the same text. ``most``: how many literals are
    worth it (default 200; more are cut shorter). A pattern of many word-start alternatives
    may take more: a literal no word of the text starts with costs a set lookup, while a
    literal cut short ("pemi" of "pemimpin") is found, and the pattern tried, at every word
    that shares it ("pemilihan")."""
    found = literal_prefixes(pattern) if most is None else literal_prefixes(pattern, most)
    if found is None:
        made = Scanner(pattern, None)
    else:
        literals, digits, lines = found
        words = tuple(word if word_index else "" for _, word, _ in literals)
        headed: dict[str, tuple[int, ...]] = {}
        for index, word in enumerate(words):
            if len(word) >= _HEAD - 1:
                headed[word[:_HEAD]] = (*headed.get(word[:_HEAD], ()), index)
        made = Scanner(pattern, tuple(literal for literal, _, _ in literals), words, digits,
                       lines, tuple(whole and word_index for _, _, whole in literals), headed,
                       tuple(index for index, word in enumerate(words)
                             if len(word) < _HEAD - 1), frozenset(headed))
    _REGISTERED.append(made)
    return made


# The characters IGNORECASE equates with an ASCII letter besides its upper case.
_CASE_SPECIALS = {"i": "İı", "s": "ſ", "k": "\u212a"}


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with a lookahead of the characters its matches start with, for a pattern
    searched in many short texts: ``search`` enters a ``\\b(?:calon|petahana|...)`` pattern at
    every position and tries every alternative there (4-8 us for a 40-character clause); the
    lookahead turns most positions away at once (half the time). The characters are the first
    ones of the literal prefixes (every match starts with one, case-insensitively), so the
    matches and groups are the same wherever it is used; a pattern without such prefixes, or
    one a match of which may start with a digit or at a line start, is returned as it is."""
    found = literal_prefixes(pattern)
    if found is None:
        return pattern
    literals, digits, lines = found
    if digits or lines or not literals or not all(literal for literal, _, _ in literals):
        return pattern
    chars = set()
    for literal, _, _ in literals:
        first = literal[0]
        chars.update(first, first.upper(), _CASE_SPECIALS.get(first, ""))
    allowed = "".join(re.escape(char) for char in sorted(chars))
    try:
        return re.compile(f"(?=(?i:[{allowed}]))(?:{pattern.pattern})", pattern.flags)
    except re.error:  # pragma: no cover - a global flag not at the start, say
        return pattern


def registered_scanners() -> tuple[Scanner, ...]:
    """Every scanner made so far (by the modules imported): what a test checks against
    ``pattern.finditer``."""
    return tuple(_REGISTERED)


def fold(text: str) -> str:
    """text lower-cased, with the same length and offsets: "İ" becomes "i", and so do the
    other characters IGNORECASE equates with an ASCII letter."""
    low = text.lower()
    if len(low) != len(text):  # only "İ" lower-cases to two characters
        low = text.replace("İ", "i").lower()
    if not low.isascii():
        for char, plain in _FOLD_SPECIALS.items():
            if char in low:
                low = low.replace(char, plain)
    return low


def candidate_starts(scan: Scanner, text: str, folded: str | None = None,
                     shared: bool | None = None) -> list[int]:
    """Sorted positions where a match of ``scan.pattern`` may start (all of them when the
    pattern has no prefilter). ``shared``: text is one of the few long texts of an article
    that several scanners read, whose fold and words are cached (default: a long text)."""
    if scan.literals is None:
        return list(range(len(text) + 1))
    shared = len(text) >= _MIN_TEXT if shared is None else shared
    low = folded if folded is not None else _folded(text) if shared else fold(text)
    found: set[int] = set()
    if shared and scan.headed:
        words = _words(low)
        tried = list(scan.loose)
        for head in scan.heads & _heads(low):
            tried.extend(scan.headed[head])
    else:
        words = _words(low) if shared and any(scan.words) else ()
        tried = range(len(scan.literals))
    literals, starts, wholes = scan.literals, scan.words, scan.whole
    for index in tried:
        literal, word = literals[index], starts[index]
        if word and shared:  # inline _may_stand: this loop runs for many literals of each scan
            at = bisect_left(words, word)
            if at == len(words) or not (words[at] == word if wholes[index]
                                        else words[at].startswith(word)):
                continue
        at = low.find(literal)
        while at >= 0:
            found.add(at)
            at = low.find(literal, at + 1)
    if scan.digits == "run":
        found.update(_digit_runs(text))
    elif scan.digits:
        found.update(m.start() for m in _DIGIT.finditer(text))
    if scan.lines:
        found.add(0)
        at = text.find("\n")
        while at >= 0:
            found.add(at + 1)
            at = text.find("\n", at + 1)
    return sorted(found)


def finditer(scan: Scanner, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
    """The matches ``scan.pattern.finditer(text)`` yields, in the same order.

    ``folded`` is ``fold(text)`` when the caller has it already."""
    if scan.literals is None or len(text) < _MIN_TEXT:
        return scan.pattern.finditer(text)
    return prefiltered(scan, text, folded)


def first_matches(scan: Scanner, text: str, limit: int,
                  folded: str | None = None) -> list[re.Match[str]]:
    """The first ``limit`` matches of ``finditer``, looking no further into the text than
    needed to find them (the literals' next places are merged lazily)."""
    if scan.literals is None or scan.digits or scan.lines or len(text) < _MIN_TEXT:
        return list(islice(finditer(scan, text, folded), limit))
    low = _folded(text) if folded is None else folded
    words = _words(low) if any(scan.words) else ()
    heap = [(at, literal) for literal, word, whole
            in zip(scan.literals, scan.words, scan.whole, strict=True)
            if _may_stand(words, word, whole) and (at := low.find(literal)) >= 0]
    heapify(heap)
    found: list[re.Match[str]] = []
    after = 0
    while heap and len(found) < limit:
        at, literal = heap[0]
        if (following := low.find(literal, at + 1)) >= 0:
            heapreplace(heap, (following, literal))
        else:
            heappop(heap)
        if at >= after and (match := scan.pattern.match(text, at)) is not None:
            found.append(match)
            after = match.end()
    return found


def search(scan: Scanner, text: str) -> re.Match[str] | None:
    """``scan.pattern.search(text)``, prefiltered however short the text (for the many
    sentences of one article: a search of 150 characters costs as much as ~30 ``str.find``).
    The caches of the article's long texts are left alone."""
    if scan.literals is None:
        return scan.pattern.search(text)
    return next(prefiltered(scan, text, None, shared=False), None)


def sub(scan: Scanner, repl: str, text: str) -> str:
    """``scan.pattern.sub(repl, text)`` for a plain ``repl`` (no group references),
    prefiltered: a pattern that starts with a lookbehind (``(?<=\\w-)-``) is entered at every
    character by ``sub`` (~1 ms for an article), here only where its literal prefixes stand."""
    if "\\" in repl:
        return scan.pattern.sub(repl, text)
    pieces: list[str] = []
    last = 0
    for found in finditer(scan, text):
        pieces += (text[last:found.start()], repl)
        last = found.end()
    return "".join((*pieces, text[last:])) if pieces else text


def names_any(text: str, words: frozenset[str]) -> bool:
    """Whether a long text (one whose words the scanners share, see :func:`candidate_starts`)
    has one of these lower-case words as a whole word (a run of ``\\w``); True for a short text,
    which is not told (a caller scans it as before). A pattern each of whose matches holds one
    of the words as a whole word (case-insensitively) need not be scanned when this is False."""
    if len(text) < _MIN_TEXT:
        return True
    found = _words(_folded(text))
    for word in words:
        at = bisect_left(found, word)
        if at < len(found) and found[at] == word:
            return True
    return False


def prefiltered(scan: Scanner, text: str, folded: str | None,
                 shared: bool | None = None) -> Iterator[re.Match[str]]:
    match = scan.pattern.match
    after = 0
    for start in candidate_starts(scan, text, folded, shared):
        if start < after:
            continue
        found = match(text, start)
        if found is not None:
            yield found
            after = found.end()


def _may_stand(words: tuple[str, ...], word: str, whole: bool = False) -> bool:
    """A literal that only starts words (``word``: its leading word characters, "" for any
    other literal) may stand in a text of these sorted ``words``: one starts with ``word``
    (is ``word``, for a ``whole`` word)."""
    if not word:
        return True
    at = bisect_left(words, word)
    return at < len(words) and (words[at] == word if whole else words[at].startswith(word))


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """``fold(text)``, cached for the few long texts that several extractors scan in turn
    (the same folded object then finds its words in the cache at once)."""
    return fold(text)


@lru_cache(maxsize=4)
def _words(folded: str) -> tuple[str, ...]:
    """The distinct words (``\\w+``) of a folded text, sorted; cached for the few texts that
    several extractors scan in turn. Folding changes no character's being a word character,
    so these words start where the words of the text start. ASCII non-word characters become
    spaces (translate: a C loop), ``split()`` cuts there and at other whitespace; a piece
    still holding non-ASCII characters (a curly quote) is cut at its \\W runs: the words of
    a \\W+ split of the whole text, 2-3x faster."""
    if folded.isascii():
        return tuple(sorted(set(folded.translate(_ASCII_NON_WORD).split())))
    spaced = folded.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD_BYTES)
    words = set(spaced.decode("utf-8", "surrogatepass").split())
    for piece in [piece for piece in words if not piece.isascii()]:
        words.discard(piece)
        words.update(_NON_WORD.split(piece))
    words.discard("")  # before a leading or after a trailing non-word run
    return tuple(sorted(words))


@lru_cache(maxsize=4)
def _heads(folded: str) -> frozenset[str]:
    """The first _HEAD and _HEAD - 1 characters of the words of a folded text (all of a
    shorter word): a word-start literal's word of _HEAD - 1 or more characters stands in the
    text only if its key (Scanner.headed) is among them."""
    words = _words(folded)
    return frozenset([word[:_HEAD] for word in words] + [word[:_HEAD - 1] for word in words])


@lru_cache(maxsize=4)
def _digit_runs(text: str) -> tuple[int, ...]:
    """Where the runs of digits of text start. An ASCII text's digits are marked "1", its other
    characters "0" (bytes.translate, a C loop), after a leading "0": a run starts where "01"
    stands, found with ``find`` (3x faster than a regex's match objects)."""
    if not text.isascii():
        return tuple(map(re.Match.start, _DIGIT_RUN.finditer(text)))
    marked = b"0" + text.encode("ascii").translate(_DIGIT_MARKS)
    starts = []
    at = marked.find(b"01")
    while at >= 0:
        starts.append(at)
        at = marked.find(b"01", at + 2)
    return tuple(starts)
