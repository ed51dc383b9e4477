"""`warta serve`: Datasette over a snapshot, in a real headless browser; loads never wait.

The browser part needs Debian's Chromium (`.ci/run` installs it); without it that test is
skipped with a message. The screenshot is kept in test-artifacts/ for a human to look at.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from site_server import free_port

from warehouse import db

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:  # loopback only
        return response.read().decode("utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from warehouse.occasions import refresh

    folder = tmp_path_factory.mktemp("serve")
    path = folder / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO outlets VALUES ('langgam', 'Langgam', 'Asia/Jakarta', 'wp', "
                    "['langgam.id'], true)")
        for i in range(3):
            url = f"https://langgam.id/artikel-{i}/"
            con.execute("INSERT INTO articles (canonical_url, url, outlet, title, published_at,"
                        " text, text_hash, about_asn_neutrality) VALUES (?, ?, 'langgam', ?, "
                        "?, 'x', 'h', true)",
                        [url, url, f"Apel netralitas ASN {i}", f"2024-10-0{i + 1} 03:00+00"])
            con.execute("INSERT INTO events (event_id, canonical_url, event_date, province, "
                        "regency, activities, participants_count, officials) VALUES "
                        "(?, ?, ?, 'Sumatera Barat', 'Kota Padang', ['apel', 'ikrar'], ?, ?)",
                        [f"e{i}", url, f"2024-09-2{i + 1}", 100 + i,
                         json.dumps([{"title": "Sekda", "name": f"Nama Pejabat {i}"}])])
        refresh(con, "test")  # as the loader does: three occasions of one report each
    proc, base = serving(path, folder / "warta.sqlite")
    yield base, path
    proc.terminate()
    proc.wait(timeout=20)


def serving(path: Path, snapshot: Path) -> tuple[subprocess.Popen, str]:
    """``warta serve`` of the warehouse ``path`` on a free port, once it answers."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--db", str(path),
                             "--snapshot", str(snapshot), "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            get(base + "/-/versions.json")
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stdout.read().decode())
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("warta serve did not answer within 60 s")
    return proc, base


def test_marts_facets_saved_queries_and_csv(server):
    base, path = server
    with db.reader(path) as con:  # occasions as the loader's merge made them
        occasions = con.execute("SELECT count(*) FROM occasions").fetchone()[0]
        by_size = [r[0] for r in con.execute(
            "SELECT participants_count FROM occasions ORDER BY 1 DESC").fetchall()]
    rows = json.loads(get(base + "/warta/fct_events.json?_shape=array"))
    assert len(rows) == 3 and {r["regency"] for r in rows} == {"Kota Padang"}
    facets = json.loads(get(base + "/warta/fct_events.json"))["facet_results"]
    assert {"province", "outlet", "activities"} <= set(facets)
    who = json.loads(get(base + "/warta/who_held_what.json?_shape=array&name=Pejabat+1"))
    assert [r["name"] for r in who] == ["Nama Pejabat 1"]
    where = json.loads(get(f"{base}/warta/where_events.json?_shape=array"))
    assert [(r["regency"], r["occasions"], r["reports"]) for r in where] == [
        ("Kota Padang", occasions, 3)]
    when = json.loads(get(f"{base}/warta/when_events.json?_shape=array"))
    assert [(r["month"], r["occasions"]) for r in when] == [("2024-09", occasions)]
    how_many = json.loads(get(f"{base}/warta/how_many.json?_shape=array"))
    assert [r["participants_count"] for r in how_many] == by_size
    table = list(csv.DictReader(io.StringIO(get(base + "/warta/fct_events.csv"))))
    assert sorted(int(r["participants_count"]) for r in table) == [100, 101, 102]


def test_a_page_that_does_not_exist_is_a_404_not_a_traceback(tmp_path):
    """Datasette printed a framed traceback with every local variable on the terminal for
    each request of a missing page (rich is installed with Typer): two screens a typo."""
    path = tmp_path / "w.duckdb"
    with db.writer(path):
        pass
    proc, base = serving(path, tmp_path / "warta.sqlite")
    try:
        for missing in ("/nope", "/warta/no_such_table", "/warta/fct_events/999.json"):
            with pytest.raises(urllib.error.HTTPError) as answer:
                get(base + missing)
            assert answer.value.code == 404
    finally:
        proc.terminate()
        out = proc.communicate(timeout=20)[0].decode()
    assert "Traceback" not in out and "NotFound" not in out, out[:2000]
    assert out.count(" 404 ") == 3, out  # uvicorn's access lines stay


def test_the_server_never_blocks_a_load(server):
    _, path = server
    started = time.monotonic()
    with db.writer(path, timeout=5) as con:
        con.execute("INSERT INTO crawl_runs (run_id, flow, status) VALUES ('r', 'n', 'loaded')")
    assert time.monotonic() - started < 5


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here (.ci/run installs Debian's)")
def test_pages_render_in_a_headless_browser(server, tmp_path):
    base, _ = server
    ARTIFACTS.mkdir(exist_ok=True)
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--dump-dom", base + "/warta/fct_events"], check=True,
                         capture_output=True, text=True, timeout=120).stdout
    assert dom.count("<tr") >= 4 and "Kota Padang" in dom  # header + three rows
    shot = ARTIFACTS / "serve-fct_events.png"
    shot.unlink(missing_ok=True)
    subprocess.run([*flags, "--window-size=1280,900", f"--screenshot={shot}",
                    base + "/warta/fct_events"], check=True, capture_output=True, timeout=120)
    assert shot.stat().st_size > 10_000


def test_report_page_renders_occasions_and_charts(tmp_path):
    """`warta report` on a warehouse where one occasion has three reports: the page counts it
    once, and its rows and charts render in Chromium (screenshot kept)."""
    from occasion_warehouse import build
    from typer.testing import CliRunner

    from flows.cli import app

    path = build(tmp_path / "occasions.duckdb")
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", str(path), "--out", str(page)])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert text.count('class="chart"') == 3 and "<script" not in text
    if CHROMIUM is None:
        pytest.skip("no Chromium here (.ci/run installs Debian's)")
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], check=True,
                         capture_output=True, text=True, timeout=120).stdout
    # bars: 2 provinces + 6 activities + 3 outlets; 4 occasions listed, the apel once
    assert dom.count("<rect") == 11 and '<span id="occasions">4</span>' in dom
    latest = dom[dom.index('id="latest"'):]
    assert latest.count("<tr") == 1 + 4 and latest.count("<td>Kota Padang</td>") == 1
    assert "langgam, suarakendari, other:beritaminang.test" in latest
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    shot.unlink(missing_ok=True)
    subprocess.run([*flags, "--window-size=1280,1800", f"--screenshot={shot}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    assert shot.stat().st_size > 10_000


# Another program that tries to listen on the port: "taken" while it holds it, or "refused"
_TAKE = """import socket, sys, time
other = socket.socket()
other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    other.bind(("127.0.0.1", int(sys.argv[1])))
    other.listen()
except OSError as exc:
    print("refused", exc.errno, flush=True)
    sys.exit(0)
print("taken", flush=True)
time.sleep(300)
"""
# `warta serve` in which that program tries just after the snapshot is written: after the
# check that the port is free, before Datasette would bind it
_SERVE_RACED = """import subprocess, sys
from pathlib import Path
import warehouse.snapshot as snapshot
write = snapshot.write_snapshot

def written_then_raced(con, path):
    counts = write(con, path)
    other = subprocess.Popen([sys.executable, "-c", {take!r}, "{port}"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    Path({report!r}).write_text(f"{{other.pid}} {{other.stdout.readline().strip()}}")
    return counts

snapshot.write_snapshot = written_then_raced
from flows.cli import main
main()
"""


def test_the_port_is_held_by_serve_from_the_check_on(tmp_path):
    """Another program trying to listen on the port between serve's check and the server's
    start cannot take it (serve holds it from the check on and hands it to Datasette), so
    serve never ends in uvicorn's "address already in use" log."""
    path = tmp_path / "w.duckdb"
    with db.writer(path):
        pass
    port, report = free_port(), tmp_path / "other.txt"
    driver = _SERVE_RACED.format(take=_TAKE, port=port, report=str(report))
    proc = subprocess.Popen([sys.executable, "-c", driver, "serve", "--db", str(path),
                             "--snapshot", str(tmp_path / "w.sqlite"), "--port", str(port)],
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    versions = None
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                versions = json.loads(get(f"http://127.0.0.1:{port}/-/versions.json"))
                break
            except OSError:
                time.sleep(0.3)
    finally:
        proc.terminate()
        output = proc.communicate(timeout=20)[0].decode()
        other = report.read_text().split(" ", 1) if report.exists() else None
        if other is not None:
            try:  # the other program, if it holds the port, sleeps: it is ended here
                os.kill(int(other[0]), signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert other is not None, output  # it did try, after the snapshot was written
    assert other[1].startswith("refused"), (other, output)
    assert versions is not None and "datasette" in versions, output


def test_numbers_beyond_sqlite_are_served_exactly(tmp_path):
    """A HUGEINT or UBIGINT value beyond SQLite's 64-bit integers made `warta serve` end in
    an OverflowError traceback while it wrote the snapshot: it is now served as its digits."""
    from big_numbers import AT, HUGE, UNSIGNED, WIDE, big_numbers_warehouse

    proc, base = serving(big_numbers_warehouse(tmp_path), tmp_path / "warta.sqlite")
    try:
        rows = json.loads(get(f"{base}/warta/v_outlet_coverage.json?_shape=array&n={AT}"))
    finally:
        proc.terminate()
        out = proc.communicate(timeout=20)[0].decode()
    assert [(r["huge"], r["unsigned"], r["wide"]) for r in rows] == [(HUGE, UNSIGNED, WIDE)]
    assert "Traceback" not in out, out[:2000]
