"""The test session itself (tests/conftest.py): a module that runs flows leaves no Prefect
events worker behind. That worker keeps a websocket open whose keepalive pings draw from
the global ``random`` every 20 s on a background thread; a Hypothesis test in a later
module of the same worker then saw the global random state change under its strategies
(HypothesisDeprecationWarning "Do not use the `random` module inside strategies"), now
and then, depending on when a ping fell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFTEST = Path(__file__).with_name("conftest.py")

RUNS_A_FLOW = '''
from prefect import flow, task


@task
def one():
    return 1


@flow
def a_flow():
    return one()


def test_runs_a_flow():
    assert a_flow() == 1
'''

COMES_AFTER = '''
from prefect.events.worker import EventsWorker


def test_no_events_worker_is_left_running():
    assert not EventsWorker._instances, "a Prefect events worker outlived its module"
'''


def test_no_prefect_events_worker_outlives_the_module_that_started_it(tmp_path):
    (tmp_path / "conftest.py").write_text(CONFTEST.read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "test_a_flow.py").write_text(RUNS_A_FLOW, encoding="utf-8")
    (tmp_path / "test_b_after.py").write_text(COMES_AFTER, encoding="utf-8")
    # the flow reports to this session's Prefect server (PREFECT_API_URL, set for modules
    # that start processes), so the inner session starts none of its own
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-p", "no:xdist", "-p", "no:randomly", "test_a_flow.py",
                           "test_b_after.py"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout


# Three modules whose names sort the other way round from their cost.
PURE = '''
def test_pure_one():
    pass


def test_pure_two():
    pass
'''

STARTS_PROCESSES = '''
import subprocess


def test_starts_a_process():
    assert subprocess.run(["true"]).returncode == 0
'''

MIXED_FLOWS = '''
def test_needs_no_server():
    pass


def test_runs_flows(prefect_harness):
    pass
'''

SLOW = '''
import pytest

pytestmark = pytest.mark.slow


def test_slow():
    pass
'''


def test_the_costly_modules_are_collected_first_and_each_module_stays_whole(tmp_path):
    """xdist hands out whole modules in collection order: a module of minutes among the
    last ones runs alone at the end while the other worker has nothing left to take."""
    (tmp_path / "conftest.py").write_text(CONFTEST.read_text(encoding="utf-8"),
                                          encoding="utf-8")
    for name, text in {"test_a_pure": PURE, "test_b_mixed_flows": MIXED_FLOWS,
                       "test_c_starts_processes": STARTS_PROCESSES,
                       "test_d_slow": SLOW}.items():
        (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "--collect-only",
                           "-p", "no:cacheprovider", "-p", "no:xdist", "-p", "no:randomly"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    collected = [line for line in done.stdout.splitlines() if "::" in line]
    assert collected == ["test_d_slow.py::test_slow",
                         "test_b_mixed_flows.py::test_needs_no_server",
                         "test_b_mixed_flows.py::test_runs_flows",
                         "test_c_starts_processes.py::test_starts_a_process",
                         "test_a_pure.py::test_pure_one", "test_a_pure.py::test_pure_two"]
