"""A discovery cap a backfill hits is a health figure: ``caps_hit`` in run_outlet_health
(migration 009), in the run's artifact and in ``warta health`` (issue 14, item 5).

The backfill reads the loopback archive of tests/fixtures/listing_site.py with --max-pages
5, so its walk stops at page 5 while the site offers page 6 and the range goes on.
"""

from __future__ import annotations

from datetime import date

from listing_site import serve_archive
from typer.testing import CliRunner

from flows.cli import app
from flows.health import render_markdown
from warehouse.db import reader


def test_a_cap_hit_by_a_backfill_is_in_the_run_health(tmp_path, monkeypatch, prefect_harness):
    from flows.backfill import backfill
    from flows.run import RunFailed

    monkeypatch.setenv("WARTA_DOWNLOAD_DELAY", "0")
    db = tmp_path / "w.duckdb"
    with serve_archive() as (base, _asked):
        try:
            summary = backfill(outlets=["langgam"], since=date(2024, 10, 19),
                               until=date(2024, 10, 21), db_path=str(db),
                               data_dir=str(tmp_path / "data"), base_url=base, max_pages=5,
                               workers=1)
        except RunFailed as failed:  # a verdict on coverage is not this test's business
            summary = failed.summary
    assert summary["outlet_stats"]["langgam"]["caps_hit"] == 1
    assert summary["load"]["health"]["langgam"]["caps_hit"] == 1
    assert "- **langgam**: 1" in render_markdown(summary).split("**Discovery caps hit**")[1]
    with reader(db) as con:
        assert con.execute("SELECT caps_hit FROM run_outlet_health").fetchall() == [(1,)]
        reasons = [r[0] for r in con.execute("SELECT reason FROM rejects WHERE stage = "
                                             "'discover'").fetchall()]
    assert any(r.startswith("listing page limit 5 reached") for r in reasons)
    shown = CliRunner().invoke(app, ["health", "--db", str(db), "--chart",
                                     str(tmp_path / "h.png")])
    assert shown.exit_code == 0, shown.output
    assert f"caps hit: run {summary['run_id']} langgam: 1 (" in shown.stdout
