"""Runs that go wrong, and reprocessing: the rest always loads, nothing is counted twice."""

from __future__ import annotations

import io
import json

import pytest
from build_archive import SITE, body_of, load_manifest
from conftest import ARCHIVE
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warehouse.db import reader


def only_outlet_archive(path, host_suffix: str) -> str:
    """A WARC holding the fixture responses of one outlet's hosts only."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for entry in load_manifest():
            if not entry["url"].split("/")[2].endswith(host_suffix):
                continue
            http = StatusAndHeaders(f"{entry['status']} X", [
                ("Content-Type", entry.get("content_type") or "text/html"),
                *(entry.get("headers") or {}).items()], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                entry["url"], "response", payload=io.BytesIO(body_of(entry, SITE)),
                http_headers=http))
    return str(path)


def test_an_outlet_with_zero_articles_fails_the_run_after_the_rest_loaded(
        tmp_path, prefect_harness):
    from flows.nightly import nightly
    from flows.run import RunFailed

    archive = only_outlet_archive(tmp_path / "langgam.warc.gz", "langgam.id")
    db = tmp_path / "w.duckdb"
    with pytest.raises(RunFailed, match="minangsatu: no discovery source could be fetched"):
        nightly(outlets=["langgam", "minangsatu"], db_path=str(db),
                data_dir=str(tmp_path / "d"), replay=[archive])
    with reader(db) as con:
        outlets = con.execute("SELECT DISTINCT outlet FROM articles").fetchall()
        status, message = con.execute("SELECT status, message FROM crawl_runs").fetchone()
    assert outlets == [("langgam",)]
    assert status == "failed" and "minangsatu" in message


def test_a_listing_without_article_links_reads_as_a_layout_change(tmp_path):
    from spiders.crawl import run_crawl

    path = tmp_path / "changed.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        page = b"<html><body><div class='new-layout'>Hasil pencarian</div></body></html>"
        writer.write_record(writer.create_warc_record(
            "https://minangsatu.com/cari/netralitas%20asn", "response",
            payload=io.BytesIO(page), http_headers=http))
    result = run_crawl("minangsatu", "t", tmp_path / "run", tmp_path / "warc",
                       mode="nightly", replay=[str(path)])
    assert result.returncode == 0 and result.finish_reason == "finished"
    assert result.problem() == ("discovery found zero article links "
                                "(site layout or feed changed?)")


def test_reprocess_re_extracts_archived_pages_without_duplicates(tmp_path, prefect_harness):
    from flows.nightly import nightly
    from flows.reprocess import reprocess

    db, data = str(tmp_path / "w.duckdb"), str(tmp_path / "d")
    first = nightly(outlets=["langgam", "antara"], db_path=db, data_dir=data,
                    replay=[str(ARCHIVE)])
    again = reprocess(db_path=db, data_dir=data)
    loaded = first["load"]["articles_new"]
    assert loaded >= 7
    assert (again["load"]["articles_new"], again["load"]["articles_updated"],
            again["load"]["articles_unchanged"]) == (0, 0, loaded)
    with reader(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == loaded
        events = con.execute("SELECT count(*), count(DISTINCT canonical_url), "
                             "count(DISTINCT run_id) FROM events").fetchone()
    # the events of every reprocessed article were replaced, not added to
    assert events[0] == events[1] == first["load"]["events"] >= 5
    assert events[2] == 1 and again["load"]["events"] == events[0]
    with reader(db) as con:
        flows = [r[0] for r in con.execute(
            "SELECT flow FROM crawl_runs ORDER BY started_at").fetchall()]
    assert flows == ["nightly", "reprocess"]


def test_ingest_reads_wget_style_warcs(tmp_path, prefect_harness):
    """Uncompressed WARC/1.0, chunked transfer encoding, gzip content encoding."""
    import gzip

    from flows.ingest import ingest

    entry = next(e for e in load_manifest() if e["url"].startswith("https://langgam.id/jelang"))
    body = gzip.compress(body_of(entry, SITE))
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    path = tmp_path / "wget.warc"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=False, warc_version="WARC/1.0")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=UTF-8"),
                                           ("Transfer-Encoding", "chunked"),
                                           ("Content-Encoding", "gzip")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            entry["url"], "response", payload=io.BytesIO(chunked), http_headers=http))
        writer.write_record(writer.create_warc_record(
            "https://cdn.example.org/app.js", "response", payload=io.BytesIO(b"x"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/javascript")],
                                          protocol="HTTP/1.1")))
    summary = ingest(archives=[str(path)], db_path=str(tmp_path / "w.duckdb"),
                     data_dir=str(tmp_path / "d"))
    assert summary["load"]["articles_new"] == 1
    with reader(tmp_path / "w.duckdb") as con:
        title, text = con.execute("SELECT title, text FROM articles").fetchone()
    assert title.startswith("Jelang Pilkada 2024")
    assert "218 ASN" in text


def test_cli_outlets_and_extract(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    runner = CliRunner()
    listed = runner.invoke(app, ["outlets"])
    assert listed.exit_code == 0
    for slug in ("antara", "langgam", "minangsatu", "infopublik", "suarakendari"):
        assert slug in listed.output
    entry = next(e for e in load_manifest() if "/berita/657412/" in e["url"])
    page = SITE / entry["file"]
    result = runner.invoke(app, ["extract", str(page), "--url", entry["url"]])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["article"]["dateline"] == "Bukittinggi"
    assert out["article"]["published_at"] == "2024-09-27T03:15:00+00:00"
    assert out["article"]["about_asn_neutrality"] is True
    [event] = out["events"]
    assert event["regency"] == "Kota Bukittinggi" and event["event_date"] == "2024-09-27"
    assert {"ikrar", "pakta_integritas", "apel"} <= set(event["activities"])
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>")
    rejected = runner.invoke(app, ["extract", str(empty), "--url", entry["url"]])
    assert rejected.exit_code == 1 and "too short" in rejected.output


def test_reprocess_names_the_archives_that_are_gone_and_exits_1(tmp_path, prefect_harness):
    """An archive deleted or moved after its pages were loaded: its pages cannot be read
    again. The run re-extracted nothing, printed zeros and exited 0, with one warning
    among the log lines."""
    import shutil

    from typer.testing import CliRunner

    from flows.cli import app

    copy = tmp_path / "arsip.warc.gz"
    shutil.copy(ARCHIVE, copy)
    db, data = str(tmp_path / "w.duckdb"), str(tmp_path / "d")
    first = CliRunner().invoke(app, ["ingest", str(copy), "--db", db, "--data-dir", data])
    assert first.exit_code == 0, first.output
    copy.unlink()
    again = CliRunner().invoke(app, ["reprocess", "--db", db, "--data-dir", data])
    assert again.exit_code == 1, again.output
    assert "Traceback" not in again.output
    with reader(db) as con:
        pages = con.execute("SELECT count(*) FROM pages WHERE kind IN ('article', 'candidate')"
                            " AND status = 200").fetchone()[0]
    (line,) = [x for x in again.stderr.splitlines() if "SKIPPED archive" in x]
    assert line.strip().startswith(f"SKIPPED archive {copy.resolve()}: gone: ")
    assert "archived article page(s) in it not re-extracted" in line and pages > 0
    assert "1 archive(s) skipped" in again.stderr
