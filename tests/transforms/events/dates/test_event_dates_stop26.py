"""Dates read off the twenty-sixth stop's corpora, on invented sentences: "paling cepat", like
"paling lambat", points ahead against a publication date; a three-digit year with a digit
dropped is read in test_event_dates.py; "besok" closing a date's clause marks it to come, as
"mendatang" does; a head suspending or dismissing people in the lead is issuing a decree, whose
signing day is the decision's; a quote closed with "ancamnya" ties its date back to the lead's
undated statement, as "tegasnya" does, and so does "ujar M. Nama, Rabu, ..." (a name's initial
does not end its sentence). The "(review)" cases are the look-alikes a review found the
first drafts wrong on: an estimate is no future ("diperkirakan terjadi pada ..."), nor "besok
harinya" (the day after), nor a dismissal only threatened."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from event_date_checks import JKT

from transforms.events.dates.find import EventDate, choose_event_date, find_event_dates

LEAD = ("Rakor kesiapan Pilkada yang dipimpin Pjs Bupati Agam berjalan lancar, "
        "19 November 2024.\n")


@pytest.mark.parametrize("text", [
    "Menurut Bawaslu, pelanggaran itu diperkirakan terjadi pada Minggu (4/8) saat kampanye.",
    "Rapat koordinasi yang ditargetkan rampung Jumat (2/8) itu akhirnya selesai.",
    "Bawaslu Agam menggelar apel siaga pada Senin (5/8) besok harinya dilanjutkan patroli.",
])
def test_review_an_estimate_or_the_day_after_is_no_future(text: str) -> None:
    first = find_event_dates(text, datetime(2024, 8, 6, 9, 0), JKT)[0]
    assert isinstance(first, EventDate) and first.value.year == 2024 and not first.announced


def test_at_the_earliest_points_ahead_from_a_publication_date() -> None:
    text = LEAD + "Logistik didistribusikan paling cepat pada tanggal 24 November 2024."
    chosen = choose_event_date(text, find_event_dates(text, datetime(2024, 11, 20, 9, 0), JKT))
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 11, 19)


def test_tomorrow_after_a_date_marks_it_to_come() -> None:
    text = ("Pemanggilan 12 kepala desa dijadwalkan dua gelombang, yaitu enam orang pada Kamis "
            "(15/02/2024) dan enam lagi pada Jumat (16/02/2024) besok.")
    chosen = choose_event_date(text, find_event_dates(text, None, JKT))
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 2, 15)


@pytest.mark.parametrize(("verb", "expected"), [
    ("menonaktifkan sementara enam kepala desa yang ditetapkan sebagai tersangka",
     date(2024, 10, 31)),
    ("mencopot Camat Sukamaju yang terbukti berkampanye", date(2024, 10, 31)),
    # (limit) a lead that issues nothing: the decree cited is a document's date
    ("mengingatkan kepala desa agar netral", None),
    # (review) a dismissal threatened, banners taken down
    ("mengancam memberhentikan ASN yang terbukti tidak netral", None),
    ("mencopot puluhan baliho bergambar ASN di jalan protokol", None),
])
def test_a_decree_issued_in_the_lead_dates_the_decision(verb: str, expected: date | None) -> None:
    text = (f"AGAM - Penjabat Bupati Agam, Rudi Hartono, {verb} dalam Pilkada serentak tahun "
            f"ini.\nLangkah ini tertuang dalam Surat "
            "Keputusan Pj Bupati Agam Nomor 400/217 Tahun 2024 yang ditandatangani pada 31 "
            "Oktober 2024.")
    chosen = choose_event_date(text, find_event_dates(text, None, JKT))
    assert (chosen.value if isinstance(chosen, EventDate) else None) == expected


@pytest.mark.parametrize("verb", ["ancamnya", "tegasnya"])
def test_a_threat_closing_a_quote_dates_the_leads_statement(verb: str) -> None:
    text = ("AGAM - Sekda Agam, Rudi Hartono, meminta seluruh ASN menjaga netralitas menjelang "
            "Pemilu 2024 dan tidak membagikan unggahan para calon di media sosial.\n"
            f"\u201cKalau ketahuan dan bisa dibuktikan, akan disanksi,\u201d {verb}, Selasa "
            "(5/12/2023).")
    chosen = choose_event_date(text, find_event_dates(text, None, JKT))
    assert isinstance(chosen, EventDate) and chosen.value == date(2023, 12, 5)


def test_a_names_initial_does_not_cut_the_statement_off_its_date() -> None:
    text = ("AGAM - Sejumlah pihak berharap Pj Bupati Agam benar-benar netral dalam Pilkada "
            "serentak 27 November 2024 mendatang.\n"
            "\u201cNetralitas itu penting,\u201d ujar M. Rudi Hartono, Rabu, 19 Juni 2024.")
    chosen = choose_event_date(text, find_event_dates(text, None, JKT))
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 6, 19)
