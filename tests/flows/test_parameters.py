"""The Prefect UI builds its run form from these schemas: every parameter typed and described."""

from datetime import date

import pytest

from flows.backfill import backfill
from flows.crawl_outlet import crawl_outlet_flow
from flows.ingest import ingest
from flows.nightly import nightly
from flows.reprocess import reprocess


@pytest.mark.parametrize("flow", [nightly, backfill, reprocess, ingest], ids=lambda f: f.name)
def test_every_parameter_has_a_type_and_a_description(flow):
    properties = flow.parameters.model_dump()["properties"]
    assert properties
    for name, spec in properties.items():
        assert spec.get("description"), f"{flow.name}.{name} has no description"
        assert "type" in spec or "anyOf" in spec, f"{flow.name}.{name} is untyped"


def test_backfill_dates_render_as_date_fields():
    properties = backfill.parameters.model_dump()["properties"]
    assert properties["since"]["format"] == "date"
    assert properties["since"]["default"] == "2024-07-01"


@pytest.mark.parametrize("flow", [nightly, backfill, reprocess], ids=lambda f: f.name)
def test_outlets_are_a_choice_of_the_registry(flow):
    from spiders.registry import registry

    spec = flow.parameters.model_dump()["properties"]["outlets"]
    items = next(s["items"] for s in spec["anyOf"] if s.get("type") == "array")
    choices = items.get("enum") or [v["const"] for v in items.get("anyOf", [])]
    assert sorted(choices) == sorted(registry())


def test_backfill_until_defaults_to_today():
    properties = backfill.parameters.model_dump()["properties"]
    assert properties["until"].get("default") is None


# A deployment run is checked as `warta crawl` is: by the server against the flow's schema
# when the run is created (Prefect's own validator, as the server calls it), and by the flow
# against its signature when it starts (ParameterTypeError, before anything runs).

def _refused_at_creation(flow, parameters: dict) -> bool:
    from prefect.utilities.schema_tools.validation import ValidationError, validate

    try:
        validate(parameters, flow.parameters.model_dump(), raise_on_error=True,
                 ignore_required=True)
    except ValidationError:
        return True
    return False


def _refused_at_start(flow, parameters: dict) -> bool:
    from prefect.exceptions import ParameterTypeError

    try:
        flow.validate_parameters(parameters)
    except ParameterTypeError:
        return True
    return False


BAD_AT_CREATION = [
    (backfill, {"max_pages": -5}),
    (backfill, {"max_pages": 0}),
    (backfill, {"workers": 0}),
    (backfill, {"slice_days": 0}),
    (backfill, {"since": "notadate"}),
    (backfill, {"until": "31/12/2024"}),
    (backfill, {"fan_out": "everywhere"}),
    (nightly, {"workers": -1}),
    (nightly, {"fan_out": "elsewhere"}),
    (reprocess, {"workers": 0}),
    (ingest, {"archives": ["a.warc.gz"], "workers": 0}),
    (crawl_outlet_flow, {"outlet": "langgam", "run_id": "r1", "max_pages": -5}),
    (crawl_outlet_flow, {"outlet": "langgam", "run_id": "r1", "workers": 0}),
    (crawl_outlet_flow, {"outlet": "langgam", "run_id": "r1", "mode": "everything"}),
]


@pytest.mark.parametrize("flow, parameters", BAD_AT_CREATION,
                         ids=[f"{f.name}-{p}" for f, p in BAD_AT_CREATION])
def test_a_bad_parameter_is_refused_when_the_run_is_created(flow, parameters):
    assert _refused_at_creation(flow, parameters)
    assert _refused_at_start(flow, parameters)


def test_good_parameters_pass_both_checks():
    good = {"since": "2024-08-01", "until": "2024-08-31", "max_pages": 3, "workers": 1,
            "slice_days": 7, "fan_out": "local"}
    assert not _refused_at_creation(backfill, good)
    assert backfill.validate_parameters(good)["max_pages"] == 3


def test_a_backfill_from_a_day_to_come_is_refused_when_it_starts():
    from datetime import timedelta

    from flows.parameters import today

    tomorrow = (today() + timedelta(days=1)).isoformat()
    assert _refused_at_start(backfill, {"since": tomorrow})
    assert not _refused_at_start(backfill, {"since": today().isoformat()})


def test_a_backfill_whose_until_is_before_its_since_stops_before_anything_runs(tmp_path):
    from flows.parameters import day_order

    with pytest.raises(ValueError, match="since 2024-10-01 is after until 2024-09-01"):
        day_order(date(2024, 10, 1), date(2024, 9, 1))
    day_order(date(2024, 9, 1), None)
    with pytest.raises(ValueError, match="is after until"):
        backfill.fn(since=date(2024, 10, 1), until=date(2024, 9, 1), outlets=["langgam"],
                    base_url="http://127.0.0.1:9/",  # were it to run: nothing answers
                    db_path=str(tmp_path / "w.duckdb"), data_dir=str(tmp_path / "data"))
    assert not (tmp_path / "data").exists()


def test_an_outlet_named_twice_in_a_run_is_crawled_once(tmp_path, prefect_harness):
    """A deployment run with ``outlets: [langgam, langgam]`` started two crawls of langgam
    at once into one staging folder; they raced on its files (a FileNotFoundError failed
    the run) and counted the outlet twice."""
    from conftest import ARCHIVE

    from warehouse.db import reader

    db = tmp_path / "w.duckdb"
    summary = nightly(outlets=["langgam", "langgam"], replay=[str(ARCHIVE)], db_path=str(db),
                      data_dir=str(tmp_path / "d"), workers=1)
    assert list(summary["outlet_stats"]) == ["langgam"]
    with reader(db) as con:
        assert con.execute("SELECT outlets FROM crawl_runs").fetchall() == [(["langgam"],)]
