"""What extraction knows besides the page. Light on purpose: crawl processes import it
through the registry and must not pay for Trafilatura's import."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Selectors:
    """CSS selectors last seen on an outlet: hints that sharpen extraction, never required."""

    title: str | None = None
    body: str | None = None
    byline_date: str | None = None
    author: str | None = None
    listing_links: str | None = None
    remove: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExtractContext:
    """What extraction knows besides the page: the outlet and what discovery saw."""

    outlet: str
    timezone: str
    hosts: tuple[str, ...] = ()
    selectors: Selectors = field(default_factory=Selectors)
    feed_published: str | None = None
    feed_title: str | None = None
    fetched_at: datetime | None = None
