"""Run one outlet's crawl in this process: ``python -m spiders.crawl --outlet antara ...``.

warta runs each outlet crawl in its own subprocess (see flows/tasks.py for why). Output,
all under ``--out``: ``pages.jsonl`` (every fetch), ``rejects.jsonl``, ``stats.json``; WARC
files under ``--warc-dir``. Exit status 0 means Scrapy finished; the caller judges the stats.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from spiders.outlet_spider import OutletSpider
from spiders.registry import get, live_crawl_refusal
from spiders.settings import crawl_settings
from spiders.sinks import write_json_atomic


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
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
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
