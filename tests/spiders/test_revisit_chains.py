"""Revisits whose capture is itself a revisit (spiders/revisits.py): a crawl sending
conditional requests day after day writes 304s that name the day before, itself a 304 or a
deduplicated capture. The chain is followed to the record holding the body, each hop's
headers applied; a loop, a dangling end or a chain too long is a reject saying so."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from warc_records import ARTICLE as BODY
from warc_records import add_response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.extraction import extract_archived
from spiders.archiving import index_for_replay, replay_records
from spiders.cdxj import index_archives
from spiders.ingest import index_archive
from spiders.records import page_ref, url_key
from spiders.revisits import MAX_HOPS
from spiders.warc import read_response

PAGE = "https://langgam.id/pemkab-agam-gelar-apel/"
OTHER = "https://langgam.id/halaman-tidak-ditemukan/"
NOT_MODIFIED = "http://netpreserve.org/warc/1.0/revisit/server-not-modified"
IDENTICAL = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
EMPTY_SHA1 = "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"


def day(n: int) -> str:
    return f"2024-10-{n:02d}T01:00:00Z"


def revisit(writer: WARCWriter, url: str, warc_date: str, *, profile: str = NOT_MODIFIED,
            status: str | None = "304 Not Modified", headers=(), refers_to=None,
            digest: str | None = None) -> None:
    """A revisit record; ``status`` None: no HTTP headers at all (an empty revisit)."""
    http = None if status is None else StatusAndHeaders(status, list(headers),
                                                        protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "revisit", http_headers=http,
                                       warc_headers_dict={"WARC-Date": warc_date})
    record.rec_headers.add_header("WARC-Profile", profile)
    if refers_to is not None:
        record.rec_headers.add_header("WARC-Refers-To-Target-URI", refers_to[0])
        record.rec_headers.add_header("WARC-Refers-To-Date", refers_to[1])
    if digest is not None:
        record.rec_headers.add_header("WARC-Payload-Digest", digest)
    writer.write_record(record)


def archive(path, build) -> str:
    with open(path, "wb") as out:
        build(WARCWriter(out, gzip=True))
    return str(path)


def replayed(tmp_path, archives: list[str], url: str = PAGE):
    """The record replay answers ``url`` with, through a run's replay index and its kept
    resolutions (as crawls read it) and through an index read afresh: both must agree."""
    kept = read_response(replay_records(index_for_replay(archives, tmp_path / "run.cdxj"),
                                        archives)[url_key(url)])
    fresh = read_response(replay_records(index_archives(archives, tmp_path / "new.cdxj"),
                                         archives)[url_key(url)])
    assert (kept.body, kept.status, kept.headers, kept.fetched_at) == (
        fresh.body, fresh.status, fresh.headers, fresh.fetched_at)
    return kept


def ingested(tmp_path, archives: list[str]):
    rejects: list[dict] = []
    by_outlet, counts = index_archive(archives, "r1", tmp_path / "ingest.cdxj",
                                      rejects=rejects)
    return by_outlet.get("langgam", []), counts, rejects


@pytest.mark.parametrize("digest", [None, "original"], ids=["no-digest", "with-digest"])
def test_a_304_naming_a_304_reads_through_both_to_the_body_with_each_hops_headers(
        tmp_path, digest):
    """Day 1 a response, day 2 a 304 naming it, day 3 a 304 naming day 2: day 3 is the
    page with day 1's body, day 1's headers updated by day 2's 304 and then by day 3's
    (RFC 9111). Before: with no digest, day 3 was a reject and replay served day 2; with
    one, day 3 skipped day 2's header update."""
    first = {}

    def crawl(writer):
        first["digest"] = add_response(writer, PAGE, BODY, day(1), headers=[
            ("Content-Type", "text/html; charset=utf-8"), ("ETag", '"v1"'),
            ("Cache-Control", "max-age=60"), ("X-Cache", "MISS")])
        revisit(writer, PAGE, day(2), refers_to=(PAGE, day(1)), digest=first["digest"],
                headers=[("Cache-Control", "max-age=600"), ("ETag", '"v1"')])

    def recrawl(writer):
        revisit(writer, PAGE, day(3), refers_to=(PAGE, day(2)),
                digest=first["digest"] if digest else None,
                headers=[("X-Cache", "HIT"), ("Content-Length", "0")])

    archives = [archive(tmp_path / "a.warc.gz", crawl), archive(tmp_path / "b.warc.gz", recrawl)]
    record = replayed(tmp_path, archives)
    assert record.body == BODY and record.status == 200
    assert record.fetched_at == datetime(2024, 10, 3, 1, tzinfo=UTC)  # day 3's own date
    assert record.header("cache-control") == "max-age=600"  # day 2's update
    assert record.header("x-cache") == "HIT"  # day 3's update
    assert record.header("content-type") == "text/html; charset=utf-8"  # day 1's
    assert record.header("content-length") != "0"
    pages, counts, rejects = ingested(tmp_path, archives)
    assert rejects == [] and "unread_revisits" not in counts
    [newest] = [p for p in pages if p["fetched_at"].startswith("2024-10-03")]
    assert newest["status"] == 200 and newest["warc_file"] == archives[1]
    # where the body lies: day 1's record (a page row names one record besides its own)
    assert (newest["payload_file"], newest["payload_offset"]) == (archives[0], 0)
    assert read_response(page_ref(newest)).body == BODY
    assert extract_archived(newest)[0] == "article"


def test_an_empty_revisit_naming_a_redirects_revisit_is_that_redirect(tmp_path):
    """A deduplicating crawl's revisit of a redirect needs no original (its status and
    Location are its own); a later empty revisit (no HTTP headers) naming it reads as it.
    Before: a reject, and replay served the older revisit."""

    def crawl(writer):
        revisit(writer, PAGE, day(2), profile=IDENTICAL, status="301 Moved Permanently",
                headers=[("Location", OTHER)], refers_to=(PAGE, day(1)), digest=EMPTY_SHA1)
        revisit(writer, PAGE, day(3), profile=IDENTICAL, status=None,
                refers_to=(PAGE, day(2)), digest=EMPTY_SHA1)

    archives = [archive(tmp_path / "a.warc.gz", crawl)]
    record = replayed(tmp_path, archives)
    assert record.fetched_at == datetime(2024, 10, 3, 1, tzinfo=UTC)
    assert (record.status, record.header("location"), record.body) == (301, OTHER, b"")
    _, counts, rejects = ingested(tmp_path, archives)
    assert rejects == [] and "unread_revisits" not in counts


def test_a_dateless_304_after_a_deduplicated_capture_reads_that_captures_body(tmp_path):
    """Day 1 the article; day 2 the page had become the outlet's "not found" page, which
    the crawl deduplicated against another URL's capture; day 3 a 304 naming no date (the
    latest earlier capture is meant): day 2's body, not day 1's stale article."""
    placeholder = b"<html><body><h1>Halaman tidak ditemukan</h1></body></html>"
    digests = {}

    def crawl(writer):
        add_response(writer, PAGE, BODY, day(1))
        digests["gone"] = add_response(writer, OTHER, placeholder, day(1))
        revisit(writer, PAGE, day(2), profile=IDENTICAL, status="200 OK",
                headers=[("Content-Type", "text/html")], refers_to=(OTHER, day(1)),
                digest=digests["gone"])
        revisit(writer, PAGE, day(3))

    archives = [archive(tmp_path / "a.warc.gz", crawl)]
    record = replayed(tmp_path, archives)
    assert record.fetched_at == datetime(2024, 10, 3, 1, tzinfo=UTC)
    assert record.body == placeholder


def test_revisits_naming_each_other_are_rejects_saying_so(tmp_path):
    """Two 304s each naming the other (a tool's bug): neither is read, no endless loop; an
    earlier capture of the URI is still what replay serves."""

    def crawl(writer):
        add_response(writer, PAGE, BODY, day(1))
        revisit(writer, PAGE, day(2), refers_to=(PAGE, day(3)))
        revisit(writer, PAGE, day(3), refers_to=(PAGE, day(2)))

    archives = [archive(tmp_path / "a.warc.gz", crawl)]
    _, counts, rejects = ingested(tmp_path, archives)
    assert counts["unread_revisits"] == 2
    assert sorted(r["reason"] for r in rejects) == [
        f"revisit of {PAGE} at {day(2)}: it names revisits that name it back (a loop)",
        f"revisit of {PAGE} at {day(3)}: it names revisits that name it back (a loop)"]
    assert replayed(tmp_path, archives).fetched_at == datetime(2024, 10, 1, 1, tzinfo=UTC)


def test_a_chain_ending_in_an_unread_revisit_is_a_reject_naming_its_end(tmp_path):

    def crawl(writer):
        revisit(writer, PAGE, day(2), refers_to=(PAGE, day(1)))  # day 1 is not archived
        revisit(writer, PAGE, day(3), refers_to=(PAGE, day(2)))

    archives = [archive(tmp_path / "a.warc.gz", crawl)]
    _, counts, rejects = ingested(tmp_path, archives)
    assert counts["unread_revisits"] == 2
    assert [r["reason"] for r in rejects] == [
        f"revisit of {PAGE} at {day(1)}: original not in the archives given",
        f"revisit of {PAGE} at {day(2)}: it names a revisit left unread (revisit of {PAGE} "
        f"at {day(1)}: original not in the archives given)"]


@pytest.mark.parametrize("order", ["oldest-first", "newest-first"])
def test_a_chain_longer_than_the_limit_is_read_up_to_it_and_rejected_beyond(tmp_path, order):
    """Each hop is one more record read whenever the page is replayed: a chain of more than
    MAX_HOPS revisits is a reject (in any record order, and without deep recursion)."""
    days = range(2, MAX_HOPS + 4)  # revisits of days 2.. naming the day before

    def crawl(writer):
        add_response(writer, PAGE, BODY, "2024-09-30T01:00:00Z")

    def recrawl(writer):
        for n in (days if order == "oldest-first" else reversed(days)):
            date = f"2024-10-01T01:{n:02d}:00Z"
            before = f"2024-10-01T01:{n - 1:02d}:00Z" if n > 2 else "2024-09-30T01:00:00Z"
            revisit(writer, PAGE, date, refers_to=(PAGE, before),
                    headers=[("X-Hop", str(n))])

    archives = [archive(tmp_path / "a.warc.gz", crawl), archive(tmp_path / "b.warc.gz", recrawl)]
    pages, counts, rejects = ingested(tmp_path, archives)
    assert counts["unread_revisits"] == 2  # the two beyond the limit
    assert {r["reason"].split(": ", 1)[1] for r in rejects} == {
        f"it leads through more than {MAX_HOPS} revisits"}
    lookup = replay_records(index_archives(archives, tmp_path / "r.cdxj"), archives)
    record = read_response(lookup[url_key(PAGE)])  # the newest readable: MAX_HOPS hops
    assert record.body == BODY and record.header("x-hop") == str(MAX_HOPS + 1)
