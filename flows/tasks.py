"""Prefect tasks: IO with retries, logic delegated to flows/stages.py and warehouse/.

Crawls run as one subprocess per outlet (``python -m spiders.crawl``): the Twisted reactor
cannot restart inside one process, a subprocess costs ~0.7 s against crawls of minutes,
it isolates a crashing or leaking crawl from the flow and the other outlets, and a kill -9
of it loses only its unrenamed ``.part`` files. Scrapy's reactorless runner would save the
0.7 s but is experimental in 2.19 (STACK_NOTES.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import stages
from spiders.registry import registry
from spiders.sinks import iter_jsonl
from warehouse.load import LoadReport
from warehouse.load_process import load_in_child
from warehouse.queries import seen_urls


@task(name="seen-urls", retries=2, retry_delay_seconds=[5, 30])
def export_seen(db_path: str) -> list[str]:
    return sorted(seen_urls(db_path))


@task(name="crawl-outlet", task_run_name="crawl-{outlet}")
def crawl_outlet(outlet: str, run_id: str, run_dir: str, warc_dir: str, mode: str,
                 since: str | None, until: str | None, seen: list[str],
                 replay: list[str] | None, base_url: str | None,
                 max_pages: int | None, topics: bool = False,
                 replay_index: str | None = None) -> stages.CrawlResult:
    logger = get_run_logger()
    logger.info("crawling %s (%s%s)", outlet, mode, ", replay" if replay else "")
    result = stages.run_crawl(outlet, run_id, Path(run_dir), Path(warc_dir), mode=mode,
                              since=since, until=until, seen=seen, replay=replay,
                              base_url=base_url, max_pages=max_pages, topics=topics,
                              replay_index=replay_index)
    logger.info("%s: %s in %.1fs, %d articles discovered, %d fetched, %s requests",
                outlet, result.finish_reason, result.seconds, result.discovered,
                result.fetched, result.stats.get("downloader/request_count", 0))
    return result


def extract_dir(outlet: str, out_dir: str, workers: int,
                pool: ProcessPoolExecutor | None) -> dict[str, int]:
    """Extract one outlet's archived article pages (its crawl's pages.jsonl)."""
    logger = get_run_logger()
    pages_file = Path(out_dir) / "pages.jsonl"

    def todo() -> Iterator[dict[str, Any]]:  # streamed twice: counted, then extracted
        if pages_file.exists():
            yield from filter(stages.is_article_page, iter_jsonl(pages_file))

    total = sum(1 for _ in todo())
    counts = stages.extract_pages(
        todo(), Path(out_dir), workers=workers, pool=pool, total=total,
        progress=lambda done, total: logger.info("%s: extracted %d/%d pages", outlet, done,
                                                 total))
    logger.info("%s: %d articles, %d events, %d rejects from %d pages", outlet,
                counts["articles"], counts["events"], counts["rejects"], total)
    return counts


@task(name="extract-outlet", task_run_name="extract-{outlet}", cache_policy=NO_CACHE)
def extract_outlet(outlet: str, out_dir: str, workers: int,
                   pool: ProcessPoolExecutor | None) -> dict[str, int]:
    """One outlet's extraction, started as soon as its crawl ends (while other outlets are
    still crawling), on the run's shared worker pool."""
    return extract_dir(outlet, out_dir, workers, pool)


@task(name="extract-articles")
def extract_outlets(out_dirs: dict[str, str], workers: int) -> dict[str, dict[str, int]]:
    """Extract every outlet's archived article pages with one shared process pool."""
    with worker_pool(workers) as pool:
        return {outlet: extract_dir(outlet, out_dir, workers, pool)
                for outlet, out_dir in out_dirs.items()}


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """The run's extraction processes, shared by all outlets; None for in-process work."""
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
    try:
        yield pool
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


@task(name="load-warehouse", retries=2, retry_delay_seconds=[10, 60])
def load(db_path: str, run_dir: str, run: dict[str, Any]) -> LoadReport:
    outlets = [
        {"slug": o.slug, "name": o.name, "timezone": o.timezone, "cms": o.cms,
         "hosts": o.hosts, "enabled": o.enabled}
        for o in registry().values()
    ]
    report = load_in_child(db_path, run_dir, run, outlets=outlets)
    get_run_logger().info(
        "loaded run %s: %d pages, %d new / %d updated / %d unchanged articles, %d rejects%s",
        report.run_id, report.pages, report.articles_new, report.articles_updated,
        report.articles_unchanged, report.rejects,
        f", QUARANTINED {report.quarantined}" if report.quarantined else "")
    return report


@task(name="index-replay-archives")
def index_replay(archives: list[str], run_dir: str) -> str:
    """Index the replay archives once for all outlet crawls of the run."""
    from spiders.warc import build_index, save_index

    index = build_index([str(Path(a).resolve()) for a in archives])
    path = Path(run_dir) / "replay-index.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    save_index(index, path)
    get_run_logger().info("indexed %d archived URLs from %d archive(s)", len(index),
                          len(archives))
    return str(path)
