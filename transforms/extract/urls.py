"""URL identity: one canonical form per article, whatever link led to it."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan


def canonicalize(url: str) -> str:
    """Lower-case scheme and host, https, no fragment, no tracking parameters, no default port.

    courlan (a Trafilatura dependency) does the tracking-parameter and host clean-up; warta
    adds the https upgrade because every outlet it follows serves https only.
    """
    normalized = courlan.normalize_url(url.strip(), strict=True)
    parts = urlsplit(normalized)
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    netloc = parts.netloc.lower()
    if scheme == "https":  # http://host:443/ was not a default port before the upgrade
        netloc = re.sub(r"(?::443)+$", "", netloc)  # all of them: "host:443:443" (junk)
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def resolve(base: str, href: str | None) -> str | None:
    """Absolute http(s) URL for a link, or None for javascript:, mailto:, empty links."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    absolute = urljoin(base, href)
    if urlsplit(absolute).scheme not in ("http", "https"):
        return None
    return absolute


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
