"""One archived response in, one staged row out: the record-level step of extraction.

The caller reads the record from the archive (``spiders.warc``) and the outlet's context
from the registry; everything here is pure. An article row carries its relevance and
``events``; anything that goes wrong is a reject row with its reason, never an exception,
so one broken page cannot lose the rest of a run.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from transforms.extract.article import ExtractError, NotAnArticle, extract_article
from transforms.extract.context import ExtractContext
from transforms.extract.decoding import decode_html
from transforms.extract.urls import canonicalize
from transforms.page import analyse_article

HTML_TYPES = ("text/html", "application/xhtml")
GENERIC_TYPES = ("text/plain", "application/octet-stream", "application/x-unknown")
# A page kind besides article/feed/listing/other: an HTML page at a URL outside the
# outlet's article pattern that may still be an article (a feed item of an unknown shape,
# an archived page after a site redesign); extraction decides by the page's own signals.
CANDIDATE = "candidate"


def not_html(content_type: str | None) -> str | None:
    """Why a response with this Content-Type is no article page (a PDF, an image), or None.
    A missing type, or HTML served under a generic one, is left to extraction."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if not ctype or any(t in ctype for t in HTML_TYPES) or ctype in GENERIC_TYPES:
        return None
    return f"not an HTML page ({ctype})"


def extract_record(page: Mapping[str, Any], body: bytes, content_type: str | None,
                   ctx: ExtractContext, *, outside_pattern: bool = False
                   ) -> tuple[str, dict[str, Any]]:
    """('article', row), ('reject', row) or ('skip', row) for one archived page; never
    raises.

    ``page`` is the page's staged row (url, outlet, run_id, warc_file, warc_offset,
    redirect_urls, kind), ``body`` and ``content_type`` its archived response, ``ctx`` the
    outlet's context with the feed hints and the fetch time. ``outside_pattern``: the URL is
    not one of the outlet's article URLs, so the page must show itself an article; a
    candidate page that does not is skipped (nothing is lost), any other is a reject.
    """
    base = {"url": page["url"], "outlet": page.get("outlet"), "run_id": page.get("run_id")}
    try:
        if (why := not_html(content_type)) is not None:
            raise ExtractError(why)
        html = decode_html(body, content_type)
        article = extract_article(html, page["url"], ctx, require_signals=outside_pattern)
    except NotAnArticle as exc:
        kind = "skip" if page.get("kind") == CANDIDATE else "reject"
        return kind, {**base, "stage": "extract", "reason": exc.reason}
    except ExtractError as exc:
        return "reject", {**base, "stage": "extract", "reason": exc.reason}
    except Exception as exc:  # a bug or a broken record must not lose the rest of the run
        return "reject", {**base, "stage": "extract",
                          "reason": f"{type(exc).__name__}: {exc}"[:500]}
    row = article.to_dict()
    row["outside_pattern"] = outside_pattern  # an article the URL pattern would have missed
    aliases = {page["url"], *page.get("redirect_urls", [])}
    row.update(warc_file=page["warc_file"], warc_offset=int(page["warc_offset"]),
               fetched_at=_iso(ctx.fetched_at), run_id=page.get("run_id"),
               aliases=sorted(canonicalize(u) for u in aliases))
    try:
        row.update(analyse_article(row, ctx.timezone))
    except Exception as exc:  # the article still loads; the failure is recorded
        row.update(relevance=None, about_asn_neutrality=None, events=[],
                   events_error=f"{type(exc).__name__}: {exc}"[:300])
    return "article", row


def reject_record(page: Mapping[str, Any], error: Exception) -> tuple[str, dict[str, Any]]:
    """The reject row of a page whose record or outlet could not be read. An error that
    names its own ``stage`` keeps it and its message (a body over the crawl's size limit is
    a fetch reject, worded as the crawl words it); any other is an extract reject."""
    stage = getattr(error, "stage", None)
    reason = str(error) if stage else f"{type(error).__name__}: {error}"
    return "reject", {"url": page["url"], "outlet": page.get("outlet"),
                      "run_id": page.get("run_id"), "stage": stage or "extract",
                      "reason": reason[:500]}


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
