"""One outlet's crawl in a subprocess: ``run_crawl`` starts ``python -m spiders.crawl``.

Why a subprocess per outlet crawl: Twisted's reactor cannot restart inside one process; a
subprocess costs ~0.7 s against crawls of minutes, isolates a crashing or leaking crawl from
the flow and the other outlets, and a kill -9 of it loses only its unrenamed ``.part``
files. Scrapy's reactorless ``AsyncCrawlerRunner`` would save the 0.7 s, but Scrapy 2.19
calls it experimental (bench/crawl_runner.py measures both).

Output of a crawl, all under ``--out``: ``pages.jsonl`` (every fetch), ``rejects.jsonl``,
``stats.json``; WARC files under ``--warc-dir``. Exit status 0 means Scrapy finished; the
caller judges the stats (``CrawlResult.problem``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spiders.sinks import read_jsonl, write_json_atomic


@dataclass
class CrawlResult:
    outlet: str
    returncode: int
    stats: dict[str, Any]
    out_dir: str
    seconds: float
    log_tail: str = ""

    @property
    def finish_reason(self) -> str:
        return str(self.stats.get("finish_reason", "no stats (crawl process died)"))

    @property
    def discovered(self) -> int:
        return int(self.stats.get("warta/articles_discovered", 0))

    @property
    def fetched(self) -> int:
        return int(self.stats.get("warta/articles_fetched", 0))

    @property
    def caps_hit(self) -> int:
        """Discovery bounds (listing page limits, sitemap bounds) that stopped a walk."""
        return int(self.stats.get("warta/caps_hit", 0))

    @property
    def stale_replays(self) -> int:
        """Pages replayed from an older capture: their newest is a revisit left unread."""
        return int(self.stats.get("warta/stale_replays", 0))

    def stale_figure(self) -> dict[str, int]:
        """``stale_replays`` for a run's figures of the outlet, only when there were some."""
        return {"stale_replays": self.stale_replays} if self.stale_replays else {}

    def problem(self) -> str | None:
        """Why this crawl counts as failed, or None. Zero articles found is a failure."""
        if self.returncode != 0:
            return f"crawl process exited {self.returncode}: {self.log_tail[-300:]}"
        if self.finish_reason == "closespider_timeout":
            return ("crawl stopped at its time limit: what it fetched is kept and loaded, "
                    "articles after it may be missing")
        if self.finish_reason != "finished":
            return f"crawl finished with {self.finish_reason!r}"
        if self.discovered == 0:
            pages = sum(int(v) for k, v in self.stats.items()
                        if k in ("warta/feed_pages", "warta/listing_pages", "warta/sitemap_pages"))
            if pages == 0:
                first = self.first_reject("discover")
                return ("no discovery source could be fetched"
                        + (f" (e.g. {first})" if first else "") + "; network or site down?")
            return "discovery found zero article links (site layout or feed changed?)"
        return None

    def first_reject(self, stage: str) -> str | None:
        path = Path(self.out_dir) / "rejects.jsonl"
        if not path.exists():
            return None
        for row in read_jsonl(path):
            if row.get("stage") == stage:
                return f"{row['url']}: {row['reason']}"
        return None


# The crawl stops itself at its time limit (spiders.stopping.TimeLimit: the archive, the
# fetch log and the stats are finalised and kept, finish reason "closespider_timeout"); a
# crawl still running this long after is sent SIGTERM (spiders.stopping.StopOnTerm, which
# finalises the same way), and SIGKILL only after as long again.
CLOSE_GRACE = 60.0


def stop_at(proc: subprocess.Popen, seconds: float) -> int:
    """``proc``'s exit status, stopping it gracefully once ``seconds`` have passed."""
    for sig in (None, signal.SIGTERM, signal.SIGKILL):
        if sig is not None:
            proc.send_signal(sig)
        try:
            return proc.wait(timeout=seconds if sig is None else CLOSE_GRACE)
        except subprocess.TimeoutExpired:
            continue
    return proc.wait()


def run_crawl(outlet: str, run_id: str, run_dir: Path, warc_dir: Path, *, mode: str,
              since: str | None = None, until: str | None = None,
              seen: Iterable[str] = (), replay: list[str] | None = None,
              base_url: str | None = None, max_pages: int | None = None,
              topics: bool = False, max_articles: int | None = None,
              replay_index: str | None = None, timeout: float = 4 * 3600,
              archive_tag: str | None = None) -> CrawlResult:
    """One outlet's Scrapy crawl in a child process (a fresh Twisted reactor every time).
    ``archive_tag`` goes into its archives' names: one writer's, among others of the run."""
    out = run_dir / outlet
    out.mkdir(parents=True, exist_ok=True)
    seen_file = out / "seen.txt"
    seen_file.write_text("\n".join(sorted(seen)), encoding="utf-8")
    cmd = [sys.executable, "-m", "spiders.crawl", "--outlet", outlet, "--run-id", run_id,
           "--out", str(out), "--warc-dir", str(warc_dir), "--mode", mode,
           "--seen", str(seen_file)]
    for flag, value in (("--since", since), ("--until", until), ("--base-url", base_url),
                        ("--max-pages", max_pages)):
        if value:
            cmd += [flag, str(value)]
    for path in replay or []:
        cmd += ["--replay", str(Path(path).resolve())]
    if topics:
        cmd.append("--topics")
    if replay_index:
        cmd += ["--replay-index", replay_index]
    if max_articles:
        cmd += ["--max-articles", str(max_articles)]
    if archive_tag:
        cmd += ["--archive-tag", archive_tag]
    cmd += ["--time-limit", f"{timeout:g}"]
    started = time.monotonic()
    log_path = out / "crawl.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).resolve().parent.parent), os.environ.get("PYTHONPATH", "")])}
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        code = stop_at(proc, timeout + CLOSE_GRACE)

    stats_path = out / "stats.json"
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
    return CrawlResult(outlet, code, stats, str(out), time.monotonic() - started, tail)




def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m spiders.crawl")
    parser.add_argument("--outlet", required=True)
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--out", required=True, help="staging directory for this crawl")
    parser.add_argument("--warc-dir", required=True)
    parser.add_argument("--mode", choices=["nightly", "backfill"], default="nightly")
    parser.add_argument("--since")
    parser.add_argument("--until")
    parser.add_argument("--seen", help="file of already-seen URLs, one per line")
    parser.add_argument("--replay", action="append", default=[])
    parser.add_argument("--replay-index", help="prebuilt index of the --replay archives")
    parser.add_argument("--base-url")
    parser.add_argument("--max-pages", type=int)
    parser.add_argument("--topics", action="store_true", help="also topic search/tag pages")
    parser.add_argument("--max-articles", type=int, help="stop requesting after N articles")
    parser.add_argument("--archive-tag",
                        help="in the archives' names after the run id: this writer's own")
    parser.add_argument("--time-limit", type=float,
                        help="seconds after which the crawl closes itself, keeping its work")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    # Scrapy and the spiders load only in the crawl process, not in the flow that starts it
    from scrapy.crawler import CrawlerProcess

    from spiders.outlet_spider import OutletSpider
    from spiders.registry import get, live_crawl_refusal
    from spiders.settings import crawl_settings

    args = parse_args(sys.argv[1:] if argv is None else argv)
    outlet = get(args.outlet)
    refusal = None if args.replay else live_crawl_refusal(outlet)
    if refusal:  # the flows check first; this guards a crawl started by hand
        print(f"refused: {refusal}", file=sys.stderr)
        return 3
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    if args.seen:
        seen = {line.strip() for line in Path(args.seen).read_text().splitlines() if line.strip()}
    settings = crawl_settings(
        outlet_delay=outlet.download_delay, replay=[str(Path(p).resolve()) for p in args.replay],
        out_dir=str(out), warc_dir=args.warc_dir, run_id=args.run_id, outlet=outlet.slug,
        replay_index=args.replay_index,
    )
    if args.time_limit:
        settings["WARTA_TIME_LIMIT"] = args.time_limit
    if args.archive_tag:
        settings["WARTA_ARCHIVE_TAG"] = args.archive_tag
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(OutletSpider)
    process.crawl(crawler, outlet=outlet.slug, mode=args.mode, since=args.since,
                  until=args.until, seen=seen, base_url=args.base_url,
                  rejects_path=str(out / "rejects.jsonl"), max_pages=args.max_pages,
                  topics=args.topics, max_articles=args.max_articles)
    process.start()
    stats = crawler.stats.get_stats()
    write_json_atomic(out / "stats.json", {k: v for k, v in stats.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
