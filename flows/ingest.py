"""Load any web archive (warta's, wget --warc-file, Browsertrix) without crawling."""

from __future__ import annotations

from prefect import flow

from flows.pipeline import DEFAULT_DATA, DEFAULT_DB, ingest_pipeline


@flow(name="ingest", log_prints=True)
def ingest(
    archives: list[str],
    db_path: str = DEFAULT_DB,
    data_dir: str = DEFAULT_DATA,
    workers: int = 2,
) -> dict:
    """Match each archived HTML response to its outlet by host, extract and load it.

    Args:
        archives: WARC files (.warc or .warc.gz).
        db_path: The DuckDB warehouse file.
        data_dir: Where staged batches are written.
        workers: Processes for article extraction.
    """
    return ingest_pipeline(archives, db_path=db_path, data_dir=data_dir, workers=workers)
