"""The nightly incremental run over every enabled outlet (deployment: 02:00 Asia/Jakarta)."""

from __future__ import annotations

from prefect import flow

from flows.fanout import fan_out_and_load, fans_out
from flows.parameters import FanOutMode, OutletSlug, Positive
from flows.run import (
    DEFAULT_DATA,
    DEFAULT_DB,
    crawlable_outlets,
    crawled_and_extracted,
    judge,
    recorded,
    start_run,
)
from flows.tasks import index_replay, load, publish, seen_urls


@flow(name="nightly", log_prints=True)
def nightly(
    outlets: list[OutletSlug] | None = None,
    db_path: str = DEFAULT_DB,
    data_dir: str = DEFAULT_DATA,
    replay: list[str] | None = None,
    base_url: str | None = None,
    workers: Positive = 2,
    fan_out: FanOutMode | None = None,
) -> dict:
    """Crawl new articles from each outlet's feeds and load them.

    Args:
        outlets: Outlet slugs to crawl (see `warta outlets`); empty means every enabled one.
        db_path: The DuckDB warehouse file.
        data_dir: Where web archives (warc/) and staged batches (staging/) are kept.
        replay: WARC files to read responses from instead of the network.
        base_url: Serve every outlet from this base URL (a mirror or local test server).
        workers: Processes for article extraction.
        fan_out: "local" (default: WARTA_FAN_OUT, else local) crawls in this flow's process;
            "deployments" runs one crawl-outlet deployment run per outlet on the work pool.
    """
    run = start_run("nightly", crawlable_outlets(outlets, replay), data_dir, mode="nightly",
                    replay=replay, base_url=base_url)
    with recorded(run, db_path):  # a failure before the load is recorded
        seen = seen_urls(db_path, run.outlets)  # each outlet's crawl gets its own
        replay_index = (index_replay(replay, run.staging, run.run_id, run.outlets)
                        if replay else None)
        if fans_out(fan_out):
            stats, report = fan_out_and_load(
                run, {"mode": "nightly", "replay": replay, "replay_index": replay_index,
                      "base_url": base_url}, db_path, seen=seen, workers=workers)
            publish(db_path)
            return judge(run, stats, report, db_path)
        stats = crawled_and_extracted(run, seen, workers, mode="nightly", replay=replay,
                                      replay_index=replay_index, base_url=base_url)
        report = load(db_path, run.staging, run.record(stats))
        publish(db_path)
        return judge(run, stats, report, db_path)
