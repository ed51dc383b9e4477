"""robots.txt as RFC 9309 reads it, not as "anything unreadable allows everything".

Scrapy's middleware parses whatever answer comes back (a 503 error page allows everything)
and treats a failed download (timeout, reset, an oversize or bomb body) as "no robots.txt".
RFC 9309 section 2.3.1: a 4xx answer means no rules (crawl); a 5xx answer or an unreachable
file means complete disallow until it can be read again; only the first 500 KiB are
parsed. Here:

* 2xx: the first ``MAX_ROBOTS_BYTES`` are parsed (cut at the last line break);
* 4xx but 429: no rules, as Scrapy does;
* 429, 5xx, network failures and bodies over the crawl's size limit (a compression bomb
  included): everything on that host is disallowed for this crawl, the reason is recorded
  as a reject of the robots.txt URL and counted in ``warta/robots_unreadable``, and every
  request refused because of it becomes a reject naming robots.txt.
"""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from spiders.archiving import reject_request

logger = logging.getLogger(__name__)

MAX_ROBOTS_BYTES = 500 * 1024
DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


def readable_part(body: bytes, limit: int = MAX_ROBOTS_BYTES) -> bytes:
    """The part of a robots.txt body a crawler must read: up to ``limit``, whole lines."""
    if len(body) <= limit:
        return body
    cut = body.rfind(b"\n", 0, limit)
    return body[: cut + 1] if cut >= 0 else b""


def unreadable_reason(status: int) -> str | None:
    """Why an answer to robots.txt means "disallow everything", or None when it does not."""
    if status == 429 or status >= 500:
        return f"robots.txt answered http {status}: crawling the host is disallowed"
    return None


class Rfc9309RobotsMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware with RFC 9309's answers to errors (module docstring)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self._unreadable: dict[str, str] = {}
        self._schemes: dict[str, str] = {}

    async def robot_parser(self, request: Request):
        url = urlparse_cached(request)
        self._schemes.setdefault(url.netloc, url.scheme)
        return await super().robot_parser(request)

    def _disallow_all(self, netloc: str, reason: str) -> None:
        robots_url = f"{self._schemes.get(netloc, 'https')}://{netloc}/robots.txt"
        self._unreadable[netloc] = reason
        self._stats.inc_value("warta/robots_unreadable")
        logger.warning("%s: %s", robots_url, reason)
        reject_request(self.crawler, Request(robots_url), reason)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        reason = unreadable_reason(response.status)
        if reason is not None:
            self._disallow_all(netloc, reason)
            body = DISALLOW_ALL
        elif response.status >= 400:
            body = b""
        else:
            body = readable_part(response.body)
        # Scrapy parses response.body: hand it the part that counts
        await super()._parse_robots(response.replace(body=body), netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if isinstance(exc, IgnoreRequest) and "MAXSIZE" not in str(exc):
            # robots.txt itself refused by a policy (an offsite redirect): no rules, as Scrapy
            super()._robots_error(exc, netloc)
            return
        reason = f"robots.txt unreadable ({type(exc).__name__}: {exc}"[:200] + ")"
        self._disallow_all(netloc, f"{reason}: crawling the host is disallowed")
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        rp = build_from_crawler(self._parserimpl, self.crawler, DISALLOW_ALL)
        deferred = self._parsers[netloc]
        self._parsers[netloc] = rp
        deferred.callback(rp)

    def process_request_2(self, rp, request: Request) -> None:
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            netloc = urlparse_cached(request).netloc
            if netloc in self._unreadable:
                raise IgnoreRequest(f"robots.txt unreadable, host disallowed: "
                                    f"{self._unreadable[netloc]}") from None
            raise
