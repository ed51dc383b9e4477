"""The ``crawl-outlet`` flow: one outlet (or one date slice of it) crawled and extracted
into a complete staged batch, on any worker that reaches the data directory, or the shared
storage (``storage``, else $WARTA_STORAGE; flows/batches.py).

``nightly`` and ``backfill`` fan out one run of it per batch when told to
(``fan_out="deployments"``, flows/fanout.py); the ``load`` flow then loads the batches.
With a shared storage each worker crawls in a data folder of its own, which only its own
runs see: each run first cleans up there after dead runs and killed attempts
(flows/leftovers.py), never a running attempt's files.
"""

from __future__ import annotations

import os
import shutil
import socket
import uuid
from pathlib import Path
from typing import Any, Literal

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from flows import layout, leftovers
from flows.batches import (
    Batch,
    area,
    complete_batch,
    fetch_replay_index,
    publish_batch,
    read_seen,
)
from flows.parameters import Positive
from flows.politeness import crawl_slot
from flows.run import DEFAULT_DATA
from flows.tasks import crawl_outlet, extract_outlet

# This host's data folder for runs staging into a shared storage (the fanning flow does not
# name one: its own is on another host); default ./data in the flow run's directory.
WORKER_DATA_ENV = "WARTA_WORKER_DATA"


@flow(name="crawl-outlet", flow_run_name="crawl-{outlet}", retries=1,
      retry_delay_seconds=10, log_prints=True)
def crawl_outlet_flow(
    outlet: str,
    run_id: str,
    data_dir: str | None = None,
    mode: Literal["nightly", "backfill"] = "nightly",
    since: str | None = None,
    until: str | None = None,
    batch_since: str | None = None,
    batch_until: str | None = None,
    replay: list[str] | None = None,
    replay_index: str | None = None,
    base_url: str | None = None,
    max_pages: Positive | None = None,
    topics: bool = False,
    workers: Positive = 2,
    storage: str | None = None,
) -> dict[str, Any]:
    """Crawl and extract one outlet of run ``run_id`` into its staged batch.

    Args:
        outlet: The outlet's slug.
        run_id: The fanned-out run this batch belongs to.
        data_dir: The data directory (warc/, staging/): shared with the run's other hosts,
            or this worker's own when the run has a shared storage (empty means
            $WARTA_WORKER_DATA, else ./data).
        mode: nightly or backfill.
        since: Crawl bound (ISO timestamp), inclusive.
        until: Crawl bound (ISO timestamp), inclusive.
        batch_since: The batch's first day when it is a date slice (names the batch).
        batch_until: The batch's last day when it is a date slice.
        replay: WARC files to read responses from instead of the network.
        replay_index: The run's index of the replay archives.
        base_url: Serve the outlet from this base URL.
        max_pages: Cap on listing pages per source.
        topics: Also walk topic search pages.
        workers: Processes for article extraction.
        storage: The run's shared storage (a path, file:// or s3:// URL); empty means
            $WARTA_STORAGE, else the data directory.
    """
    logger = get_run_logger()
    batch = Batch(outlet, batch_since, batch_until).name
    data_dir = str(Path(data_dir or os.environ.get(WORKER_DATA_ENV) or DEFAULT_DATA).resolve())
    where = area(data_dir, storage)
    if where.shared:  # this worker's own data folder: nobody else cleans it
        try:
            removed = leftovers.clean_dead_runs(data_dir)  # never a live attempt's files
        except Exception as exc:  # noqa: BLE001 - the batch matters more than the cleanup
            logger.warning("leftovers in %s not cleaned: %s: %s", data_dir,
                           type(exc).__name__, exc)
            removed = []
        if removed:
            logger.info("removed or set aside %d leftover(s) of dead runs and attempts in %s",
                        len(removed), data_dir)
    done = complete_batch(where, run_id, batch)
    if done is not None:  # an earlier attempt completed it: nothing to do twice
        logger.info("batch %s of run %s is already staged", batch, run_id)
        return done
    absent = [p for p in replay or [] if not Path(p).is_file()]
    if absent:  # replay archives are read where the fanning flow was given them
        raise FileNotFoundError(f"replay archive(s) not on this worker ({socket.gethostname()}):"
                                f" {', '.join(absent)}; give a path every worker has")
    attempt = uuid.uuid4().hex[:8]  # names its folder, archives and published files
    work = layout.partial_dir(data_dir, run_id, batch, attempt)
    leftovers.claim_attempt(work, flow_run.get_id())  # its leftovers: flows/leftovers.py
    seen = read_seen(where, run_id, outlet)
    if where.shared and replay:  # the run's index, as the fanning flow shared it
        replay_index = fetch_replay_index(where, run_id, work / "replay.cdxj")
    try:
        with crawl_slot(outlet) as slot:
            logger.info("holding %s for batch %s", slot, batch)
            crawl = crawl_outlet.fn(outlet, run_id, str(work),
                                    str(layout.warc_dir(data_dir, run_id)), mode,
                                    since=since, until=until, seen=seen, replay=replay,
                                    base_url=base_url, max_pages=max_pages, topics=topics,
                                    replay_index=replay_index, archive_tag=attempt)
        extracted = extract_outlet.fn(outlet, crawl.out_dir, workers, None)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)  # a retry starts over in a new folder
        raise
    manifest = {"outlet": outlet, "batch": batch, "run_id": run_id,
                "flow_run_id": str(flow_run.get_id() or ""), "host": socket.gethostname(),
                "stats": {"finish_reason": crawl.finish_reason,
                          "returncode": crawl.returncode, "discovered": crawl.discovered,
                          "fetched": crawl.fetched,
                          "requests": crawl.stats.get("downloader/request_count", 0),
                          "seconds": round(crawl.seconds, 1), **crawl.stale_figure(),
                          **extracted, "problem": crawl.problem()}}
    staged = publish_batch(Path(work), where, run_id, batch, manifest, attempt)
    logger.info("batch %s of run %s staged in %s", batch, run_id, staged)
    return manifest
