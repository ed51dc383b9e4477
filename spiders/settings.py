"""Scrapy settings for warta crawls: polite by default, archived always."""

from __future__ import annotations

import os
from typing import Any

CONTACT_URL = os.environ.get("WARTA_CONTACT_URL", "https://github.com/warta-news/warta")
USER_AGENT = f"warta/0.1 (+{CONTACT_URL}; research crawler for Indonesian regional news)"


def crawl_settings(*, outlet_delay: float, replay: list[str] | None, out_dir: str,
                   warc_dir: str, run_id: str, outlet: str) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "BOT_NAME": "warta",
        "USER_AGENT": USER_AGENT,
        "ROBOTSTXT_OBEY": True,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_START_DELAY": outlet_delay,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_DELAY": outlet_delay,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "DOWNLOAD_TIMEOUT": 30,
        "DOWNLOAD_MAXSIZE": 20 * 1024 * 1024,
        "DOWNLOAD_WARNSIZE": 5 * 1024 * 1024,
        "RETRY_TIMES": 3,
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # Scrapy 2.19 otherwise runs a code-executing server
        "LOG_LEVEL": os.environ.get("WARTA_SCRAPY_LOG_LEVEL", "INFO"),
        "DOWNLOADER_MIDDLEWARES": {"spiders.archiving.ArchiveMiddleware": 950},
        "WARTA_RUN_ID": run_id,
        "WARTA_OUTLET": outlet,
        "WARTA_OUT_DIR": out_dir,
        "WARTA_WARC_DIR": warc_dir,
        "WARTA_REPLAY": replay or [],
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
