"""Dates of sources and reports, not of the occasion: a document's number (and a name that only
starts with "no"), the day and month of a page address at midnight, the day a social media
post was read, a campaign team that reports a breach (no breach's scene).
Sentences are invented."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from event_date_checks import JKT, LEAD, chosen

from transforms.events.dates.find import (
    EventDate,
    event_date_of,
    find_event_dates,
    stated_publication,
)


@pytest.mark.parametrize("team", ["tim pemenangan paslon nomor 1", "tim sukses calon bupati",
                                  "tim kampanye pasangan AB"])
def test_a_campaign_team_reporting_a_breach_is_no_scene(team):
    text = (f"Kepala Desa Sukaraja dilaporkan ke Bawaslu Sukamaju oleh {team} pada Sabtu "
            "(12/10/2024) karena mengunggah foto kampanye.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 12)


def test_a_campaign_teams_gathering_is_still_a_scene():
    text = ("Bawaslu Sukamaju menemukan dua ASN hadir di kegiatan tim pemenangan paslon nomor 2 "
            "pada Sabtu (12/10/2024).")
    assert chosen(text) is None


@pytest.mark.parametrize("name", ["Novriadi", "Nofrizal", "Nora Lestari", "Nurhadi"])
def test_a_name_starting_with_no_is_no_document_number(name):
    text = ("Bawaslu Kabupaten Sukamaju menangani empat dugaan pelanggaran netralitas ASN selama "
            f"masa kampanye Pilkada 2024.\n\"Semua sudah kami kaji,\" kata {name}. Rabu (6/11).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 11, 6)


@pytest.mark.parametrize("number", ["Nomor 12/BWS/XI/2024 tanggal", "No. 12/BWS/2024 tanggal",
                                    "No 12/BWS/2024 tertanggal",
                                    # a space inside the number
                                    "Nomor: B-104/PM.00.01/K.Sb 08/0824 tanggal"])
def test_a_numbered_document_still_dates_nothing(number):
    text = (LEAD + f"Hal itu merujuk surat Bawaslu {number} 4 November 2024.")
    assert chosen(text) is None


@pytest.mark.parametrize("url_day", [date(2018, 3, 2), date(2018, 2, 3)])
def test_midnight_of_either_reading_of_a_day_month_url_is_no_stated_time(url_day):
    url = "https://contoh.id/nasional/02/03/2018/panwaslu-temukan-asn-tidak-netral"
    published = datetime.combine(url_day, time(0), tzinfo=ZoneInfo(JKT))
    assert stated_publication(published, JKT, url) is None
    text = ("Panwaslu Sukamaju menemukan empat ASN tidak netral dalam Pilgub 2018. \"Rekomendasi "
            "sudah kami kirim hari ini,\" ujar Ketua Panwaslu Andi Rahman.")
    found = event_date_of("", text, find_event_dates(text, published, JKT, url), published, JKT,
                          url)
    assert not isinstance(found, EventDate)


def test_a_stated_time_on_a_day_month_url_still_counts():
    url = "https://contoh.id/nasional/02/03/2018/panwaslu-temukan-asn-tidak-netral"
    published = datetime(2018, 3, 2, 15, 49, tzinfo=ZoneInfo(JKT))
    assert stated_publication(published, JKT, url) == published


@pytest.mark.parametrize("source", ["akun Instagram resmi Pemkab", "media sosial Bawaslu",
                                    "halaman Facebook Pemkab"])
def test_the_day_a_social_media_post_was_read_dates_no_occasion(source):
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju menggelar sosialisasi netralitas ASN di aula "
            "kantor bupati, Senin (7/10/2024).\nSebanyak 200 ASN hadir, dikutip dari "
            f"{source}, Rabu (9/10/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


# a story that names its day as a weekday alone, under a photo whose caption writes it in full
STORY = ("Ratusan ASN Pemprov Sumatera Barat membacakan ikrar netralitas menjelang Pemilu dan "
         "Pilkada 2024 di halaman kantor gubernur, Padang, Rabu.")


@pytest.mark.parametrize(("caption", "expected"), [
    ("Pembacaan ikrar netralitas ASN di Padang, Rabu (27/12/2023).", date(2023, 12, 27)),
    # another weekday, two dates of the weekday, a day to come, an earlier election's year
    ("Pembacaan ikrar netralitas ASN di Padang, Kamis (28/12/2023).", None),
    ("Ikrar ASN, Rabu (27/12/2023), dan apel, Rabu (20/12/2023).", None),
    ("Ikrar akan digelar lagi Rabu (3/1/2024) mendatang.", None),
    ("Pembacaan ikrar ASN pada Pilkada 2020, Rabu (9/12/2020).", None),
    # an archive photo's caption
    ("Dok. Pembacaan ikrar netralitas ASN di Padang, Rabu (27/12/2023).", None),
])
def test_a_photo_caption_dates_the_weekday_the_story_names_alone(caption, expected):
    found = find_event_dates(STORY, None, JKT)
    when = event_date_of("", STORY, found, None, JKT, caption=caption)
    if expected is None:
        assert not isinstance(when, EventDate)
        assert when is not None and when.raw == "Rabu"  # the weekday's word kept
    else:
        assert isinstance(when, EventDate) and when.value == expected
        assert when.method == "caption" and when.span is None


def test_a_caption_more_than_a_week_before_the_page_dates_nothing():
    url = "https://contoh.id/2024/10/08/ikrar-netralitas"  # a Tuesday
    found = find_event_dates(STORY, None, JKT, url)
    when = event_date_of("", STORY, found, None, JKT, url,
                         caption="Ikrar netralitas ASN, Rabu (25/9/2024).")
    assert not isinstance(when, EventDate)
    when = event_date_of("", STORY, found, None, JKT, url,
                         caption="Ikrar netralitas ASN, Rabu (2/10/2024).")
    assert isinstance(when, EventDate) and when.value == date(2024, 10, 2)


def test_a_caption_does_not_replace_a_date_the_story_writes():
    text = STORY.replace("Rabu.", "Selasa (26/12/2023).")
    found = find_event_dates(text, None, JKT)
    when = event_date_of("", text, found, None, JKT,
                         caption="Pembacaan ikrar netralitas ASN di Padang, Rabu (27/12/2023).")
    assert isinstance(when, EventDate) and when.value == date(2023, 12, 26)


@pytest.mark.parametrize("where", ["Ruang Rapat No. 3 Lt.2, pada",
                                   "Posko Jl. Sudirman No.12 RT.03/RW.01,"])
def test_a_room_or_house_number_before_the_day_is_no_document(where):
    text = (f"Bawaslu Agam menggelar sosialisasi netralitas ASN jelang Pilkada 2024 di {where} "
            "Senin (4/11/2024), diikuti 80 ASN.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 11, 4)

