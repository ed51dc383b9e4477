"""How a crawl process ends early and still keeps its work: its time limit, or SIGTERM.

Scrapy's own ways to stop (CLOSESPIDER_TIMEOUT, its SIGTERM handler) close gracefully,
waiting for every request already handed to the downloader: a slow site held a closing
crawl for minutes, and the SIGKILL that followed lost the archive and the fetch log. Here
the records written so far are finalised (the ``TIME_LIMIT`` signal: the open WARC file is
closed and renamed, the fetch log and the rejects are completed), the stats are written
with the finish reason, and the process ends; requests in flight are abandoned.
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from spiders.sinks import write_json_atomic

logger = logging.getLogger(__name__)

# Sent when a crawl stops early: every component holding a staged file finalises it (the
# archive, the fetch log, the rejects) before the process ends.
TIME_LIMIT = object()


def keep_and_exit(crawler, reason: str) -> None:
    """Finalise what the crawl fetched, write its stats with ``reason``, end the process."""
    stats = crawler.stats
    stats.set_value("finish_reason", reason)
    crawler.signals.send_catch_log(signal=TIME_LIMIT)
    out = Path(crawler.settings.get("WARTA_OUT_DIR", "."))
    write_json_atomic(out / "stats.json", dict(stats.get_stats()))
    logging.shutdown()
    os._exit(0)


class TimeLimit:
    """Extension: at ``WARTA_TIME_LIMIT`` seconds the crawl keeps what it fetched and ends
    (finish reason ``closespider_timeout``)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.limit = crawler.settings.getfloat("WARTA_TIME_LIMIT")
        crawler.signals.connect(self.opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getfloat("WARTA_TIME_LIMIT"):
            raise NotConfigured
        return cls(crawler)

    def opened(self, spider=None) -> None:
        from twisted.internet import reactor

        reactor.callLater(self.limit, self.stop)

    def stop(self) -> None:
        logger.warning("time limit of %g s reached: keeping what was fetched, abandoning "
                       "the requests in flight", self.limit)
        keep_and_exit(self.crawler, "closespider_timeout")


class StopOnTerm:
    """Extension: SIGTERM (the run stopping its crawls: Ctrl-C of ``warta``, a time limit
    of the flow) keeps what was fetched and ends at once (finish reason ``shutdown``),
    instead of Scrapy's graceful stop, which waits for the requests in flight and was
    killed before it could rename the archive. Installed once the engine runs, after
    Scrapy's own handlers."""

    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.started, signal=signals.engine_started)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def started(self) -> None:
        signal.signal(signal.SIGTERM, self.received)

    def received(self, signum: int, frame: object) -> None:
        from twisted.internet import reactor

        logger.warning("SIGTERM: keeping what was fetched, abandoning the requests in flight")
        reactor.callFromThread(keep_and_exit, self.crawler, "shutdown")
