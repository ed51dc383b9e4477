"""Test-wide set-up: no network, an isolated Prefect home, one Prefect harness per session
(per xdist worker) that the processes tests start report to, the costly modules first."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
ARCHIVE = FIXTURES / "archive" / "outlets.warc.gz"

# Prefect state of the test run lives in a throwaway home, never the user's ~/.prefect.
_PREFECT_HOME = tempfile.mkdtemp(prefix="warta-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ["WARTA_SCRAPY_LOG_LEVEL"] = "WARNING"
sys.path.insert(0, str(FIXTURES))

import pytest  # noqa: E402

# Prefect configures logging the first time it loads: a console handler on the root logger,
# bound to the sys.stderr of that moment. Loaded here, that is the session's stream. Loaded
# by whichever CliRunner test came first, it was that test's captured stream, closed after
# it: every later warning (Trafilatura's, in `warta extract`) became a "Logging error" in
# another test's output, so tests failed or passed by the order they ran in.
from prefect import flow  # noqa: E402,F401


@pytest.fixture(scope="session")
def prefect_harness():
    """Prefect's temporary API, started once (it takes ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(autouse=True, scope="module")
def no_prefect_events_worker_outlives_its_module():
    """Stop the Prefect events worker a module's flows started, once the module is done.

    It keeps a websocket to the API open, and the websockets library draws each keepalive
    ping's payload from the global ``random``, on Prefect's background loop thread, every
    20 s for the rest of the session. A Hypothesis test of a later module in the same
    process saw that state change while its strategies ran and warned that a strategy
    used ``random`` (now and then: when a ping fell inside one). The next flow starts a
    new worker."""
    yield
    from prefect.events.worker import EventsWorker

    EventsWorker.drain_all(timeout=30)


@pytest.fixture(autouse=True)
def children_report_to_the_session_server(request, monkeypatch):
    """A `warta` (or flow) process a test starts reports to the session's Prefect server.

    Without PREFECT_API_URL each such process starts Prefect's temporary server of its own,
    ~12 s of CPU before its flow begins; the suite starts dozens. Only tests of modules
    that start processes (``subprocess``, ``ctrl_c_when``) get it, so a unit test never
    waits for the server; a test about the temporary server itself is marked
    ``temporary_server`` and keeps it. A test that builds its own environment (its own
    server, or none) is unaffected: the variable is only set in this process's."""
    if starts_processes(request.module) and not request.node.get_closest_marker(
            "temporary_server"):
        request.getfixturevalue("prefect_harness")
        from prefect.settings import PREFECT_API_URL

        monkeypatch.setenv("PREFECT_API_URL", str(PREFECT_API_URL.value()))
    yield


def starts_processes(module: object) -> bool:
    """Whether a test module starts processes (it names ``subprocess`` or ``ctrl_c_when``)."""
    return bool({"subprocess", "ctrl_c_when"} & set(vars(module)))


def cost_rank(item: pytest.Item) -> int:
    """0 for a slow test; 1 for a test of a module that starts processes or runs flows on
    the session's Prefect server (seconds a test, a minute or more a module); 2 otherwise
    (pure code, a fraction of a second a test)."""
    if item.get_closest_marker("slow"):
        return 0
    module = getattr(item, "module", None)
    if module is not None and starts_processes(module):
        return 1
    return 1 if "prefect_harness" in getattr(item, "fixturenames", ()) else 2


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The costly modules first, the slow ones before all; a module ranks as its costliest
    test and stays whole (its module fixtures are built once); a stable sort keeps every
    other order. Two xdist workers take a module at a time in this order, so the many small
    pure modules come last and even out when each worker finishes: a module of minutes
    taken last (the loader-kill tests of tests/warehouse came after all of tests/transforms)
    ran alone while the other worker sat idle."""
    rank: dict[str, int] = {}
    for item in items:
        module = item.nodeid.split("::", 1)[0]
        rank[module] = min(rank.get(module, 2), cost_rank(item))
    items.sort(key=lambda item: rank[item.nodeid.split("::", 1)[0]])
