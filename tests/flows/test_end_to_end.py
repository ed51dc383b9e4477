"""The flows end to end over the bundled archive (replay): exact expected rows in DuckDB."""

from __future__ import annotations

import json

import pytest
from conftest import ARCHIVE, FIXTURES

from warehouse.db import reader

EXPECTED = json.loads((FIXTURES / "expected" / "articles.json").read_text(encoding="utf-8"))
EXPECTED_REJECTS = json.loads((FIXTURES / "expected" / "rejects.json").read_text(
    encoding="utf-8"))
FIELDS = ("canonical_url", "outlet", "title", "author", "published_at", "published_source",
          "dateline")


def rows(db, sql="SELECT * FROM articles ORDER BY canonical_url"):
    with reader(db) as con:
        cursor = con.execute(sql)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def as_expected(row: dict) -> dict:
    out = {k: row[k] for k in FIELDS}
    out["published_at"] = row["published_at"].isoformat() if row["published_at"] else None
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory, prefect_harness):
    from flows.backfill import backfill
    from flows.ingest import ingest
    from flows.nightly import nightly

    tmp = tmp_path_factory.mktemp("e2e")
    nightly_db, backfill_db, ingest_db = (tmp / f"{n}.duckdb" for n in
                                          ("nightly", "backfill", "ingest"))
    first = nightly(db_path=str(nightly_db), data_dir=str(tmp / "n"), replay=[str(ARCHIVE)])
    second = nightly(db_path=str(nightly_db), data_dir=str(tmp / "n"), replay=[str(ARCHIVE)])
    filled = backfill(since="2024-01-01", until="2024-12-31", db_path=str(backfill_db),
                      data_dir=str(tmp / "b"), replay=[str(ARCHIVE)])
    ingested = ingest(archives=[str(ARCHIVE)], db_path=str(ingest_db), data_dir=str(tmp / "i"))
    return {"nightly_db": nightly_db, "backfill_db": backfill_db, "ingest_db": ingest_db,
            "first": first, "second": second, "backfill": filled, "ingest": ingested}


def test_nightly_loads_exactly_the_expected_articles(runs):
    expected = sorted((e for e in EXPECTED if e.get("nightly", True)),
                      key=lambda e: e["canonical_url"])
    loaded = rows(runs["nightly_db"])
    assert [as_expected(r) for r in loaded] == [{k: e[k] for k in FIELDS} for e in expected]
    assert runs["first"]["status"] == "loaded"


def test_backfill_loads_every_expected_article(runs):
    loaded = rows(runs["backfill_db"])
    assert [as_expected(r) for r in loaded] == [
        {k: e[k] for k in FIELDS} for e in sorted(EXPECTED, key=lambda e: e["canonical_url"])]


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: e["canonical_url"][8:60])
def test_article_text_keeps_the_body_and_drops_boilerplate(runs, expected):
    text = rows(runs["backfill_db"], "SELECT canonical_url, text FROM articles")
    by_url = {r["canonical_url"]: r["text"] for r in text}
    body = by_url[expected["canonical_url"]]
    for fragment in expected["must_contain"]:
        assert fragment in body
    for fragment in expected["must_not_contain"]:
        assert fragment not in body
    assert "baca juga" not in body.lower()


def test_second_nightly_run_adds_no_rows(runs):
    load = runs["second"]["load"]
    assert (load["articles_new"], load["articles_updated"], load["pages"]) == (0, 0, 0)
    counts = rows(runs["nightly_db"], "SELECT (SELECT count(*) FROM articles) a, "
                  "(SELECT count(*) FROM pages) p, (SELECT count(*) FROM rejects) r, "
                  "(SELECT count(*) FROM article_urls) u, (SELECT count(*) FROM crawl_runs) c")
    assert counts[0]["a"] == runs["first"]["load"]["articles_new"]
    assert counts[0]["c"] == 2


def test_ingest_gives_the_same_articles_as_the_crawl(runs):
    columns = "canonical_url, url, outlet, title, author, published_at, published_raw, " \
              "published_source, dateline, text_hash, language, warc_file, warc_offset"
    query = f"SELECT {columns} FROM articles ORDER BY canonical_url"
    assert rows(runs["ingest_db"], query) == rows(runs["backfill_db"], query)


def test_ingest_keys_alias_copies_to_their_article(runs):
    """An archive holding an article twice (its AMP copy, a ?p= shortlink) loads it once."""
    aliases = json.loads((FIXTURES / "expected" / "aliases.json").read_text(encoding="utf-8"))
    urls = {r["url"]: r["canonical_url"] for r in rows(
        runs["ingest_db"], "SELECT url, canonical_url FROM article_urls")}
    for alias in aliases:
        assert urls.get(alias["url"]) == alias["canonical_url"]
    # a redirect in the archive is an alias too, as in a crawl that followed it
    redirect = "https://infopublik.id/kategori/nusantara/875412/index.html"
    assert urls[redirect] == rows(runs["backfill_db"], "SELECT canonical_url FROM "
                                  f"article_urls WHERE url = '{redirect}'")[0]["canonical_url"]
    canonicals = [r["canonical_url"] for r in rows(runs["ingest_db"],
                                                   "SELECT canonical_url FROM articles")]
    assert len(canonicals) == len(set(canonicals)) == len(EXPECTED)


def test_broken_pages_land_in_rejects_while_the_rest_loads(runs):
    rejects = rows(runs["nightly_db"], "SELECT url, stage, reason FROM rejects")
    for expected in EXPECTED_REJECTS:
        match = [r for r in rejects if r["url"] == expected["url"]
                 and r["stage"] == expected["stage"]]
        assert match, f"no reject for {expected}"
        assert expected["reason_contains"] in match[0]["reason"]
    assert any("not in archive" in r["reason"] for r in rejects)
    assert runs["first"]["load"]["articles_new"] >= 8


def test_run_is_recorded_with_per_outlet_figures(runs):
    run = rows(runs["nightly_db"], "SELECT * FROM crawl_runs ORDER BY started_at LIMIT 1")[0]
    stats = json.loads(run["outlet_stats"])
    assert set(stats) == {"antara", "langgam", "minangsatu", "infopublik", "suarakendari",
                          "padangkita"}
    assert all(s["finish_reason"] == "finished" for s in stats.values())
    assert run["articles_new"] == runs["first"]["load"]["articles_new"]


def test_each_load_publishes_the_snapshot_and_the_report(runs):
    import sqlite3

    for name in ("nightly_db", "backfill_db", "ingest_db"):
        db = runs[name]
        snapshot, page = db.with_suffix(".sqlite"), db.with_name(f"{db.stem}-report.html")
        events = rows(db, "SELECT count(*) AS n FROM fct_events")[0]["n"]
        occasions = rows(db, "SELECT count(DISTINCT occasion_id) AS n FROM events")[0]["n"]
        with sqlite3.connect(snapshot) as con:
            assert con.execute("SELECT count(*) FROM fct_events").fetchone()[0] == events
        text = page.read_text(encoding="utf-8")  # the page counts occasions, reports beside
        assert f'<span id="occasions">{occasions}</span>' in text
        assert f'<span id="reports">{events}</span>' in text
