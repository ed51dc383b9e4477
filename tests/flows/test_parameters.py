"""The Prefect UI builds its run form from these schemas: every parameter typed and described."""

import pytest

from flows.backfill import backfill
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
