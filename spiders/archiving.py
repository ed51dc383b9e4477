"""Scrapy components under every crawl: the web archive and the failure policies.

``ArchiveMiddleware`` sits next to the downloader, so it sees responses as they came off
the wire (still compressed) and writes them to WARC, then logs the fetch to ``pages.jsonl``.
``WarcReplayHandler`` replaces the http(s) download handlers in replay mode: the same
spiders read responses from WARC files; a URL missing from the archive answers 404.

Failure policies (see spiders/settings.py for the knobs):

* ``RetryAfterMiddleware``: Scrapy's retries (5xx, 429, timeouts, dropped connections),
  and a retry of a 429/503 answer waits as long as its ``Retry-After`` asks, up to
  ``WARTA_RETRY_AFTER_MAX`` seconds; a server asking for longer is given up on at once.
* ``RecordingOffsiteMiddleware``: Scrapy's offsite filter, which drops a redirect to
  another host silently; here the drop also becomes a reject row.
* A response whose body would inflate past ``DOWNLOAD_MAXSIZE`` (a compression bomb) is
  not archived: Scrapy refuses it right after this middleware, and an archived copy would
  inflate without limit in every later reader (extraction, replay, ingest).
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from scrapy import Request, signals
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

from spiders.cdxj import (
    CdxjEntry,
    index_archives,
    read_damaged_urls,
    replay_lookup,
    write_damaged_urls,
)
from spiders.encodings import inflates_beyond
from spiders.records import RecordRef, ref_fields, url_key
from spiders.revisits import replay_entries, write_resolutions
from spiders.sinks import JsonlSink
from spiders.stopping import TIME_LIMIT
from spiders.warc import RotatingWarcWriter, read_response

logger = logging.getLogger(__name__)

MISSING_FLAG = "replay-missing"
# a record of the archive that is damaged: its reject is the damaged record's (ingest's
# DamagedRecord), not a second one for the URL missing from the replay
DAMAGED_FLAG = "replay-damaged"
REPLAY_FLAG = "replay"


def _pairs(headers: Headers) -> list[tuple[str, str]]:
    return [
        (key.decode("latin-1"), value.decode("latin-1"))
        for key, values in headers.items()
        for value in values
    ]


def reject_request(crawler, request: Request, reason: str) -> None:
    """Record a request some Scrapy component dropped as a reject of the spider's run."""
    record = getattr(crawler.spider, "reject_request", None)
    if record is not None:
        record(request, reason)


class ArchiveMiddleware:
    """Downloader middleware (priority 950): WARC-write each live response, log every fetch."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.run_id = settings.get("WARTA_RUN_ID", "adhoc")
        self.outlet = settings.get("WARTA_OUTLET", "")
        out = Path(settings.get("WARTA_OUT_DIR", "."))
        self.pages = JsonlSink(out / "pages.jsonl")
        self.writer = None
        if not settings.getlist("WARTA_REPLAY"):
            # a tag (a fanned-out attempt's id) keeps writers of one run and outlet apart
            tag = settings.get("WARTA_ARCHIVE_TAG")
            self.writer = RotatingWarcWriter(
                Path(settings.get("WARTA_WARC_DIR", out / "warc")),
                prefix="-".join(p for p in ("warta", self.outlet, self.run_id, tag) if p),
                run_id=self.run_id,
            )
        self.crawler, self.stats = crawler, crawler.stats
        self.maxsize = settings.getint("DOWNLOAD_MAXSIZE")
        crawler.signals.connect(self.close, signal=signals.spider_closed)
        crawler.signals.connect(self.close, signal=TIME_LIMIT)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider=None):
        replay_ref: RecordRef | None = request.meta.get("warta_replay_ref")
        if MISSING_FLAG in response.flags:
            self.stats.inc_value("warta/replay_missing")
            return response
        if replay_ref is not None:
            ref = replay_ref
            if newer := request.meta.get("warta_replay_newer"):
                self._stale(request, newer)
        elif self._bomb(request, response):
            return response  # HttpCompressionMiddleware refuses it; the spider rejects it
        else:
            headers = [(k, v) for k, v in _pairs(response.headers)
                       if k.lower() != "transfer-encoding"]  # the body is stored de-chunked
            ref = self.writer.write(
                response.url, response.status, "", headers, response.body,
                request_headers=_pairs(request.headers),
            )
            self.stats.inc_value("warta/warc_records")
        self.pages.write({
            "run_id": self.run_id,
            "outlet": self.outlet,
            "url": response.url,
            "status": response.status,
            "kind": request.meta.get("warta_kind", "other"),
            "content_type": response.headers.get("Content-Type", b"").decode("latin-1"),
            "fetched_at": request.meta.get("warta_replay_fetched_at")
            or datetime.now(UTC).isoformat(),
            **ref_fields(ref),
            "replayed": replay_ref is not None,
            "redirect_urls": request.meta.get("redirect_urls", []),
            "feed_published": request.meta.get("feed_published"),
            "feed_title": request.meta.get("feed_title"),
        })
        return response

    def _stale(self, request: Request, newer: tuple[str, str]) -> None:
        """A replay answered with an older capture: its URL's newest is a revisit that
        cannot be read. Counted and logged; an article page's is the reject row ingest
        records for that revisit (the page row keeps the capture served)."""
        self.stats.inc_value("warta/stale_replays")
        logger.warning("replay served an older capture: %s as captured at %s; its newest "
                       "capture, at %s, is a revisit that cannot be read (%s)", request.url,
                       request.meta.get("warta_replay_fetched_at"), *newer)
        if request.meta.get("warta_kind") in ("article", "candidate"):
            reject_request(self.crawler, request, newer[1])

    def _bomb(self, request: Request, response: Response) -> bool:
        encodings = response.headers.getlist("Content-Encoding")
        limit = request.meta.get("download_maxsize", self.maxsize)
        if not (encodings and limit and inflates_beyond(response.body, encodings, limit)):
            return False
        self.stats.inc_value("warta/not_archived/oversize")
        logger.warning("not archived: %s inflates past DOWNLOAD_MAXSIZE (%d bytes)",
                       response.url, limit)
        return True

    def close(self, spider=None) -> None:
        self.pages.close()
        if self.writer is not None:
            self.writer.close()


def index_for_replay(archives: list[str], out: str | Path, damaged: list | None = None) -> Path:
    """The replay index of ``archives`` at ``out`` (``spiders.cdxj.index_archives``), with
    the URLs of its damaged records and how its revisits read kept beside it, once for all
    the crawls that replay it."""
    damaged = [] if damaged is None else damaged
    index = index_archives(archives, out, damaged)
    write_damaged_urls(index, damaged)  # the crawls record no second reject for them
    write_resolutions(index)
    return index


def replay_records(index: str | Path, archives: list[str],
                   unread: dict[str, tuple[CdxjEntry, str]] | None = None
                   ) -> dict[str, RecordRef]:
    """URL key -> the record a replay answers with: each URL's newest response in the CDXJ
    ``index`` of ``archives``, a revisit read as its original's (spiders/revisits.py; once
    per run when the index was made by ``index_for_replay``). ``unread``: URL key -> the
    revisit, newer than any response of the URL, that could not be read, and why."""
    why: dict[CdxjEntry, str] = {}
    newest: dict[str, CdxjEntry] = {}
    records = replay_lookup(replay_entries(index, why), archives, newest)
    if unread is not None:
        unread.update({key: (entry, why.get(entry, "revisit left unread"))
                       for key, entry in newest.items()})
    return records


class WarcReplayHandler(BaseDownloadHandler):
    """Download handler answering from WARC files instead of the network.

    A URL whose newest capture is a revisit that cannot be read (its original is not in the
    archives) answers with its newest readable capture, and the request carries the revisit
    (``warta_replay_newer``: when, why) for ``ArchiveMiddleware`` to count and say; with
    none readable it answers as not archived, the reject naming why (``warta_replay_unread``).
    """

    lazy = False

    def __init__(self, crawler):
        super().__init__(crawler)
        archives = crawler.settings.getlist("WARTA_REPLAY")
        index = crawler.settings.get("WARTA_REPLAY_INDEX")
        if not index:  # the flow indexes once per run for every outlet's crawl
            out = Path(crawler.settings.get("WARTA_OUT_DIR", ".")) / "replay.cdxj"
            index = index_for_replay(archives, out)
        self.unread: dict[str, tuple[CdxjEntry, str]] = {}
        self.index = replay_records(index, archives, self.unread)
        self.damaged = read_damaged_urls(index)

    async def download_request(self, request: Request) -> Response:
        key = url_key(request.url)
        ref = self.index.get(key)
        newer = self.unread.get(key)
        # (a redirect's request carries its source's meta: each download sets its own)
        request.meta.pop("warta_replay_newer", None)
        request.meta.pop("warta_replay_unread", None)
        if ref is None:
            flags = [MISSING_FLAG, DAMAGED_FLAG] if key in self.damaged else [MISSING_FLAG]
            if newer is not None:
                request.meta["warta_replay_unread"] = newer[1]
            return Response(request.url, status=404, flags=flags, request=request)
        record = read_response(ref)
        request.meta["warta_replay_ref"] = ref
        request.meta["warta_replay_fetched_at"] = record.fetched_at.isoformat()
        if newer is not None:
            request.meta["warta_replay_newer"] = (newer[0].captured_at, newer[1])
        # content_stream() already undid the transfer and content encodings
        headers = Headers([(k, v) for k, v in record.headers
                           if k.lower() not in ("content-encoding", "transfer-encoding",
                                                "content-length")])
        cls = responsetypes.from_args(headers=headers, url=request.url, body=record.body)
        return cls(url=request.url, status=record.status, headers=headers, body=record.body,
                   flags=[REPLAY_FLAG], request=request, protocol="HTTP/1.1")

    async def close(self) -> None:
        self.index = {}


# -- failure policies ---------------------------------------------------------------------------

def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware (replacing it at 550), honouring Retry-After, bounded.

    Scrapy 2.19 retries a 429 or 503 at once. Here the retry of an answer carrying
    ``Retry-After: N`` is held back N seconds (the wait happens in process_request, before
    the request takes a download slot); N above ``WARTA_RETRY_AFTER_MAX`` is not waited
    for: the response goes on as an HTTP error (a reject naming the asked wait).
    """

    def __init__(self, settings):
        super().__init__(settings)
        self.max_wait = settings.getfloat("WARTA_RETRY_AFTER_MAX", 60.0)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        stats = self.crawler.stats
        if wait is not None and wait > self.max_wait:
            request.meta["warta_retry_after"] = wait
            stats.inc_value("warta/retry_after_beyond_cap")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if wait:
            retry.meta["warta_not_before"] = time.monotonic() + wait
            stats.inc_value("warta/retry_after_waits")
        return retry

    async def process_request(self, request: Request) -> None:
        not_before = request.meta.pop("warta_not_before", None)
        if not_before is not None:
            delay = min(not_before - time.monotonic(), self.max_wait)
            if delay > 0:
                await sleep(delay)
        return None


class RecordingOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter; what it drops is recorded as a reject, not only counted.

    Scrapy filters at scheduling time (the request_scheduled signal), so a redirect to
    another host never reaches the spider's errback; the original (discovered) URL gets the
    reject, with the refused target in the reason.
    """

    def process_request(self, request: Request, spider=None) -> None:
        try:
            super().process_request(request)
        except IgnoreRequest:
            if not request.meta.get("warta_offsite_recorded"):
                request.meta["warta_offsite_recorded"] = True
                redirects = request.meta.get("redirect_urls") or []
                if redirects:
                    reason = f"offsite redirect not followed: {redirects[-1]} -> {request.url}"
                else:
                    reason = f"offsite URL not followed: {request.url}"
                reject_request(self.crawler, request, reason)
            raise
