"""Near-duplicate clustering and the loader's occasion refresh at 20,000 articles.

    .venv/bin/python bench/near_duplicates.py [--articles 20000] [--copies 0.1] [--seed 7]
        [--part pure|warehouse|both]

Synthetic texts (seeded random words from a made-up vocabulary of 6,000 Indonesian-like
words; 150-600 words each): a share ``--copies`` of them are copies of another article with
another dateline, a tail of related links and one sentence in ten rewritten. Timing needs
only texts of realistic length and overlap, not real prose. Prints:

1. the pure step (transforms/occasions/near_duplicates.py): MinHash signatures, LSH
   clustering, and the planted copies found (pairwise precision and recall);
2. the loader's step (warehouse/occasions.py ``refresh``) on a DuckDB warehouse holding the
   same articles and one event for every fourth of them: the first refresh (every text
   hashed), a rerun (nothing new: what every nightly load pays) and a night with 1% new
   articles; with the peak RSS of the process.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transforms.occasions.near_duplicates import Article, clusters, signature  # noqa: E402

SYLLABLES = ["ka", "ta", "ra", "ma", "na", "sa", "la", "pa", "ba", "da", "ga", "ja", "wa",
             "ri", "ti", "si", "ni", "mi", "lu", "ku", "tu", "su", "nu", "ng", "an", "in", "er"]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def sentence(rng: random.Random, vocab: list[str]) -> str:
    return " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 20))).capitalize() + "."


def corpus(n: int, copies: float, seed: int) -> tuple[list[tuple[str, str]], set[frozenset[str]]]:
    """(url, text) pairs and the planted copy pairs."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    originals = int(n * (1 - copies))
    docs: list[tuple[str, str]] = []
    bodies: list[list[str]] = []
    for i in range(originals):
        body = [sentence(rng, vocab) for _ in range(rng.randint(10, 35))]
        bodies.append(body)
        docs.append((f"https://o{i % 6}.test/{i}", f"KOTA {rng.choice(vocab).upper()} - "
                     + " ".join(body)))
    planted = set()
    for j in range(n - originals):
        k = rng.randrange(originals)
        body = [sentence(rng, vocab) if rng.random() < 0.1 else s for s in bodies[k]]
        tail = " ".join(f"Baca juga: {sentence(rng, vocab)}" for _ in range(3))
        url = f"https://copy{j % 4}.test/{j}"
        docs.append((url, f"{rng.choice(vocab).upper()} (Kabar) - " + " ".join(body) + " "
                     + tail))
        planted.add(frozenset((url, docs[k][0])))
    return docs, planted


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pure(docs: list[tuple[str, str]], planted: set[frozenset[str]]) -> None:
    started = time.process_time()
    sigs = [(url, signature(text)) for url, text in docs]
    hashed = time.process_time() - started
    started = time.process_time()
    members = clusters([Article(url, sig) for url, sig in sigs if sig is not None])
    clustered = time.process_time() - started
    groups: dict[str, list[str]] = {}
    for m in members:
        groups.setdefault(m.cluster_id, []).append(m.canonical_url)
    found = {frozenset(p) for g in groups.values() for p in combinations(g, 2)}
    # copies of one original are copies of each other too
    by_original: dict[str, set[str]] = {}
    for pair in planted:
        copy, original = sorted(pair, key=lambda u: "copy" not in u)
        by_original.setdefault(original, {original}).add(copy)
    gold = {frozenset(p) for g in by_original.values() for p in combinations(sorted(g), 2)}
    hit = found & gold
    print(f"pure: {len(docs)} articles, signatures {hashed:.1f} s CPU "
          f"({hashed / len(docs) * 1000:.2f} ms/article), LSH clustering {clustered:.1f} s CPU; "
          f"{len(groups)} clusters; planted copy pairs: precision "
          f"{len(hit) / max(1, len(found)):.3f}, recall {len(hit) / max(1, len(gold)):.3f}")


def _insert(con, rows: list[tuple[int, tuple[str, str]]]) -> None:
    """Articles, and one event for every fourth, inserted as the loader leaves them."""
    rng = random.Random(rows[0][0] if rows else 0)
    for start in range(0, len(rows), 1000):
        part = rows[start:start + 1000]
        con.execute(
            "INSERT INTO articles (canonical_url, url, outlet, published_at, text, text_hash)"
            " SELECT r.u, r.u, 'langgam', TIMESTAMPTZ '2024-09-01' + r.i * INTERVAL 1 MINUTE,"
            " r.t, md5(r.t) FROM (SELECT unnest($rows) AS r)",
            {"rows": [{"u": u, "t": t, "i": i} for i, (u, t) in part]})
        events = [{"e": f"e{i}", "u": u, "d": f"2024-09-{1 + i % 28:02d}",
                   "r": f"13.{i % 19 + 1:02d}", "a": rng.sample(
                       ["apel", "ikrar", "sosialisasi", "imbauan", "pakta_integritas"], 2),
                   "o": f'[{{"title": "Bupati", "name": "Nama {i % 97}"}}]'}
                  for i, (u, _) in part if i % 4 == 0]
        if events:
            con.execute(
                "INSERT INTO events (event_id, canonical_url, event_date, regency_code, "
                "province_code, activities, officials) SELECT r.e, r.u, CAST(r.d AS DATE), "
                "r.r, '13', r.a, r.o FROM (SELECT unnest($rows) AS r)", {"rows": events})


def _fill(path: Path, rows: list[tuple[int, tuple[str, str]]]) -> None:
    from warehouse import db

    with db.writer(path) as con:
        _insert(con, rows)


def warehouse(docs: list[tuple[str, str]], new_share: float = 0.01) -> None:
    """The loader's refresh on a filled warehouse; the warehouse is filled by a child
    process, so the peak RSS printed is the refresh's (plus the texts held here)."""
    from warehouse import db
    from warehouse.occasions import refresh

    cut = int(len(docs) * (1 - new_share))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "w.duckdb"
        child = multiprocessing.get_context("fork").Process(
            target=_fill, args=(path, list(enumerate(docs[:cut]))))
        child.start()
        child.join()
        print(f"warehouse filled by a child process; this process's RSS before the refresh "
              f"{rss_mb():.0f} MB (the synthetic texts)")
        steps = []
        with db.writer(path) as con:
            for name, rows in (("first refresh", None), ("rerun, nothing new", None),
                               (f"{len(docs) - cut} new articles", docs[cut:])):
                con.execute("BEGIN TRANSACTION")
                if rows:
                    _insert(con, list(enumerate(rows, start=cut)))
                started, cpu = time.perf_counter(), time.process_time()
                changed = refresh(con, "bench")
                con.execute("COMMIT")
                steps.append((name, time.perf_counter() - started, time.process_time() - cpu,
                              changed, rss_mb()))
        for name, wall, cpu, changed, rss in steps:
            print(f"warehouse refresh, {name}: {wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS "
                  f"{rss:.0f} MB; {changed}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--copies", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--part", choices=("pure", "warehouse", "both"), default="both",
                    help="run one part only (its own peak RSS)")
    args = ap.parse_args()
    docs, planted = corpus(args.articles, args.copies, args.seed)
    if args.part in ("pure", "both"):
        pure(docs, planted)
        print(f"peak RSS {rss_mb():.0f} MB")
    if args.part in ("warehouse", "both"):
        warehouse(docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
