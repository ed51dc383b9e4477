"""Run health: floors, verdicts, the artifact, `warta health`, and failing runs end to end."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import ARCHIVE
from staged_run import stage_run
from typer.testing import CliRunner

from flows.health import (
    RUN_COLUMNS,
    Floors,
    daily_series,
    judge,
    judge_outlet,
    render_markdown,
    run_rows,
    text_table,
    write_chart,
)
from warehouse.db import reader
from warehouse.load import load_run

PNG = b"\x89PNG\r\n\x1a\n"


def figures(**values):
    base = {"articles": 0, "article_pages": 0, "new_article_pages": 0, "fetch_rejects": 0,
            "new_fetch_rejects": 0, "extract_rejects": 0, "share_published": None,
            "share_body": None, "share_author": None, "share_event_date": None,
            "rejects_by_reason": []}
    return {**base, **values}


# -- floors --------------------------------------------------------------------------------

def test_floors_default_then_environment_then_parameters():
    assert Floors.from_env({}) == Floors(published=0.8, min_sample=5)
    env = {"WARTA_MIN_DATE_COVERAGE": "0.5", "WARTA_MIN_AUTHOR_COVERAGE": " 0.9 ",
           "WARTA_HEALTH_MIN_SAMPLE": "3", "WARTA_MIN_BODY_COVERAGE": ""}
    floors = Floors.from_env(env)
    assert (floors.published, floors.author, floors.body, floors.min_sample) == (
        0.5, 0.9, 0.0, 3)
    assert Floors.from_env(env, published=0.95, author=None).published == 0.95
    assert Floors.from_env(env, published=0.95, author=None).author == 0.9


@pytest.mark.parametrize("env, message", [
    ({"WARTA_MIN_DATE_COVERAGE": "80%"}, "not a number"),
    ({"WARTA_MIN_DATE_COVERAGE": "80"}, "not in \\[0, 1\\]"),
    ({"WARTA_HEALTH_MIN_SAMPLE": "2.5"}, "not a whole number"),
    ({"WARTA_HEALTH_MIN_SAMPLE": "0"}, "below 1"),
])
def test_a_malformed_floor_is_an_error(env, message):
    with pytest.raises(ValueError, match=message):
        Floors.from_env(env)


# -- verdicts ------------------------------------------------------------------------------

FLOORS = Floors(published=0.8, author=0.5, min_sample=5)


@pytest.mark.parametrize("case, values, expected", [
    ("quiet night: every feed entry already loaded, no article page fetched",
     {}, None),
    ("a page rejected by an earlier run, fetched again", {"article_pages": 1}, None),
    ("new article pages, none extracted",
     {"article_pages": 3, "new_article_pages": 3, "rejects_by_reason": [
         {"stage": "fetch", "reason": "http 404", "rejects": 1},
         {"stage": "extract", "reason": "no title", "rejects": 3}]},
     "3 article page(s) fetched, none extracted (no title): page layout changed?"),
    ("a few new article links dead", {"new_fetch_rejects": 4}, None),
    ("every article fetch failed", {"new_fetch_rejects": 5, "fetch_rejects": 7},
     "none of 5 article pages could be fetched: blocked or site down?"),
    ("dates under the floor", {"articles": 10, "share_published": 0.7, "share_author": 1.0},
     "published date on 7 of 10 articles (70%), under the 80% floor"),
    ("dates exactly at the floor", {"articles": 10, "share_published": 0.8}, None),
    ("one undated article of one", {"articles": 1, "share_published": 0.0}, None),
    ("under the floor at the minimum sample",
     {"articles": 5, "share_published": 0.6, "share_author": 0.4},
     "published date on 3 of 5 articles (60%), under the 80% floor; "
     "author on 2 of 5 articles (40%), under the 50% floor"),
    ("a floor of zero is off", {"articles": 9, "share_published": 1, "share_body": 0.0},
     None),
], ids=lambda v: v if isinstance(v, str) and " " in v and len(v) < 80 else "")
def test_judge_outlet(case, values, expected):
    reasons = judge_outlet(figures(**values), FLOORS)
    assert "; ".join(reasons) == (expected or "")


def test_body_coverage_counts_article_pages_without_a_body():
    values = figures(articles=6, extract_rejects=4, share_body=0.6, share_published=1.0)
    assert judge_outlet(values, Floors(body=0.7)) == [
        "body text on 6 of 10 article pages (60%), under the 70% floor"]


def test_a_crawl_problem_is_the_reason_and_only_run_outlets_are_judged():
    health = {"antara": figures(article_pages=2, new_article_pages=2),
              "langgam": figures(articles=8, share_published=0.1),
              "padangkita": figures(articles=8, share_published=0.1)}
    problems = {"antara": "crawl finished with 'shutdown'", "minangsatu": None}
    verdict = judge(["antara", "langgam", "minangsatu"], health, problems, FLOORS)
    assert list(verdict) == ["antara", "langgam"]
    assert verdict["antara"] == "crawl finished with 'shutdown'"
    assert verdict["langgam"].startswith("published date on 1 of 8 articles")


# -- rendering -----------------------------------------------------------------------------

def summary(**extra):
    health = {
        "langgam": figures(outlet="langgam", pages_fetched=12, article_pages=9, articles=8,
                           articles_new=6, articles_updated=1, articles_unchanged=1, events=3,
                           rejects=2, share_published=0.875, share_body=0.8, share_author=1.0,
                           share_event_date=0.25, rejects_by_reason=[
                               {"stage": "fetch", "reason": "http 500 | x", "rejects": 2}]),
        "minangsatu": figures(outlet="minangsatu", pages_fetched=4),
    }
    return {"run_id": "R1", "flow": "nightly", "status": "failed", "message": "m",
            "outlets": ["langgam", "minangsatu"],
            "outlet_stats": {"langgam": {"finish_reason": "finished", "discovered": 14},
                             "minangsatu": {"finish_reason": "finished", "discovered": 3}},
            "load": {"pages": 16, "articles_new": 6, "articles_updated": 1,
                     "articles_unchanged": 1, "events": 3, "rejects": 2, "quarantined": [],
                     "health": health},
            "failures": {"minangsatu": "2 article page(s) fetched, none extracted"},
            "floors": Floors().to_dict(), **extra}


def test_the_artifact_shows_figures_coverage_rejects_by_reason_and_verdict():
    text = render_markdown(summary())
    lines = text.splitlines()
    assert lines[0] == "# warta nightly run `R1`: failed"
    langgam = next(line for line in lines if line.startswith("| langgam | finished"))
    assert langgam == ("| langgam | finished | 14 | 12 | 9 | 6 | 1 | 1 | - | 3 | 2 | 88% "
                       "| 80% | 100% | 25% | ok |")
    minang = next(line for line in lines if line.startswith("| minangsatu |"))
    assert minang.endswith("| - | - | - | - | FAILED: 2 article page(s) fetched, none "
                           "extracted |")
    assert "- **minangsatu**: 2 article page(s) fetched, none extracted" in lines
    assert "| langgam | fetch | http 500 \\| x | 2 |" in lines
    assert "published date 80%" in text and "from 5 articles up" in text


def test_the_artifact_says_when_the_run_is_not_in_the_shared_storage():
    text = render_markdown(summary(unpublished="not published to s3://b/p: PermissionError"))
    assert ("**Loaded here but not published to s3://b/p: PermissionError**; `warta load "
            "--pending` publishes it.") in text.splitlines()
    assert "not published" not in render_markdown(summary())


def test_articles_outside_the_url_pattern_show_in_the_artifact_and_the_table():
    report = summary()
    report["load"]["health"]["langgam"]["articles_outside_pattern"] = 3
    lines = render_markdown(report).splitlines()
    langgam = next(line for line in lines if line.startswith("| langgam | finished"))
    assert "| 1 | 1 | 3 | 3 | 2 |" in langgam  # updated, unchanged, outside, events, rejects
    assert "- **langgam**: 3" in lines
    assert any(line.startswith("**Articles outside the URL pattern**") for line in lines)
    rows = run_rows([{"run_id": "R3", "flow": "ingest", "status": "loaded", "outlets": [
        {"outlet": "langgam", "articles_new": 4, "articles_outside_pattern": 3}]}])
    assert rows[0][RUN_COLUMNS.index("outside")] == "3"


def test_runs_table_has_one_row_per_run_and_outlet():
    runs = [{"run_id": "R2", "flow": "nightly", "status": "loaded", "outlets": [
                {"outlet": "langgam", "finish_reason": "finished", "pages_fetched": 3,
                 "articles_new": 2, "events": 1, "rejects": 0, "share_published": 1.0,
                 "failed_reason": None}]},
            {"run_id": "R1-older", "flow": "backfill", "status": "failed", "outlets": [],
             "pages_fetched": 40, "articles_new": 30, "rejects": 5, "message": "antara: x"}]
    rows = run_rows(runs)
    # no host: runs recorded before migration 012
    assert rows[0][:8] == ["R2", "nightly", "-", "loaded", "langgam", "finished", "3", "2"]
    assert rows[0][RUN_COLUMNS.index("outside")] == "-"  # a run before migration 006
    assert rows[0][RUN_COLUMNS.index("date"):] == ["100%", "-", "-", "-", ""]
    assert rows[1][RUN_COLUMNS.index("outlet")] == "(all)" and rows[1][-1] == "antara: x"
    table = text_table(["run", "outlet"], [["R2", "langgam"], ["R1-older", "x"]])
    assert table.splitlines() == ["run       outlet", "R2        langgam", "R1-older  x"]


def test_daily_series_ends_at_the_newest_day_and_shows_gaps_as_zero():
    end = date(2024, 9, 30)
    rows = [(end, "langgam", 3, 1), (end - timedelta(days=2), "langgam", 2, 0),
            (end - timedelta(days=1), "antara", 5, 2), (end - timedelta(days=9), "antara", 7, 7)]
    axis, series = daily_series(rows, days=3)
    assert axis == [end - timedelta(days=2), end - timedelta(days=1), end]
    assert list(series) == ["antara", "langgam"]
    assert series["langgam"] == {"articles": [2, 0, 3], "events": [0, 0, 1]}
    assert series["antara"] == {"articles": [0, 5, 0], "events": [0, 2, 0]}
    assert daily_series([], days=3) == ([], {})


def test_chart_is_written_with_data_and_as_an_empty_state(tmp_path):
    rows = [(date(2024, 9, d), o, d % 4, d % 2) for d in range(1, 20)
            for o in ("antara", "langgam")]
    assert write_chart(rows, tmp_path / "c" / "chart.png", days=30) is True
    assert write_chart([], tmp_path / "empty.png") is False
    drawn, empty = (tmp_path / "c" / "chart.png").read_bytes(), (tmp_path / "empty.png"
                                                                  ).read_bytes()
    assert drawn.startswith(PNG) and empty.startswith(PNG)
    assert len(drawn) > len(empty)


# -- command line --------------------------------------------------------------------------

def test_cli_health_on_an_empty_warehouse(tmp_path):
    from flows.cli import app
    from warehouse.db import writer

    with writer(tmp_path / "w.duckdb"):
        pass
    for db in ("w.duckdb", "absent.duckdb"):
        chart = tmp_path / f"{db}.png"
        result = CliRunner().invoke(app, ["health", "--db", str(tmp_path / db),
                                          "--chart", str(chart)])
        assert result.exit_code == 0, result.output
        assert "no runs recorded" in result.output and "empty" in result.output
        assert chart.read_bytes().startswith(PNG)


def test_cli_health_lists_runs_per_outlet_and_draws_the_chart(tmp_path):
    from flows.cli import app

    db = tmp_path / "w.duckdb"
    for run, numbers in (("run-a", range(6)), ("run-b", range(4, 9))):
        load_run(db, stage_run(tmp_path / "staging" / run, run, numbers),
                 {"run_id": run, "flow": "nightly", "outlets": ["langgam"], "host": "crawler-1",
                  "started_at": f"2024-10-0{1 if run == 'run-a' else 2}T00:00:00+00:00",
                  "outlet_stats": {"langgam": {"finish_reason": "finished"}}})
    chart = tmp_path / "health.png"
    result = CliRunner().invoke(app, ["health", "--db", str(db), "--chart", str(chart),
                                      "--runs", "1"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:6] == ["run", "flow", "host", "status", "outlet", "finish"]
    assert lines[1].split()[:10] == ["run-b", "nightly", "crawler-1", "loaded", "langgam",
                                     "finished", "5", "3", "0", "2"]
    assert not any("run-a" in line for line in lines)
    assert lines[-1] == f"chart: {chart}" and chart.read_bytes().startswith(PNG)


# -- flows ---------------------------------------------------------------------------------

def test_a_quiet_night_and_a_known_broken_page_do_not_fail_the_run(tmp_path, prefect_harness):
    from flows.nightly import nightly

    db, data = str(tmp_path / "w.duckdb"), str(tmp_path / "d")
    first = nightly(outlets=["langgam"], db_path=db, data_dir=data, replay=[str(ARCHIVE)])
    second = nightly(outlets=["langgam"], db_path=db, data_dir=data, replay=[str(ARCHIVE)])
    assert first["status"] == second["status"] == "loaded"
    before, after = first["load"]["health"]["langgam"], second["load"]["health"]["langgam"]
    assert before["articles"] >= 2 and before["share_published"] == 1.0
    # the second night refetches only the pages that failed before: nothing new, healthy
    assert after["articles"] == 0 and after["article_pages"] >= 1
    assert after["new_article_pages"] == 0 and second["failures"] == {}


def test_coverage_under_a_floor_fails_the_run_after_loading(tmp_path, prefect_harness,
                                                            monkeypatch):
    from prefect.artifacts import Artifact

    from flows.nightly import nightly
    from flows.run import RunFailed

    monkeypatch.setenv("WARTA_MIN_AUTHOR_COVERAGE", "0.9")  # Minangsatu names no author
    monkeypatch.setenv("WARTA_HEALTH_MIN_SAMPLE", "2")
    db = tmp_path / "w.duckdb"
    with pytest.raises(RunFailed, match=r"minangsatu: author on 0 of 2 articles \(0%\)") \
            as failed:
        nightly(outlets=["langgam", "minangsatu"], db_path=str(db),
                data_dir=str(tmp_path / "d"), replay=[str(ARCHIVE)])
    assert list(failed.value.summary["failures"]) == ["minangsatu"]
    with reader(db) as con:
        outlets = con.execute("SELECT DISTINCT outlet FROM articles ORDER BY 1").fetchall()
        status, message = con.execute("SELECT status, message FROM crawl_runs").fetchone()
        reasons = dict(con.execute("SELECT outlet, failed_reason FROM run_outlet_health"
                                   ).fetchall())
    assert outlets == [("langgam",), ("minangsatu",)]  # loaded before failing
    assert status == "failed" and message.startswith("minangsatu: author on 0 of 2")
    assert reasons["langgam"] is None and reasons["minangsatu"].startswith("author on 0")
    artifact = Artifact.get("warta-run-report")
    assert "FAILED: author on 0 of 2 articles" in artifact.data
    assert "| langgam | finished |" in artifact.data
