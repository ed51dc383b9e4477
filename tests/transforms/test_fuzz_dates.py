"""Fuzz tests for the date functions: no exception escapes, every result is well-formed.

Covers ``transforms.extract.dates.parse_published`` (published dates: ParsedDate or None),
``transforms.events.dates`` (the body scanner ``find_event_dates`` on single strings and on
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
        tests/transforms/test_fuzz_dates.py tests/transforms/test_fuzz_extract.py

(``WARTA_HYPOTHESIS_EXAMPLES``, the convention of test_event_dates_properties.py, works too;
``WARTA_FUZZ_SEED=<int>`` makes a long run repeatable.) The strategies here are reused by
test_fuzz_extract.py for meta, JSON-LD and feed dates.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, seed, settings
from hypothesis import strategies as st

from transforms.events.assemble import Event, extract_events
from transforms.events.dates import (
    EventDate,
    Rejected,
    event_date_of,
    find_event_dates,
)
from transforms.extract.dates import ParsedDate, parse_published, plausible

# -- settings: fast and deterministic in CI, long and random on request ------------------------

_LONG = os.environ.get("WARTA_FUZZ_EXAMPLES") or os.environ.get("WARTA_HYPOTHESIS_EXAMPLES")
_SEED = os.environ.get("WARTA_FUZZ_SEED")


def fuzz(ci_examples: int):
    """Hypothesis settings for one fuzz test (a decorator): ``ci_examples`` derandomized
    examples in CI, the env var's count (random, with the example database) on request."""
    common = dict(deadline=None, print_blob=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                         HealthCheck.large_base_example,
                                         HealthCheck.filter_too_much])
    if not _LONG:
        chosen = settings(max_examples=ci_examples, derandomize=True, database=None, **common)
    else:
        chosen = settings(max_examples=int(_LONG), **common)

    def decorate(test):
        test = chosen(test)
        return seed(int(_SEED))(test) if _LONG and _SEED else test
    return decorate


# -- strategies ------------------------------------------------------------------------------

OUTLET_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]
ODD_ZONES = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns", "Asia/Kathmandu"]
zones = st.sampled_from(OUTLET_ZONES + ODD_ZONES)

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum’at", "Sabtu", "Minggu",
            "Ahad", "SENIN", "kamis", "Mon", "Thu", "Friday", "Sen", "Kam"]
MONTHS = ["Januari", "Februari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Nopember", "Desember", "Jan", "Feb", "Mar", "Apr",
          "Jun", "Jul", "Agu", "Agt", "Ags", "Aug", "Sep", "Sept", "Okt", "Oct", "Nov", "Nop",
          "Des", "Dec", "DESEMBER", "mei", "Sept.", "Juny", "Smarch"]
RFC_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
              "Xyz", "Mei"]
ZONE_WORDS = ["WIB", "WITA", "WIT", "Wib", "wita", "UTC", "GMT", "+0700", "-1200", "+9900",
              "+0000", "Z", "waktu setempat", ""]
RELATIVE = ["kemarin", "kemaren", "kemarin lusa", "kemarin sore", "tadi pagi", "tadi malam",
            "pagi tadi", "semalam", "hari ini", "besok", "esok hari", "lusa", "pekan lalu",
            "minggu depan", "sepekan lalu", "baru-baru ini", "beberapa waktu lalu", "silam",
            "mendatang", "yang akan datang", "akan dilaksanakan pada", "setiap Senin",
            "Senin-Jumat", "Sabtu dan Minggu"]
UNITS = ["menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "detik"]
DIRECTIONS = ["lalu", "yang lalu", "lagi", "mendatang", "silam", ""]
# "0123456789" in other scripts: Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali,
# Thai, fullwidth, mathematical bold (all are str.isdigit(), some int() accepts them).
DIGIT_BLOCKS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x1D7CE]
SPACES = [" ", "  ", "\t", "\n", "\xa0", "\u2009", "\u200b", "\u3000", ""]

small = st.one_of(st.integers(0, 99).map(str), st.integers(0, 99).map("{:02d}".format))
years = st.one_of(
    st.integers(1985, 2040).map(str), st.integers(0, 99).map("{:02d}".format),
    st.sampled_from(["0000", "0001", "0999", "1000", "1899", "1989", "9999", "99999", "10000",
                     "202", "2O24", "-2024", "1" * 40]),
    st.integers(0, 10**30).map(str),
)
huge = st.one_of(st.integers(-(10**40), 10**40).map(str),
                 st.integers(1, 500).map(lambda n: "9" * n))


@st.composite
def indonesian_dates(draw) -> str:
    """'Kamis, 26 September 2024 10:15 WIB' and its variants, fields anywhere in range or not."""
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(WEEKDAYS)) + draw(st.sampled_from([",", "", " ,"])))
    parts.append(draw(st.one_of(small, huge)))
    parts.append(draw(st.sampled_from(MONTHS)) + draw(st.sampled_from(["", "."])))
    parts.append(draw(years))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["", "|", "-", ",", "pukul", "jam", "Pukul"])))
        clock = f"{draw(small)}{draw(st.sampled_from([':', '.']))}{draw(small)}"
        if draw(st.booleans()):
            clock += f":{draw(small)}"
        parts.append(clock)
    parts.append(draw(st.sampled_from(ZONE_WORDS)))
    return " ".join(parts)


@st.composite
def numeric_dates(draw) -> str:
    """'Kamis (26/9)', 'Jumat (12/7/2024) kemaren', '4-7-2024', '13-14/7/2024', '29//6'."""
    day = draw(st.one_of(small, huge))
    sep = draw(st.sampled_from(["/", "-", "//", ".", " / "]))
    text = f"{day}{sep}{draw(small)}"
    if draw(st.booleans()):
        text += f"{draw(st.sampled_from(['/', '-']))}{draw(years)}"
    if draw(st.booleans()):
        text = f"({text})"
    if draw(st.booleans()):
        text = f"{draw(st.sampled_from(WEEKDAYS))} {text}"
    if draw(st.booleans()):
        text += " " + draw(st.sampled_from(RELATIVE + ["pagi", "malam", "pukul 09.00 WIB"]))
    return text


@st.composite
def iso_dates(draw) -> str:
    """ISO 8601 as metadata writes it, with fields out of range ('0000-00-00', month 13,
    offset +99:00, 24:60:60, nanoseconds, week dates)."""
    field = st.one_of(small, st.sampled_from(["0", "00", "000", "13", "31", "32", "60", "99"]))
    text = (f"{draw(years).zfill(4)}-{draw(field)}-{draw(field)}")
    if draw(st.booleans()):
        text += draw(st.sampled_from(["T", " ", "t", "_"]))
        text += f"{draw(field)}:{draw(field)}"
        if draw(st.booleans()):
            text += f":{draw(field)}"
        if draw(st.booleans()):
            text += "." + draw(st.integers(0, 10**12).map(str))
    if draw(st.booleans()):
        text += draw(st.one_of(
            st.sampled_from(["Z", "+07:00", "+0700", "-12:00", "+14:00", "+99:00", "+07",
                             "-00:00", "+23:59", "+24:00", " WIB", "GMT+7", "+07:00:30"]),
            st.builds(lambda sign, h, m: f"{sign}{h}:{m}", st.sampled_from("+-"), small, small)))
    return text


@st.composite
def rfc822_dates(draw) -> str:
    """RFC 822 as feeds write it: 'Thu, 04 Jul 2024 08:30:00 +0700', fields out of range."""
    text = f"{draw(small)} {draw(st.sampled_from(RFC_MONTHS))} {draw(years)} "
    text += f"{draw(small)}:{draw(small)}:{draw(small)} "
    text += draw(st.sampled_from(["+0700", "+0000", "GMT", "UT", "-1259", "+9999", "WIB", "",
                                  "EST", "-0000", "+07:00"]))
    if draw(st.booleans()):
        text = f"{draw(st.sampled_from(['Mon', 'Thu', 'Kam', 'Sat', 'xyz']))}, {text}"
    return text


@st.composite
def relative_dates(draw) -> str:
    """'kemarin', '2 jam lalu', 'tiga hari yang lalu', '500 bulan lagi', 'tadi pagi'."""
    if draw(st.booleans()):
        return draw(st.sampled_from(RELATIVE))
    count = draw(st.one_of(small, huge, st.sampled_from(["se", "satu", "dua", "sepuluh",
                                                         "beberapa", "999"])))
    return f"{count} {draw(st.sampled_from(UNITS))} {draw(st.sampled_from(DIRECTIONS))}".strip()


def _unicode_digits(text: str, block: int) -> str:
    return text.translate({ord("0") + i: chr(block + i) for i in range(10)})


@st.composite
def mangled(draw, inner: st.SearchStrategy[str]) -> str:
    """A date string with unicode digits, odd case, odd spaces, garbage around it."""
    text = draw(inner)
    if draw(st.integers(0, 5)) == 0:
        text = _unicode_digits(text, draw(st.sampled_from(DIGIT_BLOCKS)))
    case = draw(st.integers(0, 6))
    text = text.upper() if case == 0 else text.lower() if case == 1 else text
    if draw(st.integers(0, 4)) == 0:
        space = draw(st.sampled_from(SPACES))
        text = text.replace(" ", space)
    if draw(st.integers(0, 4)) == 0:
        text = draw(st.text(max_size=12)) + text + draw(st.text(max_size=12))
    return text


token_soup = st.lists(st.one_of(
    st.sampled_from(WEEKDAYS + MONTHS + ZONE_WORDS + RELATIVE + UNITS),
    st.sampled_from(["/", "(", ")", ",", ".", ":", "-", "|", "'", "pukul", "tanggal", "pada"]),
    small, years), max_size=12).map(" ".join)

date_strings = st.one_of(
    mangled(indonesian_dates()), mangled(numeric_dates()), mangled(iso_dates()),
    mangled(rfc822_dates()), mangled(relative_dates()), token_soup,
    st.text(max_size=60),  # any unicode, control characters included
    st.text(max_size=400),  # over parse_published's 200-character limit
    st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
    st.sampled_from(["", " ", "\x00", "0000-00-00", "0000-00-00 00:00:00", "null", "None",
                     "undefined", "NaN", "-1", "0", "1e400", "9" * 300, "2024", "T", "Z"]),
)
aware_now = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 12, 31),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-12)), timezone(timedelta(hours=14)),
                               *(ZoneInfo(z) for z in OUTLET_ZONES)]),
)
# Publication dates as the pipeline hands them on: aware, after 1990 (plausible()), and some
# naive ones, which event_dates documents as outlet time.
published_dates = st.one_of(aware_now, st.datetimes(min_value=datetime(1990, 1, 1),
                                                    max_value=datetime(2100, 12, 31)))

# -- parse_published -------------------------------------------------------------------------

METHODS = {"iso", "rfc822", "indonesian", "dateparser"}


def assert_parsed(parsed: object, raw: str | None, now: datetime | None) -> None:
    """A ParsedDate is aware UTC, round-trips through ISO text and says what it read."""
    if parsed is None:
        return
    assert isinstance(parsed, ParsedDate)
    assert isinstance(parsed.value, datetime)
    assert parsed.value.tzinfo is not None and parsed.value.utcoffset() == timedelta(0)
    assert datetime.fromisoformat(parsed.value.isoformat()) == parsed.value
    assert parsed.method in METHODS
    assert isinstance(parsed.has_time, bool)
    assert isinstance(raw, str) and parsed.raw == " ".join(raw.split()) and parsed.raw
    assert len(raw) <= 200
    assert isinstance(plausible(parsed.value, now), bool)


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
    "Padang (ANTARA) -", "Langgam.id -", "Pewarta: Al Fatah", "Editor : melatisan",
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
               "netralitas", "Pilkada", "di Gedung Youth Center Bagindo Aziz Chan",
               "di Aula Kantor Bupati Agam", "Kota Padang", "Kabupaten Solok",
               "Penjabat Wali Kota Kendari", "Ketua Bawaslu Kota Padang", "Sekda Provinsi Sumbar",
               "Bupati Agam Dr. H. Andri Warman, MM", "sebanyak 1.500 ASN", "ratusan pegawai",
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
        assert event.activities and all(isinstance(a, str) for a in event.activities)
        assert 0.0 <= event.relevance <= 1.0
        if event.event_date is None:  # a weekday left unresolved keeps its raw word
            assert event.event_date_confidence is None
        else:  # a fully written date needs no publication date
            assert date.fromisoformat(event.event_date) >= date(1990, 1, 1)
            assert event.event_date_raw and 0.0 <= event.event_date_confidence <= 1.0
        assert event.participants_count is None or event.participants_count >= 0
        assert all(isinstance(o, str) for o in event.organisations)
        event.to_dict()
