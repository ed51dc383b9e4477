"""`warta demo`, as a new user runs it: twice, and with nothing (or anything) on stdin.

The demo ends by printing the articles it loaded. It called `warta sql`'s function without
the command context that function takes first, so its query string became the context, no
query was left, and every demo ended in an AttributeError traceback after the load (a query
piped on stdin was run instead of the demo's).
"""

from __future__ import annotations

from typer.testing import CliRunner

from flows.cli import app


def test_the_demo_prints_its_articles_twice_in_a_row(tmp_path, prefect_harness):
    args = ["demo", "--db", str(tmp_path / "demo.duckdb"), "--data-dir", str(tmp_path / "d")]
    for stdin in ("", "SELECT 'not the demo' AS piped"):
        result = CliRunner().invoke(app, args, input=stdin)
        assert result.exit_code == 0, result.output
        assert "Traceback" not in result.output and result.exception is None
        lines = result.stdout.splitlines()
        table = lines.index(next(line for line in lines if line.split()[:2] == ["outlet",
                                                                                 "published"]))
        assert sum(" langgam " in f" {line} " for line in lines[table:]) >= 2
        assert "not the demo" not in result.stdout
        assert f"The demo warehouse is {tmp_path / 'demo.duckdb'}" in result.stdout
