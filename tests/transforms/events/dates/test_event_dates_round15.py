"""Round 15 of the event-date reader: invented texts, each varying one shape."""

from datetime import date

import pytest

from transforms.events.dates.find import event_date_of, find_event_dates
from transforms.events.dates.reading import EventDate

WIB = "Asia/Jakarta"


def chosen(text: str) -> date | None:
    found = event_date_of("", text, find_event_dates(text, None, WIB), None, WIB)
    return found.value if isinstance(found, EventDate) else None


# 8 October 2024 was a Tuesday.
@pytest.mark.parametrize(("text", "day"), [
    # a dateline a year off the lead's dated occasion, its weekday fitting: the year slipped
    ("KABAR RIMBA Muara Bungo, 9 Oktober 2025. Bupati Bungo Rudi Hartanto melantik delapan "
     "camat di aula kantor bupati pada Selasa (8/10/2024). Ia meminta para camat tetap netral "
     "pada Pilkada 2024.", date(2024, 10, 8)),
])
def test_year_slip_beside_a_fitting_weekday(text: str, day: date) -> None:
    assert chosen(text) == day


def test_a_later_date_with_no_fitting_twin_still_wins() -> None:
    # a month apart, not a year: the later date stays the occasion's (latest explicit date)
    text = ("Muara Bungo, 9 November 2024. Bupati Bungo melantik camat pada Selasa (8/10/2024). "
            "Apel netralitas ASN menjelang Pilkada 2024 digelar pada 9 November 2024.")
    assert chosen(text) == date(2024, 11, 9)


@pytest.mark.parametrize("text", [
    # a campaign period's dates set off by a comma after the step
    "Bupati Rudi Hartanto menyerahkan SK Pjs camat, Selasa (8/10/2024). Mereka "
    "bertugas sepanjang masa kampanye, mulai dari 10 Oktober hingga 30 November 2024.",
    "Bupati Rudi Hartanto menyerahkan SK Pjs camat, Selasa (8/10/2024). Ia mengingatkan "
    "ASN netral selama tahapan kampanye, yakni 10 Oktober sampai 30 November 2024.",
])
def test_campaign_period_after_a_comma(text: str) -> None:
    assert chosen(text) == date(2024, 10, 8)
