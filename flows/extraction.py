"""Extraction of one outlet's archived pages, in worker processes.

Levels: a page (``transforms.page.read_page``: HTML to article and events), a record
(``transforms.record.extract_record``: one archived response to a staged row; here
``extract_archived`` reads the record and calls it in a worker), an outlet
(``stage_articles``: a crawl's pages.jsonl to staged articles, events and rejects, streamed).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from spiders.records import page_ref
from spiders.registry import staged_outlet
from spiders.sinks import JsonlSink, RotatingJsonlSink
from spiders.warc import read_response
from transforms.record import CANDIDATE, extract_record, reject_record


def extract_archived(page: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """('article', row) or ('reject', row) for one page row: its response read from the
    archive, its outlet's context from the registry (or the generic one of an
    ``other:<host>``); never raises."""
    try:
        outlet = staged_outlet(page["outlet"])
        record = read_response(page_ref(page))
    except Exception as exc:  # a missing outlet, a broken or oversize record: its reject
        return reject_record(page, exc)
    ctx = outlet.context(feed_published=page.get("feed_published"),
                         feed_title=page.get("feed_title"), fetched_at=record.fetched_at)
    return extract_record(page, record.body, record.header("content-type"), ctx,
                          outside_pattern=not outlet.has_article_path(page["url"]))


def is_article_page(page: dict[str, Any]) -> bool:
    return page.get("kind") in ("article", CANDIDATE) and page.get("status") == 200


def article_pages(pages: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in pages if is_article_page(p)]


def bounded_map(pool: ProcessPoolExecutor, fn: Callable[[Any], Any], items: Iterable[Any],
                window: int) -> Iterator[Any]:
    """``pool.map`` in order, with at most ``window`` tasks in flight.

    Executor.map submits every item at once, so finished results (article texts) pile up
    behind one slow page; a window keeps memory flat whatever the number of pages.
    """
    pending: deque = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def stage_articles(pages: Iterable[dict[str, Any]], out_dir: Path, workers: int = 1,
                   chunksize: int = 8,
                   progress: Callable[[int, int], None] | None = None,
                   pool: ProcessPoolExecutor | None = None,
                   total: int | None = None) -> dict[str, int]:
    """Extract every article page into ``articles-NNNNN.jsonl`` parts / ``extract-rejects.jsonl`` /
    ``events.jsonl`` in out_dir, streaming (no list of pages or articles is kept when
    ``pages`` is an iterator; then give ``total``, the number it yields).

    ``pool`` lets one run share its worker processes across outlets; without it, a pool of
    ``workers`` processes is started when there is enough work. ``progress(done, total)``
    is called every 250 pages and at the end.
    """
    if total is None:
        pages = pages if isinstance(pages, Sized) else list(pages)
        total = len(pages)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"articles": 0, "rejects": 0, "events": 0}
    own_pool = None
    if pool is None and workers > 1 and total > chunksize:
        pool = own_pool = ProcessPoolExecutor(max_workers=workers)
    results: Iterator[tuple[str, dict[str, Any]]] = (
        bounded_map(pool, extract_archived, pages, window=4 * workers * chunksize)
        if pool is not None else map(extract_archived, pages))
    try:
        with RotatingJsonlSink(out_dir, "articles") as articles, \
                JsonlSink(out_dir / "extract-rejects.jsonl") as rejects, \
                JsonlSink(out_dir / "events.jsonl") as events:
            for done, (kind, row) in enumerate(results, start=1):
                if kind == "skip":  # a candidate page that is no article: nothing lost
                    counts["not_articles"] = counts.get("not_articles", 0) + 1
                    if progress is not None and (done % 250 == 0 or done == total):
                        progress(done, total)
                    continue
                for event in row.pop("events", []):
                    events.write(event)
                    counts["events"] += 1
                if row.pop("events_error", None):
                    rejects.write({"url": row["url"], "outlet": row["outlet"],
                                   "run_id": row.get("run_id"), "stage": "events",
                                   "reason": "event extraction failed"})
                (articles if kind == "article" else rejects).write(row)
                counts["articles" if kind == "article" else "rejects"] += 1
                if progress is not None and (done % 250 == 0 or done == total):
                    progress(done, total)
    finally:
        if own_pool is not None:
            own_pool.shutdown()
    return counts


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """The run's extraction processes, shared by all outlets; None for in-process work."""
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
    try:
        yield pool
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
