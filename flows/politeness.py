"""Politeness across workers: one Prefect global concurrency limit per outlet host.

Each outlet's crawl already paces itself (its download delay, one request at a time per
host: spiders/settings.py). Workers on several hosts could still crawl one site at once;
``crawl_slot`` makes a crawl hold the slot ``crawl:<host>`` of the outlet's main host, so a
second crawl of the same site waits, on any worker. The limits are created on first use.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from spiders.registry import get

# Crawls of one host at once, across every worker.
SLOTS_PER_HOST = int(os.environ.get("WARTA_CRAWL_SLOTS_PER_HOST", "1"))
# A slot's lease, renewed while its crawl lives: a killed worker's slot frees itself after
# at most this long (plus the server's lease sweep, every 15 s by default).
LEASE_SECONDS = float(os.environ.get("WARTA_CRAWL_LEASE_SECONDS", "120"))


def limit_name(outlet: str) -> str:
    return f"crawl:{get(outlet).hosts[0]}"


def ensure_limit(name: str, slots: int = SLOTS_PER_HOST) -> None:
    """Create the global concurrency limit ``name`` unless it exists (another worker may
    create it at the same moment: that is fine)."""
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
    with concurrency(name, occupy=1, timeout_seconds=timeout, lease_duration=LEASE_SECONDS,
                     strict=True):
        yield name
