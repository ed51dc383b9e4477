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

from transforms.extract.article import ExtractError, extract_article
from transforms.extract.context import ExtractContext
from transforms.extract.decoding import decode_html
from transforms.extract.urls import canonicalize
from transforms.page import analyse_article


def extract_record(page: Mapping[str, Any], body: bytes, content_type: str | None,
                   ctx: ExtractContext) -> tuple[str, dict[str, Any]]:
    """('article', row) or ('reject', row) for one archived page; never raises.

    ``page`` is the page's staged row (url, outlet, run_id, warc_file, warc_offset,
    redirect_urls), ``body`` and ``content_type`` its archived response, ``ctx`` the outlet's
    context with the feed hints and the fetch time.
    """
    base = {"url": page["url"], "outlet": page.get("outlet"), "run_id": page.get("run_id")}
    try:
        html = decode_html(body, content_type)
        article = extract_article(html, page["url"], ctx)
    except ExtractError as exc:
        return "reject", {**base, "stage": "extract", "reason": exc.reason}
    except Exception as exc:  # a bug or a broken record must not lose the rest of the run
        return "reject", {**base, "stage": "extract",
                          "reason": f"{type(exc).__name__}: {exc}"[:500]}
    row = article.to_dict()
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
    """The reject row of a page whose record or outlet could not be read."""
    return "reject", {"url": page["url"], "outlet": page.get("outlet"),
                      "run_id": page.get("run_id"), "stage": "extract",
                      "reason": f"{type(error).__name__}: {error}"[:500]}


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
