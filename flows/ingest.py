"""Load any web archive (warta's, wget --warc-file, Browsertrix) without crawling.

The run is marked waiting for its load before it stages anything, and marked whole once its
batches are staged (warehouse/pending.py): killed in between, ``warta load --pending`` loads
it if its batches were whole, else names it to be ingested again; an ingest of the same
archives that loads settles such a run.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger

from flows import leftovers
from flows.parameters import Positive
from flows.run import DEFAULT_DATA, DEFAULT_DB, Run, extracted, recorded, report, start_run
from flows.tasks import index_archives, load, publish, registry_outlets
from warehouse.pending import mark_pending, unfinished_runs, unmark


@flow(name="ingest", log_prints=True)
def ingest(
    archives: list[str],
    db_path: str = DEFAULT_DB,
    data_dir: str = DEFAULT_DATA,
    workers: Positive = 2,
    all_hosts: bool = False,
) -> dict:
    """Match each archived HTML response to its outlet by host, extract and load it.

    Args:
        archives: WARC files (.warc or .warc.gz). One that cannot be read (empty, not a
            WARC, damaged) is skipped and named with why; the others load.
        db_path: The DuckDB warehouse file.
        data_dir: Where staged batches are written.
        workers: Processes for article extraction.
        all_hosts: Also extract the HTML pages of hosts outside the registry, each host as
            a generic outlet `other:<host>` (no selectors, Asia/Jakarta); off, they are
            skipped and counted as no_outlet.
    """
    run = start_run("ingest", [], data_dir, archives=archives, all_hosts=all_hosts)
    sources = sorted({str(Path(a).resolve()) for a in archives})
    with recorded(run, db_path):  # a failure before the load is recorded
        mark_pending(run.staging, run.record({}), None, complete=False, archives=sources)
        out_dirs, counts, skipped = index_archives(archives, run.run_id,  # not a crawl
                                                   run.staging, all_hosts)
        run.outlets, run.params = sorted(out_dirs), {**run.params, **counts,
                                                     "skipped_archives": skipped}
        stats = extracted(out_dirs, workers)
        mark_pending(run.staging, run.record(stats), registry_outlets(), archives=sources)
        loaded = load(db_path, run.staging, run.record(stats))
        settle_unfinished(run, sources, all_hosts)
        publish(db_path)
        return report(run, stats, loaded, skipped_archives=skipped)


def settle_unfinished(run: Run, sources: list[str], all_hosts: bool) -> None:
    """Earlier ingests of (some of) these archives, killed before their batches were whole:
    this run has loaded what they were staging, so they wait no more."""
    for run_dir, spec in unfinished_runs(Path(run.staging).parent, leftovers.run_alive):
        earlier = spec["run"]
        if (earlier.get("flow") == "ingest" and spec.get("archives")
                and set(spec["archives"]) <= set(sources)
                and (all_hosts or not earlier.get("params", {}).get("all_hosts"))):
            unmark(run_dir)
            get_run_logger().info("run %s, an ingest of these archives stopped before its "
                                  "batches were whole, is done by this run", run_dir.name)
