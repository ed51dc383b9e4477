"""A run's side of the shared storage (``$WARTA_STORAGE``, warehouse/storage.py): publish its
archives and staged batch when it loads, and, once the storage takes it, the earlier runs of
this data folder that could not publish when they ran (warehouse/pending.py keeps their
markers). A storage that cannot be reached or written never loses the local load.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import get_run_logger

from flows import layout, leftovers
from warehouse import storage
from warehouse.pending import UNPUBLISHED, mark_unpublished, publish_waiting, unpublished_note


def shared_store(run_dir: str) -> storage.Storage | None:
    """The shared storage of the run's data folder, if one is set and can be opened (else a
    warning: the run loads here all the same)."""
    try:
        return storage.shared_storage(layout.data_dir_of(run_dir))
    except Exception as exc:  # noqa: BLE001 - any storage failure: keep the local load
        get_run_logger().warning("shared storage not reachable: %s", exc)
        return None


def share(run_dir: str, run: dict[str, Any], outlets: list[dict[str, Any]]
          ) -> tuple[storage.Storage | None, str | None]:
    """Publish the run's archives and staged batch to the shared storage when one is set
    (``$WARTA_STORAGE``, warehouse/storage.py): the storage (None without one), and why
    the run could not be published there (None when it was).

    The run loads here all the same: a storage that cannot be reached or written is no lost
    run. The run is marked to be published later (warehouse/pending.py), and its row, its
    summary and the command's last line say it was not published."""
    data_dir = layout.data_dir_of(run_dir)
    warc_dir = layout.warc_dir(data_dir, run["run_id"])
    url = storage.storage_url(data_dir)
    try:
        store = storage.shared_storage(data_dir)
        if store is None:
            return None, None
        storage.publish_run(store, run_dir, warc_dir, run, outlets)
        (Path(run_dir) / UNPUBLISHED).unlink(missing_ok=True)  # a retried load's first try
    except Exception as exc:  # noqa: BLE001 - any storage failure: keep the local load
        note = unpublished_note(url, exc)
        get_run_logger().warning("run %s %s", run["run_id"], note)
        mark_unpublished(run_dir, run, outlets, warc_dir, note)
        return None, note
    get_run_logger().info("run %s published to %s", run["run_id"], store.url)
    return store, None


def publish_earlier(store: storage.Storage, db_path: str, run_dir: str) -> None:
    """Publish the earlier runs of this data folder that could not publish when they ran,
    now that the storage took this one (a storage that refuses them still: a warning)."""
    logger = get_run_logger()
    try:
        published, failed = publish_waiting(store, Path(run_dir).parent, db_path,
                                            running=leftovers.run_alive)
    except Exception as exc:  # noqa: BLE001 - this run is loaded and published already
        logger.warning("could not publish the runs waiting for the storage: %s", exc)
        return
    for run_id in published:
        logger.info("published run %s to %s", run_id, store.url)
    for run_id, why in failed:
        logger.warning("run %s still waits to be published: %s", run_id, why)
