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


_TRACKING = re.compile(r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_[a-z]+|_ga|ref_src|"
                       r"amp_[a-z_]+|__twitter_impression)$", re.IGNORECASE)


def drop_tracking(query: str) -> str:
    """A URL query without its tracking parameters (same order, same encoding otherwise)."""
    if not query:
        return ""
    kept = [p for p in query.split("&") if p and not _TRACKING.match(p.split("=", 1)[0])]
    return "&".join(kept)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
