"""Scrapy components that put the web archive under every crawl.

``ArchiveMiddleware`` sits next to the downloader, so it sees responses as they came off
the wire (still compressed) and writes them to WARC, then logs the fetch to ``pages.jsonl``.
``WarcReplayHandler`` replaces the http(s) download handlers in replay mode: the same
spiders read responses from WARC files; a URL missing from the archive answers 404.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scrapy import Request, signals
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from spiders.sinks import JsonlSink
from spiders.warc import RecordRef, RotatingWarcWriter, build_index, read_response, url_key

MISSING_FLAG = "replay-missing"
REPLAY_FLAG = "replay"


def _pairs(headers: Headers) -> list[tuple[str, str]]:
    return [
        (key.decode("latin-1"), value.decode("latin-1"))
        for key, values in headers.items()
        for value in values
    ]


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
            self.writer = RotatingWarcWriter(
                Path(settings.get("WARTA_WARC_DIR", out / "warc")),
                prefix=f"warta-{self.outlet}-{self.run_id}", run_id=self.run_id,
            )
        self.stats = crawler.stats
        crawler.signals.connect(self.close, signal=signals.spider_closed)

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
            "warc_file": ref.warc_file,
            "warc_offset": ref.offset,
            "replayed": replay_ref is not None,
            "redirect_urls": request.meta.get("redirect_urls", []),
            "feed_published": request.meta.get("feed_published"),
            "feed_title": request.meta.get("feed_title"),
        })
        return response

    def close(self, spider=None) -> None:
        self.pages.close()
        if self.writer is not None:
            self.writer.close()


class WarcReplayHandler(BaseDownloadHandler):
    """Download handler answering from WARC files instead of the network."""

    lazy = False

    def __init__(self, crawler):
        super().__init__(crawler)
        paths = crawler.settings.getlist("WARTA_REPLAY")
        self.index = build_index(paths)

    async def download_request(self, request: Request) -> Response:
        ref = self.index.get(url_key(request.url))
        if ref is None:
            return Response(request.url, status=404, flags=[MISSING_FLAG], request=request)
        record = read_response(ref)
        request.meta["warta_replay_ref"] = ref
        request.meta["warta_replay_fetched_at"] = record.fetched_at.isoformat()
        # content_stream() already undid the transfer and content encodings
        headers = Headers([(k, v) for k, v in record.headers
                           if k.lower() not in ("content-encoding", "transfer-encoding",
                                                "content-length")])
        cls = responsetypes.from_args(headers=headers, url=request.url, body=record.body)
        return cls(url=request.url, status=record.status, headers=headers, body=record.body,
                   flags=[REPLAY_FLAG], request=request, protocol="HTTP/1.1")

    async def close(self) -> None:
        self.index = {}
