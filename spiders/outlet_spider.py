"""The one spider every outlet runs: discovery from the registry entry, then articles.

The spider only decides *what to fetch*; the archive middleware records every response,
and extraction runs later over the archive. Outlet differences live in the registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from parsel import Selector
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from spiders.registry import Outlet, Source, get
from spiders.sinks import JsonlSink
from transforms.dates import LONG_DATE, parse_published
from transforms.feeds import FeedError, parse_feed
from transforms.urls import resolve

_RELATIVE = re.compile(r"\b\d+\s+(menit|jam|hari)\s+(yang\s+)?lalu\b", re.IGNORECASE)


def _card_date(anchor: Selector) -> str | None:
    """The date printed on a listing card: the nearest ancestor holding only this link."""
    for ancestor in reversed(anchor.xpath("ancestor::*[position() <= 4]")):
        if len(ancestor.xpath(".//a[@href]")) > 3:
            break  # past the card: the list itself
        text = " ".join(" ".join(ancestor.xpath(".//text()").getall()).split())
        match = LONG_DATE.search(text) or _RELATIVE.search(text)
        if match:
            return match.group(0)
    return None


class OutletSpider(scrapy.Spider):
    name = "outlet"

    def __init__(self, outlet: str | Outlet, mode: str = "nightly", since: str | None = None,
                 until: str | None = None, seen: set[str] | None = None,
                 base_url: str | None = None, rejects_path: str | None = None,
                 max_pages: int | None = None, topics: bool = False,
                 max_articles: int | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.outlet = outlet if isinstance(outlet, Outlet) else get(outlet)
        if base_url:
            self.outlet = self.outlet.rebased(base_url)
        self.allowed_domains = list(self.outlet.hosts)
        self.mode = mode
        self.since = datetime.fromisoformat(since) if since else None
        self.until = datetime.fromisoformat(until) if until else None
        # seen URLs from the warehouse, as article keys (aliases of one article share a key)
        self.seen = {self.outlet.article_key(u) for u in (seen or set())}
        self.max_pages = max_pages
        self.topics = topics
        self.max_articles = max_articles  # the canary asks for the newest article only
        self.rejects = JsonlSink(rejects_path) if rejects_path else None
        self.requested: set[str] = set()  # canonical URLs asked for in this crawl
        self.discovered: set[str] = set()  # canonical article URLs found by discovery

    # -- discovery -------------------------------------------------------------------------

    def _sources(self) -> list[Source]:
        sources = [s for s in self.outlet.sources if self.topics or not s.topic]
        if self.mode == "nightly":
            return [s for s in sources if s.nightly]
        return sources

    async def start(self):
        for index, source in enumerate(self._sources()):
            yield self._source_request(index, source, source.first_page)

    def _source_request(self, index: int, source: Source, page: int) -> scrapy.Request:
        return scrapy.Request(
            source.page_url(page), callback=self.parse_source, errback=self.on_error,
            meta={"warta_kind": source.kind, "source_index": index, "page": page},
            dont_filter=True,
        )

    def parse_source(self, response: scrapy.http.Response) -> Iterator[scrapy.Request]:
        kind = response.meta["warta_kind"]
        source = self._sources()[response.meta["source_index"]]
        self.crawler.stats.inc_value(f"warta/{kind}_pages")
        if kind in ("feed", "sitemap"):
            try:
                entries = parse_feed(response.body)
            except FeedError as exc:
                self._reject(response.url, "discover", str(exc))
                return
            for entry in entries:
                if entry.is_sitemap:
                    yield scrapy.Request(entry.url, callback=self.parse_source,
                                         errback=self.on_error,
                                         meta={"warta_kind": "sitemap",
                                               "source_index": response.meta["source_index"],
                                               "page": response.meta["page"]})
                else:
                    yield from self._consider(entry.url, entry.published_raw, entry.title)
            return
        entries = [(u, d) for u, d in self._listing_entries(response)
                   if self.outlet.is_article_url(u)]
        for url, date_raw in entries:
            yield from self._consider(url, date_raw, None, now=self._fetched_at(response))
        links = [u for u, _ in entries]
        # Next page while this one lists articles in range. Incremental runs stop at the
        # first page whose articles were all loaded before (seen set from the warehouse);
        # backfills stop at the first page whose dated articles are all older than --since.
        unseen = [u for u in links if self.outlet.article_key(u) not in self.seen]
        in_range = [u for u, d in entries if not self._before_since(d, response)]
        page = response.meta["page"]
        limit = self.max_pages or source.max_pages
        more = unseen if self.mode == "nightly" else in_range
        if source.paginated and more and page - source.first_page + 1 < limit:
            yield self._source_request(response.meta["source_index"], source, page + 1)
        elif source.paginated:
            self.crawler.stats.inc_value("warta/pagination_stops")

    def _fetched_at(self, response: scrapy.http.Response) -> datetime:
        replayed = response.meta.get("warta_replay_fetched_at")
        return datetime.fromisoformat(replayed) if replayed else datetime.now(UTC)

    def _before_since(self, date_raw: str | None, response: scrapy.http.Response) -> bool:
        if not (date_raw and self.since):
            return False
        parsed = parse_published(date_raw, self.outlet.timezone, now=self._fetched_at(response))
        return parsed is not None and parsed.value < self.since

    def _listing_entries(self, response: scrapy.http.Response) -> list[tuple[str, str | None]]:
        """(article URL, date text of its card or None) for the links of a listing page."""
        css = self.outlet.selectors.listing_links
        anchors = response.css(css) if css else []
        if not anchors:  # the selector is a hint; fall back to every link on the page
            anchors = response.css("a[href]")
        found: dict[str, str | None] = {}
        for anchor in anchors:
            url = resolve(response.url, anchor.attrib.get("href"))
            if url and url not in found:
                found[url] = _card_date(anchor)
        return list(found.items())

    def _consider(self, url: str, published_raw: str | None, title: str | None,
                  now: datetime | None = None) -> Iterator[scrapy.Request]:
        stats = self.crawler.stats
        if not self.outlet.is_article_url(url):
            stats.inc_value("warta/links_not_article")
            return
        key = self.outlet.article_key(url)
        if key in self.requested:
            return
        if key not in self.discovered:
            self.discovered.add(key)
            stats.inc_value("warta/articles_discovered")
        if key in self.seen:
            stats.inc_value("warta/articles_already_seen")
            return
        if published_raw and (self.since or self.until):
            parsed = parse_published(published_raw, self.outlet.timezone, now=now)
            if parsed and ((self.since and parsed.value < self.since)
                           or (self.until and parsed.value > self.until)):
                stats.inc_value("warta/articles_out_of_range")
                return
        if self.max_articles is not None and len(self.requested) >= self.max_articles:
            return
        self.requested.add(key)
        stats.inc_value("warta/articles_requested")
        yield scrapy.Request(
            url, callback=self.parse_article, errback=self.on_error,
            meta={"warta_kind": "article", "feed_published": published_raw,
                  "feed_title": title},
        )

    # -- articles --------------------------------------------------------------------------

    def parse_article(self, response: scrapy.http.Response) -> Iterator[dict[str, Any]]:
        self.crawler.stats.inc_value("warta/articles_fetched")
        yield {"url": response.url, "status": response.status, "outlet": self.outlet.slug}

    # -- failures --------------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request = failure.request
        if failure.check(HttpError):
            response = failure.value.response
            if "replay-missing" in response.flags:
                reason = "not in archive (replay): behaves as HTTP 404"
            else:
                reason = f"http {response.status}"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]
        stage = "fetch" if request.meta.get("warta_kind") == "article" else "discover"
        self._reject(request.url, stage, reason)

    def _reject(self, url: str, stage: str, reason: str) -> None:
        self.crawler.stats.inc_value(f"warta/rejects/{stage}")
        self.logger.warning("reject %s [%s]: %s", url, stage, reason)
        if self.rejects is not None:
            self.rejects.write({"url": url, "outlet": self.outlet.slug, "stage": stage,
                                "reason": reason,
                                "run_id": self.settings.get("WARTA_RUN_ID")})

    def closed(self, reason: str) -> None:
        if self.rejects is not None:
            self.rejects.close()
