"""Bad input is refused before anything starts: one line, exit status 2, no traceback."""

from __future__ import annotations

import gzip
from datetime import date

import duckdb
import pytest
from conftest import ARCHIVE
from typer.testing import CliRunner

from flows import environment, inputs
from flows.cli import app

runner = CliRunner()


@pytest.fixture()
def files(tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    noise = tmp_path / "noise.warc.gz"
    noise.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    good = tmp_path / "ok.warc.gz"
    good.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n"))
    db = tmp_path / "w.duckdb"
    duckdb.connect(str(db)).close()
    return {"text": text, "noise": noise, "empty": empty, "good": good, "db": db}


def test_outlets_match_case_insensitively_and_suggest():
    assert inputs.outlet_slugs(["LANGGAM", "Antara"], ["antara", "langgam"]) == [
        "langgam", "antara"]
    assert inputs.outlet_slugs(None, ["antara"]) is None
    # named twice, in any case: once (two crawls of it raced in one staging folder)
    assert inputs.outlet_slugs(["langgam", "Antara", "LANGGAM"], ["antara", "langgam"]) == [
        "langgam", "antara"]
    with pytest.raises(inputs.InputError, match="did you mean 'langgam'"):
        inputs.outlet_slugs(["langam"], ["antara", "langgam"])


def test_days_and_their_order():
    assert str(inputs.day("2024-07-01", "--since")) == "2024-07-01"
    with pytest.raises(inputs.InputError, match="not a day"):
        inputs.day("2024-13-01", "--since")
    with pytest.raises(inputs.InputError, match="is after"):
        inputs.day_range("2024-10-01", "2024-09-01")
    # --until alone: the backfill starts at its default since, which must not be after it
    # (the run started, then the flow failed on it with two tracebacks)
    with pytest.raises(inputs.InputError, match="--until 2024-01-01 is before 2024-07-01, "
                       "where a backfill starts without --since: give --since too"):
        inputs.day_range(None, "2024-01-01")
    assert inputs.day_range("2023-12-01", "2024-01-01")[1] == date(2024, 1, 1)


def test_a_backfill_cannot_start_after_today():
    from datetime import timedelta

    from flows.parameters import today

    tomorrow = (today() + timedelta(days=1)).isoformat()
    with pytest.raises(inputs.InputError, match=f"^--since {tomorrow} is in the future$"):
        inputs.day_range(tomorrow, None)
    assert inputs.day_range(today().isoformat(), None) == (today(), None)


def test_archives_must_be_warc(files):
    assert inputs.warc_file(files["good"]) == files["good"]
    for name, reason in (("text", "not a WARC"), ("noise", "not a WARC"), ("empty", "empty")):
        with pytest.raises(inputs.InputError, match=reason):
            inputs.warc_file(files[name])
    with pytest.raises(inputs.InputError, match="no such file"):
        inputs.warc_file(files["text"].with_name("missing.warc"))


def test_outputs_and_base_urls(files, tmp_path):
    assert inputs.folder(tmp_path / "new" / "export", "--out") == tmp_path / "new" / "export"
    with pytest.raises(inputs.InputError, match="not a folder"):
        inputs.folder(files["text"], "--out")
    assert inputs.output_file(tmp_path / "sub" / "r.html", "--out")
    with pytest.raises(inputs.InputError, match="is a folder"):
        inputs.output_file(tmp_path, "--out")
    assert inputs.base_urls(["LANGGAM=http://127.0.0.1:8000"], ["langgam"]) == {
        "langgam": "http://127.0.0.1:8000"}
    with pytest.raises(inputs.InputError, match="did you mean 'langgam'"):
        inputs.base_urls(["langam=http://127.0.0.1:8000"], ["langgam"])
    with pytest.raises(inputs.InputError, match="expected OUTLET=URL"):
        inputs.base_urls(["http://127.0.0.1:8000"], ["langgam"])


def test_warehouse_must_be_duckdb(files, tmp_path):
    assert inputs.warehouse(files["db"], write=False) == files["db"]
    with pytest.raises(inputs.InputError, match="not a DuckDB"):
        inputs.warehouse(files["text"], write=True)
    with pytest.raises(inputs.InputError, match="no warehouse"):
        inputs.warehouse(tmp_path / "new.duckdb", write=False)
    assert inputs.warehouse(tmp_path / "sub" / "new.duckdb", write=True)


@pytest.mark.parametrize("args", [
    ["crawl", "-o", "nosuch"],
    ["crawl", "--since", "2024-13-01"],
    ["crawl", "--since", "2024-10-01", "--until", "2024-09-01"],
    ["crawl", "--since", "2999-01-01"],
    ["crawl", "--replay", "{text}"],
    ["crawl", "--db", "{text}"],
    ["ingest", "{noise}", "{empty}"],
    ["reprocess", "-o", "Langam"],
    ["canary", "-o", "nosuch"],
    ["sql", "SELECT 1", "--db", "{text}"],
    ["health", "--db", "{text}"],
    # not writable (checked by creating a file: root passes os.access even on /proc)
    ["crawl", "--db", "/proc/warta.duckdb", "--replay", "{good}"],
    ["crawl", "--data-dir", "/proc/data", "--db", "{db}", "--replay", "{good}"],
    ["load", "--pending", "--db", "/proc/warta.duckdb"],
    ["demo", "--db", "{text}"],
    ["demo", "--db", "/proc/demo.duckdb"],
    ["extract", "{text}.missing", "--url", "https://langgam.id/x/"],
    ["extract", "{text}", "--url", "https://langgam.id/x/", "--outlet", "Langam"],
    ["canary", "--base-url", "langgam"],
    ["canary", "--base-url", "nosuch=http://127.0.0.1:9/"],
    ["sql", "SELECT 1", "--db", "{db}", "--format", "csv", "--output", "/proc/x.csv"],
    ["export", "--db", "{db}", "--out", "{text}"],
    ["report", "--db", "{db}", "--out", "/proc/report.html"],
    ["health", "--db", "{db}", "--chart", "/proc/health.png"],
    ["serve", "--db", "{db}", "--snapshot", "/proc/w.sqlite"],
])
def test_commands_refuse_bad_input_in_one_line(files, args):
    args = [a.format(**files) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: ") and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) <= 2


def test_serve_on_a_port_in_use_says_so_before_writing_the_snapshot(files, tmp_path,
                                                                   monkeypatch):
    import socket

    def served(*args):  # were the check to miss: this test process is not replaced
        raise AssertionError("serve went on to start Datasette")

    monkeypatch.setattr("flows.cli_warehouse.os.execv", served)
    snapshot = tmp_path / "w.sqlite"
    with socket.socket() as busy:  # another program listening on the port
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(inputs.InputError, match=f"127.0.0.1:{port} is in use"):
            environment.listening_socket("127.0.0.1", port)
        result = runner.invoke(app, ["serve", "--db", str(files["db"]), "--snapshot",
                                     str(snapshot), "--port", str(port)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        f"error: --port {port}: 127.0.0.1:{port} is in use (another server listens there)"]
    assert not snapshot.exists()
    environment.listening_socket("127.0.0.1", port).close()  # free again: accepted


@pytest.mark.parametrize("command", [["ingest", str(ARCHIVE)], ["crawl", "--replay",
                                                                str(ARCHIVE)], ["demo"]])
def test_a_warehouse_named_as_the_data_folder_is_refused(tmp_path, command):
    """--db and --data-dir the same new path (or --db a folder above it): the run made the
    path a folder, did all its work and failed at the load ("Is a directory")."""
    same = tmp_path / "x"
    result = CliRunner().invoke(app, [*command, "--db", str(same), "--data-dir", str(same)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        f"error: --db {same}: is the --data-dir {same} or a folder above it; name a file, "
        f"such as {same / 'warta.duckdb'}"]
    assert not same.exists()
