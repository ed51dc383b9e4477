"""Typed flow parameters the Prefect UI renders as form fields."""

from __future__ import annotations

from typing import Literal

from spiders.registry import registry

# The registry's slugs as a closed choice: the UI shows a pick list, and a run with an
# unknown outlet is refused when its parameters are validated, before anything starts.
OutletSlug = Literal[tuple(sorted(registry()))]  # type: ignore[valid-type]
