"""One bad file never aborts an ingest: each archive succeeds or fails on its own, named.

Given with good archives, an empty file, a text file, random bytes named ``.warc.gz`` and
a WARC header followed by random bytes are each skipped with their reason (the flow's
``skipped_archives``, its log, the run's recorded params, the CLI's stderr and exit status
1) and the good archives load. Before, the random bytes failed the whole ingest with a
313-line traceback that never named the file, and an empty or text file was taken silently.
A good archive followed by random bytes loads its records; the random bytes are one
DamagedRecord reject (before, the whole archive was skipped).
"""

from __future__ import annotations

import json
import random

import pytest
from conftest import ARCHIVE
from typer.testing import CliRunner

from flows.cli import app
from warehouse.db import reader


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad-archives")
    noise = random.Random(14).randbytes(60_000)
    made = {"empty": (tmp / "empty.warc.gz", b""),
            "text": (tmp / "catatan.warc", b"Catatan rapat redaksi, bukan arsip.\n"),
            "noise": (tmp / "acak.warc.gz", noise),
            "tail": (tmp / "ekor-rusak.warc.gz", ARCHIVE.read_bytes() + noise),
            "headed": (tmp / "kepala-saja.warc", b"WARC/1.0\r\n" + noise)}
    for path, data in made.values():
        path.write_bytes(data)
    return {"tmp": tmp, **{k: str(p) for k, (p, _) in made.items()}}


def articles(db) -> int:
    with reader(db) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_the_flow_skips_each_bad_archive_with_its_reason_and_loads_the_good(files,
                                                                           prefect_harness):
    from flows.ingest import ingest

    db = files["tmp"] / "flow.duckdb"
    summary = ingest(archives=[str(ARCHIVE), files["empty"], files["text"], files["noise"],
                               files["tail"], files["headed"]],
                     db_path=str(db), data_dir=str(files["tmp"] / "data"), workers=1)
    skipped = summary["skipped_archives"]
    assert skipped == {
        files["empty"]: "empty file",
        files["text"]: "not a WARC file (it does not start with 'WARC/')",
        files["noise"]: "not a WARC file (it does not start with 'WARC/')",
        files["headed"]: "holds no archived response (empty, or damaged after its header)"}
    assert summary["load"]["articles_new"] > 0 and articles(db) == summary["load"][
        "articles_new"]
    with reader(db) as con:
        params = json.loads(con.execute("SELECT params FROM crawl_runs").fetchone()[0])
    assert params["skipped_archives"] == skipped


def test_the_command_names_the_skipped_archive_and_exits_1(files, prefect_harness):
    db = files["tmp"] / "cli.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(ARCHIVE), files["tail"], files["empty"],
                                      "--db", str(db), "--data-dir",
                                      str(files["tmp"] / "cli"), "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"SKIPPED archive {files['empty']}: empty file" in result.stderr
    assert "1 archive(s) skipped" in result.stderr
    assert articles(db) > 0
    with reader(db) as con:  # the good records before the noise load; the noise is a reject
        [(reason,)] = con.execute("SELECT reason FROM rejects WHERE reason LIKE "
                                  "'DamagedRecord%'").fetchall()
    assert "ekor-rusak.warc.gz skipped" in reason
