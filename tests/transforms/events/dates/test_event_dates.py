"""Event dates, one string at a time, read the way production reads them: a table of
real-shaped strings, each standing as a line of an article body scanned by
``find_event_dates`` (what ``extract_events`` runs), the mention inside it compared.

The strings are invented in the shapes of the seed articles (no user data is read at test
time, and the seeds' wording is not reused), from the outlet notes (Langgam, Suara Kendari,
Antara) and from the typos seen on real pages. ``CASES`` and :func:`read` are also the input
of ``bench/dates.py``. Whole article bodies are in test_event_dates_bodies.py; pages without a
publication date in test_event_dates_unanchored.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from transforms.events.dates.find import (
    VAGUE,
    EventDate,
    Rejected,
    accepted_dates,
    find_event_dates,
)

JKT, MKS, JPR = "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"
JKT_ZONE = ZoneInfo(JKT)

# Publication times (local). Seed 002 and 004 carry them; 000, 001 and 003 are assumed from the
# page date (the byline of 001 reads "Sabtu, 13 Juli 2024").
P000 = "2024-07-04T16:30:00+07:00"  # Langgam, Thursday
P001 = "2024-07-13T10:00:00+07:00"  # Minangsatu, Saturday
P002 = "2024-10-14T17:55:00+07:00"  # InfoPublik, Monday
P004 = "2024-09-26T10:15:00+07:00"  # Antara Sumbar, Thursday
PKDI = "2018-06-28T09:00:00+08:00"  # Suara Kendari, Thursday after the 2018 Pilgub
PEND = "2024-12-31T12:00:00+07:00"  # end of year, for the month abbreviations


@dataclass(frozen=True)
class Ok:
    value: str
    announced: bool = False
    mismatch: bool = False
    method: str | None = None
    part_of_day: str | None = None
    time: str | None = None


@dataclass(frozen=True)
class Rej:
    reason: str


# The neutral lines around each string of the table.
BEFORE, AFTER = "Warga berkumpul di halaman kantor.\n", "\nAcara berjalan lancar."


def in_body(raw: str) -> str:
    """``raw`` as a line of an article body."""
    return f"{BEFORE}{raw}{AFTER}"


def read(raw: str, published: datetime | None, tz: str,
         url: str | None = None) -> EventDate | Rejected | None:
    """What production reads in ``raw`` standing in a body: the first mention inside it."""
    lo, hi = len(BEFORE), len(BEFORE) + len(raw)
    found = [m for m in find_event_dates(in_body(raw), published, tz, url)
             if m.span is not None and lo <= m.span[0] < hi]
    return found[0] if found else None


# (raw string, published ISO, outlet zone, expected: Ok / Rej / None)
CASES: list[tuple[str, str, str, Ok | Rej | None]] = [
    # --- sentences in the shapes of the seed articles
    ("Ketika Sosialisasi Netralitas ASN, Kamis, (4/7/2024), di Gedung Pemuda Sutan Rajo "
     "Alam, Darmawan berpesan", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("Kamis, (4/7/2024)", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("Kamis (4/7/2024)", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("Pesan itu datang dari Pj Wali Kota H. Ridwan Hakim Tanjung, AP, M. Si, Jumat (12/7/2024) "
     "kemaren, ketika mengisi sesi", P001, JKT, Ok("2024-07-12", method="dmy")),
    ("Jumat (12/7/2024) kemaren", P001, JKT, Ok("2024-07-12", method="dmy")),
    ("hingga hari pencoblosan Pilkada yang jatuh pada 27 November "
     "mendatang.", P002, JKT, Ok("2024-11-27", announced=True, method="long_infer_year")),
    ("27 November mendatang", P002, JKT, Ok("2024-11-27", announced=True)),
    ("berlangsung di halaman Kantor Wali Kota, Senin (14/10/2024).", P002, JKT, Ok("2024-10-14")),
    ("Senin (14/10/2024)", P002, JKT, Ok("2024-10-14", method="dmy")),
    ("Pengucapan ikrar serta penandatanganan pakta netralitas untuk Pilkada, Kamis (26/9).", P004,
     JKT,
     Ok("2024-09-26", method="dm_infer_year")),
    ("Kamis (26/9)", P004, JKT, Ok("2024-09-26", method="dm_infer_year")),
    # --- numeric shapes
    ("(26/08)", "2024-08-27T08:00:00+07:00", JKT, Ok("2024-08-26", method="dm_infer_year")),
    ("4-7-2024", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("04/07/24", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("Sabtu (22/11)", "2025-11-24T08:00:00+07:00", JKT, Ok("2025-11-22")),
    ("Sabtu (22/11)", "2024-11-23T08:00:00+07:00", JKT, Ok("2024-11-22", mismatch=True)),
    ("Selasa (31/12)", "2025-01-02T08:00:00+07:00", JKT, Ok("2024-12-31")),
    ("Rabu (27/11)", P002, JKT, Ok("2024-11-27", announced=True, method="dm_weekday_year")),
    ("Rabu (27/11) mendatang", P002, JKT, Ok("2024-11-27", announced=True,
                                             method="dm_infer_year")),
    ("Sabtu-Minggu (13-14/7/2024)", "2024-07-15T08:00:00+07:00", JKT, Ok("2024-07-13")),
    ("Kamis 26/9", P004, JKT, Ok("2024-09-26")),
    # --- weekday spellings
    ("Jum'at (12/7)", P001, JKT, Ok("2024-07-12", method="dm_infer_year")),
    ("Jum’at (12/7/2024)", P001, JKT, Ok("2024-07-12")),
    ("Jumat, 12 Juli 2024", P001, JKT, Ok("2024-07-12", method="long")),
    ("Ahad (14/7/2024)", "2024-07-15T08:00:00+07:00", JKT, Ok("2024-07-14")),
    ("Minggu", P002, JKT, Ok("2024-10-13", method="weekday")),
    ("Ahad", P002, JKT, Ok("2024-10-13", method="weekday")),
    ("Hal itu disampaikan Pj Wali Kota saat apel di Kendari, Minggu.",
     "2024-10-13T15:00:00+08:00", MKS, Ok("2024-10-13", method="weekday")),
    ("Jum'at", P001, JKT, Ok("2024-07-12", method="weekday")),
    ("Kamis pagi", P004, JKT, Ok("2024-09-26", method="weekday", part_of_day="pagi")),
    ("Senin lalu", P002, JKT, Ok("2024-10-07", method="weekday")),
    ("Sabtu depan", P002, JKT, Ok("2024-10-19", announced=True, method="weekday")),
    # --- relative words
    ("kemarin", P002, JKT, Ok("2024-10-13", method="relative")),
    ("kemaren", P002, JKT, Ok("2024-10-13", method="relative")),
    ("kemarin sore", P002, JKT, Ok("2024-10-13", part_of_day="sore")),
    ("kemarin lusa", P002, JKT, Ok("2024-10-12")),
    ("hari ini", P002, JKT, Ok("2024-10-14", method="relative")),
    ("tadi pagi", P002, JKT, Ok("2024-10-14", part_of_day="pagi")),
    ("pagi tadi", P002, JKT, Ok("2024-10-14", part_of_day="pagi")),
    ("semalam", P002, JKT, Ok("2024-10-13", part_of_day="malam")),
    ("tadi malam", P002, JKT, Ok("2024-10-13", part_of_day="malam")),
    ("2 jam lalu", P002, JKT, Ok("2024-10-14", method="relative")),
    ("2 jam lalu", "2024-10-15T01:00:00+07:00", JKT, Ok("2024-10-14")),
    ("30 menit yang lalu", "2024-10-15T00:10:00+07:00", JKT, Ok("2024-10-14")),
    ("3 hari lalu", P002, JKT, Ok("2024-10-11")),
    ("tiga hari yang lalu", P002, JKT, Ok("2024-10-11")),
    # a week names no day (LABELS.md: the date the occasion took place, null when not said)
    ("sepekan lalu", P002, JKT, Rej(VAGUE)),
    ("2 minggu lalu", P002, JKT, Rej(VAGUE)),
    ("minggu lalu", P002, JKT, Rej(VAGUE)),
    ("pekan lalu", P002, JKT, Rej(VAGUE)),
    ("pekan depan", P002, JKT, Rej(VAGUE)),
    ("sebulan yang lalu", P002, JKT, Rej(VAGUE)),
    ("besok", P002, JKT, Ok("2024-10-15", announced=True)),
    ("lusa", P002, JKT, Ok("2024-10-16", announced=True)),
    ("3 hari lagi", P002, JKT, Ok("2024-10-17", announced=True)),
    # "kemarin" is read in the outlet's zone: 20:00 UTC is already 15 October in Jakarta
    ("kemarin", "2024-10-14T20:00:00+00:00", JKT, Ok("2024-10-14")),
    ("kemarin", "2024-10-14T14:00:00+00:00", JPR, Ok("2024-10-13")),
    ("kemarin", "2024-10-14T16:00:00+00:00", JPR, Ok("2024-10-14")),
    # --- long forms
    ("Rabu , pagi (27 juni 2018)", PKDI, MKS, Ok("2018-06-27", method="long",
                                                 part_of_day="pagi")),
    ("rabu sore 27 juni 2018", PKDI, MKS, Ok("2018-06-27", part_of_day="sore")),
    ("pada 27 November 2024 pukul 08.00 WIB", "2024-11-28T09:00:00+07:00", JKT,
     Ok("2024-11-27", method="long", time="08:00")),
    ("akan dilaksanakan pada 27 November 2024", P002, JKT, Ok("2024-11-27", announced=True)),
    ("27 November 2024", P002, JKT, Rej("after publication")),
    ("Sabtu, 13 Juli 2024", P001, JKT, Ok("2024-07-13", method="long")),
    ("1 Nop 2024", "2024-11-02T08:00:00+07:00", JKT, Ok("2024-11-01", method="long")),
    ("5 Jan 2024", PEND, JKT, Ok("2024-01-05")),
    ("12 Feb. 2024", PEND, JKT, Ok("2024-02-12")),
    ("3 Mar 2024", PEND, JKT, Ok("2024-03-03")),
    ("9 Apr 2024", PEND, JKT, Ok("2024-04-09")),
    ("1 Mei 2024", PEND, JKT, Ok("2024-05-01")),
    ("6 Jun 2024", PEND, JKT, Ok("2024-06-06")),
    ("20 Jul 2024", PEND, JKT, Ok("2024-07-20")),
    ("17 Agu 2024", PEND, JKT, Ok("2024-08-17")),
    ("17 Agt 2024", PEND, JKT, Ok("2024-08-17")),
    ("17 Ags. 2024", PEND, JKT, Ok("2024-08-17")),
    ("2 Sep 2024", PEND, JKT, Ok("2024-09-02")),
    ("2 Sept 2024", PEND, JKT, Ok("2024-09-02")),
    ("28 Okt 2024", PEND, JKT, Ok("2024-10-28")),
    ("7 NOV 2024", PEND, JKT, Ok("2024-11-07")),
    ("10 des 2024", PEND, JKT, Ok("2024-12-10")),
    ("12 Juli lalu", "2024-07-20T08:00:00+07:00", JKT, Ok("2024-07-12",
                                                          method="long_infer_year")),
    ("26-27 September 2024", P002, JKT, Ok("2024-09-26", method="long")),
    ("By On Sabtu, Maret 30, 2024", "2024-03-30T20:00:00+07:00", JKT,
     Ok("2024-03-30", method="mdy")),
    ("2024-07-04", P000, JKT, Ok("2024-07-04", method="iso")),
    ("30 Maret '24", "2024-04-01T08:00:00+07:00", JKT, Ok("2024-03-30", method="long")),
    # --- fillers, parts of day, times
    ("Jumat (11/2/2022) sekitar pukul 21.00 WIB", "2022-02-12T08:00:00+07:00", JKT,
     Ok("2022-02-11", time="21:00")),
    ("Senin (14/10/2024) 09:30 WITA", "2024-10-14T18:00:00+08:00", MKS,
     Ok("2024-10-14", time="09:30")),
    ("Kamis (26/9) pagi sekira pukul 09.00 WIB waktu setempat", P004, JKT,
     Ok("2024-09-26", part_of_day="pagi", time="09:00")),
    ("Senin (14/10/2024) dini hari", P002, JKT, Ok("2024-10-14", part_of_day="dini hari")),
    ("Kamis (26/9/2024) malam", "2024-09-27T08:00:00+07:00", JKT,
     Ok("2024-09-26", part_of_day="malam")),
    # --- typos seen on real pages, weekday cross-check
    ("Jumat (29//6)", "2018-06-30T08:00:00+07:00", JKT, Ok("2018-06-29",
                                                           method="dm_infer_year")),
    ("Kamis (21/9/202)", "2023-09-22T08:00:00+07:00", JKT, Ok("2023-09-21",
                                                              method="dm_bad_year")),
    ("Kamis (21/9/202)", "2019-09-22T08:00:00+07:00", JKT, Rej("bad year 202")),
    # a year with a digit dropped inside it, the weekday agreeing
    ("Senin (14/1/219)", "2019-01-15T08:00:00+07:00", JKT, Ok("2019-01-14",
                                                              method="dm_bad_year")),
    ("Senin (14/1/219)", "2024-01-15T08:00:00+07:00", JKT, Rej("bad year 219")),
    ("Jumat (4/7/2024)", P000, JKT, Ok("2024-07-04", mismatch=True, method="dmy")),
    ("Jum,at (14/9/ 2018)", "2018-09-15T08:00:00+07:00", JKT, Ok("2018-09-14", method="dmy")),
    ("Jumat )17/5)", "2024-05-18T08:00:00+07:00", JKT, Ok("2024-05-17",
                                                          method="dm_infer_year")),
    ("PADANG, (ANTARA) - Pemkot menggelar apel netralitas ASN, Kamis (26/9).", P004, JKT,
     Ok("2024-09-26", method="dm_infer_year")),
    ("tanggal 10 dan 14 September 2020", "2020-09-20T08:00:00+07:00", JKT,
     Ok("2020-09-10", method="long")),
    ("dari 30 Oktober hingga 1 November 2024", "2024-11-02T08:00:00+07:00", JKT,
     Ok("2024-10-30", method="long")),
    ("30 Desember - 2 Januari 2025", "2025-01-03T08:00:00+07:00", JKT,
     Ok("2024-12-30", method="long")),
    ("30 Oktober s.d. 1 November", "2024-11-02T08:00:00+07:00", JKT,
     Ok("2024-10-30", method="long_infer_year")),
    # --- rejections
    ("Kamis (4/7/1985)", P000, JKT, Rej("before 1990")),
    ("04/07/85", P000, JKT, Rej("before 1990")),
    ("Selasa (31/9/2024)", P002, JKT, Rej("invalid day 31/9")),
    ("(31/9)", P002, JKT, Rej("invalid day 31/9")),
    ("Kamis (26/13)", P002, JKT, Rej("invalid month 13")),
    ("Senin (14/10/2025)", P002, JKT, Rej("after publication")),
    ("Selasa (15/10/2024)", P002, JKT, Ok("2024-10-15")),  # +1 day: tolerated, not announced
    # --- rarer shapes (once left to a dateparser fallback that production never ran)
    ("4.7.2024", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("Kamis, 04.07.2024.", P000, JKT, Ok("2024-07-04", method="dmy")),  # the sentence's stop
    ("tanggal 4 bulan Juli 2024", P000, JKT, Ok("2024-07-04", method="long")),
    # --- not dates
    ("0812-3456-7890", P002, JKT, None),
    ("1/2 hari", P002, JKT, None),
    ("3/4", P002, JKT, None),
    ("Undang-Undang Nomor 5 Tahun 2014", P001, JKT, None),
    ("2024", P002, JKT, None),
    ("Pilkada 2024", P002, JKT, None),
    ("Rp1.500", P002, JKT, None),
    ("Rp1.500.000", P002, JKT, None),
    ("12.10.2024.5", P002, JKT, None),
    ("pukul 21.00 WIB", P002, JKT, None),
    ("09:30 WITA", P002, MKS, None),
    ("24/7", P002, JKT, None),
    ("layanan 24/7", P002, JKT, None),
    ("November 2024", P002, JKT, None),
    ("Sebanyak 1.318 Pegawai", P002, JKT, None),
    ("Senin-Jumat", P002, JKT, None),
    ("setiap Senin", P002, JKT, None),
    ("RT/RW 04/05", P002, JKT, None),
    ("", P002, JKT, None),
]


def _check(found: EventDate | Rejected | None, expected: Ok | Rej | None) -> None:
    if expected is None:
        assert found is None
    elif isinstance(expected, Rej):
        assert isinstance(found, Rejected), found
        assert found.reason == expected.reason
    else:
        assert isinstance(found, EventDate), found
        assert found.value == date.fromisoformat(expected.value)
        assert found.announced is expected.announced
        assert found.weekday_mismatch is expected.mismatch
        if expected.method is not None:
            assert found.method == expected.method
        if expected.part_of_day is not None:
            assert found.part_of_day == expected.part_of_day
        if expected.time is not None:
            assert found.time == time.fromisoformat(expected.time)
        assert 0.0 <= found.confidence <= 1.0


@pytest.mark.parametrize(("raw", "published", "tz", "expected"), CASES,
                         ids=[f"{i:03d}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_table(raw, published, tz, expected):
    pub = datetime.fromisoformat(published)
    found = read(raw, pub, tz)
    _check(found, expected)
    accepted = [m for _, _, m in accepted_dates(find_event_dates(in_body(raw), pub, tz))]
    assert (found in accepted) == isinstance(found, EventDate)
    if found is not None:
        start, end = found.span
        assert in_body(raw)[start:end] == found.raw and found.raw in raw
        assert found.sentence is not None and found.raw in found.sentence


def test_table_is_large_enough():
    assert len(CASES) >= 60


def test_raw_is_the_exact_matched_substring():
    text = "pencoblosan dijadwalkan pada 27 November mendatang."
    found = read(text, datetime.fromisoformat(P002), JKT)
    assert isinstance(found, EventDate)
    assert found.raw == "27 November mendatang"
    assert found.raw in text


def test_confidence_order():
    pub = datetime.fromisoformat(P000)
    full = read("Kamis (4/7/2024)", pub, JKT)
    yesterday = read("kemarin", pub, JKT)
    weekday = read("Kamis", pub, JKT)
    mismatch = read("Jumat (4/7/2024)", pub, JKT)
    assert isinstance(full, EventDate) and full.confidence == pytest.approx(1.0)
    assert isinstance(yesterday, EventDate) and yesterday.confidence == pytest.approx(0.7)
    assert isinstance(weekday, EventDate) and weekday.confidence == pytest.approx(0.6)
    assert isinstance(mismatch, EventDate) and mismatch.confidence < full.confidence


def test_hours_ago_uses_the_publication_time_of_day():
    early = read("2 jam lalu", datetime(2024, 10, 15, 1, tzinfo=JKT_ZONE), JKT)
    late = read("2 jam lalu", datetime(2024, 10, 15, 9, tzinfo=JKT_ZONE), JKT)
    assert isinstance(early, EventDate) and early.value == date(2024, 10, 14)
    assert isinstance(late, EventDate) and late.value == date(2024, 10, 15)


def test_naive_published_is_taken_as_outlet_time():
    found = read("kemarin", datetime(2024, 10, 15, 1), JKT)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 14)
