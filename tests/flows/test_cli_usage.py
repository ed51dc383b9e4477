"""Usage mistakes and interruptions of the `warta` commands: one line, never a traceback.

An empty query, out-of-range numbers, an empty WARTA_DB, a malformed setting in the
environment and an unreachable Prefect server are refused before anything starts (exit 2);
Ctrl-C during a long query says "interrupted" (exit 130)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from site_server import free_port
from typer.testing import CliRunner

from flows.cli import app
from warehouse import db

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "tests" / "fixtures" / "archive" / "outlets.warc.gz"
runner = CliRunner()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("usage") / "w.duckdb"
    with db.writer(path):
        pass
    return str(path)


def warta(tmp_path, *args, **env):
    """The command line in a process of its own (for the environment read at import)."""
    return subprocess.run([sys.executable, "-c", "from flows.cli import main; main()", *args],
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT), **env},
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("value", ["0", "-5", "nan", "inf"])
def test_a_canary_timeout_that_is_no_duration_is_one_line(value):
    """0 turned the crawl's time limit off, -5 stopped it at once, nan was given to the
    crawl process as its time limit and to its wait."""
    result = runner.invoke(app, ["canary", "-o", "langgam", "--timeout", value])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        f"error: --timeout {float(value):g}: expected seconds above 0"]


@pytest.mark.parametrize("query", ["", "  ;  "])
def test_an_empty_query_is_one_line(warehouse, query):
    result = runner.invoke(app, ["sql", query, "--db", warehouse])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1].startswith("no query given")


@pytest.mark.parametrize("args", [["crawl", "--workers", "0"], ["ingest", "x.warc", "--workers",
                                  "-2"], ["crawl", "--max-pages", "-1"],
                                  ["sql", "SELECT 1", "--width", "-5"]])
def test_numbers_out_of_range_are_usage_errors(args, tmp_path):
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2, result.output
    assert "Invalid value" in result.output
    assert not (tmp_path / "w.duckdb").exists()


def test_an_empty_warta_db_is_named(tmp_path):
    done = warta(tmp_path, "sql", "SELECT 1", WARTA_DB="")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "error: WARTA_DB is set but empty: unset it or name the warehouse file"]


def test_a_malformed_setting_is_refused_before_the_run(tmp_path, monkeypatch):
    monkeypatch.setenv("WARTA_DOWNLOAD_MAXSIZE", "abc")
    result = runner.invoke(app, ["crawl", "--replay", str(ARCHIVE), "--db",
                                 str(tmp_path / "w.duckdb"), "--data-dir", str(tmp_path / "d")])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        "error: WARTA_DOWNLOAD_MAXSIZE='abc' is not a number"]
    assert not (tmp_path / "d").exists() and not (tmp_path / "w.duckdb").exists()


@pytest.mark.parametrize(("name", "value", "says"), [
    ("WARTA_MIN_DATE_COVERAGE", "abc", "is not a number"),
    ("WARTA_MIN_BODY_COVERAGE", "1.5", "is not in [0, 1]"),
    ("WARTA_MIN_AUTHOR_COVERAGE", "-0.1", "is not in [0, 1]"),
    ("WARTA_MIN_EVENT_DATE_COVERAGE", "x", "is not a number"),
    ("WARTA_HEALTH_MIN_SAMPLE", "2.5", "is not a whole number"),
    ("WARTA_CRAWL_ATTEMPTS", "many", "is not a whole number"),
    ("WARTA_FAN_OUT_POLL_SECONDS", "soon", "is not a number"),
    ("WARTA_HEARTBEAT_GRACE_SECONDS", "-5", "is below"),
    ("WARTA_PENDING_SECONDS", "15m", "is not a number"),
    ("WARTA_CRAWL_LEASE_SECONDS", "abc", "is not a number"),
    ("WARTA_CRAWL_SLOTS_PER_HOST", "0", "is below 1"),
    ("WARTA_LOAD_MEMORY_MB", "128MB", "is not a whole number"),
    ("WARTA_BACKFILL_PAGES_PER_DAY", "lots", "is not a whole number"),
    ("WARTA_MAX_SITEMAP_DEPTH", "deep", "is not a whole number"),
    ("WARTA_MAX_SITEMAPS", "1e3x", "is not a whole number"),
    # float() reads these: an OverflowError traceback, a timeout of nan, a wait forever
    ("WARTA_DOWNLOAD_MAXSIZE", "inf", "is not a finite number"),
    ("WARTA_DOWNLOAD_TIMEOUT", "nan", "is not a finite number"),
    ("WARTA_RETRY_AFTER_MAX", "inf", "is not a finite number"),
    ("WARTA_LOCK_WAIT", "nan", "expected seconds"),
    ("WARTA_MIN_DATE_COVERAGE", "nan", "is not in [0, 1]"),
    # not a number, but every crawl process died of it with logging's traceback
    ("WARTA_SCRAPY_LOG_LEVEL", "LOUD", "expected one of DEBUG, INFO"),
])
def test_every_numeric_setting_is_checked_before_the_run(tmp_path, name, value, says):
    """The health floors, the fan-out timings and the other numbers a run reads from the
    environment: one line naming the setting, exit 2, before any folder or process."""
    done = warta(tmp_path, "crawl", "--replay", str(ARCHIVE), "--db", str(tmp_path / "w.duckdb"),
                 "--data-dir", str(tmp_path / "d"), **{name: value})
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"error: {name}={value!r}") and says in line, line
    assert not (tmp_path / "d").exists() and not (tmp_path / "w.duckdb").exists()


# What the command had loaded when it exited: Prefect, Scrapy and the extraction code take
# ~4 s of CPU to import, which a refused setting need not wait for.
LOADED = """
import sys
from flows.cli import main
try:
    main()
except SystemExit as exc:
    print("exit", exc.code)
print(*sorted(m for m in ("prefect", "scrapy", "transforms.events") if m in sys.modules))
"""


@pytest.mark.parametrize(("name", "says"), [
    ("WARTA_FAN_OUT_POLL_SECONDS", "is not a number"),
    ("WARTA_MAX_SITEMAPS", "is not a whole number"),
    ("WARTA_BACKFILL_PAGES_PER_DAY", "is not a whole number"),
    ("WARTA_DOWNLOAD_TIMEOUT", "is not a number")])
def test_a_malformed_setting_is_refused_before_prefect_scrapy_or_the_extraction_load(
        tmp_path, name, says):
    done = subprocess.run(
        [sys.executable, "-c", LOADED, "crawl", "--replay", str(ARCHIVE), "--db",
         str(tmp_path / "w.duckdb"), "--data-dir", str(tmp_path / "d")], cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), name: "abc"}, capture_output=True,
        text=True, timeout=120, check=False)
    assert done.stderr.strip().splitlines() == [f"error: {name}='abc' {says}"]
    assert done.stdout.splitlines() == ["exit 2", ""], done.stdout


@pytest.mark.temporary_server
def test_a_prefect_home_that_cannot_be_written_is_one_line(tmp_path):
    """HOME read-only or missing (a service account): Prefect's temporary server failed its
    start on its database there, and the command waited two minutes (the start timeout)
    for a line that did not say why."""
    home = "/proc/warta-no-home/.prefect"  # cannot be created, even by root
    done = warta(tmp_path, "ingest", str(ARCHIVE), "--db", str(tmp_path / "w.duckdb"),
                 "--data-dir", str(tmp_path / "d"), PREFECT_HOME=home)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"error: PREFECT_HOME {home} cannot be written (Prefect's temporary server keeps its "
        "database there): set PREFECT_HOME to a writable folder, or PREFECT_API_URL to a "
        "running Prefect server"]
    assert not (tmp_path / "d").exists() and not (tmp_path / "w.duckdb").exists()


def test_a_prefect_server_that_does_not_answer_is_one_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/api"
    done = warta(tmp_path, "demo", "--db", str(tmp_path / "w.duckdb"), "--data-dir",
                 str(tmp_path / "d"), PREFECT_API_URL=url, PREFECT_HOME=str(tmp_path / "home"))
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"error: PREFECT_API_URL={url}: the Prefect server does not answer")


def test_ctrl_c_during_a_query_is_one_line_exit_130(warehouse, tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", "from flows.cli import main; main()", "sql",
         "SELECT sum(a.range * b.range) FROM range(300000) a, range(300000) b",
         "--db", warehouse], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr.readline().startswith("warehouse: ")  # past the imports
    proc.send_signal(signal.SIGINT)  # opening the warehouse or in the query: the same end
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert err.strip().splitlines() == ["interrupted"] and out == ""


@pytest.mark.parametrize("args", [[], ["-"]])
def test_a_silent_stdin_is_said_once_then_its_query_runs(warehouse, tmp_path, args):
    """`sleep 100 | warta sql`: a pipe open but quiet gets one line on stderr saying the
    command waits for the query there (and how else to give it), then the query that comes
    later still runs."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "from flows.cli import main; main()", "sql", *args,
         "--db", warehouse, "--format", "csv"], cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    err: list[str] = []
    first = threading.Event()

    def read_stderr() -> None:
        for line in proc.stderr:
            err.append(line)
            first.set()

    reading = threading.Thread(target=read_stderr, daemon=True)
    reading.start()
    first.wait(timeout=60)  # the line, or (without it) the query anyway after a minute
    proc.stdin.write("SELECT 42 AS jawaban\n")
    proc.stdin.close()
    out = proc.stdout.read()
    assert proc.wait(timeout=120) == 0, err
    reading.join(timeout=30)
    waits = [line for line in err if "waiting for the query on stdin" in line]
    assert len(waits) == 1 and err[0] == waits[0], err
    assert "argument" in waits[0] and "Ctrl-D" in waits[0]
    assert out.splitlines() == ["jawaban", "42"]


def test_a_query_piped_at_once_gets_no_waiting_line(warehouse, tmp_path):
    """`echo "SELECT 1" | warta sql`: the query is there before the command reads it."""
    done = subprocess.run(
        [sys.executable, "-c", "from flows.cli import main; main()", "sql", "--db", warehouse,
         "--format", "csv"], input="SELECT 42 AS jawaban\n", cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
        timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines() == [f"warehouse: {warehouse}"]
    assert done.stdout.splitlines() == ["jawaban", "42"]


@pytest.fixture(scope="module")
def slow_marts(tmp_path_factory):
    """A warehouse whose event and article marts take minutes to read."""
    import duckdb

    path = tmp_path_factory.mktemp("slow") / "w.duckdb"
    with db.writer(path):
        pass
    with duckdb.connect(str(path)) as con:
        for view in ("fct_events", "fct_articles"):
            con.execute(f"ALTER VIEW {view} RENAME TO {view}_whole")
            con.execute(f"CREATE VIEW {view} AS SELECT * FROM {view}_whole WHERE (SELECT "
                        "sum(a.range * b.range) FROM range(300000) a, range(300000) b) > 0")
    return path


# The command, saying in a file when it starts reading the marts (report's collect,
# serve's snapshot): from then on a Ctrl-C comes while a query of them runs
_READING = """import sys
from pathlib import Path
import warehouse.report as report, warehouse.snapshot as snapshot
said = Path(sys.argv.pop(1))

def started(real):
    def reading(con, *args):
        said.write_text("reading")
        return real(con, *args)
    return reading

report.collect = started(report.collect)
snapshot.write_snapshot = started(snapshot.write_snapshot)
from flows.cli import main
main()
"""


@pytest.mark.parametrize("args", [["report", "--out", "r.html"],
                                  ["serve", "--snapshot", "s.sqlite", "--port", "{port}"]])
def test_ctrl_c_while_report_or_serve_reads_the_marts_is_one_line_exit_130(slow_marts,
                                                                           tmp_path, args):
    """report and serve read every mart before they write or serve anything: Ctrl-C then
    says "interrupted", exit 130, as in sql and export, and leaves no file behind."""
    from waiting import ctrl_c_when

    work, said = tmp_path / "work", tmp_path / "reading"
    work.mkdir()
    # before: a command that went on reading said "interrupted", then hung
    code, out, err = ctrl_c_when(
        [sys.executable, "-c", _READING, str(said),
         *[a.format(port=free_port()) for a in args], "--db", str(slow_marts)],
        said, "the command to read the marts", work, ROOT)
    assert code == 130, err
    assert err.strip().splitlines() == [f"warehouse: {slow_marts}", "interrupted"], err
    assert out == "" and list(work.iterdir()) == []
