"""A damaged staged file loads its intact lines; each damaged line is a reject row naming the
file and line, and the file itself is moved to quarantine (warehouse/staged_lines.py).

Each staged kind gets its own damage: a line that is no JSON (garbage in the middle of the
pages), a value of the wrong type in a column no check reads first (an article's
``fetched_at``: it used to abort the whole load inside its transaction), a line lacking a
required field (an event), and a last line cut short (the rejects).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from staged_run import stage_run, url_of

from warehouse.db import reader
from warehouse.load import load_run

FIGURES = ("SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles), "
           "(SELECT count(*) FROM events), (SELECT sum(times) FROM rejects)")


def damage(path: Path, number: int, line: str | None = None, *, cut: bool = False) -> bytes:
    """Line ``number`` of ``path`` replaced by ``line`` (or its tail cut off); the original
    bytes of the file."""
    original = path.read_bytes()
    lines = original.decode().splitlines(keepends=True)
    if cut:
        lines[number - 1] = lines[number - 1][:40]
    else:
        lines[number - 1] = line + "\n"
    path.write_text("".join(lines))
    return path.read_bytes()


def test_intact_lines_load_and_each_damaged_line_is_a_reject(tmp_path):
    run_dir = stage_run(tmp_path / "staging" / "r1", "r1", range(10), rows_per_file=5)
    out = run_dir / "langgam"
    extra = {"url": url_of(99), "outlet": "langgam", "run_id": "r1", "stage": "fetch",
             "reason": "http 500"}
    with open(out / "extract-rejects.jsonl", "a") as fh:
        fh.write(json.dumps(extra) + "\n")
    article = json.loads((out / "articles-00001.jsonl").read_text().splitlines()[2])
    damaged = {
        "pages.jsonl": damage(out / "pages.jsonl", 4, "\x00\x17 bukan json {"),
        "articles-00001.jsonl": damage(out / "articles-00001.jsonl", 3, json.dumps(
            {**article, "fetched_at": "kemarin sore"})),
        "events.jsonl": damage(out / "events.jsonl", 6, json.dumps({"canonical_url": url_of(5)})),
        "extract-rejects.jsonl": damage(out / "extract-rejects.jsonl", 2, cut=True),
    }
    db = tmp_path / "w.duckdb"
    report = load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")

    assert sorted(Path(q.split(": ")[0]).name for q in report.quarantined) == sorted(
        f"langgam-{name}" for name in damaged)
    for name, original in damaged.items():  # moved aside as they were; the rest in place
        assert (tmp_path / "q" / "r1" / f"langgam-{name}").read_bytes() == original
        assert len((out / name).read_bytes().splitlines()) == len(original.splitlines()) - 1
    with reader(db) as con:
        articles = {r[0] for r in con.execute("SELECT canonical_url FROM articles").fetchall()}
        assert articles == {url_of(n) for n in range(10) if n != 7}
        assert con.execute(FIGURES).fetchone() == (9, 9, 8, 1 + 4)
        rows = con.execute("SELECT url, stage, reason FROM rejects WHERE stage = 'load' "
                           "ORDER BY url").fetchall()
    assert [(Path(u).name, s) for u, s, _ in rows] == [
        ("langgam-articles-00001.jsonl#line=3", "load"), ("langgam-events.jsonl#line=6", "load"),
        ("langgam-extract-rejects.jsonl#line=2", "load"), ("langgam-pages.jsonl#line=4", "load")]
    reasons = dict((Path(u).name.split("#")[0], r) for u, _, r in rows)
    assert "kemarin sore" in reasons["langgam-articles-00001.jsonl"]
    assert "lacks event_id" in reasons["langgam-events.jsonl"]
    assert "line 4 of langgam/pages.jsonl" in reasons["langgam-pages.jsonl"]

    again = load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    assert again.quarantined == []  # the intact lines left in place load as they are
    with reader(db) as con:  # and nothing twice
        assert con.execute(FIGURES).fetchone() == (9, 9, 8, 1 + 4)


def test_a_file_with_no_intact_line_is_moved_aside_and_leaves_nothing(tmp_path):
    run_dir = stage_run(tmp_path / "staging" / "r1", "r1", range(3))
    events = run_dir / "langgam" / "events.jsonl"
    events.write_text("acak\n" * 250)
    report = load_run(tmp_path / "w.duckdb", run_dir, {"run_id": "r1"},
                      quarantine=tmp_path / "q")
    assert not events.exists() and len(report.quarantined) == 1
    with reader(tmp_path / "w.duckdb") as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        # one row per damaged line up to 100, then one for the rest
        assert con.execute("SELECT count(*) FROM rejects WHERE stage = 'load'"
                           ).fetchone()[0] == 101


def test_a_load_that_fails_after_salvaging_moves_nothing_and_its_retry_records_the_same(
        tmp_path, monkeypatch):
    """The damaged file stays in staging, as it was, until the load commits: a load that
    fails later (here the occasions refresh runs out of memory) leaves it for the retry,
    which finds the same damage and records the same reject."""
    import warehouse.load as load

    run_dir = stage_run(tmp_path / "staging" / "r1", "r1", range(10), rows_per_file=5)
    pages = run_dir / "langgam" / "pages.jsonl"
    original = damage(pages, 4, "bukan json {")
    db = tmp_path / "w.duckdb"

    def starved(con, run_id):
        raise MemoryError("out of memory")

    refresh = load.refresh_occasions
    monkeypatch.setattr(load, "refresh_occasions", starved)
    with pytest.raises(MemoryError):
        load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    assert pages.read_bytes() == original and not (tmp_path / "q").exists()
    assert sorted(p.name for p in pages.parent.iterdir() if p.name.startswith(".")) == []

    monkeypatch.setattr(load, "refresh_occasions", refresh)
    report = load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    assert [Path(q.split(": ")[0]).name for q in report.quarantined] == ["langgam-pages.jsonl"]
    assert (tmp_path / "q" / "r1" / "langgam-pages.jsonl").read_bytes() == original
    with reader(db) as con:  # the staged run's own reject, and the damaged line's once
        assert con.execute(FIGURES).fetchone() == (9, 10, 10, 2)
        assert con.execute("SELECT count(*), max(times) FROM rejects WHERE stage = 'load'"
                           ).fetchone() == (1, 1)


def test_a_salvage_that_cannot_write_loses_no_line(tmp_path, monkeypatch):
    """A full disk while the intact lines are written fails the load with every staged file
    as it was; a full disk while the original is copied to quarantine (after the commit)
    is reported and leaves the original in staging, which the next load moves, adding
    nothing twice."""
    import errno
    import shutil

    import warehouse.staged_lines as staged_lines

    run_dir = stage_run(tmp_path / "staging" / "r1", "r1", range(10), rows_per_file=5)
    pages = run_dir / "langgam" / "pages.jsonl"
    original = damage(pages, 4, "bukan json {")
    db = tmp_path / "w.duckdb"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    fsync = staged_lines.os.fsync
    monkeypatch.setattr(staged_lines.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    monkeypatch.setattr(staged_lines.os, "fsync", fsync)
    assert pages.read_bytes() == original

    copy2 = shutil.copy2
    monkeypatch.setattr(staged_lines.shutil, "copy2", full)
    report = load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    assert any("not moved to quarantine" in q for q in report.quarantined)
    assert pages.read_bytes() == original
    monkeypatch.setattr(staged_lines.shutil, "copy2", copy2)

    report = load_run(db, run_dir, {"run_id": "r1"}, quarantine=tmp_path / "q")
    assert not any("not moved" in q for q in report.quarantined)
    assert (tmp_path / "q" / "r1" / "langgam-pages.jsonl").read_bytes() == original
    assert len(pages.read_bytes().splitlines()) == 9
    with reader(db) as con:  # the staged run's own reject, and the damaged line's once
        assert con.execute(FIGURES).fetchone() == (9, 10, 10, 2)
        assert con.execute("SELECT count(*), max(times) FROM rejects WHERE stage = 'load'"
                           ).fetchone() == (1, 1)


def test_two_runs_damaged_in_the_same_file_keep_both_originals(tmp_path):
    """Each run's damaged files go to a quarantine folder of their own: a later run's file of
    the same name never replaces an earlier one's, which its rejects still point at."""
    db, kept = tmp_path / "w.duckdb", {}
    for run_id, junk in (("r1", "rusak satu {"), ("r2", "rusak dua [")):
        run_dir = stage_run(tmp_path / "staging" / run_id, run_id, range(5))
        kept[run_id] = damage(run_dir / "langgam" / "pages.jsonl", 2, junk)
        load_run(db, run_dir, {"run_id": run_id}, quarantine=tmp_path / "q")
    for run_id, original in kept.items():
        assert (tmp_path / "q" / run_id / "langgam-pages.jsonl").read_bytes() == original
    with reader(db) as con:
        urls = [r[0] for r in con.execute("SELECT url FROM rejects WHERE stage = 'load' "
                                          "ORDER BY url").fetchall()]
    assert [Path(u).parent.name for u in urls] == ["r1", "r2"]
