"""Ad hoc backfill: every discovery source, paginated back to a date."""

from __future__ import annotations

from datetime import date

from prefect import flow

from flows.parameters import OutletSlug
from flows.pipeline import DEFAULT_DATA, DEFAULT_DB, crawl_pipeline
from flows.stages import parse_day


@flow(name="backfill", log_prints=True)
def backfill(
    outlets: list[OutletSlug] | None = None,
    since: date = date(2024, 7, 1),
    until: date | None = None,
    db_path: str = DEFAULT_DB,
    data_dir: str = DEFAULT_DATA,
    replay: list[str] | None = None,
    base_url: str | None = None,
    max_pages: int | None = None,
    topics: bool = False,
    workers: int = 2,
) -> dict:
    """Crawl feeds, listings and search pages for articles published in [since, until].

    Args:
        outlets: Outlet slugs (see `warta outlets`); empty means every enabled one.
        since: First publication day to collect (inclusive, WIB).
        until: Last publication day to collect (inclusive, WIB); empty means today.
        db_path: The DuckDB warehouse file.
        data_dir: Where web archives (warc/) and staged batches (staging/) are kept.
        replay: WARC files to read responses from instead of the network.
        base_url: Serve every outlet from this base URL (a mirror or local test server).
        max_pages: Cap on listing pages per source (overrides the registry's).
        topics: Also walk the outlets' topic search pages (netralitas ASN).
        workers: Processes for article extraction.
    """
    until_bound = None
    if until is not None:
        until_bound = parse_day(f"{until.isoformat()}T23:59:59")
    return crawl_pipeline("backfill", outlets=outlets, db_path=db_path, data_dir=data_dir,
                          mode="backfill", since=parse_day(since.isoformat()),
                          until=until_bound, replay=replay, base_url=base_url,
                          max_pages=max_pages, topics=topics, workers=workers)
