"""Decide whether an article is about civil-servant (ASN) neutrality in elections.

A transparent keyword score, so a watchdog can see why an article was kept or dropped. Three
concepts are looked for:

* ASN: ASN, PNS, PPPK, P3K, CPNS/CASN, aparatur sipil negara, pegawai negeri sipil, and the
  staff the neutrality rules treat alike: kepala desa/kades, perangkat/aparat/staf desa, wali
  nagari, honorer, THL/tenaga harian lepas, tenaga kontrak, the regional names of a village
  head (keuchik, kuwu, perbekel ...); civil-servant posts named in much election-logistics
  news (camat, lurah, sekda, Satpol PP, birokrasi ...) count only in a sentence about
  neutrality or partisanship;
* neutrality: netral, netralitas, ketidaknetralan, berpihak/memihak, keberpihakan,
  politik praktis, berpolitik; and an *election case*: a sentence naming ASN, an election
  watchdog (Bawaslu, Panwaslu, Gakkumdu, KASN) and its handling of a violation (pelanggaran,
  diproses, klarifikasi, dilaporkan, penelusuran ...), since such reports often never write
  "netral"; and *partisanship* said of ASN in one sentence (ikut kampanye, mendukung salah
  satu calon ...: relevance_lexicon.py);
* elections: pilkada, pemilu, pemilihan kepala daerah/umum, pilwako, pilbup, pilgub, pilpres,
  pileg, kampanye, pasangan calon, calon bupati/gubernur/wali kota/presiden, cagub, capres.

| signal                        | weight | when                                             |
| ----------------------------- | ------ | ------------------------------------------------ |
| `title:asn`                   | 0.10   | the title names ASN                              |
| `title:neutrality`            | 0.15   | the title names neutrality                       |
| `title:election`              | 0.05   | the title names an election                      |
| `body:asn`                    | 0.20   | the body names ASN twice or more (0.10 if once)  |
| `body:neutrality`             | 0.25   | same rule (0.125 if once)                        |
| `body:election`               | 0.15   | same rule (0.075 if once)                        |
| `same_sentence`               | 0.10   | ASN and neutrality meet in one sentence          |

The weights sum to 1.0. An article is about ASN neutrality when score >= THRESHOLD (0.5)
*and* both ASN and neutrality appear somewhere *and* they are tied: in one sentence, or ASN
named in the title or twice in the body. Election talk alone (logistics, candidates), a single
"Baca Juga" headline in an unrelated article, an election body's neutrality with a village
head standing by, or ASN and neutrality named once each with neither in the title and the
neutrality an aside in brackets (an item of a list of measures) does not reach it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add

from transforms.abbreviations import ABBREVIATED, LONGEST
from transforms.events.relevance_lexicon import (
    ASN_POSTS,
    ELECTION_CONTEXT,
    PARTISANSHIP,
    STATE_ELECTION,
    VILLAGE_ELECTION,
    VILLAGE_HEADS,
)
from transforms.page_links import without_links
from transforms.prefilter import candidate_starts, first_matches, fold, scanner

THRESHOLD = 0.5
# Siding with the people, a policy's aim ("program yang berpihak kepada masyarakat"), or the
# people's own leaning ("keberpihakan masyarakat"): no civil servant taking sides
_THE_PEOPLE = (r"(?:masyarakat|rakyat|warga|wong\s+cilik|petani|nelayan|buruh|kaum|umkm"
               r"|kepentingan\s+(?:masyarakat|rakyat|umum|publik|bangsa))\b"
               # (not one side's people: "memihak warga pendukung paslon nomor 2")
               r"(?!\s+(?:\w+\s+)?(?:pendukung|simpatisan|relawan|pemilih|paslon|calon|kandidat"
               r"|partai|kubu|tim))")
CONCEPTS: dict[str, re.Pattern[str]] = {
    "asn": re.compile(r"\b(?:ASN|PNS|PPPK|P3K|CPNS|CASN|aparatur\s+sipil\s+negara"
                      r"|pegawai\s+negeri\s+sipil|kepala\s+desa|kades|perangkat\s+desa"
                      # a village's staff by other words ("oknum staf desa", "pegawai desa")
                      r"|staf\s+desa|pegawai\s+desa"
                      r"|aparat(?:ur)?\s+desa|wali\s+nagari|honorer|THL|tenaga\s+kontrak"
                      r"|tenaga\s+harian\s+lepas|" + VILLAGE_HEADS + r")\b",
                      re.IGNORECASE),
    "neutrality": re.compile(r"\b(?:netral(?:itas(?:nya)?)?|ketidak\s?netralan"
                             r"|(?:berpihak|memihak|keberpihakan)(?!\s+(?:(?:\w+\s+)?(?:kepada"
                             r"|pada|terhadap)\s+)?(?:" + _THE_PEOPLE + r"))"
                             r"|(?:ber)?politik\s+praktis|berpolitik)\b", re.IGNORECASE),
    "election": re.compile(r"\b(?:pilkada|pemilu|pemilihan\s+(?:kepala\s+daerah|umum|wali\s*kota"
                           r"|bupati|gubernur|presiden|legislatif)|pilwako|pilwalkot|pilbup"
                           r"|pilgub|pilpres|pileg|kampanye|pasangan\s+calon|paslon"
                           r"|calon\s+(?:gubernur|bupati|wali\s*kota|kepala\s+daerah|presiden)"
                           r"|cagub|capres)\b",
                           re.IGNORECASE),
}
# An election case: a watchdog handling an ASN's violation, in one sentence (module notes).
_CASE_ACTION = re.compile(r"\b(?:pelanggaran|melanggar|diproses|memproses|klarifikasi"
                          r"|mengklarifikasi|dilaporkan|terlapor|menelusuri|penelusuran"
                          # their part in it found ("Bawaslu menemukan adanya keterlibatan
                          # ASN, kepala desa ..."; not an ASN found standing as a candidate)
                          r"|keterlibatan|keikutsertaan)\b",
                          re.IGNORECASE)
# (the supervisors spelled out too: "Badan Pengawas Pemilu Provinsi X mencatat ...")
_WATCHDOG = re.compile(r"\b(?:bawaslu|panwas\w*|gakkumdu|kasn|komisi\s+asn"
                       r"|pengawas\s+pemil(?:u|ihan))\b", re.IGNORECASE)
_CASE_SCAN = scanner(_CASE_ACTION)
_WATCHDOG_WORDS = ("bawaslu", "panwas", "gakkumdu", "kasn", "komisi asn", "pengawas pemil")
_PARTISAN_SCAN = scanner(PARTISANSHIP)
# the speaker's own doing after a quote ("..., kata Jufri saat menghadiri kampanye paslon"):
# the civil servants the quote names took no part in it
_SPEAKER_AT = re.compile(r"\b(?:kata|ujar|ucap|tutur|jelas|tegas|ungkap|imbuh|sebut)(?:nya)?"
                         r"\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:saat|ketika|usai|seusai|sembari|sambil)"
                         r"\s+$")
_SPEAKER_REACH = 60


def _speaker_at(text: str, at: int) -> bool:
    """The partisan phrase at ``at`` is a speaker's own doing after a quote, and the speaker is
    no civil servant ("kata Rudi saat menghadiri kampanye", not "kata Camat X saat ...")."""
    found = _SPEAKER_AT.search(text, max(0, at - _SPEAKER_REACH), at)
    return found is not None and not (ASN_POSTS.search(found.group())
                                      or CONCEPTS["asn"].search(found.group()))
_POST_SCAN = scanner(ASN_POSTS)
TITLE_WEIGHTS = {"asn": 0.10, "neutrality": 0.15, "election": 0.05}
BODY_WEIGHTS = {"asn": 0.20, "neutrality": 0.25, "election": 0.15}
SAME_SENTENCE_WEIGHT = 0.10
_SENTENCE_END = re.compile(r"[.!?\n]")  # a sentence is a run of other characters
_TO_FULL_STOP = str.maketrans("!?\n", "...")
# Each pattern is tried only where one of its literal prefixes stands (transforms/prefilter.py),
# a literal only when some word of the text starts with it (the words are listed once per
# article and shared with the other extractors).
_SCANS = {concept: scanner(pattern) for concept, pattern in CONCEPTS.items()}


@dataclass(frozen=True)
class Relevance:
    """Score in [0, 1], the verdict, and the signals that fired (fixed order)."""

    score: float
    about_asn_neutrality: bool
    signals: tuple[str, ...]


def relevance(title: str, text: str) -> Relevance:
    """Score an article (title and body) for being about ASN neutrality in elections. An
    article found about it is scored again without its links to other articles
    (``page_links.without_links``): a related headline on neutrality in campaign news is a
    passing mention, not the article's own report. A story that still names neutrality itself
    is scored without its marked links only: a headline-shaped line right after its first
    paragraph may be its own subheading, taken for a link for the title's sake alone."""
    found = _score(title, text)
    if not found.about_asn_neutrality:
        return found
    story = without_links(text, title)
    if story is text:
        return found
    again = _score(title, story)
    if again.about_asn_neutrality or "body:neutrality" not in again.signals:
        return again
    marked = without_links(text)
    if marked is text:
        return found
    return again if marked == story else _score(title, marked)


def _score(title: str, text: str) -> Relevance:
    score = 0.0
    signals: list[str] = []
    seen: set[str] = set()
    folded, title_folded = fold(text), fold(title)
    title_cases = _case_sentences(title, title_folded, 1)
    title_links = linked_sentences(title, 1)
    extra = {"asn": title_links[1], "neutrality": title_cases + title_links[0]}
    for concept, pattern in CONCEPTS.items():
        if pattern.search(title) or extra.get(concept):
            score += TITLE_WEIGHTS[concept]
            signals.append(f"title:{concept}")
            seen.add(concept)
    cases = 0
    # The body's linked sentences cost the most; they are looked for only when still needed.
    found_links: list[tuple[int, int]] = []

    def links() -> tuple[int, int]:
        if not found_links:
            found_links.append(linked_sentences(text, 2, folded))
        return found_links[0]

    asn_hits = neutrality_hits = 0
    for concept, scan in _SCANS.items():
        hits = len(first_matches(scan, text, 2, folded))
        if concept == "neutrality" and hits < 2:
            cases = _case_sentences(text, folded, 2)
            hits = min(2, hits + cases + (links()[0] if hits + cases < 2 else 0))
        if concept == "asn" and hits < 2:
            # once a post is tied to neutrality, its other mentions name the same civil servant
            posts = links()[1]
            if posts or title_links[1]:
                posts = max(posts, len(first_matches(_POST_SCAN, text, 2, folded)))
            hits = min(2, hits + posts)
        if concept == "asn":
            asn_hits = hits
        if concept == "neutrality":
            neutrality_hits = hits
        if hits:
            score += BODY_WEIGHTS[concept] * (1.0 if hits >= 2 else 0.5)
            signals.append(f"body:{concept}")
            seen.add(concept)
    linked = bool(title_cases or cases or any(title_links) or _same_sentence(title, title_folded)
                  or _same_sentence(text, folded) or any(links()))
    if linked:
        score += SAME_SENTENCE_WEIGHT
        signals.append("same_sentence")
    score = round(min(score, 1.0), 3)
    # A single ASN name never joined to neutrality in a sentence: the neutrality is someone
    # else's (an election body's, the police's), the civil servant a bystander.
    tied = linked or asn_hits >= 2 or "title:asn" in signals
    # ASN and neutrality each named once, neither in the title, the neutrality word an aside
    # in brackets ("... kepada Pemda (Netralitas ASN), ..."): a passing mention, not what the
    # article reports. A short appeal ("meminta ASN menjaga netralitas") names each once too.
    passing = (asn_hits < 2 and neutrality_hits < 2 and "title:asn" not in signals
               and "title:neutrality" not in signals and _listed(text, folded))
    about = (score >= THRESHOLD and {"asn", "neutrality"} <= seen and tied and not passing
             and ("election" in seen or _election_context(title, text))
             and not _village_election_only(title, text))
    return Relevance(score, about, tuple(signals))


def _listed(text: str, folded: str) -> bool:
    """The text's first neutrality word stands as an aside, inside brackets ("imbauan kepada
    Pemda (netralitas ASN)"). Not one after a list's opener: "menyampaikan sejumlah pesan,
    antara lain agar ASN menjaga netralitas" is an appeal the article reports."""
    found = first_matches(_SCANS["neutrality"], text, 1, folded)
    if not found:
        return False
    at = found[0].start()
    first, _ = _sentence_around(text, at)
    return text.rfind("(", first, at) > text.rfind(")", first, at)


def linked_sentences(text: str, limit: int, folded: str | None = None) -> tuple[int, int]:
    """How many sentences (up to ``limit`` each) say partisanship of ASN (ikut kampanye,
    mendukung salah satu calon ... beside an ASN name), and how many say neutrality or
    partisanship of a civil-servant post (camat, Satpol PP, birokrasi ...): see
    relevance_lexicon.py. The sentences are found from the places where a partisan phrase or
    a neutrality word may start, each sentence tried once."""
    folded = fold(text) if folded is None else folded
    asn, neutral = CONCEPTS["asn"], CONCEPTS["neutrality"]
    ends = _sentence_ends(text)
    # The sentences holding a partisan phrase, or a place where a neutrality word may start:
    # only there can a post count (a post needs partisanship or neutrality beside it).
    said_in: set[int] = set()
    for at in candidate_starts(_PARTISAN_SCAN, text, folded):
        index = bisect_left(ends, at)
        if index not in said_in and PARTISANSHIP.match(text, at, _end(ends, index, text)) \
                and not _speaker_at(text, at):
            said_in.add(index)
    neutral_in = {bisect_left(ends, at)
                  for at in _concept_starts("neutrality", text, folded)}
    if not said_in and not neutral_in:
        return 0, 0
    post_at = candidate_starts(_POST_SCAN, text, folded)
    partisan = posts = 0
    for index in sorted(said_in | neutral_in):
        first, done = _sentence_at(ends, index, text)
        # Most sentences hold no post: tried at the post's literal starts only.
        post = any(ASN_POSTS.match(text, at, done)
                   for at in post_at[bisect_left(post_at, first):bisect_left(post_at, done)])
        said = index in said_in
        if not (said or post):
            continue
        sentence = text[first:done]
        if said and partisan < limit and (post or asn.search(sentence)):
            partisan += 1
        if post and posts < limit and (said or neutral.search(sentence)):
            posts += 1
        if partisan >= limit and posts >= limit:
            break
    return partisan, posts


def _village_election_only(title: str, text: str) -> bool:
    """The only election the article names is a village head's (relevance_lexicon.py): its
    campaign words are that election's. Read only for an article found relevant. The state
    election is looked for first: nearly every relevant article names one in its first lines,
    where the search stops, while the village election's search would read the whole text."""
    return not (STATE_ELECTION.search(title) or STATE_ELECTION.search(text)) and bool(
        VILLAGE_ELECTION.search(title) or VILLAGE_ELECTION.search(text))


def _election_context(title: str, text: str) -> bool:
    """The article is set in an election though it names none the score counts (Bawaslu,
    pemilihan serentak, TPS ...)."""
    return bool(ELECTION_CONTEXT.search(title) or ELECTION_CONTEXT.search(text))


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where the sentences of text end (its . ! ? and line breaks), listed once per text: the
    sentences around the many places looked at are then found by bisection. An ASCII text is
    cut at its ends (translate and split, in C) and the lengths of the pieces summed."""
    if not text.isascii():
        ends = tuple(map(re.Match.start, _SENTENCE_END.finditer(text)))
    else:
        pieces = text.translate(_TO_FULL_STOP).split(".")
        pieces.pop()  # the run after the last end
        ends = tuple(accumulate(map(add, map(len, pieces), repeat(1)), initial=-1))[1:]
    return tuple(end for end in ends if not _inner_dot(text, end))


def _inner_dot(text: str, at: int) -> bool:
    """A dot inside a word or number ("1.318", "arikamedia.id", "S.Ag") or closing an
    abbreviation ("Prov. Maluku", "Pj. Bupati"): no sentence's end."""
    if text[at] != "." or at + 1 >= len(text):
        return False
    if text[at + 1].isalnum():
        return text[at - 1:at].isalnum()
    # an abbreviation is a short word: most sentences end after a longer one
    start = max(0, at - LONGEST - 1)
    return not text[start:at].isalpha() and bool(ABBREVIATED.search(text, start, at + 1))


@lru_cache(maxsize=8)
def _concept_starts(concept: str, text: str, folded: str) -> tuple[int, ...]:
    """Where a match of a concept may start in text (sorted), found once for the sentence
    tests that read them in turn."""
    return tuple(candidate_starts(_SCANS[concept], text, folded))


def _end(ends: tuple[int, ...], index: int, text: str) -> int:
    return ends[index] if index < len(ends) else len(text)


def _sentence_at(ends: tuple[int, ...], index: int, text: str) -> tuple[int, int]:
    """The bounds of sentence ``index`` (the run before ``ends[index]``)."""
    return (ends[index - 1] + 1 if index else 0), _end(ends, index, text)


def _match_within(pattern: re.Pattern[str], text: str, starts: tuple[int, ...], first: int,
                  done: int) -> bool:
    """``pattern.search(text[first:done])``, tried only at ``starts`` (sorted, where every
    match of it may start): the sentence's bounds are non-word characters or the text's
    ends, so a match there is one of the sentence alone."""
    return any(pattern.match(text, at, done)
               for at in starts[bisect_left(starts, first):bisect_left(starts, done)])


def _sentence_around(text: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``start`` (a run of characters other than the
    sentence ends)."""
    ends = _sentence_ends(text)
    return _sentence_at(ends, bisect_left(ends, start), text)


def _case_sentences(text: str, folded: str, limit: int) -> int:
    """How many sentences (up to ``limit``) tell an election case: a violation handled, an
    election watchdog and an ASN name in one sentence (module notes)."""
    if not any(word in folded for word in _WATCHDOG_WORDS):
        return 0  # most texts: no watchdog named at all
    found = done = 0
    for start in candidate_starts(_CASE_SCAN, text, folded):
        if start < done:
            continue
        first, done = _sentence_around(text, start)
        sentence = text[first:done]
        if (_CASE_ACTION.search(sentence) and _WATCHDOG.search(sentence)
                and CONCEPTS["asn"].search(sentence)):
            found += 1
            if found >= limit:
                break
    return found


def _same_sentence(text: str, folded: str) -> bool:
    """Some sentence (a run of characters other than . ! ? and line breaks) names both ASN and
    neutrality. Only the sentences holding a place where a neutrality word may start, and the
    literal prefix of an ASN name (transforms/prefilter.py), are searched. The title and the
    body are apart: a line break ends a sentence."""
    asn, neutral = CONCEPTS["asn"], CONCEPTS["neutrality"]
    asn_at = _concept_starts("asn", text, folded)  # sorted
    neutral_at = _concept_starts("neutrality", text, folded)
    done = 0
    for start in neutral_at:
        if start < done:
            continue  # its sentence was searched already
        first, done = _sentence_around(text, start)
        if (_match_within(asn, text, asn_at, first, done)
                and _match_within(neutral, text, neutral_at, first, done)):
            return True
    return False
