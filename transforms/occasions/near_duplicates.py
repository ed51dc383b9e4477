"""Near-duplicate articles: syndicated copies, light rewrites, one story under two URLs.

An article's text becomes a MinHash signature of its word shingles (``SHINGLE`` words in a
row, case and punctuation aside); banded LSH (datasketch's ``MinHashLSH``) proposes the
articles whose signatures may be similar, and a proposal is kept when the estimated Jaccard
similarity of the two shingle sets is at least ``THRESHOLD``, or when nearly all of the
shorter text is inside the longer one (``near_identical``). Clusters are the connected
components of the kept pairs. Each article is hashed once and looked up once, so the cost
grows with the number of articles, not with its square (bench/near_duplicates.py).

Why shingles of words and not of the whole text's hash: a copy under another dateline
("KENDARI -" instead of "Jakarta (ANTARA) -"), with another tail (the outlet's "Baca juga"
links, an editor line) or with a sentence rewritten keeps most of its three-word runs, so
its Jaccard similarity stays high (0.7-0.95), while two reports of one occasion written
apart share far fewer (measured on real reports: 0.1-0.37): clusters are copies, not stories
on the same subject.

Signatures are stored (``signature_bytes``) so a load hashes only new or changed texts.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import LeanMinHash

# datasketch is imported where it is used: with scipy it takes about a second to import,
# which a load with no new text need not pay.

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch 2's default: 32-bit hash values (stored as 4 bytes each)
SHINGLE = 3
THRESHOLD = 0.5
# A copy that drops (or adds) a long tail of related links keeps few of the other's extra
# shingles: its Jaccard similarity falls towards 0.5 while nearly all of the shorter text is
# inside the longer one. Such a pair is a copy when the contained share is at least
# CONTAINMENT (and the Jaccard similarity at least LSH_THRESHOLD, what LSH looks for).
CONTAINMENT = 0.8
LSH_THRESHOLD = 0.3
# Fewer words than this say too little to call two texts copies (a caption, a stub).
MIN_WORDS = 25

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The text's words, case-folded: punctuation, spacing and line breaks aside."""
    return _WORD.findall(text.casefold())


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """Every run of ``size`` consecutive words, as bytes (what MinHash hashes)."""
    w = words(text)
    return {" ".join(w[i:i + size]).encode() for i in range(len(w) - size + 1)}


@dataclass(frozen=True)
class Signature:
    values: bytes  # NUM_PERM little-endian uint32 MinHash values
    shingles: int  # how many distinct shingles the text has


def signature(text: str) -> Signature | None:
    """The text's MinHash signature, or None for a text too short to compare."""
    if len(words(text)) < MIN_WORDS:
        return None
    from datasketch import MinHash

    found = shingles(text)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch(sorted(found))
    # datasketch keeps 32-bit hash values in uint64 cells: half the bytes lose nothing
    return Signature(m.hashvalues.astype("<u4").tobytes(), len(found))


def _minhash(sig: Signature) -> LeanMinHash:
    from datasketch import LeanMinHash

    values = np.frombuffer(sig.values, dtype="<u4").astype(np.uint64)
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.mean(np.frombuffer(a.values, dtype="<u4")
                         == np.frombuffer(b.values, dtype="<u4")))


def containment(a: Signature, b: Signature, jaccard: float | None = None) -> float:
    """Estimated share of the smaller shingle set found in the other one."""
    j = similarity(a, b) if jaccard is None else jaccard
    common = j / (1 + j) * (a.shingles + b.shingles)
    return min(1.0, common / max(1, min(a.shingles, b.shingles)))


def near_identical(a: Signature, b: Signature, threshold: float = THRESHOLD) -> bool:
    """Copies: similar as wholes, or one nearly all inside the other (a tail dropped)."""
    j = similarity(a, b)
    return j >= threshold or (j >= LSH_THRESHOLD and containment(a, b, j) >= CONTAINMENT)


@cache
def lsh_shape(threshold: float = THRESHOLD) -> tuple[int, int]:
    """(bands, rows per band) of the LSH that ``clusters`` builds: datasketch's choice for
    the threshold, minimising false positives and negatives."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=NUM_PERM)
    return lsh.b, lsh.r


def band_keys(sig: Signature, threshold: float = THRESHOLD) -> list[int]:
    """One 64-bit key per LSH band: two signatures sharing a key are LSH candidates. Stored
    beside the signature, so the warehouse finds a new article's candidates with a join
    instead of rebuilding the index over every article (warehouse/occasions.py)."""
    bands, rows = lsh_shape(threshold)
    width = rows * 4
    return [int.from_bytes(hashlib.blake2b(sig.values[b * width:(b + 1) * width] + bytes([b]),
                                           digest_size=8).digest(), "little", signed=True)
            for b in range(bands)]


@dataclass(frozen=True)
class Article:
    canonical_url: str
    signature: Signature
    published_at: datetime | None = None


@dataclass(frozen=True)
class Member:
    """One article of a cluster of two or more near-identical articles."""

    cluster_id: str
    canonical_url: str
    similarity: float  # estimated Jaccard similarity to the first publisher's text
    first_publisher: str  # canonical URL of the earliest published member


def _first_key(a: Article) -> tuple[bool, datetime | None, str]:
    return (a.published_at is None, a.published_at, a.canonical_url)


def cluster_id(first_publisher: str) -> str:
    """A cluster's id, from its first publisher: stable while that article leads it."""
    return hashlib.sha1(f"cluster:{first_publisher}".encode()).hexdigest()[:16]


def clusters(articles: Sequence[Article], threshold: float = THRESHOLD) -> list[Member]:
    """The members of every cluster of near-identical articles (articles without a
    near-duplicate are left out), ordered by cluster then publication. Candidates come
    from datasketch's LSH index built over the articles."""
    from datasketch import MinHashLSH

    bands, rows = lsh_shape(threshold)
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(bands, rows))
    candidates = []
    for article in sorted(articles, key=lambda a: a.canonical_url):
        mh = _minhash(article.signature)
        candidates += [(article.canonical_url, other) for other in lsh.query(mh)]
        lsh.insert(article.canonical_url, mh)
    return clusters_of_pairs(articles, candidates, threshold)


def clusters_of_pairs(articles: Sequence[Article], candidates: Iterable[tuple[str, str]],
                      threshold: float = THRESHOLD) -> list[Member]:
    """Clusters from LSH candidate pairs (from the index above, or from a join of stored
    ``band_keys``): each pair kept when ``near_identical``, clusters the connected
    components. ``articles`` must hold every article named in a pair."""
    by_url = {a.canonical_url: a for a in articles}
    parent = {url: url for url in by_url}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in candidates:
        if near_identical(by_url[a].signature, by_url[b].signature, threshold):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Article]] = {}
    for url, article in by_url.items():
        groups.setdefault(find(url), []).append(article)
    members = []
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=_first_key)
        first = group[0]
        cid = cluster_id(first.canonical_url)
        members += [Member(cid, a.canonical_url,
                           round(similarity(a.signature, first.signature), 3),
                           first.canonical_url) for a in group]
    return sorted(members, key=lambda m: (m.cluster_id, _first_key(by_url[m.canonical_url])))
