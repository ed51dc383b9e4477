"""Where extraction time goes, per page: the slowest stage of a replay run, broken down.

    python bench/profile_extract.py [--pages 300] [--archive bench/data/archive-1000-s7.warc.gz]
                                    [--profile 25]

Runs the steps of ``flows.extraction.extract_archived`` over the first N article pages in one
process and reports CPU ms/page for each step (best of 3 passes; machines are shared):
reading the WARC record, decoding, ``extract_article`` (parse, metadata, pruning,
Trafilatura), and the event analysis (relevance, activities, places, officials, dates...).
With ``--profile K`` it also prints cProfile's K most expensive functions (cumulative) of one
pass, which is how the fixes recorded in bench/README.md were found.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.extraction import extract_archived  # noqa: E402
from spiders.records import RecordRef  # noqa: E402
from spiders.registry import get, outlet_for_url  # noqa: E402
from spiders.warc import iter_responses, read_response  # noqa: E402
from transforms.extract.article import extract_article  # noqa: E402
from transforms.extract.decoding import decode_html  # noqa: E402
from transforms.page import analyse_article  # noqa: E402


def article_pages(archive: Path, limit: int) -> list[dict]:
    pages = []
    for response in iter_responses(archive):
        outlet = outlet_for_url(response.url)
        if outlet and outlet.is_article_url(response.url) and response.status == 200:
            pages.append({"url": response.url, "outlet": outlet.slug, "run_id": "profile",
                          "warc_file": response.ref.warc_file,
                          "warc_offset": response.ref.offset})
            if len(pages) >= limit:
                break
    return pages


def best_ms(fn: Callable[[], object], count: int, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return 1000 * best / count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", type=Path,
                        default=ROOT / "bench" / "data" / "archive-1000-s7.warc.gz")
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--profile", type=int, default=0, metavar="K")
    args = parser.parse_args()
    if not args.archive.exists():
        sys.exit(f"{args.archive} is missing: python bench/make_archive.py --pages 1000 "
                 f"--out {args.archive}")
    pages = article_pages(args.archive, args.pages)
    n = len(pages)
    records = [read_response(RecordRef(p["warc_file"], p["warc_offset"])) for p in pages]
    htmls = [decode_html(r.body, r.header("content-type")) for r in records]
    contexts = [get(p["outlet"]).context(fetched_at=r.fetched_at)
                for p, r in zip(pages, records, strict=True)]
    rows = [extract_article(h, p["url"], c).to_dict()
            for h, p, c in zip(htmls, pages, contexts, strict=True)]
    zones = [get(p["outlet"]).timezone for p in pages]
    for page in pages[:10]:  # warm caches and lazy imports before timing
        extract_archived(page)

    steps = {
        "read WARC record": lambda: [read_response(RecordRef(p["warc_file"], p["warc_offset"]))
                                     for p in pages],
        "decode": lambda: [decode_html(r.body, r.header("content-type")) for r in records],
        "extract_article": lambda: [extract_article(h, p["url"], c) for h, p, c in
                                    zip(htmls, pages, contexts, strict=True)],
        "events + relevance": lambda: [analyse_article(row, zone) for row, zone in
                                       zip(rows, zones, strict=True)],
        "extract_archived (all of it)": lambda: [extract_archived(p) for p in pages],
    }
    print(f"{n} article pages from {args.archive.name}; CPU ms/page, best of 3")
    for name, fn in steps.items():
        print(f"  {name:<26}{best_ms(fn, n):8.2f}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for page in pages:
            extract_archived(page)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
