"""The processes a test starts report to the session's Prefect test server (tests/conftest.py),
instead of each starting Prefect's temporary server; a test about the temporary server keeps
it."""

from __future__ import annotations

import os
import subprocess  # noqa: F401 - this module starts processes, as far as conftest can tell

import pytest


def test_a_test_that_starts_processes_gives_them_the_session_server(prefect_harness):
    from prefect.settings import PREFECT_API_URL

    assert os.environ["PREFECT_API_URL"] == str(PREFECT_API_URL.value())


@pytest.mark.temporary_server
def test_a_test_about_the_temporary_server_gives_its_processes_none(prefect_harness):
    from prefect.settings import PREFECT_API_URL

    assert os.environ.get("PREFECT_API_URL") != str(PREFECT_API_URL.value())
