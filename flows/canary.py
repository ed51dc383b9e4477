"""The live canary: does each outlet still yield a complete article today?

For each outlet: discover as the nightly run does, fetch the newest articles (three, so one
transient error is not a broken outlet), extract them, and report the fields of the first
that extracts. Nothing is loaded; the fetch is archived under the
canary's own data folder. Outlet base URLs can be overridden (mirrors, local test servers).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from flows.extraction import article_pages, extract_archived
from spiders.crawl import run_crawl
from spiders.registry import get, live_crawl_refusal, terms_status
from spiders.sinks import read_jsonl

MIN_BODY = 500
TRIES = 3


@dataclass
class CanaryResult:
    outlet: str
    url: str | None
    title: bool
    published: bool
    author: bool
    body_chars: int
    problem: str | None
    terms: str = "open"  # spiders.registry.terms_status
    skipped: str | None = None  # why it was not fetched (terms without permission)

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_outlet(slug: str, base_url: str | None = None, work_dir: Path | None = None,
                 timeout: float = 300) -> CanaryResult:
    outlet = get(slug)
    refusal = live_crawl_refusal(outlet)
    if refusal:  # a live fetch the outlet's terms forbid: shown, not a broken outlet
        return CanaryResult(slug, None, False, False, False, 0, None,
                            terms=terms_status(outlet), skipped=refusal)
    result = _check(slug, base_url, work_dir, timeout)
    result.terms = terms_status(outlet)
    return result


def _check(slug: str, base_url: str | None, work_dir: Path | None,
           timeout: float) -> CanaryResult:
    work = Path(work_dir or tempfile.mkdtemp(prefix="warta-canary-"))
    crawl = run_crawl(slug, "canary", work / "run", work / "warc", mode="nightly",
                             base_url=base_url, max_articles=TRIES, timeout=timeout)
    if (problem := crawl.problem()) is not None:
        return CanaryResult(slug, None, False, False, False, 0, problem)
    pages = article_pages(read_jsonl(Path(crawl.out_dir) / "pages.jsonl"))
    if not pages:
        first = crawl.first_reject("fetch")
        return CanaryResult(slug, None, False, False, False, 0,
                            f"newest article not fetched: {first or 'no response'}")
    results = [extract_archived(page) for page in pages]
    articles = [row for kind, row in results if kind == "article"]
    if not articles:
        return CanaryResult(slug, pages[0]["url"], False, False, False, 0,
                            f"extraction failed: {results[0][1]['reason']}")
    row = articles[0]
    missing = [name for name, present in (("title", row["title"]),
                                          ("published date", row["published_at"]))
               if not present]
    if len(row["text"]) < MIN_BODY:
        missing.append(f"body ({len(row['text'])} chars < {MIN_BODY})")
    return CanaryResult(slug, row["url"], bool(row["title"]), bool(row["published_at"]),
                        bool(row["author"]), len(row["text"]),
                        f"missing {', '.join(missing)}" if missing else None)


def table(results: list[CanaryResult]) -> str:
    def mark(flag: bool) -> str:
        return "yes" if flag else "NO"

    lines = [f"{'outlet':<14}{'status':<9}{'terms':<11}{'title':<7}{'date':<6}{'author':<8}"
             f"{'body':>6}  url / problem"]
    for r in results:
        status = "skipped" if r.skipped else "ok" if r.ok else "BROKEN"
        lines.append(f"{r.outlet:<14}{status:<9}{r.terms:<11}{mark(r.title):<7}"
                     f"{mark(r.published):<6}{mark(r.author):<8}{r.body_chars:>6}  "
                     f"{r.skipped or r.problem or r.url}")
    return "\n".join(lines)
