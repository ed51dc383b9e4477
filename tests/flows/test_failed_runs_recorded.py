"""A run that fails before loading leaves its crawl_runs row: status failed, and why.

Before, nothing was written: a nightly given a replay archive that cannot be read, or an
ingest of which no archive could be read, failed without a trace in the warehouse.
"""

from __future__ import annotations

import random

import pytest

from warehouse.db import reader, writer


def runs(db) -> list[tuple]:
    with reader(db) as con:
        return con.execute("SELECT flow, status, message FROM crawl_runs").fetchall()


@pytest.fixture()
def noise(tmp_path):
    path = tmp_path / "acak.warc.gz"
    path.write_bytes(random.Random(9).randbytes(20_000))
    return str(path)


def test_a_nightly_failing_before_its_load_is_recorded_as_failed(tmp_path, noise,
                                                                  prefect_harness):
    from flows.nightly import nightly

    db = tmp_path / "w.duckdb"
    with writer(db):
        pass
    with pytest.raises(Exception, match="holds no readable record") as failure:
        nightly(outlets=["langgam"], db_path=str(db), data_dir=str(tmp_path / "data"),
                replay=[noise], workers=1)
    [(flow, status, message)] = runs(db)
    assert (flow, status) == ("nightly", "failed")
    assert message.startswith(type(failure.value).__name__ + ": replay archive ")


def test_an_ingest_of_unreadable_archives_only_is_recorded_as_failed(tmp_path, noise,
                                                                     prefect_harness):
    from flows.ingest import ingest

    db = tmp_path / "w.duckdb"
    with pytest.raises(ValueError, match="none of the 1 archive"):
        ingest(archives=[noise], db_path=str(db), data_dir=str(tmp_path / "data"), workers=1)
    [(flow, status, message)] = runs(db)
    assert (flow, status) == ("ingest", "failed")
    assert message.startswith("ValueError: none of the 1 archive(s) could be read: ")
