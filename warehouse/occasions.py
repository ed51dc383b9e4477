"""Occasions in the warehouse: near-duplicate clusters and occasions, kept current by the loader.

``refresh`` runs inside the loader's transaction, after the run's articles and events are
written (one call in ``load_run``), so a new report joining an occasion, a reprocessed
article and the run itself commit or roll back together. It:

1. hashes the texts that are new or changed since their signature (``article_signatures``,
   with one key per LSH band; an unchanged warehouse hashes nothing);
2. re-clusters only the articles a change can affect: the changed ones, those sharing a
   band key with one and the members of their clusters. Their LSH candidate pairs come from
   a join of the stored band keys in DuckDB (bounded memory, no index rebuilt in Python;
   the same bands datasketch's index uses), verified and grouped by
   ``transforms.occasions.near_duplicates.clusters_of_pairs``; writes only rows that differ;
3. when anything occasion merging reads has changed (a fingerprint, ``occasion_state``),
   merges every event into occasions again (``transforms.occasions.occasions``) and writes
   only the ``occasions`` rows and ``events.occasion_id`` values that differ; otherwise it
   only gives re-inserted events (a reloaded article's) their occasion back.

Ids come from a stable member (a cluster's first publisher, an occasion's earliest report),
so reprocessing keeps them where membership holds, and a rerun writes nothing.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Any

import duckdb

from transforms.occasions.near_duplicates import (
    Article,
    Signature,
    band_keys,
    clusters_of_pairs,
    signature,
)
from transforms.occasions.occasions import Occasion, Report, assign, summarise

BATCH = 500  # texts hashed per fetch: memory stays flat however many articles change
# Above this share of changed articles, every article counts as affected (one self-join of
# band keys) rather than looking up the changed ones' neighbours first.
RECLUSTER_ALL = 0.2


def refresh(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, int]:
    """Bring signatures, clusters and occasions up to date; returns what changed."""
    changed = update_signatures(con)
    return {"signatures": len(changed), "cluster_rows": update_clusters(con, changed),
            **update_occasions(con, run_id)}


def _sql(name: str) -> str:
    return (resources.files("warehouse") / "sql" / f"{name}.sql").read_text(encoding="utf-8")


# Rows travel as one parameter (a list of structs) unnested into columns by name.
_ROWS = "SELECT unnest(r) FROM (SELECT unnest($rows) AS r)"


def _insert(con: duckdb.DuckDBPyConnection, into: str, rows: list[dict[str, Any]]) -> None:
    """``rows`` into a table, ``BATCH`` at a time (``into``: "INSERT INTO t BY NAME ")."""
    for start in range(0, len(rows), BATCH):
        con.execute(into + _ROWS, {"rows": rows[start:start + BATCH]})


def update_signatures(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Hash the texts without a current signature (new, changed, or republished at another
    time: the first publisher may change); returns their URLs."""
    stale = [r[0] for r in con.execute(
        "SELECT a.canonical_url FROM articles a "
        "LEFT JOIN article_signatures s USING (canonical_url) "
        "WHERE s.canonical_url IS NULL OR s.text_hash <> a.text_hash "
        "OR s.published_at IS DISTINCT FROM a.published_at "
        "ORDER BY a.canonical_url").fetchall()]
    for start in range(0, len(stale), BATCH):
        urls = stale[start:start + BATCH]
        rows = []
        for url, text_hash, published, text in con.execute(
                "SELECT canonical_url, text_hash, published_at, text FROM articles "
                "WHERE list_contains($urls, canonical_url)", {"urls": urls}).fetchall():
            sig = signature(text or "")
            rows.append({"canonical_url": url, "text_hash": text_hash, "published_at": published,
                         "minhash": sig.values if sig else None,
                         "shingles": sig.shingles if sig else None,
                         "bands": band_keys(sig) if sig else None})
        con.execute("DELETE FROM article_signatures WHERE list_contains($urls, canonical_url)",
                    {"urls": urls})
        _insert(con, "INSERT INTO article_signatures BY NAME ", rows)
    return stale


def update_clusters(con: duckdb.DuckDBPyConnection, changed: list[str]) -> int:
    """Re-cluster what the changed articles can affect; returns the rows written."""
    if not changed:
        return 0
    total = con.execute("SELECT count(*) FROM article_signatures").fetchone()[0]
    if len(changed) > RECLUSTER_ALL * total:
        con.execute("CREATE OR REPLACE TEMP TABLE cluster_affected AS "
                    "SELECT canonical_url FROM article_signatures")
    else:
        con.execute(_sql("cluster_affected"), {"urls": changed})
    pairs = con.execute(_sql("cluster_candidates")).fetchall()
    named = sorted({url for pair in pairs for url in pair})
    articles = [Article(url, Signature(bytes(values), shingles), published)
                for url, values, shingles, published in con.execute(
                    "SELECT canonical_url, minhash, shingles, published_at "
                    "FROM article_signatures WHERE list_contains($urls, canonical_url)",
                    {"urls": named}).fetchall()]
    con.execute("CREATE OR REPLACE TEMP TABLE new_clusters AS SELECT * FROM article_clusters "
                "WHERE canonical_url NOT IN (SELECT canonical_url FROM cluster_affected)")
    rows = [{"canonical_url": m.canonical_url, "cluster_id": m.cluster_id,
             "similarity": m.similarity, "first_publisher": m.first_publisher}
            for m in clusters_of_pairs(articles, pairs)]
    _insert(con, "INSERT INTO new_clusters BY NAME ", rows)
    con.execute(_sql("sync_article_clusters"))
    return con.execute("SELECT count(*) FROM changed_clusters").fetchone()[0]


def _day(value: Any) -> date | None:
    return value if isinstance(value, date) else None


def reports(con: duckdb.DuckDBPyConnection) -> list[Report]:
    """Every event as a report, with its article's outlet, publication and cluster."""
    out = []
    for row in con.execute(
            """SELECT e.event_id, e.canonical_url, a.outlet, a.published_at,
                      a.published_date_local, e.event_date, e.regency_code, e.province_code,
                      e.regency, e.province, e.venue, e.activities, e.officials,
                      e.participants_count, c.cluster_id
               FROM events e JOIN stg_articles a USING (canonical_url)
               LEFT JOIN article_clusters c USING (canonical_url)
               ORDER BY e.event_id""").fetchall():
        (event_id, url, outlet, published, day, event_date, regency_code, province_code,
         regency, province, venue, activities, officials, count, cluster) = row
        people = json.loads(officials) if officials else []
        out.append(Report(
            event_id=event_id, article=url, outlet=outlet, published_at=published,
            published_day=_day(day), event_date=_day(event_date), regency_code=regency_code,
            province_code=province_code, regency=regency, province=province, venue=venue,
            activities=frozenset(activities or ()),
            officials=tuple((o.get("title"), o["name"]) for o in people
                            if isinstance(o, dict) and o.get("name")),
            participants_count=count, cluster=cluster))
    return out


def _row(o: Occasion, run_id: str) -> dict[str, Any]:
    return {
        "occasion_id": o.occasion_id, "occasion_date": o.event_date,
        "regency": o.regency, "regency_code": o.regency_code, "province": o.province,
        "province_code": o.province_code, "venue": o.venue, "activities": list(o.activities),
        "officials": json.dumps([{"title": t, "name": n} for t, n in o.officials]),
        "participants_count": o.participants_count,
        "participants_reported": list(o.participants_reported), "reports": o.reports,
        "outlets": list(o.outlets), "urls": list(o.urls), "event_ids": list(o.event_ids),
        "first_event_id": o.first_event_id,
        "first_url": o.first_url, "first_published_at": o.first_published_at,
        "updated_run_id": run_id,
    }


def update_occasions(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, int]:
    """Merge every event into occasions when their inputs changed; returns the rows written
    and events re-pointed."""
    inputs = con.execute(_sql("occasion_inputs")).fetchone()[0]
    last = con.execute("SELECT value FROM occasion_state WHERE name = 'inputs'").fetchone()
    if last and last[0] == inputs:
        # nothing changed: events re-inserted as they were get their occasion back
        con.execute(_sql("restore_event_occasions"))
        return {"occasion_rows": 0, "events_moved": 0}
    con.execute("INSERT OR REPLACE INTO occasion_state VALUES ('inputs', ?)", [inputs])
    found = reports(con)
    assignment = assign(found)
    con.execute("CREATE OR REPLACE TEMP TABLE new_occasions AS SELECT * FROM occasions LIMIT 0")
    rows = [_row(o, run_id) for o in summarise(found, assignment)]
    _insert(con, "INSERT INTO new_occasions BY NAME ", rows)
    con.execute("CREATE OR REPLACE TEMP TABLE new_event_occasions "
                "(event_id VARCHAR PRIMARY KEY, occasion_id VARCHAR)")
    pairs = [{"event_id": e, "occasion_id": o} for e, o in sorted(assignment.items())]
    _insert(con, "INSERT INTO new_event_occasions BY NAME ", pairs)
    con.execute(_sql("sync_occasions"))
    return {"occasion_rows": con.execute("SELECT count(*) FROM changed_occasions").fetchone()[0],
            "events_moved": con.execute("SELECT count(*) FROM moved_events").fetchone()[0]}
