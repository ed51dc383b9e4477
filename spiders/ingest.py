"""The pages of any web archive (warta's, ``wget --warc-file``, Browsertrix), matched to
outlets by host and classified as a crawl would: what ``warta ingest`` extracts and loads."""

from __future__ import annotations

from spiders.registry import Outlet, outlet_for_url
from spiders.warc import iter_responses
from transforms.extract.feeds import FeedError, parse_feed
from transforms.extract.urls import canonicalize

HTML_TYPES = ("text/html", "application/xhtml")
FEED_TYPES = ("xml", "rss", "atom")


def index_archive(paths: list[str], run_id: str) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Page rows per outlet for every response in the archives whose host is an outlet's.

    Feeds in the archive give article hints (pubDate, title), as they do during a crawl.
    """
    hints: dict[str, tuple[str | None, str | None]] = {}
    by_outlet: dict[str, list[dict]] = {}
    counts = {"records": 0, "no_outlet": 0, "pages": 0}
    for path in paths:
        for response in iter_responses(path):
            counts["records"] += 1
            outlet = outlet_for_url(response.url)
            if outlet is None:
                counts["no_outlet"] += 1
                continue
            ctype = (response.header("content-type") or "").lower()
            kind = _kind(outlet, response.url, response.status, ctype)
            if kind == "feed" and response.status == 200:
                try:
                    entries = parse_feed(response.body)
                except FeedError:
                    entries = []
                for entry in entries:
                    try:
                        key = canonicalize(entry.url)
                    except ValueError:  # one malformed link must not lose the others
                        continue
                    hints.setdefault(key, (entry.published_raw, entry.title))
            by_outlet.setdefault(outlet.slug, []).append({
                "run_id": run_id, "outlet": outlet.slug, "url": response.url,
                "status": response.status, "kind": kind, "content_type": ctype,
                "fetched_at": response.fetched_at.isoformat(),
                "warc_file": response.ref.warc_file, "warc_offset": response.ref.offset,
                "replayed": True, "redirect_urls": [],
            })
            counts["pages"] += 1
    for rows in by_outlet.values():
        for row in rows:
            if row["kind"] == "article":
                published, title = hints.get(canonicalize(row["url"]), (None, None))
                row.update(feed_published=published, feed_title=title)
    return by_outlet, counts


def _kind(outlet: Outlet, url: str, status: int, content_type: str) -> str:
    if any(t in content_type for t in FEED_TYPES) and "html" not in content_type:
        return "feed"
    if outlet.is_article_url(url) and any(t in content_type for t in HTML_TYPES):
        return "article"
    return "other"
