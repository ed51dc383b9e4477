"""The web view's SQLite snapshot (warehouse/snapshot.py) when two runs publish at once on
one warehouse: each writes a temporary file of its own, and the one swapped in last is
whole."""

from __future__ import annotations

import sqlite3

from big_numbers import AT, HUGE, ID, UNSIGNED, WIDE, big_numbers_warehouse

from warehouse import db
from warehouse.snapshot import SNAPSHOT, write_snapshot


class Interleaved:
    """A DuckDB connection whose first statement lets a second publisher write the whole
    snapshot first: the overlap of two runs, made deterministic."""

    def __init__(self, con, other):
        self.con, self.other = con, other

    def execute(self, *args):
        if self.other is not None:
            other, self.other = self.other, None
            other()
        return self.con.execute(*args)


def test_two_publishers_at_once_each_write_a_whole_snapshot(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.writer(path) as con:
        con.execute("INSERT INTO articles (canonical_url, url, outlet, title, published_at, "
                    "text, text_hash) VALUES ('https://a.test/1', 'https://a.test/1', "
                    "'langgam', 'Apel', '2024-09-30 17:30:00+00', 'x', 'h')")
    target = tmp_path / "w.sqlite"
    with db.reader(path) as con:
        inner = {}
        counts = write_snapshot(Interleaved(
            con, lambda: inner.update(write_snapshot(con, target))), target)
    assert counts == inner and counts["fct_articles"] == 1
    lite = sqlite3.connect(target)
    names = {r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    lite.close()
    assert names == set(SNAPSHOT)
    assert [p.name for p in tmp_path.iterdir() if "sqlite" in p.name] == ["w.sqlite"]


def test_files_replaced_together_go_back_when_a_later_rename_fails(tmp_path, monkeypatch):
    """The second of three renames fails (a file system error): the first path gets its old
    file back, a path that had none has none, and no temporary or kept copy is left."""
    import os

    import pytest

    from warehouse.snapshot import replaced_together

    first, second, third = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    first.write_text("old a")
    second.write_text("old b")
    real_replace = os.replace

    def failing(src, dst, *args, **kwargs):
        if str(dst) == str(second):
            raise PermissionError(1, "Operation not permitted", str(src), None, str(dst))
        return real_replace(src, dst, *args, **kwargs)

    with pytest.raises(PermissionError):
        with replaced_together([third, first, second]) as tmps:
            for path, tmp in tmps.items():
                tmp.write_text(f"new {path.name}")
            monkeypatch.setattr(os, "replace", failing)
    monkeypatch.setattr(os, "replace", real_replace)
    assert first.read_text() == "old a" and second.read_text() == "old b"
    assert not third.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


def test_numbers_beyond_sqlite_are_written_exactly_as_text(tmp_path):
    """An integer beyond SQLite's 64 bits (HUGEINT, UBIGINT) made sqlite3 raise OverflowError
    (the snapshot, and so `warta serve`, failed with a traceback); a DECIMAL a float does not
    carry was rounded. Such a column becomes TEXT with every value exact, the rows written
    before the value came included; a column whose values all fit stays a number."""
    path = big_numbers_warehouse(tmp_path)
    target = tmp_path / "w.sqlite"
    with db.reader(path) as con:
        counts = write_snapshot(con, target)
    assert counts["v_outlet_coverage"] == 6000
    lite = sqlite3.connect(target)
    types = {r[1]: r[2] for r in lite.execute("PRAGMA table_info(v_outlet_coverage)")}
    assert types == {"n": "INTEGER", "huge": "TEXT", "unsigned": "TEXT", "wide": "TEXT",
                     "small_sum": "INTEGER", "ratio": "REAL", "id": "TEXT"}
    rows = dict((r[0], r[1:]) for r in lite.execute(
        "SELECT n, huge, unsigned, wide, small_sum, ratio, id FROM v_outlet_coverage "
        f"WHERE n IN (7, {AT - 1}, {AT})"))
    lite.close()
    assert rows[AT][:3] == (HUGE, UNSIGNED, WIDE)
    assert rows[7] == ("7", "7", "7.5", 7, 1.75, ID)  # written before the wide values came
    assert rows[AT - 1] == ("5499", "5499", "5499.5", 5499, 1374.75, ID)
    assert [p.name for p in tmp_path.iterdir() if "sqlite" in p.name] == ["w.sqlite"]
