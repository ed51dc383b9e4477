"""Event dates in the forms real prose writes them, on invented sentences."""

from datetime import date, datetime

from transforms.events.date_reading import EventDate
from transforms.events.dates import event_date_of, find_event_dates

WIB = "Asia/Jakarta"
PUBLISHED = datetime.fromisoformat("2024-09-13T10:00:00+07:00")


def test_a_plan_stated_early_in_its_sentence_announces_a_later_date():
    text = ("Lubuk Basung - Bawaslu Kabupaten Agam akan menggelar sosialisasi netralitas aparatur "
            "sipil negara (ASN) pada Pilkada 2024 di aula kantor bupati pada Senin (16/9/2024).")
    found = event_date_of("", text, find_event_dates(text, PUBLISHED, WIB), PUBLISHED, WIB)
    assert isinstance(found, EventDate)
    assert (found.value, found.announced) == (date(2024, 9, 16), True)


def test_a_threat_in_the_sentence_leaves_a_past_date_as_it_is():
    text = ("ASN yang melanggar akan disanksi, tegas Bupati Agam saat apel di halaman kantor "
            "bupati, Kamis (12/9/2024).")
    found = event_date_of("", text, find_event_dates(text, PUBLISHED, WIB), PUBLISHED, WIB)
    assert (found.value, found.announced) == (date(2024, 9, 12), False)


def test_a_later_date_without_a_plan_is_no_event_date():
    text = "Bawaslu Agam menggelar sosialisasi netralitas ASN di aula, Senin (16/9/2024)."
    found = find_event_dates(text, PUBLISHED, WIB)
    assert not any(isinstance(f, EventDate) for f in found)


def test_written_oddities():
    for raw, day in (("Jum,at (13/9/2024)", date(2024, 9, 13)), ("Sabtu (14/9/ 2024)",
                     date(2024, 9, 14)), ("Senin(9/9)", date(2024, 9, 9)),
                     ("tanggal 3-4 Juli 2024", date(2024, 7, 3)), ("12 Agt 2024",
                     date(2024, 8, 12)), ("Selasa 12 Nop 2024", date(2024, 11, 12))):
        text = f"Pemkab Agam menggelar sosialisasi netralitas ASN Pilkada 2024, {raw}."
        found = event_date_of("", text, find_event_dates(text, None, WIB), None, WIB)
        assert isinstance(found, EventDate) and found.value == day, raw


def _date_of(text, url):
    found = event_date_of("", text, find_event_dates(text, None, WIB, url), None, WIB, url)
    return found.value if isinstance(found, EventDate) else None


def test_the_weekday_picks_among_the_election_years_named():
    text = ("Bawaslu Agam menggelar sosialisasi netralitas ASN, Selasa (10/9). Pada Pilkada 2020 "
            "lalu ditemukan lima ASN melanggar. Untuk Pilkada 2024, pengawasan diperketat.")
    assert _date_of(text, "https://x.id/berita/a") == date(2024, 9, 10)


def test_no_year_the_text_does_not_name():
    text = "Bawaslu menggelar sosialisasi jelang Pemilu 2024, Senin (6/3)."  # a Wednesday in 2024
    assert _date_of(text, "https://x.id/berita/a") is None


def test_compact_and_year_only_url_dates():
    text = "Bawaslu Agam menggelar sosialisasi netralitas ASN, Selasa (10/9)."
    assert _date_of(text, "https://x.id/read/20240910/sosialisasi") == date(2024, 9, 10)
    assert _date_of(text, "https://x.id/berita/2024/sosialisasi") == date(2024, 9, 10)


def test_the_urls_day_is_no_stated_publication_time():
    url = "https://x.id/2024/10/15/laporan-bawaslu"
    midnight = datetime.fromisoformat("2024-10-15T00:00:00+07:00")
    text = "Ketua Bawaslu menyebut ada laporan dugaan ASN tidak netral, kemarin."
    found = event_date_of("", text, find_event_dates(text, midnight, WIB, url), midnight, WIB, url)
    assert not isinstance(found, EventDate)
    stated = datetime.fromisoformat("2024-10-15T09:30:00+07:00")
    found = event_date_of("", text, find_event_dates(text, stated, WIB, url), stated, WIB, url)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 14)


def test_a_voting_day_without_a_year_names_its_election():
    text = ("Bawaslu mengingatkan ASN menjaga netralitas dalam pemilihan kepala daerah serentak "
            "9 Desember mendatang, kata Ketua Bawaslu kepada wartawan, Jumat (18/9).")
    assert _date_of(text, "https://x.id/berita/bawaslu-ingatkan-asn") == date(2020, 9, 18)
