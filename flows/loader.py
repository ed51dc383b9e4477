"""The ``load`` flow: the single writer of fanned-out runs.

It loads every fanned-out run whose complete staged batches are not all loaded yet (or the
one run named), each as one idempotent load (warehouse/load.py), and records the run with
its outlets' figures read from the batches. The batches are read where the run staged them
(flows/batches.py): the data folder, or the shared storage ($WARTA_STORAGE), fetched from
there and checked against their manifests. Run it after ``crawl-outlet`` runs, on the host
that holds the warehouse; ``nightly`` and ``backfill`` call it themselves when they fan out.
Loading a run again adds nothing twice. A run that cannot be loaded is logged and the
others still load; the flow then fails naming it (``LoadsFailed``).
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger

from flows import leftovers
from flows.batches import (
    Area,
    area,
    drop_fetched,
    fetch_run,
    mark_loaded,
    outlet_stats,
    parse_started,
    read_run_manifest,
    runs_to_load,
    staged_batches,
)
from flows.run import DEFAULT_DATA, DEFAULT_DB, Run
from flows.tasks import load
from warehouse.load_process import WarehouseBusy


class LoadsFailed(RuntimeError):
    """Some runs could not be loaded (the others were): run id -> why, and the reports of
    the runs loaded."""

    def __init__(self, failed: dict[str, str], loaded: list[dict[str, Any]]):
        super().__init__(f"{len(failed)} run(s) not loaded, {len(loaded)} loaded: "
                         + "; ".join(f"{run}: {why}" for run, why in failed.items()))
        self.failed, self.loaded = failed, loaded


def run_of(where: Area, run_id: str, data_dir: str) -> Run:
    """The run a staging folder's ``run.json`` describes."""
    spec = read_run_manifest(where, run_id)
    return Run(spec["run_id"], spec["flow"], list(spec["outlets"]), data_dir,
               started_at=parse_started(spec["started_at"]), params=spec.get("params", {}),
               host=spec.get("host"))  # the fanning flow's host


def load_staged_run(db_path: str, data_dir: str, run_id: str
                    ) -> tuple[Run, dict[str, dict[str, Any]], dict[str, Any]]:
    """Load one fanned-out run's complete batches: (run, outlet figures, load report)."""
    where = area(data_dir)
    batches = staged_batches(where, run_id)
    run = run_of(where, run_id, data_dir)
    stats = outlet_stats(where, read_run_manifest(where, run_id))
    local = fetch_run(where, run_id, batches)
    # batches already in the shared storage are not published to it again
    report = load(db_path, str(local), run.record(stats), share_run=not where.shared)
    mark_loaded(where, run_id, batches)
    drop_fetched(where, run_id, batches)
    return run, stats, report.to_dict()


@flow(name="load", log_prints=True)
def load_staged(db_path: str = DEFAULT_DB, data_dir: str = DEFAULT_DATA,
                run_id: str | None = None) -> list[dict[str, Any]]:
    """Load the complete staged batches of fanned-out runs into the warehouse.

    Args:
        db_path: The DuckDB warehouse file.
        data_dir: The data directory the crawl-outlet runs staged into, or where batches
            fetched from the shared storage ($WARTA_STORAGE) are kept while they load.
        run_id: Only this run; empty means every run with batches not loaded yet.
    """
    logger = get_run_logger()
    if removed := leftovers.clean_dead_runs(data_dir):  # what killed runs and attempts left
        logger.info("removed or set aside %d leftover(s) of dead runs and attempts", len(removed))
    reports, failed = [], {}
    for run in runs_to_load(area(data_dir), run_id):
        try:  # one run that cannot load (a damaged batch, a storage error) stops no other
            done, stats, report = load_staged_run(db_path, data_dir, run)
        except WarehouseBusy as exc:  # held by another program: so it is for every run
            failed[run] = f"{exc} (the runs after it wait for the next load)"
            logger.error("run %s not loaded: %s", run, failed[run])
            break
        except Exception as exc:  # noqa: BLE001 - named at the end; the flow then fails
            failed[run] = f"{type(exc).__name__}: {exc}"
            logger.error("run %s not loaded: %s", run, failed[run])
            continue
        logger.info("run %s: staged batches of %d outlet(s) loaded", done.run_id, len(stats))
        reports.append({"run_id": done.run_id, "outlet_stats": stats, "load": report})
    if failed:
        raise LoadsFailed(failed, reports)
    return reports
