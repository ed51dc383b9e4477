"""The report page counts occasions: every figure it prints equals a count over the base tables.

The warehouse (tests/fixtures/occasion_warehouse.py) has one occasion reported by three
outlets, an article with two occasions and a story published at 00:30 WIB on 1 November;
the page is read back as a reader would (its tables, parsed) and each number is recomputed
from ``events``, ``occasions`` and ``articles`` directly, not from the views it was built on.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from occasion_warehouse import ARTICLES, EVENTS, build

from warehouse.db import reader
from warehouse.report import collect, markdown_summary, render_html, write_page


class Tables(HTMLParser):
    """Every ``<table id=...>`` of a page as rows of cell texts (header row included)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.spans: dict[str, str] = {}
        self._table: str | None = None
        self._span: str | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self._table = attrs.get("id")
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table:
            self._cell = []
        elif tag == "span" and attrs.get("id"):
            self._span = attrs["id"]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None
        elif tag == "span":
            self._span = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._span:
            self.spans[self._span] = data


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = build(tmp_path_factory.mktemp("report") / "w.duckdb")
    with reader(path) as con:
        figures = collect(con)
        html = render_html(figures, warehouse=str(path), now=datetime(2024, 12, 1, tzinfo=UTC))
        parsed = Tables()
        parsed.feed(html)
        yield parsed, con, figures, html


def body(parsed: Tables, name: str) -> list[list[str]]:
    return parsed.tables[name][1:]


def test_totals_count_occasions_not_reports(page):
    parsed, con, _, html = page
    occasions = con.execute("SELECT count(DISTINCT occasion_id) FROM events").fetchone()[0]
    assert int(parsed.spans["occasions"]) == occasions == 4  # three reports of one apel
    assert int(parsed.spans["reports"]) == len(EVENTS)
    assert f"reports in {len(ARTICLES)} articles" in " ".join(html.split())


def test_per_province_counts_each_occasion_once(page):
    parsed, con, _, _ = page
    expected = {p: (n, r) for p, n, r in con.execute(
        "SELECT o.province, count(DISTINCT o.occasion_id), count(e.event_id) "
        "FROM occasions o JOIN events e USING (occasion_id) GROUP BY 1").fetchall()}
    got = {row[0]: (int(row[1]), int(row[2])) for row in body(parsed, "per-province")}
    assert got == expected and got["Sumatera Barat"] == (1, 3)


def test_per_province_month_uses_local_days(page):
    parsed, con, _, _ = page
    # an occasion's day: its own date, else its first report's publication day in the
    # outlet's zone (recomputed here from the base tables, not the views)
    expected = {}
    for province, day, reports in con.execute(
            "SELECT o.province, coalesce(o.occasion_date, CAST(timezone(t.timezone, "
            "a.published_at) AS DATE)), o.reports FROM occasions o "
            "JOIN articles a ON a.canonical_url = o.first_url "
            "JOIN outlets t ON t.slug = a.outlet").fetchall():
        n, r = expected.get((province, f"{day:%Y-%m}"), (0, 0))
        expected[(province, f"{day:%Y-%m}")] = (n + 1, r + reports)
    table = parsed.tables["per-province-month"]
    months = table[0][1:]
    got = {}
    for row in table[1:]:
        for month, cell in zip(months, row[1:], strict=True):
            if cell:
                n, _, r = cell.partition(" / ")
                got[(row[0], month)] = (int(n), int(r or n))
    assert got == expected
    assert got[("Sulawesi Tenggara", "2024-11")] == (1, 1)  # 00:30 WIB on 1 November


def test_per_activity_counts_occasions(page):
    parsed, con, _, _ = page
    expected = {a: n for a, n in con.execute(
        "SELECT act, count(DISTINCT occasion_id) FROM (SELECT unnest(activities) AS act, "
        "occasion_id FROM events) GROUP BY act").fetchall()}
    got = {row[0]: int(row[1]) for row in body(parsed, "per-activity")}
    assert got == expected and got["apel"] == 1


def test_per_outlet_counts_an_occasion_once_under_each_outlet(page):
    parsed, con, _, _ = page
    expected = {}
    for outlet, occasions, reports in con.execute(
            "SELECT coalesce(t.name, a.outlet), count(DISTINCT e.occasion_id), count(*) "
            "FROM events e JOIN articles a USING (canonical_url) "
            "LEFT JOIN outlets t ON t.slug = a.outlet GROUP BY 1").fetchall():
        expected[outlet] = (occasions, reports)
    got = {row[0]: (int(row[1]), int(row[2])) for row in body(parsed, "per-outlet")}
    assert got == expected
    first = {row[0]: int(row[3]) for row in body(parsed, "per-outlet")}
    assert first == {"Langgam": 2, "Suara Kendari": 2, "other:beritaminang.test": 0}


def test_latest_occasions_show_their_evidence_sentence(page):
    parsed, con, _, _ = page
    rows = body(parsed, "latest")
    assert len(rows) == con.execute("SELECT count(*) FROM occasions").fetchone()[0]
    padang = next(r for r in rows if r[1] == "Kota Padang")
    assert padang[4] == "3" and padang[5] == "langgam, suarakendari, other:beritaminang.test"
    first_sentence = next(e[7] for e in EVENTS if e[0] == "p1")  # the earliest report's
    assert padang[7] == first_sentence
    assert [r[0] for r in rows] == sorted((r[0] for r in rows), reverse=True)


def test_the_artifact_summary_has_the_same_figures(page):
    _, _, figures, _ = page
    text = markdown_summary(figures)
    assert text.startswith(f"**4 occasions** from {len(EVENTS)} reports")
    assert "| Sumatera Barat | 1 | 3 | 300 |" in text
    assert "| Suara Kendari | 3 | 3 | 2 |" in text


def test_a_failed_write_keeps_the_last_whole_page(page, tmp_path):
    """The page is written to a file of its own and renamed over the last one: a write that
    fails half-way (here a name that cannot be encoded, as a full disk would) leaves the last
    page whole and no temporary file, so a reader never opens half a page."""
    _, _, figures, html = page
    target = tmp_path / "w-report.html"
    write_page(target, figures, warehouse="w.duckdb", now=datetime(2024, 12, 1, tzinfo=UTC))
    last = target.read_text(encoding="utf-8")
    assert last.endswith("</html>")
    with pytest.raises(UnicodeEncodeError):
        write_page(target, figures, warehouse="w\ud800.duckdb",
                   now=datetime(2024, 12, 2, tzinfo=UTC))
    assert target.read_text(encoding="utf-8") == last
    assert [p.name for p in tmp_path.iterdir()] == ["w-report.html"]
