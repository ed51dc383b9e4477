"""Re-extract archived pages into the warehouse: no network, after extraction improves."""

from __future__ import annotations

from prefect import flow

from flows.parameters import OutletSlug
from flows.pipeline import DEFAULT_DATA, DEFAULT_DB, reprocess_pipeline


@flow(name="reprocess", log_prints=True)
def reprocess(
    outlets: list[OutletSlug] | None = None,
    db_path: str = DEFAULT_DB,
    data_dir: str = DEFAULT_DATA,
    workers: int = 2,
) -> dict:
    """Run extraction again over every archived article page and upsert the results.

    Args:
        outlets: Outlet slugs to reprocess; empty means all.
        db_path: The DuckDB warehouse file.
        data_dir: Where staged batches are written.
        workers: Processes for article extraction.
    """
    return reprocess_pipeline(outlets=outlets, db_path=db_path, data_dir=data_dir,
                              workers=workers)
