"""Terms of use: an outlet whose terms restrict automated collection is crawled live only
once the operator records permission (WARTA_PERMISSION_<SLUG>); archives stay usable."""

from __future__ import annotations

import pytest
from site_server import serve
from typer.testing import CliRunner

from flows import run as flow_run  # imports Prefect (and its logging) before any CliRunner
from flows.canary import check_outlet, table
from flows.cli import app
from flows.terms import PermissionRequired, live_outlets
from spiders import crawl as crawl_process
from spiders.registry import (
    get,
    live_crawl_refusal,
    permission_variable,
    registry,
    terms_status,
)

PERMITTED = {"WARTA_PERMISSION_ANTARA": "surat izin 123/KBA/X/2024"}


def test_antara_restricts_automated_collection_and_the_others_do_not():
    antara = get("antara")
    assert antara.restricts_collection and "written permission" in antara.terms_note
    assert permission_variable("antara") == "WARTA_PERMISSION_ANTARA"
    assert "WARTA_PERMISSION_ANTARA" in live_crawl_refusal(antara, {})
    assert live_crawl_refusal(antara, PERMITTED) is None
    assert live_crawl_refusal(antara, {"WARTA_PERMISSION_ANTARA": "  "}) is not None
    assert (terms_status(antara, {}), terms_status(antara, PERMITTED)) == ("restricted",
                                                                          "permitted")
    for slug, outlet in registry().items():
        if slug != "antara":
            assert live_crawl_refusal(outlet, {}) is None and terms_status(outlet) == "open"


def test_a_named_restricted_outlet_refuses_the_live_run():
    with pytest.raises(PermissionRequired, match="WARTA_PERMISSION_ANTARA"):
        live_outlets(["langgam", "antara"], named=True, env={})
    assert live_outlets(["langgam", "antara"], named=True, env=PERMITTED) == ["langgam",
                                                                               "antara"]


def test_the_default_set_leaves_a_restricted_outlet_out_with_a_warning():
    warnings: list[str] = []
    kept = live_outlets(["antara", "langgam", "minangsatu"], named=False, env={},
                        warn=warnings.append)
    assert kept == ["langgam", "minangsatu"]
    assert len(warnings) == 1 and "antara" in warnings[0]
    with pytest.raises(PermissionRequired):
        live_outlets(["antara"], named=False, env={})


def test_the_crawl_process_refuses_a_live_crawl_but_replays(tmp_path, monkeypatch):
    monkeypatch.delenv("WARTA_PERMISSION_ANTARA", raising=False)
    args = ["--outlet", "antara", "--run-id", "t", "--out", str(tmp_path / "out"),
            "--warc-dir", str(tmp_path / "warc")]
    assert crawl_process.main(args) == 3
    assert not (tmp_path / "out").exists()  # refused before any work
    parsed = crawl_process.parse_args([*args, "--replay", "x.warc.gz"])
    assert live_crawl_refusal(get("antara")) and parsed.replay


def test_the_crawl_command_refuses_before_any_work(tmp_path, monkeypatch):
    monkeypatch.delenv("WARTA_PERMISSION_ANTARA", raising=False)
    result = CliRunner().invoke(app, ["crawl", "-o", "antara", "--db",
                                      str(tmp_path / "w.duckdb"), "--data-dir",
                                      str(tmp_path / "data")])
    assert result.exit_code == 2, result.output
    assert "WARTA_PERMISSION_ANTARA" in result.output
    assert not (tmp_path / "w.duckdb").exists() and not (tmp_path / "data").exists()


def test_the_flows_refuse_a_named_restricted_outlet_live(monkeypatch):
    """What deployments run (no CLI in front): the flows' first step, before any run
    starts (nightly and backfill call it before start_run), refuses; replays pass."""
    import logging

    monkeypatch.delenv("WARTA_PERMISSION_ANTARA", raising=False)
    monkeypatch.setattr(flow_run, "get_run_logger", lambda: logging.getLogger("test"))
    with pytest.raises(PermissionRequired, match="WARTA_PERMISSION_ANTARA"):
        flow_run.crawlable_outlets(["antara"], None)
    assert "antara" not in flow_run.crawlable_outlets(None, None)  # left out, not fatal
    assert flow_run.crawlable_outlets(["antara"], ["archive.warc.gz"]) == ["antara"]


def test_outlets_command_shows_the_terms(monkeypatch):
    monkeypatch.delenv("WARTA_PERMISSION_ANTARA", raising=False)
    out = CliRunner().invoke(app, ["outlets"]).output
    rows = {line.split()[0]: line for line in out.splitlines()[1:] if line.strip()}
    assert " restricted " in rows["antara"] and " open " in rows["langgam"]
    assert "WARTA_PERMISSION_ANTARA" in out
    monkeypatch.setenv("WARTA_PERMISSION_ANTARA", "surat izin 123/KBA/X/2024")
    out = CliRunner().invoke(app, ["outlets"]).output
    assert " permitted " in out


def test_the_canary_skips_a_restricted_outlet_without_permission(monkeypatch, tmp_path):
    monkeypatch.delenv("WARTA_PERMISSION_ANTARA", raising=False)
    result = check_outlet("antara", "http://127.0.0.1:9", work_dir=tmp_path)
    assert result.ok and result.skipped and result.terms == "restricted"
    assert not any(tmp_path.iterdir())  # nothing was fetched
    assert " skipped  restricted " in table([result])


def test_the_canary_crawls_antara_once_permission_is_recorded(monkeypatch, tmp_path):
    monkeypatch.setenv("WARTA_PERMISSION_ANTARA", "surat izin 123/KBA/X/2024")
    with serve("sumbar.antaranews.com") as (base, _):
        result = check_outlet("antara", base, work_dir=tmp_path)
    assert result.ok, result.problem
    assert result.terms == "permitted" and result.skipped is None
    assert result.url.startswith(base) and result.body_chars > 500
