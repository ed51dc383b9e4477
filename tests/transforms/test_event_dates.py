"""Event dates in article bodies: a table of real-shaped strings, and the seed articles.

The strings come from the seed articles (tests copy their sentences: nothing under /work/shared
is read at test time), from the outlet notes (Langgam, Suara Kendari, Antara) and from the
typos seen on real pages. ``CASES`` is also the input of ``bench/dates.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from transforms.event_dates import (
    EventDate,
    Rejected,
    _normalise_cached,
    event_date,
    find_event_dates,
    normalise_event_date,
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


# (raw string, published ISO, outlet zone, expected: Ok / Rej / None)
CASES: list[tuple[str, str, str, Ok | Rej | None]] = [
    # --- seed sentences
    ("Dalam Sosialiasi Netralitas ASN di Gedung Youth Center Bagindo Aziz Chan, Kamis, "
     "(4/7/2024), Andree menuturkan", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("Kamis, (4/7/2024)", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("Kamis (4/7/2024)", P000, JKT, Ok("2024-07-04", method="dmy")),
    ("Hal tersebut diungkapkan Pj Wali Kota H. Sonny Budaya Putra, AP, M. Si, Jumat (12/7/2024) "
     "kemaren, saat memberikan materi", P001, JKT, Ok("2024-07-12", method="dmy")),
    ("Jumat (12/7/2024) kemaren", P001, JKT, Ok("2024-07-12", method="dmy")),
    ("menjelang Pemilihan Kepala Daerah (Pilkada) yang akan dilaksanakan pada 27 November "
     "mendatang.", P002, JKT, Ok("2024-11-27", announced=True, method="long_infer_year")),
    ("27 November mendatang", P002, JKT, Ok("2024-11-27", announced=True)),
    ("di halaman Kantor Wali Kota pada Senin (14/10/2024).", P002, JKT, Ok("2024-10-14")),
    ("Senin (14/10/2024)", P002, JKT, Ok("2024-10-14", method="dmy")),
    ("Penandatanganan Pakta Integritas Netralitas dalam Pilkada, Kamis (26/9).", P004, JKT,
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
    ("sepekan lalu", P002, JKT, Ok("2024-10-07")),
    ("2 minggu lalu", P002, JKT, Ok("2024-09-30")),
    ("minggu lalu", P002, JKT, Ok("2024-10-07", method="relative")),
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
    ("Jumat (4/7/2024)", P000, JKT, Ok("2024-07-04", mismatch=True, method="dmy")),
    # --- rejections
    ("Kamis (4/7/1985)", P000, JKT, Rej("before 1990")),
    ("04/07/85", P000, JKT, Rej("before 1990")),
    ("Selasa (31/9/2024)", P002, JKT, Rej("invalid day 31/9")),
    ("(31/9)", P002, JKT, Rej("invalid day 31/9")),
    ("Kamis (26/13)", P002, JKT, Rej("invalid month 13")),
    ("Senin (14/10/2025)", P002, JKT, Rej("after publication")),
    ("Selasa (15/10/2024)", P002, JKT, Ok("2024-10-15")),  # +1 day: tolerated, not announced
    # --- dateparser fallback (shapes the fast path does not know)
    ("4.7.2024", P000, JKT, Ok("2024-07-04", method="dateparser")),
    ("tanggal 4 bulan Juli 2024", P000, JKT, Ok("2024-07-04", method="dateparser")),
    # --- not dates
    ("0812-3456-7890", P002, JKT, None),
    ("1/2 hari", P002, JKT, None),
    ("3/4", P002, JKT, None),
    ("Undang-Undang Nomor 5 Tahun 2014", P001, JKT, None),
    ("2024", P002, JKT, None),
    ("Pilkada 2024", P002, JKT, None),
    ("Rp1.500", P002, JKT, None),
    ("Rp1.500.000", P002, JKT, None),
    ("pukul 21.00 WIB", P002, JKT, None),
    ("09:30 WITA", P002, MKS, None),
    ("24/7", P002, JKT, None),
    ("layanan 24/7", P002, JKT, None),
    ("November 2024", P002, JKT, None),
    ("Sebanyak 1.246 Pegawai", P002, JKT, None),
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
    _check(normalise_event_date(raw, datetime.fromisoformat(published), tz), expected)


def test_table_is_large_enough():
    assert len(CASES) >= 60


def test_raw_is_the_exact_matched_substring():
    text = "yang akan dilaksanakan pada 27 November mendatang."
    found = normalise_event_date(text, datetime.fromisoformat(P002), JKT)
    assert isinstance(found, EventDate)
    assert found.raw == "27 November mendatang"
    assert found.raw in text


def test_confidence_order():
    pub = datetime.fromisoformat(P000)
    full = normalise_event_date("Kamis (4/7/2024)", pub, JKT)
    yesterday = normalise_event_date("kemarin", pub, JKT)
    weekday = normalise_event_date("Kamis", pub, JKT)
    mismatch = normalise_event_date("Jumat (4/7/2024)", pub, JKT)
    assert isinstance(full, EventDate) and full.confidence == pytest.approx(1.0)
    assert isinstance(yesterday, EventDate) and yesterday.confidence == pytest.approx(0.7)
    assert isinstance(weekday, EventDate) and weekday.confidence == pytest.approx(0.6)
    assert isinstance(mismatch, EventDate) and mismatch.confidence < full.confidence


def test_cache_key_is_the_local_publication_date():
    _normalise_cached.cache_clear()
    for hour in (8, 9, 10, 11):
        normalise_event_date("Kamis (26/9)", datetime(2024, 9, 26, hour, tzinfo=JKT_ZONE), JKT)
    info = _normalise_cached.cache_info()
    assert (info.misses, info.hits) == (1, 3)


def test_hours_ago_uses_the_time_even_when_cached():
    early = normalise_event_date("2 jam lalu", datetime(2024, 10, 15, 1, tzinfo=JKT_ZONE), JKT)
    late = normalise_event_date("2 jam lalu", datetime(2024, 10, 15, 9, tzinfo=JKT_ZONE), JKT)
    assert isinstance(early, EventDate) and early.value == date(2024, 10, 14)
    assert isinstance(late, EventDate) and late.value == date(2024, 10, 15)


def test_naive_published_is_taken_as_outlet_time():
    found = normalise_event_date("kemarin", datetime(2024, 10, 15, 1), JKT)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 14)


# --- find_event_dates / event_date on the seed bodies (sentences copied from the seeds) -------

SEED_000 = """Langgam.id - Menjelang Pemilihan Kepala Daerah (Pilkada) 2024, Pj Wali Kota Padang \
Andree Algamar menekankan kepada seluruh ASN Pemerintah Kota Padang agar menjunjung netralitas \
dan integritas.

Dalam Sosialiasi Netralitas ASN di Gedung Youth Center Bagindo Aziz Chan, Kamis, (4/7/2024), \
Andree menuturkan ASN harus berjibaku membangun wilayah kerja yang transparan, berintegritas, dan \
netral. Sebab, pelanggaran netralitas berpotensi merusak sumber daya birokrasi.

Lebih lanjut, Kepala Badan Kesatuan Kebangsaan dan Politik (Kabankesbangpol) Kota Padang Tarmizi \
menyampaikan acara sosialisasi ini diikuti oleh 173 ASN, yang terdiri dari pimpinan OPD, Camat \
dan Lurah se-Kota Padang. (*/Fs)

Wako Fadly Amran Mulai Salurkan Kartu Padang Juara untuk 12.606 Siswa Kurang Mampu
Serahkan Dana Operasional RT/RW, Wawako Padang Apresiasi Dukungan Masyarakat
"""

SEED_001 = """Pd. Panjang. (Minangsatu) - Menjelang Pemilihan Kepala Daerah (Pilkada) serentak Kot \
Padang Panjang, November 2024. Isu netralitas Aparatur Sipil Negara (ASN) kembali menjadi sorotan.
Hal tersebut diungkapkan Pj Wali Kota H. Sonny Budaya Putra, AP, M. Si, Jumat (12/7/2024) \
kemaren, saat memberikan materi dalam Bintek Internalisasi Core Value ASN Ber_Ahlak dan \
Netralitas ASN dalam Pilkada.
“Ketentuan mengenai larangan PNS untuk terlibat dalam Pilkada, itu sangat jelas sesuai tertuang \
di Undang-Undang Nomor 5 Tahun 2014, tentang ASN yang mempertegas jarak antara birokrasi dan \
politik,” terang Sonny.
Editor : melatisan
Tag :#Netralitas PNS #Pilkada 2024
"""

SEED_002 = """Pontianak, InfoPublik – Penjabat (Pj) Wali Kota Pontianak, Ani Sofian, menegaskan \
pentingnya netralitas Aparatur Sipil Negara (ASN) di lingkungan Pemerintah Kota (Pemkot) \
Pontianak menjelang Pemilihan Kepala Daerah (Pilkada) yang akan dilaksanakan pada 27 November \
mendatang. Pernyataan ini disampaikan saat Ani Sofian menjadi pembina apel pagi di hadapan \
seluruh ASN Pemkot Pontianak di halaman Kantor Wali Kota pada Senin (14/10/2024).

Ani Sofian menekankan bahwa sebagai pelayan publik, ASN memiliki tanggung jawab untuk menjaga \
profesionalisme serta tidak berpihak pada calon manapun dalam Pilkada.
"""

# The "Berita Terkait" list under seed 002: dates after publication, to be rejected.
SEED_002_RELATED = """Berita Terkait Lainnya
  • Oleh MC KOTA DUMAI
  • Sabtu, 23 November 2024 | 12:23 WIB
Pjs Wali Kota Dumai Akhiri Masa Tugas, Beri Pesan untuk Pilkada Damai
  • Oleh MC KAB AGAM
  • Jumat, 22 November 2024 | 08:31 WIB
Sinergi Lintas Instansi, Kabupaten Agam Siap Sambut Pilkada Serentak 2024
"""

SEED_003 = """Kendari, suarakendari.com-Sebanyak 1.246 Pegawai Pemerintah dengan Perjanjian Kerja \
(P3K) di Kendari, Sulawesi Tenggara, baru-baru ini menandatangani pakta integritas netralitas \
Aparatur Sipil Negara (ASN) pada pemilihan umum dan pemilihan kepala daerah tahun 2024.

Penandatanganan pakta integritas diawali dengan pembacaan 4 poin ikrar tentang netralitas ASN \
yaitu menghindari konflik kepentingan. Sk
"""

SEED_004 = """Bukittinggi (ANTARA) - Di hari pertama menjabat sebagai penjabat sementara (Pjs) \
Wali Kota Bukittinggi langsung meminta komitmen aparatur sipil negara (ASN) daerah setempat untuk \
netral dalam Pemilihan Kepala Daerah (Pilkada) 2024.

Pjs Wali Kota Bukittinggi, Hani Syopiar Rustam yang menggantikan Erman Safar memimpin Apel \
Gabungan Pembacaan Ikrar Netralitas ASN dan Penandatanganan Pakta Integritas Netralitas dalam \
Pilkada, Kamis (26/9).

"Aparatur Sipil Negara diminta menjaga netralitas. Untuk menjamin terjaganya netralitas ASN, pada \
hari ini juga telah dilaksanakan pembacaan Ikrar Netralitas Pegawai Aparatur Sipil Negara pada \
Pemilihan Kepala Daerah Tahun 2024 sekaligus penandatanganan Pakta Integritas," kata Hani Syopiar.
"""


# The page header above the body of seed 001: the byline date would come first.
SEED_001_HEADER = """HOME BIROKRASI KOTA PADANG PANJANG
- Sabtu, 13 Juli 2024
Pj Wako Sonny Tekankan ASN Untuk Tetap Netral Pada Pelaksanaan Pilkada 2024
"""

# The byline of seed 002.
SEED_002_BYLINE = """Oleh MC KOTA PONTIANAK, Senin, 14 Oktober 2024 | 17:55 WIB - Redaktur: \
Untung S - 171

"""


@pytest.mark.parametrize(("text", "published", "tz", "expected"), [
    (SEED_000, P000, JKT, date(2024, 7, 4)),
    (SEED_001, P001, JKT, date(2024, 7, 12)),
    (SEED_001_HEADER + SEED_001, P001, JKT, date(2024, 7, 12)),
    (SEED_002_BYLINE + SEED_002, P002, JKT, date(2024, 10, 14)),
    (SEED_002, P002, JKT, date(2024, 10, 14)),
    (SEED_002 + SEED_002_RELATED, P002, JKT, date(2024, 10, 14)),
    (SEED_003, "2024-06-20T10:00:00+08:00", MKS, None),
    (SEED_004, P004, JKT, date(2024, 9, 26)),
], ids=["000-langgam", "001-minangsatu", "001-with-header", "002-with-byline",
        "002-infopublik", "002-with-related",
        "003-suarakendari", "004-antara"])
def test_event_date_of_seed_bodies(text, published, tz, expected):
    found = event_date(text, datetime.fromisoformat(published), tz)
    assert (found.value if found else None) == expected


def test_byline_dates_lose_to_dates_in_sentences():
    pub = datetime.fromisoformat(P001)
    best = event_date(SEED_001_HEADER + SEED_001, pub, JKT)
    assert best is not None and best.raw == "Jumat (12/7/2024) kemaren"
    mentions = find_event_dates(SEED_001_HEADER + SEED_001, pub, JKT)
    assert [m.raw for m in mentions] == ["Sabtu, 13 Juli 2024", "Jumat (12/7/2024) kemaren"]
    only_byline = event_date(SEED_001_HEADER, pub, JKT)  # still better than nothing
    assert only_byline is not None and only_byline.value == date(2024, 7, 13)


def test_seed_002_mentions_in_text_order():
    found = find_event_dates(SEED_002 + SEED_002_RELATED, datetime.fromisoformat(P002), JKT)
    assert [m.raw for m in found] == ["27 November mendatang", "Senin (14/10/2024)",
                                      "Sabtu, 23 November 2024 | 12:23 WIB",
                                      "Jumat, 22 November 2024 | 08:31 WIB"]
    announced, monday, *related = found
    assert isinstance(announced, EventDate) and announced.announced
    assert announced.value == date(2024, 11, 27)
    assert isinstance(monday, EventDate) and not monday.announced
    assert all(isinstance(r, Rejected) and r.reason == "after publication" for r in related)


def test_seed_004_explicit_date_beats_hari_ini():
    found = find_event_dates(SEED_004, datetime.fromisoformat(P004), JKT)
    assert [(m.raw, m.method) for m in found if isinstance(m, EventDate)] == [
        ("Kamis (26/9)", "dm_infer_year"), ("hari ini", "relative")]


def test_seeds_001_and_003_yield_nothing_from_years_and_law_numbers():
    assert [m.raw for m in find_event_dates(SEED_001, datetime.fromisoformat(P001), JKT)] == [
        "Jumat (12/7/2024) kemaren"]
    assert find_event_dates(SEED_003, datetime.fromisoformat(P001), MKS) == []


def test_antara_weekday_alone_and_lowercase_weeks():
    text = ("Pemerintah akan menindak tegas ASN yang tidak netral, kata Pj Wali Kota di Kendari, "
            "Minggu. Dalam dua minggu ini dan minggu depan pengawasan diperketat.")
    found = find_event_dates(text, datetime.fromisoformat("2024-10-14T09:00:00+08:00"), MKS)
    assert isinstance(found[0], EventDate)
    assert (found[0].raw, found[0].value, found[0].announced) == ("Minggu", date(2024, 10, 13),
                                                                  False)
    assert [m.raw for m in found] == ["Minggu", "minggu depan"]


def test_event_date_prefers_explicit_over_relative_and_past_over_announced():
    pub = datetime.fromisoformat(P002)
    text = ("Kemarin warga berkumpul. Pilkada akan digelar 27 November mendatang, kata Ketua KPU "
            "pada Sabtu (12/10/2024).")
    best = event_date(text, pub, JKT)
    assert best is not None and best.value == date(2024, 10, 12)
    assert event_date("Kemarin warga berkumpul, Minggu.", pub, JKT).value == date(2024, 10, 13)
    assert event_date("Tidak ada tanggal di sini. 2024.", pub, JKT) is None


def test_find_event_dates_ignores_lowercase_weekday_words_in_running_text():
    pub = datetime.fromisoformat(P002)
    assert find_event_dates("acara itu digelar setiap senin dan kamis.", pub, JKT) == []
    assert find_event_dates("buka Senin-Jumat pukul 08.00 WIB", pub, JKT) == []
