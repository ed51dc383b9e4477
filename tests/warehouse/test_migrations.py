import json

import duckdb
import pytest

from warehouse import db


def test_migrations_apply_once_to_a_fresh_file(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
        applied = con.execute("SELECT version FROM schema_migrations").fetchall()
    assert {"crawl_runs", "pages", "articles", "events", "rejects", "article_urls",
            "outlets", "v_articles", "v_runs"} <= tables
    assert applied == [("001_initial.sql",), ("002_article_fields.sql",),
                       ("003_events_and_regions.sql",), ("004_run_health.sql",),
                       ("005_event_organiser_region.sql",), ("006_outside_pattern.sql",),
                       ("007_event_evidence.sql",),
                       ("008_occasions.sql",), ("009_caps_hit.sql",),
                       ("010_event_offices.sql",), ("011_revisit_payload.sql",),
                       ("012_run_host.sql",)]
    with db.writer(path) as con:  # second open: nothing new to apply
        assert db.migrate(con) == []


def test_an_edited_migration_is_refused(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.writer(path):
        pass
    con = duckdb.connect(str(path))
    con.execute("UPDATE schema_migrations SET checksum = 'edited'")
    with pytest.raises(RuntimeError, match="edited after it was applied"):
        db.migrate(con)
    con.close()


def test_published_at_is_timestamptz(tmp_path):
    with db.writer(tmp_path / "w.duckdb") as con:
        kind = con.execute("SELECT data_type FROM information_schema.columns "
                           "WHERE table_name = 'articles' AND column_name = 'published_at'"
                           ).fetchone()[0]
    assert kind == "TIMESTAMP WITH TIME ZONE"


def test_an_older_warehouse_gets_its_offices_apart_from_its_officials(tmp_path, monkeypatch):
    """A warehouse written before migration 010 kept offices named without a person among
    its officials (name null): opened now, each event's officials are the persons and its
    offices the rest (title, region), and fct_events shows both."""
    path = tmp_path / "old.duckdb"
    files = db._sql_files
    monkeypatch.setattr(db, "_sql_files", lambda folder: [] if folder == "views" else [
        f for f in files(folder) if f[0] < "010"])
    with db.writer(path) as con:  # the schema of 009, without views
        con.execute("INSERT INTO articles (canonical_url, url, outlet, title, text, text_hash) "
                    "VALUES ('https://a.test/1', 'https://a.test/1', 'langgam', 'T', 'b', 'h')")
        for eid, people in [
                ("e1", [{"title": "Bupati", "name": "Arman Saputra", "region": "Solok",
                         "honorifics": [], "aliases": []},
                        {"title": "Kepala Kesbangpol", "name": None, "region": "Kabupaten Solok",
                         "honorifics": [], "aliases": []}]),
                ("e2", []), ("e3", None)]:
            con.execute("INSERT INTO events (event_id, canonical_url, officials) VALUES (?, ?, ?)",
                        [eid, "https://a.test/1", None if people is None else json.dumps(people)])
    monkeypatch.setattr(db, "_sql_files", files)
    with db.writer(path) as con:
        assert db.migrate(con) == []  # the writer applied 010 on opening
        rows = {eid: (json.loads(o) if o else o, json.loads(f) if f else f)
                for eid, o, f in con.execute("SELECT event_id, officials, offices FROM fct_events")
                .fetchall()}
    assert [o["name"] for o in rows["e1"][0]] == ["Arman Saputra"]
    assert rows["e1"][0][0]["honorifics"] == []  # a person's entry is kept whole
    assert rows["e1"][1] == [{"title": "Kepala Kesbangpol", "region": "Kabupaten Solok"}]
    assert rows["e2"] == ([], [])
    assert rows["e3"] == (None, None)


def test_an_older_warehouse_gets_no_host_for_its_earlier_runs(tmp_path, monkeypatch):
    """Runs recorded before migration 012 have no host (NULL in crawl_runs and v_runs); the
    runs loaded after it record the host the run record names."""
    from staged_run import stage_run

    from warehouse.load import load_run

    path = tmp_path / "old.duckdb"
    files = db._sql_files
    monkeypatch.setattr(db, "_sql_files", lambda folder: [] if folder == "views" else [
        f for f in files(folder) if f[0] < "012"])
    with db.writer(path) as con:  # the schema of 011: a run as an older loader recorded it
        con.execute("INSERT INTO crawl_runs (run_id, flow, status) "
                    "VALUES ('old-run', 'nightly', 'loaded')")
    monkeypatch.setattr(db, "_sql_files", files)
    load_run(path, stage_run(tmp_path / "staging" / "new-run", "new-run", range(2)),
             {"run_id": "new-run", "flow": "ingest", "outlets": ["langgam"],
              "host": "crawler-2"})
    with db.reader(path) as con:
        assert con.execute("SELECT run_id, host FROM v_runs ORDER BY run_id").fetchall() == [
            ("new-run", "crawler-2"), ("old-run", None)]
