"""Every aggregate view counts what its base tables hold, with local-time buckets.

A small warehouse with multi-event articles, an article published at 00:30 WIB on the first
of a month (still the previous month in UTC), an undated event and a site outside the
registry; each aggregate is checked against a count over the base tables.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from warehouse import db

ARTICLES = [
    # canonical_url, outlet, published_at (UTC), about_asn_neutrality
    ("https://a.test/1", "langgam", "2024-09-30 17:30:00+00", True),   # 1 Oct 00:30 WIB
    ("https://a.test/2", "langgam", "2024-10-15 03:00:00+00", True),
    ("https://a.test/3", "suarakendari", "2024-09-30 16:30:00+00", True),  # 1 Oct 00:30 WITA
    ("https://a.test/4", "other:berita.test", "2024-11-02 01:00:00+00", False),
    ("https://a.test/5", "langgam", None, True),
]
EVENTS = [
    # event_id, canonical_url, event_date, province, activities, participants, officials
    ("e1", "https://a.test/1", "2024-09-26", "Sumatera Barat", ["apel", "ikrar"], 100,
     [{"title": "Pj Wali Kota", "name": "Budi Santoso"}]),
    ("e2", "https://a.test/1", "2024-09-30", "Sumatera Barat", ["pakta_integritas"], 40,
     []),
    ("e3", "https://a.test/2", None, "Sumatera Barat", ["sanksi", "pelanggaran"], None,
     [{"title": "Ketua Bawaslu", "name": "Rina Marlina"},
      {"title": "Sekda", "name": "Ahmad Fauzi"}]),
    ("e4", "https://a.test/3", "2024-10-01", None, ["pakta_integritas"], 1246, []),
    ("e5", "https://a.test/5", None, "Sumatera Barat", ["sosialisasi"], None, []),
]


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    path = tmp_path_factory.mktemp("views") / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO outlets VALUES ('langgam', 'Langgam', 'Asia/Jakarta', 'wp', "
                    "['langgam.id'], true), ('suarakendari', 'Suara Kendari', "
                    "'Asia/Makassar', 'wp', ['suarakendari.com'], true)")
        for url, outlet, published, about in ARTICLES:
            con.execute("INSERT INTO articles (canonical_url, url, outlet, title, published_at, "
                        "text, text_hash, about_asn_neutrality) VALUES (?, ?, ?, 'T', ?, "
                        "'body', 'h', ?)", [url, url, outlet, published, about])
        for eid, url, day, province, acts, count, officials in EVENTS:
            con.execute("INSERT INTO events (event_id, canonical_url, event_date, province, "
                        "activities, participants_count, officials) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [eid, url, day, province, acts, count, json.dumps(officials)])
        # e3 also names an office without a person: kept apart from its officials
        con.execute("UPDATE events SET offices = ? WHERE event_id = 'e3'",
                    [json.dumps([{"title": "Kepala Kesbangpol", "region": None}])])
    with db.reader(path) as reader:
        yield reader


def one(con, sql, *args):
    return con.execute(sql, list(args)).fetchone()[0]


def test_marts_have_one_row_per_thing(con):
    articles = one(con, "SELECT count(*) FROM articles")
    assert one(con, "SELECT count(*) FROM fct_articles") == articles
    assert one(con, "SELECT count(*) FROM fct_events") == one(con, "SELECT count(*) FROM events")
    assert one(con, "SELECT sum(events) FROM fct_articles") == len(EVENTS)


def test_outlet_coverage_counts_each_article_once(con):
    assert one(con, "SELECT sum(articles) FROM v_outlet_coverage") == len(ARTICLES)
    assert one(con, "SELECT sum(events) FROM v_outlet_coverage") == len(EVENTS)
    assert one(con, "SELECT sum(about_asn_neutrality) FROM v_outlet_coverage") == 4


def test_month_buckets_are_local(con):
    # 00:30 local on 1 October is October, although it is still September in UTC.
    rows = con.execute("SELECT outlet, month, articles FROM v_outlet_coverage "
                       "WHERE month = DATE '2024-10-01' ORDER BY outlet").fetchall()
    assert [(r[0], r[2]) for r in rows] == [("langgam", 2), ("suarakendari", 1)]
    assert one(con, "SELECT published_date_local FROM fct_articles "
                    "WHERE article_url = 'https://a.test/1'").isoformat() == "2024-10-01"
    # the site outside the registry is read in Asia/Jakarta
    assert one(con, "SELECT published_date_local FROM fct_articles "
                    "WHERE outlet = 'other:berita.test'").isoformat() == "2024-11-02"


def test_events_per_province_month_counts_every_event_once(con):
    assert one(con, "SELECT sum(events) FROM v_events_per_province_month") == len(EVENTS)
    rows = dict(((p, m.isoformat()), n) for p, m, n, _ in con.execute(
        "SELECT * FROM v_events_per_province_month").fetchall() if m is not None)
    # e3 has no event date: it falls in its article's local publication month
    assert rows[("Sumatera Barat", "2024-10-01")] == 1
    assert rows[("Sumatera Barat", "2024-09-01")] == 2
    assert rows[("(unknown)", "2024-10-01")] == 1
    # e5: no event date and no publication date: a bucket of its own, not lost
    assert one(con, "SELECT events FROM v_events_per_province_month WHERE month IS NULL") == 1
    assert one(con, "SELECT sum(participants) FROM v_events_per_province_month") == 1386


def test_integrity_pacts_and_sanction_officials_match_the_events(con):
    assert one(con, "SELECT count(*) FROM v_integrity_pacts") == one(
        con, "SELECT count(*) FROM events WHERE list_contains(activities, 'pakta_integritas')")
    assert one(con, "SELECT count(*) FROM v_sanction_officials") == 2
    assert one(con, "SELECT count(*) FROM v_articles_per_day") == 5  # one is undated
    assert one(con, "SELECT sum(articles) FROM v_articles_per_day") == len(ARTICLES)


def test_offices_are_a_column_of_fct_events_beside_the_officials(con, tmp_path):
    import sqlite3

    from warehouse.snapshot import write_snapshot

    columns = [r[0] for r in con.execute("DESCRIBE fct_events").fetchall()]
    assert columns[columns.index("officials") + 1] == "offices"
    offices = one(con, "SELECT offices FROM fct_events WHERE event_id = 'e3'")
    assert json.loads(offices) == [{"title": "Kepala Kesbangpol", "region": None}]
    # an office is no official: the officials' views list persons only
    assert one(con, "SELECT count(*) FROM v_sanction_officials WHERE name IS NULL") == 0
    counts = write_snapshot(con, tmp_path / "w.sqlite")  # the web view: a table of its own
    assert (counts["event_officials"], counts["event_offices"]) == (3, 1)
    lite = sqlite3.connect(tmp_path / "w.sqlite")
    assert lite.execute("SELECT event_id, title FROM event_offices").fetchall() == [
        ("e3", "Kepala Kesbangpol")]
    lite.close()


def test_the_readme_sql_examples_run_as_printed(con):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", readme, re.S)
    statements = [s.strip() for b in blocks for s in b.split(";") if s.strip()
                  and not all(ln.startswith("--") for ln in s.strip().splitlines())]
    assert len(statements) >= 8
    for statement in statements:
        con.execute(statement).fetchall()


# -- occasions: one occasion, many reports (issue 16) ----------------------------------------

OCC_ARTICLES = [
    # canonical_url, outlet, published_at (UTC)
    ("https://o.test/1", "langgam", "2024-09-26 02:00:00+00"),
    ("https://o.test/2", "suarakendari", "2024-09-26 06:00:00+00"),  # reports o1's occasion
    ("https://o.test/3", "langgam", "2024-09-26 07:00:00+00"),       # another, same day
    ("https://o.test/4", "langgam", "2024-10-31 17:30:00+00"),       # 1 Nov 00:30 WIB
    ("https://o.test/5", "suarakendari", "2024-11-01 01:00:00+00"),  # reports o4's occasion
]
BUDI = {"title": "Pj Wali Kota", "name": "Budi Santoso"}
RINA = {"title": "Ketua Bawaslu", "name": "Rina Marlina"}
OCC_EVENTS = [
    # event_id, canonical_url, event_date, regency_code, activities, participants, officials
    ("o1", "https://o.test/1", "2024-09-26", "13.71", ["apel", "pakta_integritas"], 300, [BUDI]),
    ("o2", "https://o.test/2", "2024-09-26", "13.71", ["apel", "sanksi"], 320, [BUDI]),
    ("o3", "https://o.test/3", "2024-09-26", "13.71", ["sosialisasi"], None, [RINA]),
    ("o4", "https://o.test/4", None, "13.71", ["pelanggaran", "sanksi"], None, [RINA]),
    ("o5", "https://o.test/5", None, None, ["pakta_integritas"], 50, []),
]


@pytest.fixture(scope="module")
def occ(tmp_path_factory):
    from warehouse.occasions import refresh

    path = tmp_path_factory.mktemp("occasion-views") / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO outlets VALUES ('langgam', 'Langgam', 'Asia/Jakarta', 'wp', "
                    "['langgam.id'], true), ('suarakendari', 'Suara Kendari', "
                    "'Asia/Makassar', 'wp', ['suarakendari.com'], true)")
        for url, outlet, published in OCC_ARTICLES:
            con.execute("INSERT INTO articles (canonical_url, url, outlet, title, published_at, "
                        "text, text_hash, about_asn_neutrality) VALUES (?, ?, ?, 'T', ?, "
                        "'body', 'h', true)", [url, url, outlet, published])
        for eid, url, day, regency, acts, count, officials in OCC_EVENTS:
            con.execute("INSERT INTO events (event_id, canonical_url, event_date, regency_code, "
                        "province_code, province, activities, participants_count, officials) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [eid, url, day, regency, regency and regency[:2],
                         regency and "Sumatera Barat", acts, count, json.dumps(officials)])
        refresh(con, "test")
    with db.reader(path) as reader:
        yield reader


def test_occasions_merge_reports_and_count_against_the_events(occ):
    occasions = one(occ, "SELECT count(DISTINCT occasion_id) FROM events")
    assert one(occ, "SELECT count(*) FROM events WHERE occasion_id IS NULL") == 0
    assert occasions == 4  # o1 + o2 one occasion; o3 apart on the same day and regency
    assert one(occ, "SELECT count(*) FROM fct_occasions") == occasions
    assert one(occ, "SELECT count(*) FROM v_occasions") == occasions
    assert one(occ, "SELECT sum(reports) FROM fct_occasions") == len(OCC_EVENTS)
    merged = occ.execute("SELECT reports, outlets, first_outlet, participants_count "
                         "FROM v_occasions WHERE reports = 2").fetchall()
    assert merged == [(2, ["langgam", "suarakendari"], "langgam", 300)]


def test_occasions_per_province_month_count_each_occasion_once(occ):
    assert one(occ, "SELECT sum(occasions) FROM v_occasions_per_province_month") == one(
        occ, "SELECT count(*) FROM occasions")
    assert one(occ, "SELECT sum(reports) FROM v_occasions_per_province_month") == one(
        occ, "SELECT count(*) FROM events")
    rows = {(p, m and m.isoformat()): (n, r) for p, m, n, r, _ in occ.execute(
        "SELECT * FROM v_occasions_per_province_month").fetchall()}
    assert rows[("Sumatera Barat", "2024-09-01")] == (2, 3)
    # o4 is undated: its first report's local publication day (1 Nov in WIB) buckets it
    assert rows[("Sumatera Barat", "2024-11-01")] == (1, 1)
    assert rows[("(unknown)", "2024-11-01")] == (1, 1)


def test_occasions_per_activity_match_the_events(occ):
    got = {a: (n, r) for a, n, r in occ.execute(
        "SELECT * FROM v_occasions_per_activity").fetchall()}
    expected = {a: (n, r) for a, n, r in occ.execute(
        "SELECT act, count(DISTINCT occasion_id), sum(reports) FROM ("
        "  SELECT DISTINCT unnest(e.activities) AS act, e.occasion_id, o.reports "
        "  FROM events e JOIN occasions o USING (occasion_id)) GROUP BY act").fetchall()}
    assert got == expected
    assert got["apel"] == (1, 2)


def test_pact_and_sanction_views_count_occasions(occ):
    assert one(occ, "SELECT count(*) FROM v_integrity_pact_occasions") == one(
        occ, "SELECT count(DISTINCT occasion_id) FROM events "
             "WHERE list_contains(activities, 'pakta_integritas')") == 2
    assert one(occ, "SELECT count(*) FROM v_integrity_pacts") == 2  # events, as before
    assert one(occ, "SELECT count(DISTINCT occasion_id) FROM v_integrity_pacts") == 2
    # the signing o1 reports was reported twice (o2 names no pact, yet is the same apel)
    assert sorted(r[0] for r in occ.execute(
        "SELECT reports FROM v_integrity_pact_occasions").fetchall()) == [1, 2]
    # Budi at the merged occasion (sanksi from o2), Rina at o4
    assert sorted(occ.execute("SELECT name, reports FROM v_sanction_official_occasions"
                              ).fetchall()) == [("Budi Santoso", 2), ("Rina Marlina", 1)]
    assert one(occ, "SELECT count(*) FROM v_sanction_officials WHERE occasion_id IS NULL") == 0


def test_occasions_per_outlet_count_each_occasion_once_per_outlet(occ):
    got = {o: (n, r, f) for o, _, n, r, f in occ.execute(
        "SELECT * FROM v_occasions_per_outlet").fetchall()}
    expected = {o: (n, r) for o, n, r in occ.execute(
        "SELECT a.outlet, count(DISTINCT e.occasion_id), count(*) FROM events e "
        "JOIN articles a USING (canonical_url) GROUP BY 1").fetchall()}
    assert {o: v[:2] for o, v in got.items()} == expected
    # o1 and o2 are one occasion: once under each outlet, first reported by langgam
    assert got == {"langgam": (3, 3, 3), "suarakendari": (2, 2, 1)}
