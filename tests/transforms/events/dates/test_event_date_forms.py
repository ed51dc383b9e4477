"""Event dates in the forms real prose writes them, on invented sentences."""

from datetime import date, datetime

import pytest

from transforms.events.dates.find import event_date_of, find_event_dates
from transforms.events.dates.results import EventDate, Rejected

WIB = "Asia/Jakarta"
PUBLISHED = datetime.fromisoformat("2024-09-13T10:00:00+07:00")


def test_a_plan_stated_early_in_its_sentence_announces_a_later_date():
    text = ("Sukamaju - Bawaslu Kabupaten Sukamaju akan menggelar sosialisasi tentang sikap netral "
            "para pegawai ASN pada Pilkada 2024 di aula kantor bupati pada Senin (16/9/2024).")
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
                     date(2024, 8, 12)), ("Selasa 12 Nop 2024", date(2024, 11, 12)),
                     ("Senin 9-9-24", date(2024, 9, 9)), ("Senin, 09-09-24", date(2024, 9, 9)),
                     ("Sabtu-Minggu (14-15/9/2024)", date(2024, 9, 14))):
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
    # a slug's stamp with its time of day
    assert _date_of(text, "https://x.id/news/sosialisasi-netralitas-202409102250") == date(
        2024, 9, 10)


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
    text = ("Bawaslu mengingatkan ASN tetap netral selama pemilihan kepala daerah serentak "
            "9 Desember mendatang, kata Ketua Bawaslu kepada wartawan, Jumat (18/9).")
    assert _date_of(text, "https://x.id/berita/bawaslu-ingatkan-asn") == date(2020, 9, 18)


# Every month spelling and abbreviation Indonesian pages print, with the day it means.
_MONTH_SPELLINGS = [
    ("Januari", 1), ("Jan", 1), ("Jan.", 1), ("Februari", 2), ("Pebruari", 2), ("Febuari", 2),
    ("Feb", 2), ("Febr", 2), ("Peb", 2), ("Pebr", 2), ("Maret", 3), ("Mar", 3), ("Mrt", 3),
    ("April", 4), ("Apr", 4), ("Mei", 5), ("Juni", 6), ("Jun", 6), ("Juli", 7), ("Jul", 7),
    ("Agustus", 8), ("Agt", 8), ("Agu", 8), ("Ags", 8), ("Agst", 8), ("Agust", 8), ("Agt.", 8),
    ("September", 9), ("Sep", 9), ("Sept", 9), ("Sept.", 9), ("Oktober", 10), ("Okt", 10),
    ("Okt.", 10), ("November", 11), ("Nopember", 11), ("Nov", 11), ("Nop", 11), ("Nop.", 11),
    ("Desember", 12), ("Des", 12), ("Des.", 12), ("DESEMBER", 12),
]


def _one(raw, published=None, url=None):
    text = f"Pemkab Agam menggelar sosialisasi netralitas ASN Pilkada 2023, {raw}. ASN netral."
    found = event_date_of("", text, find_event_dates(text, published, WIB, url), published, WIB,
                          url)
    return found.value if isinstance(found, EventDate) else found


def test_every_month_spelling_with_and_without_a_year():
    for month, number in _MONTH_SPELLINGS:
        assert _one(f"5 {month} 2023") == date(2023, number, 5), month
        assert _one(f"Sabtu, 5 {month} 2023") == date(2023, number, 5), month
        assert _one(f"5 {month}") == date(2023, number, 5), month  # the year of "Pilkada 2023"


def test_words_that_look_like_a_month_are_no_date():
    for raw in ("5 Agus", "5 Desa", "5 Septian", "5 Oktaviani", "5 Marni"):
        assert not isinstance(_one(raw), date), raw


_THURSDAY = date(2024, 9, 12)


def test_numeric_dates_with_odd_spacing_and_brackets():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    for raw in ("Kamis ( 12/9/2024 )", "Kamis (12 / 9 / 2024)", "Kamis (12/9/ 2024)",
                "Kamis( 12/ 9/ 2024 )", "Kamis (12 - 9 - 2024)", "Kamis [12/9/2024]",
                "Kamis,(12/9)", "Kamis ,(12/9)", "Kamis (12 /9)", "Kamis,12 September 2024",
                "Kamis, 12 Sept. 2024", "(Kamis, 12/9/2024)", "Kamis (12/09/2024)",
                "Kamis (12.9.2024)", "Kamis (12/9/24)", "Kamis (12//9/2024)", "tgl. 12-9-2024"):
        assert _one(raw, published) == _THURSDAY, raw
        assert _one(raw, None, "https://x.id/2024/09/20/berita") == _THURSDAY, raw


def test_numbers_with_a_comma_are_no_date():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    text = ("Anggaran pengawasan netralitas ASN Pilkada 2024 naik 1,12 Juli lalu disepakati, "
            "kata Ketua Bawaslu Agam.")
    found = find_event_dates(text, published, WIB)
    assert not any(isinstance(f, EventDate) and f.raw.startswith("12 Juli") for f in found)


def test_weekday_spellings_before_a_date():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    for raw, day in (("Jum,at (13/9)", 13), ("Jum'at (13/9)", 13), ("Jum’at (13/9)", 13),
                     ("Jumaat (13/9)", 13), ("Senen (9/9)", 9), ("Rebo (11/9)", 11),
                     ("Kemis (12/9)", 12), ("Saptu (14/9)", 14), ("JUMAT (13/9)", 13)):
        found = _one(raw, published)
        assert found == date(2024, 9, day), raw
    text = "Bawaslu Agam menggelar sosialisasi netralitas ASN, Rebo (12/9)."  # a Thursday
    mention = next(f for f in find_event_dates(text, published, WIB) if isinstance(f, EventDate))
    assert mention.weekday_mismatch


def test_older_weekday_spellings_alone_are_no_date():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    text = ("Bawaslu Jakarta Pusat menggelar sosialisasi netralitas ASN di Pasar Senen. ASN "
            "diminta netral, kata Rebo, warga setempat.")
    assert not any(isinstance(f, EventDate) for f in find_event_dates(text, published, WIB))


def test_jumaat_alone_against_a_publication_time():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")  # a Friday
    text = "Apel netralitas ASN digelar di halaman kantor bupati, Jumaat."
    assert _one_text(text, published) == date(2024, 9, 20)


def _one_text(text, published):
    found = event_date_of("", text, find_event_dates(text, published, WIB), published, WIB)
    return found.value if isinstance(found, EventDate) else found


def test_a_week_names_no_day():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    for when in ("pekan lalu", "minggu lalu", "sepekan lalu", "dua minggu yang lalu",
                 "sebulan lalu", "pekan depan"):
        text = (f"Bawaslu Agam menggelar sosialisasi netralitas ASN {when} di aula kantor "
                "bupati.\nOleh Rina | Jumat, 20 September 2024 | 10:00 WIB")
        found = event_date_of("", text, find_event_dates(text, published, WIB), published, WIB)
        assert isinstance(found, Rejected) and when in found.raw, when


def test_a_week_does_not_hide_a_written_date():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    text = ("Bawaslu Agam menggelar sosialisasi netralitas ASN di aula kantor bupati, Kamis "
            "(12/9/2024). Pekan lalu Bawaslu juga menyurati para camat.")
    assert _one_text(text, published) == _THURSDAY


def test_a_day_count_still_names_a_day():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    text = "Bawaslu Agam menggelar sosialisasi netralitas ASN tiga hari lalu di aula kantor bupati."
    assert _one_text(text, published) == date(2024, 9, 17)


def test_a_coming_voting_day_is_no_occasion():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    for when in ("hingga 27 November 2024", "hingga 27 November mendatang",
                 "sampai Rabu (27/11/2024)", "sampai tanggal 27 November nanti"):
        text = f"Bawaslu Agam mengimbau ASN tetap netral {when}."
        assert not isinstance(_one_text(text, published), date), when


def test_an_occasion_on_a_day_that_is_no_voting_day_is_kept():
    published = datetime.fromisoformat("2024-09-20T10:00:00+07:00")
    text = "Bawaslu Agam akan menggelar apel netralitas ASN pada 26 November 2024."
    assert _one_text(text, published) == date(2024, 11, 26)


def test_a_past_voting_day_may_be_an_occasions_day():
    published = datetime.fromisoformat("2024-11-28T10:00:00+07:00")
    text = "Bawaslu Agam menemukan seorang ASN mengarahkan pemilih di TPS, Rabu (27/11/2024)."
    assert _one_text(text, published) == date(2024, 11, 27)


def test_a_date_long_before_the_page_is_an_earlier_occasion():
    url = "https://x.id/2024/09/20/berita"
    text = ("Bawaslu Agam menggelar sosialisasi netralitas ASN di aula kantor bupati. Pada "
            "Pilkada 2020 lalu, Bawaslu menemukan ASN melanggar pada 10 November 2020.")
    found = event_date_of("", text, find_event_dates(text, None, WIB, url), None, WIB, url)
    assert found is None
    recent = text.replace("10 November 2020", "10 September 2024").replace("2020", "2024")
    found = event_date_of("", recent, find_event_dates(recent, None, WIB, url), None, WIB, url)
    assert found.value == date(2024, 9, 10)


def test_a_range_of_days_starts_the_occasion():
    published = datetime.fromisoformat("2024-10-20T10:00:00+07:00")
    for raw, day in (("5 s/d 7 Oktober 2024", date(2024, 10, 5)),
                     ("5 s.d. 7 Oktober 2024", date(2024, 10, 5)),
                     ("tanggal 5 sampai dengan 7 Oktober 2024", date(2024, 10, 5)),
                     ("5 hingga 7 Oktober 2024", date(2024, 10, 5)),
                     ("30 September s/d 2 Oktober 2024", date(2024, 9, 30)),
                     ("Sabtu-Minggu (5-6/10/2024)", date(2024, 10, 5))):
        text = f"Bimtek netralitas ASN digelar {raw} di aula kantor bupati."
        assert _one_text(text, published) == day, raw


def test_the_run_up_to_an_early_voting_day_is_the_year_before():
    # Pemilu 2024 was voted on 14 February 2024: a pledge "Kamis (30/11)" was in 2023
    text = ("ASN Pemkab Agam menandatangani pakta untuk bersikap netral di Pemilu 2024 usai apel, "
            "Kamis (30/11).")
    assert _date_of(text, "https://x.id/berita/a") == date(2023, 11, 30)
    text = "Bawaslu Agam menggelar sosialisasi netralitas ASN jelang Pemilu 2019, Sabtu (15/12)."
    assert _date_of(text, "https://x.id/berita/a") == date(2018, 12, 15)


def test_no_run_up_when_the_weekday_or_the_distance_does_not_fit():
    # 30/11/2023 was a Thursday, not a Monday
    text = "ASN Pemkab Agam mengikrarkan netralitas Pemilu 2024, Senin (30/11)."
    assert _date_of(text, "https://x.id/berita/a") is None
    # 13/3/2023 was a Monday, but eleven months before the vote
    text = "ASN Pemkab Agam mengikrarkan netralitas Pemilu 2024, Senin (13/3)."
    assert _date_of(text, "https://x.id/berita/a") is None
    # the year of the election fits: no run-up needed
    text = "ASN Pemkab Agam mengikrarkan netralitas Pilkada 2024, Jumat (29/11)."
    assert _date_of(text, "https://x.id/berita/a") == date(2024, 11, 29)


def test_the_run_up_is_to_the_election_named():
    # 7/11/2023 was a Tuesday, a hundred days before Pemilu 2024 but a year before Pilkada 2024
    pemilu = "ASN Pemkab Agam mengikrarkan netralitas pemilihan umum (pemilu) 2024, Selasa (7/11)."
    assert _date_of(pemilu, "https://x.id/berita/a") == date(2023, 11, 7)
    pilkada = "ASN Pemkab Agam mengikrarkan netralitas Pilkada 2024, Selasa (7/11)."
    assert _date_of(pilkada, "https://x.id/berita/a") is None


def _dated(text, published):
    found = event_date_of("", text, find_event_dates(text, published, WIB), published, WIB)
    return found.value if isinstance(found, EventDate) else None


_PUBLISHED = datetime.fromisoformat("2024-05-21T19:21:00+07:00")


@pytest.mark.parametrize("verb", ["menerbitkan", "mengeluarkan", "meneken"])
def test_the_issue_date_of_the_document_the_lead_reports_issued(verb):
    text = (f"Selasa, 21 Mei 2024 19:21 Ani Lestari\n"
            f"KABUPATEN AGAM - Pj Bupati Agam Rudi Santoso {verb} surat edaran tentang "
            f"netralitas ASN dalam Pilkada 2024.\n"
            f"Surat Edaran Nomor 5 Tahun 2024 itu resmi dikeluarkan tanggal 13 Mei 2024 dan "
            f"berlaku bagi seluruh ASN.")
    assert _dated(text, _PUBLISHED) == date(2024, 5, 13)


def test_a_document_recalled_beside_another_occasion_keeps_its_date_out():
    text = ("Selasa, 21 Mei 2024 19:21 Ani Lestari\n"
            "AGAM - Bawaslu Agam menggelar sosialisasi netralitas ASN, Senin (20/5/2024).\n"
            "Sosialisasi merujuk surat edaran bupati yang diterbitkan pada 13 Mei 2024.")
    assert _dated(text, _PUBLISHED) == date(2024, 5, 20)


def test_a_byline_with_its_time_is_furniture():
    text = ("Selasa, 21 Mei 2024 19:21 0 88 Ani Lestari\n"
            "AGAM - Bupati Agam mengingatkan ASN netral pada apel pagi, Senin (20/5/2024).")
    assert _dated(text, _PUBLISHED) == date(2024, 5, 20)
    alone = "Selasa, 21 Mei 2024 19:21 Ani Lestari\nAGAM - Bupati Agam mengingatkan ASN netral."
    # nothing else left: the publication time dates no occasion (LABELS: null when the text
    # does not say; published_local is read from this very stamp)
    assert _dated(alone, _PUBLISHED) is None


def chosen(text: str) -> date | None:
    found = event_date_of("", text, find_event_dates(text, None, WIB), None, WIB)
    return found.value if isinstance(found, EventDate) else None


# 8 October 2024 was a Tuesday.
@pytest.mark.parametrize(("text", "day"), [
    # a dateline a year off the lead's dated occasion, its weekday fitting: the year slipped
    ("KABAR RIMBA Muara Bungo, 9 Oktober 2025. Bupati Bungo Rudi Hartanto melantik delapan "
     "camat di aula kantor bupati pada Selasa (8/10/2024). Ia meminta para camat tetap netral "
     "pada Pilkada 2024.", date(2024, 10, 8)),
])
def test_year_slip_beside_a_fitting_weekday(text: str, day: date) -> None:
    assert chosen(text) == day


def test_a_later_date_with_no_fitting_twin_still_wins() -> None:
    # a month apart, not a year: the later date stays the occasion's (latest explicit date)
    text = ("Muara Bungo, 9 November 2024. Bupati Bungo melantik camat pada Selasa (8/10/2024). "
            "Apel netralitas ASN menjelang Pilkada 2024 digelar pada 9 November 2024.")
    assert chosen(text) == date(2024, 11, 9)


@pytest.mark.parametrize("text", [
    # a campaign period's dates set off by a comma after the step
    "Bupati Rudi Hartanto menyerahkan SK Pjs camat, Selasa (8/10/2024). Mereka "
    "bertugas sepanjang masa kampanye, mulai dari 10 Oktober hingga 30 November 2024.",
    "Bupati Rudi Hartanto menyerahkan SK Pjs camat, Selasa (8/10/2024). Ia mengingatkan "
    "ASN netral selama tahapan kampanye, yakni 10 Oktober sampai 30 November 2024.",
])
def test_campaign_period_after_a_comma(text: str) -> None:
    assert chosen(text) == date(2024, 10, 8)


def test_month_first_when_it_is_the_only_reading_and_the_weekday_agrees():
    # no month 27: 11/27/2024 is 27 November 2024, a Wednesday
    text = "Pemkab Sukamaju menggelar sosialisasi netralitas ASN (Rabu 11/27/2024) di aula."
    found = event_date_of("", text, find_event_dates(text, None, WIB), None, WIB)
    assert isinstance(found, EventDate) and found.value == date(2024, 11, 27)


def test_month_first_needs_the_weekday_to_agree():
    text = "Pemkab Sukamaju menggelar sosialisasi netralitas ASN (Kamis 11/27/2024) di aula."
    found = event_date_of("", text, find_event_dates(text, None, WIB), None, WIB)
    assert not isinstance(found, EventDate)


@pytest.mark.parametrize(("raw", "day"), [
    ("Kamis 14 Novembr 2024", date(2024, 11, 14)),
    ("Jumat, 2 Agutus 2024", date(2024, 8, 2)),
    ("Selasa 16 Januri 2024", date(2024, 1, 16)),
    ("Senin 7 Oktiber 2024", date(2024, 10, 7)),
])
def test_a_month_misspelt_by_one_letter_is_read_when_the_weekday_fits(raw, day):
    text = f"Bawaslu Kota Lembah menggelar rapat pengawasan netralitas ASN di aula, {raw}."
    found = event_date_of("", text, find_event_dates(text, None, WIB), None, WIB)
    assert isinstance(found, EventDate) and found.value == day, raw


@pytest.mark.parametrize("raw", ["Rabu 14 Novembr 2024", "Kamis 14 orang 2024",
                                 "Kamis 14 Sptmbr 2024"])
def test_a_misspelt_month_is_no_date_when_the_weekday_or_the_word_does_not_fit(raw):
    text = f"Bawaslu Kota Lembah menggelar rapat pengawasan netralitas ASN di aula, {raw}."
    found = event_date_of("", text, find_event_dates(text, None, WIB), None, WIB)
    assert not (isinstance(found, EventDate) and found.value.year == 2024
                and found.value.month in (9, 11)), raw
