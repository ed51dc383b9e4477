"""The environment of the Prefect servers and workers the slow tests start
(tests/fixtures/local_prefect.py), read the way Prefect reads it: a renamed or misspelt
setting is ignored without a word, and the servers would write to SQLite again what no
test reads (each such write can refuse another request, which the client retries a
minute later at worst)."""

from __future__ import annotations

from local_prefect import prefect_env
from prefect.settings import Settings


def settings_of(env: dict[str, str], monkeypatch) -> Settings:
    for name, value in env.items():
        if name.startswith("PREFECT_"):
            monkeypatch.setenv(name, value)
    return Settings()


def test_the_test_servers_run_only_the_services_the_tests_need(tmp_path, monkeypatch):
    settings = settings_of(prefect_env(tmp_path / "home", 4200), monkeypatch)
    services = settings.server.services
    off = ("scheduler", "late_runs", "foreman", "pause_expirations", "cancellation_cleanup",
           "cleanup_reconciler", "event_persister", "task_run_recorder")
    assert {name: getattr(services, name).enabled for name in off} == dict.fromkeys(off, False)
    assert not settings.logging.to_api.enabled
    assert not settings.server.analytics_enabled
    # what the scale-out tests rely on: the crash automation and freed crawl slots
    assert services.triggers.enabled and services.repossessor.enabled
    assert settings.worker.query_seconds == 2


def test_a_test_can_still_turn_a_service_back_on(tmp_path, monkeypatch):
    env = prefect_env(tmp_path / "home", 4200, PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED="true",
                      PREFECT_SERVER_SERVICES_REPOSSESSOR_LOOP_SECONDS="2")
    services = settings_of(env, monkeypatch).server.services
    assert services.late_runs.enabled and services.repossessor.loop_seconds == 2
