"""A day after the page's own day, mentioned beside the occasion's: a report tells of what has
happened, so a day still ahead of the page (read as past only within the zones' one-day
tolerance) is another occasion's, told in passing, and is taken only when no other date is
left. Invented texts; 3 October 2024 was a Thursday, 4 October a Friday."""

from datetime import date, datetime, timedelta, timezone

import pytest
from event_date_checks import JKT, chosen

from transforms.events.dates.find import EventDate, event_date_of, find_event_dates

PAGE_URL = "https://contoh.id/read/2024/10/03/812/asn-diminta-netral"  # the page's day: 3/10


def day_on(text: str, url: str = PAGE_URL, published: datetime | None = None) -> date | None:
    found = (chosen(text, url) if published is None else event_date_of(
        "", text, find_event_dates(text, published, JKT, url), published, JKT, url))
    return found.value if isinstance(found, EventDate) else None


@pytest.mark.parametrize("text", [
    # the statement's own full date, then a ceremony of the next day the candidates skip
    '"Semua pegawai wajib menjaga netralitas," kata Kepala BKPSDM Sukamaju, Rina Lestari, saat '
    "dihubungi, Kamis (3/10/2024). Adapun pada peringatan hari jadi kabupaten, Jumat (4/10), "
    "para calon tidak diundang.",
    # an appeal on the day, then a rally of the next day it warns about
    "Bawaslu Kota Lembah Hijau mengingatkan ASN agar tidak berpihak, Kamis (3/10/2024). Ketua "
    "Bawaslu Andi Saputra menyebut apel akbar Jumat (4/10) tidak boleh dipakai untuk kampanye.",
    # long dates, the next day's parade with its year written
    "Sekda Sukamaju, Budi Harto, menyampaikan imbauan itu di kantornya, Kamis, 3 Oktober 2024. "
    "Ia menambahkan, pawai budaya pada Jumat, 4 Oktober 2024 tidak boleh diikuti pegawai "
    "berseragam dinas.",
    # the next day's festival named first, the statement's day after it
    "Festival rakyat yang digelar Jumat (4/10) diminta steril dari atribut pasangan calon. "
    "Hal itu ditegaskan Asisten I Setda Sukamaju, Deni Rahmat, Kamis (3/10/2024), kepada para "
    "camat.",
])
def test_a_day_ahead_of_the_page_is_another_occasions(text: str) -> None:
    assert day_on(text) == date(2024, 10, 3)


def test_a_day_ahead_of_a_stated_publication_time_too() -> None:
    published = datetime(2024, 10, 3, 16, 30, tzinfo=timezone(timedelta(hours=7)))
    text = ("Kepala Dinas Kebudayaan Sukamaju, Yoga Pratama, mengingatkan stafnya agar netral, "
            "Kamis (3/10). Pada malam puncak hari jadi, Jumat (4/10), panitia tidak mengundang "
            "pasangan calon.")
    assert day_on(text, published=published) == date(2024, 10, 3)


# Near misses: a day ahead of the page that is the only date left is still taken (a page dated
# in another zone than its story), and a text with no page day keeps the latest full date.
def test_a_day_ahead_of_the_page_alone_is_still_taken() -> None:
    text = ("Bupati Sukamaju membuka sosialisasi netralitas ASN di aula kantor bupati, Jumat "
            "(4/10/2024). Sosialisasi diikuti para kepala dinas.")
    assert day_on(text) == date(2024, 10, 4)


def test_without_a_page_day_the_latest_full_date_stands() -> None:
    text = ('"Kami minta ASN netral," kata Rina Lestari, Kamis (3/10/2024). Bupati juga membuka '
            "rapat koordinasi netralitas, Jumat (4/10/2024), di aula kantor bupati.")
    assert day_on(text, url="https://contoh.id/berita/asn-netral") == date(2024, 10, 4)
