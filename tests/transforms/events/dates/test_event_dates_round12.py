"""Round 12 of the event-date reader: a word that only starts with "no" (a speaker's name) is
no document number; a lead statement given no date takes the date of the gathering a later
sentence reports held or named (active verbs of holding, any gathering), unless that sentence
adds it as another occasion; a date standing alone after "Pada" dates the sentence before."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from transforms.events.dates.find import (
    EventDate,
    Rejected,
    event_date_of,
    find_event_dates,
    stated_publication,
)

JKT = "Asia/Jakarta"
URL = "https://contoh.id/berita/netralitas-asn"  # no date in the address
LEAD = ("Pemerintah Kabupaten Sukamaju menegaskan seluruh aparatur sipil negara wajib menjaga "
        "netralitas dalam Pilkada 2024 dan tidak boleh terlibat politik praktis.\n")


def chosen(text: str, url: str = URL) -> EventDate | Rejected | None:
    return event_date_of("", text, find_event_dates(text, None, JKT, url), None, JKT, url)


@pytest.mark.parametrize("name", ["Novriadi", "Nofrizal", "Nora Lestari", "Nurhadi"])
def test_a_name_starting_with_no_is_no_document_number(name):
    text = ("Bawaslu Kabupaten Sukamaju menangani empat dugaan pelanggaran netralitas ASN selama "
            f"masa kampanye Pilkada 2024.\n\"Semua sudah kami kaji,\" kata {name}. Rabu (6/11).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 11, 6)


@pytest.mark.parametrize("number", ["Nomor 12/BWS/XI/2024 tanggal", "No. 12/BWS/2024 tanggal",
                                    "No 12/BWS/2024 tertanggal"])
def test_a_numbered_document_still_dates_nothing(number):
    text = (LEAD + f"Hal itu merujuk surat Bawaslu {number} 4 November 2024.")
    assert chosen(text) is None


@pytest.mark.parametrize("sentence", [
    "Bawaslu Sukamaju menggelar sosialisasi bagi para kades pada tanggal 7 Oktober 2024.",
    "Untuk itu Bawaslu melaksanakan rapat koordinasi di aula kantor bupati, Senin (7/10/2024).",
    "Pj Bupati Andi Saputra membuka Rapat Koordinasi Forkopimda di Hotel Mawar, Senin (7/10/24).",
    "Pesan itu disampaikan oleh Pj. Bupati Sukamaju Andi Saputra, S.E., M.Si. pada acara "
    "Sosialisasi Netralitas di aula kecamatan, Senin (7/10/2024).",
    "Penandatanganan pakta integritas itu bertempat di Aula Setda Sukamaju. Pada Senin, "
    "(07/10/2024).",
])
def test_an_undated_lead_takes_the_date_of_the_gathering_reported_after_it(sentence):
    found = chosen(LEAD + sentence)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


@pytest.mark.parametrize("sentence", [
    "Pemkab juga menggelar apel gabungan pada Senin (7/10/2024).",
    "Selain itu, Bawaslu mengadakan rapat koordinasi pada Senin (7/10/2024).",
    "Sementara itu, Bawaslu menggelar patroli pengawasan pada Senin (7/10/2024).",
    "Sebelumnya, Bawaslu melaksanakan sosialisasi pada Senin (7/10/2024).",
])
def test_a_gathering_added_as_another_occasion_does_not_date_the_lead(sentence):
    assert chosen(LEAD + sentence) is None


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


@pytest.mark.parametrize("repeat", ["\"Hasilnya kita lihat pada tanggal 22 September,\" ujarnya.",
                                    "Pada 22 September itu KPU mengumumkan calon yang lolos."])
def test_a_day_announced_once_is_to_come_where_it_is_repeated(repeat):
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju menggelar sosialisasi bagi para kades "
            "di aula kantor bupati pada Kamis (05/09/24).\nMenurut Ketua Bawaslu Andi Rahman, "
            "pengumuman calon peserta akan berlangsung pada tanggal 22 September 2024.\n" + repeat)
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 5)


@pytest.mark.parametrize("step", ["besok penetapan pasangan calon", "penetapan paslon",
                                  "nanti pengundian nomor urut", "pengundian nomor urut paslon",
                                  "penetapan DPT"])
def test_a_calendar_step_named_right_after_a_date_dates_the_calendar(step):
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju melaksanakan sosialisasi netralitas wali nagari "
            "di Hotel Mawar, Kamis (19/9/2024).\n\"Tahapan terus berjalan. 23 September 2024 "
            f"{step},\" kata Ketua Bawaslu Andi Rahman.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 19)


def test_a_gathering_on_a_date_is_still_its_occasion():
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju melaksanakan sosialisasi netralitas wali nagari "
            "di Hotel Mawar, Kamis (19/9/2024).\nPada 23 September 2024 rapat evaluasi digelar "
            "di kantor Bawaslu.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 9, 23)


def test_a_misprinted_day_yields_to_the_same_weekday_that_fits():
    text = ("MAMUJU - Pj Gubernur melanjutkan rapat koordinasi Forkopimda dengan deklarasi "
            "netralitas ASN di kantor gubernur, Jumat, 22 Juni 2024. \"Kita bangun komitmen "
            "bersama,\" kata Pj Gubernur Andi Saputra, Jumat 21 Juni 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 6, 21)


def test_a_misprinted_date_alone_is_kept_as_written():
    text = ("MAMUJU - Pj Gubernur memimpin deklarasi netralitas ASN di kantor gubernur, Jumat, "
            "22 Juni 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 6, 22)
    assert found.weekday_mismatch


@pytest.mark.parametrize(("weekday", "expected"), [("Minggu", date(2020, 10, 11)), ("Senin", None)])
def test_a_month_named_with_its_year_dates_a_year_less_day_whose_weekday_fits(weekday, expected):
    text = ("Pjs Wali Kota Sukamaju mewajibkan ASN netral pada pemilihan wali kota mendatang. "
            f"\"ASN wajib netral,\" ujar Pjs Wali Kota Andi Saputra, {weekday} (11/10).\nWarga "
            "diajak memberikan hak suaranya pada bulan Desember 2020.")
    found = chosen(text)
    if expected is None:
        assert not isinstance(found, EventDate)
    else:
        assert isinstance(found, EventDate) and found.value == expected


@pytest.mark.parametrize("schedule", [
    "pada Pilkada 2020 yang rencananya akan digelar 23 September 2020",
    "pada Pemilihan Wali Kota 2020 yang akan dilaksanakan pada 23 September 2020",
    "karena kota ini akan menggelar Pilkada 2020 serentak pada 23 September",
])
def test_an_election_to_be_held_on_a_date_is_the_schedule(schedule):
    text = (f"Bawaslu Kota Sukamaju membentuk tim patroli siber untuk mengawasi netralitas ASN "
            f"{schedule}.\n\"Kami pantau media sosial,\" kata Ketua Bawaslu Andi Rahman di "
            "Sukamaju, Rabu.")
    found = chosen(text)
    assert not isinstance(found, EventDate)


def test_a_gathering_held_on_a_date_after_the_election_year_is_the_occasion():
    text = ("Bawaslu Kota Sukamaju menyelenggarakan sosialisasi tentang sikap netral ASN "
            "menjelang Pilkada 2024 yang digelar 3 Juli 2024 di aula balai kota.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 7, 3)


@pytest.mark.parametrize("said", ["lanjutnya", "bebernya", "tukasnya", "sambungnya", "cetusnya",
                                  "urainya", "tutupnya"])
def test_every_saying_word_makes_a_weekday_the_statements_day(said):
    text = ("Badan Pengawas Pemilu Kabupaten Sukamaju terus mengawasi netralitas aparatur sipil "
            "negara selama tahapan kampanye Pilkada 2024 di seluruh kecamatan.\n\"Kami tidak "
            f"akan ragu memproses setiap laporan,\" {said} di Sukamaju, Selasa.\nPatroli "
            "pengawasan digelar di tiga kecamatan pada Senin (2/9/2024).")
    found = chosen(text)
    assert isinstance(found, Rejected) and found.raw == "Selasa"


@pytest.mark.parametrize("gathering", ["Sarasehan", "Penandatanganan pakta", "Webinar", "Raker",
                                       "Audiensi", "Pengarahan", "Penyuluhan", "Halal bihalal",
                                       "Rembuk", "Talkshow", "Forum"])
def test_every_kind_of_gathering_dates_an_undated_lead(gathering):
    found = chosen(LEAD + f"{gathering} netralitas ASN bersama para camat di aula kantor bupati, "
                          "Senin (7/10/2024).")
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


@pytest.mark.parametrize("cue", ["diagendakan pada", "segera digelar", "mengagendakan apel pada",
                                 "bakalan digelar"])
def test_every_plan_word_announces_a_date(cue):
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju menggelar sosialisasi netralitas ASN di aula "
            f"kantor bupati, Senin (7/10/2024).\nIkrar netralitas ASN {cue} 14 Oktober 2024.")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


@pytest.mark.parametrize("reached", ["kepada jurnalis", "kepada reporter",
                                     "melalui sambungan telepon", "melalui pesan WhatsApp"])
def test_a_speaker_reached_by_the_outlet_dates_the_undated_lead(reached):
    text = (LEAD + f"Hal serupa diungkap Kepala BKPSDM Sukamaju Andi Rahman {reached}, "
            "Senin (7/10/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


@pytest.mark.parametrize("source", ["akun Instagram resmi Pemkab", "media sosial Bawaslu",
                                    "halaman Facebook Pemkab"])
def test_the_day_a_social_media_post_was_read_dates_no_occasion(source):
    text = ("SUKAMAJU - Bawaslu Kabupaten Sukamaju menggelar sosialisasi netralitas ASN di aula "
            "kantor bupati, Senin (7/10/2024).\nSebanyak 200 ASN hadir, dikutip dari "
            f"{source}, Rabu (9/10/2024).")
    found = chosen(text)
    assert isinstance(found, EventDate) and found.value == date(2024, 10, 7)


def test_opening_something_other_than_a_gathering_does_not_date_the_lead():
    text = (LEAD + "Pemkab Sukamaju membuka kanal pengaduan netralitas ASN sejak Senin "
            "(7/10/2024).")
    assert chosen(text) is None
