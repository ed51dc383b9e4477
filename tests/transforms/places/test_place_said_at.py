"""The place written with the occasion's day ("kata Ani di Lubuk Basung, Senin") beats a
bureau's dateline, after any speech verb, "di kantornya" with its address or a lower-case
building; a gathering named with its regency before the day was held there; a province named
with the day keeps the dateline's city of that province; a province of two words is never read
as the regencies its words name. Invented sentences."""

import pytest

from transforms.places.mentions import region_mentions
from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    # a capital of another regency than the dateline's, with its day
    ("Padang (ANTARA) - ASN Pemkab Agam mengikrarkan netralitas. Ikrar dipimpin Bupati Agam "
     "Budi Santoso di Lubuk Basung, Senin.", "Kabupaten Agam"),
    # an apposition between the place and the day
    ("Medan (ANTARA) - Sekda Tapanuli Utara Rudi Hutapea membuka sosialisasi netralitas ASN di "
     "Tarutung, ibu kota Kabupaten Tapanuli Utara, Kamis (5/9).", "Kabupaten Tapanuli Utara"),
    # a capital that is an everyday word when written bare, made a place by its day
    ("SAMARINDA - Pemkab Paser mengeluarkan surat edaran netralitas ASN. \"ASN wajib netral,\" "
     "kata Sekda Paser Andi Wijaya di Penajam, Rabu (11/9).", "Kabupaten Penajam Paser Utara"),
    # a city closing a street address, with "pada" before the day
    ("Gubernur NTT memimpin apel netralitas di halaman kantor gubernur di Jalan Merdeka 12 "
     "Kupang pada Senin (2/9).", "Kota Kupang"),
    # a city of two words closing a venue's name
    ("Jakarta - Kepala daerah se-Indonesia mengikuti rakor netralitas ASN di Gedung Serbaguna "
     "Kemayoran Jakarta Pusat, Selasa (10/9/2024).", "Kota Administrasi Jakarta Pusat"),
])
def test_the_place_of_the_day_beats_the_dateline(text, regency):
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize("text", [
    # people of a place, not the occasion's place
    "Padang - Bawaslu Sumbar mencatat tiga laporan terhadap ASN di Kabupaten Agam, Senin (2/9).",
    # open ground named after a city of another province
    "Banda Aceh - Pj Gubernur Aceh mengingatkan ASN netral usai apel di Lapangan Blang Padang, "
    "Senin (2/9).",
    # the place of an earlier occasion
    "Padang - Sebelumnya sosialisasi serupa digelar Bawaslu di Kota Solok, Senin (2/9).",
])
def test_no_place_of_the_day(text):
    place = place_of(None, text)
    assert place.region is None or place.region.regency in ("Kota Padang", "Kota Banda Aceh")


def test_a_province_named_where_it_was_said():
    text = "PADANG - \"ASN harus netral,\" kata Menteri PANRB Ani Wibowo di Jakarta, Selasa (3/9)."
    place = place_of(None, text)
    assert place.region is None and place.province_name == "DKI Jakarta"


@pytest.mark.parametrize(("text", "province"), [
    ("Sosialisasi digelar di Kantor Gubernur Kepulauan Bangka Belitung.", None),
    ("Pelanggaran paling sedikit di Bangka Belitung dan Kepulauan Riau.", None),
])
def test_a_province_is_not_its_first_words_regency(text, province):
    assert [m.region.regency for m in region_mentions(text, province)] == []


def test_regencies_of_those_words_still_count():
    text = "Bupati Bangka Barat dan Bupati Belitung Timur hadir di Bangka."
    assert [m.region.regency for m in region_mentions(text, None)] == [
        "Kabupaten Bangka Barat", "Kabupaten Belitung Timur", "Kabupaten Bangka"]


def test_a_regency_the_title_names_is_not_named_in_passing():
    title = ("JAKARTA - Seorang pengamat menilai dukungan Kepala Dinas di Kabupaten Mappi kepada "
             "salah satu calon sudah keterlaluan.")
    text = ("\"ASN harus netral,\" kata pengamat Rudi Hartono dalam keterangannya.\n"
            "Rudi menilai ASN itu layak dihukum berat.\n"
            "Bawaslu Kabupaten Mappi kini tengah memeriksa dugaan pelanggaran netralitas itu.")
    assert place_of(None, text, title=title).region.regency == "Kabupaten Mappi"
    untitled = place_of(None, text, title="JAKARTA - Pengamat menilai ASN harus dihukum berat.")
    assert untitled.region is None and untitled.province_name == "DKI Jakarta"


@pytest.mark.parametrize(("text", "regency"), [
    # the regency's election supervisor and its regent: the regency of the shared name
    ("Panwaskab Malang merekomendasikan sanksi bagi seorang kepala desa kepada Bupati Malang. "
     "\"Rekomendasi sudah kami kirim,\" kata Ketua Panwaskab Malang Budi Santoso di Malang, "
     "Kamis.", "Kabupaten Malang"),
    ("Sekkab Bogor Rina Wulandari mengingatkan ASN netral. \"Jangan ikut kampanye,\" ujarnya "
     "di Bogor, Senin (2/9).", "Kabupaten Bogor"),
    # the city's own bodies: the city
    ("Pemkot Magelang menggelar apel netralitas ASN. \"ASN wajib netral,\" kata Sekdako "
     "Magelang Andi Wijaya di Magelang, Senin (2/9).", "Kota Magelang"),
    # only cases in the regency: the city, as for a dateline
    ("Bawaslu Jawa Barat mencatat dua kasus terjadi di Kabupaten Bogor. \"Kami tangani,\" "
     "kata Ketua Bawaslu Jabar Ani Lestari di Bogor, Senin (2/9).", "Kota Bogor"),
])
def test_a_name_a_city_and_a_regency_share_is_the_one_whose_body_speaks(text, regency):
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize(("name", "regency"), [
    ("Panwaskab Magelang", "Kabupaten Magelang"), ("Panwaskot Magelang", "Kota Magelang"),
    ("Setdakab Tegal", "Kabupaten Tegal"), ("Sekkab Tegal", "Kabupaten Tegal"),
    ("Walkot Bekasi", "Kota Bekasi"), ("KIP Aceh Besar", "Kabupaten Aceh Besar"),
])
def test_bodies_that_say_their_kind(name, regency):
    found = [m for m in region_mentions(f"Rapat dihadiri {name} kemarin.", None) if m.prefixed]
    assert (found[0].region.regency if found else None) == regency


@pytest.mark.parametrize(("text", "regency"), [
    # a city of the province named before the province alone: that city's statement
    ("Wali Kota Jakarta Barat Rudi Hartono meminta ASN di wilayahnya netral. \"Jangan ikut "
     "kampanye,\" ujar Rudi di Jakarta, Senin (25/11).", "Kota Administrasi Jakarta Barat"),
    # no city of it named: the province alone
    ("Menteri Dalam Negeri meminta kepala desa netral. \"Ada sanksinya,\" ujar Menteri di "
     "Jakarta, Selasa (24/9).", None),
    # a city of another province does not count
    ("Bupati Agam Budi Santoso meminta ASN netral. \"Jangan ikut kampanye,\" ujarnya di "
     "Jakarta, Senin (25/11).", None),
])
def test_a_province_alone_with_the_day_takes_a_city_of_it_named_before(text, regency):
    place = place_of(None, text)
    assert place.province_name == "DKI Jakarta"
    assert (place.region.regency if place.region else None) == regency


@pytest.mark.parametrize(("text", "regency"), [
    ("Padang (ANTARA) - Pemkab Agam menggelar sosialisasi netralitas ASN di Lubuk Basung, "
     "Senin (2/9).", "Kabupaten Agam"),
    ("Padang (ANTARA) - Pemkab Agam menggelar apel netralitas PNS di Lubuk Basung, Senin.",
     "Kabupaten Agam"),
])
def test_a_gatherings_topic_is_not_people_of_the_place(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_gatherings_topic_before_a_province_with_its_day():
    place = place_of(None, "Kemendagri menggelar rakor netralitas ASN di Jakarta, Senin (2/9).")
    assert place.region is None and place.province_name == "DKI Jakarta"


@pytest.mark.parametrize(("text", "regency"), [
    # a kecamatan closing a street address, a comma before "pada hari"
    ("Pertemuan Polda Sulsel dengan Biro Organisasi Provinsi Sulawesi Selatan di Rumah Makan "
     "Nelayan, Jalan Andi Djemma, Gunung Sari, Rappocini, pada hari Kamis, 1 Agustus 2024, "
     "membahas netralitas ASN.", "Kota Makassar"),
    ("Rapat koordinasi netralitas ASN digelar di Aula Hotel Sentosa, Jalan Raya Kuta, "
     "Kuta Selatan, Selasa (6/8/2024).", "Kabupaten Badung"),
])
def test_a_kecamatan_closing_the_place_of_the_day(text, regency):
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize(("text", "regency", "province"), [
    # the day first, then where it was, closing the clause
    ("Riauaktual.com - Pj Gubernur Riau menghadiri rakor netralitas ASN dengan Bawaslu RI "
     "dan Kemendagri, Rabu (11/9/2024) di Jakarta.\nASN di lingkungan Pemprov Riau diminta netral.",
     None, "DKI Jakarta"),
    ("Pemprov Kaltara menggelar sosialisasi netralitas ASN pada Kamis, 8 Desember 2022 di "
     "Tanjung Selor.", "Kabupaten Bulungan", "Kalimantan Utara"),
    ("Bawaslu Provinsi Maluku meminta warga ikut mengawasi ASN, kata anggotanya Rudi Latuconsina "
     "kepada wartawan Senin (9/9/2024) di Ambon.", "Kota Ambon", "Maluku"),
    ("PADANG - Hal itu disampaikan Kepala BKPSDM Rina Susanti Senin (7/10) pagi di Lubuk "
     "Basung.", "Kabupaten Agam", "Sumatera Barat"),
    ("PADANG - Hal itu disampaikan Kepala BKPSDM Rina Susanti Senin lalu di Lubuk Basung.",
     "Kabupaten Agam", "Sumatera Barat"),
    # a venue written in lower case before the city and the day
    ("Pekanbaru - \"ASN wajib netral,\" kata Menteri Dalam Negeri Budi Santoso di kompleks "
     "parlemen, Jakarta, Selasa (24/9).", None, "DKI Jakarta"),
    ("Kuasa hukum salah satu paslon mengadukan Sekda Kabupaten Takalar. \"Bukti sudah kami "
     "lampirkan,\" kata Rudi di kantor Bawaslu, Jakarta, Rabu (17/1/2024).", None, "DKI Jakarta"),
])
def test_the_day_and_the_place_in_either_order(text, regency, province):
    place = place_of(None, text)
    assert (place.region.regency if place.region else None, place.province_name) == (
        regency, province)


@pytest.mark.parametrize("text", [
    # the day, then where people are, not where the occasion was
    "Padang - Bawaslu Sumbar mencatat laporan Senin (2/9) di antaranya di Kabupaten Agam.",
    # the day, then a clause going on after the place
    "Padang - Bawaslu Sumbar menyebut dua ASN terlihat Senin (2/9) di Solok Selatan ikut "
    "berkampanye.",
])
def test_no_place_after_the_day(text):
    place = place_of(None, text)
    assert place.region is None or place.region.regency == "Kota Padang"


def test_people_within_a_government_are_not_where_it_was_said():
    text = ("PADANG - Pj Gubernur Sumbar mengingatkan netralitas ASN di lingkungan Pemkab Agam, "
            "Selasa (3/9).")
    assert place_of(None, text).region.regency == "Kota Padang"


@pytest.mark.parametrize(("text", "regency"), [
    # the agencies' "<speaker>, <city>, <day>" without "di"
    ("MANADO - \"ASN harus netral,\" tegas Ketua Bawaslu Maluku Utara Rina Susanti, Ternate, "
     "Jumat.", "Kota Ternate"),
    ("Puluhan ASN di Jawa Tengah terbukti tidak netral. \"Rekomendasi sudah kami kirim,\" kata "
     "anggota Bawaslu Jateng Rudi Hartono, seperti dilansir Antara, Semarang, Jumat.",
     "Kota Semarang"),
])
def test_a_speaker_then_the_city_and_the_day(text, regency):
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize("text", [
    "MANADO - \"ASN harus netral,\" kata Rudi, warga Ternate, Jumat.",
    "MANADO - \"ASN harus netral,\" ujar Rina, Ketua Bawaslu Halmahera Barat, Jumat.",
    "MANADO - Ribuan ASN dari Ternate, Tidore, Jumat, mengikuti ikrar di Manado.",
])
def test_no_speakers_city_without_a_bare_name_after_a_speaker(text):
    assert place_of(None, text).region.regency == "Kota Manado"


@pytest.mark.parametrize("text", [
    "Padang - Sosialisasi serupa digelar Bawaslu di Kota Solok beberapa waktu lalu, Senin (2/9).",
    "Padang - Ikrar serupa pernah digelar di Kota Solok pada Pileg 2019, kata Rina menjelang "
    "Pilkada 2024, Senin.",
    "Padang - Apel serupa digelar di Kota Solok setahun silam, Senin (2/9).",
])
def test_no_place_of_an_earlier_occasion(text):
    assert place_of(None, text).region.regency == "Kota Padang"


@pytest.mark.parametrize("gathering", [
    "rakornas netralitas ASN", "talkshow netralitas ASN", "konferensi pers", "FGD netralitas ASN",
    "penyuluhan netralitas ASN", "sarasehan netralitas ASN", "rapat kerja",
])
def test_a_gathering_named_before_where_it_was(gathering):
    text = f"Padang - Ketua Bawaslu menyampaikan hal itu dalam {gathering} di Lubuk Basung."
    assert place_of(None, text).region.regency == "Kabupaten Agam"


@pytest.mark.parametrize(("text", "regency"), [
    # a province with the day, under a city dateline: the dateline's city
    ("kabarsulteng.com PALU – Bawaslu Provinsi Sulawesi Tengah memaparkan temuan pelanggaran "
     "netralitas ASN dalam sosialisasi kepada media di Sulawesi Tengah pada Selasa, 21 "
     "November 2023.\n", "Kota Palu"),
    ("Kupang (ANTARA) - Ketua Bawaslu NTT Tono Wijaya mengingatkan ASN agar netral, kata dia "
     "di Nusa Tenggara Timur, Senin.\n", "Kota Kupang"),
])
def test_province_with_the_day_takes_the_dateline_city(text: str, regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_province_with_the_day_keeps_no_city_under_a_province_dateline() -> None:
    text = ("JAKARTA - Ketua Bawaslu RI Andi Saputra mengingatkan ASN agar netral, kata dia di "
            "Jawa Tengah, Senin.\n")
    place = place_of(None, text)
    assert place is not None and place.region is None and place.province_name == "Jawa Tengah"


def test_province_with_the_day_ignores_a_dateline_city_of_another_province() -> None:
    text = ("Padang (ANTARA) - Ketua Bawaslu Riau Rudi Hartono mengingatkan ASN agar netral, "
            "kata dia di Riau, Senin.\n")
    place = place_of(None, text)
    assert place is not None and place.province_name == "Riau"
    assert place.region is None or place.region.province == "Riau"


@pytest.mark.parametrize(("said", "regency"), [
    ("saat membuka Musrenbang Kabupaten Agam, Senin.", "Kabupaten Agam"),
    ("dalam rapat koordinasi netralitas ASN Kota Solok, Rabu (4/9).", "Kota Solok"),
    ("usai apel gabungan Kab. Agam, Senin (5/8/2024).", "Kabupaten Agam"),
    # people of a regency, or no gathering: the dateline's city stands
    ("saat memberi arahan kepada ASN Kabupaten Agam, Senin.", "Kota Padang"),
    ("kata Kepala Bappeda Kabupaten Agam, Senin.", "Kota Padang"),
])
def test_a_gathering_named_with_its_regency_before_its_day_was_held_there(said, regency):
    text = ("PADANG (Antara) - Gubernur Sumatera Barat meminta ASN menjaga netralitas pada "
            f"Pilkada 2024, {said}\nIa mengingatkan sanksi bagi ASN yang melanggar.")
    assert place_of("PADANG", text).region.regency == regency


@pytest.mark.parametrize(("said", "regency"), [
    ("kata Ketua Bawaslu Bali Made Sunarta di kantornya Jl Raya Puputan, Renon, Denpasar, Bali, "
     "Rabu (4/9/2024).", "Kota Denpasar"),
    ("ujar Kepala BKD Rudi Hartono di ruangannya, Kupang, Selasa (3/9).", "Kota Kupang"),
    ("tegas Sekda Lina Marlina di rumahnya, Jalan Sudirman, Pekanbaru, Senin.", "Kota Pekanbaru"),
])
def test_said_at_ones_own_office_with_its_city_and_day(said, regency):
    text = ("Bawaslu provinsi mengingatkan ASN agar tidak berpolitik praktis.\n"
            f"\"ASN wajib netral,\" {said}")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_said_at_ones_office_without_a_city_gives_no_regency_from_it():
    text = ("Bawaslu Provinsi Bali mengingatkan ASN agar tidak berpolitik praktis.\n"
            "\"ASN wajib netral,\" kata Ketua Bawaslu Bali Made Sunarta di kantornya, Rabu (4/9).")
    place = place_of(None, text)
    assert place is None or place.region is None


@pytest.mark.parametrize("verb", ["ucapnya", "bebernya", "tukasnya", "sambungnya", "tambahnya",
                                  "cetusnya", "urainya", "tutupnya", "kata Yosef"])
def test_every_speech_verb_before_city_and_day(verb):
    text = ("KUPANG (ANTARA) - Bupati mengingatkan ASN agar netral.\n"
            f"\"ASN wajib netral,\" {verb}, Soe, Senin (7/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Timor Tengah Selatan"


@pytest.mark.parametrize("building", ["hotel tempat rapat", "masjid agung", "posko pengawasan",
                                      "rumah makan langganannya", "asrama haji"])
def test_said_at_a_lower_case_building_then_city_and_day(building):
    text = ("KUPANG (ANTARA) - Bupati mengingatkan ASN agar netral.\n"
            f"Pengarahan itu disampaikan Sekda Yohanes Tefa di {building}, Soe, "
            "Senin (7/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Timor Tengah Selatan"


@pytest.mark.parametrize("text", [
    "Bimtek netralitas ASN yang digelar Bawaslu Kabupaten Agam dibuka Rabu (9/10/2024) di aula "
    "hotel di Kota Bukittinggi.\n",
    "Bimtek netralitas ASN yang digelar Bawaslu Kabupaten Agam dibuka Rabu, 9 Oktober 2024, di "
    "salah satu hotel di Kota Bukittinggi.\n",
])
def test_the_day_then_a_lower_case_building_in_a_city(text: str) -> None:
    # the organiser's regency is not the venue's city
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bukittinggi"


@pytest.mark.parametrize(("text", "regency", "province"), [
    # a weekday right after the place, no comma between: the place where the regent spoke
    ("Maumere, suaraflores.com - Usai rapat dengan Kemendagri, Bupati Sikka Yohanes Da Costa "
     "ditemui di Jakarta Rabu,11 Maret 2020 meminta pegawainya tidak berpihak.", None,
     "DKI Jakarta"),
    ("Padang - Sekda Agam Rudi Hartono di Lubuk Basung Senin (9/9) mengingatkan ASN netral.",
     "Kabupaten Agam", "Sumatera Barat"),
])
def test_a_day_right_after_the_place_without_a_comma(text, regency, province):
    place = place_of(None, text)
    assert place.province_name == province
    assert (place.region.regency if place.region else None) == regency


def test_a_speakers_earlier_in_a_quote_leaves_where_he_spoke() -> None:
    # "sebelumnya" in the quoted words tells of earlier figures, not of when he spoke
    text = ("Jakarta: BKN mencatat 120 ASN dijatuhi sanksi.\n"
            "\u201cHasil ini membaik. Tahun sebelumnya hanya separuhnya,\u201d kata Kepala BKN, "
            "Budi Hartanto di Gedung Graha Cipta, Cawang, Jakarta Timur, Rabu, 4 Maret 2020.")
    assert place_of(None, text).region.regency == "Kota Administrasi Jakarta Timur"
