"""The election calendar: voting days and calendar steps."""

from datetime import date

from transforms.events.dates.calendar import (
    CALENDAR,
    CALENDAR_STEP,
    ELECTION_WORD,
    is_voting_day,
)


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

