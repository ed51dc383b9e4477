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
PUBLISHED = "2024-10-20T09:00:00+07:00"  # a Sunday; "Senin (21/10)" is the day after
PAGE = (
    "<html lang='id'><head><title>Camat Ingatkan ASN Netral | Warta Nagari</title>"
    "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": "
    "\"NewsArticle\", \"headline\": \"Camat Ingatkan ASN Netral\", \"datePublished\": "
    f"\"{PUBLISHED}\"}}</script></head><body><h1>Camat Ingatkan ASN Netral</h1>"
    "<div class='isi'><p>Camat Lubuk Basung Rahmat Hidayat memimpin apel netralitas aparatur "
    "sipil negara di halaman kantor camat pada Senin (21/10), diikuti sekitar seratus pegawai."
    "</p><p>Ia meminta pegawai tidak menghadiri kampanye pasangan calon dan tidak memberi tanda "
    "suka pada unggahan kampanye di media sosial selama masa Pilkada.</p></div></body></html>"
)


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def extract(page, *options: str, url: str = URL) -> dict:
    result = CliRunner().invoke(app, ["extract", str(page), "--url", url, *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def dates(out: dict) -> tuple:
    article = out["article"]
    return (article["published_at"], article["published_source"],
            [e["event_date"] for e in out["events"]])


def test_a_publication_date_after_the_fetch_time_is_not_taken(page):
    out = extract(page, "--fetched-at", "2024-10-17T00:00:00Z")
    assert out["article"]["fetched_at"] == "2024-10-17T00:00:00+00:00"
    # nor is "Senin (21/10)" read against it: no year, no event date
    assert dates(out) == (None, None, [None])


def test_a_publication_date_up_to_the_fetch_time_is_taken(page):
    out = extract(page, "--fetched-at", "2024-10-20T05:00:00+00:00")
    assert dates(out) == ("2024-10-20T02:00:00+00:00", "jsonld", ["2024-10-21"])


def test_without_fetched_at_the_reference_is_the_time_of_the_command(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace(PUBLISHED, "2099-01-01T09:00:00+07:00"), encoding="utf-8")
    out = extract(path)
    assert datetime.fromisoformat(out["article"]["fetched_at"]).year < 2099
    assert dates(out) == (None, None, [None])


def test_a_time_without_an_offset_is_utc(page):
    out = extract(page, "--fetched-at", "2024-10-20T05:00")
    assert out["article"]["fetched_at"] == "2024-10-20T05:00:00+00:00"
    assert out["article"]["published_at"] == "2024-10-20T02:00:00+00:00"


@pytest.mark.parametrize("written", ["Senin (21/10)", "Senin (28/10/2024)"])
@pytest.mark.parametrize("fetched_at", ["2024-10-17T00:00:00+00:00", "2024-10-20T05:00:00+00:00",
                                        "2024-10-22T00:00:00+00:00", "2024-11-15T00:00:00+00:00"])
def test_extract_reads_dates_as_the_crawl_path_does(tmp_path, written, fetched_at):
    """Same page, same fetch time: the same publication and event dates as an archived
    record of a crawl, whichever side of the fetch time the page's dates fall."""
    html = PAGE.replace("Senin (21/10)", written)
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
    path.write_text(PAGE.replace("Senin (21/10)", "Senin (28/10/2024)"), encoding="utf-8")
    out = extract(path, "--fetched-at", "2024-10-20T05:00:00+00:00")
    assert dates(out) == ("2024-10-20T02:00:00+00:00", "jsonld", [None])


def test_a_relative_date_counts_back_from_the_fetch_time(tmp_path):
    """An outlet whose byline prints "2 jam lalu" (minangsatu's date selector); the page's
    JSON-LD date, after the fetch, is not taken."""
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("</h1>", "</h1><span class='tanggal-berita'>2 jam lalu</span>"),
                    encoding="utf-8")
    out = extract(path, "--fetched-at", "2024-10-17T05:00:00Z",
                  url="https://minangsatu.com/berita/camat-ingatkan-asn-netral/")
    assert (out["article"]["published_raw"], out["article"]["published_at"]) == (
        "2 jam lalu", "2024-10-17T03:00:00+00:00")


@pytest.mark.parametrize(("value", "says"), [
    ("yesterday", "is not an ISO time"),
    ("2024-13-01", "is not an ISO time"),
    ("17/10/2024", "is not an ISO time"),
    ("9999-12-31T23:59:59", "is in the future"),
    ("1970-01-01T00:00:00Z", "is before 1990"),
])
def test_a_fetch_time_that_is_no_time_is_refused(page, value, says):
    result = CliRunner().invoke(app, ["extract", str(page), "--url", URL, "--fetched-at", value])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: --fetched-at {value!r} {says}")
