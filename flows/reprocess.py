"""Re-extract archived pages into the warehouse: no network, after extraction improves."""

from __future__ import annotations

from prefect import flow

from flows.parameters import OutletSlug, Positive
from flows.run import DEFAULT_DATA, DEFAULT_DB, extracted, recorded, report, start_run
from flows.tasks import archived_pages, load, publish


@flow(name="reprocess", log_prints=True)
def reprocess(
    outlets: list[OutletSlug] | None = None,
    db_path: str = DEFAULT_DB,
    data_dir: str = DEFAULT_DATA,
    workers: Positive = 2,
) -> dict:
    """Run extraction again over every archived article page and upsert the results.

    Args:
        outlets: Outlet slugs to reprocess; empty means all.
        db_path: The DuckDB warehouse file.
        data_dir: Where staged batches are written.
        workers: Processes for article extraction.
    """
    run = start_run("reprocess", [], data_dir, outlets=outlets)
    with recorded(run, db_path):  # a failure before the load is recorded
        out_dirs, gone = archived_pages(db_path, outlets, run.run_id,  # not a crawl
                                        run.staging)
        # an archive deleted or moved since its pages were loaded: named, as ingest names
        # an archive it cannot read, instead of a run that re-extracted nothing exiting 0
        skipped = {path: f"gone: {pages} archived article page(s) in it not re-extracted"
                   for path, pages in gone.items()}
        run.outlets = sorted(out_dirs)
        if skipped:
            run.params = {**run.params, "skipped_archives": skipped}
        stats = extracted(out_dirs, workers)
        loaded = load(db_path, run.staging, run.record(stats))
        publish(db_path)
        return report(run, stats, loaded, skipped_archives=skipped)
