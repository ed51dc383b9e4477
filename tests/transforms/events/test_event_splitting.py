"""What each event of an article keeps: a gathering or a monitoring act told of another day, and
the headcount of who attended it, are that day's occasion's, not the main one's
(transforms/events/assemble.py); a finding or a sanction told there may be what the main
statement reports, so the main event keeps it too; so does the headline's appeal, which sums
up the main occasion whichever other part also tells an appeal.

Invented articles: a regent's statement on one day, and a paragraph that reports another
day's act (a briefing, an assembly, a pledge, an integrity pact, a training, a raid).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from transforms.events.assemble import extract_events

WIB = timezone(timedelta(hours=7))
URL = "https://kabar-daerah.id/bupati-minta-asn-netral/"
PUBLISHED = datetime(2024, 10, 11, 9, tzinfo=WIB)
TITLE = "Bupati Minta ASN Jaga Netralitas di Pilkada 2024"

MAIN = ("Wonosari, Kabar - Bupati Gunungkidul, Rahmat Santoso, meminta seluruh ASN menjaga "
        "netralitas dalam Pilkada 2024 dan mengingatkan sanksi bagi yang melanggar.\n"
        "\"ASN wajib netral, jangan ikut kampanye,\" ujar Rahmat di Pendopo Kabupaten "
        "Gunungkidul, Kamis (10/10/2024).\n")


def events(text: str, title: str = TITLE):
    return extract_events(canonical_url=URL, title=title, text=text, dateline=None,
                          published_at=PUBLISHED, timezone="Asia/Jakarta")


@pytest.mark.parametrize(("other", "value"), [
    ("Pada Senin (7/10/2024), Pemkab Gunungkidul menggelar sosialisasi netralitas ASN bagi "
     "para camat dan lurah di Bangsal Sewokoprojo.\n", "sosialisasi"),
    ("Pada Senin (7/10/2024), seluruh ASN Pemkab Gunungkidul mengikuti apel netralitas ASN "
     "di halaman kantor bupati.\n", "apel"),
    ("Pada Senin (7/10/2024), ratusan ASN Pemkab Gunungkidul membacakan ikrar netralitas "
     "ASN menghadapi Pilkada 2024.\n", "ikrar"),
    ("Pada Senin (7/10/2024), para kepala OPD menandatangani pakta integritas sebagai janji netral "
     "menghadapi Pilkada 2024.\n", "pakta_integritas"),
    ("Pada Senin (7/10/2024), BKPSDM Gunungkidul menggelar bimbingan teknis netralitas ASN "
     "bagi para sekretaris desa.\n", "bimtek"),
])
def test_a_gathering_of_another_day_is_that_days_event_not_the_main_ones(other, value):
    main, earlier = events(MAIN + other)
    assert (main.event_date, earlier.event_date) == ("2024-10-10", "2024-10-07")
    assert value not in main.activities
    assert value in earlier.activities


def test_an_earlier_gathering_recalled_in_passing_is_neither_an_event_nor_the_main_ones():
    recalled = ("Sebelumnya, pada Senin (7/10/2024), seluruh ASN Pemkab Gunungkidul mengikuti "
                "apel netralitas ASN di lapangan upacara Setda.\n")
    (only,) = events(MAIN + recalled)
    assert only.event_date == "2024-10-10"
    assert "apel" not in only.activities


def test_a_raid_of_another_day_is_that_days_monitoring_not_the_main_ones():
    raid = ("Pada Senin malam (7/10/2024), Bawaslu Gunungkidul menggerebek pertemuan kepala "
            "desa dengan tim pemenangan salah satu calon yang melanggar netralitas.\n")
    main, earlier = events(MAIN + raid)
    assert "pengawasan" not in main.activities
    assert "pengawasan" in earlier.activities


def test_a_finding_told_of_another_day_stays_what_the_main_statement_reports():
    finding = ("Pada Selasa (8/10/2024), Bawaslu Gunungkidul menyampaikan temuan dua ASN "
               "yang terbukti melanggar netralitas dan telah merekomendasikannya ke BKN.\n")
    main, earlier = events(MAIN + finding)
    assert (main.event_date, earlier.event_date) == ("2024-10-10", "2024-10-08")
    assert "pelanggaran" in main.activities
    assert "pelanggaran" in earlier.activities


def test_a_gathering_held_at_the_main_occasion_too_stays_the_main_ones():
    main_text = ("Wonosari, Kabar - Bupati Gunungkidul, Rahmat Santoso, membuka sosialisasi "
                 "netralitas ASN di Pendopo Kabupaten Gunungkidul, Kamis (10/10/2024).\n"
                 "\"ASN wajib netral dalam Pilkada 2024,\" ujar Rahmat.\n")
    earlier = ("Pada Senin (7/10/2024), Pemkab Gunungkidul juga menggelar sosialisasi serupa "
               "bagi para lurah di Kapanewon Playen.\n")
    found = events(main_text + earlier)
    assert found[0].event_date == "2024-10-10"
    assert "sosialisasi" in found[0].activities


def test_the_title_still_names_the_main_occasions_gathering():
    other = ("Pada Senin (7/10/2024), Pemkab Gunungkidul menggelar sosialisasi netralitas ASN "
             "bagi para camat.\n")
    main, _ = events(MAIN + other, title="Apel Netralitas ASN, Bupati Minta ASN Tidak Berpihak")
    assert "apel" in main.activities


def test_a_headcount_of_another_days_gathering_is_that_gatherings():
    other = ("Pada Senin (7/10/2024), Pemkab Gunungkidul menggelar sosialisasi netralitas ASN "
             "yang diikuti 150 kepala desa di Bangsal Sewokoprojo.\n")
    main, earlier = events(MAIN + other, title="Apel Netralitas ASN, Bupati Minta ASN Netral")
    assert "apel" in main.activities
    assert main.participants_count is None
    assert earlier.participants_count == 150


def test_the_main_occasions_own_headcount_stays_its_own():
    main_text = MAIN.replace("meminta seluruh ASN", "di hadapan 300 ASN yang mengikuti apel "
                             "pagi meminta seluruh ASN")
    other = ("Pada Senin (7/10/2024), Pemkab Gunungkidul menggelar sosialisasi netralitas ASN "
             "yang diikuti 150 kepala desa di Bangsal Sewokoprojo.\n")
    main, earlier = events(main_text + other)
    assert (main.participants_count, earlier.participants_count) == (300, 150)


def test_an_article_of_one_occasion_keeps_every_activity():
    text = MAIN + ("Dalam kesempatan itu, para kepala OPD menandatangani pakta integritas "
                   "netralitas ASN.\n")
    (only,) = events(text)
    assert "pakta_integritas" in only.activities


@pytest.mark.parametrize("planned", [
    "Bawaslu juga akan menggelar sosialisasi netralitas ASN pada 17 Oktober 2024 mendatang.\n",
    "Deklarasi netralitas kepala desa dijadwalkan berlangsung Kamis (17/10/2024) di Wonosari.\n",
    "Pemkab akan mengadakan rapat koordinasi netralitas ASN pada 17 Oktober 2024.\n",
])
def test_a_gathering_announced_for_a_later_day_is_an_announced_event(planned):
    main, later = events(MAIN + planned)
    assert (main.event_date, main.announced) == ("2024-10-10", False)
    assert (later.event_date, later.announced) == ("2024-10-17", True)
    assert set(later.activities) & {"sosialisasi", "ikrar"}
    assert not set(main.activities) & {"sosialisasi", "ikrar"}


@pytest.mark.parametrize("planned", [
    "Hasil klarifikasi akan diumumkan Bawaslu pada 17 Oktober 2024 mendatang.\n",
    "Pilkada di Gunungkidul akan digelar pada 27 November 2024.\n",
])
def test_an_announced_date_of_no_gathering_is_no_event(planned):
    assert len(events(MAIN + planned)) == 1


@pytest.mark.parametrize("decided", [
    "Kasus kepala desa itu sudah diputus pengadilan pada Senin (7/10/2024).\n",
    "Kepala desa yang melanggar netralitas itu menjalani sidang perdana Senin (7/10/2024).\n",
])
def test_a_court_decision_on_another_day_is_an_occasion(decided):
    main, decision = events(MAIN + decided)
    assert (main.event_date, decision.event_date) == ("2024-10-10", "2024-10-07")


def test_a_neutrality_campaign_is_no_breach_told():
    held = ("BKD menggelar kampanye netralitas ASN di aula kantor bupati pada Senin "
            "(7/10/2024).\n")
    assert [e.event_date for e in events(MAIN + held)] == ["2024-10-10", "2024-10-07"]


ISSUING_LEAD = ("Wonosari, Kabar - Bupati Gunungkidul, Rahmat Santoso, menerbitkan surat edaran "
                "tentang netralitas ASN dalam Pilkada 2024 yang dibacakan di Pendopo Kabupaten "
                "Gunungkidul, Kamis (10/10/2024).\n")


@pytest.mark.parametrize(("lead", "cited"), [
    (MAIN, "Menindaklanjuti Surat KASN Nomor B 4417/KASN/8/2024 tanggal 27 Agustus 2024, "
           "Bupati juga meminta camat mengawasi ASN.\n"),
    (ISSUING_LEAD, "Surat edaran itu disusun sebagai pelaksanaan keputusan "
                   "bersama lima lembaga pusat soal sikap netral pegawai, "
                   "Nomor 5 Tahun 2024, Nomor 800.1/77/K.2/09/2024 tanggal 19 "
                   "September 2024.\n"),
    (MAIN, "Surat Edaran Bupati Nomor: 800.1/356/2024 perihal Sikap Netral Pegawai "
           "pada Pilbup Tahun 2024, yang ditandatangani tanggal 7 Oktober "
           "2024, dibagikan kepada seluruh OPD.\n"),
])
def test_a_documents_date_is_no_occasion_of_its_own(lead, cited):
    assert len(events(lead + cited)) == 1


def test_a_statement_signed_at_an_occasion_is_still_one():
    signed = ("Surat pernyataan netralitas kepala desa yang ditandatangani pada Senin "
              "(7/10/2024) itu disaksikan Bawaslu.\n")
    assert [e.event_date for e in events(MAIN + signed)] == ["2024-10-10", "2024-10-07"]


def test_the_headlines_appeal_stays_the_main_occasions_when_another_days_part_tells_one():
    text = ("Sukamaju, Kabar - Penjabat Bupati Sukamaju, Hendra Wijaya, mengikuti deklarasi "
            "netralitas ASN dan rapat koordinasi Pilkada secara daring dari aula kantor bupati, "
            "Rabu (9/10/2024).\n"
            "Menurut Penjabat Gubernur, deklarasi netralitas ASN itu adalah pelaksanaan Surat "
            "Edaran Gubernur Jawa Tengah, tanggal 3 Juli 2024, yang mewajibkan seluruh pegawai "
            "bersikap netral.\n"
            "\"Kita semua harus netral dalam pemilihan gubernur maupun bupati nanti,\" ujarnya.\n")

    def split(title):
        return extract_events(canonical_url=URL, title=title, text=text, dateline=None,
                              published_at=None, timezone="Asia/Jakarta")

    main, letter = split("Pj Bupati Sukamaju Ikuti Rakor Pilkada, ASN Wajib Netral")
    assert (main.event_date, letter.event_date) == ("2024-10-09", "2024-07-03")
    assert "imbauan" in main.activities and "imbauan" in letter.activities
    main, _ = split("Pj Bupati Sukamaju Ikuti Rakor Pilkada")
    assert "imbauan" not in main.activities  # (no appeal in the title: none added)


@pytest.mark.parametrize("due", [
    "Para kepala OPD diminta mengunggah video ikrar netralitas yang harus telah selesai "
    "diunggah di media sosial pada tanggal 30 September 2024.\n",
    "Pakta integritas netralitas ASN wajib sudah rampung ditandatangani seluruh camat pada "
    "Senin (30/9/2024).\n",
])
def test_the_day_a_task_is_due_by_is_no_occasion_of_its_own(due):
    (only,) = events(MAIN + due)
    assert only.event_date == "2024-10-10"


def test_a_misprinted_day_of_the_same_weekday_is_no_occasion_of_its_own():
    """A caption's "Rabu (18/6/2024)" (a Tuesday) beside the body's "Rabu (19/6/2024)": the
    misprint yields to the day that fits; it opens no occasion of its own."""
    text = ("Kegiatan pengarahan yang diikuti perwakilan ASN Pemkot Agam, Rabu (18/6/2024).\n"
            "AGAM - Pemkot Agam meminta para camat menjaga netralitas ASN.\n"
            "Demikian disampaikan Kepala Kesbangpol Agam, Rudi Hartono, pada pengarahan kepada "
            "perwakilan ASN di Pemkot Agam, Rabu (19/6/2024).\n")
    (only,) = extract_events(canonical_url=URL, title=TITLE, text=text, dateline=None,
                             published_at=None, timezone="Asia/Jakarta")
    assert only.event_date == "2024-06-19"


def test_a_paragraph_told_separately_gives_neither_the_date_nor_the_place():
    """"Terpisah, ..." opens another occasion told beside the article's: its later date and
    its hotel's city are not the occasion's while the article's own are left."""
    text = ("AGAM - Kepala desa di Agam berikrar netral dalam Pilkada 2024 di Gedung Korpri, "
            "Rabu (9/10/2024).\n"
            "\"Kades harus netral,\" tegas Kepala Bagian Pemerintahan Kabupaten Agam Rudi "
            "Hartono, Rabu (9/10/2024).\n"
            "Terpisah, pengamat politik Rina Wati meminta masyarakat menjadi pemilih cerdas "
            "dalam acara pendidikan politik di Hotel Kintamani Kota Solok, Kamis (10/10/2024).\n")
    (only,) = events(text)
    assert (only.event_date, only.regency) == ("2024-10-09", "Kabupaten Agam")
