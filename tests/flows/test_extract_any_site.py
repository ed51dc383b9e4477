"""``warta extract PAGE --url URL`` on a site outside the registry: a generic outlet
(``other:<host>``, no selectors), Asia/Jakarta unless ``--timezone`` says otherwise."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from flows.cli import app

URL = "https://warta-nagari.example/2024/10/17/camat-ingatkan-asn-netral/"
PAGE = (
    "<html lang='id'><head><title>Camat Ingatkan ASN Netral | Warta Nagari</title></head><body>"
    "<h1>Camat Ingatkan ASN Netral</h1><p>Kamis, 17 Oktober 2024 09:30</p>"
    "<div class='isi'><p>Camat Lubuk Basung Rahmat Hidayat mengingatkan aparatur sipil negara di "
    "kecamatan itu agar menjaga netralitas selama masa kampanye Pilkada 2024.</p><p>Ia meminta "
    "pegawai tidak menghadiri kampanye pasangan calon dan tidak memberi tanda suka pada unggahan "
    "kampanye di media sosial.</p></div></body></html>"
)


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_a_site_outside_the_registry_is_extracted_as_a_generic_outlet(page):
    result = CliRunner().invoke(app, ["extract", str(page), "--url", URL])
    assert result.exit_code == 0, result.output
    article = json.loads(result.output)["article"]
    assert article["outlet"] == "other:warta-nagari.example"
    assert article["title"] == "Camat Ingatkan ASN Netral"
    assert (article["published_at"], article["published_source"]) == (
        "2024-10-17T02:30:00+00:00", "byline")  # 09:30 in Jakarta


def test_the_timezone_option_reads_zone_less_times_in_that_zone(page):
    result = CliRunner().invoke(app, ["extract", str(page), "--url", URL,
                                      "--timezone", "Asia/Makassar"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["article"]["published_at"] == "2024-10-17T01:30:00+00:00"


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--timezone", "Asia/Atlantis", "unknown time zone"),
    ("--outlet", "tidak-ada", "unknown outlet"),
])
def test_a_bad_zone_or_outlet_is_refused_with_a_reason(page, option, value, message):
    result = CliRunner().invoke(app, ["extract", str(page), "--url", URL, option, value])
    assert result.exit_code == 2 and message in result.output


def test_the_events_show_officials_and_offices_named_without_a_person_apart(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("</div>", "<p>Kepala Kesbangpol Kabupaten Agam juga "
                                 "mengingatkan hal serupa.</p></div>"), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--url", URL])
    assert result.exit_code == 0, result.output
    (event,) = json.loads(result.output)["events"]
    assert [(o["title"], o["name"]) for o in event["officials"]] == [("Camat", "Rahmat Hidayat")]
    assert event["offices"] == [{"title": "Kepala Kesbangpol", "region": "Kabupaten Agam"}]
    assert [o["title"] for o in event["evidence"]["offices"]] == ["Kepala Kesbangpol"]
