"""End-to-end replay throughput and memory: `warta crawl --replay` into a fresh DuckDB vs a
bare ``trafilatura.extract`` loop over the same article pages (the floor no pipeline beats).

    python bench/replay_throughput.py --pages 1000 5000 20000

For each size: builds the archive (bench/make_archive.py, seed 7) if missing, runs the bare
loop in this process, then the full pipeline (a backfill over every outlet, reading the
archive instead of the network) as a child process. Reports pages/s and CPU s/page of
both, the ratio, and the pipeline's peak RSS (largest single process: crawl, extraction
worker or flow). Pipeline time is the run's own started_at..finished_at in crawl_runs, i.e.
without Prefect's temporary-server start-up, which is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def archive_for(pages: int) -> Path:
    path = ROOT / "bench" / "data" / f"archive-{pages}-s7.warc.gz"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "make_archive.py"), "--pages",
                        str(pages), "--out", str(path)], check=True)
    return path


def bare_loop(archive: Path) -> tuple[int, float, float]:
    import trafilatura

    from flows.stages import decode_html
    from spiders.registry import outlet_for_url
    from spiders.warc import iter_responses

    pages = [(r.url, r.body, r.header("content-type")) for r in iter_responses(archive)
             if (o := outlet_for_url(r.url)) and o.is_article_url(r.url)]
    cpu, wall = time.process_time(), time.perf_counter()
    for url, body, ctype in pages:
        trafilatura.extract(decode_html(body, ctype), url=url)
    return len(pages), time.perf_counter() - wall, time.process_time() - cpu


def pipeline(archive: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "flows.cli", "crawl", "--replay", str(archive),
             "--since", "2024-01-01", "--max-pages", "100000", "--db", str(db),
             "--data-dir", str(Path(tmp) / "data")],
            cwd=ROOT, capture_output=True, text=True,
            env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"})
        wall = time.perf_counter() - wall
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise RuntimeError(done.stdout[-2000:] + done.stderr[-3000:])
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        seconds = con.execute("SELECT epoch(finished_at) - epoch(started_at) FROM crawl_runs"
                              ).fetchone()[0]
        con.close()
    return {"articles": articles, "wall": wall, "pipeline": seconds,
            "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "peak_rss_mb": after.ru_maxrss / 1024}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    rows = []
    for size in args.pages:
        archive = archive_for(size)
        n, bare_wall, bare_cpu = bare_loop(archive)
        result = pipeline(archive)
        rows.append({"pages": size, "articles": n, "bare_pages_s": n / bare_wall,
                     "bare_cpu_ms": 1000 * bare_cpu / n,
                     "warta_pages_s": result["articles"] / result["pipeline"],
                     "warta_cpu_ms": 1000 * result["cpu"] / result["articles"],
                     "warta_articles": result["articles"], "warta_wall_s": result["wall"],
                     "startup_s": result["wall"] - result["pipeline"],
                     "peak_rss_mb": result["peak_rss_mb"]})
        print(json.dumps(rows[-1]), flush=True)
    print(f"\n{'pages':>7}{'bare p/s':>10}{'warta p/s':>11}{'ratio':>7}{'bare cpu ms':>13}"
          f"{'warta cpu ms':>14}{'startup s':>11}{'peak RSS MB':>13}")
    for r in rows:
        print(f"{r['pages']:>7}{r['bare_pages_s']:>10.1f}{r['warta_pages_s']:>11.1f}"
              f"{r['warta_pages_s'] / r['bare_pages_s']:>7.2f}{r['bare_cpu_ms']:>13.1f}"
              f"{r['warta_cpu_ms']:>14.1f}{r['startup_s']:>11.1f}{r['peak_rss_mb']:>13.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
