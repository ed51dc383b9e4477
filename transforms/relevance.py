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
_SENTENCE = re.compile(r"[^.!?\n]+")


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
    for concept, pattern in _CONCEPTS.items():
        hits = sum(1 for _ in zip(range(2), pattern.finditer(text), strict=False))
        if hits:
            score += BODY_WEIGHTS[concept] * (1.0 if hits >= 2 else 0.5)
            signals.append(f"body:{concept}")
            seen.add(concept)
    if any(_CONCEPTS["asn"].search(s) and _CONCEPTS["neutrality"].search(s)
           for s in _SENTENCE.findall(f"{title}\n{text}")):
        score += SAME_SENTENCE_WEIGHT
        signals.append("same_sentence")
    score = round(min(score, 1.0), 3)
    about = score >= THRESHOLD and {"asn", "neutrality"} <= seen
    return Relevance(score, about, tuple(signals))
