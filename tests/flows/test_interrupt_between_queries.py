"""Ctrl-C between two queries of a reading command stops it there, not at the end.

export writes many marts, report runs several queries, serve copies the snapshot table by
table, sql --output runs its query then copies it: a Ctrl-C landing while none of their
queries runs was acted on only once all of them had run (before: the command went on to the
end, then said "interrupted"). Here the command runs in a process of its own whose
connection, after its first query, waits until the Ctrl-C the test sends has been handled:
the interrupt lands between two queries every time. The command must then run no other
query, say "interrupted" in one line, exit 130 and leave no file behind. A Ctrl-C after the
last query, while the output is put in place, leaves it whole and says so.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from site_server import free_port
from waiting import ctrl_c_when

from warehouse import db
from warehouse.export import EXPORTED

ROOT = Path(__file__).resolve().parents[2]

# The command, with its connection wrapped where the reading functions receive it: every
# query run is written to a log; after the first, a file says so and the query returns only
# once the command's own SIGINT handler has run.
_PAUSED = """import signal, sys, time
from pathlib import Path
import warehouse.export as export, warehouse.report as report, warehouse.snapshot as snapshot
said, log = Path(sys.argv.pop(1)), Path(sys.argv.pop(1))

class Paused:
    def __init__(self, con):
        self.con = con

    def __getattr__(self, name):
        return getattr(self.con, name)

    def execute(self, query, *args):
        result = self.con.execute(query, *args)
        with log.open("a") as out:
            out.write(" ".join(str(query).split()) + "\\n")
        if not said.exists():
            until_ctrl_c("between two queries")
        return result

def until_ctrl_c(where):
    handled, real = [], signal.getsignal(signal.SIGINT)

    def handler(signum, frame):
        real(signum, frame)
        handled.append(signum)
    signal.signal(signal.SIGINT, handler)
    said.write_text(where)
    while not handled:
        time.sleep(0.01)

def paused(real):
    return lambda con, *args, **kwargs: real(Paused(con), *args, **kwargs)

def paused_after(real):  # every query run and its output in place, then the Ctrl-C
    def call(con, *args, **kwargs):
        result = real(con, *args, **kwargs)
        until_ctrl_c("after the last query")
        return result
    return call

if sys.argv[1] == "--after-last-query":
    sys.argv.pop(1)
    paused = paused_after

export.export_marts = paused(export.export_marts)
export.write_query = paused(export.write_query)
report.collect = paused(report.collect)
snapshot.write_snapshot = paused(snapshot.write_snapshot)
from flows.cli import main
main()
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("between") / "w.duckdb"
    with db.writer(path):
        pass
    return path


@pytest.mark.parametrize("args", [
    ["export", "--out", "out"],
    ["report", "--out", "r.html"],
    ["serve", "--snapshot", "s.sqlite", "--port", "{port}"],
    ["sql", "SELECT * FROM fct_events", "--format", "csv", "--output", "q.csv"],
], ids=["export", "report", "serve", "sql-output"])
def test_ctrl_c_between_two_queries_runs_no_further_query(warehouse, tmp_path, args):
    work, said, log = tmp_path / "work", tmp_path / "said", tmp_path / "queries.log"
    work.mkdir()
    code, out, err = ctrl_c_when(
        [sys.executable, "-c", _PAUSED, str(said), str(log),
         *[a.format(port=free_port()) for a in args], "--db", str(warehouse)],
        said, "the command's first query to end", work, ROOT)
    ran = log.read_text().splitlines()
    assert len(ran) == 1, ran  # before: every mart, figure or table was still read
    assert code == 130, err
    assert err.strip().splitlines() == [f"warehouse: {warehouse}", "interrupted"], err
    assert out == ""
    assert [p for p in work.rglob("*") if p.is_file()] == []


@pytest.mark.parametrize(("args", "written"), [
    (["export", "--out", "out"], "every file in out/"),
    (["serve", "--snapshot", "s.sqlite", "--port", "{port}"],
     "the snapshot s.sqlite (not served)"),
    (["sql", "SELECT 1 AS n", "--format", "json", "--output", "q.json"], "q.json"),
], ids=["export", "serve", "sql-output"])
def test_ctrl_c_after_the_last_query_says_the_output_is_complete(warehouse, tmp_path, args,
                                                                 written):
    """A Ctrl-C while the command puts its last file in place: the files stay, whole, and
    the one line says so (before: "interrupted", as if nothing had been written)."""
    work, said, log = tmp_path / "work", tmp_path / "said", tmp_path / "queries.log"
    work.mkdir()
    code, out, err = ctrl_c_when(
        [sys.executable, "-c", _PAUSED, str(said), str(log), "--after-last-query",
         *[a.format(port=free_port()) for a in args], "--db", str(warehouse)],
        said, "the command's output to be written", work, ROOT)
    assert code == 130, err
    assert err.strip().splitlines() == [
        f"warehouse: {warehouse}", f"interrupted after the last query: {written} is complete"
    ], err
    assert out == ""
    files = sorted(p.relative_to(work).as_posix() for p in work.rglob("*") if p.is_file())
    if args[0] == "export":
        assert len(files) == 2 * len(EXPORTED) and all(f.startswith("out/") for f in files)
    elif args[0] == "serve":
        assert files == ["s.sqlite"]
        with sqlite3.connect(work / "s.sqlite") as snap:
            assert snap.execute("SELECT count(*) FROM fct_events").fetchone() == (0,)
    else:
        assert files == ["q.json"]
        assert json.loads((work / "q.json").read_text()) == [{"n": 1}]
