"""Crawl runner choice: one subprocess per outlet crawl vs Scrapy's reactorless in-process
runner (AsyncCrawlerRunner with TWISTED_REACTOR_ENABLED=False, experimental in 2.19).

    python bench/crawl_runner.py [--repeat 5]

Both crawl the langgam outlet from the bundled archive (replay), several times in a row,
and report wall seconds per crawl. Run from the repository root.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, Python puts bench/ first on the path, where bench/incremental.py would
# hide the `incremental` package Twisted imports: the in-process half failed on it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))
ARCHIVE = ROOT / "tests" / "fixtures" / "archive" / "outlets.warc.gz"


def subprocess_crawls(repeat: int) -> list[float]:
    from spiders.crawl import run_crawl

    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeat):
            started = time.perf_counter()
            result = run_crawl("langgam", f"b{i}", Path(tmp) / f"r{i}", Path(tmp) / "warc",
                               mode="nightly", replay=[str(ARCHIVE)])
            assert result.problem() is None, result.problem()
            times.append(time.perf_counter() - started)
    return times


def in_process_crawls(repeat: int) -> list[float]:
    from scrapy.crawler import AsyncCrawlerRunner

    from spiders.outlet_spider import OutletSpider
    from spiders.settings import crawl_settings

    times = []

    async def crawl_all() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(repeat):
                settings = crawl_settings(outlet_delay=0, replay=[str(ARCHIVE)],
                                          out_dir=f"{tmp}/r{i}", warc_dir=f"{tmp}/warc",
                                          run_id=f"b{i}", outlet="langgam")
                settings.update({"TWISTED_REACTOR_ENABLED": False, "LOG_LEVEL": "ERROR"})
                runner = AsyncCrawlerRunner(settings)
                started = time.perf_counter()
                crawler = runner.create_crawler(OutletSpider)
                await runner.crawl(crawler, outlet="langgam", mode="nightly",
                                   rejects_path=f"{tmp}/r{i}/rejects.jsonl")
                assert crawler.stats.get_value("warta/articles_fetched", 0) > 0
                times.append(time.perf_counter() - started)

    asyncio.run(crawl_all())
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sub = subprocess_crawls(args.repeat)
    print(f"subprocess per crawl : median {statistics.median(sub):.2f} s "
          f"(runs: {', '.join(f'{t:.2f}' for t in sub)})")
    try:
        inproc = in_process_crawls(args.repeat)
    except Exception as exc:  # the experimental mode may not run here at all
        print(f"in-process reactorless: failed: {type(exc).__name__}: {exc}")
        return 0
    print(f"in-process reactorless: median {statistics.median(inproc):.2f} s "
          f"(first {inproc[0]:.2f} s; runs: {', '.join(f'{t:.2f}' for t in inproc)})")
    print(f"ratio subprocess / in-process (median): "
          f"{statistics.median(sub) / statistics.median(inproc):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
