"""Event dates on pages without a stated publication date, and the choice of the occasion's date.

Without a publication date a fully written date is still read, a year-less one takes the year
of the URL's date or of the election the text names (if its weekday fits), and a weekday alone
stays unresolved with its raw word kept. The choice skips dates of the election calendar, of
documents and of occasions recalled in passing. Sentences are invented.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from event_date_checks import JKT

from transforms.events.assemble import extract_events
from transforms.events.dates.find import (
    NO_PUBLICATION,
    EventDate,
    Rejected,
    choose_event_date,
    event_date_of,
    find_event_dates,
    url_date,
)
from transforms.events.dates.results import UNANCHORED

LEAD = "Pemerintah kota mengingatkan ASN menjaga netralitas.\n"


def first(raw: str, url: str | None = None, text_before: str = LEAD):
    text = text_before + raw
    found = [m for m in find_event_dates(text, None, JKT, url)
             if m.span is not None and m.span[0] >= len(text_before)]
    return found[0] if found else None


def choose(text: str, url: str | None = None, published: datetime | None = None):
    return choose_event_date(text, find_event_dates(text, published, JKT, url))


@pytest.mark.parametrize(("raw", "expected"), [
    ("Kamis, (4/7/2024)", date(2024, 7, 4)),
    ("Senin (15/1/ 2018)", date(2018, 1, 15)),
    ("Rabu, 25 September 2024", date(2024, 9, 25)),
    ("Minggu 6-10-2024", date(2024, 10, 6)),
    ("Jum,at (14/9/2018)", date(2018, 9, 14)),
    ("Jum'at (14/9/2018)", date(2018, 9, 14)),
    ("tanggal 10 dan 14 September 2020", date(2020, 9, 10)),
])
def test_fully_written_dates_need_no_publication_date(raw, expected):
    found = first(raw)
    assert isinstance(found, EventDate) and found.value == expected
    assert not found.weekday_mismatch


@pytest.mark.parametrize(("url", "expected"), [
    ("https://contoh.id/2024/09/11/apel-netralitas/", (date(2024, 9, 11), date(2024, 9, 11))),
    ("https://contoh.id/read/2024/9/1/123/apel", (date(2024, 9, 1), date(2024, 9, 1))),
    ("https://contoh.id/2020/10/ikrar-asn.html", (None, date(2020, 10, 31))),
    ("https://contoh.id/2023/05/12-camat-diperiksa.html", (None, date(2023, 5, 31))),
    ("https://contoh.id/2023/05/12-4411/camat-diperiksa", (date(2023, 5, 12), date(2023, 5, 12))),
    ("https://contoh.id/2024/02/ikrar-asn.html", (None, date(2024, 2, 29))),
    ("https://contoh.id/berita/07/11/2024/ikrar", (None, date(2024, 12, 31))),
    ("https://contoh.id/berita/07/13/2024/ikrar", (date(2024, 7, 13), date(2024, 7, 13))),
    ("https://contoh.id/berita/12345/ikrar-asn", (None, None)),
    (None, (None, None)),
])
def test_url_date(url, expected):
    assert url_date(url) == expected


def test_a_year_less_date_takes_the_year_of_the_url():
    found = first("Selasa (10/9)", "https://contoh.id/2024/09/11/apel/")
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 10)
    found = first("Senin (30/12)", "https://contoh.id/2025/01/02/apel/")
    assert isinstance(found, EventDate) and found.value == date(2024, 12, 30)
    found = first("Senin (05/10)", "https://contoh.id/2020/10/ikrar.html")
    assert isinstance(found, EventDate) and found.value == date(2020, 10, 5)
    # a later month than the URL's is last year's
    found = first("Minggu (29/12)", "https://contoh.id/2020/01/ikrar.html")
    assert isinstance(found, EventDate) and found.value == date(2019, 12, 29)


def test_a_year_less_date_takes_the_year_of_the_election_if_the_weekday_fits():
    lead = "Bawaslu mengawasi netralitas ASN pada Pilkada 2024.\n"
    found = first("Sosialisasi digelar Senin (5/8).", text_before=lead)
    assert isinstance(found, EventDate) and found.value == date(2024, 8, 5)
    assert found.method == "dm_hint_year"
    found = first("Ikrar dibacakan Selasa (7/11).", text_before=lead)  # a Thursday in 2024
    assert isinstance(found, Rejected) and found.reason == "weekday does not fit 2024"
    found = first("Ikrar dibacakan (7/11).", text_before=LEAD)  # no year anywhere
    assert isinstance(found, Rejected) and found.reason == "no year"
    body = "Apel netralitas digelar Jumat (1/11)."
    (title_year,) = find_event_dates(body, None, JKT, context="ASN jaga netralitas Pilkada 2024")
    assert isinstance(title_year, EventDate) and title_year.value == date(2024, 11, 1)


def test_a_general_elections_candidate_with_its_year_ties_the_year():
    lead = "Kepala sekolah memasang gambar salah satu Calon Legislatif (Caleg) 2019.\n"
    found = first("Kasus itu diungkap Ketua Bawaslu, Selasa (12/2).", text_before=lead)
    assert isinstance(found, EventDate) and found.value == date(2019, 2, 12)


def test_weekdays_alone_and_relative_words_wait_for_a_publication_date():
    found = first("Hal itu disampaikan Wali Kota di Solok, Selasa.")
    assert isinstance(found, Rejected) and found.reason == NO_PUBLICATION
    assert found.raw == "Selasa"
    found = first("Apel digelar kemarin.")
    assert isinstance(found, Rejected) and found.reason == UNANCHORED
    published = datetime(2024, 10, 10, 9, tzinfo=ZoneInfo(JKT))
    resolved = find_event_dates(LEAD + "Hal itu disampaikan di Solok, Selasa.", published, JKT)
    assert [m.value for m in resolved if isinstance(m, EventDate)] == [date(2024, 10, 8)]


def test_an_announced_occasion_without_publication_date():
    lead = "Pemkab menyiapkan apel netralitas ASN jelang Pilkada 2024.\n"
    found = first("Apel akan digelar pada Senin (14/10) mendatang.", text_before=lead)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 14) and found.announced


def test_spans_and_sentences_point_into_the_text():
    text = LEAD + "PADANG, (ANTARA) - Pemkot menggelar apel netralitas, Kamis (26/9/2024). Lancar."
    (found,) = find_event_dates(text, None, JKT)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 26)
    assert text[found.span[0]:found.span[1]] == found.raw == "Kamis (26/9/2024)"
    assert found.sentence == ("PADANG, (ANTARA) - Pemkot menggelar apel netralitas, "
                              "Kamis (26/9/2024).")


# --- choosing the occasion's date ------------------------------------------------------------


def test_voting_day_and_campaign_dates_are_not_the_event_date():
    text = ("Pemkab menggelar sosialisasi netralitas ASN di aula kantor bupati, Senin (5/8/2024).\n"
            "Hari coblos pilkada pada 27 November 2024 diharapkan lancar.\n"
            "Masa kampanye dari tanggal 25 September 2024 diawasi ketat.")
    assert choose(text).value == date(2024, 8, 5)
    only_calendar = "ASN diminta netral pada hari H tanggal 27 November 2024."
    assert choose(only_calendar) is None


def test_an_election_word_before_a_comma_is_no_calendar():
    text = ("Camat berpesan kepada guru saat menonton uji coba pemilihan, Kamis (14/11/2024) "
            "di SMP 4.")
    assert choose(text).value == date(2024, 11, 14)


def test_document_and_recalled_dates_are_not_the_event_date():
    text = ("Pj Bupati Tanah Datar, Hendri Yulisman, menerbitkan Surat Edaran Nomor 800/77/BKPSDM "
            "pada 24 September 2024.\n"
            "Dalam rapat staf di Solok, Selasa, ia meminta ASN netral.\n"
            "Semenjak dilantik pada 11 Agustus 2024, ia menekankan netralitas.")
    # the lead reports the issuing with its date: that is the occasion (LABELS: a signing)
    assert choose(text).value == date(2024, 9, 24)
    cited = text.replace("menerbitkan Surat Edaran", "mengingatkan ASN sesuai Surat Edaran")
    chosen = choose(cited)
    assert isinstance(chosen, Rejected) and chosen.raw == "Selasa"  # the occasion, undated
    letter = "Surat Menteri Nomor B/12/2017 tanggal 27 Desember 2017 mengatur netralitas ASN."
    assert choose(letter) is None


def test_the_latest_written_date_is_the_occasion_and_earlier_ones_are_recalled():
    text = ("Pada Senin (7/10/2024) lalu, Bawaslu menyampaikan temuan pelanggaran netralitas.\n"
            "\"Kami tunggu rekomendasinya,\" ujar Pj Gubernur di rumah jabatan, Rabu (9/10/2024).")
    assert choose(text).value == date(2024, 10, 9)


def test_related_headlines_and_bylines_lose_to_sentences():
    text = ("Apel netralitas ASN digelar di halaman balai kota, Senin (14/10/2024).\n"
            "Baca juga: Bawaslu temukan ASN tidak netral, Jumat (18/10/2024)\n"
            "Sabtu, 19 Oktober 2024 | 10:00 WIB")
    assert choose(text).value == date(2024, 10, 14)


def test_a_title_date_when_the_body_has_none():
    body = "Kepala BKD mengingatkan seluruh ASN agar netral."
    title = "Apel Netralitas ASN Pemkab Agam, Senin (5/8/2024)"
    chosen = event_date_of(title, body, find_event_dates(body, None, JKT), None, JKT)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 8, 5)


def test_extract_events_without_publication_date_keeps_the_weekday_word():
    text = ("Solok (Antara) - Aparatur sipil negara Pemkot Solok membacakan ikrar netralitas "
            "menjelang Pilkada serentak 9 Desember 2020, di halaman balai kota, Selasa.\n"
            "Pjs Wali Kota Solok mengimbau ASN agar netral dalam Pilkada 2020.")
    (event,) = extract_events(canonical_url="https://contoh.id/2020/10/ikrar.html",
                              title="ASN Solok ikrar netralitas", text=text, dateline="Solok",
                              published_at=None, timezone=JKT)
    assert (event.event_date, event.event_date_raw) == (None, "Selasa")
    assert event.event_date_confidence is None and not event.announced


@pytest.mark.parametrize(("text", "expected"), [
    ("Sosialisasi netralitas ASN jelang Pilkada pada Senin (5/8/2024) diikuti camat.",
     date(2024, 8, 5)),
    ("Pemungutan suara pada Rabu (27/11/2024) diawasi Bawaslu.", None),
    ("Bupati membahas PP Nomor 94 Tahun 2021 tentang disiplin PNS pada Senin (5/8/2024).",
     date(2024, 8, 5)),
    ("Posko pengaduan netralitas ASN dibuka sejak Senin (5/8/2024).", date(2024, 8, 5)),
    ("Keputusan itu tertanggal 2 Agustus 2024.", None),
])
def test_occasion_or_not_by_the_words_before_the_date(text, expected):
    chosen = choose(text)
    assert (chosen.value if isinstance(chosen, EventDate) else None) == expected


def test_voting_day_after_a_comma_is_still_the_calendar():
    text = ("ASN diingatkan menjaga netralitas menjelang Pilkada serentak, 27 November 2024 "
            "mendatang.\nApel digelar di halaman kantor bupati, Senin (7/10/2024).")
    assert choose(text).value == date(2024, 10, 7)
    assert choose(text.split("\n")[0]) is None


def test_the_year_of_the_url_is_checked_by_the_weekday():
    found = first("Kamis (10/9)", "https://contoh.id/2024/09/11/apel/")  # a Tuesday in 2024
    assert isinstance(found, Rejected) and found.reason == "weekday does not fit 2024"
    published = datetime(2024, 9, 11, 9, tzinfo=ZoneInfo(JKT))  # a stated date keeps it, flagged
    (stated,) = find_event_dates(LEAD + "Kamis (10/9)", published, JKT)
    assert isinstance(stated, EventDate) and stated.weekday_mismatch


def test_dates_under_a_list_of_other_articles_lose():
    text = ("Apel netralitas ASN digelar di halaman balai kota, Senin (14/10/2024).\n"
            "Baca Juga\n"
            "Wali kota mengingatkan ASN agar netral.\n"
            "Berita Terkait\n"
            "Bawaslu gelar sosialisasi netralitas di Solok, Kamis (17/10/2024)\n")
    assert choose(text).value == date(2024, 10, 14)


def test_a_scheduled_later_occasion_is_announced():
    text = ("Apel netralitas digelar Senin (5/8/2024).\n"
            "Bawaslu juga menjadwalkan sosialisasi Kamis (15/8/2024) di aula kantor camat.")
    (_, later) = find_event_dates(text, None, JKT)
    assert isinstance(later, EventDate) and later.announced
    assert choose(text).value == date(2024, 8, 5)


def test_without_publication_date_only_strong_words_announce():
    found = first("Sosialisasi netralitas ASN jelang Pilkada pada Senin (5/8/2024).")
    assert isinstance(found, EventDate) and not found.announced
    found = first("Sosialisasi akan digelar pada Senin (5/8/2024).")
    assert isinstance(found, EventDate) and found.announced


def test_sebelumnya_marks_its_whole_sentence_as_recalled():
    text = ("Padang (Antara) - Pemkot menggelar apel netralitas ASN di balai kota, Senin.\n"
            "Sebelumnya, Pemkot juga menggelar sosialisasi netralitas pada 5 Agustus 2024.")
    chosen = choose(text)
    assert isinstance(chosen, Rejected) and chosen.raw == "Senin"


def test_a_year_written_with_tahun():
    found = first("Apel digelar pada 25 September tahun 2024.")
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 25)
    assert found.method == "long"


def test_credit_lines_are_furniture():
    published = datetime(2024, 10, 14, 12, tzinfo=ZoneInfo(JKT))
    text = ("Penulis: Ani | Editor: Budi | Senin, 14 Oktober 2024\n"
            "Kendari - Pemkot menggelar ikrar netralitas ASN, Kamis (10/10/2024).\n"
            "Pewarta: Citra, 14 Oktober 2024")
    assert choose(text, published=published).value == date(2024, 10, 10)
    dateline = ("KENDARI | Pemkot menggelar ikrar netralitas ASN di pelataran kantor wali kota "
                "yang diikuti seluruh pejabat eselon, Kamis (10/10/2024).\n"
                "Sebelumnya, sosialisasi digelar pada 1 Oktober 2024.")
    assert choose(dateline, published=published).value == date(2024, 10, 10)


@pytest.mark.parametrize("lead", [
    "Bawaslu Sukamaju mengadakan sosialisasi jelang Pemilukada serentak 2024.\n",
    "Bawaslu mengawasi Pemilihan Kepala Daerah (Pilkada) Serentak 2024.\n",
    "ASN wajib netral pada Pemilihan Serentak Tahun 2024.\n",
])
def test_election_years_written_in_several_ways(lead):
    found = first("Ketua Bawaslu menyampaikan hal itu, Jumat (17/5).", text_before=lead)
    assert isinstance(found, EventDate) and found.value == date(2024, 5, 17)


def test_without_other_year_the_latest_full_date_of_the_text_gives_it():
    text = ("Bawaslu Agam menggelar sosialisasi netralitas wali nagari pada Senin (05/08).\n"
            "Kegiatan ini lanjutan dari deklarasi netralitas pada 4 Juli 2024.")
    monday, _ = find_event_dates(text, None, JKT)
    assert isinstance(monday, EventDate) and monday.value == date(2024, 8, 5)
    lone = find_event_dates("Sosialisasi digelar Senin (05/08).", None, JKT)
    assert isinstance(lone[0], Rejected) and lone[0].reason == "no year"
