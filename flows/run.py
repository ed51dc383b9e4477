"""A run of warta, from its start to its verdict: what every flow's body shares.

A flow reads as the pipeline: ``start_run``, then crawl (``crawl_outlets``) and extract
(``tasks.extract_outlet``, as soon as each outlet's crawl ends), ``tasks.load``, and
``judge`` (or ``report`` for runs without a crawl to judge).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import get_run_logger
from prefect.artifacts import create_markdown_artifact
from prefect.futures import as_completed
from prefect.runtime import flow_run

from flows import health, layout, leftovers, terms
from flows.extraction import worker_pool
from flows.tasks import crawl_outlet, extract_outlet, joined, record_verdict
from spiders.crawl import CrawlResult
from spiders.registry import enabled, get
from warehouse import pending
from warehouse.db import WarehouseLocked
from warehouse.load import LoadReport, record_failed_run
from warehouse.load_process import WarehouseBusy

DEFAULT_DB = "data/warta.duckdb"
DEFAULT_DATA = "data"
HOST_ENV = "WARTA_HOST_NAME"


def host_name() -> str:
    """This host's name as runs record it (``crawl_runs.host``): ``$WARTA_HOST_NAME`` when
    set (a container's own name says nothing), else the machine's host name."""
    return os.environ.get(HOST_ENV, "").strip() or socket.gethostname()


class RunFailed(RuntimeError):
    """Raised after loading when an outlet's crawl is unhealthy: the run shows as Failed."""

    def __init__(self, message: str, summary: dict[str, Any] | None = None):
        super().__init__(message)
        self.summary = summary


class NotPublished(RunFailed):
    """Raised after a run loaded here but could not be published to the shared storage:
    no other host nor the loader sees it until it is, so the run shows as Failed."""


def not_published(summary: dict[str, Any]) -> str | None:
    """What to say of a run that loaded here but is not in the shared storage (None when it
    is, or when there is none): why, and how it gets there."""
    note = summary.get("unpublished")
    if not note:
        return None
    return (f"run {summary['run_id']} loaded here but was {note}; `warta load --pending` "
            "publishes it once the storage takes writes again (so does the next run)")


@dataclass
class Run:
    """One run: its id, flow, outlets, where it stages and archives, and its parameters."""

    run_id: str
    flow: str
    outlets: list[str]
    data_dir: str
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    params: dict[str, Any] = field(default_factory=dict)
    # the host that ran it; None for a run recorded elsewhere without one (older run.json)
    host: str | None = field(default_factory=host_name)

    @property
    def staging(self) -> str:
        return str(layout.staging_dir(self.data_dir, self.run_id))

    @property
    def warc_dir(self) -> str:
        return str(layout.warc_dir(self.data_dir, self.run_id))

    def out_dir(self, outlet: str) -> str:
        return str(Path(self.staging) / outlet)

    def record(self, outlet_stats: dict[str, dict[str, Any]]) -> dict[str, Any]:
        """The run as the loader records it in ``crawl_runs``: failed when a crawl was."""
        problems = {o: s["problem"] for o, s in outlet_stats.items() if s.get("problem")}
        return {"run_id": self.run_id, "flow": self.flow, "started_at": self.started_at,
                "outlets": self.outlets, "params": self.params, "outlet_stats": outlet_stats,
                "host": self.host,
                "status": "failed" if problems else "loaded",
                "message": "; ".join(f"{k}: {v}" for k, v in problems.items()) or None}


@contextmanager
def recorded(run: Run, db_path: str) -> Iterator[Run]:
    """The body of a flow after ``start_run``: when it fails other than by its verdict
    (RunFailed, recorded already) or by a held warehouse (the run waits as pending), the
    run is recorded in ``crawl_runs`` as failed with the error, then the error goes on, and
    nothing of it waits to be loaded (warehouse/pending.py). However it ends, the run
    releases its staging folder (flows/leftovers.py); killed or interrupted, its pending
    marker, if any, stays for ``warta load --pending``."""
    try:
        yield run
    except (RunFailed, WarehouseBusy, WarehouseLocked):
        raise
    except Exception as exc:
        pending.unmark(run.staging)
        message = f"{type(exc).__name__}: {exc}"[:1000]
        try:
            record_failed_run(db_path, run.record({}), message)
        except Exception as failure:  # noqa: BLE001 - the first error is the one to raise
            get_run_logger().warning("could not record run %s as failed: %s", run.run_id,
                                     failure)
        raise
    finally:
        leftovers.release(run.staging)


def new_run_id() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    prefect_id = flow_run.get_id()
    return f"{stamp}-{(prefect_id or uuid.uuid4().hex)[:8]}"


def resolve_outlets(outlets: list[str] | None) -> list[str]:
    if not outlets:
        return [o.slug for o in enabled()]
    # unknown slugs fail before any work; a slug given twice (a deployment's parameters)
    # is crawled once: two crawls of one outlet would share its staging folder
    return list(dict.fromkeys(get(slug).slug for slug in outlets))


def start_run(flow: str, outlets: list[str], data_dir: str, /, **params: Any) -> Run:
    """A new run over ``outlets`` (ingest and reprocess name theirs once they have read
    what there is to extract)."""
    run = Run(new_run_id(), flow, list(outlets), data_dir, params=params)
    logger = get_run_logger()
    logger.info("run %s: %s over %s", run.run_id, flow, ", ".join(run.outlets) or "-")
    leftovers.claim(run.staging)
    removed = leftovers.clean_dead_runs(data_dir)
    if removed:
        logger.info("removed %d half-written file(s) dead runs left (%s)", len(removed),
                    ", ".join(sorted({p.relative_to(data_dir).parts[1] for p in removed})))
    return run


def crawlable_outlets(outlets: list[str] | None, replay: list[str] | None) -> list[str]:
    """The outlets a crawl runs over: every enabled one unless named; a live crawl (no
    replay) leaves out, or refuses when named, the outlets whose terms need a recorded
    permission (flows/terms.py)."""
    slugs = resolve_outlets(outlets)
    if replay:
        return slugs
    return terms.live_outlets(slugs, named=bool(outlets), warn=get_run_logger().warning)


def parse_day(value: str | None) -> str | None:
    """'2024-07-01' -> ISO timestamp at 00:00 WIB (inclusive bound for since/until)."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        from zoneinfo import ZoneInfo
        parsed = parsed.replace(tzinfo=ZoneInfo("Asia/Jakarta"))
    return parsed.isoformat()


def crawl_outlets(run: Run, seen: dict[str, list[str]], **plan: Any) -> Iterator[CrawlResult]:
    """Crawl every outlet of the run concurrently (one subprocess each), yielding each
    crawl as it ends, so its extraction can start while slower outlets still crawl.
    ``seen``: each outlet's already loaded URLs; ``plan``: crawl_outlet's options."""
    futures = [crawl_outlet.submit(slug, run.run_id, run.staging, run.warc_dir,
                                   seen=seen.get(slug, []), **plan) for slug in run.outlets]
    for future in as_completed(futures):
        yield future.result()


def crawled_and_extracted(run: Run, seen: dict[str, list[str]], workers: int, **plan: Any
                          ) -> dict[str, dict[str, Any]]:
    """Crawl every outlet of the run (``crawl_outlets``) and extract each as its crawl ends,
    while the others still crawl: each outlet's figures (``crawl_stats``)."""
    with worker_pool(workers) as pool:
        extracting = {}
        for crawl in crawl_outlets(run, seen, **plan):
            extracting[crawl.outlet] = crawl, extract_outlet.submit(
                crawl.outlet, crawl.out_dir, workers, pool)
        crawls = {outlet: (crawl, extraction.result())
                  for outlet, (crawl, extraction) in extracting.items()}
    return crawl_stats(run, crawls)


def extracted(out_dirs: dict[str, str], workers: int) -> dict[str, dict[str, int]]:
    """Extract the outlets' staged pages (``out_dirs``: outlet -> folder) at once: each
    outlet's extraction counts."""
    with worker_pool(workers) as pool:
        extracting = {outlet: extract_outlet.submit(outlet, out_dir, workers, pool)
                      for outlet, out_dir in out_dirs.items()}
        return {outlet: extraction.result() for outlet, extraction in extracting.items()}


def crawl_stats(run: Run, crawls: dict[str, tuple[CrawlResult, dict[str, int]]]
                ) -> dict[str, dict[str, Any]]:
    """outlet -> its crawl's figures and problem, and its extraction counts (run order)."""
    stats = {}
    for outlet in run.outlets:
        crawl, extracted = crawls[outlet]
        stats[outlet] = {"finish_reason": crawl.finish_reason, "returncode": crawl.returncode,
                         "discovered": crawl.discovered, "fetched": crawl.fetched,
                         "caps_hit": crawl.caps_hit,
                         "requests": crawl.stats.get("downloader/request_count", 0),
                         "seconds": round(crawl.seconds, 1), **crawl.stale_figure(),
                         **extracted, "problem": crawl.problem()}
    return stats


def summarise(run: dict[str, Any], report: LoadReport) -> dict[str, Any]:
    return {"run_id": run["run_id"], "flow": run["flow"], "host": run.get("host"),
            "status": run.get("status", "loaded"),
            "outlets": run["outlets"], "message": joined(run.get("message"), report.unpublished),
            "unpublished": report.unpublished,
            "outlet_stats": run["outlet_stats"], "load": report.to_dict(),
            "failures": {o: s["problem"] for o, s in run["outlet_stats"].items()
                         if s.get("problem")},
            "floors": None}


def report(run: Run, stats: dict[str, dict[str, Any]], load: LoadReport, **extra: Any
           ) -> dict[str, Any]:
    """The summary of a loaded run without a verdict (ingest, reprocess), with ``extra``,
    published. Raises NotPublished when the run is not in the shared storage."""
    summary = {**summarise(run.record(stats), load), **extra}
    publish_report(summary)
    if line := not_published(summary):
        raise NotPublished(line, summary)
    return summary


def judge(run: Run, stats: dict[str, dict[str, Any]], load: LoadReport, db_path: str,
          floors: health.Floors | None = None) -> dict[str, Any]:
    """A crawl run's verdict after loading: crawl problems, zero yield, coverage under the
    floors (flows/health.py); recorded in the warehouse when it changes the loaded status,
    published as the run's artifact. Raises RunFailed when an outlet failed, else
    NotPublished when the run is not in the shared storage."""
    summary = judge_run(summarise(run.record(stats), load), db_path, floors)
    publish_report(summary)
    if summary["status"] == "failed":
        failed = "; ".join(f"{o}: {r}" for o, r in summary["failures"].items())
        raise RunFailed(f"run {run.run_id} loaded, but outlets failed: {failed}", summary)
    if line := not_published(summary):
        raise NotPublished(line, summary)
    return summary


def judge_run(summary: dict[str, Any], db_path: str,
              floors: health.Floors | None = None) -> dict[str, Any]:
    """The summary with its verdict (status, message, failures, floors)."""
    floors = floors or health.Floors.from_env()
    problems = {o: s.get("problem") for o, s in summary["outlet_stats"].items()}
    failures = health.judge(summary["outlets"], summary["load"].get("health") or {},
                            problems, floors)
    status = "failed" if failures else "loaded"
    # the verdict, and why the run is not in the shared storage when it is not
    message = joined(*(f"{o}: {r}" for o, r in failures.items()),
                     summary["load"].get("unpublished"))
    if (status, message) != (summary["status"], summary["message"]):
        record_verdict(db_path, summary["run_id"], status, message, failures)
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
