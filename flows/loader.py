"""The ``load`` flow: the single writer of fanned-out runs.

It loads every fanned-out run whose complete staged batches are not all loaded yet (or the
one run named), each as one idempotent load (warehouse/load.py), and records the run with
its outlets' figures read from the batches. Run it after ``crawl-outlet`` runs, on the host
that holds the warehouse; ``nightly`` and ``backfill`` call it themselves when they fan out.
Loading a run again adds nothing twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger

from flows.batches import (
    mark_loaded,
    outlet_stats,
    parse_started,
    read_run_manifest,
    runs_to_load,
    staged_batches,
)
from flows.run import DEFAULT_DATA, DEFAULT_DB, Run
from flows.tasks import load


def run_of(run_dir: Path, data_dir: str) -> Run:
    """The run a staging folder's ``run.json`` describes."""
    spec = read_run_manifest(run_dir)
    return Run(spec["run_id"], spec["flow"], list(spec["outlets"]), data_dir,
               started_at=parse_started(spec["started_at"]), params=spec.get("params", {}))


def load_staged_run(db_path: str, data_dir: str, run_dir: Path
                    ) -> tuple[Run, dict[str, dict[str, Any]], dict[str, Any]]:
    """Load one fanned-out run's complete batches: (run, outlet figures, load report)."""
    batches = staged_batches(run_dir)
    run = run_of(run_dir, data_dir)
    stats = outlet_stats(run_dir, read_run_manifest(run_dir))
    report = load(db_path, str(run_dir), run.record(stats))
    mark_loaded(run_dir, batches)
    return run, stats, report.to_dict()


@flow(name="load", log_prints=True)
def load_staged(db_path: str = DEFAULT_DB, data_dir: str = DEFAULT_DATA,
                run_id: str | None = None) -> list[dict[str, Any]]:
    """Load the complete staged batches of fanned-out runs into the warehouse.

    Args:
        db_path: The DuckDB warehouse file.
        data_dir: The shared data directory the crawl-outlet runs staged into.
        run_id: Only this run; empty means every run with batches not loaded yet.
    """
    reports = []
    for run_dir in runs_to_load(data_dir, run_id):
        run, stats, report = load_staged_run(db_path, data_dir, run_dir)
        get_run_logger().info("run %s: %d staged batch(es) loaded", run.run_id,
                              len(staged_batches(run_dir)))
        reports.append({"run_id": run.run_id, "outlet_stats": stats, "load": report})
    return reports
