"""A kill -9 of the loader, or a batch cut short, never loses or doubles an article.

* The loader (``warehouse.load.load_run`` in a child process, as the flow runs it) is
  SIGKILLed at many moments of a big load, from the creation of a new database file to
  after COMMIT but before the checkpoint: the database always reopens (WAL replayed,
  migrations whole, lock free), holds either the state before the load or the whole load,
  never part of it, and a rerun equals an uninterrupted load. A load failing for a reason
  other than its data (out of memory) fails whole and quarantines nothing. A retry after a
  kill past COMMIT keeps the run's counts.
* A staged batch cut short (a broken last line) is moved to quarantine; its whole rows load
  and the cut row is a reject.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from staged_run import stage_run, url_of
from warehouse_state import (
    KEYS,
    VOLATILE,
    assert_opens_whole,
    assert_same_rows,
    duplicates,
    rows,
)

from warehouse.db import reader
from warehouse.load import load_run

# -- 2. kill -9 of the loader ---------------------------------------------------------------

# The loader in a child process. It tells the test where it is: "loading" once imported,
# then, with a pause point given, "paused" at that point and waits there to be killed:
# "statement:N", the Nth statement inside a transaction; "committed:N", just after the
# COMMIT of a transaction of N statements (the load's: a migration applied on the way has
# 2), before closing the connection checkpoints the WAL into the file. Without one it
# prints the number of statements of its last transaction and the seconds the load took.
LOADER = r"""
import json, sys, time
import warehouse.db as db
from warehouse.load import load_run

database, run_dir, quarantine, pause = sys.argv[1:5]
connect, state = db.connect, {"in_tx": False, "statements": 0}


class Connection:  # the real connection, reporting BEGIN / COMMIT / statements between
    def __init__(self, con):
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def execute(self, sql, *args):
        result = self._con.execute(sql, *args)
        verb = sql.strip().upper()
        if verb.startswith("BEGIN"):
            state.update(in_tx=True, statements=0)
        elif verb == "COMMIT":
            state["in_tx"] = False
            if pause == f"committed:{state['statements']}":
                print("paused", flush=True)
                sys.stdin.readline()
        elif state["in_tx"]:
            state["statements"] += 1
            if pause == f"statement:{state['statements']}":
                print("paused", flush=True)
                sys.stdin.readline()
        return result


db.connect = lambda path, read_only, on_wait=None: Connection(connect(path, read_only))
print("loading", flush=True)
started = time.monotonic()
report = load_run(database, run_dir, {"run_id": "r1", "flow": "nightly"},
                  quarantine=quarantine)
print(json.dumps({"statements": state["statements"], "seconds": time.monotonic() - started,
                  "new": report.articles_new, "updated": report.articles_updated,
                  "unchanged": report.articles_unchanged}), flush=True)
"""

TABLES = ("articles", "article_urls", "events", "pages", "rejects")


def snapshot(db: Path) -> dict[str, list[tuple]]:
    got = {t: rows(db, t, VOLATILE.get(t, ())) for t in TABLES}
    got["crawl_runs"] = [r[:2] for r in rows(db, "crawl_runs")]  # run_id, flow
    return got


def counts(state: dict[str, list[tuple]]) -> dict[str, int]:
    return {table: len(rows) for table, rows in state.items()}


def start_loader(db: Path, run_dir: Path, quarantine: Path,
                 pause: str = "") -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", LOADER, str(db), str(run_dir), str(quarantine), pause],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    line = child.stdout.readline().strip()
    assert line == "loading", line + child.stderr.read()
    return child


class Staged:
    def __init__(self, root: Path):
        self.root = root
        self.r1 = root / "staging" / "r1"
        self.pre = root / "pre.duckdb"  # the warehouse before the load: run r0 loaded
        self.fresh_ref = root / "fresh-reference.duckdb"  # r1 into an empty warehouse
        self.ref = root / "reference.duckdb"  # r1 loaded, uninterrupted
        self.statements = 0
        self.seconds = 0.0
        self.states: dict[str, dict[str, list[tuple]]] = {}  # snapshots of the above


@pytest.fixture(scope="module")
def staged(tmp_path_factory) -> Staged:
    """r0: 2500 articles; r1: 3500, of which 500 change, 500 are unchanged, 2500 new."""
    s = Staged(tmp_path_factory.mktemp("loader"))
    r0 = stage_run(s.root / "staging" / "r0", "r0", range(0, 2500))
    stage_run(s.r1, "r1", range(1500, 5000), edition=lambda n: int(n < 2500 and n % 2 == 0))
    load_run(s.pre, r0, {"run_id": "r0", "flow": "nightly"}, quarantine=s.root / "q")
    load_run(s.fresh_ref, s.r1, {"run_id": "r1", "flow": "nightly"}, quarantine=s.root / "q")
    shutil.copy(s.pre, s.ref)
    child = start_loader(s.ref, s.r1, s.root / "q")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    done = json.loads(out)
    assert (done["new"], done["updated"], done["unchanged"]) == (2500, 500, 500)
    s.statements, s.seconds = done["statements"], done["seconds"]
    assert s.statements >= 10 and not (s.root / "q").exists()
    s.states = {"pre": snapshot(s.pre), "ref": snapshot(s.ref),
                "fresh-ref": snapshot(s.fresh_ref),
                "empty": {t: [] for t in (*TABLES, "crawl_runs")}}
    return s


# When each kill lands: after a delay (a fraction of the uninterrupted load's duration), or
# paused at a known point. "fresh" kills hit the first load into a new file, around its
# creation and migrations.
MOMENTS = ["fresh:0.02", "fresh:0.3", "delay:0.1", "delay:0.4", "delay:0.7", "delay:0.95",
           "pause:half-transaction", "pause:last-statement", "pause:committed"]


@pytest.mark.parametrize("moment", MOMENTS)
def test_loader_killed_at_any_moment_leaves_all_or_nothing_and_a_rerun_completes(
        staged, tmp_path, moment):
    kind, _, when = moment.partition(":")
    db = tmp_path / "w.duckdb"
    if kind != "fresh":
        shutil.copy(staged.pre, db)
    before = staged.states["empty" if kind == "fresh" else "pre"]
    after = staged.states["fresh-ref" if kind == "fresh" else "ref"]
    pause = {"half-transaction": f"statement:{staged.statements // 2}",
             "last-statement": f"statement:{staged.statements}",
             "committed": f"committed:{staged.statements}"}.get(when, "") \
        if kind == "pause" else ""
    child = start_loader(db, staged.r1, tmp_path / "q", pause)
    if pause:
        assert child.stdout.readline().strip() == "paused", child.stderr.read()
    else:
        seconds = float(when) * (staged.seconds if kind == "delay" else 1)
        time.sleep(seconds)  # the moment is the point of this test: not a wait for a state
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    killed = child.returncode == -signal.SIGKILL

    # the file opens, read-only and as the writer; the lock is free; migrations whole
    if db.exists():
        assert_opens_whole(db)
        state = snapshot(db)
        if pause.startswith("committed") or not killed:
            allowed = {"the whole load": after}  # committed: replayed from the WAL if need be
        elif kind == "pause":
            allowed = {"the state before": before}  # killed inside the transaction
        else:
            allowed = {"the state before": before, "the whole load": after}
        assert any(state == want for want in allowed.values()), (
            f"half-applied load: row counts {counts(state)}, expected one of "
            + "; ".join(f"{name} {counts(want)}" for name, want in allowed.items()))
    else:
        assert kind == "fresh"

    # the rerun completes the load; the warehouse equals an uninterrupted load's
    load_run(db, staged.r1, {"run_id": "r1", "flow": "nightly"}, quarantine=tmp_path / "q")
    final = snapshot(db)
    for table in after:
        assert_same_rows(final[table], after[table], table)
    assert duplicates(db) == dict.fromkeys(KEYS, 0)
    assert not (tmp_path / "q").exists()  # a kill never makes good batches look broken


def test_a_retry_after_a_kill_past_commit_keeps_the_runs_counts(staged, tmp_path):
    """The loader killed after COMMIT (the load is in the warehouse, the flow never got its
    report) is retried by Prefect: the articles are right, and so should be the run's
    figures, which say what the run added."""
    db = tmp_path / "w.duckdb"
    shutil.copy(staged.pre, db)
    child = start_loader(db, staged.r1, tmp_path / "q", f"committed:{staged.statements}")
    assert child.stdout.readline().strip() == "paused", child.stderr.read()
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    load_run(db, staged.r1, {"run_id": "r1", "flow": "nightly"}, quarantine=tmp_path / "q")
    figures = "SELECT run_id, articles_new, articles_updated, articles_unchanged FROM crawl_runs"
    with reader(db) as con, reader(staged.ref) as ref:
        assert con.execute(figures).fetchall() == ref.execute(figures).fetchall()

# -- 4. a batch cut short loads its whole rows, never the cut one ------------------------------

def test_a_batch_cut_short_loads_its_whole_rows_and_moves_the_file_aside(tmp_path):
    """Complements tests/warehouse/test_staged_lines.py: here each broken file is whole rows
    with the last one cut in the middle, a crash's shape, for pages and events (staged
    before the transaction) and for an article part (staged chunk by chunk inside it). Each
    is moved to quarantine with why, its whole rows load (they are put back in its place),
    and the cut row is a reject naming the file and line; the other parts load as they are."""
    run_dir = stage_run(tmp_path / "staging" / "r1", "r1", range(0, 30), rows_per_file=10)
    out = run_dir / "langgam"
    broken = [out / "articles-00001.jsonl", out / "events.jsonl", out / "pages.jsonl"]
    for path in broken:
        text = path.read_text()
        path.write_text(text[:text.rindex("\n", 0, -1) + 60])  # the last row cut short
        assert len(path.read_text().splitlines()) in (10, 30)

    report = load_run(tmp_path / "w.duckdb", run_dir, {"run_id": "r1"},
                      quarantine=tmp_path / "q")
    assert sorted(Path(q.split(": ")[0]).name for q in report.quarantined) == [
        "langgam-articles-00001.jsonl", "langgam-events.jsonl", "langgam-pages.jsonl"]
    assert [len(path.read_text().splitlines()) for path in broken] == [9, 29, 29]
    assert all(Path(q.split(": ")[0]).with_name(Path(q.split(": ")[0]).name + ".reason.txt")
               .read_text().strip() for q in report.quarantined)
    with reader(tmp_path / "w.duckdb") as con:
        loaded = {r[0] for r in con.execute("SELECT canonical_url FROM articles").fetchall()}
        counts = con.execute("SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM "
                             "events), (SELECT count(*) FROM rejects)").fetchone()
        cut = sorted(r[0].rsplit("/", 1)[1] for r in con.execute(
            "SELECT url FROM rejects WHERE stage = 'load'").fetchall())
    # every whole row: the cut part's first nine articles, the others' all
    assert loaded == {url_of(n) for n in range(0, 30) if n != 19}
    assert counts == (29, 28, 1 + 3)  # no event for the article not loaded, nor the cut one
    assert cut == ["langgam-articles-00001.jsonl#line=10", "langgam-events.jsonl#line=30",
                   "langgam-pages.jsonl#line=30"]


def test_a_transient_error_inside_the_load_quarantines_nothing_and_a_retry_loads_all(
        tmp_path, monkeypatch):
    """A load that fails for a reason other than its data (here DuckDB out of memory while
    it reads the article batches inside its transaction, as a loader under a tight
    memory_limit did during concurrent runs) must fail whole: no good batch moved to
    quarantine (a retry would silently load a run without them), nothing committed, and
    the retry (Prefect's, or a rerun) loads everything."""
    import warehouse.load as load

    db = tmp_path / "w.duckdb"
    run_dir = stage_run(tmp_path / "staging" / "r1", "r1", range(0, 30), rows_per_file=10)
    validate = load.valid_files

    def then_starve(con, *args, **kwargs):  # the next read_json needs a 32 MiB buffer
        good = validate(con, *args, **kwargs)
        con.execute("SET memory_limit = '24MB'")
        return good

    monkeypatch.setattr(load, "valid_files", then_starve)
    with pytest.raises(Exception, match="(?i)out of memory"):
        load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    assert not (tmp_path / "q").exists()
    assert len(list((run_dir / "langgam").glob("articles-*.jsonl"))) == 3
    assert_opens_whole(db)
    assert [len(rows(db, t)) for t in ("articles", "pages", "crawl_runs")] == [0, 0, 0]

    monkeypatch.setattr(load, "valid_files", validate)
    report = load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    assert (report.articles_new, report.quarantined) == (30, [])
    assert [len(rows(db, t)) for t in ("articles", "pages", "crawl_runs")] == [30, 30, 1]
