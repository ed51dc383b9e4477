"""A place written with another day than the occasion's ("di Kota Padang pada Sabtu (7/9)" of a
case a statement of 19/9 reports) is another occasion's: the place reader skips it when told
where the text writes other days; a place written with the occasion's own day, or with no day,
still counts; a meeting told with a month and as done already is an earlier one. Invented
sentences."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from transforms.events.assemble import extract_events
from transforms.places.resolve import place_in, place_of
from transforms.places.said_at import another_day

WIB = ZoneInfo("Asia/Jakarta")


def spans(text: str, *dates: str) -> list[tuple[int, int]]:
    return [(text.index(d), text.index(d) + len(d)) for d in dates]


# (text, the other day as written, the place when it is skipped, the place when it is not)
CASES = [
    # "di <city> pada <weekday> (<d/m/y>)": a case's place under the statement's dateline
    ("PAINAN - Bawaslu Kabupaten Pesisir Selatan menyatakan seorang camat melanggar netralitas "
     "saat menghadiri kampanye di Kota Padang pada Sabtu (7/9/2024). \"Rekomendasi sudah kami "
     "kirim ke BKN,\" kata Ketua Bawaslu Pesisir Selatan Rina Marlina, Kamis (19/9/2024).",
     "Sabtu (7/9/2024)", "Kabupaten Pesisir Selatan", "Kota Padang"),
    # "di <city>, <d month yyyy>": a hand-over in the capital before the statement
    ("BALIKPAPAN - Bawaslu Kota Balikpapan mengantar rekomendasi pelanggaran netralitas ASN "
     "ke BKN di Jakarta, 6 Mei 2024. Ketua Bawaslu Balikpapan Yusuf Hamdani menyebut "
     "rekomendasi itu sedang diproses, Rabu (15/5/2024).",
     "6 Mei 2024", "Kota Balikpapan", None),
    # "<weekday> (<d/m>) di <regency>": an earlier gathering told with its day first
    ("KENDARI - Sekda Sulawesi Tenggara Budi Hartono mengingatkan ASN menjaga netralitas, "
     "Jumat (20/9). Imbauan serupa disampaikannya saat apel, Senin (2/9) di Kabupaten Konawe.",
     "Senin (2/9)", "Kota Kendari", "Kabupaten Konawe"),
    # "digelar di <regency> pada <d month>": an earlier gathering held elsewhere
    ("MATARAM - Bawaslu NTB mengumumkan hasil pengawasan netralitas ASN, Rabu (25/9/2024). "
     "Sosialisasi pengawasan digelar di Kabupaten Lombok Timur pada 2 September 2024.",
     "2 September 2024", "Kota Mataram", "Kabupaten Lombok Timur"),
    # a city closing a street address, then ", pada <day>": a hand-over on an earlier day
    ("BALIKPAPAN - Bawaslu Kota Balikpapan mengantar berkas rekomendasi ke kantor BKN, Jalan "
     "Mayjen Sutoyo No. 12, Jakarta Timur, pada Senin (6/5/2024). Ketua Bawaslu Balikpapan Yusuf "
     "Hamdani menyebut berkas itu sedang diproses, Rabu (15/5/2024).",
     "Senin (6/5/2024)", "Kota Balikpapan", "Kota Administrasi Jakarta Timur"),
    # a named venue and its region, then the earlier day: a pledge before the statement
    ("PANDEGLANG - Pemkab Pandeglang melarang pegawai menyukai unggahan kandidat, kata Sekda "
     "Pandeglang, Selasa (21/11/2023). Sebelumnya para pegawai berikrar di Gedung Juang, Kota "
     "Serang pada Senin (20/11/2023).",
     "Senin (20/11/2023)", "Kabupaten Pandeglang", "Kota Serang"),
    ("ATAMBUA - Bupati Belu mengingatkan ASN agar tidak memihak, Rabu (8/11/2023). Pekan lalu "
     "ikrar serupa dibacakan di Aula Hotel Cendana, Kota Kupang, Jumat (3/11/2023).",
     "Jumat (3/11/2023)", "Kabupaten Belu", "Kota Kupang"),
]


@pytest.mark.parametrize(("text", "other", "skipped", "kept"), CASES)
def test_a_place_written_with_another_day_is_skipped(text, other, skipped, kept):
    place = place_of(None, text, other_days=spans(text, other))
    assert place.region.regency == skipped


@pytest.mark.parametrize(("text", "other", "skipped", "kept"), CASES)
def test_without_other_days_the_place_of_the_day_counts(text, other, skipped, kept):
    place = place_of(None, text)
    assert (place.region.regency if place.region else None) == kept


def test_no_dateline_a_case_place_with_its_day_is_not_the_statement_place():
    text = ("Inspektorat Jawa Barat menyatakan Pj Bupati Karawang Andi Saputra tidak terbukti "
            "melanggar netralitas saat hadir di deklarasi relawan di Kabupaten Bekasi pada Sabtu "
            "(14/10/2023). \"Klarifikasi sudah selesai,\" kata Inspektur Jawa Barat Dani Permana "
            "di kantornya, Kamis (30/11/2023).")
    assert place_of(None, text).region.regency == "Kabupaten Bekasi"
    place = place_of(None, text, other_days=spans(text, "Sabtu (14/10/2023)"))
    assert place is None or place.region is None or place.region.regency != "Kabupaten Bekasi"


def test_the_place_of_the_occasions_own_day_still_wins():
    text = ("PADANG - Pemkab Agam menggelar apel netralitas ASN di Lubuk Basung, Senin (7/10). "
            "Apel serupa pernah digelar di Kota Solok pada Senin (2/9).")
    assert place_of(None, text, other_days=spans(text, "Senin (2/9)")).region.regency == \
        "Kabupaten Agam"


def test_a_day_named_without_a_date_is_no_conflict():
    text = ("PADANG - Pemkab Agam menggelar apel netralitas ASN di Lubuk Basung, Senin. "
            "Pilkada digelar pada 27 November 2024.")
    assert place_of(None, text, other_days=spans(text, "27 November 2024")).region.regency == \
        "Kabupaten Agam"


def test_place_in_skips_it_too():
    text = ("PAINAN - Bawaslu menyebut camat itu hadir di Kota Padang pada Sabtu (7/9/2024). "
            "Bawaslu Kabupaten Pesisir Selatan menggelar sosialisasi netralitas, Kamis (19/9).")
    whole = [(0, len(text))]
    assert place_in(text, whole).region.regency == "Kota Padang"
    assert place_in(text, whole, other_days=spans(text, "Sabtu (7/9/2024)")).region.regency == \
        "Kabupaten Pesisir Selatan"


@pytest.mark.parametrize(("phrase", "other", "expected"), [
    ("di Kota Solok pada Senin (2/9)", "Senin (2/9)", True),  # right after
    ("di Kota Solok, 2 September 2024", "2 September 2024", True),
    ("di Kota Solok, pada Senin (2/9)", "Senin (2/9)", True),
    ("berlangsung pada Kamis (4/7) di Kota Solok", "Kamis (4/7)", True),  # inside
    ("di Kota Solok untuk ASN. Pada Senin (2/9)", "Senin (2/9)", False),  # another sentence
    ("di Kota Solok bersama camat, Senin (2/9)", "Senin (2/9)", False),  # not right after
    # right before the "di" leading to it, the last "di" of the clause ("di wilayah" before)
    ("hadir di wilayah itu pada Minggu (15/9) di Jalan Sudirman, Kota Solok", "Minggu (15/9)",
     True),
])
def test_another_day(phrase, other, expected):
    start = phrase.index("Kota Solok") if not phrase.startswith("berlangsung") else 0
    end = phrase.index("Kota Solok") + len("Kota Solok")
    assert another_day(phrase, start, end, spans(phrase, other)) is expected


def test_no_other_days_is_never_another_day():
    phrase = "di Kota Solok pada Senin (2/9)"
    assert not another_day(phrase, 3, 13, [])


def test_an_article_reads_the_place_written_with_its_own_day():
    """The date the date modules chose reaches the place reader (assemble.py)."""
    text = ("BALIKPAPAN - Bawaslu Kota Balikpapan merekomendasikan sanksi bagi lima ASN yang "
            "terbukti tidak netral dalam Pilkada 2024.\n"
            "Rekomendasi itu diantar langsung ke BKN di Jakarta, 6 Mei 2024.\n"
            "\"BKN sedang memproses rekomendasi kami,\" kata Koordinator Divisi Penanganan "
            "Pelanggaran Bawaslu Balikpapan Yusuf Hamdani, Rabu (15/5/2024).\n")
    (event, *_) = extract_events(
        canonical_url="https://contoh.id/2024/05/15/asn-balikpapan.html",
        title="Lima ASN Balikpapan Direkomendasikan Disanksi", text=text, dateline=None,
        published_at=datetime(2024, 5, 15, 15, tzinfo=WIB), timezone="Asia/Jakarta")
    assert event.event_date == "2024-05-15"
    assert (event.regency, event.province) == ("Kota Balikpapan", "Kalimantan Timur")


def test_a_lead_taken_for_the_title_keeps_the_other_days_in_place():
    """A stored lead read as the title is read before the text: the text's spans shift."""
    title = ("PAINAN - Bawaslu Kabupaten Pesisir Selatan menyampaikan hasil penanganan dugaan "
             "pelanggaran netralitas seorang camat kepada wartawan, Kamis (19/9/2024).")
    text = ("Camat itu disebut hadir dalam kampanye di Kota Padang pada Sabtu (7/9/2024).\n"
            "Rekomendasi sudah dikirim ke BKN.")
    assert place_of(None, text, title=title).region.regency == "Kota Padang"
    place = place_of(None, text, title=title, other_days=spans(text, "Sabtu (7/9/2024)"))
    assert place.region.regency == "Kabupaten Pesisir Selatan"


# a meeting told with a month and as done already is an earlier one; a meeting with a month
# alone is still where the occasion was
EARLIER_MEETING = ("WONOSOBO - Dinas Kepegawaian mengingatkan pegawai agar netral. \"Imbauan "
                   "tertulis sudah kami kirim,\" kata Kepala Dinas Kepegawaian Wonosobo, Andi "
                   "Wijaya di Wonosobo, Rabu (6/3/2029).\n\"Dalam rapat bersama gubernur di "
                   "Surabaya bulan Januari hal itu sudah dibahas,\" kata Andi.")
MONTH_MEETING = ("WONOSOBO - Dinas Kepegawaian mengingatkan pegawai agar netral.\nRapat "
                 "koordinasi netralitas pegawai digelar di Surabaya bulan Januari dan diikuti "
                 "para camat.")


def test_a_meeting_told_done_in_another_month_is_not_the_place():
    assert place_of(None, EARLIER_MEETING).region.regency == "Kabupaten Wonosobo"


def test_a_meeting_held_in_a_month_is_still_the_place():
    assert place_of(None, MONTH_MEETING).region.regency == "Kota Surabaya"


ALSO_DONE = ("WONOSOBO - Bupati Wonosobo Rudi Hartono mengingatkan ASN agar netral usai "
             "menghadiri seminar di Hotel Sukamaju, Rabu (2/10).\n\"Kita juga sudah melakukan "
             "ikrar di Semarang, seluruh kepala daerah se-Jawa Tengah,\" katanya.")


def test_a_gathering_the_speaker_tells_as_done_already_is_not_the_place():
    assert place_of(None, ALSO_DONE).region.regency == "Kabupaten Wonosobo"
    # told as the occasion itself ("sudah melakukan" alone), it is the place
    alone = ALSO_DONE.replace("juga sudah", "sudah").replace("usai menghadiri seminar di "
                                                              "Hotel Sukamaju", "")
    assert place_of(None, alone).region.regency == "Kota Semarang"


@pytest.mark.parametrize("text", [
    # (review) told with its own day, the gathering "juga telah" held is the one reported
    "PADANG - Selain di Kota Padang, Bawaslu Sumbar juga telah melaksanakan sosialisasi "
    "netralitas ASN di Kabupaten Agam, Senin (9/9/2024). Sosialisasi diikuti 120 ASN.",
    "PADANG - Sebanyak 300 ASN Pemkab Agam pun telah mengikuti apel netralitas di Kabupaten "
    "Agam, Senin (9/9/2024).",
    # (review) "belum pernah": never yet, no earlier gathering
    "PADANG - Sebanyak 50 ASN yang belum pernah mengikuti sosialisasi netralitas hadir dalam "
    "kegiatan Bawaslu Sumbar di Kabupaten Agam.",
])
def test_a_gathering_done_too_with_its_own_day_or_never_yet_is_the_place(text):
    assert place_of(None, text).region.regency == "Kabupaten Agam"


def test_a_province_office_whose_address_has_another_day_is_skipped() -> None:
    # a protest at the governor's office the day before, its address closing with a city;
    # the statement was made under a capital dateline
    text = ("Jakarta: Ketua Bawaslu RI Hendra Wibisono meminta ASN di Maluku tetap netral. "
            "\"Kami sedang mendalami laporan itu,\" ujar Hendra, Rabu, 6 Maret 2024.\n"
            "Ia menanggapi demonstrasi warga di Kantor Gubernur Maluku.\n"
            "Ratusan warga mendatangi Kantor Gubernur Maluku, di Jalan Pattimura Raya Ambon, "
            "Selasa, 5 Maret 2024. Mereka menuntut ASN tidak berpihak.")
    other = spans(text, "Selasa, 5 Maret 2024")
    place = place_of(None, text, other_days=other)
    assert place.region is None and place.province_name == "DKI Jakarta"
    # told of no other day, the address names the office's city
    assert place_of(None, text).region.regency == "Kota Ambon"


def test_a_venue_with_another_day_told_without_earlier_words_still_counts():
    text = ("Wali Kota Tanah Merah ditemui di Gedung Serbaguna, Kota Padang Panjang, Senin "
            "(3/6/2024).\nIa meminta ASN netral dalam Pilkada, ujarnya di kantornya, Senin (19/8).")
    place = place_of(None, text, other_days=spans(text, "Senin (3/6/2024)"))
    assert place is not None and place.region.regency == "Kota Padang Panjang"


@pytest.mark.parametrize("told", [
    "Sebelumnya, pada Pilkada 2015 lalu, apel serupa juga digelar di halaman kantor bupati.",
    "Pada Pilkada 2015, ikrar serupa dibacakan di Gedung Juang, Kota Serang.",
    "Tahun lalu, apel serupa digelar di halaman kantor bupati.",
    # a day written with its year, an earlier one than the text's
    "Pada Pilkada 2015, ikrar serupa dibacakan di Gedung Juang, Kota Serang, Rabu (9/12/2015).",
])
def test_a_venue_of_an_occasion_years_before_is_another_occasions(told):
    """A venue told with an earlier election or year ("pada Pilkada 2015", "tahun lalu") is
    that occasion's, with or without a day written: the dateline's city stays."""
    text = ("JAMBI - Wali Kota Jambi membuka sosialisasi netralitas ASN untuk Pilkada 2024, "
            f"Rabu (25/9/2024). {told} Pengawas dari Kabupaten Muaro Jambi turut hadir.")
    assert place_of(None, text).region.regency == "Kota Jambi"


def test_a_venue_told_with_sebelumnya_alone_may_be_the_occasions():
    """"Sebelumnya" alone also opens an earlier part of the same day: its venue counts."""
    text = ("SERANG - Pemkab Serang mengingatkan ASN agar netral dalam Pilkada 2024, Rabu "
            "(25/9/2024). Sebelumnya, para camat berikrar di Gedung Juang, Kota Serang.")
    assert place_of(None, text).region.regency == "Kota Serang"


@pytest.mark.parametrize("told", [
    "Seperti tahun lalu, rapat netralitas ASN untuk Pilkada 2024 digelar di Gedung Juang, Kota "
    "Serang, Rabu (25/9/2024).",
    "Jika pada Pilkada 2020 ada 20 kasus, kini rapat netralitas ASN digelar di Gedung Juang, "
    "Kota Serang, Rabu (25/9/2024).",
    "Rapat netralitas ASN digelar di Gedung Juang, Kota Serang, Rabu (25/9/2024), untuk menekan "
    "pelanggaran yang tahun lalu mencapai 20 kasus.",
])
def test_a_venue_written_with_a_day_of_the_texts_year_is_the_occasions(told):
    """An earlier year compared with ("seperti tahun lalu", "jika pada Pilkada 2020") in a
    sentence that writes the occasion's day with its year leaves the venue this occasion's."""
    text = f"JAMBI - {told}"
    place = place_of(None, text)
    assert place is not None and place.region.regency == "Kota Serang"
    assert place.venue == "Gedung Juang"


@pytest.mark.parametrize("told", [
    "Apel digelar di Gedung Juang, Kota Serang, yang direnovasi tahun lalu.",
    "Apel digelar di halaman kantor bupati yang dibangun pada Pilkada 2015 lalu.",
])
def test_a_time_years_before_told_after_the_venue_is_not_the_occasions(told):
    """The earlier time tells of the venue ("yang direnovasi tahun lalu"), not of the occasion
    held there: only a time told before the venue makes it another occasion's."""
    text = ("SERANG - Bupati Serang memimpin apel netralitas ASN untuk Pilkada 2024, Rabu "
            f"(25/9/2024). {told}")
    assert place_of(None, text).region.regency in ("Kota Serang", "Kabupaten Serang")
    place = place_of(None, text)
    assert place.source == "venue"


def test_a_day_before_the_di_of_an_address_is_the_places_day():
    text = ("Kasus bermula dari acara yang diadakan pada Minggu, 15 September 2024 di Jalan "
            "Merdeka, Talang Baru, Kota Bengkulu.")
    at = text.index("Kota Bengkulu")
    day = spans(text, "Minggu, 15 September 2024")
    assert another_day(text, at, at + len("Kota Bengkulu"), day)
    elsewhere = ("Bawaslu menggelar rapat, Minggu, 15 September 2024. Sosialisasi digelar di Jalan "
                 "Merdeka, Kota Bengkulu.")
    at = elsewhere.index("Kota Bengkulu")
    assert not another_day(elsewhere, at, at + len("Kota Bengkulu"),
                           spans(elsewhere, "Minggu, 15 September 2024"))


@pytest.mark.parametrize(("opening", "regency"), [
    # an earlier gathering's venue, the statement told where and on which day it was made
    ("Sebelumnya, Bawaslu", "Kota Padang"),
    # (the same venue told as this occasion's)
    ("Dalam kesempatan itu, Bawaslu", "Kota Bukittinggi"),
])
def test_an_earlier_venue_yields_to_where_the_statement_was_made(opening, regency):
    text = ("Padang (ANTARA) - Bawaslu Sumatera Barat menekankan netralitas ASN dalam Pilkada "
            "2024.\n\"Kami berharap ASN menjaga netralitas,\" kata Ketua Bawaslu Sumbar Rina Wati "
            f"di Padang, Rabu.\n{opening} menggelar sosialisasi netralitas ASN di Hotel Ratu, "
            "Kota Bukittinggi.")
    assert place_of(None, text).region.regency == regency


def test_a_gathering_told_as_recent_is_another_occasions():
    """"Baru-baru ini, ..." opening a sentence tells a recent occasion before the report's:
    where it met is not where the statement was made."""
    text = ("SEMARANG - Menjelang Pilkada 2024, marak temuan kepala desa yang tak netral.\n"
            "Baru-baru ini, paguyuban kades Sukamaju melakukan pertemuan di Pekalongan.\n"
            "Kepala Dinas mengaku telah meminta kabupaten/kota mengawasi setiap kepala desa.")
    assert place_of(None, text).region.regency == "Kota Semarang"


def test_a_lead_opening_on_baru_baru_ini_tells_the_storys_own_occasion():
    text = ("Baru-baru ini, Bawaslu Agam menggelar sosialisasi netralitas ASN jelang Pilkada 2024 "
            "di Lubuk Basung, diikuti 100 kepala desa.\nKetua Bawaslu meminta ASN netral.")
    assert place_of("Padang", text).region.regency == "Kabupaten Agam"


def test_a_place_of_a_meeting_told_as_past_is_another_occasions():
    """"pada pertemuan dengan Bawaslu di Jakarta yang lalu": an earlier meeting's place, not
    where the statement of the dateline's town was made."""
    text = ("AGAM (ANTARA) - Bawaslu Kabupaten Agam, Sumatera Barat, menelusuri keterlibatan tiga "
            "ASN yang mendukung paslon. Rudi mengingatkan Pemkab Agam pada pertemuan dengan "
            "Bawaslu di Jakarta yang lalu telah mendeklarasikan netralitas ASN.")
    place = place_of("AGAM", text)
    assert place is not None and place.region.regency == "Kabupaten Agam"
    # (limit) a meeting told with its own day is this occasion's
    held = ("AGAM (ANTARA) - Bawaslu Kabupaten Agam mengingatkan ASN agar netral dalam rapat "
            "dengan Pemkab Agam di Hotel Santika Padang, Senin (7/10/2024).")
    assert place_of("AGAM", held).region.regency == "Kota Padang"
    # (review) "Senin yang lalu": the occasion's own day, its place this occasion's
    assert place_of("AGAM", "Kegiatan yang digelar di Kota Padang pada Senin yang lalu itu "
                    "diikuti 200 ASN.").region.regency == "Kota Padang"
    # (review) a meeting of the past with words between that are no weekday ("sejumlah",
    # "dua minggu")
    for between in ("bersama sejumlah camat di Kota Bukittinggi yang lalu",
                    "di Kota Bukittinggi dua minggu yang lalu"):
        text = ("AGAM - Bupati Agam Rudi Hartono menggelar sosialisasi netralitas ASN dalam "
                f"Pilkada 2024, Selasa (8/10/2024). Materi yang sama sudah disampaikan dalam rapat "
                f"{between}.")
        assert place_of("AGAM", text).region.regency == "Kabupaten Agam"
