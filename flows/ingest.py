"""Load any web archive (warta's, wget --warc-file, Browsertrix) without crawling."""

from __future__ import annotations

from prefect import flow

from flows.parameters import Positive
from flows.run import DEFAULT_DATA, DEFAULT_DB, extracted, recorded, report, start_run
from flows.tasks import index_archives, load, publish


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
    with recorded(run, db_path):  # a failure before the load is recorded
        out_dirs, counts, skipped = index_archives(archives, run.run_id,  # not a crawl
                                                   run.staging, all_hosts)
        run.outlets, run.params = sorted(out_dirs), {**run.params, **counts,
                                                     "skipped_archives": skipped}
        stats = extracted(out_dirs, workers)
        loaded = load(db_path, run.staging, run.record(stats))
        publish(db_path)
        return {**report(run, stats, loaded), "skipped_archives": skipped}
