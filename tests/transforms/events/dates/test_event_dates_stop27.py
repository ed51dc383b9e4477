"""Dates read off the twenty-seventh stop's corpora, on invented sentences: with no publication
date, URL date or election year, a weekday date without a year takes the year of the text's
full dates its weekday fits, not only the latest; a step's schedule written as two full dates
("sejak 28 November 2023 sampai 10 Februari 2024") dates nothing by its last day either; a run
of initials ("R.A. Kartini") does not cut a date's sentence off the words that tie it to an
undated lead; a circular's date is the issuing's when its own sentence tells the issuing
("Bupati menerbitkan surat edaran ... tanggal ..."), not when it cites it as a basis; "pesta
demokrasi" names the election whose voting day gives a weekday its year; one day of a step
named as when something happened ("Di hari kedua pendaftaran ... (28/8/2024), Bawaslu ...") is
that day's occasion; a story's sign-off line ("Minggu, 13 Mei 2018 (Srf/Er)") dates nothing."""

from __future__ import annotations

from datetime import date

import pytest
from event_date_checks import JKT

from transforms.events.dates.find import EventDate, choose_event_date, find_event_dates

APEL = ("Bupati Agam memimpin apel siaga pengawasan kampanye di Lapangan Sukamaju, Senin (4/12).\n"
        "Ketua Bawaslu Agam mengatakan tahapan kampanye sudah berlangsung sejak 28 November 2023 "
        "sampai 10 Februari 2024 nanti.")


def test_a_weekday_takes_the_year_of_the_texts_dates_it_fits() -> None:
    found = [f for f in find_event_dates(APEL, None, JKT) if f.raw == "Senin (4/12)"]
    # 4 December 2023 was a Monday, 4 December 2024 a Wednesday
    assert isinstance(found[0], EventDate) and found[0].value == date(2023, 12, 4)


CIRCULAR = ("Agam - Pemerintah Kabupaten Agam melarang aparatur sipil negara di lingkungannya "
            "untuk keluar daerah menjelang pemungutan suara Pemilu 2024 yang tinggal sepekan.\n"
            "{} surat edaran nomor 800/12/2024 tanggal 7 Februari 2024 tentang netralitas ASN.")

CHOSEN = [  # (text, the event date chosen, or None for no date at all)
    # the last day of a step's schedule: the apel's weekday, not the schedule's end
    (APEL, date(2023, 12, 4)),
    ("Bawaslu Agam mengatakan tahapan kampanye berlangsung sejak 25 September 2024 hingga "
     "23 November 2024.", None),
    # a year's dash before a date opens no span
    ("Dugaan guru yang berkampanye untuk capres 2024- Rabu, 10 Januari 2024, Ketua Bawaslu "
     "Agam menyampaikan tahapan klarifikasi.", date(2024, 1, 10)),
    # a run of initials keeps the date tied to the lead
    ("Agam - Jajaran ASN Pemkab Agam diingatkan untuk menjaga netralitas dalam Pilkada "
     "2024 yang akan digelar pada 27 November 2024.\n"
     "Hal tersebut mengemuka dalam rapat koordinasi yang berlangsung di Pendopo R.A. "
     "Kartini Agam pada Rabu (15/5/2024).", date(2024, 5, 15)),
    # a circular's date: the issuing its sentence tells, not one cited as a basis
    (CIRCULAR.format("Bupati Agam Rudi Hartono menerbitkan"), date(2024, 2, 7)),
    (CIRCULAR.format("Larangan itu berdasarkan"), None),
    # a festival of democracy names the voting day
    ("Wali Kota Agam dalam rakor Kamis (19/11) menegaskan dukungan untuk menyukseskan pesta "
     "demokrasi yang akan digelar 9 Desember mendatang ini.", date(2020, 11, 19)),
    # one day of a step as when something happened; (limit) the step's schedule, its first day
    # looked ahead to
    ("Agam - Dihari kedua pendaftaran bakal pasangan calon Bupati Agam (28/8/2024), Bawaslu "
     "Agam langsung menelusuri dugaan keterlibatan seorang camat.", date(2024, 8, 28)),
    ("Agam - Bawaslu Agam mengawasi tahapan pendaftaran pasangan calon pada 27 Agustus 2024.",
     None),
    ("Agam - Bawaslu Agam bersiap menjelang hari pertama pendaftaran pasangan calon 27 Agustus "
     "2024.", None),
    # a story's sign-off dates nothing
    ("\"Saya ingin mengklarifikasi,\" kata Pj Bupati Agam Rudi Hartono, Sabtu (12/5/2018).\n"
     "Ia menegaskan akan selalu menjaga netralitas dalam Pilgub 2018.\n"
     "Minggu, 13 Mei 2018 (Srf/Er)\n", date(2018, 5, 12)),
]


@pytest.mark.parametrize(("text", "day"), CHOSEN)
def test_the_event_date_chosen(text: str, day: date | None) -> None:
    chosen = choose_event_date(text, find_event_dates(text, None, JKT))
    if day is None:
        assert chosen is None
    else:
        assert isinstance(chosen, EventDate) and chosen.value == day


@pytest.mark.parametrize(("text", "day"), [
    # (review) how far a count has got, its weekday written: the count's day
    ("Menurut Ketua Bawaslu Agam, selama tahapan kampanye sejak 25 September 2024 sampai Rabu "
     "(20/11/2024), pihaknya menemukan 5 ASN yang melanggar netralitas.", date(2024, 11, 20)),
    ("Selama tahapan Pilkada 2024 hingga Senin (4/11/2024), Bawaslu Agam mencatat 12 kasus "
     "pelanggaran netralitas ASN.", date(2024, 11, 4)),
    # (review) a step's first or last day is its schedule
    ("Ketua Bawaslu Agam mengimbau ASN menjaga netralitas. Di hari terakhir masa kampanye, 23 "
     "November 2024, seluruh alat peraga kampanye wajib dicopot, kata Rudi.", None),
    # (review) the issuing told, the date another document's
    ("Bupati Agam Rudi Hartono mengingatkan seluruh ASN untuk menjaga netralitas dalam Pilkada "
     "2024 saat apel pagi di halaman kantor bupati.\nBawaslu Agam menerbitkan rekomendasi "
     "kepada BKN setelah memeriksa laporan nomor 05/LP/PB/2024 tanggal 3 Oktober 2024.", None),
])
def test_review_counts_schedules_and_other_documents(text: str, day: date | None) -> None:
    chosen = choose_event_date(text, find_event_dates(text, None, JKT))
    assert (chosen.value if isinstance(chosen, EventDate) else None) == day
