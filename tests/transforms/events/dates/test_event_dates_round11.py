"""Round 11 of the event-date reader: "besok"/"esok"/"lusa" before a date announce it (the day
after a statement, not the statement's); a campaign named by its verb ("berkampanye") and a
calendar step told with "sudah"/"telah"/"sejak" ("tahapan ... yang sudah dimulai sejak ...")
date the calendar, not an occasion; a year-less date whose weekday fits none of the election's
years takes the year of a full date the text writes when the weekday fits it."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.events.dates.find import EventDate, Rejected, event_date_of, find_event_dates

JKT = "Asia/Jakarta"
URL = "https://contoh.id/berita/netralitas-asn"  # no date in the address


def chosen(text: str, url: str = URL) -> EventDate | Rejected | None:
    return event_date_of("", text, find_event_dates(text, None, JKT, url), None, JKT, url)


@pytest.mark.parametrize("word", ["Besok", "besok", "Esok", "Lusa"])
def test_tomorrow_before_a_date_announces_it(word):
    text = (f"\"Kami masih mengkaji video itu,\" ujar Ketua Panwaslu Sukamaju Andi Rahman kepada "
            f"wartawan, Senin (11/11/2024).\n\"{word} (12/11), kami turun ke lapangan memeriksa "
            "guru tersebut,\" katanya. Pilkada 2024 harus berjalan jujur.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 11, 11)


def test_tomorrow_alone_is_still_the_date_when_nothing_else_is_given():
    text = ("Bawaslu Sukamaju akan memanggil camat itu. \"Besok (12/11), kami periksa,\" kata "
            "Andi. Pilkada 2024 harus berjalan jujur.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 11, 12)
    assert found.announced


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


def test_a_weekday_that_fits_no_election_year_takes_a_written_year():
    # 21 September 2022 was a Wednesday; in 2024 (the election's year) it is a Saturday
    text = ("Tahapan Pemilu 2024 sudah bergulir sejak 14 Juni 2022. Hal itu disampaikan "
            "Sekda Sukamaju Rina Wati di Kota Sukamaju, Rabu (21/9).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2022, 9, 21)


def test_a_written_year_the_weekday_denies_is_not_taken():
    # 21 September is a Tuesday in no year from 2021 to 2024
    text = ("Tahapan Pemilu 2024 sudah bergulir sejak 14 Juni 2022. Hal itu disampaikan "
            "Sekda Sukamaju Rina Wati di Kota Sukamaju, Selasa (21/9).")
    found = chosen(text)
    assert not (isinstance(found, EventDate) and found.value.month == 9)


@pytest.mark.parametrize("tie", [
    "Hal tersebut diungkapkannya dalam rakor evaluasi yang diadakan BKN di Lombok",
    "Hal itu disampaikan Ani saat apel pagi di halaman kantor bupati",
    "Pernyataan ini ditegaskan Kepala BKPSDM Sukamaju di sela-sela sosialisasi netralitas",
    "Imbauan tersebut disampaikan dalam acara silaturahmi bersama para camat",
])
def test_a_statement_tied_to_its_gathering_takes_the_gatherings_date(tie):
    text = ("Bawaslu mendata 9 jenis pelanggaran sikap netral ASN selama Pemilu 2024. \"Yang "
            "paling sering ikut acara partai,\" ujarnya dikutip dari keterangan resminya, "
            f"Kamis (8/2/2024).\n{tie}, Selasa (6/2/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 2, 6)


def test_a_later_statement_date_without_a_gathering_still_wins():
    text = ("Bawaslu menggelar rapat koordinasi netralitas ASN, Selasa (6/2/2024). \"Yang "
            "terbanyak menghadiri kegiatan partai,\" ujar Ketua Bawaslu Sukamaju Andi Rahman "
            "kepada wartawan, Kamis (8/2/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 2, 8)


@pytest.mark.parametrize("tie", [
    "Penjelasan itu dikemukakan Kepala BKD dalam rapat koordinasi",
    "Peringatan tersebut ditekankan Bupati saat apel gabungan",
    "Harapan ini dinyatakan Sekda pada acara sosialisasi",
])
def test_more_ways_to_tie_a_statement_to_its_gathering(tie):
    text = ("\"ASN harus netral,\" ujarnya dikutip dari keterangan resminya, Kamis (8/2/2024). "
            f"Pemilu 2024 kian dekat.\n{tie} netralitas ASN, Selasa (6/2/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 2, 6)
