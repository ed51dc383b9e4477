"""The election calendar: voting days and calendar steps, and the dates they give: a step linked
to its date by "adalah" and the vote cast on a regional re-vote day are no occasion's."""

from datetime import date

import pytest
from event_date_checks import JKT, URL

from transforms.events.dates.calendar import (
    CALENDAR,
    CALENDAR_STEP,
    ELECTION_WORD,
    is_voting_day,
)
from transforms.events.dates.find import EventDate, event_date_of, find_event_dates


def test_nationwide_voting_days_and_other_days():
    assert is_voting_day(date(2024, 11, 27))
    assert is_voting_day(date(2019, 4, 17))
    assert not is_voting_day(date(2024, 11, 26))
    assert not is_voting_day(date(2023, 11, 27))  # the day, not in an election year


def test_a_date_right_after_an_election_or_a_step_is_the_calendars():
    assert CALENDAR.search("menjelang Pilkada serentak yang akan digelar pada")
    assert CALENDAR_STEP.search("tahapan pemungutan suara pada")
    assert not CALENDAR.search("Bupati memimpin apel netralitas ASN pada")


def test_a_weekday_after_an_election_name_alone_may_be_an_occasion():
    assert not CALENDAR_STEP.search("sosialisasi netralitas jelang Pilkada pada")


def test_the_vote_named_by_its_verb():
    assert ELECTION_WORD.search("warga akan mencoblos pada")
    assert not ELECTION_WORD.search("pegawai mengikuti rapat pada")


def chosen(text: str) -> EventDate | None:
    found = event_date_of("", text, find_event_dates(text, None, JKT, URL), None, JKT, URL)
    return found if isinstance(found, EventDate) else None


@pytest.mark.parametrize("link", ["adalah pada tanggal", "ialah tanggal", "adalah"])
def test_a_calendar_step_linked_by_adalah_is_no_occasion(link):
    text = ("Ketua Bawaslu Sukamaju Rahmat Hidayat meminta ASN tidak ikut menyusun program "
            "kandidat dalam sosialisasi di aula kantor bupati, Kamis (18/7/2024).\nMenurut dia, "
            f"Bawaslu baru bisa menindak setelah ada peserta. Sesuai jadwal, penetapan calon "
            f"bupati {link} 22 September 2024.")
    found = chosen(text)
    assert found is not None and found.value == date(2024, 7, 18)


@pytest.mark.parametrize("cast", ["menggunakan hak pilihnya pada", "menyalurkan hak suara pada"])
def test_the_vote_cast_on_a_regional_re_vote_day_is_no_occasion(cast):
    # not a nationwide voting day: a re-vote's, named by the vote cast
    text = ("ASN Pemprov Sukamaju menandatangani pakta integritas netralitas dalam apel di halaman "
            "kantor gubernur, Senin 14 Juli 2025.\nPj Gubernur Rahmat Hidayat berharap warga "
            f"datang ke TPS dan {cast} 30 Juli 2025.")
    found = chosen(text)
    assert found is not None and found.value == date(2025, 7, 14)
