"""`warta load --pending` with a staged file cut short: the loader quarantines it, and the
command names each quarantined file and why, and exits 1 (the other files still load)."""

from __future__ import annotations

from staged_run import stage_run
from typer.testing import CliRunner

from flows.cli import app
from warehouse.db import writer
from warehouse.pending import mark_pending


def test_a_quarantined_file_is_named_and_fails_the_command(tmp_path):
    db = tmp_path / "w.duckdb"
    with writer(db):
        pass
    run_dir = stage_run(tmp_path / "staging" / "run-a", "run-a", range(3))
    (articles,) = sorted((run_dir / "langgam").glob("articles-*.jsonl"))
    data = articles.read_bytes()
    articles.write_bytes(data[: len(data) - 200])  # the last line cut short
    mark_pending(run_dir, {"run_id": "run-a", "flow": "nightly"}, None)
    result = CliRunner().invoke(app, ["load", "--pending", "--db", str(db), "--data-dir",
                                      str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert "loaded pending run run-a" in result.stdout
    (line,) = [x for x in result.stderr.splitlines() if "QUARANTINED" in x]
    assert articles.name in line and str(tmp_path / "quarantine") in line
    assert line.split(articles.name, 1)[1].strip(": ")  # the reason follows the file
