"""Classify what a regional government did about ASN neutrality, from article text.

Election watchdogs compare events across regions ("who held a pledge, who only sent a
circular"), so the many Indonesian ways of naming one activity map to one value: the
phrases of each value are listed in ``transforms.events.activities.lexicon``.

Each phrase is then judged by its sentence (activities/context.py, appeals.py, briefings.py,
violations.py with declarations.py (support declared for a candidate), findings.py,
cases.py and finding_cues.py, sanctions.py with sanction_cues.py, trainings.py
and monitoring.py, all in transforms/events/activities/), and a gathering by whether it is this
occasion (this_occasion.py with cues.py; earlier.py: a paragraph on an earlier occasion, or a
subheading over one). The principle: an activity counts
only when its sentence reports it as done at this occasion, on ASN neutrality.

* Not this occasion: a sentence or the rest of a paragraph that tells an earlier occasion
  ("Sebelumnya, ...", "Saat itu, ..."), an earlier election or national statistics; a
  gathering named as routine, many, owed or undated future; one announced with a day, and
  monitoring with no time stated and no concrete act (the body's standing work), only when the
  article reports no other gathering; a speaker's talk (materi, narasumber, arahan) only when
  it names no other gathering it was given at; a step told as done before ("sudah
  menandatangani", no day), an effort kept up or listed ("terus menggencarkan", "berbagai
  upaya, mulai dari ..."), a purpose ("agar ... sosialisasi"), a commitment held up as a duty,
  a talk given at a campaign (transforms/events/activities/cues.py); one civil servants are
  forbidden to attend, one a plan leads to with no day told, one of "ketika itu"
  (transforms/events/activities/modality.py).
* Not done: a sanction only threatened is an appeal (`imbauan`), one recommended a case
  (`pelanggaran`), a headline's that the body tells only as threatened the same threat
  (``headline_mentions``: a headline leaves out "akan"); "pelanggaran" needs a finding that
  is not negated, hypothetical or of whoever; monitoring asked for is an appeal.
* Not on neutrality: a meeting, training or assembly whose sentence names neither neutrality
  nor the civil servants it is for (nor is where the statement was made); a finding or
  sanction whose paragraph names neither (a candidate's or a campaign's offence).
* Not text: a phrase inside a proper name ("Divisi Penanganan Pelanggaran"), a link line
  ("Baca juga: ...", a bulleted title-case headline) or the related-headline tail ("Berita
  Terkait", "Tag" and what follows) a stored page keeps.

What a whole sentence or paragraph tells is worked out once for it (its words listed once
guard each context pattern), so most phrases are judged without searching. A mention keeps its
sentence, the evidence a reader checks. Overlapping synonyms resolve to the earliest, then
longest, phrase ("pembacaan ikrar" is one mention, not two). "Badan Pengawas Pemilu" is not
`pengawasan`: only the -an noun and verbs count.

Limits: a sentence ends at ". " also after an abbreviation ("Pj. Walikota"), which shortens the
context the rules see; appeals are `imbauan` whoever they address (the relevance gate keeps
them to ASN articles); an occasion is told from background only by the cues above.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.abbreviations import NOT_AN_ABBREVIATION
from transforms.events.activities import (
    appeals,
    briefings,
    earlier,
    modality,
    monitoring,
    sanctions,
    this_occasion,
    topics,
    trainings,
    violations,
)
from transforms.events.activities import context as judge
from transforms.events.activities.election_time import occasion_election_rank
from transforms.events.activities.lexicon import SYNONYMS
from transforms.page_links import link_at, related_headline, tail_start
from transforms.prefilter import finditer, fold, scanner

VALUES: tuple[str, ...] = tuple(value for value, _ in SYNONYMS)
# the activities held at a time and place with people attending (the event record drops a
# headcount without one; assemble.py tells occasions apart by them)
GATHERINGS = frozenset({"sosialisasi", "ikrar", "pakta_integritas", "apel", "bimtek"})
_DATED = frozenset({"pelanggaran", "sanksi"})  # judged against the text's election year
# judged with their paragraph (whom a statement is about, whom a briefing is for, what an
# assembly its speaker led was on)
_IN_PARAGRAPH = _DATED | {"imbauan", "sosialisasi", "apel"}
PATTERNS = tuple(
    (value, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for value, pattern in SYNONYMS
)
# The same patterns for text already lower-cased: case-sensitive matching is ~2x faster.
assert not any(re.search(r"\\[A-Z]", p) for _, p in SYNONYMS), "keep escapes lower-case"
LOWER_PATTERNS = tuple(
    (value, re.compile(rf"\b(?:{pattern.lower()})\b")) for value, pattern in SYNONYMS
)
# Each tried only where one of its literal prefixes stands (transforms/prefilter.py).
_SCANS = tuple((value, scanner(pattern)) for value, pattern in PATTERNS)
_LOWER_SCANS = tuple((value, scanner(pattern)) for value, pattern in LOWER_PATTERNS)


@dataclass(frozen=True)
class Mention:
    """One activity phrase as written: its value as judged in its sentence, its offsets in the
    text, and the sentence it stands in (the evidence a reader checks)."""

    value: str
    phrase: str
    start: int
    end: int
    sentence: str = ""
    # False for a gathering on another matter (activities.topics): kept for the record (its
    # attendees, the occasions it tells apart), never shown as an activity
    on_topic: bool = True


# --- sentence context -------------------------------------------------------------------------

# ". ", "! ", "? ", a line break, or "word.Word" (a space lost between two sentences); not the
# dot of an abbreviation ("Kab. Agam", "Pj. Bupati"), nor a dot before a word in lower case
# ("Burhanudin, M.Si. di Mataram": a degree's) unless a word of four lower-case letters or
# more closes with it ("... menjaga netralitas. pihaknya juga ...": a capital left out; a
# degree's last part has three at most, "S.Sos.", "M.Kes.")
_SENTENCE_END = re.compile(r"\n|[!?](?=[\s\"'”’)]|$)|(?:\.(?=[\s\"'”’)]|$)(?![ \t]+[a-z])"
                           r"|(?<=[a-z]{4})\.(?=[ \t]+[a-z]{3}))"
                           + NOT_AN_ABBREVIATION
                           # (not inside an outlet's dotted name: "kepada Niaga.Asia, Senin")
                           + r"|(?<=[a-z]{3})\.(?=[A-Z][a-z])(?!(?:Asia|Com|Co|Id|Net|News|Online"
                           r"|Today|Tv|Info)\b)")
_SENTENCE_SCAN = scanner(_SENTENCE_END)  # tried only at . ! ? and line breaks

# value -> judge of its phrase in context: the value it stands for there, or None
_RULES: dict[str, Callable[[judge.Context], str | None]] = {
    "pelanggaran": violations.violation, "sanksi": sanctions.sanction,
    "pakta_integritas": judge.signed, "pengawasan": monitoring.monitoring, "ikrar": judge.pledge,
    "bimtek": trainings.in_training, "imbauan": appeals.appeal, "sosialisasi": briefings.briefing,
    "apel": judge.assembly,
}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence (a line, or text up to ". ", "! ", "? "), in order."""
    starts = _sentence_starts(text)
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True) if b > a]


@lru_cache(maxsize=4)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Where the sentences of text start (cached: events.py splits the same text again)."""
    return (0, *map(re.Match.end, finditer(_SENTENCE_SCAN, text)))


def _previous_sentence(text: str, starts: tuple[int, ...], i: int) -> str:
    """The last non-blank sentence before sentence ``i`` ("" for none)."""
    while i > 0:
        i -= 1
        sentence = text[starts[i]:starts[i + 1]]
        if sentence.strip():
            return sentence
    return ""


# what a phrase of each value other than a gathering can be judged to stand for
_OUTCOMES = {"imbauan": frozenset({"imbauan"}), "pelanggaran": frozenset({"pelanggaran"}),
             "sanksi": frozenset({"sanksi", "imbauan", "pelanggaran"}),
             "pengawasan": frozenset({"pengawasan", "imbauan"})}
_NONE: frozenset[str] = frozenset()
# value -> what a phrase of it may be judged in its sentence, told from its words alone (a
# subset of _OUTCOMES[value]): a phrase that can be none is not judged, nor one that can only
# repeat what its part has (``judged``)
_MAY_BE: dict[str, Callable[[str, str], frozenset[str]]] = {
    "pelanggaran": violations.outcomes, "sanksi": sanctions.outcomes,
    "pengawasan": monitoring.outcomes}


def paragraph_at(text: str, at: int) -> str:
    """The line (paragraph) position ``at`` stands in."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def _links(text: str, first: int, sentence: str) -> bool:
    """The sentence starting at ``first`` links to another article (``page_links``): it opens
    with "Baca juga", or stands in such a line, a list of links or a headline between the
    paragraphs."""
    return related_headline(sentence) or link_at(text, first)


def judged(text: str, found: list[tuple[int, int, int]], every: bool = True,
           parts: tuple[int, ...] = (), dated: frozenset[int] | None = None,
           page_year: int = 0, title: str = "") -> list[Mention]:
    """Mentions from raw matches ``(start, -length, index in VALUES)``: each judged in its
    sentence, overlaps resolved (earliest, then longest), asides dropped (module notes).
    What is told of a whole sentence is worked out once per sentence.

    Without ``every``, a phrase is not judged when all it could stand for has been found
    already as this occasion's: in the text for a finding, a sanction, monitoring or an appeal,
    in its sentence for a gathering (the sentences of the gatherings tell the occasions
    apart); what a finding, a sanction or monitoring could stand for is told first from the
    phrase and its sentence's words (``_MAY_BE``: most can be none, or only an appeal). The
    values, their first phrases, the gatherings' sentences and whether a sanction is told
    only as threatened (``headline_mentions``) are the same; the repeats are left out (an
    article of one occasion needs no more). A phrase that can be none is never judged.
    ``parts`` (sorted sentence starts) splits the text in parts each of which keeps its own
    first phrases: the segments of the events of an article of several occasions. ``dated``
    (the starts of the sentences with an event date, when known) limits the gatherings'
    sentences kept to those that can tell occasions apart: a gathering found already is not
    judged again elsewhere. ``page_year``: the year of the page's own time (its stated
    publication or its URL's date; 0 unknown), which dates the text as its full dates do.
    ``title``: the article's title, part of the lead a gathering named for no purpose follows
    (``topics.Gatherings``)."""
    starts = _sentence_starts(text)
    year = (occasion_election_rank(text, page_year)
            if any(VALUES[i] in _DATED for _, _, i in found) else 0)
    kept: list[tuple[Mention, bool]] = []
    end_of_last = -1
    # index -> (sentence, told aside: page furniture or an earlier occasion, its paragraph)
    sentences: dict[int, tuple[str, bool, str]] = {}
    told: dict[int, bool] = {}  # sentence -> in an earlier occasion's paragraph
    befores: dict[int, str] = {}  # sentence -> the sentence before it
    tail = tail_start(text) if found else 0
    given: dict[int, set[str]] = {}  # part -> the values kept as this occasion's there
    gathered: set[tuple[int, str]] = set()  # (sentence, gathering) kept as this occasion's
    wholes: dict[int, str] = {}  # sentence -> its text
    threat = False  # a sanction's phrase kept as an appeal (what headline_mentions asks)
    topic = topics.Gatherings(text, title)  # whether each apel / sosialisasi is on neutrality
    announced: set[str] = set()  # gatherings announced with no day ("akan ada sosialisasi")
    dropped: set[str] = set()  # gatherings named as not this occasion's (routine, earlier, ...)
    sessions: set[int] = set()  # kept talks that are a speaker's session (judge.session)
    ordered = sorted(found)
    for k, (start, negative_length, index) in enumerate(ordered):
        if start < end_of_last:
            continue  # inside a phrase kept already
        if start >= tail:
            break  # the related-headline tail: other articles' titles
        end = start - negative_length
        i = bisect_right(starts, start) - 1
        value = VALUES[index]
        part = bisect_right(parts, start) if parts else 0
        if not every and (
                ((i, value) in gathered or (dated is not None and value in given.get(part, ())
                                            and starts[i] not in dated))
                if value in GATHERINGS else _OUTCOMES[value] <= given.get(part, _NONE)):
            end_of_last = end
            continue
        first = starts[i]
        if value in _MAY_BE:
            if i not in wholes:
                wholes[i] = text[first:starts[i + 1] if i + 1 < len(starts) else len(text)]
            phrase = text[start:end].lower()
            may_be = _MAY_BE[value](phrase, wholes[i])
            if not may_be:
                continue  # judged none whatever its context: as if judged
            if (not every and may_be <= given.get(part, _NONE)
                    and (k + 1 == len(ordered) or ordered[k + 1][0] >= end)
                    and (threat or "imbauan" not in may_be or not _threat_phrase(phrase))):
                # a repeat at most (and no later phrase overlaps it, whose judging a phrase
                # kept would stop): left out, as a repeat kept would be by the test above
                end_of_last = end
                continue
        if i not in sentences:
            whole = wholes.get(i) or text[first:starts[i + 1] if i + 1 < len(starts)
                                          else len(text)]
            sentences[i] = (judge.without_head_date(whole), _links(text, first, whole)
                            or earlier.in_paragraph(text, starts, i, told)
                            or earlier.heads_an_earlier(text, first)
                            or earlier.illustrated(text, first),
                            paragraph_at(text, first) if value in _IN_PARAGRAPH else "")
        sentence, aside_told, paragraph = sentences[i]
        if aside_told and (value != "imbauan" or _links(text, first, sentence)):
            continue  # a link to another article, or an earlier occasion's paragraph
        if value in _IN_PARAGRAPH and not paragraph:
            paragraph = paragraph_at(text, first)
            sentences[i] = (sentence, aside_told, paragraph)
        if value in _DATED and i not in befores:
            befores[i] = _previous_sentence(text, starts, i)
        ctx = judge.Context(sentence, sentence[:start - first], text[start:end],
                            sentence[end - first:], year,
                            befores[i] if value in _DATED else "", paragraph,
                            topic.lead if value in _DATED else "")
        rule = _RULES.get(value)
        judged_value = rule(ctx) if rule else value
        if judged_value is None:
            if value == "sosialisasi":  # a meeting left out: "rakor tersebut" may point at it
                topic.passed_over(value, ctx)
            continue
        end_of_last = end
        aside = this_occasion.aside(ctx, judged_value) if judged_value in GATHERINGS else None
        if aside is None and judged_value in GATHERINGS and (
                modality.elsewhere(ctx.before, sentence)
                or judged_value not in given.get(part, ()) and (
                    judged_value in announced and modality.pointed_back(ctx.after, sentence)
                    or judged_value in dropped
                    and modality.told_again(ctx.before, ctx.after, sentence))):
            aside = "other"  # forbidden, planned with no day, of "ketika itu", the one
            # announced pointed back at ("akan ada sosialisasi ... Sosialisasi ini ..."), or
            # one not this occasion's told again ("... Sosialisasi tersebut ...")
        elif aside == "other":
            dropped.add(judged_value)
            if modality.announced(ctx.before, sentence):
                announced.add(judged_value)
        if judged_value == "pengawasan" and monitoring.stance(ctx):
            aside = "later"  # a body's ongoing stance: no activity of a gathering reported
        elif aside is None and judge.implied(ctx.phrase):
            aside = "later"  # a speaker's talk: part of another gathering when one is named
            if judge.session(ctx.phrase):
                sessions.add(len(kept))  # (its index once kept)
        if aside != "other":
            mention = Mention(judged_value, ctx.phrase, start, end, sentence.strip(),
                              topic.on_topic(judged_value, ctx))
            kept.append((mention, aside == "later"))
            if aside is None:
                if judged_value == "sanksi":  # a sanction decided is given with its case
                    kept.append((replace(mention, value="pelanggaran"), False))
                    given.setdefault(part, set()).add("pelanggaran")
                if mention.on_topic:  # (one on another matter: a later one may be on neutrality)
                    given.setdefault(part, set()).add(judged_value)
                gathered.add((i, judged_value))
                threat = threat or judged_value == "imbauan" and _threat_phrase(mention.phrase)
    present = any(m.value in GATHERINGS and not later for m, later in kept)
    # a session on neutrality at a gathering held on another matter: a briefing on it there
    held = any(m.value in GATHERINGS and not later and m.on_topic for m, later in kept)
    return [m for k, (m, later) in enumerate(kept) if not (later and present) or (
        k in sessions and m.on_topic and not held)]


def activity_mentions(text: str) -> list[Mention]:
    """All non-overlapping activity phrases in text order (earliest, then longest wins), as
    their sentences have them (see the module notes)."""
    return activity_scan(text)[0]


def activity_scan(text: str, every: bool = True, parts: tuple[int, ...] = (),
                  dated: frozenset[int] | None = None, page_year: int = 0,
                  title: str = "") -> tuple[list[Mention], bool]:
    """``activity_mentions`` and whether the text names any activity phrase at all, also one
    its sentence rules out (an article about neutrality that does still reports something), but
    an appeal ruled out (an observer's opinion) is none. Without ``every``, repeats are left
    out (``judged``, also for ``parts``): what the events of an article need, found faster.
    ``page_year``, ``title``: as for ``judged``."""
    found = raw_matches(text)
    mentions = judged(text, list(found), every, parts, dated, page_year, title)
    return mentions, bool(mentions) or any(VALUES[i] != "imbauan" for _, _, i in found)


@lru_cache(maxsize=4)
def raw_matches(text: str) -> tuple[tuple[int, int, int], ...]:
    """Every phrase of every value: ``(start, -length, index in VALUES)``, the sort key
    (cached: an article of several events is judged again in parts)."""
    low = text.lower()
    # lower() never shortens a character, so equal lengths mean equal offsets
    scanned, scans = (low, _LOWER_SCANS) if len(low) == len(text) else (text, _SCANS)
    folded = fold(scanned)
    found: list[tuple[int, int, int]] = []
    for index, (_, scan) in enumerate(scans):
        for m in finditer(scan, scanned, folded):
            start, end = m.span()
            found.append((start, start - end, index))
    return tuple(found)


def activities(text: str) -> tuple[str, ...]:
    """Distinct activity values in order of first mention (a gathering on another matter,
    ``Mention.on_topic`` false, is none)."""
    return tuple(dict.fromkeys(m.value for m in activity_mentions(text) if m.on_topic))


def off_topic(mentions: list[Mention] | tuple[Mention, ...]) -> frozenset[str]:
    """The values only gatherings on another matter give among ``mentions``: kept for the
    record (a gathering's attendees), left out of the activities shown."""
    shown = {m.value for m in mentions if m.on_topic}
    return frozenset(m.value for m in mentions if not m.on_topic and m.value not in shown)


_SANCTION_PATTERN = dict(LOWER_PATTERNS)["sanksi"]


@lru_cache(maxsize=64)
def _threat_phrase(phrase: str) -> bool:
    """The phrase is a sanction's as a whole: judged an appeal, it tells the body a sanction
    only threatened (``headline_mentions``)."""
    return bool(_SANCTION_PATTERN.fullmatch(phrase.lower()))


def headline_mentions(headlined: list[Mention], body: list[Mention]) -> list[Mention]:
    """The title's phrases that sum up the body: a headline leaves out "akan" ("ASN Langgar
    Netralitas Diberikan Sanksi Tegas"), so its sanction is not a decided one when the body
    tells a sanction only as threatened (a sanction's phrase judged an appeal) and none
    decided; nor is another of its phrases that the body writes only as an appeal, with no
    mention of the title's value ("Bawaslu Bentuk Posko Pengaduan" over "akan membentuk posko
    pengaduan": announced, not set up)."""
    told = {m.value for m in body}
    announced = {m.phrase.lower() for m in body if m.value == "imbauan"}
    headlined = [m for m in headlined if m.value in told or m.value == "imbauan"
                 or m.phrase.lower() not in announced]
    if not any(m.value == "sanksi" for m in headlined) or "sanksi" in told:
        return headlined
    threatened = any(m.value == "imbauan" and _threat_phrase(m.phrase) for m in body)
    if not threatened:
        return headlined
    decided = {m.start for m in headlined if m.value == "sanksi"}  # (and the case given with it)
    return [m for m in headlined if not (m.value in ("sanksi", "pelanggaran")
                                         and m.start in decided)]

