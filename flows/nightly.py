"""The nightly incremental run over every enabled outlet (deployment: 02:00 Asia/Jakarta)."""

from __future__ import annotations

from prefect import flow

from flows.parameters import OutletSlug
from flows.pipeline import DEFAULT_DATA, DEFAULT_DB, crawl_pipeline


@flow(name="nightly", log_prints=True)
def nightly(
    outlets: list[OutletSlug] | None = None,
    db_path: str = DEFAULT_DB,
    data_dir: str = DEFAULT_DATA,
    replay: list[str] | None = None,
    base_url: str | None = None,
    workers: int = 2,
) -> dict:
    """Crawl new articles from each outlet's feeds and load them.

    Args:
        outlets: Outlet slugs to crawl (see `warta outlets`); empty means every enabled one.
        db_path: The DuckDB warehouse file.
        data_dir: Where web archives (warc/) and staged batches (staging/) are kept.
        replay: WARC files to read responses from instead of the network.
        base_url: Serve every outlet from this base URL (a mirror or local test server).
        workers: Processes for article extraction.
    """
    return crawl_pipeline("nightly", outlets=outlets, db_path=db_path, data_dir=data_dir,
                          mode="nightly", replay=replay, base_url=base_url, workers=workers)
