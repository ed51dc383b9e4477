"""`warta crawl --replay` of archives in which an article's newest capture is a revisit that
cannot be read: the run's figures say how many pages replayed from an older capture
(``stale_replays``), the warehouse's page row is the capture served, and the reject rows are
those `warta ingest` of the same archives records. Before, the older capture loaded without
a word, and a URL whose only capture is such a revisit was "not in archive"."""

from __future__ import annotations

from stale_replay import ARCHIVE, LOST, SERVED_AT, STALE, stale_archives, why
from typer.testing import CliRunner

from warehouse.db import reader

REJECTS = "SELECT url, stage, reason FROM rejects WHERE url IN (?, ?) ORDER BY url"


def test_a_replay_from_an_older_capture_is_counted_and_rejected_as_ingest(tmp_path,
                                                                          prefect_harness):
    from flows.cli import app

    archives = stale_archives(tmp_path)
    replayed, ingested = tmp_path / "replay.duckdb", tmp_path / "ingest.duckdb"
    crawl = CliRunner().invoke(app, ["crawl", "-o", "langgam", "--replay", archives[0],
                                     "--replay", archives[1], "--db", str(replayed),
                                     "--data-dir", str(tmp_path / "r"), "--workers", "1"])
    assert crawl.exit_code == 0, crawl.output
    [line] = [ln for ln in crawl.output.splitlines() if ln.strip().startswith("langgam:")]
    assert "stale_replays=1" in line, crawl.output
    ingest = CliRunner().invoke(app, ["ingest", *archives, "--db", str(ingested),
                                      "--data-dir", str(tmp_path / "i"), "--workers", "1"])
    assert ingest.exit_code == 0, ingest.output
    with reader(replayed) as con:
        from_replay = con.execute(REJECTS, [STALE, LOST]).fetchall()
        served = con.execute("SELECT warc_file, CAST(fetched_at AS VARCHAR) FROM pages "
                             "WHERE url = ?", [STALE]).fetchall()
        extracted = con.execute("SELECT count(*) FROM articles WHERE url = ?",
                                [STALE]).fetchone()[0]
    with reader(ingested) as con:
        from_ingest = con.execute(REJECTS, [STALE, LOST]).fetchall()
    assert from_replay == from_ingest == [(LOST, "fetch", why(LOST)),
                                          (STALE, "fetch", why(STALE))]
    [(warc_file, fetched_at)] = served
    assert warc_file == str(ARCHIVE) and fetched_at.startswith(SERVED_AT[:19].replace("T", " "))
    assert extracted == 1  # the newest readable capture still loads


def test_a_fanned_out_replay_counts_its_older_captures_too(tmp_path, monkeypatch,
                                                           prefect_harness):
    """A fanned-out batch reads the revisits afresh (its copy of the run's index has no
    kept resolutions beside it): the same figure, summed into the run's, and the same rows."""
    from flows import fanout
    from flows.crawl_outlet import crawl_outlet_flow
    from flows.nightly import nightly

    def submit(batch, params, attempt):  # the crawl-outlet runs, here (a worker's host)
        return crawl_outlet_flow(**params, return_state=True).state_details.flow_run_id

    monkeypatch.setattr(fanout, "submit", submit)
    monkeypatch.setattr(fanout, "POLL_SECONDS", 0.1)
    db = tmp_path / "fanned.duckdb"
    run = nightly(outlets=["langgam"], db_path=str(db), data_dir=str(tmp_path / "f"),
                  replay=stale_archives(tmp_path), workers=1, fan_out="deployments")
    assert run["outlet_stats"]["langgam"]["stale_replays"] == 1
    with reader(db) as con:
        assert con.execute(REJECTS, [STALE, LOST]).fetchall() == [
            (LOST, "fetch", why(LOST)), (STALE, "fetch", why(STALE))]
