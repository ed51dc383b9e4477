"""Listing pages as the spider reads them: their article links with card dates, their
pagination, and how many pages a walk may read."""

from __future__ import annotations

import re
from datetime import datetime

from parsel import Selector
from scrapy.http import Response

from spiders.settings import backfill_pages_per_day
from transforms.extract.dates import LONG_DATE
from transforms.extract.urls import canonicalize, resolve

RELATIVE = re.compile(r"\b\d+\s+(menit|jam|hari)\s+(yang\s+)?lalu\b", re.IGNORECASE)


def card_date(anchor: Selector) -> str | None:
    """The date printed on a listing card: the nearest ancestor holding only this link."""
    for ancestor in reversed(anchor.xpath("ancestor::*[position() <= 4]")):
        if len(ancestor.xpath(".//a[@href]")) > 3:
            break  # past the card: the list itself
        text = " ".join(" ".join(ancestor.xpath(".//text()").getall()).split())
        match = LONG_DATE.search(text) or RELATIVE.search(text)
        if match:
            return match.group(0)
    return None


def listing_entries(response: Response, css: str | None
                    ) -> tuple[list[tuple[str, str | None]], bool]:
    """(article URL, date text of its card or None) for the links of a listing page, in
    page order, and whether the outlet's ``listing_links`` selector (``css``) found them."""
    anchors = response.css(css) if css else []
    scoped = bool(anchors)
    if not anchors:  # the selector is a hint; fall back to every link on the page
        anchors = response.css("a[href]")
    found: dict[str, str | None] = {}
    for anchor in anchors:
        url = resolve(response.url, anchor.attrib.get("href"))
        if url and url not in found:
            found[url] = card_date(anchor)
    return list(found.items()), scoped


def links_to(response: Response, url: str) -> bool:
    """Whether the page links to ``url``: pagination follows only pages the site offers."""
    wanted = canonicalize(url)
    return any(canonicalize(u) == wanted
               for u in (resolve(response.url, h)
                         for h in response.css("a::attr(href)").getall()) if u)


def page_limit(registry_max: int, given_max: int | None, mode: str, since: datetime | None,
               until: datetime, dated: bool) -> int:
    """How many pages of one listing a crawl reads at most.

    ``given_max`` (``--max-pages``) when given; else, for a backfill whose listing dates its
    cards (so the walk sees where --since is), a safety net sized to the range
    (WARTA_BACKFILL_PAGES_PER_DAY, default 50, per day from ``since`` to ``until``): the walk
    ends at --since, not at the registry's ``max_pages``, which silently ended ANTARA
    sumbar's walk at page 50 of a longer range. Otherwise ``registry_max``. A walk stopped
    by the limit is reported (a warning, a reject, the run's ``caps_hit``).
    """
    if given_max:
        return given_max
    if mode != "backfill" or since is None or not dated:
        return registry_max
    per_day = backfill_pages_per_day()
    return max(registry_max, per_day * max((until - since).days + 1, 1))
