"""The report page: one self-contained HTML file (no scripts, no network) of what was reported.

It counts occasions, not reports: an occasion several outlets reported counts once (per
province and month, per activity, provinces ranked; per outlet it counts once under each
outlet that reported it), with the number of reports beside it. The latest occasions show
the sentence their earliest report was read from (its evidence). Figures come from the
occasion marts and aggregates (warehouse/views/). Charts are inline SVG bars: Indonesia's
province boundaries are not shipped, as no geometry with a licence compatible with the
project's was found among the registries this project installs from, so provinces are
ranked instead of mapped. ``markdown_summary`` gives the same figures for a Prefect artifact.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.snapshot import replace_whole

QUERIES = {
    "per_province_month": """
        SELECT province, strftime(month, '%Y-%m') AS month, occasions, reports
        FROM v_occasions_per_province_month WHERE month IS NOT NULL ORDER BY month, province""",
    "per_activity": """
        SELECT activity, occasions, reports FROM v_occasions_per_activity
        ORDER BY occasions DESC, activity""",
    "per_outlet": """
        SELECT coalesce(outlet_name, outlet) AS outlet, occasions, reports, first_reports
        FROM v_occasions_per_outlet ORDER BY occasions DESC, outlet""",
    "per_province": """
        SELECT coalesce(province, '(unknown)') AS province, count(*) AS occasions,
               sum(reports) AS reports, sum(participants_count) AS participants
        FROM fct_occasions GROUP BY 1 ORDER BY 2 DESC, 1""",
    # shown with the sentence its earliest report was read from: the activity's evidence,
    # else the date's or the place's
    "latest": """
        SELECT o.occasion_day, o.regency, o.province, o.activities, o.participants_count,
               o.reports, o.outlets, e.event_date_raw,
               coalesce(json_extract_string(e.evidence, '$.activities[0].sentence'),
                        json_extract_string(e.evidence, '$.event_date.sentence'),
                        json_extract_string(e.evidence, '$.place.sentence')) AS evidence,
               o.first_title, o.first_url
        FROM fct_occasions o LEFT JOIN fct_events e ON e.event_id = o.first_event_id
        ORDER BY o.occasion_day DESC NULLS LAST, o.occasion_id LIMIT 25""",
    "totals": """
        SELECT (SELECT count(*) FROM fct_occasions),
               (SELECT coalesce(sum(reports), 0) FROM fct_occasions),
               (SELECT count(*) FROM fct_events WHERE occasion_id IS NULL),
               (SELECT count(*) FROM fct_articles),
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
    """Provinces down, months across; a cell is "occasions" (and "/ reports" when more)."""
    months = sorted({m for _, m, _, _ in rows})
    provinces = sorted({p or "(unknown)" for p, _, _, _ in rows})
    cells = {(p or "(unknown)", m): (n if n == r else f"{n} / {r}") for p, m, n, r in rows}
    head = "".join(f"<th>{_e(m)}</th>" for m in months)
    body = "".join(
        f"<tr><th>{_e(p)}</th>" + "".join(f'<td class="n">{cells.get((p, m), "")}</td>'
                                          for m in months) + "</tr>" for p in provinces)
    return f'<table id="per-province-month"><tr><th>province</th>{head}</tr>{body}</table>' \
        if rows else \
        '<p class="muted">No dated occasions yet.</p>'


def _table(name: str, head: Sequence[str], rows: list[tuple]) -> str:
    cells = "".join("<tr>" + "".join(
        f'<td class="n">{v}</td>' if isinstance(v, int) else f"<td>{_e(v)}</td>" for v in row)
        + "</tr>" for row in rows)
    heads = "".join(f"<th>{_e(h)}</th>" for h in head)
    return f'<table id="{name}"><tr>{heads}</tr>{cells}</table>'


def render_html(figures: dict[str, list[tuple]], *, warehouse: str, now: datetime) -> str:
    occasions, reports, unmerged, articles, relevant = figures["totals"][0]
    pending = (f" {unmerged} reports are not merged into occasions yet (the next load merges"
               " them)." if unmerged else "")
    latest = "".join(
        "<tr>" + "".join(f"<td>{_e(v)}</td>" for v in (day, regency or province, acts))
        + f'<td class="n">{_e(count)}</td><td class="n">{n}</td>'
        + "".join(f"<td>{_e(v)}</td>" for v in (outlets, raw, evidence))
        + f'<td><a href="{_e(url)}">{_e(title or url)}</a></td></tr>'
        for day, regency, province, acts, count, n, outlets, raw, evidence, title, url
        in figures["latest"])
    outlets = [(o, n) for o, n, _, _ in figures["per_outlet"]]
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>warta report</title><style>{_STYLE}</style></head><body>
<h1>warta: ASN neutrality occasions in Indonesian regional news</h1>
<p class="muted"><span id="occasions">{occasions}</span> occasions from
<span id="reports">{reports}</span> reports in {articles} articles ({relevant} about ASN
neutrality); warehouse {_e(warehouse)}, made {now:%Y-%m-%d %H:%M} UTC. An occasion several
outlets reported counts once; the reports are beside it.{pending}</p>
<h2>Occasions per province per month</h2>
<p class="muted">A cell reads occasions, then "/ reports" when they had more reports.</p>
{_month_table(figures["per_province_month"])}
<h2>Provinces, ranked</h2>{bar_chart([(p, n) for p, n, _, _ in figures["per_province"]],
                                       "occasions per province")}
{_table("per-province", ("province", "occasions", "reports", "people"), figures["per_province"])}
<h2>Per activity</h2>{bar_chart([(a, n) for a, n, _ in figures["per_activity"]],
                                 "occasions per activity")}
{_table("per-activity", ("activity", "occasions", "reports"), figures["per_activity"])}
<h2>Per outlet</h2>
<p class="muted">An occasion counts once under each outlet that reported it.</p>
{bar_chart(outlets, "occasions per outlet")}
{_table("per-outlet", ("outlet", "occasions", "reports", "reported first"), figures["per_outlet"])}
<h2>Latest occasions</h2><table id="latest"><tr><th>day</th><th>where</th><th>activities</th>
<th>people</th><th>reports</th><th>outlets</th><th>date as written</th><th>read from</th>
<th>first report</th></tr>
{latest}</table></body></html>"""


def write_page(path: Path, figures: dict[str, list[tuple]], *, warehouse: str,
               now: datetime) -> None:
    """The report page at ``path``, swapped in whole: a browser, or a second run publishing at
    once, never reads half a page, and a failed write keeps the last page."""
    page = render_html(figures, warehouse=warehouse, now=now)
    replace_whole(path, lambda tmp: tmp.write_text(page, encoding="utf-8"))


def markdown_summary(figures: dict[str, list[tuple]]) -> str:
    """The report's figures as Markdown (a Prefect artifact shows Markdown, not HTML)."""
    occasions, reports, _, articles, relevant = figures["totals"][0]
    lines = [f"**{occasions} occasions** from {reports} reports in {articles} articles "
             f"({relevant} about ASN neutrality); an occasion several outlets reported "
             "counts once.", "",
             "| province | occasions | reports | people |", "|---|---:|---:|---:|"]
    lines += [f"| {p} | {n} | {r} | {c or ''} |" for p, n, r, c in figures["per_province"][:15]]
    lines += ["", "| month (latest 40 rows) | province | occasions | reports |",
              "|---|---|---:|---:|"]
    recent = sorted(figures["per_province_month"], key=lambda row: row[1], reverse=True)
    lines += [f"| {m} | {p} | {n} | {r} |" for p, m, n, r in recent[:40]]
    lines += ["", "| activity | occasions | reports |", "|---|---:|---:|"]
    lines += [f"| {a} | {n} | {r} |" for a, n, r in figures["per_activity"]]
    lines += ["", "| outlet | occasions | reports | reported first |", "|---|---:|---:|---:|"]
    lines += [f"| {o} | {n} | {r} | {f} |" for o, n, r, f in figures["per_outlet"]]
    return "\n".join(lines)
