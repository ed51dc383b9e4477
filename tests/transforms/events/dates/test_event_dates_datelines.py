"""The head of a story (transforms/events/dates/furniture.py, occasion.py): a dateline's filing
stamp is a date inside the dateline the place reader finds, the occasion's only when the text
dates nothing else; the lead is the dateline's paragraph after a teaser; a weekday in the lead
is completed by the title's date of that day, not by a day to come or a plan in a quote.
Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from event_date_checks import APEL_URL, JKT
from event_date_checks import chosen_apel as chosen

from transforms.events.assemble import extract_events
from transforms.events.dates.find import (
    EventDate,
    Rejected,
    event_date_of,
    find_event_dates,
)
from transforms.events.dates.furniture import dateline_stamp
from transforms.events.dates.lead import lead_span


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
    events = extract_events(canonical_url=APEL_URL, title="Apel Netralitas ASN Lembah Hijau",
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


@pytest.mark.parametrize(("title", "expected"), [
    ("ASN Lembah Hijau Ikrar Netral, Selasa (16/4/2019)", date(2019, 4, 16)),
    ("ASN Lembah Hijau Ikrar Netral, Senin (15/4/2019)", None),  # another day: not completed
])
def test_a_weekday_alone_is_completed_by_the_titles_date_of_that_day(title, expected):
    text = ("Simpang Tiga (Antara) - Pemkab Lembah Hijau mengajak ASN menjaga netralitas dalam "
            "Pemilu 2019, kata Sekda Lembah Hijau Made Suarta di Simpang Tiga, Selasa.")
    got = event_date_of(title, text, find_event_dates(text, None, JKT, APEL_URL), None, JKT,
                        APEL_URL)
    assert (got.value if isinstance(got, EventDate) else None) == expected


@pytest.mark.parametrize("dateline", ["LEMBAH HIJAU, WARTAKU - ", "Lembah Hijau - ",
                                      "Lembah Hijau, situs.com \u2013 "])
def test_the_dateline_paragraph_is_the_lead_after_a_teaser(dateline):
    teaser = ("Pengawasan netralitas ASN menjadi perhatian Bawaslu menjelang pendaftaran calon "
              "bupati di KPU setempat.")
    lead = (f"{dateline}Bawaslu Lembah Hijau mencatat pelanggaran netralitas ASN dalam "
            "tahapan Pilkada 2024 yang sedang berjalan.")
    text = f"{teaser}\n{lead}\nParagraf berikutnya."
    span = lead_span(text)
    assert span is not None and text[span[0]:span[1]] == lead


def test_a_plain_first_paragraph_stays_the_lead():
    first = ("Bawaslu Lembah Hijau mencatat tiga kasus ketidaknetralan ASN selama tahapan Pilkada "
             "2024 yang sedang berjalan di daerah itu.")
    text = f"{first}\nLEMBAH HIJAU - Ketua Bawaslu menyampaikan hal itu kepada wartawan hari ini."
    span = lead_span(text)
    assert span is not None and text[span[0]:span[1]] == first


_WIRE = ("Bawaslu Kabupaten Lembah Hijau meneruskan temuan tiga camat yang ikut berkampanye pada "
         "Pilkada 2018 kepada KASN.\n\"Berkasnya sudah kami kirim,\" ujar Ketua Bawaslu dalam "
         "keterangan tertulis yang diterima wartawan, {wd}.")


@pytest.mark.parametrize(("head", "wd"), [
    ("SOLOK, 6/6 (Kantor Berita Nusa) - ", "Rabu"),
    ("Payakumbuh, 6/6 (Warta Andalas) – ", "Rabu"),
    ("Kota Bima, 4/6 (Kabar NTB) - ", "Senin"),
])
def test_a_wire_datelines_filing_day_dates_the_weekday_it_falls_on(head, wd):
    got = chosen(head + _WIRE.format(wd=wd))
    assert isinstance(got, EventDate) and got.value.weekday() == ("Senin", "Selasa", "Rabu").index(
        wd) and (got.value.month, got.value.year) == (6, 2018), head


@pytest.mark.parametrize("head", ["SOLOK, 6/6 (Kantor Berita Nusa) - ", "Solok, 6/6 - "])
def test_a_filing_day_of_another_weekday_or_without_the_outlet_dates_nothing(head):
    got = chosen(head + _WIRE.format(wd="Jumat"))
    assert not isinstance(got, EventDate), head
