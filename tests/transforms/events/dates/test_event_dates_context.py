"""What the words around a date say of it (transforms/events/dates/choice.py, dates/calendar.py,
dates/years.py): a stamp put after the statement it dates, a step of the election calendar
named with the election's year, the date a term or rule takes effect, a year-less date in the
aftermath of a late voting day. Sentences are invented."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from event_date_checks import JKT

from transforms.events.dates.find import (
    EventDate,
    Rejected,
    choose_event_date,
    event_date_of,
    find_event_dates,
)

LEAD = ("KABUPATEN AGAM - Pegawai Pemkab Agam yang terbukti berpihak "
        "pada Pilkada 2024 bakal dijatuhi hukuman disiplin, kata Sekda Agam.\n")


def _chosen(text: str, url: str | None = None) -> EventDate | Rejected | None:
    return choose_event_date(text, find_event_dates(text, None, JKT, url))


@pytest.mark.parametrize("apart", [" ", "\n"])  # on the statement's line, or on its own
@pytest.mark.parametrize(("said", "stamp", "day"), [
    ("ungkapnya", "Rabu 4 September 2024", date(2024, 9, 4)),
    ("kata dia", "Senin (9/9/2024)", date(2024, 9, 9)),
    ("ujar Sekda Agam Rudi Hartono saat ditemui siang tadi", "Selasa, 10 September 2024",
     date(2024, 9, 10)),
    ("tegas Bupati", "Kamis (12/9/2024)", date(2024, 9, 12)),
])
def test_a_date_stamped_after_the_statement_dates_it(said, stamp, day, apart):
    text = (f"{LEAD}\u201cTidak ada toleransi bagi ASN yang berpihak,\u201d {said}.{apart}"
            f"{stamp}.\nPemkab Agam sudah membentuk tim pemantau sikap netral pegawai.")
    chosen = _chosen(text)
    assert isinstance(chosen, EventDate) and chosen.value == day


def test_a_date_stamped_after_another_sentence_is_not_the_statements():
    text = (f"{LEAD}Kelompok kerja pengawasan netralitas dibentuk bersama Bawaslu Agam. "
            "Senin (2/9/2024).\n"
            "Pemkab Agam meminta ASN tidak mengunggah dukungan di media sosial.")
    assert _chosen(text) is None


@pytest.mark.parametrize("calendar", [
    "sepanjang masa kampanye Pemilu 2024 pada tanggal 28 November 2023 hingga 10 Februari 2024",
    "selama masa kampanye pilkada 2024 mulai 25 September 2024",
    "di tahapan pemungutan suara untuk Pilkada Serentak 2024 tanggal 27 November 2024",
    # "dijadwal", the clipped "dijadwalkan"
    "pada masa kampanye pilkada yang dijadwal dimulai 25 September 2024",
])
def test_a_step_of_the_calendar_named_with_its_year_is_no_occasion(calendar):
    text = (f"Bawaslu Kota Bandung mengawasi ASN {calendar}.\n"
            "\u201cKami terus mengimbau ASN agar netral,\u201d kata Ketua Bawaslu Kota Bandung, "
            "Selasa.")
    chosen = _chosen(text)
    assert isinstance(chosen, Rejected) and chosen.raw.startswith("Selasa")


@pytest.mark.parametrize("occasion", [
    "menggelar sosialisasi netralitas ASN Pilkada 2024 pada 3 Juli 2024",
    "menggelar sosialisasi netralitas ASN Pilkada 2024, 3 Juli 2024",
    "menggelar apel ikrar netralitas Pemilu 2024 pada 3 Juli 2024",
])
def test_an_occasion_about_an_election_year_keeps_its_date(occasion):
    text = f"Pemkab Agam {occasion} di aula kantor bupati."
    chosen = _chosen(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 7, 3)


@pytest.mark.parametrize("effective", [
    "SK kenaikan pangkat periode 1 Oktober 2024",
    "SK kenaikan pangkat TMT 1 Oktober 2024",
    "tunjangan kinerja baru yang berlaku mulai 1 Oktober 2024",
    "aturan absensi elektronik yang efektif per 1 Oktober 2024",
])
def test_the_date_a_term_or_rule_takes_effect_is_no_occasion(effective):
    text = ("Pemkot Sukamaju mengadakan apel ikrar netralitas ASN di lapangan balai kota, Senin "
            f"(23/9/2024).\nDalam kegiatan itu juga diserahkan {effective} kepada sejumlah PNS.")
    chosen = _chosen(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 9, 23)


@pytest.mark.parametrize(("text", "day"), [
    # Pilkada 2020 was voted on 9 December 2020: "Senin (18/1)" was 18 January 2021
    ("Bawaslu Blora meneruskan rekomendasi KASN soal camat yang tidak netral pada Pilkada "
     "2020, kata Ketua Bawaslu Blora, Senin (18/1).", date(2021, 1, 18)),
    ("Bupati menjatuhkan sanksi disiplin kepada dua lurah yang tidak netral dalam Pilkada "
     "Serentak 2024, Kamis (16/1).", date(2025, 1, 16)),
    # the election's own year fits the weekday: no aftermath needed
    ("ASN Pemkab Blora mengikrarkan netralitas Pilkada 2020, Jumat (9/10).",
     date(2020, 10, 9)),
])
def test_a_day_after_a_late_voting_day_falls_in_the_year_after(text, day):
    chosen = event_date_of("", text, find_event_dates(text, None, JKT, "https://x.id/a"),
                           None, JKT, "https://x.id/a")
    assert isinstance(chosen, EventDate) and chosen.value == day


@pytest.mark.parametrize("text", [
    # 21/6/2021 was a Monday, but half a year and more after the vote
    "Bawaslu Blora meneruskan rekomendasi KASN soal netralitas pada Pilkada 2020, Senin (21/6).",
    # 18/1/2021 was a Monday, not a Tuesday
    "Bawaslu Blora meneruskan rekomendasi KASN soal netralitas pada Pilkada 2020, Selasa (18/1).",
    # Pemilu 2024 was voted in February: 14/2/2025 (a Friday) is a year after it
    "Bawaslu Agam mengumumkan sanksi bagi ASN yang tidak netral pada Pemilu 2024, Jumat (14/2).",
])
def test_no_aftermath_when_the_weekday_or_the_distance_does_not_fit(text):
    chosen = event_date_of("", text, find_event_dates(text, None, JKT, "https://x.id/a"),
                           None, JKT, "https://x.id/a")
    assert not isinstance(chosen, EventDate)


@pytest.mark.parametrize("quoted", [
    "Mengutip laman resmi Pemkab Agam, Rabu (9/10/2024), acara tersebut diikuti para camat.",
    "Hal itu disampaikan Sekda Agam dalam keterangannya yang dikutip dari situs Pemkab Agam, "
    "Rabu, 9 Oktober 2024.",
    "Hal itu disampaikan Sekda Agam dalam keterangannya dikutip Rabu, 9 Oktober 2024.",
    "Informasi itu dilansir dari akun Instagram resmi Bawaslu Agam pada Rabu (9/10/2024).",
    "Sebagaimana diakses pada Rabu (9/10/2024), laman BKPSDM Agam memuat ikrar itu.",
])
def test_the_day_a_web_page_was_quoted_is_no_occasion(quoted):
    text = ("Pemkab Agam mengadakan sosialisasi tentang sikap netral kepala desa di aula bupati.\n"
            f"{quoted}")
    assert _chosen(text) is None


@pytest.mark.parametrize("quoted", [
    "\u201cASN harus netral,\u201d kata Sekda Agam dikutip dari siaran pers Pemkab Agam, "
    "Rabu (9/10/2024).",
    "\u201cASN harus netral,\u201d ujarnya di Lubuk Basung, mengutip Antara, Rabu (9/10/2024).",
    "Ikrar netralitas itu dibacakan para camat, Rabu (9/10/2024).",
])
def test_a_statement_quoted_from_a_report_keeps_its_date(quoted):
    text = ("Pemkab Agam mengadakan sosialisasi tentang sikap netral kepala desa di aula bupati.\n"
            f"{quoted}")
    chosen = _chosen(text)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 10, 9)


@pytest.mark.parametrize("until", ["hingga 27 November 2024", "sampai dengan 27 November 2024",
                                   "paling lambat 27 November 2024"])
def test_a_term_running_up_to_voting_day_is_no_occasion(until):
    text = ("Kemendagri meminta kepala daerah menunda penyaluran bantuan sosial "
            f"{until}, kata Wamendagri dalam keterangannya.")
    chosen = _chosen(text)
    assert not isinstance(chosen, EventDate)


@pytest.mark.parametrize("election", [
    "Pemilihan Bupati dan Wakil Bupati Kabupaten Sukamaju Tahun 2024",
    "Pemilihan Wali Kota dan Wakil Wali Kota Sukamaju 2024",
    "Pemilihan Gubernur dan Wakil Gubernur Nusa Tenggara Barat Tahun 2024",
    "Pilbup Agam 2024",
])
def test_the_year_of_an_election_named_in_full_dates_a_year_less_day(election):
    text = (f"Pemkab Agam menggelar apel netralitas ASN menjelang {election} di halaman kantor "
            "bupati, Senin (5/8).")
    url = "https://x.id/berita/apel-netralitas"
    chosen = event_date_of("", text, find_event_dates(text, None, JKT, url), None, JKT, url)
    assert isinstance(chosen, EventDate) and chosen.value == date(2024, 8, 5)


@pytest.mark.parametrize(("said", "day", "announced"), [
    ("Selasa pekan lalu", date(2024, 7, 30), False),
    ("Selasa minggu lalu", date(2024, 7, 30), False),
    ("Senin pekan ini", date(2024, 8, 5), False),
    ("Senin pekan depan", date(2024, 8, 12), True),
    ("Jumat minggu depan", date(2024, 8, 16), True),
    ("Selasa", date(2024, 8, 6), False),
])
def test_a_weekday_of_a_named_week(said, day, announced):
    published = datetime.fromisoformat("2024-08-08T10:00:00+07:00")  # a Thursday
    text = f"Bupati Agam meminta ASN netral saat apel di halaman kantor bupati, {said}."
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert isinstance(chosen, EventDate)
    assert (chosen.value, chosen.announced) == (day, announced)
