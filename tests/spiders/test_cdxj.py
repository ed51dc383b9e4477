"""CDXJ indexes: what a crawl writes as it archives is what cdxj-indexer writes for the same
files (so pywb opens warta's archive folders), and replay and ingest read them back."""

from __future__ import annotations

import gzip
import json
from io import BytesIO

from cdxj_indexer.main import CDXJIndexer
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spiders.cdxj import index_archives, read_index, replay_lookup
from spiders.warc import RotatingWarcWriter, read_response


def _crawl(tmp_path):
    writer = RotatingWarcWriter(tmp_path, prefix="warta-langgam-r1", run_id="r1",
                                max_bytes=600)  # small: the index spans rotated files
    refs = [writer.write("https://langgam.id/pj-wali-kota-ingatkan-asn/?utm_source=wa", 200,
                         "OK", [("Content-Type", "text/html; charset=UTF-8")],
                         b"<html><body>Netralitas ASN</body></html>",
                         request_headers=[("User-Agent", "warta")]),
            writer.write("https://www.langgam.id/feed", 200, "OK",
                         [("Content-Type", "application/rss+xml"),
                          ("Content-Encoding", "gzip")], gzip.compress(b"<rss></rss>")),
            writer.write("https://langgam.id/hilang/", 404, "Not Found", [], b"")]
    writer.close()
    return refs


def test_the_crawl_index_is_what_cdxj_indexer_writes(tmp_path):
    refs = _crawl(tmp_path)
    assert len({r.warc_file for r in refs}) > 1
    ours = (tmp_path / "warta-langgam-r1.cdxj").read_text().splitlines()
    theirs = tmp_path / "theirs.cdxj"
    CDXJIndexer(str(theirs), sorted(str(p) for p in tmp_path.glob("*.warc.gz")), sort=True,
                dir_root=str(tmp_path)).process_all()
    assert ours == theirs.read_text().splitlines()
    key, stamp, fields = ours[0].split(" ", 2)
    assert key == "id,langgam)/feed" and len(stamp) == 14 and stamp.isdigit()
    assert set(json.loads(fields)) == {"url", "mime", "status", "digest", "length", "offset",
                                       "filename"}


def test_entries_resolve_to_records_and_replay_finds_canonical_urls(tmp_path):
    refs = _crawl(tmp_path)
    entries = list(read_index(tmp_path / "warta-langgam-r1.cdxj"))
    assert {e.ref for e in entries} == set(refs)
    page = next(e for e in entries if e.mime == "text/html")
    assert read_response(page.ref).body == b"<html><body>Netralitas ASN</body></html>"
    lookup = replay_lookup(entries)
    assert lookup["https://langgam.id/pj-wali-kota-ingatkan-asn/"] == refs[0]
    assert read_response(lookup["https://www.langgam.id/feed"]).body == b"<rss></rss>"


def test_foreign_archives_are_indexed_with_paths_relative_to_the_index(tmp_path):
    archive = tmp_path / "wget" / "site.warc.gz"
    archive.parent.mkdir()
    with open(archive, "wb") as handle:  # no payload digests, as some tools write
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://minangsatu.com/berita/1/asn", "response",
            payload=BytesIO(b"<p>isi</p>"), http_headers=headers))
    index = index_archives([archive], tmp_path / "run" / "ingest.cdxj")
    [entry] = read_index(index)
    assert json.loads(index.read_text().split(" ", 2)[2])["filename"] == "../wget/site.warc.gz"
    assert entry.filename == str(archive.resolve()) and entry.status == 200
    assert read_response(entry.ref).body == b"<p>isi</p>"
