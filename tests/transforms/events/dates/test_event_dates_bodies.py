"""Event dates in whole article bodies (find_event_dates, accepted_dates, event_date_of):
invented articles in the shapes of the seed articles (nothing under /work/shared is read at
test time), their page furniture (bylines, related lists), and running text. Single strings
are in test_event_dates.py.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from transforms.events.dates.find import (
    EventDate,
    Rejected,
    accepted_dates,
    event_date_of,
    find_event_dates,
)

JKT, MKS = "Asia/Jakarta", "Asia/Makassar"


def event_date(text: str, published: datetime, tz: str) -> EventDate | None:
    """The event date extract_events gives a body (no title, no URL), when it is dated."""
    chosen = event_date_of("", text, find_event_dates(text, published, tz), published, tz)
    return chosen if isinstance(chosen, EventDate) else None

# Publication times (local), as in test_event_dates.py. Seed 002 and 004 carry them; 000 and 001
# are assumed from the page date (the byline of 001 reads "Sabtu, 13 Juli 2024").
P000 = "2024-07-04T16:30:00+07:00"  # Langgam, Thursday
P001 = "2024-07-13T10:00:00+07:00"  # Minangsatu, Saturday
P002 = "2024-10-14T16:20:00+07:00"  # InfoPublik, Monday
P004 = "2024-09-26T10:15:00+07:00"  # Antara Sumbar, Thursday


# --- find_event_dates / event_date on invented bodies in the seeds' shapes -------------------

SEED_000 = """Langgam.id - Jelang Pemilihan Kepala Daerah (Pilkada) 2024, Pj Wali Kota Padang \
Darmawan Effendi meminta semua ASN di lingkungan Pemerintah Kota Padang menjaga netralitas \
serta integritas.

Saat Sosialisasi Netralitas ASN di Gedung Youth Center Bagindo Aziz Chan, Rabu, \
(3/7/2024), Darmawan menuturkan ASN wajib melayani warga dengan jujur, terbuka, dan tidak \
memihak. Sebab, ASN yang berpihak bisa menggerus kepercayaan publik kepada birokrasi.

Selain itu, Kepala Badan Kesatuan Kebangsaan dan Politik (Kabankesbangpol) Kota Padang \
Syafrizal mengatakan sosialisasi tersebut dihadiri 173 ASN, mulai dari pimpinan OPD, Camat \
hingga Lurah se-Kota Padang. (*/Fs)

Wako Padang Mulai Bagikan Kartu Beasiswa untuk 9.450 Pelajar Kurang Mampu
Salurkan Bantuan Operasional RT/RW, Wawako Padang Ucapkan Terima Kasih kepada Warga
"""

SEED_001 = """Pd. Panjang. (Minangsatu) - Jelang Pemilihan Kepala Daerah (Pilkada) serentak di \
Kota Padang Panjang, November 2024. Netralitas Aparatur Sipil Negara (ASN) pun kembali jadi \
perhatian.
Hal itu disampaikan Pj Wali Kota H. Ridwan Hakim Putra, AP, M. Si, Jumat (12/7/2024) \
kemaren, ketika menjadi narasumber pada Bimtek Penguatan Nilai Dasar ASN BerAKHLAK dan \
Netralitas ASN dalam Pilkada.
“Larangan bagi PNS untuk terlibat dalam Pilkada sudah diatur tegas dalam Undang-Undang Nomor 5 \
Tahun 2014 tentang ASN, yang memisahkan birokrasi dari politik praktis,” terang Ridwan.
Editor : yudhistira
Tag :#Netralitas PNS #Pilkada 2024
"""

SEED_002 = """Pontianak, InfoPublik – Penjabat (Pj) Wali Kota Pontianak, Edi Kurniawan, \
meminta ASN Pemkot Pontianak tidak memihak kepada calon mana pun menjelang Pilkada yang \
digelar pada 27 November mendatang. Pesan itu \
disampaikan Edi Kurniawan saat menjadi pembina apel pagi yang diikuti ASN Pemkot Pontianak, \
Senin (14/10/2024), bertempat di halaman Kantor Wali Kota.

Edi Kurniawan menambahkan, sebagai abdi negara ASN wajib bekerja profesional dan tidak memihak \
calon mana pun dalam Pilkada.
"""

# The "Berita Terkait" list under seed 002: dates after publication, to be rejected.
SEED_002_RELATED = """Berita Terkait Lainnya
  • Oleh MC KAB SAMBAS
  • Sabtu, 23 November 2024 | 13:40 WIB
Pemkab Sambas Gelar Doa Bersama Jelang Hari Pemungutan Suara
  • Oleh MC KAB KUBU RAYA
  • Jumat, 22 November 2024 | 09:15 WIB
Logistik Pilkada Kubu Raya Dipastikan Tiba di Semua TPS Tepat Waktu
"""

SEED_003 = """Kendari, suarakendari.com-Sebanyak 1.274 Pegawai Pemerintah dengan Perjanjian Kerja \
(P3K) di Kendari, Sulawesi Tenggara, belum lama ini ikut meneken pakta integritas untuk tetap \
netral selama Pilkada 2024.

Sebelum meneken pakta integritas, peserta lebih dulu membacakan 4 poin ikrar netralitas ASN, \
antara lain menghindari konflik kepentingan. Sk
"""

SEED_004 = """Bukittinggi (ANTARA) - Pada hari pertama bertugas sebagai penjabat sementara (Pjs) \
Wali Kota Bukittinggi segera meminta aparatur sipil negara (ASN) di daerah itu berkomitmen \
netral dalam Pemilihan Kepala Daerah (Pilkada) 2024.

Pjs Wali Kota Bukittinggi, Deni Arpianto Lubis yang menggantikan Zulkarnain Hamid memimpin Apel \
Gabungan yang diisi Pembacaan Ikrar Netralitas ASN serta Penandatanganan Pakta Integritas, \
Kamis (26/9).

"Seluruh ASN kami minta tetap netral. Sebagai wujud komitmen itu, hari ini kita bersama-sama \
membacakan Ikrar Netralitas ASN dalam Pilkada 2024 sekaligus meneken Pakta Integritas," kata \
Deni Arpianto.
"""


# The page header above the body of seed 001: the byline date would come first.
SEED_001_HEADER = """HOME PEMERINTAHAN KOTA PADANG PANJANG
- Sabtu, 13 Juli 2024
ASN Padang Panjang Diminta Jaga Netralitas di Pilkada 2024
"""

# The byline of seed 002.
SEED_002_BYLINE = """Oleh MC KOTA PONTIANAK, Senin, 14 Oktober 2024 | 16:20 WIB - Redaktur: \
Santi M - 238

"""


@pytest.mark.parametrize(("text", "published", "tz", "expected"), [
    (SEED_000, P000, JKT, date(2024, 7, 3)),
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
                                      "Sabtu, 23 November 2024 | 13:40 WIB",
                                      "Jumat, 22 November 2024 | 09:15 WIB"]
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


def test_accepted_dates_are_the_event_dates_with_their_offsets():
    text = SEED_002 + SEED_002_RELATED
    pub = datetime.fromisoformat(P002)
    found = accepted_dates(find_event_dates(text, pub, JKT))
    assert [(text[a:b], m.raw) for a, b, m in found] == [
        ("27 November mendatang", "27 November mendatang"),
        ("Senin (14/10/2024)", "Senin (14/10/2024)")]  # the related list's dates are rejected
    assert [m for _, _, m in found] == [m for m in find_event_dates(text, pub, JKT)
                                        if isinstance(m, EventDate)]
