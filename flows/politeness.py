"""Politeness across workers: one Prefect global concurrency limit per outlet host.

Each outlet's crawl already paces itself (its download delay, one request at a time per
host: spiders/settings.py). Workers on several hosts could still crawl one site at once;
``crawl_slot`` makes a crawl hold the slot ``crawl:<host>`` of the outlet's main host, so a
second crawl of the same site waits, on any worker. The limits are created on first use.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spiders.registry import get
from spiders.settings import env_number

# Crawls of one host at once, across every worker.
SLOTS_PER_HOST = 1  # WARTA_CRAWL_SLOTS_PER_HOST
# A slot's lease, renewed while its crawl lives: a killed worker's slot frees itself after
# at most this long (plus the server's lease sweep, every 15 s by default).
LEASE_SECONDS = 120.0  # WARTA_CRAWL_LEASE_SECONDS


def slots_per_host() -> int:
    return int(env_number("WARTA_CRAWL_SLOTS_PER_HOST", SLOTS_PER_HOST, minimum=1,
                          integer=True))


def lease_seconds() -> float:
    return env_number("WARTA_CRAWL_LEASE_SECONDS", LEASE_SECONDS)


def limit_name(outlet: str) -> str:
    return f"crawl:{get(outlet).hosts[0]}"


def ensure_limit(name: str, slots: int | None = None) -> None:
    """Create the global concurrency limit ``name`` unless it exists (another worker may
    create it at the same moment: that is fine)."""
    slots = slots_per_host() if slots is None else slots
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectAlreadyExists

    with get_client(sync_client=True) as client:
        try:
            client.upsert_global_concurrency_limit_by_name(name, slots)
        except ObjectAlreadyExists:
            pass


@contextmanager
def crawl_slot(outlet: str, timeout: float | None = None) -> Iterator[str]:
    """Hold the outlet host's crawl slot for the body; waits while another crawl holds it."""
    from prefect.concurrency.sync import concurrency

    name = limit_name(outlet)
    ensure_limit(name)
    with concurrency(name, occupy=1, timeout_seconds=timeout, lease_duration=lease_seconds(),
                     strict=True):
        yield name
