"""The one spider every outlet runs: discovery from the registry entry, then articles.

The spider only decides *what to fetch*; the archive middleware records every response,
and extraction runs later over the archive. Outlet differences live in the registry.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import scrapy
from scrapy import signals
from twisted.python.failure import Failure
from w3lib.url import canonicalize_url

from spiders.archiving import DAMAGED_FLAG
from spiders.failures import failure_reason
from spiders.listings import links_to, listing_entries, page_limit
from spiders.registry import Outlet, Source, get
from spiders.settings import sitemap_bounds
from spiders.sinks import JsonlSink
from spiders.stopping import TIME_LIMIT
from transforms.extract.dates import parse_published
from transforms.extract.feeds import FeedError, parse_feed


def _site(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


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
        # A bare day or a zone-less time ("--since 2024-07-01") is the outlet's local time.
        self.since = self._bound(since)
        self.until = self._bound(until)
        # seen URLs from the warehouse, as article keys (aliases of one article share a key)
        self.seen = {self.outlet.article_key(u) for u in (seen or set())}
        # hosts of this outlet the warehouse holds articles of (www. or not, the same site)
        self.known_hosts = {_site(u) for u in (seen or set()) if self.outlet.is_article_url(u)}
        self.max_pages = max_pages
        self.topics = topics
        self.max_articles = max_articles  # the canary asks for the newest article only
        self.rejects = JsonlSink(rejects_path) if rejects_path else None
        self.requested: set[str] = set()  # canonical URLs asked for in this crawl
        self.discovered: set[str] = set()  # canonical article URLs found by discovery
        self.active_sources = self._sources()
        self.continued: set[int] = set()  # indexes of continuation sources started
        self.sitemaps_requested: dict[int, int] = {}  # child sitemaps asked, per source

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> OutletSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # bound methods, not lambdas: the signal dispatcher keeps weak references
        crawler.signals.connect(spider.on_request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.on_headers_received, signal=signals.headers_received)
        crawler.signals.connect(spider.on_bytes_received, signal=signals.bytes_received)
        crawler.signals.connect(spider.closed, signal=TIME_LIMIT)  # keep the rejects too
        return spider

    # -- discovery -------------------------------------------------------------------------

    def _sources(self) -> list[Source]:
        sources = [s for s in self.outlet.sources if self.topics or not s.topic]
        if self.mode == "nightly":
            return [s for s in sources if s.nightly]
        return sources

    async def start(self):
        for index, source in enumerate(self.active_sources):
            if not self._waits_for_feed(source):
                yield self._source_request(index, source, source.first_page)

    # Incremental runs and feed overflow. A feed shows only the newest N articles. When
    # it reaches back to an article the warehouse already has, it showed everything new
    # since the last run and the listing that continues it is not fetched (a quiet night
    # costs the feed request alone). When every article in it is new, or it could not be
    # read, the day may have had more: the listing is walked from page 1, page after page
    # while the page's oldest article is new, so the walk ends on the first page that
    # reaches back to known articles. When the warehouse holds no article of the feed's
    # site yet there is nothing to reach back to: the feed alone is read, and the
    # history is a backfill's job (warta crawl --since).

    def _waits_for_feed(self, source: Source) -> bool:
        """Nightly: a listing that continues a feed waits for that feed's verdict."""
        return (self.mode == "nightly" and source.continues is not None
                and any(s.kind == "feed" and s.url == source.continues
                        for s in self.active_sources))

    def _feed_verdict(self, feed: Source, keys: list[str] | None) -> Iterator[scrapy.Request]:
        """After a nightly feed (``keys`` of its articles; None: unreadable), its listings."""
        waiting = [(i, s) for i, s in enumerate(self.active_sources)
                   if s.continues == feed.url and self._waits_for_feed(s)
                   and i not in self.continued]
        if not waiting:
            return
        stats = self.crawler.stats
        if keys is not None and any(k in self.seen for k in keys):
            stats.inc_value("warta/feeds_covered")
            return
        if _site(feed.url) not in self.known_hosts:
            stats.inc_value("warta/feeds_first_run")
            return
        if self.max_articles is not None and self.requested:
            return  # the canary wants the newest articles only, and the feed gave them
        stats.inc_value("warta/feeds_overflowed" if keys is not None else "warta/feeds_failed")
        self.logger.info("feed %s %s: reading %s", feed.url,
                         "failed" if keys is None else f"holds only new articles ({len(keys)})",
                         ", ".join(s.page_url(s.first_page) for _, s in waiting))
        for index, source in waiting:
            self.continued.add(index)
            yield self._source_request(index, source, source.first_page)

    def _child_sitemap(self, response: scrapy.http.Response, source: Source,
                       url: str) -> scrapy.Request | None:
        """The request for a sitemap an index lists, or None (and a reject) past a bound."""
        index = response.meta["source_index"]
        depth = response.meta.get("sitemap_depth", 0) + 1
        max_depth, max_count = sitemap_bounds(source)
        reason = None
        if depth > max_depth:
            reason = f"sitemap depth limit {max_depth} reached (listed by {response.url})"
        elif self.sitemaps_requested.get(index, 0) >= max_count:
            reason = f"sitemap count limit {max_count} reached for {source.url}"
        if reason is not None:
            # one reject and one warning per source and bound; the stat counts every sitemap
            # left unread (an index of 10,000 children would otherwise write 10,000 rows)
            stats = self.crawler.stats
            stats.inc_value("warta/sitemaps_unread")
            key = f"warta/sitemap_limit_hit/{index}/{'depth' if depth > max_depth else 'count'}"
            if not stats.get_value(key):
                stats.set_value(key, 1)
                stats.inc_value("warta/sitemap_limit_hit")
                self._cap_hit(url, reason)
            return None
        self.sitemaps_requested[index] = self.sitemaps_requested.get(index, 0) + 1
        return scrapy.Request(url, callback=self.parse_source, errback=self.on_error,
                              meta={"warta_kind": "sitemap", "source_index": index,
                                    "page": response.meta["page"], "sitemap_depth": depth})

    def _source_request(self, index: int, source: Source, page: int) -> scrapy.Request:
        return scrapy.Request(
            source.page_url(page), callback=self.parse_source, errback=self.on_error,
            meta={"warta_kind": source.kind, "source_index": index, "page": page},
            dont_filter=True,
        )

    def parse_source(self, response: scrapy.http.Response) -> Iterator[scrapy.Request]:
        kind = response.meta["warta_kind"]
        source = self.active_sources[response.meta["source_index"]]
        self.crawler.stats.inc_value(f"warta/{kind}_pages")
        if kind in ("feed", "sitemap"):
            try:
                entries = parse_feed(response.body)
            except FeedError as exc:
                self._reject(response.url, "discover", str(exc))
                if kind == "feed":
                    yield from self._feed_verdict(source, None)
                return
            if kind == "feed":
                keys = [self.outlet.article_key(e.url) for e in entries
                        if not e.is_sitemap and self.outlet.is_article_url(e.url)]
            for entry in entries:
                if entry.is_sitemap:
                    request = self._child_sitemap(response, source, entry.url)
                    if request is not None:
                        yield request
                else:
                    yield from self.consider(entry.url, entry.published_raw, entry.title,
                                              feed_item=kind == "feed")
            if kind == "feed":
                yield from self._feed_verdict(source, keys)
            return
        listed, scoped = listing_entries(response, self.outlet.selectors.listing_links)
        entries = [(u, d) for u, d in listed if self.outlet.is_article_url(u)]
        for url, date_raw in entries:
            yield from self.consider(url, date_raw, None, now=self._fetched_at(response))
        # Next page while this one lists articles in range. Backfills stop at the first page
        # whose dated articles are all older than --since. Incremental runs stop at the
        # first page that reaches back to articles loaded before (seen set from the
        # warehouse): its oldest article, the last of the outlet's post list, is known.
        # When that list's selector misses and every link on the page counts (sidebars
        # too), only a page without any new article stops the walk.
        page = response.meta["page"]
        limit = self.page_limit(source, response, dated=any(d for _, d in entries))
        if self.mode == "nightly":
            keys = [self.outlet.article_key(u) for u, _ in entries]
            more = bool(keys) and (keys[-1] not in self.seen if scoped
                                   else any(k not in self.seen for k in keys))
        else:
            more = any(not self._before_since(d, response) for _, d in entries)
        if self.max_articles is not None and len(self.requested) >= self.max_articles:
            more = False  # the canary has its newest articles
        offered = (source.paginated and more
                   and links_to(response, source.page_url(page + 1)))
        if offered and page - source.first_page + 1 < limit:
            yield self._source_request(response.meta["source_index"], source, page + 1)
            return
        if source.paginated:
            self.crawler.stats.inc_value("warta/pagination_stops")
        if offered:  # in range, and the site offers the next page: the cap stopped the walk
            self._cap_hit(source.page_url(page + 1), f"listing page limit {limit} reached, "
                          f"later pages not read ({source.url})")
        if (self.mode == "nightly" and more and _site(response.url) in self.known_hosts
                and (not source.paginated or page - source.first_page + 1 >= limit)):
            # new articles down to the last one, and no page after it that warta may read
            # (InfoPublik's listing has no known pagination): the night may have had more
            self.crawler.stats.inc_value("warta/listings_may_have_more")
            self.logger.warning("%s: every article down to the last is new, and no next page "
                                "is read: articles may be missed", response.url)

    def page_limit(self, source: Source, response: scrapy.http.Response, dated: bool) -> int:
        """How many pages of ``source`` this crawl reads (spiders/listings.py says why)."""
        return page_limit(source.max_pages, self.max_pages, self.mode, self.since,
                          self.until or self._fetched_at(response), dated)

    def _cap_hit(self, url: str, reason: str) -> None:
        """A discovery bound stopped a walk that would have gone on: one warning, one
        reject, and the ``warta/caps_hit`` figure the run's health shows."""
        self.crawler.stats.inc_value("warta/caps_hit")
        self.logger.warning("%s: %s; articles beyond it may be missed", url, reason)
        self._reject(url, "discover", reason)

    def _fetched_at(self, response: scrapy.http.Response) -> datetime:
        replayed = response.meta.get("warta_replay_fetched_at")
        return datetime.fromisoformat(replayed) if replayed else datetime.now(UTC)

    def _bound(self, value: str | None) -> datetime | None:
        if not value:
            return None
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=ZoneInfo(self.outlet.timezone))
        return parsed

    def _before_since(self, date_raw: str | None, response: scrapy.http.Response) -> bool:
        if not (date_raw and self.since):
            return False
        parsed = parse_published(date_raw, self.outlet.timezone, now=self._fetched_at(response))
        return parsed is not None and parsed.value < self.since

    def consider(self, url: str, published_raw: str | None, title: str | None,
                  now: datetime | None = None, feed_item: bool = False
                  ) -> Iterator[scrapy.Request]:
        stats = self.crawler.stats
        kind = "article"
        try:
            if not self.outlet.is_article_url(url):
                # A feed lists articles: an item the pattern misses is fetched as a
                # candidate, and extraction keeps it when the page shows itself an article
                # (the run's health counts it outside the pattern). Links of listing pages
                # are too many and too mixed for that.
                if not (feed_item and self.outlet.may_be_article_url(url)):
                    stats.inc_value("warta/links_not_article")
                    return
                kind = "candidate"
            key = self.outlet.article_key(url)
        except ValueError:  # a malformed link ("http://[::1", a doubled port): skip it alone
            stats.inc_value("warta/links_malformed")
            return
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
        if kind == "candidate":
            stats.inc_value("warta/candidates_requested")
        yield scrapy.Request(
            url, callback=self.parse_article, errback=self.on_error,
            meta={"warta_kind": kind, "feed_published": published_raw,
                  "feed_title": title},
        )

    # -- articles --------------------------------------------------------------------------

    def parse_article(self, response: scrapy.http.Response) -> Iterator[dict[str, Any]]:
        self.crawler.stats.inc_value("warta/articles_fetched")
        yield {"url": response.url, "status": response.status, "outlet": self.outlet.slug}

    # -- failures --------------------------------------------------------------------------
    #
    # Every request that does not end in a callback ends as one reject row (url, stage,
    # reason). The reason names the failure in words, with numbers from the settings only,
    # so the same failure gives the same row run after run (the warehouse counts repeats).
    # The row's URL is the one discovery found; a redirect target goes into the reason.

    def on_error(self, failure: Failure) -> list[scrapy.Request]:
        request = failure.request
        response = getattr(failure.value, "response", None)
        if response is not None and DAMAGED_FLAG in response.flags:
            # a damaged archive record: its DamagedRecord reject is the run's row for it
            self.crawler.stats.inc_value("warta/replay_damaged")
        else:
            self.reject_request(request, failure_reason(failure, self.settings))
        if request.meta.get("warta_kind") == "feed" and "source_index" in request.meta:
            # a feed that cannot be read says nothing about the day: its listing decides
            return list(self._feed_verdict(self.active_sources[request.meta["source_index"]],
                                           None))
        return []

    def reject_request(self, request: scrapy.Request, reason: str) -> None:
        """Record ``request`` as failed (also called by warta's downloader middlewares)."""
        redirects = request.meta.get("redirect_urls") or []
        if redirects and request.url not in reason:
            reason = f"{reason} (at {request.url})"
        stage = ("fetch" if request.meta.get("warta_kind") in ("article", "candidate")
                 else "discover")
        self._reject(redirects[0] if redirects else request.url, stage, reason)

    def on_request_dropped(self, request: scrapy.Request, spider: Any = None) -> None:
        """The scheduler dropped a duplicate: a loss only when a redirect came back around."""
        redirects = request.meta.get("redirect_urls") or []
        if not redirects:
            return  # a URL this crawl already asked for: nothing is lost
        if canonicalize_url(request.url) in {canonicalize_url(u) for u in redirects}:
            self.reject_request(request, "redirect loop: " + " -> ".join([*redirects,
                                                                         request.url]))
        else:  # an alias redirecting to a page this crawl fetched already
            self.crawler.stats.inc_value("warta/redirects_to_fetched")

    # Body bytes of the current attempt, so a download cancelled for its size (Scrapy says
    # only "cancelled") is named so. Reset per response: retries and redirects copy meta.
    def on_headers_received(self, request: scrapy.Request, **_: Any) -> None:
        request.meta["warta_bytes"] = 0

    def on_bytes_received(self, data: bytes, request: scrapy.Request, **_: Any) -> None:
        request.meta["warta_bytes"] = request.meta.get("warta_bytes", 0) + len(data)

    def _reject(self, url: str, stage: str, reason: str) -> None:
        reason = reason[:500]
        self.crawler.stats.inc_value(f"warta/rejects/{stage}")
        self.logger.warning("reject %s [%s]: %s", url, stage, reason)
        if self.rejects is not None:
            self.rejects.write({"url": url, "outlet": self.outlet.slug, "stage": stage,
                                "reason": reason,
                                "run_id": self.settings.get("WARTA_RUN_ID")})

    def closed(self, reason: str = "closespider_timeout") -> None:
        if self.rejects is not None:
            self.rejects.close()
