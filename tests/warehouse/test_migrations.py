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
                       ("008_occasions.sql",), ("009_caps_hit.sql",)]
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
