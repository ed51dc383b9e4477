"""Dates still to come (transforms/events/dates/choice.py): "besok", "esok", "lusa", a plan
word or a time word set off by a comma announce the date after them, a day announced once is
to come where it is repeated; an announced date is the occasion's only when nothing else is
dated. Sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from event_date_checks import chosen

from transforms.events.dates.find import (
    EventDate,
)


def test_a_time_word_set_off_by_a_comma_announces_its_date():
    text = ("Tim hukum paslon melapor ke Bawaslu Sukamaju, Senin (26/10). Hasil rapat pleno "
            "rencana disampaikan ke pelapor sore nanti, Selasa (27/10).")
    found = chosen(text, "https://contoh.id/2020/10/laporan-asn.html")
    assert isinstance(found, EventDate) and found.value == date(2020, 10, 26)


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


@pytest.mark.parametrize("repeat", ["\"Hasilnya kita lihat pada tanggal 22 September,\" ujarnya.",
                                    "Pada 22 September itu KPU mengumumkan calon yang lolos."])
def test_a_day_announced_once_is_to_come_where_it_is_repeated(repeat):
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju menggelar sosialisasi bagi para kades "
            "di aula kantor bupati pada Kamis (05/09/24).\nMenurut Ketua Bawaslu Andi Rahman, "
            "pengumuman calon peserta akan berlangsung pada tanggal 22 September 2024.\n" + repeat)
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 5)


@pytest.mark.parametrize("cue", ["diagendakan pada", "segera digelar", "mengagendakan apel pada",
                                 "bakalan digelar"])
def test_every_plan_word_announces_a_date(cue):
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju menggelar sosialisasi netralitas ASN di aula "
            f"kantor bupati, Senin (7/10/2024).\nIkrar netralitas ASN {cue} 14 Oktober 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


# "besok" or "esok" between a weekday and its date ("Kamis besok (28/11)") makes the date one
# still to come, as "mendatang" after it does: not the occasion's, and its weekday is no lead
# weekday of the article's own day. The statement's day (25 November 2024) is the occasion's.
_SAID = ("\nHal itu disampaikan Kepala Kantor Wilayah dalam dialog Pilkada Sari Jaya 2024 di "
         "sebuah radio, Senin (25/11).\n")


@pytest.mark.parametrize("ahead", [
    "Kakanwil meminta pegawai netral sebelum, saat, maupun sesudah pemilihan yang "
    "dilangsungkan Rabu besok (27/11).",
    "Bupati memimpin apel siaga Kamis besok (28/11) di lapangan kantor bupati, dan ASN diminta "
    "netral.",
    "Camat diminta hadir pada rapat evaluasi netralitas, Jumat besok, 29 November 2024.",
    "Bawaslu Sari Jaya menggelar patroli pengawasan Sabtu esok (30/11) di seluruh kecamatan.",
])
def test_a_weekday_with_besok_before_its_date_is_to_come(ahead):
    got = chosen(ahead + _SAID)
    assert isinstance(got, EventDate) and got.value == date(2024, 11, 25), ahead


@pytest.mark.parametrize("text, day", [
    # a past word there, as before: the date is the occasion's
    ("Rapat evaluasi netralitas ASN dalam Pilkada 2024 dipimpin Sekda, Kamis kemarin (21/11).",
     date(2024, 11, 21)),
    # "besok" starting a sentence of its own after the date: the earlier date stays
    ("Sekda memimpin rapat netralitas ASN Pilkada 2024, Rabu (20/11). Besok (21/11) tim turun "
     "ke desa-desa.", date(2024, 11, 20)),
    # a comma between the weekday and "besok": the saying's day, then the next day's
    ("Sekda memimpin rapat netralitas ASN Pilkada 2024 di aula kantor bupati, Rabu "
     "(20/11/2024).\n\"Semua camat kami minta hadir,\" kata Sekda, Rabu, besok (21/11) tim "
     "turun ke desa-desa.", date(2024, 11, 20)),
])
def test_a_date_with_no_besok_between_stays(text, day):
    got = chosen(text)
    assert isinstance(got, EventDate) and got.value == day, text


# 11 November 2024 was a Monday; no publication time and no date in the address
UNDATED_URL = "https://sukamaju.example/pj-gubernur-tegaskan-komitmen-pilkada"


@pytest.mark.parametrize(("text", "day"), [
    # a gathering planned after the day the text writes for the occasion: still to come
    ("Pj Gubernur Rudi Hartono menegaskan komitmen netralitas ASN dalam rapat dengar pendapat di "
     "Gedung Nusantara, Senin (11/11/2024). Untuk itu, Pemprov bersama Bawaslu akan menggelar "
     "Deklarasi Netralitas ASN pada 14 November 2024.", date(2024, 11, 11)),
    # (limit) "akan" of a sanction, not of a gathering: the statement's own day stays
    ("Pj Bupati Sukamaju tidak akan segan menjatuhkan sanksi kepada ASN yang tidak netral, Rabu "
     "(2/10/2024). \"Saya sudah menggelar apel besar tanggal 30 September kemarin,\" katanya.",
     date(2024, 10, 2)),
    # (review) scheduled, then told to have taken place: its day is the occasion's
    ("Bawaslu Agam menerima laporan pada 1 Oktober 2024. Menindaklanjuti itu, Bawaslu "
     "dijadwalkan menggelar klarifikasi kepada ASN yang terlapor pada Senin (14/10/2024), dan "
     "klarifikasi itu berlangsung tertutup.", date(2024, 10, 14)),
])
def test_with_no_publication_time_a_gathering_planned_after_a_written_day_is_to_come(text, day):
    found = chosen(text, UNDATED_URL)
    assert isinstance(found, EventDate) and found.value == day
