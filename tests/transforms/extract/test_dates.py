from datetime import UTC, datetime

import pytest

from transforms.extract.dates import parse_published, plausible

FETCHED = datetime(2024, 10, 15, 1, 0, tzinfo=UTC)

# (raw string, outlet zone, expected UTC ISO, method)
CASES = [
    ("2024-09-26T10:15:00+07:00", "Asia/Jakarta", "2024-09-26T03:15:00+00:00", "iso"),
    ("2024-09-26T03:15:00Z", "Asia/Jakarta", "2024-09-26T03:15:00+00:00", "iso"),
    ("2024-07-04 15:30:00", "Asia/Jakarta", "2024-07-04T08:30:00+00:00", "iso"),
    ("2024-03-05T09:20:00", "Asia/Makassar", "2024-03-05T01:20:00+00:00", "iso"),
    ("Thu, 26 Sep 2024 10:15:00 +0700", "Asia/Jakarta", "2024-09-26T03:15:00+00:00", "rfc822"),
    ("Sun, 28 Aug 2022 21:39:36 +0700", "Asia/Jakarta", "2022-08-28T14:39:36+00:00", "rfc822"),
    ("Thu, 04 Jul 2024 08:30:00 +0000", "Asia/Jakarta", "2024-07-04T08:30:00+00:00", "rfc822"),
    ("Kamis, 26 September 2024 10:15 WIB", "Asia/Jakarta", "2024-09-26T03:15:00+00:00",
     "indonesian"),
    ("Senin, 14 Oktober 2024 | 17:55 WIB", "Asia/Jakarta", "2024-10-14T10:55:00+00:00",
     "indonesian"),
    ("Senin, 14 Oktober 2024 | 17:55 WITA", "Asia/Jakarta", "2024-10-14T09:55:00+00:00",
     "indonesian"),
    ("Rabu, 5 Maret 2024 09.20 WITA", "Asia/Makassar", "2024-03-05T01:20:00+00:00",
     "indonesian"),
    ("5 Maret 2024 09.20", "Asia/Makassar", "2024-03-05T01:20:00+00:00", "indonesian"),
    ("Sabtu, 13 Juli 2024", "Asia/Jakarta", "2024-07-12T17:00:00+00:00", "indonesian"),
    ("17 Agt 2024 08:00 WIT", "Asia/Jakarta", "2024-08-16T23:00:00+00:00", "indonesian"),
    ("1 Nop 2024, 07:00 WIB", "Asia/Jakarta", "2024-11-01T00:00:00+00:00", "indonesian"),
    ("Jum'at, 12 Juli 2024 pukul 21.00 WIB", "Asia/Jakarta", "2024-07-12T14:00:00+00:00",
     "indonesian"),
]


@pytest.mark.parametrize(("raw", "tz", "expected", "method"), CASES)
def test_published_strings(raw, tz, expected, method):
    parsed = parse_published(raw, tz)
    assert parsed is not None
    assert parsed.value.isoformat() == expected
    assert parsed.method == method
    assert parsed.value.tzinfo is not None


@pytest.mark.parametrize("raw", ["", "   ", None, "garbage", "31 September 2024",
                                 "Kamis, 21/9/202", "x" * 500])
def test_unparseable_strings_give_none(raw):
    assert parse_published(raw, "Asia/Jakarta") is None


def test_relative_strings_need_a_reference_time():
    assert parse_published("2 jam lalu", "Asia/Jakarta") is None  # never reads the clock
    parsed = parse_published("2 jam lalu", "Asia/Jakarta", now=FETCHED)
    assert parsed is not None and parsed.value == datetime(2024, 10, 14, 23, 0, tzinfo=UTC)


def test_plausible_rejects_future_and_ancient():
    assert plausible(datetime(2024, 10, 14, tzinfo=UTC), FETCHED)
    assert not plausible(datetime(2024, 10, 20, tzinfo=UTC), FETCHED)
    assert not plausible(datetime(1970, 1, 1, tzinfo=UTC), FETCHED)


@pytest.mark.parametrize(("raw", "expected"), [
    ("Sabtu, Maret 30, 2024", "2024-03-29T17:00:00+00:00"),
    ("Posted on June 19, 2015 at 10:05", "2015-06-19T03:05:00+00:00"),
    ("Kamis, Oktober 17, 2024 09.30 WIB", "2024-10-17T02:30:00+00:00"),
])
def test_month_first_dates_of_blog_templates(raw, expected):
    parsed = parse_published(raw, "Asia/Jakarta")
    assert parsed is not None and parsed.value.isoformat() == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Jumat, 18/10/2024 11:58 WIB", "2024-10-18T04:58:00+00:00"),
    ("18-10-2024 | 09.30", "2024-10-18T02:30:00+00:00"),
    ("Jumat, 18/10/2024", "2024-10-17T17:00:00+00:00"),
])
def test_dates_in_digits_read_day_first(raw, expected):
    parsed = parse_published(raw, "Asia/Jakarta")
    assert parsed is not None and parsed.value.isoformat() == expected
    assert parsed.method == "indonesian"


def test_a_digit_run_that_is_no_date_is_not_read_as_one():
    assert parse_published("18/13/2024", "Asia/Jakarta") is None or \
        parse_published("18/13/2024", "Asia/Jakarta").method != "indonesian"
