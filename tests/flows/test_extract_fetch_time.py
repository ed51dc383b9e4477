"""``warta extract`` checks a page's dates against a fetch time, as a crawl does: the
``--fetched-at`` given, else the time of the command. A publication date after it (+1 day)
is not taken, and event dates are then read without it, exactly as extraction of an archived
record (``transforms.record.extract_record``) reads the same page fetched at that time."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from typer.testing import CliRunner

from flows.cli import app
from spiders.registry import context_for_url
from transforms.record import extract_record

URL = "https://warta-nagari.example/berita/camat-ingatkan-asn-netral/"
PUBLISHED = "2031-01-01T09:00:00+07:00"  # a Wednesday; "Kamis (2/1)" is the day after
PAGE = (
    "<html lang='id'><head><title>Camat Ingatkan ASN Netral | Warta Nagari</title>"
    "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": "
    "\"NewsArticle\", \"headline\": \"Camat Ingatkan ASN Netral\", \"datePublished\": "
    f"\"{PUBLISHED}\"}}</script></head><body><h1>Camat Ingatkan ASN Netral</h1>"
    "<div class='isi'><p>Camat Lubuk Basung Rahmat Hidayat memimpin apel netralitas aparatur "
    "sipil negara di halaman kantor camat pada Kamis (2/1), diikuti sekitar seratus pegawai."
    "</p><p>Ia meminta pegawai tidak menghadiri kampanye pasangan calon dan tidak memberi tanda "
    "suka pada unggahan kampanye di media sosial selama masa Pilkada.</p></div></body></html>"
)


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def extract(page, *options: str) -> dict:
    result = CliRunner().invoke(app, ["extract", str(page), "--url", URL, *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def dates(out: dict) -> tuple:
    article = out["article"]
    return (article["published_at"], article["published_source"],
            [e["event_date"] for e in out["events"]])


def test_a_publication_date_after_the_fetch_time_is_not_taken(page):
    out = extract(page, "--fetched-at", "2030-12-20T00:00:00Z")
    assert out["article"]["fetched_at"] == "2030-12-20T00:00:00+00:00"
    # nor is "Kamis (2/1)" read against it: no year, no event date
    assert dates(out) == (None, None, [None])


def test_a_publication_date_up_to_the_fetch_time_is_taken(page):
    out = extract(page, "--fetched-at", "2031-01-01T05:00:00+00:00")
    assert dates(out) == ("2031-01-01T02:00:00+00:00", "jsonld", ["2031-01-02"])


def test_without_fetched_at_the_reference_is_the_time_of_the_command(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace(PUBLISHED, "2099-01-01T09:00:00+07:00"), encoding="utf-8")
    out = extract(path)
    assert datetime.fromisoformat(out["article"]["fetched_at"]).year < 2099
    assert dates(out) == (None, None, [None])


def test_a_time_without_an_offset_is_utc(page):
    out = extract(page, "--fetched-at", "2031-01-01T05:00")
    assert out["article"]["fetched_at"] == "2031-01-01T05:00:00+00:00"
    assert out["article"]["published_at"] == "2031-01-01T02:00:00+00:00"


@pytest.mark.parametrize("written", ["Kamis (2/1)", "Kamis (9/1/2031)"])
@pytest.mark.parametrize("fetched_at", ["2030-12-20T00:00:00+00:00", "2031-01-01T05:00:00+00:00",
                                        "2031-01-03T00:00:00+00:00", "2031-02-01T00:00:00+00:00"])
def test_extract_reads_dates_as_the_crawl_path_does(tmp_path, written, fetched_at):
    """Same page, same fetch time: the same publication and event dates as an archived
    record of a crawl, whichever side of the fetch time the page's dates fall."""
    html = PAGE.replace("Kamis (2/1)", written)
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    out = extract(path, "--fetched-at", fetched_at)
    ctx = context_for_url(URL, fetched_at=datetime.fromisoformat(fetched_at))
    record = {"url": URL, "outlet": ctx.outlet, "run_id": "r1", "warc_file": "a.warc.gz",
              "warc_offset": 0, "kind": "article"}
    kind, row = extract_record(record, html.encode(), "text/html; charset=utf-8", ctx)
    assert kind == "article", row
    crawled = {"article": row, "events": json.loads(json.dumps(row["events"]))}
    assert dates(out) == dates(crawled)
    assert out["events"] == crawled["events"]
    assert out["article"]["fetched_at"] == row["fetched_at"]


def test_an_event_day_after_the_fetch_and_its_publication_is_refused(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("Kamis (2/1)", "Kamis (9/1/2031)"), encoding="utf-8")
    out = extract(path, "--fetched-at", "2031-01-01T05:00:00+00:00")
    assert dates(out) == ("2031-01-01T02:00:00+00:00", "jsonld", [None])


@pytest.mark.parametrize("value", ["yesterday", "2031-13-01", "17/10/2024"])
def test_a_fetch_time_that_is_no_time_is_refused(page, value):
    result = CliRunner().invoke(app, ["extract", str(page), "--url", URL, "--fetched-at", value])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: --fetched-at {value!r} is not an ISO time")
