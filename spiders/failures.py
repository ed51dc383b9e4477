"""Why a crawl request failed, as the one-line reason its reject row keeps.

Scrapy reports failures as exception types and terse messages ("cancelled", "max
redirections"); a reject row should say what an operator can act on: the status and the
retries, the size limit crossed, a robots.txt refusal, the redirect chain.
"""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectError, ConnectionDone, ConnectionLost
from twisted.python.failure import Failure

from spiders.settings import size_limit_reason
from spiders.warc import RecordTooLarge


def failure_reason(failure: Failure, settings: BaseSettings) -> str:
    """Why a request failed, in words a reject row keeps (retries, limits, robots.txt)."""
    request = failure.request
    retries = request.meta.get("retry_times", 0)
    after = f" after {retries} retries" if retries else ""
    maxsize = request.meta.get("download_maxsize", settings.getint("DOWNLOAD_MAXSIZE"))
    if failure.check(HttpError):
        response = failure.value.response
        if "replay-missing" in response.flags:  # or only a revisit it cannot read: why
            return (request.meta.get("warta_replay_unread")
                    or "not in archive (replay): behaves as HTTP 404")
        wait = request.meta.get("warta_retry_after")
        if wait is not None:
            cap = settings.getfloat("WARTA_RETRY_AFTER_MAX", 60.0)
            return (f"http {response.status}: Retry-After {wait:.0f} s is beyond the "
                    f"{cap:g} s cap, not retried")
        return f"http {response.status}{after}"
    if failure.check(DownloadTimeoutError):
        return (f"timeout: no response within {settings.getfloat('DOWNLOAD_TIMEOUT'):g} s"
                f"{after}")
    if failure.check(ResponseDataLossError):
        return f"truncated response: body shorter than its Content-Length{after}"
    # DownloadFailedError wraps Twisted's ResponseFailed (incl. ResponseNeverReceived)
    if failure.check(DownloadFailedError, ConnectionLost, ConnectionDone):
        return f"connection lost before a complete response{after}"
    if failure.check(DownloadConnectionRefusedError):
        return f"connection refused{after}"
    if failure.check(CannotResolveHostError):
        return f"cannot resolve host{after}"
    if failure.check(ConnectError):
        return f"cannot connect: {failure.getErrorMessage()}{after}"[:300]
    if failure.check(RecordTooLarge):  # replay: an archived body over the same limit
        return failure.value.reason
    size_limit = size_limit_reason(maxsize)
    if failure.check(DownloadCancelledError):
        message = failure.getErrorMessage()
        if "max size" in message or request.meta.get("warta_bytes", 0) > maxsize:
            return size_limit
        return f"download cancelled: {message or 'no reason given'}"
    if failure.check(IgnoreRequest):
        message = failure.getErrorMessage()
        if "robots.txt unreadable" in message:
            return message[:300]
        if "robots.txt" in message.lower():
            return "forbidden by robots.txt"
        if "max redirections" in message:
            hops = [*(request.meta.get("redirect_urls") or []), request.url]
            return (f"too many redirects (more than {settings.getint('REDIRECT_MAX_TIMES')}):"
                    f" {' -> '.join(hops)}")
        if "DOWNLOAD_MAXSIZE" in message and "decompression" in message:
            return f"{size_limit} once decompressed (a compression bomb?)"
        return f"ignored: {message}"
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"
