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
        assert (tmp_path / "q" / f"langgam-{name}").read_bytes() == original
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
