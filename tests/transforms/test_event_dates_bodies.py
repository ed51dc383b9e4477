"""Event dates in whole article bodies (find_event_dates, accepted_dates, event_date_of):
the seed articles (sentences copied from the seeds, nothing under /work/shared is read at test
time), their page furniture (bylines, related lists), and running text. Single strings are in
test_event_dates.py.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from transforms.events.dates import (
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
P002 = "2024-10-14T17:55:00+07:00"  # InfoPublik, Monday
P004 = "2024-09-26T10:15:00+07:00"  # Antara Sumbar, Thursday


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


def test_accepted_dates_are_the_event_dates_with_their_offsets():
    text = SEED_002 + SEED_002_RELATED
    pub = datetime.fromisoformat(P002)
    found = accepted_dates(find_event_dates(text, pub, JKT))
    assert [(text[a:b], m.raw) for a, b, m in found] == [
        ("27 November mendatang", "27 November mendatang"),
        ("Senin (14/10/2024)", "Senin (14/10/2024)")]  # the related list's dates are rejected
    assert [m for _, _, m in found] == [m for m in find_event_dates(text, pub, JKT)
                                        if isinstance(m, EventDate)]
