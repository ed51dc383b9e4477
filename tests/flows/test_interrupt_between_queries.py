"""Ctrl-C between two queries of a reading command stops it there, not at the end.

export writes many marts, report runs several queries, serve copies the snapshot table by
table, sql --output runs its query then copies it: a Ctrl-C landing while none of their
queries runs was acted on only once all of them had run (before: the command went on to the
end, then said "interrupted"). Here the command runs in a process of its own whose
connection, after its first query, waits until the Ctrl-C the test sends has been handled:
the interrupt lands between two queries every time. The command must then run no other
query, say "interrupted" in one line, exit 130 and leave no file behind.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from site_server import free_port
from waiting import ctrl_c_when

from warehouse import db

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
            handled, real = [], signal.getsignal(signal.SIGINT)

            def handler(signum, frame):
                real(signum, frame)
                handled.append(signum)
            signal.signal(signal.SIGINT, handler)
            said.write_text("between two queries")
            while not handled:
                time.sleep(0.01)
        return result

def paused(real):
    return lambda con, *args, **kwargs: real(Paused(con), *args, **kwargs)

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
