"""A date that closes a span of time is no occasion's while another is left
(transforms/events/dates/choice.py): a deadline ("paling lambat", "batas waktu", "hingga"), or a
range's last day (a two-day occasion takes its first). Sentences are invented.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from event_date_checks import JKT

from transforms.events.dates.find import EventDate, choose_event_date, find_event_dates

PUBLISHED = datetime(2024, 10, 10, 10, 0)
LEAD = "Pemkab Tanah Datar menggelar apel netralitas ASN, Senin (7/10/2024).\n"


def choose(text: str, published: datetime | None = PUBLISHED):
    return choose_event_date(text, find_event_dates(text, published, JKT))


@pytest.mark.parametrize("later", [
    "ASN yang dilaporkan diminta memberi klarifikasi paling lambat Rabu (9/10/2024).",
    "Batas waktu klarifikasi ASN hingga Rabu (9/10/2024).",
    "Pendaftaran pemantau dibuka hingga Rabu, 9 Oktober 2024.",
    "Laporan dugaan pelanggaran diterima selambat-lambatnya 9 Oktober 2024.",
    "Klarifikasi berlangsung sampai dengan tanggal 9 Oktober 2024.",
    "Tenggat waktu pada Rabu (9/10/2024).",
    "Posko pengaduan dibuka s.d. 9 Oktober 2024.",
    "Data pelanggaran dihimpun BKN per Rabu (9/10/2024).",
    "Jumlah laporan tercatat 12 kasus per tanggal 9 Oktober 2024.",
    "Rekapitulasi kasus posisi 9 Oktober 2024 menunjukkan kenaikan.",
])
def test_a_deadline_after_the_occasion_is_not_its_date(later):
    chosen = choose(LEAD + later)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 7)


@pytest.mark.parametrize("text", [
    "Bimtek netralitas ASN berlangsung Selasa (1/10/2024) hingga Kamis (3/10/2024).",
    "Bimtek netralitas ASN berlangsung Selasa, 1 Oktober 2024 sampai Kamis, 3 Oktober 2024.",
    "Bimtek netralitas ASN berlangsung Selasa (1/10/2024) - Kamis (3/10/2024).",
    "Bimtek netralitas ASN berlangsung 1 s.d 3 Oktober 2024.",
    "Bimtek netralitas ASN berlangsung 30 September - 2 Oktober 2024.",
])
def test_a_range_takes_its_first_day(text):
    chosen = choose(text)
    assert isinstance(chosen, EventDate)
    assert chosen.value == (date(2024, 9, 30) if "30 September" in text else date(2024, 10, 1))


def test_a_deadline_alone_still_dates_the_article():
    chosen = choose("Bawaslu meminta ASN mengembalikan atribut kampanye paling lambat Rabu "
                    "(9/10/2024).")
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 9)


def test_an_occasion_running_on_after_the_lead_date_keeps_the_latest_rule():
    text = LEAD + "Bawaslu melanjutkan sosialisasi netralitas ASN pada Rabu (9/10/2024)."
    chosen = choose(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 9)
