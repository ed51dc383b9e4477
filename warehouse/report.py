"""The report page: one self-contained HTML file (no scripts, no network) of what was reported.

Events per province per month, per activity, per outlet, provinces ranked, and the latest
events with the sentence they were read from (their evidence). Charts are inline SVG bars:
Indonesia's province boundaries are not shipped, as no geometry with a licence compatible
with the project's was found among the registries this project installs from, so provinces
are ranked instead of mapped. ``markdown_summary`` gives the same figures for a Prefect
artifact.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import duckdb

QUERIES = {
    "per_province_month": """
        SELECT province, strftime(month, '%Y-%m') AS month, events
        FROM v_events_per_province_month WHERE month IS NOT NULL ORDER BY month, province""",
    "per_activity": """
        SELECT activity, count(*) AS events
        FROM (SELECT unnest(activities) AS activity FROM fct_events) GROUP BY 1 ORDER BY 2 DESC""",
    "per_outlet": """
        SELECT coalesce(outlet_name, outlet) AS outlet, count(*) AS events
        FROM fct_events GROUP BY 1 ORDER BY 2 DESC""",
    "per_province": """
        SELECT coalesce(province, '(unknown)') AS province, count(*) AS events,
               sum(participants_count) AS participants
        FROM fct_events GROUP BY 1 ORDER BY 2 DESC""",
    "latest": """
        SELECT event_day, regency, province, activities, participants_count, event_date_raw,
               coalesce(json_extract_string(evidence, '$.activities[0].sentence'),
                        json_extract_string(evidence, '$.event_date.sentence')) AS evidence,
               outlet, article_title, article_url
        FROM fct_events ORDER BY event_day DESC NULLS LAST, article_url LIMIT 25""",
    "totals": """
        SELECT (SELECT count(*) FROM fct_events), (SELECT count(*) FROM fct_articles),
               (SELECT count(*) FROM fct_articles WHERE about_asn_neutrality)""",
}

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;
color:#1b1f24}h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;font-size:13px}td,th{padding:.25rem .5rem;border-bottom:1px
solid #eee;text-align:left;vertical-align:top}th{background:#f4f6f8}td.n{text-align:right}
.muted{color:#667}svg text{font:12px system-ui,sans-serif}"""


def _rows(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple]:
    return con.execute(QUERIES[name]).fetchall()


def collect(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Every figure of the report, from the marts."""
    return {name: _rows(con, name) for name in QUERIES}


def _e(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return html.escape(", ".join(map(str, value)))
    return html.escape(str(value))


def bar_chart(pairs: Sequence[tuple[str, int]], title: str, width: int = 640) -> str:
    """Horizontal bars as inline SVG, largest first."""
    if not pairs:
        return f'<p class="muted">{html.escape(title)}: nothing yet.</p>'
    top = max(v for _, v in pairs) or 1
    row, label_w = 22, 190
    bars = []
    for i, (label, value) in enumerate(pairs):
        y = i * row
        length = (width - label_w - 60) * value / top
        bars.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{_e(label)}</text>'
                    f'<rect x="{label_w}" y="{y + 3}" width="{length:.1f}" height="16" '
                    f'fill="#2b6cb0"><title>{_e(label)}: {value}</title></rect>'
                    f'<text x="{label_w + length + 5:.1f}" y="{y + 15}">{value}</text>')
    return (f'<svg role="img" aria-label="{_e(title)}" width="{width}" '
            f'height="{len(pairs) * row + 6}" class="chart">{"".join(bars)}</svg>')


def _month_table(rows: list[tuple]) -> str:
    months = sorted({m for _, m, _ in rows})
    provinces = sorted({p or "(unknown)" for p, _, _ in rows})
    cells = {(p or "(unknown)", m): n for p, m, n in rows}
    head = "".join(f"<th>{_e(m)}</th>" for m in months)
    body = "".join(
        f"<tr><th>{_e(p)}</th>" + "".join(f'<td class="n">{cells.get((p, m), "")}</td>'
                                          for m in months) + "</tr>" for p in provinces)
    return f"<table><tr><th>province</th>{head}</tr>{body}</table>" if rows else \
        '<p class="muted">No dated events yet.</p>'


def render_html(figures: dict[str, list[tuple]], *, warehouse: str, now: datetime) -> str:
    events, articles, relevant = figures["totals"][0]
    latest = "".join(
        "<tr>" + "".join(f"<td>{_e(v)}</td>" for v in (day, regency or province, acts,
                                                         count, raw, evidence, outlet))
        + f'<td><a href="{_e(url)}">{_e(title)}</a></td></tr>'
        for day, regency, province, acts, count, raw, evidence, outlet, title, url
        in figures["latest"])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>warta report</title><style>{_STYLE}</style></head><body>
<h1>warta: ASN neutrality events in Indonesian regional news</h1>
<p class="muted">{events} events in {articles} articles ({relevant} about ASN neutrality);
warehouse {_e(warehouse)}, made {now:%Y-%m-%d %H:%M} UTC. Counts are events as reported:
one occasion reported by several outlets counts once per report.</p>
<h2>Events per province per month</h2>{_month_table(figures["per_province_month"])}
<h2>Provinces, ranked</h2>{bar_chart([(p, n) for p, n, _ in figures["per_province"]], "provinces")}
<h2>Per activity</h2>{bar_chart(figures["per_activity"], "activities")}
<h2>Per outlet</h2>{bar_chart(figures["per_outlet"], "outlets")}
<h2>Latest events</h2><table><tr><th>day</th><th>where</th><th>activities</th>
<th>people</th><th>date as written</th><th>read from</th><th>outlet</th><th>article</th></tr>
{latest}</table></body></html>"""


def markdown_summary(figures: dict[str, list[tuple]]) -> str:
    """The report's figures as Markdown (a Prefect artifact shows Markdown, not HTML)."""
    events, articles, relevant = figures["totals"][0]
    lines = [f"**{events} events** in {articles} articles ({relevant} about ASN neutrality)",
             "", "| province | events | people |", "|---|---:|---:|"]
    lines += [f"| {p} | {n} | {c or ''} |" for p, n, c in figures["per_province"][:15]]
    lines += ["", "| activity | events |", "|---|---:|"]
    lines += [f"| {a} | {n} |" for a, n in figures["per_activity"]]
    return "\n".join(lines)
