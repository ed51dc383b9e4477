"""A publication stamp on a short line after an author's or outlet's name ("Ani Lestari -
Selasa, 01 Oktober 2024 10:32 WIB") is page furniture: the occasion's date is the one in the
story, not the stamp."""

from __future__ import annotations

from datetime import datetime

import pytest
from event_date_checks import JKT

from transforms.events.dates.find import EventDate, event_date_of, find_event_dates

PUBLISHED = datetime.fromisoformat("2024-10-01T10:32:00+07:00")
STORY = ("Pj Bupati Sikka memimpin apel ikrar netralitas ASN di halaman Pemkab Sikka, "
         "Senin (30/9/2024). Ia mengajak para pegawai tetap netral pada Pilkada 2024.")


@pytest.mark.parametrize("stamp", [
    "Ani Lestari - Selasa, 01 Oktober 2024 10:32 WIB",
    "Kompas.com - 01/10/2024, 10:32 WIB",
    "Detik Sumbar, Selasa 01 Oktober 2024 10:32 WITA",
    "Selasa, 01 Oktober 2024 10:32 WIB",
    # the time set off by a dash or a comma, with or without its zone
    "Selasa, 01 Oktober 2024 – 10:32 WIB",
    "Selasa, 01 Oktober 2024, 10.32",
    # the time first, the date in English order
    "10:32 October 1, 2024",
])
def test_a_stamp_after_a_name_is_not_the_event_date(stamp):
    text = f"Deklarasi Netralitas ASN di Sikka\n{stamp}\n{STORY}"
    chosen = event_date_of("", text, find_event_dates(text, PUBLISHED, JKT), PUBLISHED, JKT)
    assert isinstance(chosen, EventDate)
    assert chosen.value.isoformat() == "2024-09-30"


def test_a_sentence_with_a_time_keeps_its_date():
    text = ("Deklarasi Netralitas ASN di Sikka\nApel deklarasi netralitas ASN digelar Selasa, "
            "01 Oktober 2024 pukul 08.00 WITA di halaman kantor bupati dan diikuti 300 ASN.")
    chosen = event_date_of("", text, find_event_dates(text, PUBLISHED, JKT), PUBLISHED, JKT)
    assert isinstance(chosen, EventDate)
    assert chosen.value.isoformat() == "2024-10-01"


@pytest.mark.parametrize("second", [
    "Sikap itu dibacakan Pj Bupati bersama ASN saat apel di halaman kantor bupati, Senin (7/10).",
    "Untuk itu Bawaslu Kabupaten Tanah Laut menggelar rapat koordinasi di Hotel Mutiara, "
    "Senin (7/10).",
    "Komitmen tersebut ditandatangani seluruh kepala OPD di aula kantor bupati, Senin (7/10).",
    "Oleh karena itu, Pemkab menggelar sosialisasi netralitas ASN di aula kantor bupati, "
    "Senin (7/10).",
])
def test_a_sentence_referring_back_to_an_undated_lead_gives_its_date(second):
    published = datetime.fromisoformat("2024-10-08T09:00:00+07:00")
    text = ("Pemerintah Kabupaten Tanah Laut dengan tegas menyatakan seluruh ASN tidak akan "
            f"memihak pasangan calon mana pun pada Pilkada 2024.\n{second}\nASN yang melanggar "
            "akan dikenai sanksi sesuai aturan.")
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert isinstance(chosen, EventDate)
    assert chosen.value.isoformat() == "2024-10-07"


def test_a_later_unrelated_date_does_not_date_an_undated_lead():
    published = datetime.fromisoformat("2024-10-08T09:00:00+07:00")
    text = ("Ketua Bawaslu Kabupaten Tanah Laut menegaskan seluruh ASN harus netral pada "
            "Pilkada 2024.\nSebelumnya seorang kepala desa dilaporkan warga ke Bawaslu pada "
            "Senin (7/10) karena mengunggah foto bersama calon.")
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert not isinstance(chosen, EventDate)


@pytest.mark.parametrize("vote", [
    "Warga Kota Kendari akan memilih wali kota dan wakil wali kota pada 27 November 2024.",
    "Masyarakat akan mencoblos pada Rabu, 27 November 2024.",
])
def test_the_vote_named_by_its_verb_is_not_the_event_date(vote):
    published = datetime.fromisoformat("2024-11-27T08:00:00+07:00")
    text = ("Pj Wali Kota Kendari mengingatkan ASN menjaga netralitas, ujarnya di balai kota, "
            f"Senin (25/11/2024).\n{vote}")
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert isinstance(chosen, EventDate)
    assert chosen.value.isoformat() == "2024-11-25"


def test_a_long_sentence_opening_with_sebelumnya_recalls_an_earlier_day():
    published = datetime.fromisoformat("2024-12-05T08:00:00+07:00")
    text = ("Bawaslu Kabupaten Pesawaran memutuskan dua kepala dinas melanggar netralitas ASN dan "
            "meneruskan kasusnya ke BKN.\nSebelumnya, dua pejabat di lingkungan Pemkab Pesawaran "
            "yakni Kepala Dinas Pendidikan dan Kepala Dinas Perhubungan kedapatan menghadiri "
            "syukuran kemenangan salah satu pasangan calon di sebuah rumah makan, Sabtu "
            "(30/11/2024).")
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert not isinstance(chosen, EventDate)


@pytest.mark.parametrize("speaker", ["Plt. Kepala BKD Kaltara Andi Saputra",
                                     "Pj. Bupati Bulungan H. Rahman", "Plh. Sekda Dr. Yusuf"])
def test_an_abbreviated_title_does_not_cut_the_saying_from_its_date(speaker):
    published = datetime.fromisoformat("2024-11-20T08:00:00+08:00")
    text = ("BKD Provinsi Kalimantan Utara kembali mengingatkan ASN untuk menjaga netralitas.\n"
            f"\"ASN harus netral sampai pemungutan suara selesai,\" kata {speaker}, Selasa, "
            "19 November 2024.\nIa meminta ASN tidak mengunggah dukungan di media sosial.")
    chosen = event_date_of("", text, find_event_dates(text, published, "Asia/Makassar"),
                           published, "Asia/Makassar")
    assert isinstance(chosen, EventDate)
    assert chosen.value.isoformat() == "2024-11-19"


def test_an_earlier_election_inside_a_quote_does_not_date_the_saying():
    published = datetime.fromisoformat("2024-11-26T08:00:00+07:00")
    text = ("Bawaslu Kota Serang meneruskan empat kasus netralitas ASN ke BKN.\nKepala BKPSDM "
            "Ahmad menjelaskan pihaknya belum menerima rekomendasi BKN.\n\"Untuk Pilkada ini "
            "belum ada. Namun, di Pemilu sebelumnya ada lurah yang disanksi,\" katanya, Senin "
            "25 November 2024.")
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert isinstance(chosen, EventDate)
    assert chosen.value.isoformat() == "2024-11-25"


def test_sebelumnya_outside_a_quote_still_recalls():
    published = datetime.fromisoformat("2024-11-26T08:00:00+07:00")
    text = ("Bawaslu Kota Serang meneruskan empat kasus netralitas ASN ke BKN.\nSebelumnya Bawaslu "
            "telah memanggil keempat ASN tersebut untuk klarifikasi pada Senin 4 November 2024.")
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert not isinstance(chosen, EventDate)


@pytest.mark.parametrize("lead", [
    "BKN menetapkan bahwa dua kepala desa di Kabupaten Lebak terbukti melanggar netralitas ASN.",
    "Kemendagri memberikan teguran kepada dua kepala daerah terkait netralitas ASN.",
    "KASN menjatuhkan sanksi kepada dua pejabat Pemkab Lebak yang tidak netral.",
])
def test_a_decision_the_lead_reports_takes_its_letters_date(lead):
    published = datetime.fromisoformat("2025-03-03T08:00:00+07:00")
    text = (f"{lead}\nKeduanya diketahui mengunggah dukungan kepada salah satu calon.\nDalam "
            "surat Nomor 1234/B/2025 tertanggal 27 Februari 2025, keduanya dinyatakan melanggar "
            "kode etik.")
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert isinstance(chosen, EventDate)
    assert chosen.value.isoformat() == "2025-02-27"


def test_a_document_cited_as_a_basis_stays_an_earlier_one():
    published = datetime.fromisoformat("2024-10-03T08:00:00+07:00")
    text = ("Bawaslu Kabupaten Lebak menegur dua kepala desa yang tidak netral.\nTeguran itu "
            "berdasarkan surat edaran Nomor 5/2024 tanggal 12 Agustus 2024 tentang netralitas.")
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert not isinstance(chosen, EventDate)


@pytest.mark.parametrize(("published", "text"), [
    # the page ran the section's stamp and the dateline together on one line
    ("2024-10-01T10:32:00+07:00",
     "Wamen Minta ASN Netral\nRegional | 1 Oktober 2024, 10:32 WIBKUPANG, TVKITA - Wakil "
     "Menteri mengingatkan seluruh ASN agar netral pada Pilkada 2024 usai rapat "
     "koordinasi di Kupang.\nASN yang melanggar akan dijatuhi sanksi."),
    # "outlet \u2022 section" before the page's date and clock time, and a story with no day
    ("2023-11-10T06:00:00+07:00",
     "Warga Diminta Laporkan ASN Tidak Netral\nTV Agam \u2022 Politik 10 November 2023 JAM "
     "06:00:00 WIB\nMasyarakat Kabupaten Agam diminta melaporkan ASN yang tidak netral pada "
     "Pemilu 2024 kepada Bawaslu."),
])
def test_a_section_stamp_dates_no_occasion(published, text):
    published = datetime.fromisoformat(published)
    chosen = event_date_of("", text, find_event_dates(text, published, JKT), published, JKT)
    assert not isinstance(chosen, EventDate)


def test_a_publication_half_a_year_after_every_dated_occasion_is_no_anchor():
    # a site's date widget read as the page's time ("Rabu, 19 November 2025" over a story of
    # October 2024): a day and month of the story take the story's year, not the widget's
    widget = datetime.fromisoformat("2025-11-19T00:00:00+07:00")
    text = ("Rabu, 19 November 2025\nSukamaju - Bawaslu Sukamaju menyemprit dua kades yang "
            "diduga tidak netral dalam Pilkada 2024, jelas Ketua Bawaslu, Sabtu (5/10/2024). "
            "Keduanya dijadwalkan datang ke Bawaslu pada 26 September dan 1 Oktober 2024.")
    found = event_date_of("", text, find_event_dates(text, widget, JKT), widget, JKT)
    assert isinstance(found, EventDate) and found.value.isoformat() == "2024-10-05"
    # (limit) a publication days after the occasion anchors a weekday alone as before
    recent = datetime.fromisoformat("2024-10-07T09:00:00+07:00")
    text = ("Bawaslu Sukamaju menyemprit dua kades yang diduga tidak netral, kata Ketua "
            "Bawaslu, Sabtu. Pemeriksaan pertama digelar Jumat (4/10/2024).")
    found = event_date_of("", text, find_event_dates(text, recent, JKT), recent, JKT)
    assert isinstance(found, EventDate) and found.value.isoformat() == "2024-10-05"
    # (review) a full date told as an earlier occasion leaves the publication the anchor
    stated = datetime.fromisoformat("2024-11-05T10:00:00+07:00")
    text = ("Bawaslu Agam menggelar sosialisasi netralitas ASN di Lubuk Basung, Senin.\n"
            "Sebelumnya pada Pemilu, Rabu (14/2/2024), Bawaslu juga menemukan ASN tidak netral.")
    found = event_date_of("", text, find_event_dates(text, stated, JKT), stated, JKT)
    assert isinstance(found, EventDate) and found.value.isoformat() == "2024-11-04"
    # (review) a crawl day two years after the election the text names, its only full date
    # told as earlier: still no anchor
    crawled = datetime.fromisoformat("2026-12-01T10:00:00+07:00")
    text = ("Bupati Agam Rudi Hartono memimpin apel ikrar netralitas ASN pada Pilkada 2024, "
            "Senin. Sebelumnya, apel serupa digelar Rabu (14/2/2024).")
    found = event_date_of("", text, find_event_dates(text, crawled, JKT), crawled, JKT)
    assert not isinstance(found, EventDate)
