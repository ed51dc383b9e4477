"""Several threads extracting at once (a run with workers=1 extracts its outlets in threads of
one process) get what one thread gets, page by page; each thread parses with its own parser.

With one parser shared by the threads, fresh threads interned names in one libxml2
dictionary (the process died about once in 50 cold starts: "double free or corruption") and
read each other's parse errors (a page nested past libxml2's depth limit could pass for an
article, an ordinary page be rejected for another page's depth): transforms/extract/html_parser.py.
"""

from __future__ import annotations

import sys
import threading
from datetime import datetime

import pytest
from build_archive import body_of, load_manifest

from spiders.registry import context_for_url
from transforms.extract.html_parser import html_parser, parse_page
from transforms.record import extract_record

THREADS = 4
ROUNDS = 2  # before the fix, one round in two or three had a page read wrong

_MENU = "".join(f'<li><a href="/kanal/rubrik-{i}/">Rubrik Daerah {i}</a></li>' for i in range(30))
_BODY = "<p>" + "Bupati Sumbawa Timur meminta aparatur sipil negara menjaga netralitas. " * 6
# Nested past libxml2's limit of 256 elements: its parse reports a resource limit.
DEEP_PAGE = (f"<html><head><title>Bupati Ingatkan ASN - Langgam</title></head><body>"
             f"<nav><ul>{_MENU}</ul></nav>{'<div>' * 400}{_BODY}</p>{'</div>' * 400}"
             "</body></html>").encode()
DEEP_URL = "https://langgam.id/bupati-ingatkan-asn-jaga-netralitas/"


def fixture_pages() -> list[tuple[dict, bytes, str | None]]:
    """The hand-made outlets' HTML pages (articles, listings, odd pages) as staged rows with
    their bodies, each after the page nested too deep."""
    pages = []
    for entry in load_manifest():
        if entry.get("file") and "html" in (entry.get("content_type") or ""):
            pages.append(({"url": entry["url"], "outlet": None, "run_id": "r", "warc_file": "x",
                           "warc_offset": 0, "fetched": entry["date"]},
                          body_of(entry), entry["content_type"]))
    deep = ({"url": DEEP_URL, "outlet": "langgam", "run_id": "r", "warc_file": "x",
             "warc_offset": 0, "fetched": "2024-06-01T00:00:00Z"}, DEEP_PAGE, "text/html")
    return [one for page in pages for one in (deep, page)]


def extracted(page: tuple[dict, bytes, str | None]) -> tuple[str, dict]:
    row, body, content_type = page
    fetched = datetime.fromisoformat(row["fetched"].replace("Z", "+00:00"))
    return extract_record(row, body, content_type,
                          context_for_url(row["url"], fetched_at=fetched))


@pytest.fixture
def switching_often():
    """The interpreter switches threads every microsecond (5 ms by default), so the threads'
    steps interleave within each page rather than a page at a time."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def test_threads_extracting_at_once_get_what_one_thread_gets(switching_often):
    pages = fixture_pages()
    assert len(pages) > 40
    one_thread = [extracted(page) for page in pages]
    assert ("reject", "pathological markup") in {(kind, row.get("reason", "")[:19])
                                                 for kind, row in one_thread}
    for _ in range(ROUNDS):  # fresh threads each round: none has parsed anything yet
        for k, outputs in in_threads(pages).items():
            for i, output in outputs:
                assert output == one_thread[i], (k, pages[i][0]["url"])


def in_threads(pages: list) -> dict[int, list[tuple[int, tuple[str, dict]]]]:
    """Every page extracted in each of THREADS new threads at once, each starting at another
    page: thread -> (page index, output) in the thread's order."""
    results: dict[int, list] = {}
    start = threading.Barrier(THREADS)

    def extract_all(k: int) -> None:
        first = k * len(pages) // THREADS
        order = [*range(first, len(pages)), *range(first)]
        start.wait()
        results[k] = [(i, extracted(pages[i])) for i in order]

    threads = [threading.Thread(target=extract_all, args=(k,)) for k in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == list(range(THREADS))  # no thread died
    return results


def test_each_thread_parses_with_a_parser_of_its_own():
    parsers = {}

    def parse(k: int) -> None:
        tree, limit = parse_page("<html><body><p>Isi berita.</p></body></html>")
        parsers[k] = html_parser()
        assert tree.findtext(".//p") == "Isi berita." and limit is None

    threads = [threading.Thread(target=parse, args=(k,)) for k in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(p) for p in parsers.values()} | {id(html_parser())}) == 4
    assert parsers[0] is not html_parser() and html_parser() is html_parser()


def test_a_page_nested_past_the_limit_reports_it_and_the_next_page_does_not():
    tree, limit = parse_page(DEEP_PAGE.decode())
    assert limit == "Excessive depth in document: 256"
    assert parse_page("<html><body><p>Isi.</p></body></html>")[1] is None
