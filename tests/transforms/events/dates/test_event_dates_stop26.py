"""Dates read off the twenty-sixth stop's corpora, on invented sentences: a day told as an
estimate or a target ("diperkirakan paling cepat pada tanggal ...", "ditargetkan ...") is to
come, so it is not the occasion's day when the occasion itself is dated ("paling cepat", like
"paling lambat", only against a publication date); a three-digit year with a digit dropped is
read in test_event_dates.py."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from event_date_checks import JKT

from transforms.events.dates.find import EventDate, choose_event_date, find_event_dates

LEAD = ("Rakor kesiapan Pilkada yang dipimpin Pjs Bupati Agam berjalan lancar, "
        "19 November 2024.\n")


@pytest.mark.parametrize("later", [
    "Logistik diperkirakan tiba pada tanggal 24 November 2024.",
    "Distribusi logistik ditargetkan rampung pada 24 November 2024.",
    "Hasil rekapitulasi diprediksi keluar pada 24 November 2024.",
])
@pytest.mark.parametrize("published", [None, datetime(2024, 11, 20, 9, 0)])
def test_an_estimated_day_is_not_the_occasions(later: str, published: datetime | None) -> None:
    text = LEAD + later
    chosen = choose_event_date(text, find_event_dates(text, published, JKT))
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 11, 19)


def test_at_the_earliest_points_ahead_from_a_publication_date() -> None:
    text = LEAD + "Logistik didistribusikan paling cepat pada tanggal 24 November 2024."
    chosen = choose_event_date(text, find_event_dates(text, datetime(2024, 11, 20, 9, 0), JKT))
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 11, 19)
