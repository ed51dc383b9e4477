"""The Prefect tasks of warta's flows: each one step of the pipeline, with its retries.

The work itself is in spiders/ (crawl, archives), flows/extraction.py (worker processes)
and warehouse/ (the loader, the read queries); a task adds logging and Prefect's retries.
Only failures that pass are retried (``retry_if_transient``). The crawl, extraction,
archive indexing and publish tasks have no task retries: Scrapy retries each request, a
failed outlet is judged by the run, and reading a bad archive fails the same way twice.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows import layout, leftovers
from flows.extraction import is_article_page, stage_articles
from flows.sharing import publish_earlier, share, shared_store
from spiders.crawl import CrawlResult, run_crawl
from spiders.registry import registry
from spiders.sinks import JsonlSink, iter_jsonl
from warehouse import load as loader
from warehouse import queries, storage
from warehouse.db import WarehouseLocked
from warehouse.failures import describe, is_transient
from warehouse.load import LoadReport
from warehouse.load_process import WarehouseBusy, load_in_child
from warehouse.pending import (
    load_pending,
    mark_pending,
    mark_unpublished,
    marking_loaded,
    unmark,
)


def retry_if_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Every retrying task's ``retry_condition_fn``: retry a failure that passes with time
    (a timeout, EAGAIN, a killed loader, another program's lock on a read or a verdict);
    never a permanent one (bad input, a missing or corrupt file, not a DuckDB file, a schema
    or constraint error, an unknown outlet), which fails at once with one line in the log.
    The classification is warehouse/failures.py."""
    try:
        state.result()
    except Exception as exc:  # noqa: BLE001 - the failure being judged
        if is_transient(exc):
            return True
        get_run_logger().error("%s failed permanently, not retried: %s", task.name,
                               describe(exc))
        return False
    return False


@task(name="seen-urls", retries=2, retry_delay_seconds=[5, 30],
      retry_condition_fn=retry_if_transient)
def seen_urls(db_path: str, outlets: list[str]) -> dict[str, list[str]]:
    """outlet -> the URLs of its articles already loaded: what its nightly crawl skips.

    A warehouse held by another program (after the writer's wait) does not stop the crawl:
    without the list, articles loaded before are fetched again and load unchanged.
    """
    try:
        return queries.seen_urls_by_outlet(db_path, outlets)
    except WarehouseLocked as exc:
        get_run_logger().warning("%s: crawling without the list of loaded articles", exc)
        return {}


@task(name="crawl-outlet", task_run_name="crawl-{outlet}")
def crawl_outlet(outlet: str, run_id: str, run_dir: str, warc_dir: str, mode: str,
                 since: str | None = None, until: str | None = None,
                 seen: list[str] | None = None, replay: list[str] | None = None,
                 base_url: str | None = None, max_pages: int | None = None,
                 topics: bool = False, replay_index: str | None = None,
                 archive_tag: str | None = None) -> CrawlResult:
    logger = get_run_logger()
    logger.info("crawling %s (%s%s)", outlet, mode, ", replay" if replay else "")
    out = Path(run_dir) / outlet
    out.mkdir(parents=True, exist_ok=True)
    folders = layout.folder_ids(out)
    try:
        result = run_crawl(outlet, run_id, Path(run_dir), Path(warc_dir), mode=mode,
                           since=since, until=until, seen=seen or [], replay=replay,
                           base_url=base_url, max_pages=max_pages, topics=topics,
                           replay_index=replay_index, archive_tag=archive_tag)
    except FileNotFoundError as exc:  # a file of its own folder (its log): removed with it
        if gone := layout.replaced_folder(folders) or (
                exc.filename and Path(exc.filename).is_relative_to(out) and out):
            raise layout.FolderRemoved(gone) from None
        raise
    if gone := layout.replaced_folder(folders) or lost_archive(out):
        raise layout.FolderRemoved(gone)  # what the crawl wrote there is gone
    logger.info("%s: %s in %.1fs, %d articles discovered, %d fetched, %s requests%s",
                outlet, result.finish_reason, result.seconds, result.discovered,
                result.fetched, result.stats.get("downloader/request_count", 0),
                f", {result.stale_replays} replayed from an older capture (the newest a "
                "revisit left unread)" if result.stale_replays else "")
    return result


def lost_archive(out: Path) -> Path | None:
    """The folder of a web archive the crawl wrote (named in its fetch log) that is gone
    after it ended, or None; an archive left ``.open`` by a killed crawl is not gone."""
    pages = out / "pages.jsonl"
    names = {row["warc_file"] for row in iter_jsonl(pages) if not row.get("replayed")} \
        if pages.exists() else set()
    for name in sorted(names):
        if not (Path(name).exists() or Path(f"{name}.open").exists()):
            return Path(name).parent
    return None


@task(name="extract-outlet", task_run_name="extract-{outlet}", cache_policy=NO_CACHE)
def extract_outlet(outlet: str, out_dir: str, workers: int,
                   pool: ProcessPoolExecutor | None) -> dict[str, int]:
    """One outlet's archived article pages (its ``pages.jsonl``) to staged articles, events
    and rejects, on the run's shared worker pool."""
    logger = get_run_logger()
    pages_file = Path(out_dir) / "pages.jsonl"

    def todo():  # streamed twice: counted, then extracted
        if pages_file.exists():
            yield from filter(is_article_page, iter_jsonl(pages_file))

    total = sum(1 for _ in todo())
    counts = stage_articles(
        todo(), Path(out_dir), workers=workers, pool=pool, total=total,
        progress=lambda done, total: logger.info("%s: extracted %d/%d pages", outlet, done,
                                                 total))
    logger.info("%s: %d articles, %d events, %d rejects from %d pages", outlet,
                counts["articles"], counts["events"], counts["rejects"], total)
    return counts


@task(name="load-warehouse", retries=2, retry_delay_seconds=[10, 60],
      retry_condition_fn=retry_if_transient)
def load(db_path: str, run_dir: str, run: dict[str, Any], share_run: bool = True
         ) -> LoadReport:
    """Load runs left pending by an earlier lock first, then this run's staged batches,
    published to the shared storage first unless ``share_run`` is false (a fanned-out
    run's batches fetched from there).

    Retried when the loader process was killed or crashed on a passing cause; not when it
    rejected the run (``LoadRejected``) nor after another program's lock outlasted the wait
    (``WarehouseBusy``: the batches wait as a pending run)."""
    logger = get_run_logger()
    outlets = registry_outlets()
    # earlier pending runs loaded here are marked loaded in the storage even when this
    # run is not published to it (a fanned-out run's batches come from there); ``note``:
    # why this run could not be published (it loads here all the same)
    store, note = share(run_dir, run, outlets) if share_run else (shared_store(run_dir), None)
    # runs loaded here are marked loaded in the shared storage, if any: not loaded twice
    load_here = marking_loaded(store, load_in_child)
    try:
        for earlier in load_pending(db_path, Path(run_dir).parent, load=load_here,
                                    running=leftovers.run_alive):
            logger.info("loaded pending run %s: %d new articles", earlier.run_id,
                        earlier.articles_new)
        # its row says why it is not in the storage; the pending marker keeps the record
        # as it is, the one a later publication sends
        recorded = {**run, "message": joined(run.get("message"), note)} if note else run
        report = load_here(db_path, run_dir, recorded, outlets=outlets)
        unmark(run_dir)  # an ingest marks its run pending before its load (flows/ingest.py)
    except WarehouseBusy as exc:
        mark_pending(run_dir, run, outlets)
        raise WarehouseBusy(f"{exc}; this run's staged batches are kept in {run_dir} and "
                            "load with the next run or `warta load --pending`") from None
    if note:
        report.unpublished = note
        mark_unpublished(run_dir, run, outlets,
                         layout.warc_dir(layout.data_dir_of(run_dir), run["run_id"]), note,
                         report)
    elif store is not None:
        publish_earlier(store, db_path, run_dir)
    logger.info(
        "loaded run %s: %d pages, %d new / %d updated / %d unchanged articles, %d rejects%s",
        report.run_id, report.pages, report.articles_new, report.articles_updated,
        report.articles_unchanged, report.rejects,
        f", QUARANTINED {report.quarantined}" if report.quarantined else "")
    return report


def registry_outlets() -> list[dict[str, Any]]:
    """The registry's outlets as the loader records them in ``outlets``."""
    return [{"slug": o.slug, "name": o.name, "timezone": o.timezone, "cms": o.cms,
             "hosts": o.hosts, "enabled": o.enabled} for o in registry().values()]


def joined(*parts: str | None) -> str | None:
    """Message parts in one line, the empty ones left out; None when all are."""
    return "; ".join(p for p in parts if p) or None


record_verdict = task(name="record-verdict", retries=2, retry_delay_seconds=[5, 30],
                      retry_condition_fn=retry_if_transient)(loader.record_verdict)


@task(name="index-replay-archives")
def index_replay(archives: list[str], run_dir: str, run_id: str,
                 outlets: list[str] | None = None) -> str:
    """Index the replay archives once (CDXJ, ``replay.cdxj``) for all outlet crawls of the
    run. Each damaged stretch of an archive is left out of the index (its URL replays as not
    archived) and staged as the reject row ingest records for it (``damaged_reject``, in
    ``archives/rejects.jsonl``), for the run's outlets (``outlets``, None: all) and for
    stretches whose URL could not be read. A fanned-out run publishes them to its shared
    storage with its batches (flows/batches.py ``share_archive_rejects``)."""
    from spiders.archiving import index_for_replay
    from spiders.ingest import damaged_reject

    damaged: list = []
    path = index_for_replay(archives, Path(run_dir) / "replay.cdxj", damaged)
    rejects = []
    for stretch in damaged:
        if stretch.offset == 0 and stretch.length == Path(stretch.warc_file).stat().st_size:
            raise ValueError(f"replay archive {stretch.warc_file} holds no readable record: "
                             f"{stretch.reason}")
        row = damaged_reject(stretch, run_id)
        get_run_logger().warning("damaged archive record skipped (%s): %s",
                                 stretch.url or "URL unreadable", row["reason"])
        if outlets is None or row["outlet"] is None or row["outlet"] in outlets:
            rejects.append(row)
    if rejects:
        with JsonlSink(Path(run_dir) / layout.ARCHIVE_REJECTS / "rejects.jsonl") as sink:
            for row in rejects:
                sink.write(row)
    with open(path, encoding="utf-8") as lines:
        count = sum(1 for _ in lines)
    get_run_logger().info("indexed %d archived records from %d archive(s)", count,
                          len(archives))
    return str(path)


@task(name="index-archives")
def index_archives(archives: list[str], run_id: str, run_dir: str, all_hosts: bool = False
                   ) -> tuple[dict[str, str], dict[str, int], dict[str, str]]:
    """Stage the pages of any web archives per outlet (``<outlet>/pages.jsonl``), as a
    crawl would have: (outlet -> its staging folder, counts of records, archive -> why it
    was skipped). Each archive succeeds or fails on its own; the run fails only when none
    could be read. ``all_hosts``: HTML pages of hosts outside the registry are staged as
    outlets ``other:<host>``."""
    from spiders.ingest import fetch_rejects, index_archive

    logger = get_run_logger()
    skipped: dict[str, str] = {}
    damaged: list[dict] = []  # reject rows of damaged stretches of archives otherwise read
    by_outlet, counts = index_archive([str(Path(a).resolve()) for a in archives], run_id,
                                      Path(run_dir) / "ingest.cdxj", all_hosts=all_hosts,
                                      skipped=skipped, rejects=damaged)
    for path, why in skipped.items():
        logger.warning("archive %s skipped: %s", path, why)
    for row in damaged:
        logger.warning("archive record skipped (%s): %s", row["url"], row["reason"])
    if archives and len(skipped) == len(archives):
        raise ValueError(f"none of the {len(archives)} archive(s) could be read: "
                         + "; ".join(f"{p}: {w}" for p, w in skipped.items())[:1000])
    logger.info("ingest %s: %d records, %d staged, %d on other hosts skipped%s%s%s",
                run_id, counts["records"], counts["pages"], counts["no_outlet"],
                f", {counts['other_hosts']} other hosts staged as other:<host>"
                if all_hosts else "",
                f", {counts['unread_revisits']} revisit record(s) without their original "
                "(rejects)" if counts.get("unread_revisits") else "",
                f", {counts['skipped_revisits']} revisit record(s) of images, scripts or "
                "other non-pages without their original (skipped)"
                if counts.get("skipped_revisits") else "")
    out_dirs = {}
    for slug, rows in sorted(by_outlet.items()):
        out_dirs[slug] = _write_pages(rows, Path(run_dir) / slug)
        with JsonlSink(Path(run_dir) / slug / "rejects.jsonl") as sink:  # as a crawl has them
            for row in fetch_rejects(rows) + [r for r in damaged if r["outlet"] == slug]:
                sink.write(row)
    if unstaged := [r for r in damaged if r["outlet"] not in out_dirs]:
        with JsonlSink(Path(run_dir) / layout.ARCHIVE_REJECTS / "rejects.jsonl") as sink:
            for row in unstaged:
                sink.write(row)
    return out_dirs, counts, skipped


@task(name="archived-article-pages", retries=2, retry_delay_seconds=[5, 30],
      retry_condition_fn=retry_if_transient)
def archived_pages(db_path: str, outlets: list[str] | None, run_id: str,
                   run_dir: str) -> tuple[dict[str, str], dict[str, int]]:
    """Stage the newest archived capture of every article page per outlet, for reprocess,
    streamed from the warehouse into each outlet's pages.jsonl; outlet -> its staging
    folder. An archive this host lacks is read from a cached copy out of the shared storage;
    pages whose archive is in neither place are left out: each such archive -> its pages
    left out, the second value."""
    logger = get_run_logger()
    out_dirs: dict[str, str] = {}
    present: dict[str, str | None] = {}  # archive -> a local path to read it from
    gone: dict[str, int] = {}
    store = storage.shared_storage(layout.data_dir_of(run_dir))
    sink, outlet, missing = None, None, 0
    try:
        for page in queries.archived_article_pages(db_path, outlets):
            if page["outlet"] != outlet:
                if sink is not None:
                    sink.close()
                outlet = page["outlet"]
                out = Path(run_dir) / outlet
                out.mkdir(parents=True, exist_ok=True)
                sink, out_dirs[outlet] = JsonlSink(out / "pages.jsonl"), str(out)
            files = [f for f in (page["warc_file"], page.get("payload_file")) if f]
            for name in files:  # its record, and its original's when it is a revisit
                if name not in present:
                    present[name] = storage.local_archive(
                        name, store, layout.data_dir_of(run_dir) / "cache")
            if all(present[f] for f in files):  # article or candidate, read from where it is
                sink.write({**page, "run_id": run_id, "status": 200,
                            "warc_copy": present[page["warc_file"]],
                            "payload_copy": present.get(page.get("payload_file"))})
            else:
                missing += 1
                lost = next(f for f in files if not present[f])
                gone[lost] = gone.get(lost, 0) + 1
    finally:
        if sink is not None:
            sink.close()
    logger.info("reprocess %s: article pages of %d outlet(s) staged", run_id, len(out_dirs))
    if missing:
        logger.warning("%d archived article pages left out: their archive files are gone",
                       missing)
    return out_dirs, gone


def _write_pages(rows: list[dict[str, Any]], out_dir: Path) -> str:
    out_dir.mkdir(parents=True, exist_ok=True)
    with JsonlSink(out_dir / "pages.jsonl") as sink:
        for row in rows:
            sink.write(row)
    return str(out_dir)


@task(name="publish", cache_policy=NO_CACHE)
def publish(db_path: str) -> dict[str, str]:
    """After a load: the analysts' read-only SQLite snapshot and the report page beside the
    warehouse, and the report's figures as the run's ``warta-report`` artifact.

    Analysts, ``warta serve`` and spreadsheets read the snapshot, never the warehouse, so no
    open session can block the next load. Publishing never fails a loaded run.
    """
    from datetime import UTC, datetime

    from prefect.artifacts import create_markdown_artifact

    from warehouse.db import reader
    from warehouse.report import collect, markdown_summary, write_page
    from warehouse.snapshot import write_snapshot

    db = Path(db_path)
    snapshot, page = db.with_suffix(".sqlite"), db.with_name(f"{db.stem}-report.html")
    try:
        with reader(db_path, timeout=120) as con:
            write_snapshot(con, snapshot)
            figures = collect(con)
        write_page(page, figures, warehouse=db_path, now=datetime.now(UTC))
        create_markdown_artifact(markdown_summary(figures), key="warta-report",
                                 description=f"Occasions in {db_path} (full page: {page})")
    except Exception as exc:  # a loaded run stays loaded; the next run publishes again
        get_run_logger().warning("could not publish the snapshot and report: %s", exc)
        return {}
    return {"snapshot": str(snapshot), "report": str(page)}
