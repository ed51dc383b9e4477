"""The body every flow shares: discover/crawl or index, extract, load, report, judge."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.futures import as_completed
from prefect.runtime import flow_run

from flows import health, stages, terms
from flows.tasks import (
    crawl_outlet,
    export_seen,
    extract_outlet,
    extract_outlets,
    index_replay,
    load,
    worker_pool,
)
from spiders.registry import enabled, get
from warehouse.load import LoadReport, record_verdict

DEFAULT_DB = "data/warta.duckdb"
DEFAULT_DATA = "data"


class RunFailed(RuntimeError):
    """Raised after loading when an outlet's crawl is unhealthy: the run shows as Failed."""

    def __init__(self, message: str, summary: dict[str, Any] | None = None):
        super().__init__(message)
        self.summary = summary


def new_run_id() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    prefect_id = flow_run.get_id()
    return f"{stamp}-{(prefect_id or uuid.uuid4().hex)[:8]}"


def resolve_outlets(outlets: list[str] | None) -> list[str]:
    if not outlets:
        return [o.slug for o in enabled()]
    return [get(slug).slug for slug in outlets]  # unknown slugs fail before any work


def _crawl_and_extract(slugs: list[str], workers: int, submit_crawl: Callable[[str], Any]
                       ) -> tuple[list[stages.CrawlResult], dict[str, dict[str, int]]]:
    """Crawl every outlet concurrently and extract each one as soon as its crawl ends.

    Crawl tasks mostly wait on their subprocesses; extraction starts on the run's shared
    worker pool while slower outlets still crawl, so both cores stay busy instead of the
    pool idling until the last crawl is done.
    """
    crawls: list[stages.CrawlResult] = []
    with worker_pool(workers) as pool:
        extractions = {}
        for future in as_completed([submit_crawl(slug) for slug in slugs]):
            crawl = future.result()
            crawls.append(crawl)
            extractions[crawl.outlet] = extract_outlet.submit(crawl.outlet, crawl.out_dir,
                                                              workers, pool)
        extracted = {outlet: f.result() for outlet, f in extractions.items()}
    crawls.sort(key=lambda c: slugs.index(c.outlet))
    return crawls, extracted


def crawl_pipeline(flow: str, *, outlets: list[str] | None, db_path: str, data_dir: str,
                   mode: str, since: str | None = None, until: str | None = None,
                   replay: list[str] | None = None, base_url: str | None = None,
                   max_pages: int | None = None, topics: bool = False,
                   workers: int = 2) -> dict[str, Any]:
    logger = get_run_logger()
    slugs = resolve_outlets(outlets)
    if not replay:  # a live crawl: the outlets' terms first (flows/terms.py)
        slugs = terms.live_outlets(slugs, named=bool(outlets), warn=logger.warning)
    run_id = new_run_id()
    started = datetime.now(UTC)
    run_dir = Path(data_dir) / "staging" / run_id
    warc_dir = Path(data_dir) / "warc" / run_id
    logger.info("run %s: %s over %s%s", run_id, flow, ", ".join(slugs),
                f" (replaying {len(replay)} archive(s))" if replay else "")
    seen = export_seen(db_path) if mode == "nightly" else []
    replay_index = index_replay(replay, str(run_dir)) if replay else None
    crawls, extracted = _crawl_and_extract(
        slugs, workers, lambda slug: crawl_outlet.submit(
            slug, run_id, str(run_dir), str(warc_dir), mode, since, until, seen, replay,
            base_url, max_pages, topics, replay_index))
    problems = {c.outlet: p for c in crawls if (p := c.problem())}
    outlet_stats = {
        c.outlet: {"finish_reason": c.finish_reason, "returncode": c.returncode,
                   "discovered": c.discovered, "fetched": c.fetched,
                   "requests": c.stats.get("downloader/request_count", 0),
                   "seconds": round(c.seconds, 1), **extracted[c.outlet],
                   "problem": problems.get(c.outlet)}
        for c in crawls
    }
    run = {"run_id": run_id, "flow": flow, "started_at": started, "outlets": slugs,
           "params": {"mode": mode, "since": since, "until": until, "replay": replay,
                      "base_url": base_url, "max_pages": max_pages, "topics": topics},
           "outlet_stats": outlet_stats,
           "status": "failed" if problems else "loaded",
           "message": "; ".join(f"{k}: {v}" for k, v in problems.items()) or None}
    report = load(db_path, str(run_dir), run)
    summary = judge_run(_summarise(run, report), db_path)
    publish_report(summary)
    if summary["status"] == "failed":
        raise RunFailed(f"run {run_id} loaded, but outlets failed: {summary['message']}",
                        summary)
    return summary


def ingest_pipeline(archives: list[str], *, db_path: str, data_dir: str,
                    workers: int = 2) -> dict[str, Any]:
    logger = get_run_logger()
    run_id = new_run_id()
    started = datetime.now(UTC)
    run_dir = Path(data_dir) / "staging" / run_id
    by_outlet, counts = stages.index_archive([str(Path(a).resolve()) for a in archives], run_id)
    logger.info("ingest %s: %d records, %d on outlet hosts, %d on other hosts", run_id,
                counts["records"], counts["pages"], counts["no_outlet"])
    out_dirs = {}
    for slug, rows in sorted(by_outlet.items()):
        out = run_dir / slug
        out.mkdir(parents=True, exist_ok=True)
        stages.write_pages(rows, out)
        stages.write_rejects(stages.fetch_rejects(rows), out)  # as a crawl records them
        out_dirs[slug] = str(out)
    outlet_stats = extract_outlets(out_dirs, workers)
    run = {"run_id": run_id, "flow": "ingest", "started_at": started,
           "outlets": sorted(by_outlet), "params": {"archives": archives, **counts},
           "outlet_stats": outlet_stats}
    report = load(db_path, str(run_dir), run)
    summary = _summarise(run, report)
    publish_report(summary)
    return summary


def reprocess_pipeline(*, outlets: list[str] | None, db_path: str, data_dir: str,
                       workers: int = 2) -> dict[str, Any]:
    from warehouse.load import archived_article_pages

    run_id = new_run_id()
    started = datetime.now(UTC)
    run_dir = Path(data_dir) / "staging" / run_id
    pages = archived_article_pages(db_path, outlets)
    get_run_logger().info("reprocess %s: %d archived article pages", run_id, len(pages))
    out_dirs = {}
    for slug in sorted({p["outlet"] for p in pages}):
        out = run_dir / slug
        out.mkdir(parents=True, exist_ok=True)
        rows = [{**p, "run_id": run_id, "status": 200}  # kind: article or candidate
                for p in pages if p["outlet"] == slug]
        present = [r for r in rows if Path(r["warc_file"]).exists()]
        if len(present) < len(rows):
            get_run_logger().warning("%s: %d archive files are gone", slug,
                                     len(rows) - len(present))
        stages.write_pages(present, out)
        out_dirs[slug] = str(out)
    outlet_stats = extract_outlets(out_dirs, workers)
    run = {"run_id": run_id, "flow": "reprocess", "started_at": started,
           "outlets": sorted(outlet_stats), "params": {"outlets": outlets},
           "outlet_stats": outlet_stats}
    report = load(db_path, str(run_dir), run)
    summary = _summarise(run, report)
    publish_report(summary)
    return summary


def _summarise(run: dict[str, Any], report: LoadReport) -> dict[str, Any]:
    return {"run_id": run["run_id"], "flow": run["flow"], "status": run.get("status", "loaded"),
            "outlets": run["outlets"], "message": run.get("message"),
            "outlet_stats": run["outlet_stats"], "load": report.to_dict(),
            "failures": {o: s["problem"] for o, s in run["outlet_stats"].items()
                         if s.get("problem")},
            "floors": None}


record_verdict_task = task(name="record-verdict", retries=2,
                           retry_delay_seconds=[5, 30])(record_verdict)


def judge_run(summary: dict[str, Any], db_path: str,
              floors: health.Floors | None = None) -> dict[str, Any]:
    """A crawl run's verdict after loading: crawl problems, zero yield, coverage under the
    floors (flows/health.py); recorded in the warehouse when it changes the loaded status."""
    floors = floors or health.Floors.from_env()
    problems = {o: s.get("problem") for o, s in summary["outlet_stats"].items()}
    failures = health.judge(summary["outlets"], summary["load"].get("health") or {},
                            problems, floors)
    status = "failed" if failures else "loaded"
    message = "; ".join(f"{o}: {r}" for o, r in failures.items()) or None
    if (status, message) != (summary["status"], summary["message"]):
        record_verdict_task(db_path, summary["run_id"], status, message, failures)
    return {**summary, "status": status, "message": message, "failures": failures,
            "floors": floors.to_dict()}


def publish_report(summary: dict[str, Any]) -> None:
    """A markdown artifact on the flow run: what each outlet yielded, how complete its
    articles are, what was rejected and why, and the verdict (flows/health.py)."""
    try:
        create_markdown_artifact(health.render_markdown(summary), key="warta-run-report",
                                 description=f"warta {summary['flow']} run summary")
    except Exception as exc:  # an artifact is a nicety; never fail a loaded run over it
        get_run_logger().warning("could not publish the run artifact: %s", exc)
