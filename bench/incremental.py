"""Incremental nightly runs: requests per new article on a quiet day and on a day with 2% new.

    python bench/incremental.py [--pages 5000] [--seed 7] [--new-share 0.02]

Builds (bench/site_days.py ``build_days``, deterministic by seed, cached under
bench/data/) a day-1 synthetic site of ``--pages`` pages and the same site a day later
with ``--new-share`` more articles, new ones on top of the feeds and of page 1 of every
listing. Then, with the real pipeline entry (``warta crawl --replay``, a child process
each, into one fresh DuckDB):

1. a backfill replaying day 1 loads the warehouse (what earlier nights left behind);
2. a nightly run replaying day 1 again: the quiet night, nothing new;
3. a nightly run replaying day 2.

Per outlet and overall: articles new on day 2; how many of them the day-2 run fetched
(``pages``) and how many are in the warehouse afterwards (``article_urls``); the requests
it made (Scrapy's ``downloader/request_count``, robots.txt included, from
``crawl_runs.outlet_stats`` or the crawl's stats.json); requests per new article; the new
articles missed (never fetched: discovery's failure) and whether the crawl warned that it
may have missed some (``warta/listings_may_have_more``); and the quiet night's requests.
Exit status 1 when a new article was missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from make_archive import SHARE  # noqa: E402
from site_days import build_days  # noqa: E402


def last_run(db: Path) -> tuple[str, str, str | None] | None:
    import duckdb

    if not db.exists():
        return None
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT run_id, status, message FROM crawl_runs "
                      "ORDER BY started_at DESC LIMIT 1").fetchone()
    con.close()
    return row


def warta(args: list[str], db: Path, data: Path) -> tuple[str, float]:
    """Run ``warta crawl`` in a child process; return the id of the run it recorded.

    A run that loaded and then failed a health check (exit 1 with a crawl_runs row) still
    counts: its requests and loads are what this bench measures; the reason is printed.
    """
    before = last_run(db)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "crawl", *args, "--db", str(db),
         "--data-dir", str(data)],
        cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"})
    seconds = time.perf_counter() - started
    after = last_run(db)
    if after is None or after == before:
        raise RuntimeError(f"warta crawl {' '.join(args)} recorded no run:\n"
                           + done.stdout[-3000:] + done.stderr[-3000:])
    if done.returncode != 0:
        print(f"  note: the run ended {after[1]}: {after[2]}", flush=True)
    return after[0], seconds


def run_figures(db: Path, data: Path, run_id: str) -> dict[str, dict]:
    """Per outlet: requests made and articles first loaded by ``run_id``."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    stats = json.loads(con.execute("SELECT outlet_stats FROM crawl_runs WHERE run_id = ?",
                                   [run_id]).fetchone()[0])
    loaded = dict(con.execute("SELECT outlet, count(*) FROM articles WHERE run_id = ? "
                              "GROUP BY outlet", [run_id]).fetchall())
    fetched = {}
    for outlet, url in con.execute("SELECT outlet, url FROM pages WHERE run_id = ? AND "
                                   "kind = 'article' AND status = 200", [run_id]).fetchall():
        fetched.setdefault(outlet, set()).add(url)
    con.close()
    figures = {}
    for slug in SHARE:
        path = data / "staging" / run_id / slug / "stats.json"  # the crawl's Scrapy stats
        crawl = json.loads(path.read_text()) if path.exists() else {}
        requests = (stats.get(slug) or {}).get("requests")
        if requests is None:
            requests = crawl.get("downloader/request_count", 0)
        figures[slug] = {"requests": int(requests), "loaded": loaded.get(slug, 0),
                         "fetched": fetched.get(slug, set()),
                         "warned": int(crawl.get("warta/listings_may_have_more", 0))}
    return figures


def not_loaded(db: Path, urls: list[str]) -> list[str]:
    import duckdb

    from transforms.extract.urls import canonicalize

    con = duckdb.connect(str(db), read_only=True)
    known = {r[0] for r in con.execute("SELECT url FROM article_urls").fetchall()}
    con.close()
    return [u for u in urls if u not in known and canonicalize(u) not in known]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--new-share", type=float, default=0.02)
    args = parser.parse_args()
    out = ROOT / "bench" / "data" / (f"incremental-{args.pages}-s{args.seed}"
                                     f"-n{args.new_share:g}")
    started = time.perf_counter()
    truth = build_days(args.pages, args.seed, args.new_share, out)
    print(f"archives: {out} ({time.perf_counter() - started:.0f} s); day-1 articles "
          f"{sum(truth['articles_day1'].values())}, new on day 2 "
          f"{sum(map(len, truth['new'].values()))}", flush=True)

    with tempfile.TemporaryDirectory(prefix="warta-incremental-") as tmp:
        db, data = Path(tmp) / "bench.duckdb", Path(tmp) / "data"
        replay = lambda files: sum((["--replay", f] for f in files), [])  # noqa: E731
        load_id, load_s = warta([*replay(truth["day1"]), "--since", "2024-01-01",
                                 "--max-pages", "100000"], db, data)
        day1 = run_figures(db, data, load_id)
        print(f"day 1 loaded by a backfill in {load_s:.0f} s: "
              f"{sum(f['loaded'] for f in day1.values())} articles, "
              f"{sum(f['requests'] for f in day1.values())} requests", flush=True)
        quiet_id, quiet_s = warta(replay(truth["day1"]), db, data)
        quiet = run_figures(db, data, quiet_id)
        day2_id, day2_s = warta(replay(truth["day2"]), db, data)
        day2 = run_figures(db, data, day2_id)
        # missed: a new article the nightly never fetched (discovery's failure); not loaded:
        # not in the warehouse afterwards (fetched but not extracted or loaded)
        lost = {slug: [u for u in urls if u not in day2[slug]["fetched"]]
                for slug, urls in truth["new"].items()}
        unloaded = {slug: not_loaded(db, urls) for slug, urls in truth["new"].items()}

    rows = []
    for slug in SHARE:
        new = len(truth["new"][slug])
        rows.append({"outlet": slug, "articles_day1": truth["articles_day1"][slug],
                     "new": new, "fetched": new - len(lost[slug]),
                     "loaded": new - len(unloaded[slug]),
                     "requests": day2[slug]["requests"],
                     "requests_per_new": round(day2[slug]["requests"] / new, 3) if new else None,
                     "missed": len(lost[slug]), "warned": day2[slug]["warned"],
                     "quiet_requests": quiet[slug]["requests"],
                     "quiet_loaded": quiet[slug]["loaded"]})
    total = {key: sum(r[key] for r in rows) for key in
             ("articles_day1", "new", "fetched", "loaded", "requests", "missed", "warned",
              "quiet_requests",
              "quiet_loaded")}
    total["outlet"] = "all"
    total["requests_per_new"] = round(total["requests"] / total["new"], 3)
    rows.append(total)
    for row in rows:
        print(json.dumps(row))
    print(f"\nday 2 = day 1 + {args.new_share:.0%} new articles; nightly runs {quiet_s:.0f} s "
          f"(quiet) and {day2_s:.0f} s (day 2), wall time with Prefect start-up")
    print(f"{'outlet':<14}{'day-1':>7}{'new':>6}{'fetched':>9}{'loaded':>8}{'requests':>10}"
          f"{'req/new':>9}{'missed':>8}{'warned':>8}{'quiet req':>11}")
    for r in rows:
        per = f"{r['requests_per_new']:.2f}" if r["requests_per_new"] is not None else "-"
        print(f"{r['outlet']:<14}{r['articles_day1']:>7}{r['new']:>6}{r['fetched']:>9}"
              f"{r['loaded']:>8}{r['requests']:>10}{per:>9}{r['missed']:>8}"
              f"{r['warned']:>8}{r['quiet_requests']:>11}")
    for slug, urls in lost.items():
        for url in urls:
            print(f"MISSED {slug}: {url}")
    for slug, urls in unloaded.items():
        if set(urls) - set(lost[slug]):
            print(f"fetched but not in the warehouse, {slug}: "
                  f"{len(set(urls) - set(lost[slug]))} (extraction/loading, not discovery)")
    return 1 if total["missed"] else 0


if __name__ == "__main__":
    sys.exit(main())
