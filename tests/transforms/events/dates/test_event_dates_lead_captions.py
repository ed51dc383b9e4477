"""The lead a weekday alone or an undated statement is read from (transforms/events/dates/
choice.py, occasion.py): a labelled photo caption above the lead is never the lead; a date told
as gone by ("22 Juli lalu") does not complete a statement's weekday. Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from event_date_checks import JKT

from transforms.events.dates.find import EventDate, choose_event_date, find_event_dates


def choose(text: str):
    return choose_event_date(text, find_event_dates(text, None, JKT, None))


_CAPTIONED = ("Pj Bupati Sukamaju Rudi Hartono didampingi Waka Polres Kompol Budi Santoso, "
              "Kadishar Andi Saputra dan Danramil Kota saat diwawancarai awak media\n"
              "Jelang kampanye pemilihan Kepala Daerah (Pilkada) serentak 2024, ASN (Aparatur "
              "Sipil Negara) mengucapkan ikrar netralitas untuk menjaga netralitas di Pilkada "
              "dipimpin Pj Bupati Sukamaju Rudi Hartono di Lapangan Pemkab Sukamaju. Selasa "
              "(24/9/2024)\n")


@pytest.mark.parametrize(("label", "expected"), [
    # a labelled photo caption telling a statement with no date is no undated lead: the lead
    # below it dates the pledge
    ("Caption Foto : ", date(2024, 9, 24)),
    ("Keterangan foto: ", date(2024, 9, 24)),
    # the same line unlabelled opens the text: an undated statement leads
    ("", None),
])
def test_a_labelled_photo_caption_is_no_undated_lead(label, expected):
    chosen = choose(label + _CAPTIONED)
    assert (chosen.value if isinstance(chosen, EventDate) else None) == expected


@pytest.mark.parametrize(("told", "expected"), [
    # a date told as gone by ("22 Juli lalu", a Monday) does not complete a statement's
    # weekday: an earlier occasion recalled
    ("pada 22 Juli lalu", None),
    ("pada 22 Juli silam", None),
    # the same weekday written with its date does
    ("pada Senin (22/7/2024)", date(2024, 7, 22)),
])
def test_a_date_told_as_gone_by_does_not_complete_a_statements_weekday(told, expected):
    text = ("Ketua Bawaslu Sukamaju Rudi Hartono di Sukamaju, Senin, mengatakan potensi "
            "pelanggaran netralitas ASN akan besar jika ada calon berlatar belakang ASN.\n"
            "Bawaslu sudah melakukan berbagai upaya pencegahan.\n"
            f"Di antaranya {told} secara serentak ASN di Sukamaju berikrar dan menandatangani "
            "pakta integritas netralitas ASN dalam Pilkada 2024.\n")
    chosen = choose(text)
    assert (chosen.value if isinstance(chosen, EventDate) else None) == expected
