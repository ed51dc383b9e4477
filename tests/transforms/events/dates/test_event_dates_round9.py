"""Round 9 of the event-date reader: the classes of date a fresh corpus showed taken for an
occasion's. A dateline's filing date ("Mappi (5/2/2024): ..."), the vote named by the vote cast
("menggunakan hak pilih pada ..."), a step of the calendar named after its date ("24-26 Juni
adalah masa tenang") and a re-vote ("pemungutan suara ulang (PSU) ... 6 Agustus 2025")."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.events.assemble import extract_events
from transforms.events.dates.find import (
    EventDate,
    Rejected,
    event_date_of,
    find_event_dates,
)
from transforms.events.dates.furniture import dateline_stamp

JKT = "Asia/Jakarta"
URL = "https://contoh.id/berita/apel-netralitas-asn"  # no date in the address


def chosen(text: str, url: str = URL) -> EventDate | Rejected | None:
    return event_date_of("", text, find_event_dates(text, None, JKT, url), None, JKT, url)


# --- a dateline's date is the filing stamp ---------------------------------------------------
# (a dateline is what the place reader finds: its head names a real region)

@pytest.mark.parametrize("head", [
    "Lubuk Basung (5/2/2024): ",
    "Lubuk Basung, sinarwarta.com (5/2/2024) – ",
    "LUBUK BASUNG (5/2/2024) - ",
    "Kota Solok, 5/2/2024 (Antara) - ",
    "Lubuk Basung, Kabupaten Agam (05/02/2024) — ",
])
def test_a_dateline_date_gives_way_to_the_occasion_the_lead_dates(head):
    text = (f"{head}Pemerintah Kabupaten Lembah Hijau menggelar apel gabungan deklarasi "
            "netralitas ASN menjelang Pemilu 2024. Apel yang digelar di lapangan kantor bupati "
            "itu dipimpin Pj Bupati Rudi Hartawan, Kamis (1/2/2024).\n"
            "Rudi meminta seluruh ASN menjaga netralitas pada Pemilu 2024.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2024, 2, 1)


def test_a_dateline_date_starts_no_occasion_of_its_own():
    text = ("Agam (5/2/2024): Pemerintah Kabupaten Agam menggelar apel "
            "gabungan deklarasi netralitas ASN menjelang Pemilu 2024. Apel gabungan itu dipimpin "
            "Pj Bupati Rudi Hartawan di lapangan kantor bupati, Kamis (1/2/2024).\n"
            "Rudi meminta seluruh ASN menjaga netralitas pada Pemilu 2024.")
    events = extract_events(canonical_url=URL, title="Apel Netralitas ASN Lembah Hijau",
                            text=text, dateline="Agam", published_at=None, timezone=JKT)
    assert [e.event_date for e in events] == ["2024-02-01"]


def test_a_dateline_date_alone_is_still_the_last_resort():
    text = ("Lembah Hijau (5/2/2024): Pemerintah Kabupaten Lembah Hijau menggelar apel "
            "deklarasi netralitas ASN menjelang Pemilu 2024 di lapangan kantor bupati.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2024, 2, 5)


@pytest.mark.parametrize(("text", "stamp"), [
    ("Padang (12/9/2024) - Bawaslu menggelar sosialisasi.", True),
    ("Padang, situs.com (12/9/2024): Bawaslu menggelar sosialisasi.", True),
    ("PADANG, (12/9/2024) (ANTARA) - Bawaslu menggelar sosialisasi.", True),
    # a dateline that lost its dash is still the place reader's dateline
    ("Padang (12/9/2024) Bawaslu menggelar sosialisasi.", True),
    # a head naming no place is no dateline for the place reader, so none here either
    ("Rabu (12/9/2024) - Bawaslu menggelar sosialisasi.", False),
    # a sentence, a range of days: no dateline
    ("Sosialisasi digelar (12/9/2024) - diikuti camat.", False),
    ("Bawaslu menggelar sosialisasi Senin (12/9/2024) - Selasa (13/9/2024).", False),
    ("Bawaslu Padang menggelar sosialisasi (12/9/2024): camat hadir.", False),
])
def test_dateline_stamp_is_a_date_inside_the_dateline_the_place_reader_finds(text, stamp):
    start = text.index("(12/9")
    end = text.index(")", start) + 1
    assert dateline_stamp(text, start, end) is stamp


def test_a_date_later_in_the_text_is_no_dateline_stamp():
    text = ("Padang (ANTARA) - Bawaslu menggelar sosialisasi netralitas ASN.\n"
            "Padang (12/9/2024) - acara itu diikuti camat.")
    start = text.index("(12/9")
    assert not dateline_stamp(text, start, text.index(")", start) + 1)


# --- the vote, however it is named -----------------------------------------------------------

@pytest.mark.parametrize("vote", [
    "menggunakan hak pilih pada tanggal 27 Juni 2018",
    "memberikan hak suaranya pada 27 Juni 2018",
    "menyalurkan hak pilihnya pada Rabu (27/6/2018)",
])
def test_the_vote_named_by_the_vote_cast_is_no_occasion(vote):
    text = ("KPU Kabupaten Lembah Hijau menggelar rapat kerja kesiapan Pilkada 2018 di aula "
            "sekretariat daerah, Kamis (21/6/2018).\n"
            f"Pjs Bupati meminta camat mengajak warga {vote} serta mengingatkan PNS untuk "
            "netral.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2018, 6, 21)


@pytest.mark.parametrize("step", [
    "mulai tanggal 24-26 Juni 2018 ialah masa tenang",
    "24 Juni 2018 merupakan hari tenang",
    "Minggu (24/6/2018) memasuki masa tenang",
])
def test_a_step_of_the_calendar_named_after_its_date_is_no_occasion(step):
    text = ("KPU Kabupaten Lembah Hijau menggelar rapat kerja kesiapan Pilkada 2018 di aula "
            "sekretariat daerah, Kamis (21/6/2018).\n"
            f"Ketua KPU menjelaskan bahwa {step}, dan ASN diminta tetap netral.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2018, 6, 21)


@pytest.mark.parametrize("vote", [
    "pemungutan suara ulang (PSU) untuk pemilihan gubernur dan wakil gubernur Tanah Timur "
    "6 Agustus 2025",
    "PSU Pilkada Tanah Timur pada Rabu 6 Agustus 2025",
    "pemungutan suara Pilkada Kabupaten Lembah Hijau pada Rabu, 6 Agustus 2025",
    "pemilihan bupati dan wakil bupati Lembah Hijau 6 Agustus 2025",
])
def test_a_re_vote_and_a_vote_named_at_length_are_no_occasion(vote):
    text = ("Lembah Hijau (Antara) - Pemerintah Kabupaten Lembah Hijau meminta seluruh ASN "
            f"menjaga netralitas menjelang {vote}.\n"
            "Bupati Lembah Hijau Rudi Hartawan di Lembah Hijau, Selasa, mengatakan ASN yang "
            "melanggar akan dikenai sanksi.")
    got = chosen(text)
    assert isinstance(got, Rejected) and got.raw == "Selasa"


def test_a_meeting_about_a_step_keeps_its_weekday_date():
    text = ("Bawaslu Kabupaten Lembah Hijau menggelar rapat evaluasi tahapan Pilkada, Rabu "
            "(18/11/2020), dan mengingatkan ASN agar netral.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2020, 11, 18)


# --- the day a time limit runs from, a day still to come ------------------------------------

@pytest.mark.parametrize("span", [
    "berkas tersebut akan ditangani paling lama lima hari sejak tanggal 16 Mei 2018",
    "Panwaslu punya waktu paling lama tujuh hari kerja terhitung sejak 16 Mei 2018",
])
def test_the_day_a_time_limit_is_counted_from_is_no_occasion(span):
    text = ("Panwaslu Kabupaten Lembah Hijau menerima dua laporan soal ketidaknetralan "
            f"ASN pada Pilkada 2018. \"Semuanya sudah memenuhi syarat, {span},\" ujar Komisioner "
            "Panwaslu Sari Wulandari.")
    assert chosen(text) is None


@pytest.mark.parametrize("later", [
    "Ikrar itu akan kembali dibacakan dalam apel pagi pekanan 15 April.",
    "Pembacaan ikrar dijadwalkan diulang pada apel Senin 15 April 2019.",
])
def test_a_weekday_in_the_lead_is_not_completed_by_a_day_to_come(later):
    text = ("Tanah Timur (Antara) - ASN di lingkungan Pemprov Tanah Timur pada Senin berikrar "
            "menjaga netralitas dalam Pemilu 2019, kata Sekda Tanah Timur Made Suarta.\n"
            f"{later} Made berharap ASN tetap netral hingga hari pemungutan suara.")
    got = chosen(text)
    assert isinstance(got, Rejected) and got.raw == "Senin"


def test_a_plan_told_in_the_quote_a_date_closes_does_not_make_it_coming():
    text = ("TANAH TIMUR - Dalam sambutannya pada apel Senin pertama bulan Februari, Bupati "
            "Rudi Hartawan meminta ASN netral dalam Pilkada 2018.\n"
            "\"ASN yang melanggar akan dikenai sanksi,\" ucapnya Senin (05/02/2018) pagi.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2018, 2, 5)


def test_a_term_up_to_a_day_starts_no_occasion_of_its_own():
    text = ("Tanah Timur (Antara) - ASN Pemprov Tanah Timur membacakan ikrar netralitas ASN "
            "dalam Pemilu 2019 pada apel pagi, Senin (8/4/2019), dipimpin Sekda Made Suarta.\n"
            "Ikrar netralitas itu menjadi pegangan ASN sampai tanggal 20 April 2019, ujar Made.")
    events = extract_events(canonical_url=URL, title="ASN Tanah Timur Berikrar Netral",
                            text=text, dateline="Tanah Timur", published_at=None, timezone=JKT)
    assert [e.event_date for e in events] == ["2019-04-08"]


@pytest.mark.parametrize("vote", ["9 April 2014", "9 Juli 2014"])
def test_the_voting_days_of_pemilu_2014_are_no_occasion(vote):
    text = ("Bupati Lembah Hijau memimpin apel netralitas PNS di halaman kantor bupati, Senin "
            f"(24/3/2014). Ia meminta PNS netral saat warga memilih wakilnya, {vote}.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2014, 3, 24)


@pytest.mark.parametrize(("title", "expected"), [
    ("ASN Lembah Hijau Ikrar Netral, Selasa (16/4/2019)", date(2019, 4, 16)),
    ("ASN Lembah Hijau Ikrar Netral, Senin (15/4/2019)", None),  # another day: not completed
])
def test_a_weekday_alone_is_completed_by_the_titles_date_of_that_day(title, expected):
    text = ("Simpang Tiga (Antara) - Pemkab Lembah Hijau mengajak ASN menjaga netralitas dalam "
            "Pemilu 2019, kata Sekda Lembah Hijau Made Suarta di Simpang Tiga, Selasa.")
    got = event_date_of(title, text, find_event_dates(text, None, JKT, URL), None, JKT, URL)
    assert (got.value if isinstance(got, EventDate) else None) == expected


def test_a_briefing_on_the_vote_keeps_its_weekday_date():
    text = ("KPU Kabupaten Lembah Hijau menggelar sosialisasi penggunaan hak pilih, "
            "Senin (5/8/2024), dan mengingatkan ASN agar netral pada Pilkada 2024.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2024, 8, 5)


@pytest.mark.parametrize("gathering", [
    "Rakor Persiapan PSU Pilkada Tanah Timur, Selasa (22/7/2025)",
    "rapat koordinasi pembinaan pemungutan suara ulang, Selasa (22/7/2025)",
    "simulasi pemungutan suara Pilkada Tanah Timur, Selasa (22/7/2025)",
])
def test_a_gathering_about_the_vote_keeps_its_date(gathering):
    text = (f"Pemkab Lembah Hijau bersama KPU menggelar {gathering}, dan Bupati mengingatkan "
            "ASN agar netral menjelang PSU Pilkada 2024.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2025, 7, 22)
