"""Fanning a run out over a work pool: one ``crawl-outlet`` flow run per batch.

``nightly`` and ``backfill`` use it when ``fan_out="deployments"`` (or WARTA_FAN_OUT says
so): they create one run of the ``crawl-outlet`` deployment per outlet (or outlet and date
slice), which any worker of the pool picks up, wait for all of them, then load the complete
batches as the single writer. The default (``local``) keeps everything in the flow's own
process, as on one machine.

A run that ends Failed or Crashed is created again, up to ``attempts`` times. A worker
killed with its flow runs leaves them Running with nobody to report: their heartbeats stop,
and the automation ``ensure_crash_detection`` creates marks them Crashed, which is when the
retry starts. Whatever the killed run had staged stays in its partial folder, never loaded;
once every batch's run has ended, the killed attempts' folders are removed and their open
archives set aside (flows/leftovers.py), as the next run does for any dead attempt.

With a shared storage ($WARTA_STORAGE, flows/batches.py) the run's record, seen URLs,
replay index and the rejects of damaged replay records go there, each worker crawls in its
own data folder and publishes its batch there, and the loader fetches the complete batches
from there: the hosts share no folder.
"""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spiders.settings import env_number

if TYPE_CHECKING:
    from flows.batches import Area, Batch
    from flows.run import Run

# Prefect, the batches and the run's code (~3 s of CPU to import) are imported where used:
# the settings' check before a command starts (flows/environment.py) reads ``timings`` only.

FAN_OUT = os.environ.get("WARTA_FAN_OUT", "local")
DEPLOYMENT = os.environ.get("WARTA_CRAWL_DEPLOYMENT", "crawl-outlet/crawl-outlet")
# Defaults of the settings below; each is read from the environment when used
# (``timings``), so a malformed one is refused before a run (flows/environment.py run_settings).
ATTEMPTS = 3  # WARTA_CRAWL_ATTEMPTS
POLL_SECONDS = 2.0  # WARTA_FAN_OUT_POLL_SECONDS
# A flow run whose heartbeats (every PREFECT_FLOWS_HEARTBEAT_FREQUENCY s, 30 at least) stop
# for this long is marked Crashed.
HEARTBEAT_GRACE_SECONDS = 90.0  # WARTA_HEARTBEAT_GRACE_SECONDS
# A run taken by a worker but not started after this long is taken for lost.
PENDING_SECONDS = 900.0  # WARTA_PENDING_SECONDS
CRASH_AUTOMATION = "warta: crash crawl-outlet runs whose heartbeats stopped"


def timings() -> dict[str, float]:
    """The fan-out settings from the environment, else the defaults above: attempts per
    batch, seconds between polls, heartbeat grace and pending limit."""
    return {"attempts": env_number("WARTA_CRAWL_ATTEMPTS", ATTEMPTS, minimum=1, integer=True),
            "poll": env_number("WARTA_FAN_OUT_POLL_SECONDS", POLL_SECONDS),
            "grace": env_number("WARTA_HEARTBEAT_GRACE_SECONDS", HEARTBEAT_GRACE_SECONDS),
            "pending": env_number("WARTA_PENDING_SECONDS", PENDING_SECONDS)}


def fans_out(fan_out: str | None) -> bool:
    mode = (fan_out or FAN_OUT).strip().lower()
    if mode not in ("local", "deployments"):
        raise ValueError(f"fan_out must be 'local' or 'deployments', not {mode!r}")
    return mode == "deployments"


def ensure_crash_detection(grace_seconds: float | None = None) -> None:
    """The automation that marks a crawl-outlet run Crashed when its heartbeats stop
    (Prefect's documented zombie detection), created once per server."""
    grace_seconds = timings()["grace"] if grace_seconds is None else grace_seconds
    from prefect.automations import Automation
    from prefect.client.schemas.objects import StateType
    from prefect.events.actions import ChangeFlowRunState
    from prefect.events.schemas.automations import EventTrigger, Posture
    from prefect.events.schemas.events import ResourceSpecification

    try:
        Automation.read(name=CRASH_AUTOMATION)
        return
    except ValueError:  # not found
        pass
    Automation(
        name=CRASH_AUTOMATION,
        trigger=EventTrigger(
            # from Running too: a run killed before its first heartbeat landed has none
            after={"prefect.flow-run.Running", "prefect.flow-run.heartbeat"},
            expect={"prefect.flow-run.heartbeat", "prefect.flow-run.Completed",
                    "prefect.flow-run.Failed", "prefect.flow-run.Cancelled",
                    "prefect.flow-run.Crashed"},
            match=ResourceSpecification({"prefect.resource.id": ["prefect.flow-run.*"]}),
            # only crawl-outlet runs beat every 30 s (prefect.yaml); others, every 180 s
            match_related=ResourceSpecification({"prefect.resource.role": "flow",
                                                 "prefect.resource.name": "crawl-outlet"}),
            for_each={"prefect.resource.id"}, posture=Posture.Proactive, threshold=1,
            within=timedelta(seconds=grace_seconds)),
        actions=[ChangeFlowRunState(state=StateType.CRASHED,
                                    message="no heartbeat: its worker is gone")],
    ).create()


def batch_parameters(run: Run, batch: Batch, plan: dict[str, Any], workers: int,
                     where: Area | None = None) -> dict[str, Any]:
    """A batch's ``crawl-outlet`` parameters; a date slice narrows the run's bounds. With a
    shared storage, the worker is told where it is and keeps its own data folder."""
    from flows.run import parse_day

    params = {"outlet": batch.outlet, "run_id": run.run_id,
              "data_dir": str(Path(run.data_dir).resolve()), "workers": workers,
              **{k: v for k, v in plan.items() if v not in (None, False)}}
    if where is not None and where.shared:
        params["storage"] = where.url
        if where.store.is_local and not Path(where.url).is_absolute():
            # a relative $WARTA_STORAGE would name a folder in the worker's own directory
            params["storage"] = where.store.root
        del params["data_dir"]  # the worker's default, in its own working directory
        params.pop("replay_index", None)  # in the storage
    # a worker runs in its own directory: paths must not be relative to this one
    if params.get("replay"):
        params["replay"] = [str(Path(p).resolve()) for p in params["replay"]]
    if params.get("replay_index"):
        params["replay_index"] = str(Path(params["replay_index"]).resolve())
    if batch.since:
        params.update(since=parse_day(batch.since), batch_since=batch.since)
    if batch.until:
        params.update(until=parse_day(f"{batch.until}T23:59:59"), batch_until=batch.until)
    return params


def submit(batch: Batch, params: dict[str, Any], attempt: int) -> Any:
    from prefect.deployments import run_deployment

    return run_deployment(DEPLOYMENT, parameters=params, timeout=0,
                          flow_run_name=f"crawl-{batch.name}",
                          idempotency_key=f"{params['run_id']}/{batch.name}/{attempt}").id


def run_batches(specs: dict[Batch, dict[str, Any]], attempts: int | None = None,
                poll: float | None = None) -> dict[str, str]:
    """Run every batch as a ``crawl-outlet`` deployment run and wait for all of them;
    batch name -> its last run's final state. A failed or crashed run is created again."""
    from prefect import get_run_logger
    from prefect.client.orchestration import get_client

    attempts = int(timings()["attempts"]) if attempts is None else attempts
    poll = timings()["poll"] if poll is None else poll

    logger = get_run_logger()
    live = {batch: (submit(batch, params, 1), 1) for batch, params in specs.items()}
    final: dict[str, str] = {}
    pending_since: dict[Any, float] = {}
    with get_client(sync_client=True) as client:
        while live:
            time.sleep(poll)
            for batch, (run_id, attempt) in list(live.items()):
                state = client.read_flow_run(run_id).state
                if state is not None and state.is_pending():
                    if stuck(client, run_id, pending_since):
                        continue  # marked Crashed: seen as such on the next poll
                if state is None or not state.is_final():
                    continue
                if state.is_completed() or attempt >= attempts:
                    final[batch.name] = state.type.value
                    del live[batch]
                    continue
                logger.warning("batch %s: flow run %s ended %s (%s); attempt %d of %d",
                               batch.name, run_id, state.name, state.message, attempt + 1,
                               attempts)
                live[batch] = (submit(batch, specs[batch], attempt + 1), attempt + 1)
    return final


def stuck(client: Any, run_id: Any, pending_since: dict[Any, float]) -> bool:
    """Mark Crashed a run Pending for over PENDING_SECONDS: a worker that died after
    taking it and before starting it leaves it so, and it never sends a heartbeat."""
    from prefect.states import Crashed

    limit = timings()["pending"]
    first = pending_since.setdefault(run_id, time.monotonic())
    if time.monotonic() - first < limit:
        return False
    client.set_flow_run_state(run_id, Crashed(message=f"pending for over {limit:.0f} s"),
                              force=True)
    return True


def fan_out(run: Run, plan: dict[str, Any], *, seen: dict[str, list[str]] | None = None,
            since: date | None = None, until: date | None = None,
            slice_days: int | None = None, workers: int = 2) -> dict[str, str]:
    """Stage the run's batches through ``crawl-outlet`` deployment runs (the run's
    ``run.json`` first, so a later ``load`` can record the run whatever happens here)."""
    from prefect import get_run_logger

    from flows import leftovers
    from flows.batches import (
        area,
        mark_crawled,
        plan_batches,
        share_archive_rejects,
        share_replay_index,
        write_run_manifest,
        write_seen,
    )

    batches = plan_batches(run.outlets, since, until, slice_days)
    where = area(run.data_dir)
    write_run_manifest(where, {"run_id": run.run_id, "flow": run.flow,
                               "started_at": run.started_at.isoformat(),
                               "outlets": run.outlets, "params": run.params,
                               "host": run.host}, batches)
    write_seen(where, run.run_id, seen or {})
    if where.shared and plan.get("replay_index"):
        share_replay_index(where, run.run_id, plan["replay_index"])
    share_archive_rejects(where, run.run_id)  # of damaged replay records: loaded with them
    ensure_crash_detection()
    get_run_logger().info("run %s: %d batch(es) to %s%s", run.run_id, len(batches),
                          DEPLOYMENT, f", staged in {where.url}" if where.shared else "")
    final = run_batches({b: batch_parameters(run, b, plan, workers, where) for b in batches})
    mark_crawled(where, run.run_id, final)
    try:  # killed attempts' leftovers; another cleaner may be at them too (a shared mount)
        removed = leftovers.clean_dead_attempts(run.data_dir, run.run_id)
    except Exception as exc:  # noqa: BLE001 - the next run or load cleans; the load goes on
        get_run_logger().warning("run %s: leftovers of killed attempts not cleaned: %s: %s",
                                 run.run_id, type(exc).__name__, exc)
        removed = []
    if removed:
        get_run_logger().info("run %s: removed or set aside what %d killed attempt(s) left: %s",
                              run.run_id, len(removed), ", ".join(p.name for p in removed))
    return final


def fan_out_and_load(run: Run, plan: dict[str, Any], db_path: str, **fan: Any
                     ) -> tuple[dict[str, dict[str, Any]], Any]:
    """``fan_out``, then the single writer's load of the run's complete batches:
    (outlet figures, LoadReport), as the in-process path has them for ``judge``."""
    from flows.loader import load_staged_run
    from warehouse.load import LoadReport

    fan_out(run, plan, **fan)
    _, stats, report = load_staged_run(db_path, run.data_dir, run.run_id)
    return stats, LoadReport(**report)
