"""How an article is split into events: one per occasion (transforms/events/occasions.py).

Invented articles: a statement answering a finding announced days before, a report filed
before a warning, a letter sent on two listed days; and texts whose other dates are no
occasion of their own (the election calendar, a document's date, "kemarin", a recalled one,
a date with no act).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from transforms.events.assemble import extract_events
from transforms.events.dates.find import accepted_dates, find_event_dates
from transforms.events.dates.results import EventDate
from transforms.events.occasions import listed_days, other_occasions

WIB = timezone(timedelta(hours=7))
URL = "https://contoh-berita.id/netralitas-asn/"
PUBLISHED = datetime(2024, 10, 11, 9, tzinfo=WIB)
TITLE = "Netralitas ASN di Pilkada 2024"

LEAD = ("Sleman, Warta - Penjabat Bupati Sleman, Hendra Wicaksono, menegaskan akan menunggu "
        "rekomendasi Badan Kepegawaian Negara sebelum menjatuhkan sanksi kepada ASN yang "
        "diduga tidak netral dalam Pilkada 2024.\n"
        "\"Kami ikuti mekanismenya, ASN wajib netral,\" ujar Hendra di Pendopo Kabupaten "
        "Sleman, Kamis (10/10/2024).\n")
FINDING = ("Pada Selasa (8/10/2024), Ketua Bawaslu Kabupaten Magelang, Sri Lestari, "
           "menyampaikan temuan dua ASN yang terbukti melanggar netralitas dan telah "
           "direkomendasikan ke BKN.\n")


def events(text, title=TITLE, published=PUBLISHED):
    return extract_events(canonical_url=URL, title=title, text=text, dateline=None,
                          published_at=published, timezone="Asia/Jakarta")


def day(value: date, raw: str) -> EventDate:
    return EventDate(value=value, raw=raw, confidence=0.9, announced=False,
                     weekday_mismatch=False, time=None, part_of_day=None, method="long")


def others(text):
    dated = accepted_dates(find_event_dates(text, PUBLISHED, "Asia/Jakarta", URL))
    main = next(w for _, _, w in dated if w.value == date(2024, 10, 10))
    return other_occasions(text, dated, main)


@pytest.mark.parametrize(("raw", "first", "later"), [
    ("tanggal 10 dan 14 September 2020", 10, [14]),
    ("pada 3, 5 dan 7 Oktober 2024", 3, [5, 7]),
    ("pada 3, 4 dan 9 Oktober 2024", 3, [9]),
    ("tanggal 12 serta 19 Agustus", 12, [19]),
    ("4 & 6 Nov 2024", 4, [6]),
])
def test_a_date_listing_several_days_names_one_occasion_each(raw, first, later):
    month = {"September": 9, "Oktober": 10, "Agustus": 8, "Nov": 11}[raw.split()[-1 if
                                                                      raw[-1].isalpha() else -2]]
    found = listed_days(day(date(2024, month, first), raw))
    assert [d.value.day for d in found] == later
    assert all(d.raw == raw and d.value.month == month for d in found)


@pytest.mark.parametrize("raw", ["10 September 2024", "10-14 September 2024",
                                 "10 hingga 14 September 2024", "Senin (10/9/2024)",
                                 "10 dan 31 September 2024", "10 dan 11 September 2024"])
def test_one_day_a_range_consecutive_days_or_an_impossible_day_is_one_occasion(raw):
    assert listed_days(day(date(2024, 9, 10), raw)) == []


def test_a_finding_announced_on_another_day_is_an_occasion_of_its_own():
    text = LEAD + FINDING
    (found,) = others(text)
    assert found.when.value == date(2024, 10, 8)
    assert text[found.span[0]:found.span[1]] == FINDING


def test_the_other_occasion_runs_to_the_main_occasions_date():
    text = LEAD.split("\n")[0] + "\n" + FINDING + LEAD.split("\n")[1] + "\n"
    (found,) = others(text)
    assert text[found.span[0]:found.span[1]] == FINDING


@pytest.mark.parametrize("second", [
    "Pemungutan suara Pilkada serentak digelar pada 27 November 2024.\n",
    "Hal itu diatur dalam Surat Edaran Nomor 5 Tahun 2024 tanggal 2 Oktober 2024.\n",
    "\"Seperti kemarin, ada aduan yang kami proses,\" katanya.\n",
    "Pada Selasa (8/10/2024) langit di Sleman cerah sepanjang hari.\n",
    "Hasil klarifikasi akan diumumkan Bawaslu pada 17 Oktober 2024 mendatang.\n",
    "Sebelumnya, pada Selasa (8/10/2024), Bupati Sleman menyampaikan hal serupa.\n",
])
def test_dates_that_are_no_occasion_of_their_own(second):
    assert others(LEAD + second) == []


def test_a_second_mention_of_the_main_day_is_the_same_occasion():
    text = LEAD + "Hendra menyampaikan hal itu kepada wartawan, Kamis (10/10/2024).\n"
    assert others(text) == []


def test_the_article_gives_the_main_event_first_then_the_other_occasion():
    main, finding = events(LEAD + FINDING)
    assert (main.event_date, main.regency) == ("2024-10-10", "Kabupaten Sleman")
    assert (finding.event_date, finding.event_date_raw) == ("2024-10-08", "Selasa (8/10/2024)")
    assert (finding.regency, finding.province) == ("Kabupaten Magelang", "Jawa Tengah")
    assert [o["name"] for o in finding.officials] == ["Sri Lestari"]
    assert finding.participants_count is None


def test_a_report_filed_before_the_warning_is_an_occasion_even_in_text_order_first():
    report = ("Seorang kepala dinas dilaporkan ke Bawaslu Kabupaten Sleman atas dugaan "
              "pelanggaran netralitas ASN. Laporan itu diajukan warga pada Senin, 30 September "
              "2024.\n")
    first, second = events(LEAD.split("\n")[0] + "\n" + report + LEAD.split("\n")[1] + "\n")
    assert (first.event_date, second.event_date) == ("2024-10-10", "2024-09-30")


def test_a_letter_sent_on_two_listed_days_is_two_events():
    text = ("Bantul, Warta - Bawaslu Kabupaten Bantul meneruskan rekomendasi pelanggaran "
            "netralitas dua ASN ke BKN. Surat itu dikirimkan pada tanggal 3 dan 7 Oktober 2024 "
            "lalu, kata Ketua Bawaslu Bantul, Dedi Santoso.\n")
    first, second = events(text)
    assert (first.event_date, second.event_date) == ("2024-10-03", "2024-10-07")
    assert first.event_id != second.event_id
    assert (first.regency, first.activities) == (second.regency, second.activities)


def test_another_days_act_not_about_neutrality_is_no_occasion_of_the_article():
    rally = ("Pasangan calon nomor urut 2 menggelar kampanye akbar di Lapangan Denggung, Sabtu "
             "(5/10/2024), dihadiri ribuan pendukung.\n")
    assert others(LEAD + rally) == []


@pytest.mark.parametrize(("second", "when"), [
    ("Dua ASN Dinas Pendidikan dilaporkan ke Bawaslu Kabupaten Sleman pada Senin, 7 Oktober "
     "2024.\n", date(2024, 10, 7)),
    ("Seorang camat dijatuhi hukuman disiplin oleh Bupati Sleman, Rabu (9/10/2024).\n",
     date(2024, 10, 9)),
    ("Pemkab Sleman menggelar rapat koordinasi netralitas ASN pada 1 Oktober 2024.\n",
     date(2024, 10, 1)),
    ("Kepala BKPSDM Sleman, Yudi Pratama, mengatakan kepada wartawan, Senin (7/10/2024), bahwa "
     "tiga PNS sudah diperiksa.\n", date(2024, 10, 7)),
    ("Senin lalu, Bawaslu Kabupaten Sleman menemukan tiga ASN yang memberi tanda suka pada "
     "unggahan calon bupati.\n", date(2024, 10, 7)),
])
def test_a_statement_a_finding_a_sanction_or_a_gathering_on_another_day(second, when):
    (found,) = others(LEAD + second)
    assert found.when.value == when


def test_a_gathering_held_on_two_listed_days_among_several_occasions():
    text = ("Wonosari, Warta - Pemkab Gunungkidul menggelar apel netralitas ASN di Alun-alun "
            "Wonosari, Senin (30/9/2024).\n"
            "Sosialisasi netralitas ASN bagi para lurah digelar di Bangsal Sewokoprojo pada 3 "
            "dan 7 Oktober 2024.\n")
    found = events(text)
    assert [e.event_date for e in found] == ["2024-09-30", "2024-10-03", "2024-10-07"]
    assert len({e.event_id for e in found}) == 3
    assert found[1].activities == found[2].activities == ["sosialisasi"]


@pytest.mark.parametrize("furniture", [
    "Baca juga: Bupati Sleman Gelar Apel Netralitas ASN, Senin (7/10/2024)\n",
    "Rubrik: Netralitas ASN | Senin, 7 Oktober 2024 | Dilaporkan oleh Humas\n",
    "Berita Terkait\nBawaslu Sleman menemukan ASN tak netral, Senin (7/10/2024)\n",
])
def test_page_furniture_is_no_occasion(furniture):
    assert others(LEAD + furniture) == []


def test_an_earlier_elections_case_is_background_also_without_a_publication_date():
    text = LEAD + ("Pada Pilkada 2020, Bawaslu Kabupaten Sleman menemukan 15 ASN tidak netral, "
                   "diumumkan pada Selasa, 10 November 2020.\n")
    assert len(events(text, published=None)) == 1


@pytest.mark.parametrize("second", [
    # the breach itself told: its date is the scene of the case, not an occasion
    "Kasus itu bermula saat kepala desa Sukamaju menghadiri silaturahmi caleg di balai desa "
    "pada 2 Oktober 2024, kata Bawaslu soal netralitas ASN.\n",
    "Ketua Bawaslu Sleman mengatakan, camat itu diduga terlibat blusukan calon bupati di Desa "
    "Sidorejo pada Rabu (2/10/2024), melanggar netralitas ASN.\n",
    "Pelapor menyebut kampanye yang dimaksud terjadi di Kecamatan Godean pada 3 Oktober 2024 "
    "dan dihadiri seorang ASN.\n",
    "Menurut pelapor, ASN itu ikut berkampanye untuk pasangan calon nomor urut 2 pada Jumat "
    "(4/10/2024), padahal ASN wajib netral.\n",
    # a date that bounds a period: a cut-off, not the day of an act
    "Bawaslu mencatat 12 laporan pelanggaran netralitas ASN hingga 7 Oktober 2024.\n",
    "Sejak 25 September 2024, Bawaslu sudah menampung aduan soal ASN yang tidak netral.\n",
    "ASN dilarang ikut kampanye, tegasnya, selama masa kampanye sampai dengan 23 November "
    "2024 demi netralitas.\n",
    "Kepala dinas diberi waktu paling lambat 4 Oktober 2024 untuk memeriksa ASN yang tidak "
    "netral.\n",
    "Menurut Bawaslu, guru PPPK itu mengunggah foto bersama calon bupati di Facebook pada "
    "Sabtu (5/10/2024), melanggar netralitas ASN.\n",
])
def test_a_breach_told_or_a_cut_off_date_is_no_occasion(second):
    assert others(LEAD + second) == []


@pytest.mark.parametrize("second", [
    # a finding or a forwarding of the case keeps its date, told with the breach
    "Bawaslu Sleman menemukan dugaan pelanggaran netralitas ASN oleh camat itu pada Rabu "
    "(9/10/2024).\n",
    "Unggahan ASN yang berfoto dengan calon bupati itu diklarifikasi Bawaslu Sleman pada Rabu "
    "(9/10/2024) sebagai pelanggaran netralitas.\n",
    # a statement's own date follows its speaker, also when it tells of a case
    "\"Dugaan pelanggaran netralitas ASN saat kampanye itu kami tangani,\" kata Ketua Bawaslu "
    "Sleman, Sri Lestari, Rabu (9/10/2024).\n",
    # a briefing given to officials is a gathering
    "Para camat mendapat pengarahan dari Bupati soal netralitas ASN di pendopo, Rabu "
    "(9/10/2024).\n",
])
def test_a_finding_a_statement_or_a_briefing_about_a_case_stays_an_occasion(second):
    (found,) = others(LEAD + second)
    assert found.when.value == date(2024, 10, 9)


def test_a_reduplicated_word_is_no_act():
    text = LEAD + ("Warga secara terang-terangan membicarakan netralitas ASN di pasar pada "
                   "Rabu (9/10/2024).\n")
    assert others(text) == []


def test_the_words_that_open_another_occasion_do_not_set_its_activities_aside():
    text = LEAD + ("Saat itu, Bawaslu Kabupaten Sleman menggerebek pertemuan kepala desa yang "
                   "digelar di sebuah hotel untuk netralitas ASN, Senin (7/10/2024) malam.\n")
    found = events(text)
    assert [e.event_date for e in found] == ["2024-10-10", "2024-10-07"]
    assert "pengawasan" in found[1].activities


@pytest.mark.parametrize("second", [
    "Bawaslu Sleman melayangkan surat imbauan nomor 12/PM.00/K.JT-11/10/2024 tertanggal 7 "
    "Oktober 2024 kepada Bupati soal netralitas ASN.\n",
    "Teguran atas netralitas ASN itu disampaikan melalui surat yang diteken Sekda Sleman, "
    "tertanggal 7 Oktober 2024.\n",
    "Bawaslu juga mengirimkan surat tanggal 7 Oktober 2024 kepada seluruh camat agar menjaga "
    "netralitas ASN.\n",
])
def test_a_letter_sent_on_its_date_is_an_occasion(second):
    (found,) = others(LEAD + second)
    assert found.when.value == date(2024, 10, 7)


@pytest.mark.parametrize("second", [
    "Berdasarkan surat Menpan-RB yang dikirimkan tertanggal 7 Oktober 2024, ASN wajib menjaga "
    "netralitas.\n",
    "Aturan netralitas ASN itu tertuang dalam surat edaran tertanggal 7 Oktober 2024.\n",
])
def test_a_letter_cited_or_only_dated_is_no_occasion(second):
    assert others(LEAD + second) == []


@pytest.mark.parametrize("second", [
    "\"Kami minta ASN tetap netral,\" bebernya kepada wartawan, Senin (7/10/2024).\n",
    "Kepala BKPSDM Sleman mewanti-wanti ASN soal netralitas di kantornya, Senin (7/10/2024).\n",
    "Kasus netralitas ASN itu mulai ditangani Bawaslu Sleman pada Senin (7/10/2024) pagi.\n",
    "Kepala desa yang tidak netral itu divonis satu bulan penjara oleh PN Sleman pada Senin "
    "(7/10/2024).\n",
])
def test_every_inflection_of_an_act_reports_an_occasion(second):
    (found,) = others(LEAD + second)
    assert found.when.value == date(2024, 10, 7)


def test_a_quote_takes_its_subject_from_the_paragraph_that_introduces_it():
    text = LEAD + ("Tim hukum pasangan calon melaporkan camat yang tidak netral ke Bawaslu.\n"
                   "\u201cBuktinya video ini kami serahkan,\u201d kata Rudi Hartono di kantor "
                   "Bawaslu Sleman, Rabu (9/10/2024).\n")
    (found,) = others(text)
    assert found.when.value == date(2024, 10, 9)


def test_an_unquoted_paragraph_after_one_on_neutrality_must_name_it_itself():
    text = LEAD + ("Bupati meminta ASN menjaga netralitas.\n"
                   "Partai Maju menggelar konsolidasi kader di GOR Sleman, Sabtu (5/10/2024), "
                   "kata ketuanya.\n")
    assert others(text) == []
