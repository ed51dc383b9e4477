"""Revisit records of deduplicating crawlers (spiders/revisits.py): an identical-payload
revisit whose original is in the archives given is the page it stands for, in ingest and in
replay; one whose original is elsewhere, or of the server-not-modified profile, is a reject
naming it."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
from warc_records import ARTICLE as BODY
from warc_records import add_response, add_revisit
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.extraction import extract_archived
from spiders.archiving import replay_records
from spiders.cdxj import index_archives
from spiders.ingest import index_archive
from spiders.records import page_ref, url_key
from spiders.warc import read_response

ORIGINAL = "https://langgam.id/pemkab-agam-gelar-apel/"
AGAIN = "https://langgam.id/pemkab-agam-gelar-apel-netralitas/"
FIRST, LATER = "2024-10-15T01:00:00Z", "2024-10-16T02:30:00Z"
NOT_MODIFIED = "http://netpreserve.org/warc/1.0/revisit/server-not-modified"


def original(path) -> str:
    """An archive holding ORIGINAL's response at FIRST; its payload digest."""
    with open(path, "wb") as out:
        return add_response(WARCWriter(out, gzip=True), ORIGINAL, BODY, FIRST)


def revisits(path, digest: str, **kwargs) -> str:
    """A later archive of a deduplicating crawl: AGAIN at LATER, a revisit of ``digest``."""
    with open(path, "wb") as out:
        add_revisit(WARCWriter(out, gzip=True), AGAIN, digest, LATER, **kwargs)
    return str(path)


def test_a_revisit_of_an_archived_payload_is_staged_as_its_page_with_its_text(tmp_path):
    digest = original(tmp_path / "first.warc.gz")
    second = revisits(tmp_path / "second.warc.gz", digest, refers_to=(ORIGINAL, FIRST),
                      http=("200 OK", "text/html; charset=utf-8"))
    rejects: list[dict] = []
    by_outlet, counts = index_archive([str(tmp_path / "first.warc.gz"), second], "r1",
                                      tmp_path / "ingest.cdxj", rejects=rejects)
    assert counts == {"records": 2, "no_outlet": 0, "pages": 2} and rejects == []
    rows = {r["url"]: r for r in by_outlet["langgam"]}
    again = rows[AGAIN]
    assert again["kind"] == "article" and again["status"] == 200
    assert again["content_type"] == "text/html"
    assert again["fetched_at"] == "2024-10-16T02:30:00+00:00"  # the revisit's own date
    assert again["warc_file"] == second  # the revisit record is its page's record
    texts = {}
    for url, row in rows.items():
        kind, article = extract_archived(row)
        assert kind == "article", article
        texts[url] = article["text"]
    assert texts[AGAIN] == texts[ORIGINAL] and "apel netralitas ASN" in texts[AGAIN]


def test_a_revisit_without_its_original_is_a_reject_naming_it(tmp_path):
    first = tmp_path / "first.warc.gz"
    original(first)
    gone = revisits(tmp_path / "second.warc.gz", "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ",
                    refers_to=("https://langgam.id/hilang/", "2024-09-01T00:00:00Z"),
                    http=("200 OK", "text/html"))
    rejects: list[dict] = []
    by_outlet, counts = index_archive([str(first), gone], "r1", tmp_path / "ingest.cdxj",
                                      rejects=rejects)
    assert [r["url"] for r in by_outlet["langgam"]] == [ORIGINAL]  # the rest goes on
    assert counts == {"records": 2, "no_outlet": 0, "pages": 1, "unread_revisits": 1}
    assert rejects == [{
        "url": AGAIN, "outlet": "langgam", "run_id": "r1", "stage": "fetch",
        "reason": "revisit of https://langgam.id/hilang/ at 2024-09-01T00:00:00Z: original "
                  "not in the archives given"}]


def test_a_server_not_modified_revisit_without_the_capture_it_names_is_a_reject(tmp_path):
    digest = original(tmp_path / "first.warc.gz")  # ORIGINAL at FIRST; the 304 names AGAIN
    path = revisits(tmp_path / "second.warc.gz", digest, refers_to=(AGAIN, FIRST),
                    http=("304 Not Modified", "text/html"), profile=NOT_MODIFIED)
    rejects: list[dict] = []
    by_outlet, counts = index_archive([str(tmp_path / "first.warc.gz"), path], "r1",
                                      tmp_path / "ingest.cdxj", rejects=rejects)
    assert AGAIN not in {r["url"] for r in by_outlet["langgam"]}
    assert counts["unread_revisits"] == 1
    [reject] = rejects
    assert reject["url"] == AGAIN and reject["reason"] == (
        f"revisit of {AGAIN} at {FIRST}: original not in the archives given")


def test_a_server_not_modified_revisit_of_a_date_not_archived_reads_by_its_digest(tmp_path):
    """The capture a 304 names by date is not in the archives, but one of its URI with the
    payload digest it names is: the same body, read as it."""
    digest = original(tmp_path / "first.warc.gz")  # ORIGINAL at FIRST
    path = revisits(tmp_path / "second.warc.gz", digest,
                    refers_to=(ORIGINAL, "2024-10-14T09:00:00Z"),
                    http=("304 Not Modified", "text/html"), profile=NOT_MODIFIED)
    archives = [str(tmp_path / "first.warc.gz"), path]
    lookup = replay_records(index_archives(archives, tmp_path / "replay.cdxj"), archives)
    assert read_response(lookup[url_key(AGAIN)]).body == BODY  # (the revisit is AGAIN's)
    revisit = revisits(tmp_path / "third.warc.gz", "sha1:" + "A" * 32,
                       refers_to=(ORIGINAL, "2024-10-14T09:00:00Z"),
                       http=("304 Not Modified", "text/html"), profile=NOT_MODIFIED)
    rejects: list[dict] = []
    index_archive([str(tmp_path / "first.warc.gz"), revisit], "r1", tmp_path / "i.cdxj",
                  rejects=rejects)  # another digest and another date: none to read it as
    assert [r["reason"] for r in rejects] == [
        f"revisit of {ORIGINAL} at 2024-10-14T09:00:00Z: original not in the archives given"]


def test_a_server_not_modified_revisit_naming_its_uri_in_angle_brackets_is_read(tmp_path):
    """WARC 1.1's examples wrap URIs in <...>, and some tools write them so; warcio unwraps
    WARC-Target-URI, and the Refers-To URI is read the same way (before: a reject)."""
    digest = original(tmp_path / "first.warc.gz")  # ORIGINAL at FIRST
    path = revisits(tmp_path / "second.warc.gz", digest, refers_to=(f"<{ORIGINAL}>", FIRST),
                    http=("304 Not Modified", "text/html"), profile=NOT_MODIFIED)
    archives = [str(tmp_path / "first.warc.gz"), path]
    rejects: list[dict] = []
    index_archive(archives, "r1", tmp_path / "i.cdxj", rejects=rejects)
    assert rejects == []
    lookup = replay_records(index_archives(archives, tmp_path / "replay.cdxj"), archives)
    assert read_response(lookup[url_key(AGAIN)]).body == BODY


def test_a_server_not_modified_revisit_reads_as_the_capture_it_names(tmp_path):
    """A 304 of a conditional request (no payload sent) is the page it names by URI and date,
    confirmed at its own date: in ingest (before: a reject) and in replay, with the
    original's status, body and type, and the 304's other headers."""
    first = tmp_path / "first.warc.gz"
    with open(first, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        add_response(writer, ORIGINAL, b"<html>an older capture</html>", "2024-10-14T01:00:00Z",
                     headers=[("Content-Type", "text/html"), ("ETag", '"v0"')])
        digest = add_response(writer, ORIGINAL, BODY, FIRST,
                              headers=[("Content-Type", "text/html; charset=utf-8"),
                                       ("ETag", '"v1"'), ("Cache-Control", "max-age=60")])
    second = tmp_path / "second.warc.gz"
    with open(second, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        http = StatusAndHeaders("304 Not Modified", [("ETag", '"v1"'),
                                                     ("Cache-Control", "max-age=600"),
                                                     ("Content-Length", "0")],
                                protocol="HTTP/1.1")
        record = writer.create_warc_record(ORIGINAL, "revisit", http_headers=http,
                                           warc_headers_dict={"WARC-Date": LATER})
        for name, value in (("WARC-Profile", NOT_MODIFIED), ("WARC-Payload-Digest", digest),
                            ("WARC-Refers-To-Target-URI", ORIGINAL),
                            ("WARC-Refers-To-Date", FIRST)):
            record.rec_headers.add_header(name, value)
        writer.write_record(record)
    archives = [str(first), str(second)]
    rejects: list[dict] = []
    by_outlet, counts = index_archive(archives, "r1", tmp_path / "ingest.cdxj",
                                      rejects=rejects)
    assert rejects == [] and "unread_revisits" not in counts
    newest = max((r for r in by_outlet["langgam"] if r["url"] == ORIGINAL),
                 key=lambda r: r["fetched_at"])
    assert newest["fetched_at"] == "2024-10-16T02:30:00+00:00" and newest["status"] == 200
    assert newest["warc_file"] == str(second)
    assert extract_archived(newest)[0] == "article"
    lookup = replay_records(index_archives(archives, tmp_path / "replay.cdxj"), archives)
    record = read_response(lookup[url_key(ORIGINAL)])  # the newest: the 304's
    assert record.body == BODY and record.status == 200
    assert record.fetched_at == datetime(2024, 10, 16, 2, 30, tzinfo=UTC)
    assert record.header("content-type") == "text/html; charset=utf-8"  # the original's
    assert record.header("cache-control") == "max-age=600"  # updated by the 304
    assert record.header("content-length") != "0"


def test_replay_serves_a_revisit_with_its_originals_body(tmp_path):
    digest = original(tmp_path / "first.warc.gz")
    second = revisits(tmp_path / "second.warc.gz", digest, refers_to=(ORIGINAL, FIRST),
                      http=("200 OK", "text/html; charset=utf-8"))
    archives = [str(tmp_path / "first.warc.gz"), second]
    lookup = replay_records(index_archives(archives, tmp_path / "replay.cdxj"), archives)
    record = read_response(lookup[url_key(AGAIN)])
    assert record.body == BODY and record.url == AGAIN and record.status == 200
    assert record.header("content-type") == "text/html; charset=utf-8"  # the revisit's own
    assert record.fetched_at == datetime(2024, 10, 16, 2, 30, tzinfo=UTC)
    assert read_response(lookup[url_key(ORIGINAL)]).body == BODY


def test_an_empty_revisit_found_by_its_digest_reads_as_the_original(tmp_path):
    """No HTTP headers and no Refers-To fields (as some tools write): the original's status
    and headers, found by the payload digest alone."""
    digest = original(tmp_path / "first.warc.gz")
    second = revisits(tmp_path / "second.warc.gz", digest)
    archives = [str(tmp_path / "first.warc.gz"), second]
    lookup = replay_records(index_archives(archives, tmp_path / "replay.cdxj"), archives)
    record = read_response(lookup[url_key(AGAIN)])
    assert (record.status, record.header("content-type"), record.body) == (
        200, "text/html", BODY)


def test_a_revisit_naming_a_malformed_original_date_is_still_found_by_its_digest(tmp_path):
    """A WARC-Refers-To-Date that is no date (a tool's bug) must not stop the ingest: the
    original is found by the payload digest and the URI named."""
    digest = original(tmp_path / "first.warc.gz")
    second = revisits(tmp_path / "second.warc.gz", digest, refers_to=(ORIGINAL, "garbage"),
                      http=("200 OK", "text/html"))
    rejects: list[dict] = []
    by_outlet, counts = index_archive([str(tmp_path / "first.warc.gz"), second], "r1",
                                      tmp_path / "ingest.cdxj", rejects=rejects)
    assert counts == {"records": 2, "no_outlet": 0, "pages": 2} and rejects == []
    [page] = [p for p in by_outlet["langgam"] if p["url"] == AGAIN]
    assert read_response(page_ref(page)).body == BODY


def _base16(digest: str) -> str:
    algorithm, value = digest.split(":", 1)
    return f"{algorithm}:{base64.b32decode(value).hex()}"


@pytest.mark.parametrize("written", [
    lambda d: d.split(":", 1)[1],  # no algorithm label: SHA-1 is meant
    lambda d: d.lower(),  # Base32 in lower case
    lambda d: "SHA1:" + d.split(":", 1)[1],
    _base16,  # the same SHA-1 in hexadecimal
], ids=["no-label", "lower-case", "upper-label", "base16"])
def test_a_revisit_digest_written_another_way_still_finds_its_original(tmp_path, written):
    """The original's digest is the one its record (or cdxj-indexer) writes, sha1:BASE32;
    a revisit written by another tool may spell the same SHA-1 another way."""
    digest = original(tmp_path / "first.warc.gz")
    second = revisits(tmp_path / "second.warc.gz", written(digest),
                      refers_to=(ORIGINAL, FIRST), http=("200 OK", "text/html"))
    rejects: list[dict] = []
    _, counts = index_archive([str(tmp_path / "first.warc.gz"), second], "r1",
                              tmp_path / "ingest.cdxj", rejects=rejects)
    assert counts == {"records": 2, "no_outlet": 0, "pages": 2} and rejects == []


def test_an_empty_revisit_reads_as_its_own_urls_original_among_equal_payloads(tmp_path):
    """Two redirects with the same (empty) payload; an empty revisit of the second, naming
    no original (so its own URI is meant), carries the second's status and Location, not
    the first's."""
    first, second = ("https://langgam.id/a-lama/", "https://langgam.id/a-baru/"), \
        ("https://langgam.id/b-lama/", "https://langgam.id/b-baru/")
    with open(tmp_path / "first.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, location in (first, second):
            digest = add_response(writer, url, b"", FIRST, "301 Moved Permanently",
                                  [("Location", location)])
    with open(tmp_path / "second.warc.gz", "wb") as out:
        add_revisit(WARCWriter(out, gzip=True), second[0], digest, LATER)
    archives = [str(tmp_path / "first.warc.gz"), str(tmp_path / "second.warc.gz")]
    lookup = replay_records(index_archives(archives, tmp_path / "replay.cdxj"), archives)
    record = read_response(lookup[url_key(second[0])])
    assert record.fetched_at == datetime(2024, 10, 16, 2, 30, tzinfo=UTC)  # the revisit
    assert (record.status, record.header("location")) == (301, second[1])


def test_an_unread_revisit_of_an_image_is_no_reject(tmp_path):
    """A deduplicating crawl revisits an outlet's images and scripts by the thousand: one
    whose original is elsewhere is no page a crawl would have rejected (and its fetch
    reject would read in the run's health as an article page that could not be fetched),
    where an article page's is a reject."""
    first = tmp_path / "first.warc.gz"
    original(first)
    with open(tmp_path / "second.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(3):
            add_revisit(writer, f"https://langgam.id/wp-content/uploads/2024/10/apel-{n}.jpg",
                        "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", LATER,
                        http=("200 OK", "image/jpeg"))
        add_revisit(writer, AGAIN, "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ", LATER,
                    http=("200 OK", "text/html"))
    rejects: list[dict] = []
    by_outlet, counts = index_archive([str(first), str(tmp_path / "second.warc.gz")], "r1",
                                      tmp_path / "ingest.cdxj", rejects=rejects)
    assert [r["url"] for r in rejects] == [AGAIN]
    # the images' are counted as skipped (before: in "records" alone, so the ingest's
    # summary did not add up)
    assert counts == {"records": 5, "no_outlet": 0, "pages": 1, "unread_revisits": 1,
                      "skipped_revisits": 3}


def test_a_revisit_of_a_redirect_is_its_alias_without_the_original(tmp_path):
    """A redirect's revisit carries all a redirect says (its status and Location); its
    empty original need not be in the archives: the source is an alias of its target, as
    in a crawl, not a reject."""
    with open(tmp_path / "first.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        add_response(writer, AGAIN, BODY, FIRST)
        revisit = writer.create_warc_record(
            ORIGINAL, "revisit", warc_headers_dict={"WARC-Date": LATER},
            http_headers=StatusAndHeaders("301 Moved Permanently", [("Location", AGAIN)],
                                          protocol="HTTP/1.1"))
        revisit.rec_headers.add_header("WARC-Profile", "http://netpreserve.org/warc/1.1/"
                                       "revisit/identical-payload-digest")
        revisit.rec_headers.add_header("WARC-Payload-Digest",
                                       "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ")  # empty
        writer.write_record(revisit)
    archives = [str(tmp_path / "first.warc.gz")]
    rejects: list[dict] = []
    by_outlet, counts = index_archive(archives, "r1", tmp_path / "ingest.cdxj",
                                      rejects=rejects)
    assert rejects == [] and "unread_revisits" not in counts
    pages = {p["url"]: p for p in by_outlet["langgam"]}
    assert pages[ORIGINAL]["status"] == 301
    assert pages[AGAIN]["redirect_urls"] == [ORIGINAL]
    lookup = replay_records(index_archives(archives, tmp_path / "replay.cdxj"), archives)
    record = read_response(lookup[url_key(ORIGINAL)])
    assert (record.status, record.header("location"), record.body) == (301, AGAIN, b"")


def test_a_runs_replay_index_reads_its_revisits_once_for_all_crawls(tmp_path, monkeypatch):
    """``index_for_replay`` (once per run) reads every revisit; each outlet's crawl then
    looks them up instead of reading every revisit's headers again (before: once per
    crawl). An index rewritten since, or one made elsewhere, is read afresh."""
    import spiders.revisits as revisits_module
    from spiders.archiving import index_for_replay

    digest = original(tmp_path / "first.warc.gz")
    second = revisits(tmp_path / "second.warc.gz", digest, refers_to=(ORIGINAL, FIRST),
                      http=("200 OK", "text/html; charset=utf-8"))
    archives = [str(tmp_path / "first.warc.gz"), second]
    index = index_for_replay(archives, tmp_path / "run" / "replay.cdxj")
    reads = []
    real = revisits_module.read_headers
    monkeypatch.setattr(revisits_module, "read_headers",
                        lambda ref: reads.append(ref) or real(ref))
    for _crawl in range(3):
        lookup = replay_records(index, archives)
        assert read_response(lookup[url_key(AGAIN)]).body == BODY
    assert reads == []
    index_archives(archives, index)  # rewritten by hand: what was kept no longer holds
    assert read_response(replay_records(index, archives)[url_key(AGAIN)]).body == BODY
    assert len(reads) == 1
    elsewhere = index_archives(archives, tmp_path / "elsewhere.cdxj")  # nothing kept
    assert read_response(replay_records(elsewhere, archives)[url_key(AGAIN)]).body == BODY
    assert len(reads) == 2


def test_a_moved_run_folder_reads_its_revisits_afresh(tmp_path):
    """The kept resolutions name the archives by path: a run folder moved whole (same index
    file, so the same stamp) is read afresh, not left with its revisits unread."""
    import shutil

    from spiders.archiving import index_for_replay

    run = tmp_path / "run"
    (run / "warc").mkdir(parents=True)
    digest = original(run / "warc" / "first.warc.gz")
    revisits(run / "warc" / "second.warc.gz", digest, refers_to=(ORIGINAL, FIRST),
             http=("200 OK", "text/html; charset=utf-8"))
    names = [str(run / "warc" / n) for n in ("first.warc.gz", "second.warc.gz")]
    index_for_replay(names, run / "replay.cdxj")
    shutil.move(run, tmp_path / "moved")
    moved = tmp_path / "moved"
    archives = [str(moved / "warc" / n) for n in ("first.warc.gz", "second.warc.gz")]
    lookup = replay_records(moved / "replay.cdxj", archives)
    assert read_response(lookup[url_key(AGAIN)]).body == BODY  # before: not archived


def test_a_server_not_modified_revisit_naming_the_empty_payload_is_not_read_by_it(tmp_path):
    """A 304 sends no payload: the digest of nothing it may carry names no body, so when the
    capture it names by date is missing it is not read as another capture of its URI that
    had no body either (here a redirect: the page would become its alias)."""
    first = tmp_path / "first.warc.gz"
    with open(first, "wb") as out:
        empty = add_response(WARCWriter(out, gzip=True), ORIGINAL, b"", FIRST,
                             "301 Moved Permanently", [("Location", AGAIN)])
    second = tmp_path / "second.warc.gz"
    with open(second, "wb") as out:
        add_revisit(WARCWriter(out, gzip=True), ORIGINAL, empty, LATER,
                    refers_to=(ORIGINAL, "2024-10-14T09:00:00Z"),
                    http=("304 Not Modified", "text/html"), profile=NOT_MODIFIED)
    rejects: list[dict] = []
    _, counts = index_archive([str(first), str(second)], "r1", tmp_path / "i.cdxj",
                              rejects=rejects)
    assert counts["unread_revisits"] == 1
    assert [r["reason"] for r in rejects] == [
        f"revisit of {ORIGINAL} at 2024-10-14T09:00:00Z: original not in the archives given"]
