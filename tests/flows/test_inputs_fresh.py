"""From a fresh shell, as a user meets them: bad input costs one or two lines and exit 2
without starting Prefect; commands that run no flow never start a Prefect server.
(How long they take is measured by bench/input_errors.py.)

Each command runs as `python -m flows.cli` (the `warta` script's entry point,
`flows.cli:main`; the script itself is checked below) in a new process with its own empty
PREFECT_HOME and no PREFECT_API_URL, so a Prefect server, had one been
started, would leave its database there.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from warehouse import db

ROOT = Path(__file__).resolve().parents[2]
BODY = ("Pemerintah Kota Padang menggelar apel netralitas aparatur sipil negara pada Senin "
        "(7/10/2024) di halaman balai kota yang diikuti sekitar empat ratus pegawai. "
        "Penjabat Wali Kota Hendra Wijaya meminta seluruh pegawai menjaga jarak dari "
        "kegiatan kampanye dan tidak mengunggah dukungan kepada pasangan calon di media "
        "sosial. Usai apel, para kepala dinas menandatangani pakta integritas netralitas. ")
PAGE = ("<html><head><title>Apel Netralitas ASN di Padang</title></head><body><article>"
        f"<h1>Apel Netralitas ASN di Padang</h1>{''.join(f'<p>{BODY}</p>' for _ in range(3))}"
        "</article></body></html>")


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fresh")
    (tmp / "notes.txt").write_text("hello", encoding="utf-8")
    (tmp / "noise.warc.gz").write_bytes(gzip.compress(b"not a web archive at all"))
    (tmp / "page.html").write_text(PAGE, encoding="utf-8")
    with db.writer(tmp / "w.duckdb"):
        pass
    return tmp


def warta(place: Path, *args: str, **settings: str
          ) -> tuple[subprocess.CompletedProcess, float, Path]:
    home = place / f"prefect-home-{time.monotonic_ns()}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PYTHONPATH=str(ROOT), PREFECT_HOME=str(home), WARTA_DB=str(place / "w.duckdb"),
               **settings)
    args = tuple(a.format(d=place) for a in args)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=place, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    return done, time.monotonic() - started, home


def no_prefect_server(home: Path, done: subprocess.CompletedProcess) -> bool:
    return not (home / "prefect.db").exists() and "temporary server" not in done.stderr


@pytest.mark.parametrize("args", [
    ("crawl", "-o", "Langam"),
    ("crawl", "--since", "2024-13-01"),
    ("crawl", "--since", "2024-10-01", "--until", "2024-09-01"),
    ("crawl", "--replay", "{d}/missing.warc.gz"),
    ("crawl", "--db", "{d}/notes.txt"),
    ("crawl", "--db", "/proc/warta.duckdb"),
    ("crawl", "--workers", "many"),
    ("crawl", "--since", "2024-07-01", "--fan-out", "--slice-days", "0"),
    ("crawl", "--fan-out", "--slice-days", "7"),
    ("crawl", "--since", "2024-07-01", "--slice-days", "7"),
    ("crawl", "--slice-days", "weekly"),
    ("crawl", "--fan-out"),
    ("ingest", "{d}/noise.warc.gz"),
    ("ingest", "{d}/notes.txt"),
    ("ingest",),
    ("reprocess", "-o", "LANGAM"),
    ("reprocess", "--db", "{d}/missing.duckdb"),
    ("demo", "--db", "{d}/notes.txt"),
    ("canary", "-o", "nosuch"),
    ("canary", "--base-url", "langgam"),
    ("extract", "{d}/missing.html", "--url", "https://langgam.id/x/"),
    ("load", "--pending", "--db", "{d}/notes.txt"),
    ("sql", "SELECT 1", "--db", "{d}/notes.txt"),
    ("export", "--out", "{d}/notes.txt"),
    ("serve", "--port", "0"),
    ("report", "--out", "/proc/report.html"),
    ("health", "--db", "{d}/notes.txt"),
    ("outlets", "--bogus"),
], ids=lambda args: " ".join(args))
def test_bad_input_is_one_or_two_lines_exit_2_without_prefect(place, args):
    """Timings live in bench/input_errors.py, not here: a loaded host must not fail a test."""
    done, _seconds, home = warta(place, *args)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("error: ") and 1 <= len(lines) <= 2, done.stderr
    assert "Traceback" not in done.stderr and not done.stdout.strip()
    assert no_prefect_server(home, done)


@pytest.mark.parametrize("args", [("health", "--runs", "0"), ("sql",), ("crawl", "--bogus")],
                         ids=lambda args: " ".join(args))
def test_the_installed_warta_script_speaks_as_python_m_flows_cli(place, args):
    """The tests above run `python -m flows.cli`; users run the `warta` script the project
    installs. It must go through the same entry point: one `error:` line and the usage line,
    never Typer's framed panel."""
    script = Path(sys.executable).parent / "warta"
    if not script.exists():
        pytest.skip(f"no installed warta script beside {sys.executable}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(place / "prefect-home-script"), WARTA_DB=str(place / "w.duckdb"),
               COLUMNS="80")
    done = subprocess.run([str(script), *args], cwd=place, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("error: ") and len(lines) == 2, done.stderr
    assert lines[1].startswith("Usage: warta "), done.stderr
    assert "╭" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(("args", "settings", "says"), [
    (("crawl", "--fan-out", "--replay", "s3://warta-arsip/outlets.warc.gz"), {},
     "error: --replay s3://warta-arsip/outlets.warc.gz: --fan-out needs a path"),
    (("crawl", "--fan-out", "--replay", "file://{d}/noise.warc.gz"), {},
     "error: --replay file://"),
    (("crawl", "--fan-out"), {"WARTA_STORAGE": "gcs://warta-arsip/bersama"},
     "error: WARTA_STORAGE=gcs://warta-arsip/bersama: "),
    (("load", "--pending", "--data-dir", "{d}/data"),
     {"WARTA_STORAGE": "gcs://warta-arsip/bersama"},
     "error: WARTA_STORAGE=gcs://warta-arsip/bersama: "),
], ids=["s3 replay", "file replay", "storage without its package", "loader's storage"])
def test_what_a_fanned_out_crawl_cannot_use_is_named_before_anything_runs(
        place, args, settings, says):
    """A replay URL is copied to this host only, where other hosts' workers never read it;
    a storage this host cannot even open fails every batch later."""
    done, _seconds, home = warta(place, *args, **settings)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(says), done.stderr
    assert no_prefect_server(home, done)


@pytest.mark.parametrize("args", [
    ("outlets",),
    ("sql", "SELECT count(*) FROM fct_events", "--format", "csv"),
    ("export", "--out", "{d}/export", "--format", "csv"),
    ("report", "--out", "{d}/report.html"),
    ("health", "--chart", "{d}/health.png"),
    ("load", "--pending", "--data-dir", "{d}/data"),
    ("extract", "{d}/page.html", "--url", "https://langgam.id/apel-netralitas/"),
], ids=lambda args: args[0])
def test_commands_that_run_no_flow_start_no_prefect_server(place, args):
    done, _, home = warta(place, *args)
    assert done.returncode == 0, done.stderr
    assert no_prefect_server(home, done)
