"""``warta crawl --fan-out [--slice-days N]``: checked before anything runs, and passed to
the flow as its ``fan_out`` and ``slice_days`` parameters.

Bad values go through the real ``warta`` entry in tests/flows/test_inputs_fresh.py (one
line, exit 2, no Prefect server); here: a server that does not answer, a server without the
crawl-outlet deployment, and the parameters the command hands to the flow.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from botocore.exceptions import EndpointConnectionError, NoCredentialsError
from conftest import ARCHIVE
from site_server import free_port
from typer.testing import CliRunner

from flows.backfill import backfill
from flows.cli import app
from flows.cli_common import crawl_arguments
from flows.nightly import nightly
from warehouse.storage import IncompleteBatch

ROOT = Path(__file__).resolve().parents[2]


def test_fan_out_to_a_server_that_does_not_answer_is_one_line_exit_2(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_HOME": str(tmp_path / "home"),
           "PREFECT_API_URL": f"http://127.0.0.1:{free_port()}/api"}
    done = subprocess.run([sys.executable, "-m", "flows.cli", "crawl", "--fan-out",
                           "--replay", str(ARCHIVE), "--db", str(tmp_path / "w.duckdb")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "does not answer" in lines[0], done.stderr
    assert not (tmp_path / "w.duckdb").exists()


def test_the_options_become_the_flow_parameters():
    common = {"db_path": "w.duckdb", "data_dir": "data", "replay": None, "base_url": None,
              "workers": 2}
    name, params = crawl_arguments(["langgam"], date(2024, 7, 1), date(2024, 7, 30),
                                   fan_out="deployments", slice_days=10, max_pages=3,
                                   topics=True, **common)
    assert name == "backfill"
    assert params["fan_out"] == "deployments" and params["slice_days"] == 10
    assert backfill.validate_parameters(params)["slice_days"] == 10  # the flow's own check
    name, params = crawl_arguments(None, None, None, fan_out="local", max_pages=None,
                                   topics=False, **common)
    assert name == "nightly" and params["fan_out"] == "local"
    assert nightly.validate_parameters(params)["fan_out"] == "local"


@pytest.fixture()
def crawl_outlet_deployment(prefect_harness):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate

    from flows.fanout import DEPLOYMENT

    flow_name, deployment = DEPLOYMENT.split("/")
    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name="cli-test-pool", type="process"))
        except Exception:  # noqa: BLE001 - made by an earlier test of the session
            pass
        flow_id = client.create_flow_from_name(flow_name)
        client.create_deployment(flow_id=flow_id, name=deployment,
                                 work_pool_name="cli-test-pool")
    yield DEPLOYMENT


def test_fan_out_needs_the_crawl_outlet_deployment(prefect_harness):
    from flows import environment, inputs

    with pytest.raises(inputs.InputError, match="no deployment nosuch/crawl-outlet"):
        environment.fan_out_target("http://server/api", "nosuch/crawl-outlet")


def test_the_command_hands_fan_out_and_slices_to_the_backfill(
        tmp_path, crawl_outlet_deployment, monkeypatch):
    """The flow is replaced by a recorder: no crawl-outlet run is created."""
    called: list[dict] = []

    def recorder(**params):
        called.append(params)
        return {"run_id": "r", "flow": "backfill", "status": "loaded", "outlet_stats": {},
                "load": {"pages": 0, "articles_new": 0, "articles_updated": 0,
                         "articles_unchanged": 0, "rejects": 0, "quarantined": []}}

    monkeypatch.setattr("flows.backfill.backfill", recorder)
    result = CliRunner().invoke(app, [
        "crawl", "-o", "langgam", "--replay", str(ARCHIVE), "--since", "2024-07-01",
        "--until", "2024-07-20", "--fan-out", "--slice-days", "10",
        "--db", str(tmp_path / "w.duckdb"), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 0, result.output
    assert "work pool cli-test-pool" in result.output
    [params] = called
    assert params["fan_out"] == "deployments" and params["slice_days"] == 10
    assert params["since"] == date(2024, 7, 1) and params["until"] == date(2024, 7, 20)
    assert backfill.validate_parameters(params)["outlets"] == ["langgam"]


@pytest.mark.parametrize("error", [
    IncompleteBatch("batch 20241201T020000Z-5eed1e55/langgam: langgam/pages.jsonl differs "
                    "from its manifest"),
    PermissionError(13, "Access Denied"),  # what s3fs raises for keys the store refuses
    NoCredentialsError(),  # botocore's, when no AWS key is set
    EndpointConnectionError(endpoint_url="http://127.0.0.1:9/warta-arsip"),
], ids=["incomplete batch", "storage refused", "no credentials", "no answer"])
def test_a_fanned_out_crawl_that_cannot_load_says_why_in_one_line(
        tmp_path, crawl_outlet_deployment, monkeypatch, error):
    """As `warta load --pending` does: FAILED and the cause, exit 1, no traceback."""
    def fails(**_params):
        raise error

    monkeypatch.setattr("flows.nightly.nightly", fails)
    result = CliRunner().invoke(app, [
        "crawl", "-o", "langgam", "--replay", str(ARCHIVE), "--fan-out",
        "--db", str(tmp_path / "w.duckdb"), "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    failed = [line for line in result.output.splitlines() if line.startswith("FAILED: ")]
    assert len(failed) == 1 and str(error).split(":")[0] in failed[0], result.output
    assert "Traceback" not in result.output


def test_a_crawl_deployment_name_without_its_flow_is_one_line_exit_2(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_HOME": str(tmp_path / "home"),
           "PREFECT_API_URL": f"http://127.0.0.1:{free_port()}/api",
           "WARTA_CRAWL_DEPLOYMENT": "crawl-outlet"}
    done = subprocess.run([sys.executable, "-m", "flows.cli", "crawl", "--fan-out",
                           "--replay", str(ARCHIVE), "--db", str(tmp_path / "w.duckdb")],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: WARTA_CRAWL_DEPLOYMENT="), done.stderr


def test_the_loader_that_cannot_reach_the_storage_says_why_in_one_line(tmp_path, monkeypatch):
    """`warta load --pending`, the loader of batches published to the storage, as `warta
    crawl` above."""
    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Access Denied")

    monkeypatch.setenv("WARTA_STORAGE", str(tmp_path / "store"))
    monkeypatch.setattr("warehouse.pending.load_published", refused)
    result = CliRunner().invoke(app, ["load", "--pending", "--db", str(tmp_path / "w.duckdb"),
                                      "--data-dir", str(tmp_path / "data")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "FAILED: PermissionError: [Errno 13] Access Denied" in result.output.splitlines()
