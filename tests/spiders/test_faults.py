"""A live crawl against a misbehaving site: every fault ends as a retry or a reject row.

One real crawl subprocess (``spiders.crawl.run_crawl``) runs against
``tests/fixtures/fault_server.py`` with a 1 s timeout and a 1 MiB size limit; the tests
below read what it left (pages.jsonl, rejects.jsonl, stats.json, the WARC files) and the
server's request log. A second short crawl reads an XML entity bomb as the feed.
"""

from __future__ import annotations

import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from fault_server import (
    BOMB_FEED,
    CHARSET_SENTENCE,
    FAULTS,
    HEALTHY,
    OFFSITE_TARGET,
    FaultSite,
    serve_faults,
)

from flows.extraction import article_pages, stage_articles
from spiders.archiving import retry_after_seconds
from spiders.crawl import CrawlResult, run_crawl
from spiders.records import RecordRef
from spiders.sinks import read_jsonl
from spiders.warc import ArchivedResponse, iter_responses, read_response
from transforms.extract.decoding import decode_html
from transforms.extract.feeds import FeedError, parse_feed

TIMEOUT = 1  # seconds, WARTA_DOWNLOAD_TIMEOUT of the crawl
MAXSIZE = 1024 * 1024  # WARTA_DOWNLOAD_MAXSIZE of the crawl; the huge pages are 3 MiB
RETRIES = 3  # RETRY_TIMES in spiders/settings.py

# fault -> what its reject reason must say
REJECTED = {
    "timeout": f"timeout: no response within {TIMEOUT} s after {RETRIES} retries",
    "reset": f"connection lost before a complete response after {RETRIES} retries",
    "server_error": f"http 500 after {RETRIES} retries",
    "truncated": f"truncated response: body shorter than its Content-Length after {RETRIES}",
    "rate_limited_long": "http 429: Retry-After 3600 s is beyond the 60 s cap, not retried",
    "redirect_loop": "redirect loop: ",
    "redirect_chain": "too many redirects (more than 5): ",
    "offsite_redirect": "offsite redirect not followed: ",
    "huge_streamed": f"size limit exceeded: body larger than DOWNLOAD_MAXSIZE ({MAXSIZE} bytes)",
    "huge_declared": f"size limit exceeded: body larger than DOWNLOAD_MAXSIZE ({MAXSIZE} bytes)",
    "gzip_bomb": f"size limit exceeded: body larger than DOWNLOAD_MAXSIZE ({MAXSIZE} bytes) "
                 "once decompressed",
    "robots_disallowed": "forbidden by robots.txt",
}
RETRIED_OK = ("rate_limited", "burst_503")
FETCHED_OK = ("charset_lie", "charset_missing", "empty", "binary", "login_wall")
assert set(REJECTED) | set(RETRIED_OK) | set(FETCHED_OK) == set(FAULTS)


@dataclass
class Crawl:
    site: FaultSite
    result: CrawlResult
    out: Path
    pages: list[dict]
    rejects: list[dict]
    archived: list[ArchivedResponse]
    warc_dir: Path

    def page(self, key: str, status: int = 200) -> dict | None:
        url = self.site.url(key)
        return next((p for p in self.pages if p["url"] == url and p["status"] == status), None)

    def rejects_for(self, key: str) -> list[dict]:
        return [r for r in self.rejects if r["url"] == self.site.url(key)]


def crawl_faults(tmp: Path, *, mode: str = "nightly", since: str | None = None,
                 env: dict[str, str] | None = None, **server) -> Crawl:
    env = {"WARTA_DOWNLOAD_TIMEOUT": str(TIMEOUT), "WARTA_DOWNLOAD_MAXSIZE": str(MAXSIZE),
           "WARTA_DOWNLOAD_DELAY": "0", **(env or {})}
    with pytest.MonkeyPatch.context() as patch, \
            serve_faults(hang=TIMEOUT * 6, retry_after=1, **server) as site:
        for name, value in env.items():  # run_crawl passes os.environ to the subprocess
            patch.setenv(name, value)
        result = run_crawl("langgam", "faults", tmp / "run", tmp / "warc", mode=mode,
                           since=since, base_url=site.base, timeout=120)
    out = Path(result.out_dir)
    pages = read_jsonl(out / "pages.jsonl") if (out / "pages.jsonl").exists() else []
    rejects = read_jsonl(out / "rejects.jsonl") if (out / "rejects.jsonl").exists() else []
    archived = [r for w in sorted((tmp / "warc").glob("*.warc.gz")) for r in iter_responses(w)]
    return Crawl(site, result, out, pages, rejects, archived, tmp / "warc")


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Crawl:
    return crawl_faults(tmp_path_factory.mktemp("faults"))


# -- the run as a whole ---------------------------------------------------------------------

def test_the_crawl_finishes_and_archives_the_healthy_articles(crawl):
    result = crawl.result
    assert result.returncode == 0, result.log_tail
    assert result.finish_reason == "finished"
    assert result.problem() is None
    assert result.seconds < 45  # the 6 s hang is cut at 1 s, four times; nothing else waits
    log = (crawl.out / "crawl.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in log  # no component crashed on a broken response
    assert not list(crawl.warc_dir.glob("*.open"))  # the WARC was closed
    archived = {(r.url, r.status): r for r in crawl.archived}
    for path, (title, _, _) in HEALTHY.items():
        url = crawl.site.url(path)
        assert crawl.page(path) is not None, url
        record = archived[(url, 200)]
        assert title.encode() in record.body
    assert {p["url"] for p in crawl.pages} == {r.url for r in crawl.archived}  # one archive


def test_every_rejected_fault_has_one_reject_row_with_its_reason(crawl):
    problems = []
    for key, reason in REJECTED.items():
        rows = crawl.rejects_for(key)
        if len(rows) != 1 or not rows[0]["reason"].startswith(reason):
            problems.append((key, [r["reason"] for r in rows]))
            continue
        row = rows[0]
        assert (row["stage"], row["outlet"], row["run_id"]) == ("fetch", "langgam", "faults")
        assert crawl.page(key) is None, f"{key} should not count as fetched"
    assert not problems
    expected = {crawl.site.url(k) for k in REJECTED}
    assert {r["url"] for r in crawl.rejects} == expected  # nothing else was rejected


def test_reject_counts_and_failure_stats(crawl):
    stats = crawl.result.stats
    assert stats["warta/rejects/fetch"] == len(REJECTED) == len(crawl.rejects)
    assert "warta/rejects/discover" not in stats
    assert stats["warta/articles_discovered"] == len(HEALTHY) + len(FAULTS)
    assert stats["warta/articles_fetched"] == len(HEALTHY) + len(RETRIED_OK) + len(FETCHED_OK)
    assert stats["robotstxt/forbidden"] == 1
    assert stats["offsite/filtered"] == 1
    assert stats["warta/retry_after_waits"] == 1
    assert stats["warta/retry_after_beyond_cap"] == 1
    assert stats["warta/not_archived/oversize"] == 1  # the gzip bomb
    assert stats["retry/max_reached"] == 4  # timeout, reset, 500, truncated


# -- each fault -----------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["timeout", "reset", "server_error", "truncated"])
def test_transient_failures_are_retried_then_rejected(crawl, key):
    assert len(crawl.site.hits(key)) == RETRIES + 1


def test_429_is_retried_after_its_retry_after(crawl):
    first, second = crawl.site.hits("rate_limited")
    assert second - first >= 0.95  # Retry-After: 1 was honoured
    assert crawl.page("rate_limited", 429) is not None  # the 429 is archived too
    assert crawl.page("rate_limited") is not None
    assert not crawl.rejects_for("rate_limited")


def test_a_retry_after_beyond_the_cap_is_not_waited_for(crawl):
    assert len(crawl.site.hits("rate_limited_long")) == 1


def test_a_burst_of_503_is_retried_until_200(crawl):
    assert len(crawl.site.hits("burst_503")) == 4  # 3 x 503, then 200
    assert len([p for p in crawl.pages if p["url"] == crawl.site.url("burst_503")]) == 4
    page = crawl.page("burst_503")
    assert page is not None and page["kind"] == "article"
    assert any(r.url == page["url"] and r.status == 200 for r in crawl.archived)
    assert not crawl.rejects_for("burst_503")


def test_redirect_loop_and_endless_chain_stop(crawl):
    assert len(crawl.site.hits("redirect_loop")) == 1
    loop = crawl.rejects_for("redirect_loop")[0]["reason"]
    assert loop.count(" -> ") == 2 and "/putar-balik-b/" in loop
    chain = [p for p, _, _ in crawl.site.requests if p.startswith("/rantai/")]
    assert len(chain) == 5  # REDIRECT_MAX_TIMES hops, then given up


def test_an_offsite_redirect_is_never_followed(crawl):
    reason = crawl.rejects_for("offsite_redirect")[0]["reason"]
    assert f"localhost:{crawl.site.port}{OFFSITE_TARGET}" in reason
    assert crawl.site.hits(OFFSITE_TARGET) == []
    assert crawl.site.hosts() == {f"127.0.0.1:{crawl.site.port}"}


def test_oversized_pages_are_cancelled_and_not_archived(crawl):
    for key in ("huge_streamed", "huge_declared", "gzip_bomb"):
        url = crawl.site.url(key)
        assert len(crawl.site.hits(key)) == 1  # a size failure is not retried
        assert not [r for r in crawl.archived if r.url == url]
        assert not [p for p in crawl.pages if p["url"] == url]


def test_a_robots_disallowed_article_is_never_requested(crawl):
    assert crawl.site.hits("robots_disallowed") == []
    assert crawl.site.requests[0][0] == "/robots.txt"


def test_odd_but_complete_pages_are_fetched_and_archived(crawl):
    for key in FETCHED_OK:
        page = crawl.page(key)
        assert page is not None, key
        assert any(r.url == page["url"] for r in crawl.archived)
        assert not crawl.rejects_for(key)


# -- extraction of what was fetched ----------------------------------------------------------

@pytest.fixture(scope="module")
def extracted(crawl, tmp_path_factory) -> tuple[dict[str, dict], dict[str, dict]]:
    out = tmp_path_factory.mktemp("extract")
    stage_articles(article_pages(crawl.pages), out)
    articles = {a["url"]: a for part in sorted(out.glob("articles-*.jsonl"))
                for a in read_jsonl(part)}
    rejects = {r["url"]: r for r in read_jsonl(out / "extract-rejects.jsonl")}
    return articles, rejects


@pytest.mark.parametrize(("key", "reason"), [
    ("empty", "empty document"),
    ("binary", "binary content"),
    ("login_wall", "too short body"),
])
def test_empty_binary_and_login_wall_pages_become_extract_rejects(crawl, extracted, key,
                                                                  reason):
    articles, rejects = extracted
    url = crawl.site.url(key)
    assert url not in articles
    assert rejects[url]["stage"] == "extract" and reason in rejects[url]["reason"]


def test_the_rest_of_the_run_extracts(crawl, extracted):
    articles, rejects = extracted
    for key in (*HEALTHY, *RETRIED_OK, "charset_lie", "charset_missing"):
        article = articles[crawl.site.url(key)]
        assert len(article["text"]) > 500 and article["published_at"]
    assert len(rejects) == 3
    assert len({a["text_hash"] for a in articles.values()}) == len(articles)


@pytest.mark.parametrize("key", ["charset_lie", "charset_missing"])
def test_windows_1252_pages_keep_their_ascii_text(crawl, extracted, key):
    text = " ".join(extracted[0][crawl.site.url(key)]["text"].split())
    assert "Rp1.500 juta" in text and "tidak boleh ada ASN yang berpihak" in text


@pytest.mark.parametrize("key", ["charset_lie", "charset_missing"])
def test_windows_1252_pages_decode_without_mojibake(crawl, extracted, key):
    page = crawl.page(key)
    record = read_response(RecordRef(page["warc_file"], int(page["warc_offset"])))
    html = decode_html(record.body, record.header("content-type"))
    assert "\ufffd" not in html
    assert CHARSET_SENTENCE in " ".join(html.split())
    text = " ".join(extracted[0][page["url"]]["text"].split())
    assert CHARSET_SENTENCE in text


# -- discovery faults and pieces ---------------------------------------------------------------

def test_an_entity_bomb_feed_is_refused_and_the_crawl_still_finishes(tmp_path):
    bomb = crawl_faults(tmp_path, feed="bomb")
    assert bomb.result.returncode == 0 and bomb.result.finish_reason == "finished"
    assert bomb.result.stats["warta/rejects/discover"] == 1
    (row,) = bomb.rejects
    assert row["url"] == bomb.site.base + "/feed" and row["stage"] == "discover"
    assert "entities" in row["reason"]
    assert bomb.result.problem() == ("discovery found zero article links "
                                     "(site layout or feed changed?)")


def test_an_entity_bomb_hidden_past_the_first_4_kb_does_not_expand():
    with serve_faults() as site:
        with urllib.request.urlopen(site.base + BOMB_FEED, timeout=10) as answer:
            body = answer.read()
    with pytest.raises(FeedError, match="entities"):
        parse_feed(body)
    padded = body.replace(b"?>\n", b"?>\n<!--" + b" " * 5000 + b"-->\n", 1)
    started = time.monotonic()
    try:
        entries = parse_feed(padded)
    except FeedError:
        entries = []
    assert time.monotonic() - started < 2
    assert all(len(e.title or "") < 10_000 for e in entries)


@pytest.mark.parametrize(("value", "seconds"), [
    (b"1", 1.0), (b" 120 ", 120.0), (b"soon", None), (None, None), (b"-5", None),
    (b"Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past: no wait
])
def test_retry_after_values(value, seconds):
    assert retry_after_seconds(value) == seconds
