import gzip

from warcio.archiveiterator import ArchiveIterator

from spiders.cdxj import read_index, replay_lookup
from spiders.records import RecordRef
from spiders.warc import RotatingWarcWriter, iter_responses, read_response


def test_writer_records_read_back_by_offset_and_rename_on_close(tmp_path):
    writer = RotatingWarcWriter(tmp_path, prefix="warta-t", run_id="run-1")
    body = "<html><body>Pilkada ✓</body></html>".encode()
    gz = gzip.compress(b"compressed body")
    first = writer.write("https://langgam.id/a/", 200, "OK",
                         [("Content-Type", "text/html; charset=utf-8")], body,
                         request_headers=[("User-Agent", "warta")])
    second = writer.write("https://langgam.id/b/", 200, "OK",
                          [("Content-Encoding", "gzip"), ("Content-Type", "text/html")], gz)
    assert list(tmp_path.glob("*.open")), "an unfinished file is marked .open"
    writer.close()
    assert not list(tmp_path.glob("*.open"))
    assert first.warc_file.endswith(".warc.gz") and first.warc_file == second.warc_file
    with open(first.warc_file, "rb") as stream:
        records = list(ArchiveIterator(stream))
        headers = [(r.rec_type, dict(r.rec_headers.headers)) for r in records]
    info_id = headers[0][1]["WARC-Record-ID"]
    assert headers[0][0] == "warcinfo"
    responses = [h for kind, h in headers if kind == "response"]
    assert all(h["WARC-Warcinfo-ID"] == info_id for h in responses)
    assert all(h["WARC-Warta-Run-ID"] == "run-1" for h in responses)
    a = read_response(first)
    assert (a.url, a.status, a.body) == ("https://langgam.id/a/", 200, body)
    assert read_response(second).body == b"compressed body"  # content-encoding undone
    listed = list(iter_responses(first.warc_file))
    assert [r.url for r in listed] == ["https://langgam.id/a/", "https://langgam.id/b/"]
    assert [r.body for r in listed] == [body, b"compressed body"]
    assert [r.ref.offset for r in listed] == [first.offset, second.offset]


def test_rotation_starts_a_new_file(tmp_path):
    writer = RotatingWarcWriter(tmp_path, prefix="warta-t", run_id="r", max_bytes=1)
    refs = [writer.write(f"https://x.id/{i}", 200, "OK", [], b"x" * 100) for i in range(3)]
    writer.close()
    assert len({r.warc_file for r in refs}) == 3
    assert all(r.offset > 0 for r in refs)  # after each file's warcinfo record


def test_index_keeps_the_newest_capture_and_canonical_keys(tmp_path):
    w1 = RotatingWarcWriter(tmp_path / "1", prefix="a", run_id="r")
    old = w1.write("https://langgam.id/a/?utm_source=x", 200, "OK", [], b"old")
    w1.close()
    w2 = RotatingWarcWriter(tmp_path / "2", prefix="b", run_id="r")
    new = w2.write("https://langgam.id/a/", 200, "OK", [], b"new")
    w2.close()
    entries = [*read_index(tmp_path / "1" / "a.cdxj"), *read_index(tmp_path / "2" / "b.cdxj")]
    index = replay_lookup(entries, [old.warc_file, new.warc_file])
    assert index["https://langgam.id/a/"] == RecordRef(new.warc_file, new.offset, new.length)
