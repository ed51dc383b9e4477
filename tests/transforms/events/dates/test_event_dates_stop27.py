"""Dates read off the twenty-seventh stop's corpora, on invented sentences: with no publication
date, URL date or election year, a weekday date without a year takes the year of the text's
full dates its weekday fits, not only the latest; a step's schedule written as two full dates
("sejak 28 November 2023 sampai 10 Februari 2024") dates nothing by its last day either."""

from __future__ import annotations

from datetime import date

from event_date_checks import JKT

from transforms.events.dates.find import EventDate, choose_event_date, find_event_dates

APEL = ("Bupati Agam memimpin apel siaga pengawasan kampanye di Lapangan Sukamaju, Senin (4/12).\n"
        "Ketua Bawaslu Agam mengatakan tahapan kampanye sudah berlangsung sejak 28 November 2023 "
        "sampai 10 Februari 2024 nanti.")


def test_a_weekday_takes_the_year_of_the_texts_dates_it_fits() -> None:
    found = [f for f in find_event_dates(APEL, None, JKT) if f.raw == "Senin (4/12)"]
    # 4 December 2023 was a Monday, 4 December 2024 a Wednesday
    assert isinstance(found[0], EventDate) and found[0].value == date(2023, 12, 4)


def test_the_last_day_of_a_steps_schedule_is_no_event_date() -> None:
    chosen = choose_event_date(APEL, find_event_dates(APEL, None, JKT))
    assert isinstance(chosen, EventDate) and chosen.value == date(2023, 12, 4)
    text = ("Bawaslu Agam mengatakan tahapan kampanye berlangsung sejak 25 September 2024 hingga "
            "23 November 2024.")
    assert choose_event_date(text, find_event_dates(text, None, JKT)) is None


def test_a_date_after_a_years_dash_is_no_spans_last_day() -> None:
    text = ("Dugaan guru yang berkampanye untuk capres 2024- Rabu, 10 Januari 2024, Ketua Bawaslu "
            "Agam menyampaikan tahapan klarifikasi.")
    chosen = choose_event_date(text, find_event_dates(text, None, JKT))
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 1, 10)
