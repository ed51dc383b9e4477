"""The year and the day of a date written short (transforms/events/dates/years.py): a year-less
date whose weekday fits none of the election's years takes a year the text writes or a month
named with its year, when the weekday fits it; a misprinted day (or year) yields to the same
weekday that fits; a bare day the text writes in full elsewhere takes that year. Sentences are
invented."""

from __future__ import annotations

from datetime import date

import pytest
from event_date_checks import chosen

from transforms.events.dates.find import (
    EventDate,
    find_event_dates,
)


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


def test_a_misprinted_day_yields_to_the_same_weekday_that_fits():
    text = ("MAMUJU - Pj Gubernur melanjutkan rapat koordinasi Forkopimda dengan deklarasi "
            "netralitas ASN di kantor gubernur, Jumat, 22 Juni 2024. \"Kita bangun komitmen "
            "bersama,\" kata Pj Gubernur Andi Saputra, Jumat 21 Juni 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 6, 21)


def test_a_misprinted_year_yields_to_the_same_day_written_with_a_fitting_year():
    # 13 June 2023 was a Tuesday, 13 June 2033 a Monday: the caption's year is the misprint
    text = ("Sekda Sukamaju Rina Wati saat menjadi narasumber forum demokrasi, Selasa "
            "(13/6/2033). (Foto - Humas)\nRina Wati meminta ASN menjaga netralitas pada Pemilu "
            "2024, ujarnya saat menjadi narasumber forum demokrasi, Selasa (13/6/2023).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2023, 6, 13)


@pytest.mark.parametrize("second", ["Senin (13/6/2033)", "Selasa (13/6/2022)"])
def test_a_year_is_not_called_misprinted_without_a_fitting_weekday_beside_it(second):
    # (review) neither the other date's weekday fits, or it is another day's month
    text = ("Sekda Sukamaju Rina Wati saat menjadi narasumber forum demokrasi, Selasa "
            "(13/6/2033). (Foto - Humas)\nRina Wati meminta ASN menjaga netralitas pada Pemilu "
            f"2024, ujarnya saat menjadi narasumber forum demokrasi, {second}.")
    found = chosen(text)
    assert not (isinstance(found, EventDate) and found.value == date(2023, 6, 13))


_CAMPAIGN = ("AGAM - Seluruh ASN Pemkab Agam melaksanakan ikrar netralitas pada Pemilu dan "
             "Pemilihan Tahun 2024.\n\"Saya harap ikrar ini menjawab keresahan,\" kata Bupati "
             "Rina Wati dalam acara Pembacaan Ikrar Netralitas ASN, Jum'at (24/11/2023) di "
             "Pendopo Agam.\nTahapan kampanye akan dimulai pada 28 November 2023 sampai 10 "
             "Februari 2024.\n")


def test_a_bare_day_takes_the_year_the_text_writes_it_with():
    # "mulai 28 November" repeats the campaign's start written in full: 2023, not the
    # election's year; the ikrar's own day stays the event's
    text = _CAMPAIGN + "\"Mulai 28 November harus lebih hati-hati,\" katanya.\n"
    found = find_event_dates(text, None, "Asia/Jakarta", "https://contoh.id/berita/x")
    bare = [f for f in found if isinstance(f, EventDate) and f.raw == "28 November"]
    assert [f.value for f in bare] == [date(2023, 11, 28)]
    chosen_date = chosen(text)
    assert isinstance(chosen_date, EventDate) and chosen_date.value == date(2023, 11, 24)


def test_a_bare_day_written_with_two_years_keeps_the_elections():
    # (review) two years for the same day: no one year to take
    text = (_CAMPAIGN.replace("Tahapan kampanye", "Pada 28 November 2022 dan pada 28 November "
                              "2023, tahapan kampanye") + "Mulai 28 November, ASN diminta "
            "berhati-hati.\n")
    found = find_event_dates(text, None, "Asia/Jakarta", "https://contoh.id/berita/x")
    bare = [f for f in found if isinstance(f, EventDate) and f.raw == "28 November"]
    assert [f.value.year for f in bare] == [2024]


@pytest.mark.parametrize(("text", "expected"), [
    # (review) an earlier occasion's day in another year: the bare day keeps the election's
    ("Bawaslu Agam menggelar apel siaga netralitas ASN pada 27 November di halaman kantor "
     "bupati. Pada 27 November 2020, Bawaslu juga menggelar apel serupa. Ratusan ASN membacakan "
     "ikrar netralitas menjelang Pilkada 2024.", date(2024, 11, 27)),
    # (review) the occasion's weekday misfits, but its year is the text's election's: kept
    ("Bupati Agam memimpin apel netralitas ASN, Senin (13/6/2024) di halaman kantor bupati. "
     "Ratusan ASN membacakan ikrar netralitas dalam Pilkada 2024. Apel serupa pernah digelar "
     "pada Senin, 13 Juni 2022 menjelang Pemilu.", date(2024, 6, 13)),
])
def test_a_day_of_another_year_elsewhere_is_no_year_to_take(text, expected):
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == expected


def test_a_misprinted_date_alone_is_kept_as_written():
    text = ("MAMUJU - Pj Gubernur memimpin deklarasi netralitas ASN di kantor gubernur, Jumat, "
            "22 Juni 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 6, 22)
    assert found.weekday_mismatch


@pytest.mark.parametrize(("weekday", "expected"), [("Minggu", date(2020, 10, 11)), ("Senin", None)])
def test_a_month_named_with_its_year_dates_a_year_less_day_whose_weekday_fits(weekday, expected):
    text = ("Pjs Wali Kota Sukamaju mewajibkan ASN netral pada pemilihan wali kota mendatang. "
            f"\"ASN wajib netral,\" ujar Pjs Wali Kota Andi Saputra, {weekday} (11/10).\nWarga "
            "diajak memberikan hak suaranya pada bulan Desember 2020.")
    found = chosen(text)
    if expected is None:
        assert not isinstance(found, EventDate)
    else:
        assert isinstance(found, EventDate) and found.value == expected


@pytest.mark.parametrize("background", [
    "Pada Pemilu 2014, Bawaslu setempat mencatat lima kasus pelanggaran netralitas ASN.",
    "Ikrar serupa pernah dibacakan para pegawai menjelang Pemilu 2014.",
    # one of the voting day's own elections, told as past: the later one is the text's
    "Sebelumnya, pada Pilkada 2015 lalu, apel serupa juga digelar di halaman kantor bupati.",
    "Pada Pilkada 2015 silam, tiga camat dijatuhi sanksi.",
])
def test_an_earlier_election_told_as_background_leaves_the_voting_day_s_year(background):
    # the voting day named without a year (9 December: Pilkada 2020 and 2015) is the text's
    # election; Pemilu 2014 is one told of before it. 18 September 2020 was a Friday
    text = ("Pengawas pemilu Sukamaju meminta pegawai tidak memihak jelang pilkada serentak 9 "
            f"Desember mendatang. {background} \"Kami akan menindak,\" ujar Ketua Bawaslu "
            "Sukamaju Rina Wati di aula kantornya, Jumat (18/9).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2020, 9, 18)


def test_an_election_named_with_the_voting_day_s_year_keeps_it():
    # "Pilkada 2015" is one of 9 December's elections: the text's own (18/9/2015: a Friday)
    text = ("Pengawas pemilu Sukamaju meminta pegawai tidak memihak dalam Pilkada 2015 yang "
            "digelar 9 Desember mendatang. \"Kami akan menindak,\" ujar Ketua Bawaslu Sukamaju "
            "Rina Wati di aula kantornya, Jumat (18/9).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2015, 9, 18)


@pytest.mark.parametrize("day", ["Senin (4/11)", "Senin (4/11/24)"])
def test_an_earlier_election_named_first_leaves_the_day_its_own_year(day):
    # the weekday picks the year among the elections named; a two-digit year is this
    # century's whatever earlier election the text names ("Pemilu 2014" bounds nothing)
    text = ("Bawaslu Sukamaju menerima aduan soal camat yang hadir di acara paslon. Pada "
            "Pemilu 2014, Bawaslu mencatat lima kasus serupa. Laporan itu akan ditindaklanjuti "
            f"sesuai aturan Pilkada Serentak 2024, kata Ketua Bawaslu Sukamaju Rina Wati, {day}.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 11, 4)


def test_a_day_of_something_else_after_an_election_word_does_not_set_the_year():
    # "pemilihan itu dijadwalkan 9 Desember": an inauguration's day, no vote to come
    text = ("Bawaslu Sukamaju menggelar sosialisasi netralitas ASN untuk Pilkada 2018 pada 14 "
            "Maret. Pelantikan bupati hasil pemilihan itu dijadwalkan 9 Desember.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2018, 3, 14)


def test_of_two_elections_named_as_often_the_first_named_sets_the_year():
    # a later election named as the next one ("menjelang Pemilu 2024") is not the text's
    text = ("Bawaslu Sukamaju mencatat pelanggaran netralitas ASN pada Pilkada 2020 dalam "
            "sosialisasi di aula kantor bupati pada 14 Oktober. Ke depan, pengawasan akan "
            "diperketat menjelang Pemilu 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2020, 10, 14)


# 7 December 2023 and 26 October 2023 were Thursdays; the page's address names 2023
MISPRINTED_YEAR_URL = "https://sukamaju.example/2023/12/08/asn-diminta-netral-pemilu-2024"


@pytest.mark.parametrize(("written", "meant"), [
    ("Kamis (7/12/2203)", date(2023, 12, 7)),  # two digits swapped
    ("Kamis (7/12/3202)", date(2023, 12, 7)),
])
def test_a_year_no_page_means_is_the_hinted_one_its_digits_spell(written, meant):
    text = (f"Ketua Bawaslu Sukamaju Rudi Hartono meminta ASN netral dalam Pemilu 2024, {written}, "
            "di aula kantornya.")
    found = chosen(text, MISPRINTED_YEAR_URL)
    assert isinstance(found, EventDate) and found.value == meant


@pytest.mark.parametrize("written", [
    "Kamis (7/12/2208)",  # digits that spell no year near the hint
    "Rabu (7/12/2203)",  # the weekday fits neither
])
def test_a_year_no_page_means_is_otherwise_no_date(written):
    text = (f"Ketua Bawaslu Sukamaju Rudi Hartono meminta ASN netral dalam Pemilu 2024, {written}, "
            "di aula kantornya.")
    found = chosen(text, MISPRINTED_YEAR_URL)
    assert not isinstance(found, EventDate)
