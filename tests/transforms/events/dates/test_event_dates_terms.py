"""Dates of the election calendar, of rules and of spans are no occasion's
(transforms/events/dates/choice.py, dates/calendar.py): a calendar step told with its verb,
"sejak" or right after a date, the election's schedule, a rule's or term's start named before a
saying's date, a deadline or "up to today"; a gathering on such a date is still the occasion.
Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from event_date_checks import chosen

from transforms.events.dates.find import (
    EventDate,
)


@pytest.mark.parametrize("as_of", ["Hingga hari ini", "Sampai hari ini", "Sampai saat ini",
                                   "Hingga saat ini", "Sampai dengan hari ini"])
def test_up_to_today_names_the_day_of_the_report(as_of):
    text = (f"BATU PUTIH, warta - Bawaslu Kabupaten Batu Putih mencatat pelanggaran netralitas "
            f"ASN. {as_of}, Kamis, 12 September 2024, tercatat 9 ASN dilaporkan ke Komisi ASN.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 12)


def test_a_deadline_still_closes_a_span():
    text = ("Pemkab Batu Putih menggelar sosialisasi netralitas ASN, Senin (2/9/2024). ASN "
            "diminta melapor hingga Kamis, 12 September 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 2)


@pytest.mark.parametrize("rule", ["mematuhi aturan yang berlaku", "taat pada regulasi yang berlaku",
                                  "menjalankan ketentuan yang efektif"])
def test_a_rule_named_before_a_sayings_date_does_not_recall_it(rule):
    text = (f"SUKAMAJU - Kapolres Sukamaju mengingatkan seluruh ASN untuk {rule}, "
            "Rabu (15/07/2020).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2020, 7, 15)


def test_a_term_start_linked_to_its_date_is_still_recalled():
    text = ("Bupati Sukamaju meneken pakta integritas soal netralitas ASN, Senin (6/1/2020). "
            "Aturan baru itu berlaku mulai 1 Januari 2020.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2020, 1, 6)


@pytest.mark.parametrize("before", [
    "supaya saat berkampanye pada Pemilu 2024 nanti yang dimulai",
    "selama berkampanye pada Pilkada yang dimulai",
    "selama tahapan Pilkada 2024 yang sudah dimulai sejak",
    "karena tahapan Pemilu telah dimulai sejak",
    "masa kampanye sudah berjalan sejak",
])
def test_a_calendar_step_told_with_its_verb_or_since_is_not_the_occasion(before):
    text = (f"Bawaslu Sukamaju mengingatkan kepala desa netral {before} 20 Oktober 2023, "
            "kata Ketua Bawaslu Sukamaju Budi Santoso.")
    found = chosen(text)
    assert not (isinstance(found, EventDate) and found.value == date(2023, 10, 20))


def test_a_day_since_which_something_else_runs_is_still_dated():
    text = ("Posko pengaduan netralitas ASN dibuka Bawaslu Sukamaju sejak Senin (5/8/2024), "
            "kata Ketua Bawaslu Sukamaju Budi Santoso.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 8, 5)


@pytest.mark.parametrize("step", ["besok penetapan pasangan calon", "penetapan paslon",
                                  "nanti pengundian nomor urut", "pengundian nomor urut paslon",
                                  "penetapan DPT"])
def test_a_calendar_step_named_right_after_a_date_dates_the_calendar(step):
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju melaksanakan sosialisasi netralitas wali nagari "
            "di Hotel Mawar, Kamis (19/9/2024).\n\"Tahapan terus berjalan. 23 September 2024 "
            f"{step},\" kata Ketua Bawaslu Andi Rahman.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 19)


def test_a_gathering_on_a_date_is_still_its_occasion():
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju melaksanakan sosialisasi netralitas wali nagari "
            "di Hotel Mawar, Kamis (19/9/2024).\nPada 23 September 2024 rapat evaluasi digelar "
            "di kantor Bawaslu.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 23)


@pytest.mark.parametrize("schedule", [
    "pada Pilkada 2020 yang rencananya akan digelar 23 September 2020",
    "pada Pemilihan Wali Kota 2020 yang akan dilaksanakan pada 23 September 2020",
    "karena kota ini akan menggelar Pilkada 2020 serentak pada 23 September",
])
def test_an_election_to_be_held_on_a_date_is_the_schedule(schedule):
    text = (f"Bawaslu Kota Sukamaju membentuk tim patroli siber untuk mengawasi netralitas ASN "
            f"{schedule}.\n\"Kami pantau media sosial,\" kata Ketua Bawaslu Andi Rahman di "
            "Sukamaju, Rabu.")
    found = chosen(text)
    assert not isinstance(found, EventDate)


def test_a_gathering_held_on_a_date_after_the_election_year_is_the_occasion():
    text = ("Bawaslu Kota Sukamaju menyelenggarakan sosialisasi tentang sikap netral ASN "
            "menjelang Pilkada 2024 yang digelar 3 Juli 2024 di aula balai kota.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 7, 3)
