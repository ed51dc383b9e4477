"""Run health: what each outlet yielded, the floors it is judged by, and how it is shown.

The warehouse computes the figures of a run in the loader's transaction
(``warehouse/sql/run_health.sql``, kept in ``run_outlet_health``); this module judges them
and renders them (the flow run's markdown artifact, ``warta health``'s table and chart).
No IO here except writing the chart file.

Floors (defaults below; environment variables override, a malformed value is an error):

``WARTA_MIN_DATE_COVERAGE`` (default 0.8)
    least share of an outlet's articles extracted in a run that carry a publication date.
    A changed layout loses the date on (nearly) every page, so coverage falls towards 0;
    0.8 leaves room for the odd undated page (photo galleries, agenda notes) without
    letting a half-broken template (one of two layouts) pass.
``WARTA_MIN_BODY_COVERAGE``, ``WARTA_MIN_AUTHOR_COVERAGE``, ``WARTA_MIN_EVENT_DATE_COVERAGE``
    (default 0: off). Bodies are already enforced by extraction (a page without one is an
    extract reject, and zero articles fails the run); some outlets never name an author
    (Minangsatu); events exist only for articles about ASN neutrality.
``WARTA_HEALTH_MIN_SAMPLE`` (default 5)
    coverage is judged only when a run extracted at least this many articles of the
    outlet, so one undated article out of one on a quiet night does not fail the run.

Zero yield is judged apart from coverage: an outlet fails when article pages were fetched
and none extracted, or when at least ``min_sample`` article fetches failed and none
succeeded. Pages and fetches that already failed in an earlier run are not counted (they
are refetched every night and are not news). A quiet night, whose feed lists only articles
already loaded, fetches no article page and is healthy.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from pathlib import Path
from typing import Any

FIELDS = ("published", "body", "author", "event_date")
LABELS = {"published": "published date", "body": "body text", "author": "author",
          "event_date": "event date"}
ENV = {"published": "WARTA_MIN_DATE_COVERAGE", "body": "WARTA_MIN_BODY_COVERAGE",
       "author": "WARTA_MIN_AUTHOR_COVERAGE", "event_date": "WARTA_MIN_EVENT_DATE_COVERAGE",
       "min_sample": "WARTA_HEALTH_MIN_SAMPLE"}


@dataclass(frozen=True)
class Floors:
    """Least share of articles with each field; judged from ``min_sample`` articles up."""

    published: float = 0.8
    body: float = 0.0
    author: float = 0.0
    event_date: float = 0.0
    min_sample: int = 5

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: float | None
                 ) -> Floors:
        """Defaults, then ``WARTA_*`` variables, then ``overrides`` (None = not given)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV[f.name], "").strip()
            if raw:
                values[f.name] = value = _number(ENV[f.name], raw,
                                                 integer=f.name == "min_sample")
                if f.name in FIELDS and not 0.0 <= value <= 1.0:
                    raise ValueError(f"{ENV[f.name]}={raw!r} is not in [0, 1]")
                if f.name == "min_sample" and value < 1:
                    raise ValueError(f"{ENV[f.name]}={raw!r} is below 1")
        values.update({k: v for k, v in overrides.items() if v is not None})
        floors = cls(**values)
        for name in FIELDS:
            if not 0.0 <= getattr(floors, name) <= 1.0:
                raise ValueError(f"floor {name}={getattr(floors, name)!r} is not in [0, 1]")
        if floors.min_sample < 1:
            raise ValueError(f"min_sample={floors.min_sample!r} is below 1")
        return floors

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _number(name: str, raw: str, *, integer: bool) -> float:
    try:
        return int(raw) if integer else float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a {'whole ' if integer else ''}number") \
            from None


# -- judging ---------------------------------------------------------------------------------

def _example(figures: Mapping[str, Any], stage: str) -> str:
    for row in figures.get("rejects_by_reason") or []:
        if row["stage"] == stage:
            return f" ({row['reason'][:120]})"
    return ""


def judge_outlet(figures: Mapping[str, Any], floors: Floors) -> list[str]:
    """Why one outlet's run figures are unhealthy (empty when healthy)."""
    articles = figures.get("articles") or 0
    if articles == 0:
        pages = figures.get("new_article_pages") or 0
        failed = figures.get("new_fetch_rejects") or 0
        if pages:
            return [f"{pages} article page(s) fetched, none extracted"
                    f"{_example(figures, 'extract')}: page layout changed?"]
        if not figures.get("article_pages") and failed >= floors.min_sample:
            return [f"none of {failed} article pages could be fetched"
                    f"{_example(figures, 'fetch')}: blocked or site down?"]
        return []
    if articles < floors.min_sample:
        return []
    reasons = []
    for name in FIELDS:
        floor, share = getattr(floors, name), figures.get(f"share_{name}")
        if floor <= 0 or share is None or share >= floor:
            continue
        sample = articles + (figures.get("extract_rejects") or 0) if name == "body" \
            else articles
        what = "article pages" if name == "body" else "articles"
        reasons.append(f"{LABELS[name]} on {round(share * sample)} of {sample} {what} "
                       f"({share:.0%}), under the {floor:.0%} floor")
    return reasons


def judge(outlets: Iterable[str], health: Mapping[str, Mapping[str, Any]],
          problems: Mapping[str, str | None], floors: Floors) -> dict[str, str]:
    """outlet -> why it fails the run. A crawl problem is the reason when there is one."""
    verdict = {}
    for outlet in outlets:
        if problems.get(outlet):
            verdict[outlet] = str(problems[outlet])
            continue
        reasons = judge_outlet(health.get(outlet) or {}, floors)
        if reasons:
            verdict[outlet] = "; ".join(reasons)
    return verdict


# -- rendering -------------------------------------------------------------------------------

def share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _cell(value: Any) -> str:
    text = "-" if value is None or value == "" else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(summary: Mapping[str, Any]) -> str:
    """The flow run's artifact: per outlet figures, coverage, rejects by reason, verdict."""
    load = summary["load"]
    health = load.get("health") or {}
    failures = summary.get("failures") or {}
    stats = summary.get("outlet_stats") or {}
    lines = [f"# warta {summary['flow']} run `{summary['run_id']}`: {summary['status']}", ""]
    if failures:
        lines += ["**Failed outlets**", "", *[f"- **{o}**: {r}" for o, r in failures.items()],
                  ""]
    if summary.get("unpublished"):  # loaded here, not in the shared storage (flows/sharing.py)
        lines += [f"**Loaded here but {summary['unpublished']}**; `warta load --pending` "
                  "publishes it.", ""]
    lines += [
        f"Pages newly archived **{load['pages']}**; articles new **{load['articles_new']}**, "
        f"updated **{load['articles_updated']}**, unchanged **{load['articles_unchanged']}**; "
        f"events **{load.get('events', 0)}**; rejects **{load['rejects']}**.", "",
        "| outlet | finish | discovered | pages | article pages | new | updated | unchanged "
        "| outside pattern | events | rejects | with date | with body | with author "
        "| with event date | verdict |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for outlet in sorted({*stats, *health}):
        h, s = health.get(outlet) or {}, stats.get(outlet) or {}
        cells = [outlet, s.get("finish_reason") or h.get("finish_reason"),
                 s.get("discovered", h.get("discovered")), h.get("pages_fetched", 0),
                 h.get("article_pages", 0), h.get("articles_new", 0),
                 h.get("articles_updated", 0), h.get("articles_unchanged", 0),
                 h.get("articles_outside_pattern"), h.get("events", 0), h.get("rejects", 0),
                 *(share(h.get(f"share_{f}")) for f in FIELDS),
                 f"FAILED: {failures[outlet]}" if outlet in failures else "ok"]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    outside = {o: n for o, h in sorted(health.items())
               if (n := h.get("articles_outside_pattern"))}
    if outside:
        lines += ["", "**Articles outside the URL pattern** (pages that show themselves "
                  "articles at URLs the outlet's article_pattern does not match: the site's "
                  "addresses changed? update spiders/outlets/):", "",
                  *[f"- **{o}**: {n}" for o, n in outside.items()]]
    capped = {o: n for o, h in sorted(health.items()) if (n := h.get("caps_hit"))}
    if capped:
        lines += ["", f"**Discovery caps hit** ({CAPS_NOTE}):", "",
                  *[f"- **{o}**: {n}" for o, n in capped.items()]]
    by_reason = [(o, r) for o, h in sorted(health.items())
                 for r in h.get("rejects_by_reason") or []]
    if by_reason:
        lines += ["", "## Rejects by reason", "", "| outlet | stage | reason | rejects |",
                  "|---|---|---|---:|"]
        lines += [f"| {_cell(o)} | {_cell(r['stage'])} | {_cell(r['reason'][:200])} | "
                  f"{r['rejects']} |" for o, r in by_reason]
    floors = summary.get("floors")
    if floors:
        judged = ", ".join(f"{LABELS[f]} {floors[f]:.0%}" for f in FIELDS if floors[f] > 0)
        lines += ["", f"Floors: {judged or 'none'} of an outlet's articles, judged from "
                  f"{floors['min_sample']} articles up; zero articles from fetched article "
                  "pages fails the run."]
    if load.get("quarantined"):
        lines += ["", "Quarantined batches:", *[f"- {q}" for q in load["quarantined"]]]
    return "\n".join(lines)


CAPS_NOTE = ("a listing page limit or a sitemap bound stopped a walk that would have gone "
             "on: articles beyond it may be missing; the discover rejects name it")
RUN_COLUMNS = ("run", "flow", "host", "status", "outlet", "finish", "pages", "new", "upd", "same",
               "outside", "events", "rejects", "date", "body", "author", "ev.date", "failed")


def run_rows(runs: Iterable[Mapping[str, Any]]) -> list[list[str]]:
    """One table row per (run, outlet); a run without per-outlet figures gets one row."""
    rows = []
    for run in runs:
        # no host: a run recorded before migration 012
        head = [run["run_id"], run["flow"], run.get("host") or "-", run["status"] or "-"]
        outlets = run.get("outlets") or []
        if not outlets:
            rows.append([*head, "(all)", "-", str(run.get("pages_fetched") or 0),
                         *(str(run.get(k) or 0) for k in
                           ("articles_new", "articles_updated", "articles_unchanged")),
                         "-", "-", str(run.get("rejects") or 0), "-", "-", "-", "-",
                         (run.get("message") or "")[:80]])
            continue
        for h in outlets:
            outside = h.get("articles_outside_pattern")  # None: a run before migration 006
            rows.append([*head, h["outlet"], h.get("finish_reason") or "-",
                         *(str(h.get(k) or 0) for k in
                           ("pages_fetched", "articles_new", "articles_updated",
                            "articles_unchanged")),
                         "-" if outside is None else str(outside),
                         *(str(h.get(k) or 0) for k in ("events", "rejects")),
                         *(share(h.get(f"share_{f}")) for f in FIELDS),
                         (h.get("failed_reason") or "")[:80]])
    return rows


def cap_notes(runs: Iterable[Mapping[str, Any]]) -> list[str]:
    """One line per (run, outlet) whose crawl hit a discovery cap, for ``warta health``."""
    return [f"caps hit: run {run['run_id']} {h['outlet']}: {h['caps_hit']} ({CAPS_NOTE})"
            for run in runs for h in run.get("outlets") or [] if h.get("caps_hit")]


def text_table(headers: Iterable[str], rows: list[list[str]]) -> str:
    headers = list(headers)
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *rows, strict=True)]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True))
                     .rstrip() for row in [headers, *rows])


# -- chart -----------------------------------------------------------------------------------

def daily_series(rows: Iterable[tuple[date, str, int, int]], days: int
                 ) -> tuple[list[date], dict[str, dict[str, list[int]]]]:
    """(day, outlet, articles, events) rows -> the last ``days`` days up to the newest day
    in the rows, every day present (zero when nothing was published: a gap shows)."""
    rows = list(rows)
    if not rows:
        return [], {}
    end = max(r[0] for r in rows)
    axis = [end - timedelta(days=n) for n in range(days - 1, -1, -1)]
    index = {d: i for i, d in enumerate(axis)}
    series: dict[str, dict[str, list[int]]] = {}
    for day, outlet, articles, events in rows:
        if day not in index:
            continue
        per = series.setdefault(outlet, {"articles": [0] * days, "events": [0] * days})
        per["articles"][index[day]] += articles
        per["events"][index[day]] += events
    return axis, dict(sorted(series.items()))


def write_chart(rows: Iterable[tuple[date, str, int, int]], path: str | Path,
                days: int = 60) -> bool:
    """PNG of articles (bars) and events (line) per publication day, one panel per outlet,
    so an outlet that went quiet stands out. An empty warehouse gets an empty-state chart
    saying so (a dashboard's image link keeps working). True when there was data."""
    from matplotlib.figure import Figure  # no pyplot: Agg canvas, no display, no state
    from matplotlib.ticker import MaxNLocator

    axis, series = daily_series(rows, days)
    fig = Figure(figsize=(11, 1.0 + 1.5 * max(len(series), 2)), layout="constrained")
    if not series:
        ax = fig.subplots()
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated articles in the warehouse yet", ha="center",
                va="center", fontsize=14, transform=ax.transAxes)
    else:
        axes = fig.subplots(len(series), 1, sharex=True, squeeze=False)[:, 0]
        for ax, (outlet, per) in zip(axes, series.items(), strict=True):
            ax.bar(axis, per["articles"], width=0.8, color="tab:blue", label="articles")
            ax.plot(axis, per["events"], color="tab:red", marker=".", label="events")
            ax.set_ylabel(outlet, rotation=0, ha="right", va="center")
            ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))
            ax.grid(axis="y", alpha=0.3)
        axes[0].legend(loc="upper left", fontsize="small", ncols=2)
        fig.suptitle(f"warta: articles and events per outlet per publication day "
                     f"({axis[0]} to {axis[-1]})")
        fig.autofmt_xdate()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png", dpi=100)
    return bool(series)
