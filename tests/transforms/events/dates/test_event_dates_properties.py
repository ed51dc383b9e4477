"""Property tests for transforms.events.dates.find (``find_event_dates``, the scan production runs):
total, well-typed, plausible, deterministic, with and without a publication date.

300 examples per test keep the suite fast. For a long run (10,000 examples per test):

    WARTA_HYPOTHESIS_EXAMPLES=10000 .venv/bin/python -m pytest -q \
        tests/transforms/events/dates/test_event_dates_properties.py
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.events.dates.find import (
    EventDate,
    Rejected,
    choose_event_date,
    find_event_dates,
)

EXAMPLES = int(os.environ.get("WARTA_HYPOTHESIS_EXAMPLES", "300"))
OUTLET_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
PARTS_OF_DAY = {"pagi", "siang", "sore", "malam", "dini hari"}

zones = st.sampled_from(OUTLET_ZONES)
published = st.datetimes(
    min_value=datetime(1995, 1, 1), max_value=datetime(2035, 12, 31),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=14)),
                               *(ZoneInfo(z) for z in OUTLET_ZONES)]),
)
any_text = st.text(st.characters(), max_size=200)  # unicode, control characters, all of it

WEEKDAY_WORDS = ["Senin", "selasa", "Rabu", "rabu", "Kamis", "KAMIS", "Jumat", "Jum'at",
                 "Jum’at", "Sabtu", "Minggu", "minggu", "Ahad"]
MONTH_WORDS = ["Januari", "Jan", "Feb.", "Maret", "mar", "Apr", "Mei", "Juni", "Jul", "Agu",
               "Agt", "Ags", "Agustus", "Sep", "Sept", "Okt", "Oktober", "Nov", "Nop", "Des",
               "desember", "November"]
FILLERS = ["pukul", "sekitar", "sekira", "waktu setempat", "WIB", "WITA", "WIT", "pagi", "siang",
           "sore", "malam", "dini hari", "tadi", "kemarin", "kemaren", "lalu", "yang lalu",
           "mendatang", "akan dilaksanakan pada", "hari ini", "besok", "lusa", "jam", "menit",
           "hari", "pekan", "sepekan", "se", "ini", "depan", "lagi", "setiap", "Nomor", "Tahun",
           "Rp", "tanggal", "bulan", "Pilkada"]
PUNCTUATION = ["/", "//", "-", "(", ")", ",", ".", ":", " ", " ", " ", "'", "’", "\n", "–"]
numbers = st.one_of(st.integers(0, 40).map(str), st.integers(0, 12).map(lambda n: f"{n:02d}"),
                    st.integers(0, 9999).map(str), st.sampled_from(["2024", "24", "202", "1985"]))
token = st.one_of(st.sampled_from(WEEKDAY_WORDS), st.sampled_from(MONTH_WORDS),
                  st.sampled_from(FILLERS), st.sampled_from(PUNCTUATION), numbers)
date_like = st.lists(token, max_size=14).map("".join)
spaced = st.lists(token, max_size=14).map(" ".join)
strings = st.one_of(date_like, spaced, any_text)


def _local_date(pub: datetime, tz: str) -> date:
    return pub.astimezone(ZoneInfo(tz)).date()


def _assert_sound(found: object, pub: datetime, tz: str) -> None:
    """Types are right and an accepted date is plausible for the publication date."""
    if found is None:
        return
    if isinstance(found, Rejected):
        assert isinstance(found.raw, str) and isinstance(found.reason, str) and found.reason
        return
    assert isinstance(found, EventDate)
    assert type(found.value) is date
    assert isinstance(found.raw, str) and found.raw
    assert isinstance(found.confidence, float) and 0.0 <= found.confidence <= 1.0
    assert isinstance(found.announced, bool) and isinstance(found.weekday_mismatch, bool)
    assert found.time is None or isinstance(found.time, time)
    assert found.part_of_day is None or found.part_of_day in PARTS_OF_DAY
    assert isinstance(found.method, str) and found.method
    assert found.value >= date(1990, 1, 1)
    local = _local_date(pub, tz)
    if not found.announced:
        assert found.value <= local + timedelta(days=1)
    else:
        assert found.value > local


def _first(text: str, pub: datetime | None, tz: str, url: str | None = None):
    found = find_event_dates(text, pub, tz, url)
    return found[0] if found else None


@settings(max_examples=EXAMPLES, deadline=None)
@given(raw=strings, pub=published, tz=zones)
def test_a_string_is_read_totally_well_typed_and_plausibly(raw, pub, tz):
    for found in find_event_dates(raw, pub, tz):
        _assert_sound(found, pub, tz)
        assert found.raw in raw
        assert found.span is not None and raw[found.span[0]:found.span[1]] == found.raw


@settings(max_examples=EXAMPLES, deadline=None)
@given(parts=st.lists(strings, max_size=6), pub=published, tz=zones)
def test_find_is_total_ordered_and_plausible(parts, pub, tz):
    text = " ".join(parts)
    found = find_event_dates(text, pub, tz)
    assert isinstance(found, list)
    position = 0
    for mention in found:
        assert isinstance(mention, EventDate | Rejected)
        _assert_sound(mention, pub, tz)
        at = text.find(mention.raw, position)  # mentions do not overlap and come in text order
        assert at >= 0
        position = at + len(mention.raw)
    chosen = choose_event_date(text, found)
    assert chosen is None or chosen in found


@settings(max_examples=EXAMPLES, deadline=None)
@given(parts=st.lists(strings, max_size=6), tz=zones,
       url=st.sampled_from([None, "https://contoh.id/2024/09/11/apel/", "https://contoh.id/a/",
                            "https://contoh.id/2020/10/ikrar.html", "https://x.id/07/11/2024/b"]))
def test_without_a_publication_date_only_written_dates_are_read(parts, tz, url):
    text = " ".join(parts)
    for found in find_event_dates(text, None, tz, url):
        assert found.span is not None and text[found.span[0]:found.span[1]] == found.raw
        if isinstance(found, EventDate):
            assert found.method not in ("weekday", "relative")
            assert found.value >= date(1990, 1, 1)
        else:
            assert found.reason


@settings(max_examples=EXAMPLES, deadline=None)
@given(raw=strings, pub=st.one_of(st.none(), published), tz=zones)
def test_results_are_deterministic(raw, pub, tz):
    assert find_event_dates(raw, pub, tz) == find_event_dates(raw, pub, tz)


@settings(max_examples=EXAMPLES, deadline=None)
@given(pub=published, tz=zones, day=st.integers(1, 31), month=st.integers(1, 12),
       weekday=st.sampled_from(WEEKDAY_WORDS[:1] + WEEKDAY_WORDS[2:]))
def test_year_less_dates_are_never_far_after_publication(pub, tz, day, month, weekday):
    found = _first(f"{weekday} ({day}/{month})", pub, tz)
    assert found is not None
    _assert_sound(found, pub, tz)
    if isinstance(found, EventDate):
        assert (found.value.day, found.value.month) == (day, month)
        assert found.value >= _local_date(pub, tz) - timedelta(days=366 * 4 + 1)
    else:
        assert found.reason.startswith("invalid day")
