"""The pages of any web archive (warta's, ``wget --warc-file``, Browsertrix), matched to
outlets by host and classified as a crawl would: what ``warta ingest`` extracts and loads.

The archives are indexed once (CDXJ, ``spiders/cdxj.py``) and pages are classified from the
index (URL, status, MIME type); only feeds are read, for their article hints. Article bodies
are decompressed once, by extraction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from spiders.cdxj import index_archives, read_index
from spiders.registry import Outlet, outlet_for_url
from spiders.warc import read_response
from transforms.extract.feeds import FeedError, parse_feed
from transforms.extract.urls import canonicalize

HTML_TYPES = ("text/html", "application/xhtml")
FEED_TYPES = ("xml", "rss", "atom")


def index_archive(paths: list[str], run_id: str, index: str | Path
                  ) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Page rows per outlet for every response in the archives whose host is an outlet's,
    in archive order; ``index`` is where the archives' CDXJ index is written.

    Feeds in the archive give article hints (pubDate, title), as they do during a crawl.
    """
    order = {str(Path(p).resolve()): n for n, p in enumerate(paths)}
    responses = sorted((e for e in read_index(index_archives(paths, index))
                        if e.status is not None and e.mime != "warc/revisit"),
                       key=lambda e: (order.get(e.filename, len(order)), e.offset))
    hints: dict[str, tuple[str | None, str | None]] = {}
    by_outlet: dict[str, list[dict]] = {}
    counts = {"records": 0, "no_outlet": 0, "pages": 0}
    for response in responses:
        counts["records"] += 1
        outlet = outlet_for_url(response.url)
        if outlet is None:
            counts["no_outlet"] += 1
            continue
        ctype = (response.mime or "").lower()
        kind = _kind(outlet, response.url, response.status, ctype)
        if kind == "feed" and response.status == 200:
            try:
                entries = parse_feed(read_response(response.ref).body)
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
            "fetched_at": datetime.strptime(response.timestamp, "%Y%m%d%H%M%S")
            .replace(tzinfo=UTC).isoformat(),
            "warc_file": response.filename, "warc_offset": response.offset,
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
