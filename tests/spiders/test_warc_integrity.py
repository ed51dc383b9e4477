"""A damaged archive record is a reject with its reason, never a shorter article.

Archives cut inside a body or at the end of the file, and a record whose bytes no longer
match its WARC digest, are written here from a real archive of this project's writer.
"""

from __future__ import annotations

import gzip

import pytest
from warc_records import ARTICLE as BODY

from flows.extraction import extract_archived
from spiders.ingest import index_archive
from spiders.warc import DamagedRecord, RotatingWarcWriter, iter_responses, read_response

URLS = ("https://langgam.id/pemkab-agam-gelar-apel/", "https://langgam.id/apel-kedua/")


@pytest.fixture()
def archive(tmp_path):
    writer = RotatingWarcWriter(tmp_path / "warc", "warta-langgam", "run-1")
    refs = [writer.write(url, 200, "OK", [("Content-Type", "text/html; charset=utf-8")], BODY)
            for url in URLS]
    writer.close()
    return refs


def plain_copy(tmp_path, refs, cut=None, flip=None):
    """The archive uncompressed (records at the same order), cut or with a byte changed."""
    data = bytearray(gzip.decompress(open(refs[0].warc_file, "rb").read()))
    if flip is not None:
        at = data.rfind(flip)
        data[at] = ord("X")
    path = tmp_path / "copy.warc"
    path.write_bytes(bytes(data[:cut] if cut else data))
    return path


def test_whole_records_read_back(archive):
    assert [len(r.body) for r in iter_responses(archive[0].warc_file)] == [len(BODY)] * 2


def test_a_record_cut_at_the_end_of_the_file_is_damaged_not_short(tmp_path, archive):
    raw = open(archive[0].warc_file, "rb").read()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(raw[: len(raw) - 200])
    with pytest.raises(DamagedRecord, match="cut short"):
        list(iter_responses(cut))
    with pytest.raises(DamagedRecord, match="cut short"):
        read_response(type(archive[1])(str(cut), archive[1].offset))


def test_a_changed_byte_fails_the_digest(tmp_path, archive):
    path = plain_copy(tmp_path, archive, flip=b"diikuti 1200 pegawai")
    with pytest.raises(DamagedRecord, match="digest"):
        list(iter_responses(path))


def test_extraction_rejects_a_cut_record_with_its_reason(tmp_path, archive):
    raw = open(archive[0].warc_file, "rb").read()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(raw[: archive[1].offset + archive[1].length - 300])
    page = {"url": URLS[1], "outlet": "langgam", "run_id": "run-2", "warc_file": str(cut),
            "warc_offset": archive[1].offset, "kind": "article", "status": 200}
    kind, row = extract_archived(page)
    assert kind == "reject" and "DamagedRecord" in row["reason"], row
    assert "cut" in row["reason"]
    whole = {**page, "warc_file": archive[1].warc_file}
    assert extract_archived(whole)[0] == "article", extract_archived(whole)


def rewritten(tmp_path, refs, at: int, new: bytes, drop: int = 0):
    """A copy of the gzip archive with ``new`` written at byte ``at`` (``drop`` bytes
    replaced)."""
    raw = open(refs[0].warc_file, "rb").read()
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(raw[:at] + new + raw[at + drop:])
    return str(path)


def ingested(tmp_path, path):
    rejects: list[dict] = []
    by_outlet, _ = index_archive([path], "run-d", tmp_path / "d.cdxj", rejects=rejects)
    return [r["url"] for r in by_outlet.get("langgam", [])], rejects


def test_a_damaged_gzip_member_is_one_reject_and_the_records_after_it_load(tmp_path, archive):
    first = archive[0]
    middle = first.offset + first.length // 2
    path = rewritten(tmp_path, archive, middle, bytes(b ^ 0x5A for b in open(
        first.warc_file, "rb").read()[middle:middle + 10]), drop=10)
    urls, rejects = ingested(tmp_path, path)
    assert urls == [URLS[1]]
    [reject] = rejects
    assert reject["url"] == URLS[0] and reject["outlet"] == "langgam"
    assert reject["reason"].startswith("DamagedRecord: gzip member does not decompress")


def test_a_junk_gzip_member_between_records_is_skipped(tmp_path, archive):
    for junk in (gzip.compress(b"not a record at all\r\n"), b"\x1f\x8b\x08junk bytes"):
        urls, rejects = ingested(tmp_path, rewritten(tmp_path, archive, archive[1].offset, junk))
        assert urls == list(URLS)
        assert [r["reason"].split(" (")[0] for r in rejects] in (
            ["DamagedRecord: gzip member holds no WARC record"],
            ["DamagedRecord: gzip member does not decompress"])


def test_a_wrong_content_length_in_a_gzip_member_is_a_reject(tmp_path, archive):
    first = archive[0]
    raw = open(first.warc_file, "rb").read()
    record = gzip.decompress(raw[first.offset:first.offset + first.length])
    length = int(record.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    for wrong in (length - 100, length + 100):
        member = gzip.compress(record.replace(f"Content-Length: {length}\r\n".encode(),
                                              f"Content-Length: {wrong}\r\n".encode()))
        path = rewritten(tmp_path, archive, first.offset, member, drop=first.length)
        urls, [reject] = ingested(tmp_path, path)
        assert urls == [URLS[1]] and reject["url"] == URLS[0]
        assert "Content-Length" in reject["reason"]


def test_an_uncompressed_record_with_a_wrong_content_length_loses_no_other(tmp_path, archive):
    """warcio reads a Content-Length too large as a block that swallows the next record (only
    a warning on stderr); the walk from header to header finds where it went wrong."""
    data = gzip.decompress(open(archive[0].warc_file, "rb").read())
    at = data.index(URLS[0].encode())  # the first response's header
    declared = data.index(b"Content-Length: ", at) + len(b"Content-Length: ")
    length = int(data[declared:data.index(b"\r\n", declared)])
    for wrong in (length + 300, length - 300):
        path = tmp_path / f"plain-{wrong}.warc"
        path.write_bytes(data[:declared] + str(wrong).encode()
                         + data[declared + len(str(length)):])
        urls, [reject] = ingested(tmp_path, str(path))
        assert urls == [URLS[1]] and reject["url"] == URLS[0]
        assert "Content-Length" in reject["reason"]
    path = tmp_path / "plain.warc"
    path.write_bytes(data)
    assert ingested(tmp_path, str(path)) == (list(URLS), [])


def test_an_archive_gzipped_whole_is_named_as_such_before_anything_runs(tmp_path):
    """A WARC compressed as one gzip stream (not one member per record) cannot be read
    record by record: refused up front with the command that rewrites it."""
    from pathlib import Path

    from spiders.warc import archive_problem

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "archive" / "outlets.warc.gz"
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(gzip.decompress(fixture.read_bytes())))
    assert "one gzip stream" in archive_problem(whole)
    assert "warcio recompress" in archive_problem(whole)
    assert archive_problem(fixture) is None
    plain = tmp_path / "plain.warc"
    plain.write_bytes(gzip.decompress(fixture.read_bytes()))
    assert archive_problem(plain) is None
