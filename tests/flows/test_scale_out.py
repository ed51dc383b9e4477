"""Scaling out for real on one machine: a Prefect server on 127.0.0.1, the process work pool,
two workers in their own processes and working directories, and a backfill of the bundled
archive fanned out across them (one crawl-outlet run per outlet).

The warehouse it loads equals a single-process run's; so does the one of a fanned-out run
during which a crawling worker and everything it runs is killed with SIGKILL: the server marks the
killed flow run Crashed when its heartbeats stop, the run is created again and the other
worker stages the batch; the killed attempt's partial folder is never loaded, and it is
removed with its open archive once every batch's run has ended.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from fanned_runs import assert_same_content, backfill, finished, local_cluster
from local_prefect import command_line, descendants, kill_tree, prefect_env
from site_server import free_port

pytestmark = pytest.mark.slow

FLOW_RUNS = """
import json
from prefect.client.orchestration import get_client
with get_client(sync_client=True) as client:
    runs = client.read_flow_runs(limit=200)
print(json.dumps([{"name": r.name, "state": r.state.type.value if r.state else None}
                  for r in runs]))
"""


def crawling_workers(workers: dict[str, subprocess.Popen]) -> list[str]:
    """The workers with a crawl process among their descendants right now."""
    return [name for name, proc in workers.items()
            if any("spiders.crawl" in command_line(p) for p in descendants(proc.pid))]


def test_a_backfill_fanned_out_over_two_workers_equals_one_process(tmp_path):
    port = free_port()
    env = prefect_env(
        tmp_path / "prefect-home", port, PYTHONPATH=str(ROOT), WARTA_HOME=str(ROOT),
        # a dead worker's crawl slot and flow run are noticed sooner than by default
        PREFECT_SERVER_SERVICES_REPOSSESSOR_LOOP_SECONDS="2",
        WARTA_CRAWL_LEASE_SECONDS="60",  # the server's minimum
        WARTA_HEARTBEAT_GRACE_SECONDS="40",  # heartbeats every 30 s
        # a run the killed worker took, not started; a live one starts within ~50 s here
        WARTA_PENDING_SECONDS="60",
        WARTA_FAN_OUT_POLL_SECONDS="1")
    with local_cluster(tmp_path, env) as cluster:
        # the reference: one process, the default path, while the pool gets ready
        local_run = backfill(env, tmp_path, "local")
        cluster.start_workers()
        workers = cluster.workers

        # the same, fanned out over the two workers
        fanned = finished(backfill(env, tmp_path, "fanned", fan_out="deployments"), 300)
        local = finished(local_run, 300)
        assert local["status"] == fanned["status"] == "loaded", fanned["message"]
        assert_same_content(tmp_path / "fanned.duckdb", tmp_path / "local.duckdb")
        cluster.assert_every_worker_crawled()

        # again, and the first worker seen crawling is killed with its flow runs while it
        # crawls (which worker takes a run is the server's choice, so either may be it)
        killed_run = backfill(env, tmp_path, "killed", fan_out="deployments")
        deadline = time.monotonic() + 180
        while not (crawling := crawling_workers(workers)):
            assert time.monotonic() < deadline, "no worker crawled"
            assert killed_run.poll() is None, "the run ended before a worker was seen crawling"
            time.sleep(0.1)  # a look costs ~12 ms of CPU (all of /proc); a crawl lasts >1 s
        victim = workers[crawling[0]]
        kill_tree(victim.pid)
        victim.wait(10)
        at_kill = [p for pattern in ("partial/*/*/", "warc/*/*.open")
                   for p in (tmp_path / "killed").glob(pattern)]
        assert at_kill, "the killed attempt left no partial batch"
        killed = finished(killed_run, 300)
        assert killed["status"] == "loaded", killed["message"]
        assert_same_content(tmp_path / "killed.duckdb", tmp_path / "local.duckdb")
        # what the killed attempt left (its partial folder, open archive, .part files) was
        # removed once every batch's run had ended
        left = [p for pattern in ("partial/*/*/", "warc/*/*.open", "**/*.part")
                for p in (tmp_path / "killed").glob(pattern)]
        assert not left and not any(p.exists() for p in at_kill), left
        runs = json.loads(subprocess.run([sys.executable, "-c", FLOW_RUNS], env=env,
                                         capture_output=True, text=True, timeout=60,
                                         check=True).stdout)
        assert any(r["state"] == "CRASHED" and r["name"].startswith("crawl-") for r in runs)
