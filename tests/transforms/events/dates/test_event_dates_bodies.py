"""Event dates in whole article bodies (find_event_dates, accepted_dates, event_date_of):
invented articles in the shapes of the seed articles (no user data is read at test time; other
places, people, dates and wording), their page furniture (bylines, related lists), and running
text. Single strings are in test_event_dates.py.
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

# Publication times (local), as in test_event_dates.py. The 002- and 004-shaped texts carry
# them; 000 and 001 are assumed from the page date (the 001 header reads "Jumat, 19 Juli 2024").
P000 = "2024-07-10T16:30:00+07:00"  # Langgam shape, Wednesday
P001 = "2024-07-19T10:00:00+07:00"  # Minangsatu shape, Friday
P002 = "2024-10-07T15:05:00+07:00"  # InfoPublik shape, Monday
P004 = "2024-09-25T10:15:00+07:00"  # Antara shape, Wednesday


# --- find_event_dates / event_date on invented bodies in the seeds' shapes -------------------
# Invented articles: the seeds' date writing, page furniture and order of facts, with other
# places, people, dates and wording.

SEED_000 = """Langgam.id - Menuju hari pencoblosan Pilkada 2024, Pj Wali Kota Pekanbaru \
Darmawan Effendi mengajak para pegawai Pemerintah Kota Pekanbaru bekerja netral dan jujur.

Ketika Sosialisasi Netralitas ASN di Gedung Pemuda Sutan Rajo Alam, Selasa, \
(9/7/2024), Darmawan berpesan agar pegawai melayani warga tanpa pilih kasih. Menurut dia, \
pegawai yang memihak akan merusak kepercayaan orang banyak kepada kantor pemerintah.

Di tempat yang sama, Kepala Kesbangpol Kota Pekanbaru Syafrizal menyebut kegiatan itu \
diikuti 212 pegawai, dari kepala dinas, camat sampai lurah se-Kota Pekanbaru. (*/Rn)

Wako Pekanbaru Serahkan Seragam Sekolah Gratis untuk 6.120 Siswa Baru
Tinjau Pasar Pagi, Wawako Pekanbaru Minta Pedagang Jaga Kebersihan
"""

SEED_001 = """Pd. Panjang. (Minangsatu) - Tahapan pilkada di Kota Padang Panjang, November \
2024, sudah dekat. Sikap netral para pegawai negeri kembali dibicarakan.
Pesan itu datang dari Pj Wali Kota H. Ridwan Hakim Tanjung, AP, M. Si, Kamis (18/7/2024) \
kemaren, ketika mengisi sesi Bintek Penguatan Nilai Dasar Pegawai BerAKHLAK dan Sikap \
Netral dalam Pilkada.
“Sejak Undang-Undang Nomor 5 Tahun 2014 tentang ASN berlaku, pegawai negeri tidak boleh \
lagi menjadi tim sukses siapa pun,” ujar Ridwan.
Editor : handayani
Tag :#Pegawai Netral #Pilkada Serentak
"""

SEED_002 = """Singkawang, InfoPublik – Penjabat (Pj) Wali Kota Singkawang, Edi Kurniawan, \
mengingatkan pegawai Pemkot Singkawang agar tidak condong ke salah satu kandidat hingga \
pencoblosan Pilkada, 27 November mendatang. Ia menyampaikannya \
sebagai pembina apel pagi bagi pegawai Pemkot Singkawang, \
Senin (7/10/2024), yang berlangsung di halaman Kantor Wali Kota.

Edi Kurniawan menambahkan, pegawai negeri digaji untuk melayani semua warga, bukan untuk \
mengurus kampanye.
"""

# A "Berita Terkait" list under a 002-shaped text: dates after publication, to be rejected.
SEED_002_RELATED = """Berita Terkait Lainnya
  • Oleh MC KAB SAMBAS
  • Sabtu, 23 November 2024 | 13:40 WIB
Pemkab Sambas Gelar Doa Bersama Jelang Hari Pemungutan Suara
  • Oleh MC KAB KUBU RAYA
  • Jumat, 22 November 2024 | 09:15 WIB
Logistik Pilkada Kubu Raya Dipastikan Tiba di Semua TPS Tepat Waktu
"""

SEED_003 = """Baubau, kabarbuton.com-Sebanyak 862 Pegawai Pemerintah dengan Perjanjian Kerja \
(P3K) di Baubau, Sulawesi Tenggara, belum lama ini membubuhkan tanda tangan pada pakta \
netralitas untuk masa Pilkada 2024.

Sebelum tanda tangan, para pegawai mengucapkan 5 butir ikrar netralitas ASN, di antaranya \
tidak ikut berkampanye. Rd
"""

SEED_004 = """Payakumbuh (ANTARA) - Sehari setelah dilantik menjadi penjabat sementara (Pjs) \
Wali Kota Payakumbuh, ia langsung mengingatkan pegawai di kota itu agar tidak memihak \
selama tahapan Pilkada 2024.

Pjs Wali Kota Payakumbuh, Deni Arpianto Lubis yang menggantikan Zulkarnain Hamid memimpin Apel \
Bersama berisi Pengucapan Ikrar Netralitas Pegawai lalu Penandatanganan Pakta Integritas, \
Rabu (25/9).

"Pegawai harus berdiri di tengah. Karena itu hari ini semua pegawai mengucapkan Ikrar \
Netralitas ASN untuk Pilkada 2024 dan sekalian meneken Pakta Integritas," ujar \
Deni Arpianto.
"""


# The page header above a 001-shaped body: the byline date would come first.
SEED_001_HEADER = """HOME PEMERINTAHAN KOTA PADANG PANJANG
- Jumat, 19 Juli 2024
Pegawai Padang Panjang Diingatkan Bersikap Netral Selama Pilkada
"""

# A byline in the 002 shape.
SEED_002_BYLINE = """Oleh MC KOTA SINGKAWANG, Senin, 7 Oktober 2024 | 15:05 WIB - Redaktur: \
Budi R - 96

"""


@pytest.mark.parametrize(("text", "published", "tz", "expected"), [
    (SEED_000, P000, JKT, date(2024, 7, 9)),
    (SEED_001, P001, JKT, date(2024, 7, 18)),
    (SEED_001_HEADER + SEED_001, P001, JKT, date(2024, 7, 18)),
    (SEED_002_BYLINE + SEED_002, P002, JKT, date(2024, 10, 7)),
    (SEED_002, P002, JKT, date(2024, 10, 7)),
    (SEED_002 + SEED_002_RELATED, P002, JKT, date(2024, 10, 7)),
    (SEED_003, "2024-06-20T10:00:00+08:00", MKS, None),
    (SEED_004, P004, JKT, date(2024, 9, 25)),
], ids=["000-langgam", "001-minangsatu", "001-with-header", "002-with-byline",
        "002-infopublik", "002-with-related",
        "003-p3k", "004-antara"])
def test_event_date_of_seed_bodies(text, published, tz, expected):
    found = event_date(text, datetime.fromisoformat(published), tz)
    assert (found.value if found else None) == expected


def test_byline_dates_lose_to_dates_in_sentences():
    pub = datetime.fromisoformat(P001)
    best = event_date(SEED_001_HEADER + SEED_001, pub, JKT)
    assert best is not None and best.raw == "Kamis (18/7/2024) kemaren"
    mentions = find_event_dates(SEED_001_HEADER + SEED_001, pub, JKT)
    assert [m.raw for m in mentions] == ["Jumat, 19 Juli 2024", "Kamis (18/7/2024) kemaren"]
    only_byline = event_date(SEED_001_HEADER, pub, JKT)  # still better than nothing
    assert only_byline is not None and only_byline.value == date(2024, 7, 19)


def test_seed_002_mentions_in_text_order():
    found = find_event_dates(SEED_002 + SEED_002_RELATED, datetime.fromisoformat(P002), JKT)
    assert [m.raw for m in found] == ["27 November mendatang", "Senin (7/10/2024)",
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
        ("Rabu (25/9)", "dm_infer_year"), ("hari ini", "relative")]


def test_seeds_001_and_003_yield_nothing_from_years_and_law_numbers():
    assert [m.raw for m in find_event_dates(SEED_001, datetime.fromisoformat(P001), JKT)] == [
        "Kamis (18/7/2024) kemaren"]
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
            "pada Sabtu (5/10/2024).")
    best = event_date(text, pub, JKT)
    assert best is not None and best.value == date(2024, 10, 5)
    assert event_date("Kemarin warga berkumpul, Minggu.", pub, JKT).value == date(2024, 10, 6)
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
        ("Senin (7/10/2024)", "Senin (7/10/2024)")]  # the related list's dates are rejected
    assert [m for _, _, m in found] == [m for m in find_event_dates(text, pub, JKT)
                                        if isinstance(m, EventDate)]
