"""Ad hoc backfill: every discovery source, paginated back to a date."""

from __future__ import annotations

from datetime import date

from prefect import flow

from flows.fanout import fan_out_and_load, fans_out
from flows.parameters import (
    DEFAULT_SINCE,
    Day,
    FanOutMode,
    OutletSlug,
    PastDay,
    Positive,
    day_order,
)
from flows.run import (
    DEFAULT_DATA,
    DEFAULT_DB,
    crawlable_outlets,
    crawled_and_extracted,
    judge,
    parse_day,
    recorded,
    start_run,
)
from flows.tasks import index_replay, load, publish


@flow(name="backfill", log_prints=True)
def backfill(
    outlets: list[OutletSlug] | None = None,
    since: PastDay = DEFAULT_SINCE,
    until: Day | None = None,
    db_path: str = DEFAULT_DB,
    data_dir: str = DEFAULT_DATA,
    replay: list[str] | None = None,
    base_url: str | None = None,
    max_pages: Positive | None = None,
    topics: bool = False,
    workers: Positive = 2,
    fan_out: FanOutMode | None = None,
    slice_days: Positive | None = None,
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
        fan_out: "local" (default: WARTA_FAN_OUT, else local) crawls in this flow's process;
            "deployments" runs one crawl-outlet deployment run per outlet on the work pool.
        slice_days: With fan_out "deployments" and both bounds: one crawl-outlet run per
            outlet and slice of this many days.
    """
    day_order(since, until)  # before anything starts, as `warta crawl` refuses it
    plan = {"mode": "backfill", "since": parse_day(since.isoformat()),
            "until": parse_day(f"{until.isoformat()}T23:59:59") if until else None,
            "replay": replay, "base_url": base_url, "max_pages": max_pages,
            "topics": topics}
    run = start_run("backfill", crawlable_outlets(outlets, replay), data_dir, **plan)
    with recorded(run, db_path):  # a failure before the load is recorded
        replay_index = (index_replay(replay, run.staging, run.run_id, run.outlets)
                        if replay else None)
        if fans_out(fan_out):
            stats, report = fan_out_and_load(
                run, {**plan, "replay_index": replay_index}, db_path, since=since,
                until=until or date.today(), slice_days=slice_days, workers=workers)
            publish(db_path)
            return judge(run, stats, report, db_path)
        stats = crawled_and_extracted(run, {}, workers, replay_index=replay_index, **plan)
        report = load(db_path, run.staging, run.record(stats))
        publish(db_path)
        return judge(run, stats, report, db_path)
