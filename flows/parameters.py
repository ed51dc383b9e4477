"""Typed flow parameters the Prefect UI renders as form fields, with the constraints of the
CLI's options, so a deployment run is checked as ``warta crawl`` is.

Prefect checks a deployment run's parameters twice: the server against the flow's JSON
schema when the run is created (``prefect deployment run -p``, the UI: a bad value is
refused there), and the flow against its signature (pydantic) when it starts. The schema
carries what JSON schema can say (``minimum``, a pick list, the shape of a day: the server
does not check ``format``); what needs today's date is checked when the flow starts,
before anything runs (a ``ParameterTypeError``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, Field

from spiders.registry import registry

# The registry's slugs as a closed choice: the UI shows a pick list, and a run with an
# unknown outlet is refused when its parameters are validated, before anything starts.
OutletSlug = Literal[tuple(sorted(registry()))]  # type: ignore[valid-type]

# a count of pages, processes or days: at least one (the CLI's min=1)
Positive = Annotated[int, Field(ge=1)]

# where a fanned-out run crawls: in the flow's process, or one deployment run per batch
FanOutMode = Literal["local", "deployments"]

# publication days are the outlets' days (WIB): "today" is today in Jakarta
OUTLET_ZONE = ZoneInfo("Asia/Jakarta")


# where a backfill starts when no since is given (the 2024 regional election period)
DEFAULT_SINCE = date(2024, 7, 1)


def today() -> date:
    """Today in the outlets' time zone: the last day anything can have been published."""
    return datetime.now(OUTLET_ZONE).date()


def not_in_future(day: date) -> date:
    """A day to collect from: nothing is published after today."""
    if day > today():
        raise ValueError(f"{day} is in the future")
    return day


def day_order(since: date, until: date | None) -> None:
    """A range whose first day is not after its last (``until`` empty: today)."""
    if until is not None and since > until:
        raise ValueError(f"since {since} is after until {until}")


# YYYY-MM-DD in the schema too: the server refuses "notadate" when the run is created
Day = Annotated[date, Field(json_schema_extra={"pattern": r"^\d{4}-\d{2}-\d{2}$"})]
PastDay = Annotated[Day, AfterValidator(not_in_future)]
