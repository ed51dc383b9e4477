"""The single loader's rate: how many published batches per hour it can load.

    python bench/loader_rate.py [--base 20000] [--sizes 50 200 1000] [--repeat 3]

A warehouse already holding ``--base`` articles (one staged run, loaded first); then, for
each batch size, ``--repeat`` batches of new articles (pages, articles, one event each,
rejects: ``tests/fixtures/staged_run.py``, each text then replaced by words drawn from a
6,000-word vocabulary, so articles are as distinct as real ones and the loader's
near-duplicate clustering sees what it sees in production) are published to a
shared-path storage and loaded the way a scaled-out loader loads them:
``warehouse.pending.load_published`` (fetch and check each batch against its manifest,
the loader child process, the ``_LOADED`` marker). Prints wall and CPU seconds per batch
(CPU: this process and the loader child, steadier than wall time on a shared machine), and
the fixed cost and cost per article of a straight line through the CPU seconds: what the
loads-per-hour figures in bench/README.md are computed from.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fixtures")]

from staged_run import stage_run  # noqa: E402

from warehouse import storage  # noqa: E402
from warehouse.load_process import load_in_child  # noqa: E402
from warehouse.pending import load_published  # noqa: E402

OUTLETS = [{"slug": "langgam", "name": "Langgam", "timezone": "Asia/Jakarta",
            "cms": "wordpress", "hosts": ["langgam.id"], "enabled": True}]


def record(run_id: str) -> dict:
    return {"run_id": run_id, "flow": "crawl-outlet", "outlets": ["langgam"],
            "started_at": datetime.now(UTC), "outlet_stats": {"langgam": {}}}


def distinct_texts(run_dir: Path, rng: random.Random) -> Path:
    """Give every staged article its own text and its event its own day and official
    (staged_run's share one small vocabulary, 28 days and one official: every article
    would be a near-duplicate of every other, every event a candidate of one occasion)."""
    vocab = [f"{rng.choice('bcdfgjklmnprstw')}{rng.choice('aiueo')}"
             f"{rng.choice('bcdfgjklmnprstw')}{rng.choice('aiueo')}{n}" for n in range(6000)]
    for path in run_dir.glob("**/articles*.jsonl"):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for row in rows:
            row["text"] = " ".join(rng.choice(vocab) for _ in range(300)) + "."
            row["text_hash"] = hashlib.sha256(row["text"].encode()).hexdigest()
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
    for path in run_dir.glob("**/events.jsonl"):  # spread over two years and many officials
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for row in rows:
            day = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
            row["event_date"] = row["event_date_raw"] = day.isoformat()
            row["officials"] = [{"title": "Bupati", "name": rng.choice(vocab).title()}]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
    return run_dir


def cpu_seconds() -> float:
    """User + system time of this process and its finished children."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                         resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=int, default=20_000)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warta-loader-rate-") as tmp:
        tmp_path = Path(tmp)
        db, store = tmp_path / "warta.duckdb", storage.open_storage(tmp_path / "shared")
        started = time.perf_counter()
        rng = random.Random(7)
        base = distinct_texts(stage_run(tmp_path / "host" / "staging" / "base", "base",
                                        range(args.base)), rng)
        load_in_child(db, base, record("base"), outlets=OUTLETS)
        print(f"base warehouse: {args.base} articles loaded in "
              f"{time.perf_counter() - started:.1f} s")
        next_article, points = args.base, []
        for size in args.sizes:
            seconds, cpu = [], []
            for n in range(args.repeat):
                run_id = f"20250101T0000{len(points):02d}Z-s{size}-{n}"
                run_dir = distinct_texts(stage_run(
                    tmp_path / "host" / "staging" / run_id, run_id,
                    range(next_article, next_article + size)), rng)
                next_article += size
                storage.publish_batch(store, run_dir, record(run_id), OUTLETS)
                began, began_cpu = time.perf_counter(), cpu_seconds()
                [report] = load_published(db, store, tmp_path / "loader")
                seconds.append(time.perf_counter() - began)
                cpu.append(cpu_seconds() - began_cpu)
                assert report.articles_new == size, report
                points.append((size, cpu[-1]))
            print(f"batch of {size:>5} articles: wall {statistics.median(seconds):.2f} s, "
                  f"CPU {statistics.median(cpu):.2f} s (medians of {args.repeat}; CPU "
                  f"{', '.join(f'{s:.2f}' for s in cpu)})")
        if len(set(args.sizes)) < 2:
            return 0
        fit = statistics.linear_regression([p[0] for p in points], [p[1] for p in points])
        print(f"straight line (CPU): {fit.intercept:.2f} s per batch + "
              f"{1000 * fit.slope:.2f} ms per article "
              f"(warehouse grew to {next_article} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
