"""The vote is no occasion, however it is named (the vote cast, a re-vote, a regional vote named
at length, the voting days of an earlier election), nor is a step of the calendar named after
its date, a term up to a day or the day a time limit counts from; a meeting, briefing or
gathering about the vote keeps its own date. Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from event_date_checks import APEL_URL, JKT
from event_date_checks import chosen_apel as chosen

from transforms.events.assemble import extract_events
from transforms.events.dates.find import (
    EventDate,
    Rejected,
)


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


@pytest.mark.parametrize("span", [
    "berkas tersebut akan ditangani paling lama lima hari sejak tanggal 16 Mei 2018",
    "Panwaslu punya waktu paling lama tujuh hari kerja terhitung sejak 16 Mei 2018",
])
def test_the_day_a_time_limit_is_counted_from_is_no_occasion(span):
    text = ("Panwaslu Kabupaten Lembah Hijau menerima dua laporan soal ketidaknetralan "
            f"ASN pada Pilkada 2018. \"Semuanya sudah memenuhi syarat, {span},\" ujar Komisioner "
            "Panwaslu Sari Wulandari.")
    assert chosen(text) is None


def test_a_term_up_to_a_day_starts_no_occasion_of_its_own():
    text = ("Tanah Timur (Antara) - ASN Pemprov Tanah Timur membacakan ikrar netralitas ASN "
            "dalam Pemilu 2019 pada apel pagi, Senin (8/4/2019), dipimpin Sekda Made Suarta.\n"
            "Ikrar netralitas itu menjadi pegangan ASN sampai tanggal 20 April 2019, ujar Made.")
    events = extract_events(canonical_url=APEL_URL, title="ASN Tanah Timur Berikrar Netral",
                            text=text, dateline="Tanah Timur", published_at=None, timezone=JKT)
    assert [e.event_date for e in events] == ["2019-04-08"]


@pytest.mark.parametrize("vote", ["9 April 2014", "9 Juli 2014"])
def test_the_voting_days_of_pemilu_2014_are_no_occasion(vote):
    text = ("Bupati Lembah Hijau memimpin apel netralitas PNS di halaman kantor bupati, Senin "
            f"(24/3/2014). Ia meminta PNS netral saat warga memilih wakilnya, {vote}.")
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == date(2014, 3, 24)


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


@pytest.mark.parametrize("vote", [
    "Pilkada ulang secara serentak pada 14 September 2025",
    "pemilihan bupati secara serentak pada 14 September 2025",
    "Pilwalkot susulan secara langsung pada 14 September 2025",
])
def test_an_election_held_secara_on_its_date_is_no_occasion(vote):
    text = ("Sekretaris Daerah Kabupaten Lembah Hijau meminta pegawai tidak memihak jelang "
            f"{vote}.\n\"Kami awasi pegawai di dua kecamatan,\" katanya di Lembah Hijau, Senin.")
    got = chosen(text)
    assert not (isinstance(got, EventDate) and got.value == date(2025, 9, 14)), vote


# The election named only by the epithet the press gives it ("pesta demokrasi", "hajatan
# demokrasi") beside a nationwide voting day: the vote's date, not an occasion's; the
# statement's own day (25 November 2024, a Monday) is the occasion's.
_SAID_MONDAY = ("\n\"Pegawai yang memihak akan kami laporkan,\" kata Kepala BKPSDM Rahmat Sudirja "
                "di Sari Jaya, Senin (25/11/2024).\n")


@pytest.mark.parametrize("vote", [
    "Menuju pesta demokrasi bupati pada 27 November 2024 itu, Pj Bupati meminta ASN netral.",
    "Menyongsong hajatan demokrasi lima tahunan 27 November 2024, ASN diminta tidak berpihak.",
    "Pesta demokrasi di Kabupaten Sari Jaya, tepatnya Rabu (27/11/2024), harus bebas dari "
    "keberpihakan pegawai.",
    "Bupati mengingatkan, hajat demokrasi warga Sari Jaya pada 27 November 2024 menuntut ASN "
    "netral.",
])
def test_the_vote_named_by_its_epithet_is_no_occasion(vote):
    got = chosen(vote + _SAID_MONDAY)
    assert isinstance(got, EventDate) and got.value == date(2024, 11, 25), vote


@pytest.mark.parametrize("text, day", [
    # the epithet beside a day that is no voting day: a gathering's date, as before
    ("Sosialisasi netralitas menjelang pesta demokrasi digelar di aula kantor bupati, Kamis "
     "(21/11/2024).", date(2024, 11, 21)),
    ("Rapat persiapan pesta demokrasi bersama para camat dipimpin Sekda, Selasa (26/11/2024).",
     date(2024, 11, 26)),
    # a gathering held on voting day with no election named: its date, as before
    ("Apel siaga pegawai Pemkab Sari Jaya dipimpin Sekda di halaman kantor bupati, Rabu "
     "(27/11/2024), sebelum bertugas.", date(2024, 11, 27)),
])
def test_a_day_beside_the_epithet_that_is_no_vote_stays(text, day):
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == day, text
