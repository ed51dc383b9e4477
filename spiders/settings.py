"""Scrapy settings for warta crawls: polite by default, archived always.

Environment overrides (for tests against local fault servers, slow mirrors, or one-off runs;
unset means the defaults below):

``WARTA_DOWNLOAD_TIMEOUT``
    seconds before a request gives up (default 30). Timeouts are retried like other
    transient failures, so a dead page costs ``(RETRY_TIMES + 1) * timeout`` seconds.
``WARTA_DOWNLOAD_MAXSIZE``
    largest response body in bytes, on the wire and after decompression (default 20 MiB);
    larger pages are cancelled, not archived, and recorded as fetch rejects.
``WARTA_DOWNLOAD_DELAY``
    seconds between requests to one site, replacing the outlet's ``download_delay``
    (AutoThrottle still adapts above it). Tests set 0 against 127.0.0.1.
``WARTA_RETRY_AFTER_MAX``
    the longest ``Retry-After`` (seconds) a 429/503 answer may impose before a retry
    (default 60); a server asking for longer is given up on and recorded as a reject.
"""

from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spiders.registry import Source

CONTACT_URL = os.environ.get("WARTA_CONTACT_URL", "https://github.com/warta-news/warta")
USER_AGENT = f"warta/0.1 (+{CONTACT_URL}; research crawler for Indonesian regional news)"

DEFAULT_DOWNLOAD_TIMEOUT = 30.0
DEFAULT_DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DEFAULT_DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
DEFAULT_RETRY_AFTER_MAX = 60.0


def env_number(name: str, default: float, *, minimum: float = 0.0,
               integer: bool = False) -> float:
    """A number from the environment (a whole one if ``integer``), at least ``minimum``;
    ``default`` when unset. A malformed value is an error naming the variable, loudly:
    flows/environment.py run_settings reads every such setting once before a run starts."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if integer else float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a {'whole ' if integer else ''}number") \
            from None
    if not math.isfinite(value):  # float() reads "nan" and "inf": no bound holds for them
        raise ValueError(f"{name}={raw!r} is not a finite number")
    if value < minimum:
        raise ValueError(f"{name}={raw!r} is below {minimum:g}")
    return value


# Listing pages per day of a backfill's range: the safety net of a walk that ends at --since
BACKFILL_PAGES_PER_DAY = 50


def backfill_pages_per_day() -> int:
    """WARTA_BACKFILL_PAGES_PER_DAY, else the default (flows/inputs.py checks it first)."""
    return int(env_number("WARTA_BACKFILL_PAGES_PER_DAY", BACKFILL_PAGES_PER_DAY, minimum=1,
                          integer=True))


def sitemap_bounds(source: Source | None = None) -> tuple[int, int]:
    """How deep sitemap indexes may nest and how many sitemaps one source may read:
    WARTA_MAX_SITEMAP_DEPTH and WARTA_MAX_SITEMAPS, else the source's own (the registry's
    defaults without one; flows/environment.py run_settings checks them before a run)."""
    from spiders.registry import Source

    depth = source.max_sitemap_depth if source else Source.max_sitemap_depth
    count = source.max_sitemaps if source else Source.max_sitemaps
    return (int(env_number("WARTA_MAX_SITEMAP_DEPTH", depth, integer=True)),
            int(env_number("WARTA_MAX_SITEMAPS", count, integer=True)))


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def scrapy_log_level() -> str:
    """WARTA_SCRAPY_LOG_LEVEL (INFO), checked: an unknown level killed every crawl process
    at its start with logging's traceback."""
    raw = os.environ.get("WARTA_SCRAPY_LOG_LEVEL", "").strip()
    if not raw:
        return "INFO"
    if raw.upper() not in LOG_LEVELS:
        raise ValueError(f"WARTA_SCRAPY_LOG_LEVEL={raw!r}: expected one of "
                         f"{', '.join(LOG_LEVELS)}")
    return raw.upper()


def download_maxsize() -> int:
    """The largest response body warta takes, in bytes: the crawl refuses a larger one, and
    every reader of an archive (ingest, replay, reprocess) refuses a larger record the same
    way, so an archive from elsewhere cannot hand extraction what a crawl would not."""
    return int(env_number("WARTA_DOWNLOAD_MAXSIZE", DEFAULT_DOWNLOAD_MAXSIZE, minimum=1))


def size_limit_reason(limit: int) -> str:
    """The reject reason of a body over ``limit`` bytes (the same for a crawl and ingest)."""
    return f"size limit exceeded: body larger than DOWNLOAD_MAXSIZE ({limit} bytes)"


def crawl_settings(*, outlet_delay: float, replay: list[str] | None, out_dir: str,
                   warc_dir: str, run_id: str, outlet: str,
                   replay_index: str | None = None) -> dict[str, Any]:
    delay = env_number("WARTA_DOWNLOAD_DELAY", outlet_delay)
    maxsize = download_maxsize()
    settings: dict[str, Any] = {
        "BOT_NAME": "warta",
        "USER_AGENT": USER_AGENT,
        "ROBOTSTXT_OBEY": True,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": delay,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_DELAY": delay,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "DOWNLOAD_TIMEOUT": env_number("WARTA_DOWNLOAD_TIMEOUT", DEFAULT_DOWNLOAD_TIMEOUT,
                                        minimum=0.01),
        "DOWNLOAD_MAXSIZE": maxsize,
        "DOWNLOAD_WARNSIZE": min(DEFAULT_DOWNLOAD_WARNSIZE, maxsize),
        # a body shorter than its Content-Length is an error (retried, then rejected),
        # never a "dataloss" response that would be archived and extracted half-read
        "DOWNLOAD_FAIL_ON_DATALOSS": True,
        # retried: 5xx, 408, 429, timeouts, refused/reset/dropped connections, short bodies
        "RETRY_TIMES": 3,
        "WARTA_RETRY_AFTER_MAX": env_number("WARTA_RETRY_AFTER_MAX", DEFAULT_RETRY_AFTER_MAX),
        "REDIRECT_MAX_TIMES": 5,
        # Scrapy starts this many asyncio tasks for every callback's output (default 100);
        # warta has no item pipelines to overlap, and 100 tasks per page were a third of
        # a replay crawl's CPU
        "CONCURRENT_ITEMS": 4,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # Scrapy 2.19 otherwise runs a code-executing server
        # and not even loaded: importing them (aiohttp, twisted.conch) cost 0.2 s per crawl
        "EXTENSIONS": {"scrapy.extensions.remote_control.RemoteControl": None,
                       "scrapy.extensions.telnet.TelnetConsole": None,
                       "spiders.stopping.TimeLimit": 0,  # off unless WARTA_TIME_LIMIT
                       "spiders.stopping.StopOnTerm": 0},
        "LOG_LEVEL": scrapy_log_level(),
        "DOWNLOADER_MIDDLEWARES": {
            # RFC 9309: an unreadable robots.txt (5xx, unreachable) disallows the host
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "spiders.robots.Rfc9309RobotsMiddleware": 100,
            # the same policies as Scrapy's, but a request they drop becomes a reject row
            "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
            "spiders.archiving.RecordingOffsiteMiddleware": 50,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "spiders.archiving.RetryAfterMiddleware": 550,
            "spiders.archiving.ArchiveMiddleware": 950,
        },
        "WARTA_RUN_ID": run_id,
        "WARTA_OUTLET": outlet,
        "WARTA_OUT_DIR": out_dir,
        "WARTA_WARC_DIR": warc_dir,
        "WARTA_REPLAY": replay or [],
        "WARTA_REPLAY_INDEX": replay_index,
    }
    if replay:
        handler = "spiders.archiving.WarcReplayHandler"
        settings.update({
            "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
            "AUTOTHROTTLE_ENABLED": False,
            "DOWNLOAD_DELAY": 0,
            "CONCURRENT_REQUESTS": 32,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
            "RETRY_ENABLED": False,  # an archive answers the same way every time
        })
    return settings
