"""prefect.yaml for real: a Prefect server on 127.0.0.1, `prefect deploy`, a process
worker, and a backfill run created through the API with parameters, as the UI does."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ARCHIVE, ROOT
from local_prefect import (
    PREFECT,
    prefect_env,
    start,
    stop,
    wait_healthy,
    work_pool_with_deployments,
)
from site_server import free_port

from warehouse.db import reader

pytestmark = pytest.mark.slow

CREATE_AND_WAIT = """
import asyncio, json, sys
from prefect.client.orchestration import get_client

async def main(params):
    async with get_client() as client:
        deployment = await client.read_deployment_by_name("backfill/backfill")
        run = await client.create_flow_run_from_deployment(deployment.id, parameters=params)
        for _ in range(600):
            run = await client.read_flow_run(run.id)
            if run.state and run.state.is_final():
                break
            await asyncio.sleep(1)
        print(json.dumps({"state": run.state.type.value if run.state else None,
                          "message": run.state.message if run.state else None}))

asyncio.run(main(json.loads(sys.argv[1])))
"""


def test_backfill_deployment_runs_on_a_worker(tmp_path):
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = prefect_env(tmp_path / "prefect-home", port, WARTA_HOME=str(ROOT))
    logs = tmp_path / "logs"
    logs.mkdir()
    server = start([PREFECT, "server", "start"], env, tmp_path, logs / "server.log")
    worker = None
    try:
        wait_healthy(f"{api}/health", 120)
        work_pool_with_deployments(env, ROOT)
        worker = start([PREFECT, "worker", "start", "--pool", "warta-process", "--type",
                        "process"], env, tmp_path, logs / "worker.log")
        db = tmp_path / "warta.duckdb"
        params = {"outlets": ["langgam", "antara"], "since": "2024-07-01",
                  "until": "2024-11-30", "replay": [str(ARCHIVE)], "db_path": str(db),
                  "data_dir": str(tmp_path / "data")}
        result = subprocess.run([sys.executable, "-c", CREATE_AND_WAIT, json.dumps(params)],
                                env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        state = json.loads(result.stdout.strip().splitlines()[-1])
        worker_log = (logs / "worker.log").read_text()
        assert state["state"] == "COMPLETED", f"{state}\n{worker_log[-4000:]}"
        with reader(db) as con:
            outlets = dict(con.execute(
                "SELECT outlet, count(*) FROM articles GROUP BY ALL").fetchall())
            runs = con.execute("SELECT flow, status FROM crawl_runs").fetchall()
        assert outlets.get("langgam", 0) >= 2 and outlets.get("antara", 0) >= 5
        assert runs == [("backfill", "loaded")]
    finally:
        if worker is not None:
            stop(worker)  # the worker first: without its server it ignores SIGTERM a while
        stop(server)
