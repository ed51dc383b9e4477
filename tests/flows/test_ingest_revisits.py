"""``warta ingest`` of a deduplicating crawl's archives: a revisit record loads as the page
it stands for (its body read from the original in another archive given), reprocess reads it
again the same way, and a revisit whose original was not given is a reject in the warehouse
naming it."""

from __future__ import annotations

import pytest
from warc_records import ARTICLE, add_response, add_revisit
from warcio.warcwriter import WARCWriter

from warehouse.db import reader

ORIGINAL = "https://langgam.id/pemkab-agam-gelar-apel/"
AGAIN = "https://langgam.id/pemkab-agam-gelar-apel-netralitas/"
LOST = "https://langgam.id/bawaslu-awasi-asn/"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, prefect_harness):
    from flows.ingest import ingest
    from flows.reprocess import reprocess

    tmp = tmp_path_factory.mktemp("revisits")
    first, second = tmp / "crawl-1.warc.gz", tmp / "crawl-2.warc.gz"
    with open(first, "wb") as out:
        digest = add_response(WARCWriter(out, gzip=True), ORIGINAL, ARTICLE,
                              "2024-10-15T01:00:00Z")
    with open(second, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        add_revisit(writer, AGAIN, digest, "2024-10-16T02:30:00Z",
                    refers_to=(ORIGINAL, "2024-10-15T01:00:00Z"), http=("200 OK", "text/html"))
        add_revisit(writer, LOST, "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ",
                    "2024-10-16T02:31:00Z", refers_to=(LOST, "2024-10-01T00:00:00Z"),
                    http=("200 OK", "text/html"))
    db, data = str(tmp / "w.duckdb"), str(tmp / "data")
    summary = ingest(archives=[str(first), str(second)], db_path=db, data_dir=data)
    again = reprocess(db_path=db, data_dir=data)
    return summary, again, db


def query(db, sql):
    with reader(db) as con:
        return con.execute(sql).fetchall()


def test_the_revisit_loads_as_its_page_with_the_originals_text(ingested):
    summary, _, db = ingested
    texts = dict(query(db, "SELECT url, text FROM articles"))
    assert set(texts) == {ORIGINAL, AGAIN} and texts[AGAIN] == texts[ORIGINAL]
    [(fetched, payload)] = query(db, f"SELECT CAST(fetched_at AS VARCHAR), payload_file "
                                     f"FROM pages WHERE url = '{AGAIN}'")
    assert fetched.startswith("2024-10-16") and payload.endswith("crawl-1.warc.gz")
    assert summary["load"]["articles_new"] == 2


def test_a_revisit_without_its_original_is_a_named_reject(ingested):
    summary, _, db = ingested
    assert query(db, "SELECT url, stage, reason FROM rejects") == [
        (LOST, "fetch", f"revisit of {LOST} at 2024-10-01T00:00:00Z: original not in the "
                        "archives given")]
    assert summary["load"]["rejects"] == 1


def test_reprocess_reads_the_revisit_as_ingest_did(ingested):
    _, again, db = ingested
    assert (again["load"]["articles_new"], again["load"]["articles_unchanged"],
            again["load"]["rejects"]) == (0, 2, 0)
    assert query(db, "SELECT count(*) FROM rejects") == [(1,)]
