"""Fuzz tests for the date functions: no exception escapes, every result is well-formed.

Covers ``transforms.extract.dates.parse_published`` (published dates: ParsedDate or None),
``transforms.events.dates.find`` (the body scanner ``find_event_dates`` on single strings and on
bodies, ``event_date_of``: EventDate, a reasoned Rejected, or None) and
``transforms.events.assemble.extract_events``
(a list of Event). Inputs are Indonesian dates with random (often wrong) weekdays, "(26/9)",
WIB/WITA/WIT, relative words ("kemarin", "2 jam lalu"), ISO 8601 and RFC 822 shapes with
out-of-range fields, years 0000/0001/9999/99999, huge numbers, unicode digits, control
characters and plain garbage, alone or inside Indonesian sentences.

CI runs a few hundred examples per test, derandomized (the same examples on every run, no
example database) so it is deterministic. The long run, random, 10,000 examples per test
(about 30 minutes for both files on two cores; the statistics show what each test ran):

    WARTA_FUZZ_EXAMPLES=10000 nice -n 10 .venv/bin/python -m pytest -q -p no:cacheprovider \
        --timeout=0 --hypothesis-show-statistics \
        tests/transforms/events/dates/test_fuzz_dates.py \
        tests/transforms/extract/test_fuzz_extract.py

(``WARTA_HYPOTHESIS_EXAMPLES``, the convention of test_event_dates_properties.py, works too;
``WARTA_FUZZ_SEED=<int>`` makes a long run repeatable.) The settings and date strategies are
in tests/fixtures/strategies.py, shared with test_fuzz_extract.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import (
    OUTLET_ZONES,
    WEEKDAYS,
    assert_parsed,
    aware_now,
    date_strings,
    fuzz,
    published_dates,
    zones,
)

from transforms.events.assemble import extract_events
from transforms.events.dates.find import (
    EventDate,
    Rejected,
    event_date_of,
    find_event_dates,
)
from transforms.events.record import Event
from transforms.extract.dates import parse_published

# -- parse_published -------------------------------------------------------------------------


@fuzz(400)
@given(raw=date_strings, tz=zones, now=st.one_of(st.none(), aware_now))
@example(raw="0001-01-01", tz="Asia/Jakarta", now=None)
@example(raw="9999-12-31T23:00:00-05:00", tz="Asia/Jakarta", now=None)
@example(raw="1 Januari 0001", tz="Asia/Jayapura", now=None)
@example(raw="Jumat, 31 Desember 9999 23:59 WIT", tz="Asia/Jakarta", now=None)
def test_parse_published_never_raises_and_returns_aware_utc(raw, tz, now):
    parsed = parse_published(raw, tz, now=now)
    assert_parsed(parsed, raw, now)
    assert parse_published(raw, tz, now=now) == parsed  # deterministic (and cached)


@pytest.mark.parametrize("raw", [
    "0001-01-01", "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00", "9999-12-31",
    "1 Januari 0001", "Jumat, 31 Desember 9999 23:59 WIB", "31 Desember 9999",
])
@pytest.mark.parametrize("tz", ["Asia/Jakarta", "Pacific/Pago_Pago"])
def test_dates_at_the_edge_of_the_calendar_are_no_date(raw, tz):
    """Regression (fuzz): the UTC conversion of year 1/9999 overflowed (OverflowError)."""
    parsed = parse_published(raw, tz)
    assert_parsed(parsed, raw, None)


@pytest.mark.parametrize("raw", ["Mon, 01 Jan 0001 00:00:00 +0100", "01 Jan 0099 10:00:00 +0000"])
def test_rfc822_years_below_1000_are_not_read_as_this_century(raw):
    """Regression (fuzz): email.utils read the four-digit year 0001 as 2001."""
    parsed = parse_published(raw, "Asia/Jakarta")
    assert parsed is None or parsed.value.year < 1000


@fuzz(100)
@given(when=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31)),
       zone=st.sampled_from(["WIB", "WITA", "WIT"]), weekday=st.sampled_from(WEEKDAYS[:10]),
       separator=st.sampled_from([" ", " | ", " - ", ", ", " pukul "]),
       month_style=st.sampled_from(["full", "short"]))
def test_well_formed_indonesian_bylines_are_read_exactly(when, zone, weekday, separator,
                                                         month_style):
    """The oracle half: a valid byline (any weekday written before it) is read to the minute."""
    full = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"]
    month = full[when.month - 1] if month_style == "full" else full[when.month - 1][:3]
    raw = (f"{weekday}, {when.day} {month} {when.year}{separator}"
           f"{when.hour:02d}:{when.minute:02d} {zone}")
    offset = {"WIB": 7, "WITA": 8, "WIT": 9}[zone]
    expected = when.replace(second=0, microsecond=0, tzinfo=timezone(timedelta(hours=offset)))
    parsed = parse_published(raw, "UTC")
    assert parsed is not None and parsed.method == "indonesian" and parsed.has_time
    assert parsed.value == expected.astimezone(UTC)


@fuzz(100)
@given(when=aware_now, tz=zones, style=st.sampled_from(["iso", "rfc822"]))
def test_well_formed_metadata_and_feed_dates_are_read_exactly(when, tz, style):
    when = when.replace(microsecond=0)
    raw = when.isoformat() if style == "iso" else when.strftime("%a, %d %b %Y %H:%M:%S %z")
    parsed = parse_published(raw, tz)
    assert parsed is not None and parsed.method == style
    assert parsed.value == when


# -- event dates -----------------------------------------------------------------------------

PARTS_OF_DAY = {"pagi", "siang", "sore", "malam", "dini hari"}


def local_day(published: datetime, tz: str) -> date:
    if published.tzinfo is None:
        return published.date()
    return published.astimezone(ZoneInfo(tz)).date()


def assert_event_date(found: object, published: datetime, tz: str) -> None:
    """EventDate: typed and plausible for the publication day; Rejected: has a reason."""
    if found is None:
        return
    if isinstance(found, Rejected):
        assert isinstance(found.raw, str) and isinstance(found.reason, str) and found.reason
        return
    assert isinstance(found, EventDate)
    assert type(found.value) is date and found.value >= date(1990, 1, 1)
    assert isinstance(found.raw, str) and found.raw.strip()
    assert isinstance(found.confidence, float) and 0.0 <= found.confidence <= 1.0
    assert isinstance(found.announced, bool) and isinstance(found.weekday_mismatch, bool)
    assert found.time is None or isinstance(found.time, time)
    assert found.part_of_day is None or found.part_of_day in PARTS_OF_DAY
    assert isinstance(found.method, str) and found.method
    local = local_day(published, tz)
    if found.announced:
        assert found.value > local
    else:
        assert found.value <= local + timedelta(days=1)


@fuzz(400)
@given(raw=date_strings, published=published_dates, tz=zones)
@example(raw="Kamis (26/9)", published=datetime(1990, 1, 1, tzinfo=UTC), tz="Asia/Jakarta")
@example(raw="99999 hari lalu", published=datetime(1990, 1, 1, tzinfo=UTC), tz="Asia/Jakarta")
@example(raw="9999 bulan lagi", published=datetime(2100, 12, 31, tzinfo=UTC), tz="Asia/Jakarta")
def test_reading_one_string_never_raises(raw, published, tz):
    for found in find_event_dates(raw, published, tz):
        assert_event_date(found, published, tz)
        assert found.raw in raw and found.span is not None


SENTENCES = [
    "Pj Wali Kota Padang mengingatkan ASN untuk menjaga netralitas menjelang Pilkada 2024",
    "Apel gabungan digelar di halaman Balai Kota Padang",
    "Sosialisasi netralitas ASN diikuti 250 pegawai dari 19 OPD",
    "Kegiatan akan dilaksanakan pada",
    "Bawaslu Kota Kendari mengawasi pelanggaran netralitas ASN selama masa kampanye",
    "Padang (ANTARA) -", "Langgam.id -", "Pewarta: Yudha Prasetyo", "Editor : yudhistira",
    "Baca juga:", "COPYRIGHT © ANTARA 2024", "Rp1.500.000", "Nomor 5 Tahun 2014", "pukul",
]
bodies = st.lists(st.one_of(st.sampled_from(SENTENCES), date_strings), max_size=25).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", ". ", ", ", "\n", " (", ") ", "\n\n"]),
                           min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True))))


@fuzz(250)
@given(text=bodies, published=published_dates, tz=zones, repeat=st.sampled_from([1, 1, 1, 40]))
def test_body_scanner_never_raises_and_picks_one_of_its_mentions(text, published, tz, repeat):
    text = text * repeat  # long bodies: many mentions
    found = find_event_dates(text, published, tz)
    assert isinstance(found, list)
    position = 0
    for mention in found:
        assert isinstance(mention, EventDate | Rejected)
        assert_event_date(mention, published, tz)
        at = text.find(mention.raw, position)  # in text order, not overlapping
        assert at >= 0
        position = at + len(mention.raw)
    best = event_date_of("", text, found, published, tz)
    assert best is None or best in found


# -- events ----------------------------------------------------------------------------------

DATELINES = ["Padang", "Pd. Panjang", "Kendari", "Bukittinggi", "Kab. Agam", "Solok",
             "Padang, Sumbar", "Bukittinggi (ANTARA)", "Banjar", "Xyzzy", "", " ", "(", "Kota"]
EVENT_WORDS = ["apel gabungan", "ikrar netralitas", "penandatanganan pakta integritas",
               "bimtek", "mengimbau", "sanksi", "pengawasan", "tidak netral", "ASN", "PNS",
               "netralitas", "Pilkada", "di Gedung Pemuda Sutan Rajo Alam",
               "di Aula Kantor Bupati Agam", "Kota Padang", "Kabupaten Solok",
               "Penjabat Wali Kota Kendari", "Ketua Bawaslu Kota Padang", "Sekda Provinsi Sumbar",
               "Bupati Agam Dr. H. Hendra Gunawan, MM", "sebanyak 1.500 ASN", "ratusan pegawai",
               "diikuti dua ribu peserta", "Korpri", "Bawaslu", "KPU", "BKD"]
event_bodies = st.lists(st.one_of(st.sampled_from(EVENT_WORDS + SENTENCES), date_strings,
                                  st.text(max_size=30)), max_size=30).map(" ".join)


@fuzz(200)
@given(title=st.one_of(st.sampled_from(SENTENCES), st.text(max_size=80)), text=event_bodies,
       dateline=st.one_of(st.none(), st.sampled_from(DATELINES), st.text(max_size=30)),
       published=st.one_of(st.none(), published_dates), tz=st.sampled_from(OUTLET_ZONES),
       hint=st.one_of(st.none(), st.sampled_from(["13", "74", "Sumatera Barat", "", "zz"])))
def test_extract_events_never_raises_and_builds_well_formed_events(title, text, dateline,
                                                                  published, tz, hint):
    events = extract_events(canonical_url="https://langgam.id/a-b/", title=title, text=text,
                            dateline=dateline, published_at=published, timezone=tz,
                            province_hint=hint)
    assert isinstance(events, list) and len(events) <= 1
    for event in events:
        assert isinstance(event, Event)
        # an activity phrase its sentence rules out still makes an event, possibly with none
        assert all(isinstance(a, str) for a in event.activities)
        assert len(set(event.activities)) == len(event.activities)
        assert 0.0 <= event.relevance <= 1.0
        if event.event_date is None:  # a weekday left unresolved keeps its raw word
            assert event.event_date_confidence is None
        else:  # a fully written date needs no publication date
            assert date.fromisoformat(event.event_date) >= date(1990, 1, 1)
            assert event.event_date_raw and 0.0 <= event.event_date_confidence <= 1.0
        assert event.participants_count is None or event.participants_count >= 0
        assert all(isinstance(o, str) for o in event.organisations)
        event.to_dict()
