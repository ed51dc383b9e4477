"""Round 13 of the event-date reader: a step of the election calendar linked to its date by
"adalah" ("penetapan calon adalah tanggal ...") is the calendar's date, not the occasion's; so
is the day the vote is cast ("menggunakan hak pilihnya pada ...") on any day, a regional
re-vote's too."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.events.dates.find import EventDate, event_date_of, find_event_dates

JKT = "Asia/Jakarta"
URL = "https://contoh.id/berita/netralitas-asn"  # no date in the address


def chosen(text: str) -> EventDate | None:
    found = event_date_of("", text, find_event_dates(text, None, JKT, URL), None, JKT, URL)
    return found if isinstance(found, EventDate) else None


@pytest.mark.parametrize("link", ["adalah pada tanggal", "ialah tanggal", "adalah"])
def test_a_calendar_step_linked_by_adalah_is_no_occasion(link):
    text = ("Ketua Bawaslu Sukamaju Rahmat Hidayat meminta ASN tidak ikut menyusun program "
            "kandidat dalam sosialisasi di aula kantor bupati, Kamis (18/7/2024).\nMenurut dia, "
            f"Bawaslu baru bisa menindak setelah ada peserta. Sesuai jadwal, penetapan calon "
            f"bupati {link} 22 September 2024.")
    found = chosen(text)
    assert found is not None and found.value == date(2024, 7, 18)


@pytest.mark.parametrize("cast", ["menggunakan hak pilihnya pada", "menyalurkan hak suara pada"])
def test_the_vote_cast_on_a_regional_re_vote_day_is_no_occasion(cast):
    # not a nationwide voting day: a re-vote's, named by the vote cast
    text = ("ASN Pemprov Sukamaju menandatangani pakta integritas netralitas dalam apel di halaman "
            "kantor gubernur, Senin 14 Juli 2025.\nPj Gubernur Rahmat Hidayat berharap warga "
            f"datang ke TPS dan {cast} 30 Juli 2025.")
    found = chosen(text)
    assert found is not None and found.value == date(2025, 7, 14)
