"""prefect.yaml for real: a Prefect server on 127.0.0.1, `prefect deploy`, a process
worker, and a backfill run created through the API with parameters, as the UI does."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ARCHIVE, ROOT

from warehouse.db import reader

pytestmark = pytest.mark.slow
PREFECT = str(Path(sys.executable).parent / "prefect")

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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"Prefect server not healthy at {url}")


def _stop(proc: subprocess.Popen, seconds: float = 20) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(seconds)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_backfill_deployment_runs_on_a_worker(tmp_path):
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ,
           "PREFECT_HOME": str(tmp_path / "prefect-home"),
           "PREFECT_API_URL": api,
           "PREFECT_SERVER_API_HOST": "127.0.0.1",
           "PREFECT_SERVER_API_PORT": str(port),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false",
           "PREFECT_WORKER_QUERY_SECONDS": "1",
           "PREFECT_LOGGING_LEVEL": "INFO",
           "WARTA_HOME": str(ROOT)}
    logs = tmp_path / "logs"
    logs.mkdir()
    server = subprocess.Popen([PREFECT, "server", "start"], env=env,
                              stdout=open(logs / "server.log", "w"), stderr=subprocess.STDOUT)
    worker = None
    try:
        _wait_healthy(f"{api}/health", 120)
        subprocess.run([PREFECT, "work-pool", "create", "warta-process", "--type", "process"],
                       env=env, check=True, capture_output=True, timeout=60)
        deploy = subprocess.run([PREFECT, "--no-prompt", "deploy", "--all"], env=env,
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert deploy.returncode == 0, deploy.stdout + deploy.stderr
        worker = subprocess.Popen(
            [PREFECT, "worker", "start", "--pool", "warta-process", "--type", "process"],
            env=env, cwd=tmp_path, stdout=open(logs / "worker.log", "w"),
            stderr=subprocess.STDOUT)
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
            _stop(worker)  # the worker first: without its server it ignores SIGTERM a while
        _stop(server)
