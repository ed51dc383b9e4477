"""Dates that are no occasion's, and an occasion's date a recalled word does not take away:
a venue named after a day, a calendar step with its body named, an aside about the speaker
after the saying, a page's publication time left alone. Invented texts."""

from datetime import date

import pytest

from transforms.events.dates.find import event_date_of, find_event_dates
from transforms.events.dates.results import EventDate, Rejected

WIB = "Asia/Jakarta"


def chosen(text: str) -> EventDate | Rejected | None:
    return event_date_of("", text, find_event_dates(text, None, WIB), None, WIB)


def day_of(text: str) -> date | None:
    found = chosen(text)
    return found.value if isinstance(found, EventDate) else None


# 6 March 2024 was a Wednesday.
@pytest.mark.parametrize("text", [
    "Bupati Hendra memimpin apel netralitas ASN di Lapangan 17 Agustus, Rabu (6/3/2024). Ia "
    "meminta seluruh pegawai menjaga netralitas.",
    "Ikrar netralitas ASN dibacakan di Taman 10 November, Rabu (6/3/2024), oleh ratusan "
    "pegawai Pemkab Lumajang.",
])
def test_a_venue_named_after_a_day_is_no_date(text: str) -> None:
    assert day_of(text) == date(2024, 3, 6)


def test_a_calendar_step_with_its_body_named_is_the_calendars() -> None:
    text = ("Ketua Bawaslu Kabupaten Garut Rina Lestari menyebut tahapan kian dekat menuju "
            "penetapan pasangan calon oleh KPU Kabupaten Garut pada 23 September 2024.\n"
            '"ASN harus netral," kata Rina di Garut, Jumat.')
    found = chosen(text)
    assert not isinstance(found, EventDate)
    assert isinstance(found, Rejected) and found.raw.startswith("Jumat")


def test_an_aside_about_the_speaker_after_the_saying_keeps_its_date() -> None:
    # 3 October 2024 was a Thursday; the year comes from the full date before
    text = ('"Tim ini kami bentuk pada 1 Oktober 2024 lalu untuk mengawasi netralitas ASN," '
            "ujar anggota Bawaslu Provinsi Maluku Utara, Rudi Tamher, yang ditunjuk sebagai "
            "ketua tim pengawasan netralitas di Ternate, Kamis (3/10/2024).")
    assert day_of(text) == date(2024, 10, 3)


def test_an_appointment_dated_in_its_own_clause_is_still_recalled() -> None:
    text = ("Kepala BKD Hasan Basri, yang dilantik pada 2 September 2024, memimpin rapat "
            "netralitas ASN. Rapat itu digelar Rabu (4/9/2024).")
    assert day_of(text) == date(2024, 9, 4)


@pytest.mark.parametrize(("text", "day"), [
    # an office taken in the lead: the swearing-in the article reports (a Tuesday)
    ("PALU - Kepala Dinas Rudi Hartono resmi menjabat sebagai Penjabat (Pj) Bupati Sukamaju, "
     "Selasa 16 Januari 2024. Ia dilantik Gubernur di ruang rapat kantor gubernur dan diminta "
     "menjaga netralitas ASN.", date(2024, 1, 16)),
    # (limit) an office taken, recalled later in the text
    ("Pj Bupati Sukamaju Rudi Hartono memimpin apel netralitas ASN, Rabu (4/9/2024), dan meminta "
     "pegawai netral dalam Pilkada 2024 di halaman kantor bupati.\nRudi, yang resmi menjabat "
     "sebagai Pj Bupati, Selasa (16/1/2024), juga menyinggung pelayanan publik.",
     date(2024, 9, 4)),
    # (review) told aside of its subject: the apel has no day of its own
    ("Rudi Hartono, yang resmi dilantik sebagai Pj Bupati Agam, Senin 15 Januari 2024, memimpin "
     "apel netralitas ASN di Lapangan Sukamaju dan meminta pegawai netral.", None),
    # a day something must already be done by: the rule's deadline (30 May 2024, a Thursday)
    ("Ketua DPRD Sukamaju Rudi Hartono meminta ASN netral, Kamis (30/5/2024). \"Berarti 24 "
     "Agustus 2024 sudah harus mengundurkan diri sebagai ASN,\" imbuhnya.", date(2024, 5, 30)),
    # (limit) a gathering's day it must be attended on (a Monday)
    ("Apel netralitas ASN digelar di halaman kantor bupati Sukamaju, Senin (2/9/2024), wajib "
     "diikuti seluruh ASN.", date(2024, 9, 2)),
])
def test_an_office_taken_and_a_deadline_in_the_lead(text: str, day: date | None) -> None:
    assert day_of(text) == day


def test_a_publication_time_alone_dates_no_occasion() -> None:
    text = ("Politik\nSENIN, 3 MARET 2025 | 09:15 WIB | LAPORAN: RINA\n"
            "Bawaslu Kota Metro mencatat sembilan ASN melanggar netralitas sepanjang "
            "Pilwalkot Metro 2024. Semuanya telah dilaporkan ke BKN dan lima sudah disanksi.")
    assert chosen(text) is None


def test_a_datelines_date_may_still_date_the_report() -> None:
    text = ("Singkawang, Senin 3 Maret 2025 | Humas\n"
            "Dinas Pendidikan Kota Singkawang memberi pembekalan soal netralitas ASN "
            "bagi kepala sekolah secara daring.")
    assert day_of(text) == date(2025, 3, 3)


@pytest.mark.parametrize("missed", [
    # what was due on the day, then that it did not take place
    "Panwascam semestinya memeriksa kepala desa itu pada Kamis, 12 September 2024, tetapi "
    "yang bersangkutan tidak datang.",
    "Pemeriksaan dijadwalkan Kamis (12/9/2024), namun kepala desa itu tidak hadir.",
    # the day right after a contrast saying so
    "\"Kami sudah mengirim undangan pemeriksaan, tapi dia belum datang pada Kamis "
    "(12/9/2024),\" ujar Dedi.",
])
def test_the_date_of_what_did_not_take_place_is_no_occasions(missed: str) -> None:
    text = ("Bawaslu Lembah Hijau menelusuri dua laporan soal kepala desa yang diduga berpihak. "
            + missed + " Bawaslu akan memanggilnya lagi.")
    assert day_of(text) is None


def test_an_occasion_held_on_its_day_keeps_it_despite_an_absent_guest() -> None:
    text = ("Apel netralitas ASN digelar di halaman kantor bupati, Kamis (12/9/2024). Bupati "
            "tidak hadir karena tugas lain, namun apel tetap dipimpin Sekda.")
    assert day_of(text) == date(2024, 9, 12)


def test_a_fact_added_with_apalagi_and_told_as_past_dates_no_occasion() -> None:
    text = ("Kejaksaan Negeri Agam memfokuskan pengawasan netralitas ASN di Pilkada 2024.\n"
            "Apalagi, 26 Agustus 2024 lalu, Bawaslu Kabupaten Agam sudah menyampaikan surat "
            "edaran kepada kepala daerah.")
    assert day_of(text) is None
    # (limit) the occasion told plainly keeps its date
    plain = "Bawaslu Agam menggelar sosialisasi netralitas ASN, 26 Agustus 2024."
    assert day_of(plain) == date(2024, 8, 26)


def test_a_law_cited_by_number_and_year_does_not_take_the_occasions_day() -> None:
    text = ("AGAM - Bawaslu menggelar sosialisasi harmonisasi peraturan daerah dengan "
            "Undang-Undang nomor 7 tahun 2017, Senin (12/12/2022). Kegiatan itu bertujuan "
            "menjaga netralitas ASN.")
    assert day_of(text) == date(2022, 12, 12)
    # (limit) a document dated after its number is the document's
    dated = ("Bawaslu Agam mengingatkan ASN agar netral.\nSurat Edaran Nomor 7 Tahun 2022 "
             "tanggal 12 Desember 2022 memuat larangan bagi pegawai.")
    assert day_of(dated) is None


@pytest.mark.parametrize("text", [
    # (review) "lalu" as "then" in an "Apalagi/Terlebih" sentence tells no past
    "Bupati Agam menegaskan netralitas ASN.\nTerlebih, pada Senin (12/2/2024) Bupati Agam "
    "Rudi Hartono memimpin apel di halaman kantor bupati, lalu seluruh ASN membacakan ikrar "
    "netralitas.",
    "Bawaslu Agam mengingatkan ASN.\nApalagi Senin (12/2/2024), Bawaslu menggelar sosialisasi "
    "netralitas dan lalu meminta ASN menandatangani pakta integritas.",
])
def test_then_in_an_apalagi_sentence_keeps_the_day(text: str) -> None:
    assert day_of(text) == date(2024, 2, 12)


def test_a_letter_issued_before_a_weekday_is_not_taken_for_a_law_cited() -> None:
    # (review) a circular's issuing day told in passing stays another occasion's
    text = ("Sejak diterbitkannya Surat Edaran Bupati Agam Nomor 5 Tahun 2024, Jumat (2/2/2024), "
            "Bawaslu Agam mengingatkan ASN menjaga netralitas dalam Pilkada 2024.")
    assert day_of(text) is None


def test_the_day_a_candidates_campaign_was_attended_is_the_breachs() -> None:
    text = ("Bawaslu Agam memeriksa tiga kepala desa di Kecamatan Sukamaju. Ketiga kepala desa "
            "tersebut diduga menghadiri kampanye salah satu calon gubernur pada 14 Oktober 2024.")
    assert day_of(text) is None
    # (limit) a campaign supervised on its day is the supervision's occasion
    watched = "Bawaslu Agam mengawasi kampanye paslon di Lapangan Sukamaju, Senin (14/10/2024)."
    assert day_of(watched) == date(2024, 10, 14)
