"""The live canary against local servers that serve outlet-faithful pages."""

from site_server import serve
from typer.testing import CliRunner

from flows.canary import check_outlet
from flows.cli import app


def test_canary_reports_fields_of_the_newest_article(tmp_path):
    with serve("www.suarakendari.com") as (base, requests):
        result = check_outlet("suarakendari", base, work_dir=tmp_path)
    assert result.ok, result.problem
    assert result.url.startswith(base)
    assert (result.title, result.published, result.author) == (True, True, True)
    assert result.body_chars > 500
    fetched = [p for p, _ in requests if p not in ("/robots.txt", "/feed", "/news/pilkada")]
    assert 1 <= len(fetched) <= 3  # only the newest few articles are fetched


def test_canary_cli_exits_non_zero_when_an_outlet_is_broken():
    runner = CliRunner()
    # langgam's pages served where minangsatu is expected: discovery finds no article
    with serve("langgam.id") as (base, _):
        result = runner.invoke(app, ["canary", "-o", "langgam", "-o", "minangsatu",
                                     "--base-url", f"langgam={base}",
                                     "--base-url", f"minangsatu={base}"])
    assert result.exit_code == 1, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines()[1:]}
    assert " ok " in lines["langgam"]
    assert "BROKEN" in lines["minangsatu"]
