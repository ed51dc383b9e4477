"""robots.txt as RFC 9309 reads it: unreadable means disallow, 4xx means no rules.

Each case crawls the loopback fault site (tests/fixtures/fault_server.py) with robots.txt
answered another way; the server stops when the test does.
"""

from __future__ import annotations

import pytest
from test_faults import HEALTHY, crawl_faults

from spiders.robots import MAX_ROBOTS_BYTES, readable_part, unreadable_reason


def test_readable_part_keeps_whole_lines_up_to_the_limit():
    body = b"User-agent: *\nDisallow: /a\n" + b"#" * MAX_ROBOTS_BYTES + b"\nDisallow: /\n"
    assert readable_part(body) == b"User-agent: *\nDisallow: /a\n"
    assert readable_part(b"short\n") == b"short\n"


def test_which_answers_disallow_everything():
    assert unreadable_reason(503) and unreadable_reason(500) and unreadable_reason(429)
    assert unreadable_reason(404) is None and unreadable_reason(200) is None


@pytest.mark.parametrize("answer", ["503", "hang", "bomb"])
def test_an_unreadable_robots_txt_disallows_the_host(tmp_path, answer):
    crawl = crawl_faults(tmp_path, robots=answer)
    paths = [p for p, _, _ in crawl.site.requests]
    assert set(paths) == {"/robots.txt"}, paths  # nothing else was asked of the host
    robots = [r for r in crawl.rejects if r["url"].endswith("/robots.txt")]
    assert len(robots) == 1 and "disallowed" in robots[0]["reason"], crawl.rejects
    assert crawl.result.stats["warta/robots_unreadable"] == 1
    # the feed it could not ask for is a reject naming robots.txt, and the run fails loudly
    assert any("robots.txt unreadable" in r["reason"] for r in crawl.rejects
               if r["url"].endswith("/feed"))
    assert crawl.result.problem() is not None


def test_a_missing_robots_txt_allows_the_crawl(tmp_path):
    crawl = crawl_faults(tmp_path, robots="404")
    fetched = {p["url"] for p in crawl.pages if p["status"] == 200}
    assert all(crawl.site.url(path) in fetched for path in HEALTHY)
    assert "warta/robots_unreadable" not in crawl.result.stats


def test_only_the_first_500_kib_of_robots_txt_count(tmp_path):
    crawl = crawl_faults(tmp_path, robots="long")
    fetched = {p["url"] for p in crawl.pages if p["status"] == 200}
    assert all(crawl.site.url(path) in fetched for path in HEALTHY)
