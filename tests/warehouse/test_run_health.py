"""Run health in the warehouse: per-outlet figures computed from the rows each run loaded."""

from __future__ import annotations

import json
from datetime import date

import pytest

from warehouse.db import reader
from warehouse.load import load_run, record_verdict
from warehouse.queries import daily_counts, recent_health

BASE = "https://langgam.id"


def article(n: int, outlet: str = "langgam", **extra) -> dict:
    url = f"{BASE}/berita-{n}/" if outlet == "langgam" else f"https://minangsatu.com/b/{n}"
    return {"url": url, "canonical_url": url, "outlet": outlet, "title": f"Judul {n}",
            "author": "Rina", "published_at": f"2024-07-{n:02d}T08:30:00+00:00",
            "published_raw": "x", "published_source": "jsonld", "dateline": None,
            "text": f"isi berita {n}", "text_hash": f"h{n}", "language": "id",
            "extractor_version": "1", "warc_file": "/a.warc.gz", "warc_offset": n,
            "fetched_at": "2024-07-30T00:00:00+00:00", "run_id": "r1", "aliases": [url],
            **extra}


def page(url: str, outlet: str = "langgam", kind: str = "article", offset: int = 0) -> dict:
    return {"run_id": "r", "outlet": outlet, "url": url, "status": 200, "kind": kind,
            "content_type": "text/html", "fetched_at": "2024-07-30T00:00:00+00:00",
            "warc_file": "/a.warc.gz", "warc_offset": offset or abs(hash(url)) % 10**9,
            "replayed": True, "redirect_urls": []}


def event(n: int, dated: bool = True) -> dict:
    return {"event_id": f"e{n}", "canonical_url": f"{BASE}/berita-{n}/",
            "event_date": "2024-07-01" if dated else None, "activities": ["apel"]}


def reject(url: str, stage: str, reason: str, outlet: str = "langgam") -> dict:
    return {"url": url, "outlet": outlet, "stage": stage, "reason": reason}


def stage(tmp_path, run: str, **files: list[dict]):
    """Write staged files of one run (kind -> rows) under staging/<run>/<outlet>/."""
    root = tmp_path / "staging" / run
    for kind, rows in files.items():
        for outlet in {r.get("outlet", "langgam") for r in rows} or {"langgam"}:
            path = root / outlet / f"{kind}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(json.dumps(r) + "\n" for r in rows
                                    if r.get("outlet", "langgam") == outlet))
    root.mkdir(parents=True, exist_ok=True)
    return root


def health_rows(db, run_id):
    with reader(db) as con:
        cursor = con.execute("SELECT * FROM run_outlet_health WHERE run_id = ? ORDER BY outlet",
                             [run_id])
        names = [d[0] for d in cursor.description]
        return {r[1]: dict(zip(names, r, strict=True)) for r in cursor.fetchall()}


@pytest.fixture
def first_run(tmp_path):
    """Four langgam articles (one undated, one without author, two with events, one of
    them dated), a minangsatu article, rejects of two kinds and a feed page."""
    articles = [article(1), article(2, published_at=None), article(3, author=None),
                article(4, author="  "), article(5, outlet="minangsatu")]
    run_dir = stage(
        tmp_path, "r1", articles=articles,
        pages=[page(a["url"], a["outlet"]) for a in articles]
        + [page(f"{BASE}/feed/", kind="feed"), page(f"{BASE}/kosong/")],
        events=[event(1), event(2, dated=False), event(22)],  # e22: no such article
        rejects=[reject(f"{BASE}/kosong/", "extract", "empty or too short body (12 chars)"),
                 reject(f"{BASE}/rusak/", "extract", "empty or too short body (80 chars)"),
                 reject(f"{BASE}/hilang/", "fetch", "http 404"),
                 reject(f"{BASE}/pindah/", "fetch", f"http 500 (at {BASE}/baru/)")])
    db = tmp_path / "w.duckdb"
    report = load_run(db, run_dir, {
        "run_id": "r1", "flow": "nightly", "outlets": ["langgam", "minangsatu", "antara"],
        "outlet_stats": {"langgam": {"finish_reason": "finished", "discovered": 9},
                         "antara": {"finish_reason": "shutdown", "discovered": 0,
                                    "problem": "crawl finished with 'shutdown'"}}})
    return db, report


def test_figures_and_shares_come_from_the_loaded_rows(first_run):
    db, report = first_run
    rows = health_rows(db, "r1")
    langgam = rows["langgam"]
    assert (langgam["pages_fetched"], langgam["article_pages"], langgam["articles"],
            langgam["articles_new"], langgam["events"]) == (6, 5, 4, 4, 2)
    assert (langgam["rejects"], langgam["fetch_rejects"], langgam["extract_rejects"]) \
        == (4, 2, 2)
    assert langgam["share_published"] == pytest.approx(3 / 4)
    assert langgam["share_author"] == pytest.approx(2 / 4)  # None and blank are no author
    assert langgam["share_event_date"] == pytest.approx(1 / 4)
    assert langgam["share_body"] == pytest.approx(4 / 6)  # 2 pages without a body count
    assert (langgam["finish_reason"], langgam["discovered"]) == ("finished", 9)
    assert rows["minangsatu"]["articles"] == 1 and rows["minangsatu"]["share_author"] == 1
    # an outlet of the run with nothing loaded still has its row, and its crawl problem
    assert rows["antara"]["articles"] == 0 and rows["antara"]["share_published"] is None
    assert rows["antara"]["failed_reason"] == "crawl finished with 'shutdown'"
    assert report.health["langgam"]["articles"] == 4
    assert report.health["antara"]["finish_reason"] == "shutdown"


def test_rejects_are_grouped_by_stage_and_reason_without_their_detail(first_run):
    db, report = first_run
    with reader(db) as con:
        grouped = con.execute("SELECT stage, reason, rejects FROM run_outlet_rejects "
                              "WHERE run_id = 'r1' ORDER BY stage, reason").fetchall()
    assert grouped == [("extract", "empty or too short body", 2), ("fetch", "http 404", 1),
                       ("fetch", "http 500", 1)]
    assert report.health["langgam"]["rejects_by_reason"][0] == {
        "stage": "extract", "reason": "empty or too short body", "rejects": 2}


def test_failures_already_seen_by_an_earlier_run_are_not_new(first_run, tmp_path):
    db, _ = first_run
    again = stage(tmp_path, "r2", pages=[page(f"{BASE}/kosong/"), page(f"{BASE}/lain/")],
                  rejects=[reject(f"{BASE}/kosong/", "extract", "empty or too short body"
                                  " (12 chars)"),
                           reject(f"{BASE}/lain/", "extract", "no title"),
                           reject(f"{BASE}/hilang/", "fetch", "http 404"),
                           reject(f"{BASE}/baru-hilang/", "fetch", "http 404")])
    report = load_run(db, again, {"run_id": "r2", "flow": "nightly", "outlets": ["langgam"]})
    langgam = report.health["langgam"]
    assert (langgam["article_pages"], langgam["new_article_pages"]) == (2, 1)
    assert (langgam["fetch_rejects"], langgam["new_fetch_rejects"]) == (2, 1)
    assert langgam["articles"] == 0 and langgam["share_body"] == 0


def test_unchanged_articles_count_and_a_rerun_replaces_its_figures(first_run, tmp_path):
    db, _ = first_run
    run_dir = stage(tmp_path, "r2", articles=[article(1), article(2, published_at=None)])
    for _ in range(2):
        report = load_run(db, run_dir, {"run_id": "r2", "flow": "reprocess",
                                        "outlets": ["langgam"]})
    langgam = report.health["langgam"]
    assert (langgam["articles"], langgam["articles_unchanged"]) == (2, 2)
    assert langgam["share_published"] == pytest.approx(0.5)
    with reader(db) as con:
        assert con.execute("SELECT count(*) FROM run_outlet_health WHERE run_id = 'r2'"
                           ).fetchone()[0] == 1


def test_a_verdict_updates_the_run_and_its_outlet(first_run):
    db, _ = first_run
    record_verdict(db, "r1", "failed", "langgam: published date low",
                   {"langgam": "published date low"})
    with reader(db) as con:
        assert con.execute("SELECT status, message FROM crawl_runs").fetchone() == (
            "failed", "langgam: published date low")
    assert health_rows(db, "r1")["langgam"]["failed_reason"] == "published date low"
    assert health_rows(db, "r1")["minangsatu"]["failed_reason"] is None


def test_recent_runs_newest_first_with_their_outlets(first_run, tmp_path):
    db, _ = first_run
    load_run(db, stage(tmp_path, "r2", articles=[article(9)]),
             {"run_id": "r2", "flow": "nightly", "outlets": ["langgam"],
              "started_at": "2099-01-01T00:00:00+00:00"})
    runs = recent_health(db, runs=1)
    assert [r["run_id"] for r in runs] == ["r2"]
    assert [o["outlet"] for o in runs[0]["outlets"]] == ["langgam"]
    assert [len(r["outlets"]) for r in recent_health(db)] == [1, 3]
    assert recent_health(tmp_path / "absent.duckdb") == []


def test_daily_counts_by_local_publication_day(first_run, tmp_path):
    db, _ = first_run
    counts = {(day, outlet): (a, e) for day, outlet, a, e in daily_counts(db)}
    assert counts[(date(2024, 7, 1), "langgam")] == (1, 1)
    assert (date(2024, 7, 2), "langgam") not in counts  # undated: no day
    assert counts[(date(2024, 7, 5), "minangsatu")] == (1, 0)
    assert daily_counts(tmp_path / "absent.duckdb") == []
