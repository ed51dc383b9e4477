"""A damaged record in a replay archive is the same reject row ingest records, and the
records around it replay.

The bundled archive with a few bytes of one langgam article's gzip member scrambled (as
tests/spiders/test_warc_integrity.py damages one) is replayed by the nightly flow and
ingested: both warehouses hold one ``DamagedRecord`` reject with the same URL, outlet,
stage and reason (and the replay no second "not in archive" row for it), and the other
articles load. Before, the replay only logged it.
"""

from __future__ import annotations

from conftest import ARCHIVE

from spiders.cdxj import index_archives, read_index
from warehouse.db import reader

REJECT = ("SELECT url, outlet, stage, reason FROM rejects WHERE reason LIKE 'DamagedRecord%'")


def damaged_copy(tmp_path) -> tuple[str, str]:
    """The bundled archive with 10 bytes in the middle of a langgam article's gzip member
    scrambled: (its path, that article's URL)."""
    entries = [e for e in read_index(index_archives([ARCHIVE], tmp_path / "a.cdxj"))
               if "langgam.id/" in e.url and e.status == 200 and "html" in (e.mime or "")]
    entries.sort(key=lambda e: e.offset)
    victim = entries[len(entries) // 2]
    raw = ARCHIVE.read_bytes()
    at = victim.offset + victim.length // 2
    path = tmp_path / "rusak.warc.gz"
    path.write_bytes(raw[:at] + bytes(b ^ 0x5A for b in raw[at:at + 10]) + raw[at + 10:])
    return str(path), victim.url


def test_replay_records_the_damaged_record_as_ingest_does(tmp_path, prefect_harness):
    from flows.ingest import ingest
    from flows.nightly import nightly

    path, url = damaged_copy(tmp_path)
    replayed, ingested = tmp_path / "replay.duckdb", tmp_path / "ingest.duckdb"
    run = nightly(outlets=["langgam"], db_path=str(replayed), data_dir=str(tmp_path / "r"),
                  replay=[path], workers=1)
    ingest(archives=[path], db_path=str(ingested), data_dir=str(tmp_path / "i"), workers=1)
    assert run["load"]["articles_new"] > 0  # the intact records replayed
    with reader(replayed) as con:
        from_replay = con.execute(REJECT).fetchall()
        # one row for the URL: not also the crawl's "not in archive" for the record left out
        for_url = con.execute("SELECT reason FROM rejects WHERE url = ?", [url]).fetchall()
    with reader(ingested) as con:
        from_ingest = con.execute(REJECT).fetchall()
    assert from_replay == from_ingest
    [(got_url, outlet, stage, reason)] = from_replay
    assert (got_url, outlet, stage) == (url, "langgam", "fetch"), from_replay
    assert "rusak.warc.gz skipped" in reason
    assert for_url == [(reason,)], for_url
