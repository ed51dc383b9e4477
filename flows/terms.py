"""Which outlets a live crawl may start on: the registry's terms, checked before any work.

An outlet whose terms restrict automated collection is crawled live only once the
operator has recorded permission (``WARTA_PERMISSION_<SLUG>``, spiders/registry.py).
Asked for by name, such an outlet stops the run before it starts; in the default "every
enabled outlet" set it is left out with a warning, so the other outlets' night goes on.
Replay, ingest and reprocess read archives and are never refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spiders.registry import get, live_crawl_refusal


class PermissionRequired(RuntimeError):
    """A live crawl of an outlet whose terms need a recorded permission."""


def live_outlets(slugs: list[str], *, named: bool, env: Mapping[str, str] | None = None,
                 warn: Callable[[str], None] | None = None) -> list[str]:
    """``slugs`` without the outlets that may not be crawled live; raises
    PermissionRequired when the operator named one (``named``) or none is left."""
    refusals = {s: r for s in slugs if (r := live_crawl_refusal(get(s), env))}
    if refusals and (named or len(refusals) == len(slugs)):
        raise PermissionRequired("; ".join(refusals.values()))
    for reason in refusals.values():
        if warn is not None:
            warn(f"not crawled: {reason}")
    return [s for s in slugs if s not in refusals]
