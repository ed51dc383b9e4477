"""One page in, its article and events out: the page-level step every path shares.

``warta extract``, the extraction of archived records, reprocess and the real-text eval all
call :func:`read_page`, so a figure measured through it describes what production does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from transforms.events.assemble import extract_events
from transforms.events.relevance import relevance
from transforms.extract.article import extract_article
from transforms.extract.context import ExtractContext


def analyse_article(row: dict[str, Any], timezone: str) -> dict[str, Any]:
    """Relevance and events of an extracted article row (``Article.to_dict()``)."""
    score = relevance(row["title"], row["text"])
    published = datetime.fromisoformat(row["published_at"]) if row["published_at"] else None
    events = extract_events(canonical_url=row["canonical_url"], title=row["title"],
                            text=row["text"], dateline=row["dateline"],
                            published_at=published, timezone=timezone, score=score,
                            caption=row.get("caption"))
    return {"relevance": round(score.score, 3),
            "about_asn_neutrality": score.about_asn_neutrality,
            "events": [e.to_dict() for e in events]}


def read_page(html: str, url: str, ctx: ExtractContext) -> dict[str, Any]:
    """The article row of one page with its relevance and ``events``.

    Raises ``ExtractError`` when the page holds no article.
    """
    row = extract_article(html, url, ctx).to_dict()
    row.update(analyse_article(row, ctx.timezone))
    return row
