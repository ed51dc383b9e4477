"""Decide whether an article is about civil-servant (ASN) neutrality in elections.

A transparent keyword score, so a watchdog can see why an article was kept or dropped. Three
concepts are looked for: ASN (ASN, PNS, PPPK, P3K, aparatur sipil negara, pegawai negeri
sipil), neutrality (netral, netralitas, ketidaknetralan, tidak berpihak) and elections
(pilkada, pemilu, pemilihan kepala daerah/umum, pilwako, pilbup, pilgub, pilpres, pileg,
kampanye, pasangan calon).

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
*and* both ASN and neutrality appear somewhere: election talk alone (logistics, candidates) or
a single "Baca Juga" headline in an unrelated article does not reach it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.prefilter import candidate_starts, first_matches, fold, scanner

THRESHOLD = 0.5
_CONCEPTS: dict[str, re.Pattern[str]] = {
    "asn": re.compile(r"\b(?:ASN|PNS|PPPK|P3K|aparatur\s+sipil\s+negara"
                      r"|pegawai\s+negeri\s+sipil)\b", re.IGNORECASE),
    "neutrality": re.compile(r"\b(?:netral(?:itas(?:nya)?)?|ketidaknetralan"
                             r"|tidak\s+(?:ber|me)pihak)\b", re.IGNORECASE),
    "election": re.compile(r"\b(?:pilkada|pemilu|pemilihan\s+(?:kepala\s+daerah|umum|wali\s*kota"
                           r"|bupati|gubernur|presiden|legislatif)|pilwako|pilwalkot|pilbup"
                           r"|pilgub|pilpres|pileg|kampanye|pasangan\s+calon|paslon)\b",
                           re.IGNORECASE),
}
TITLE_WEIGHTS = {"asn": 0.10, "neutrality": 0.15, "election": 0.05}
BODY_WEIGHTS = {"asn": 0.20, "neutrality": 0.25, "election": 0.15}
SAME_SENTENCE_WEIGHT = 0.10
_SENTENCE_ENDS = ".!?\n"  # a sentence is a run of other characters
# Each pattern is tried only where one of its literal prefixes stands (transforms/prefilter.py);
# few literals, and most articles stop here: not worth listing the words of the text.
_SCANS = {concept: scanner(pattern, word_index=False) for concept, pattern in _CONCEPTS.items()}


@dataclass(frozen=True)
class Relevance:
    """Score in [0, 1], the verdict, and the signals that fired (fixed order)."""

    score: float
    about_asn_neutrality: bool
    signals: tuple[str, ...]


def relevance(title: str, text: str) -> Relevance:
    """Score an article (title and body) for being about ASN neutrality in elections."""
    score = 0.0
    signals: list[str] = []
    seen: set[str] = set()
    for concept, pattern in _CONCEPTS.items():
        if pattern.search(title):
            score += TITLE_WEIGHTS[concept]
            signals.append(f"title:{concept}")
            seen.add(concept)
    folded = fold(text)
    for concept, scan in _SCANS.items():
        hits = len(first_matches(scan, text, 2, folded))
        if hits:
            score += BODY_WEIGHTS[concept] * (1.0 if hits >= 2 else 0.5)
            signals.append(f"body:{concept}")
            seen.add(concept)
    if _same_sentence(title, fold(title)) or _same_sentence(text, folded):
        score += SAME_SENTENCE_WEIGHT
        signals.append("same_sentence")
    score = round(min(score, 1.0), 3)
    about = score >= THRESHOLD and {"asn", "neutrality"} <= seen
    return Relevance(score, about, tuple(signals))


def _same_sentence(text: str, folded: str) -> bool:
    """Some sentence (a run of characters other than . ! ? and line breaks) names both ASN and
    neutrality. Only the sentences holding a place where a neutrality word may start, and the
    literal prefix of an ASN name (transforms/prefilter.py), are searched. The title and the
    body are apart: a line break ends a sentence."""
    asn, neutral = _CONCEPTS["asn"], _CONCEPTS["neutrality"]
    asn_literals = _SCANS["asn"].literals or ("",)
    done = 0
    for start in candidate_starts(_SCANS["neutrality"], text, folded):
        if start < done:
            continue  # its sentence was searched already
        first = max(text.rfind(char, 0, start) for char in _SENTENCE_ENDS) + 1
        done = min((at for char in _SENTENCE_ENDS if (at := text.find(char, start)) >= 0),
                   default=len(text))
        if not any(folded.find(literal, first, done) >= 0 for literal in asn_literals):
            continue  # no ASN name can start in this sentence
        sentence = text[first:done]
        if neutral.search(sentence) and asn.search(sentence):
            return True
    return False
