"""The pipeline's stages as plain functions; flows/tasks.py wraps them for Prefect.

crawl (subprocess per outlet) -> pages.jsonl + WARC -> extract (parallel, from the
archive) -> articles.jsonl + rejects.jsonl -> load (warehouse/load.py, one writer).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from spiders.registry import Outlet, get, outlet_for_url
from spiders.sinks import JsonlSink, RotatingJsonlSink, read_jsonl, write_json_atomic
from spiders.warc import RecordRef, iter_responses, read_response
from transforms.extract.article import ExtractError, NotAnArticle, extract_article
from transforms.extract.decoding import decode_html
from transforms.extract.feeds import FeedError, parse_feed
from transforms.extract.urls import canonicalize, resolve
from transforms.page import analyse_article

HTML_TYPES = ("text/html", "application/xhtml")
GENERIC_TYPES = ("text/plain", "application/octet-stream", "application/x-unknown")
FEED_TYPES = ("xml", "rss", "atom")


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

    def problem(self) -> str | None:
        """Why this crawl counts as failed, or None. Zero articles found is a failure."""
        if self.returncode != 0:
            return f"crawl process exited {self.returncode}: {self.log_tail[-300:]}"
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


def run_crawl(outlet: str, run_id: str, run_dir: Path, warc_dir: Path, *, mode: str,
              since: str | None = None, until: str | None = None,
              seen: Iterable[str] = (), replay: list[str] | None = None,
              base_url: str | None = None, max_pages: int | None = None,
              topics: bool = False, max_articles: int | None = None,
              replay_index: str | None = None, timeout: float = 4 * 3600) -> CrawlResult:
    """One outlet's Scrapy crawl in a child process (a fresh Twisted reactor every time)."""
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
    started = time.monotonic()
    log_path = out / "crawl.log"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).resolve().parent.parent), os.environ.get("PYTHONPATH", "")])}
    with open(log_path, "w", encoding="utf-8") as log:
        try:
            proc = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT, timeout=timeout,
                                  env=env, check=False)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = -9
    stats_path = out / "stats.json"
    stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
    return CrawlResult(outlet, code, stats, str(out), time.monotonic() - started, tail)


# -- extraction -----------------------------------------------------------------------------

def extract_one(page: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """('article', row) or ('reject', row) for one archived page; never raises."""
    base = {"url": page["url"], "outlet": page.get("outlet"), "run_id": page.get("run_id")}
    try:
        outlet = get(page["outlet"])
        record = read_response(RecordRef(page["warc_file"], int(page["warc_offset"])))
        if (why := not_html(record.header("content-type"))) is not None:
            raise ExtractError(why)
        html = decode_html(record.body, record.header("content-type"))
        ctx = outlet.context(feed_published=page.get("feed_published"),
                             feed_title=page.get("feed_title"),
                             fetched_at=record.fetched_at)
        outside = not outlet.has_article_path(page["url"])  # the host may be a mirror's
        article = extract_article(html, page["url"], ctx, require_signals=outside)
    except NotAnArticle as exc:
        if page.get("kind") == CANDIDATE:  # a page that might have been one: nothing lost
            return "skip", {**base, "stage": "extract", "reason": exc.reason}
        return "reject", {**base, "stage": "extract", "reason": exc.reason}
    except ExtractError as exc:
        return "reject", {**base, "stage": "extract", "reason": exc.reason}
    except Exception as exc:  # a bug or a broken record must not lose the rest of the run
        return "reject", {**base, "stage": "extract",
                          "reason": f"{type(exc).__name__}: {exc}"[:500]}
    row = article.to_dict()
    row["outside_pattern"] = outside  # an article the outlet's URL pattern would have missed
    aliases = {page["url"], *page.get("redirect_urls", [])}
    row.update(warc_file=page["warc_file"], warc_offset=int(page["warc_offset"]),
               fetched_at=record.fetched_at.isoformat(), run_id=page.get("run_id"),
               aliases=sorted(canonicalize(u) for u in aliases))
    try:
        row.update(analyse_article(row, outlet.timezone))
    except Exception as exc:  # the article still loads; the failure is recorded
        row.update(relevance=None, about_asn_neutrality=None, events=[],
                   events_error=f"{type(exc).__name__}: {exc}"[:300])
    return "article", row


# A page kind besides article/feed/listing/other: an HTML page at a URL outside the
# outlet's article pattern that may still be an article (a feed item of an unknown shape,
# an archived page after a site redesign); extraction decides by the page's own signals.
CANDIDATE = "candidate"


def is_article_page(page: dict[str, Any]) -> bool:
    return page.get("kind") in ("article", CANDIDATE) and page.get("status") == 200


def not_html(content_type: str | None) -> str | None:
    """Why a response with this Content-Type is no article page (a PDF, an image), or None.
    A missing type, or HTML served under a generic one, is left to extraction."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if not ctype or any(t in ctype for t in HTML_TYPES) or ctype in GENERIC_TYPES:
        return None
    return f"not an HTML page ({ctype})"


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


def extract_pages(pages: Iterable[dict[str, Any]], out_dir: Path, workers: int = 1,
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
        bounded_map(pool, extract_one, pages, window=4 * workers * chunksize)
        if pool is not None else map(extract_one, pages))
    try:
        with RotatingJsonlSink(out_dir, "articles") as articles, \
                JsonlSink(out_dir / "extract-rejects.jsonl") as rejects, \
                JsonlSink(out_dir / "events.jsonl") as events:
            for done, (kind, row) in enumerate(results, start=1):
                if kind == "skip":  # a candidate page that is no article
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


# -- ingest: any WARC, no crawl ----------------------------------------------------------------

def index_archive(paths: list[str], run_id: str) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Page rows per outlet for every response in the archives whose host is an outlet's.

    Feeds in the archive give article hints (pubDate, title), as they do during a crawl.
    """
    hints: dict[str, tuple[str | None, str | None]] = {}
    redirects: list[tuple[str, str | None]] = []  # (article URL, Location) of 3xx records
    by_outlet: dict[str, list[dict]] = {}
    counts = {"records": 0, "no_outlet": 0, "pages": 0}
    for path in paths:
        for response in iter_responses(path):
            counts["records"] += 1
            outlet = outlet_for_url(response.url)
            if outlet is None:
                counts["no_outlet"] += 1
                continue
            ctype = (response.header("content-type") or "").lower()
            kind = _kind(outlet, response.url, response.status, ctype)
            if kind == "article" and 300 <= response.status < 400:
                redirects.append((response.url, response.header("location")))
            if kind == "feed" and response.status == 200:
                try:
                    entries = parse_feed(response.body)
                except FeedError:
                    entries = []
                for entry in entries:
                    try:
                        key = canonicalize(entry.url)
                    except ValueError:  # one malformed link must not lose the others
                        continue
                    hints.setdefault(key, (entry.published_raw, entry.title))
            by_outlet.setdefault(outlet.slug, []).append({
                "run_id": run_id, "outlet": outlet.slug, "url": response.url,
                "status": response.status, "kind": kind, "content_type": ctype,
                "fetched_at": response.fetched_at.isoformat(),
                "warc_file": response.ref.warc_file, "warc_offset": response.ref.offset,
                "replayed": True, "redirect_urls": [],
            })
            counts["pages"] += 1
    for rows in by_outlet.values():
        for row in rows:
            if row["kind"] in ("article", CANDIDATE):
                published, title = hints.get(canonicalize(row["url"]), (None, None))
                row.update(feed_published=published, feed_title=title)
    add_redirect_aliases(by_outlet, redirects)
    return by_outlet, counts


def add_redirect_aliases(by_outlet: dict[str, list[dict]],
                         redirects: list[tuple[str, str | None]]) -> None:
    """A redirect recorded in the archive (InfoPublik's ``/<id>/index.html`` -> the slug
    URL) makes its source an alias of the page it leads to, as a crawl that followed it
    records (``redirect_urls``)."""
    sources: dict[str, list[str]] = {}
    for url, location in redirects:
        target = resolve(url, location)
        try:
            key = canonicalize(target) if target else None
        except ValueError:  # a malformed Location: no alias
            key = None
        if key:
            sources.setdefault(key, []).append(url)
    if not sources:
        return
    for rows in by_outlet.values():
        for row in rows:
            if row["status"] == 200 and row["kind"] in ("article", CANDIDATE):
                row["redirect_urls"] = sources.get(canonicalize(row["url"]), [])


def _kind(outlet: Outlet, url: str, status: int, content_type: str) -> str:
    """A record's page kind in ingest, as a crawl would have it: an article URL is an
    article page whatever its status or type (errors and PDFs become rejects, as in a
    crawl); another HTML page that may be one (spiders/registry.py may_be_article_url) is
    a candidate that extraction judges by its own signals."""
    if any(t in content_type for t in FEED_TYPES) and "html" not in content_type:
        return "feed"
    if outlet.is_article_url(url):
        return "article"
    if (status == 200 and any(t in content_type for t in HTML_TYPES)
            and outlet.may_be_article_url(url)):
        return CANDIDATE
    return "other"


def fetch_rejects(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reject rows a crawl would have written for these archived pages: an article
    URL answered with an error status (a redirect is an alias, not a failure)."""
    return [{"url": r["url"], "outlet": r["outlet"], "run_id": r["run_id"], "stage": "fetch",
             "reason": f"http {r['status']}"}
            for r in rows if r["kind"] == "article" and int(r["status"]) >= 400]


def write_rejects(rows: list[dict[str, Any]], out_dir: Path) -> None:
    with JsonlSink(out_dir / "rejects.jsonl") as sink:
        for row in rows:
            sink.write(row)


def write_pages(rows: list[dict[str, Any]], out_dir: Path) -> None:
    with JsonlSink(out_dir / "pages.jsonl") as sink:
        for row in rows:
            sink.write(row)


def write_stats(out_dir: Path, stats: dict[str, Any]) -> None:
    write_json_atomic(out_dir / "stats.json", stats)


def parse_day(value: str | None) -> str | None:
    """'2024-07-01' -> ISO timestamp at 00:00 WIB (inclusive bound for since/until)."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        from zoneinfo import ZoneInfo
        parsed = parsed.replace(tzinfo=ZoneInfo("Asia/Jakarta"))
    return parsed.isoformat()
