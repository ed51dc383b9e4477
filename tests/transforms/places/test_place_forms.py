"""Places in the forms outlets write them, on invented sentences: an occasion held away from
the government that organised it, capitals whose names differ from their regency's, province
short forms, regency short forms in common use ("Pesbar", "OKUT", "Tuba") and a body's
bracketed short form before the name."""

import pytest

from transforms.places.mentions import region_mentions
from transforms.places.regions import province_name, resolve_region
from transforms.places.resolve import place_of


def test_held_in_a_hotel_of_another_regency():
    text = ("Padang Panjang - Pemkot Padang Panjang menggelar bimtek netralitas aparatur sipil "
            "negara (ASN) menjelang Pilkada 2024 di sebuah hotel di Kabupaten Agam, Rabu "
            "(2/10/2024).")
    place = place_of(None, text)
    assert place.region.regency == "Kabupaten Agam"


def test_a_gatherings_name_closed_by_a_comma_before_where_it_was_held():
    text = ("Gorontalo - Pjs Bupati Gorontalo menegaskan hal itu dalam acara Sosialisasi "
            "Pencegahan Pelanggaran Netralitas ASN, di salah satu hotel di Kota Gorontalo. "
            "\"Bawaslu terus memberikan sosialisasi untuk menekan pelanggaran netralitas ASN di "
            "Kabupaten Gorontalo,\" ujar Rudi.")
    assert place_of(None, text).region.regency == "Kota Gorontalo"


def test_a_place_set_off_by_a_comma_after_a_gathering_is_an_aside():
    text = ("LUBUK BASUNG - Bawaslu Agam menggelar sosialisasi netralitas ASN jelang Pilkada 2024, "
            "Senin (4/11), diikuti 100 kepala desa.\nMenurut Ketua Bawaslu Agam Rina Wati, "
            "sosialisasi itu penting, di Kota Padang misalnya sudah ada kasus ASN tidak netral.")
    assert place_of(None, text).region.regency == "Kabupaten Agam"


def test_an_active_verb_far_from_its_place():
    text = ("Bawaslu Sumbar menggelar rapat koordinasi pengawasan netralitas aparatur sipil "
            "negara pada Pilkada 2024 di Bukittinggi, Rabu (2/10/2024).")
    assert place_of("Padang", text).region.regency == "Kota Bukittinggi"


def test_working_somewhere_is_no_occasion_held_there():
    text = "Padang - ASN yang melaksanakan tugas di Kabupaten Agam diminta netral."
    assert place_of(None, text).region.regency == "Kota Padang"


@pytest.mark.parametrize(("name", "regency"), [
    ("Sofifi", "Kota Tidore Kepulauan"), ("Dekai", "Kabupaten Yahukimo"),
    ("Tana Paser", "Kabupaten Paser"), ("Siulak", "Kabupaten Kerinci"),
    ("Bolaang Uki", "Kabupaten Bolaang Mongondow Selatan"),
])
def test_capitals(name, regency):
    assert resolve_region(name).regency == regency


@pytest.mark.parametrize(("short", "province"), [
    ("Pabar", "Papua Barat"), ("PBD", "Papua Barat Daya"), ("NAD", "Aceh"),
    ("Sumatra Utara", "Sumatera Utara"), ("Kalteng", "Kalimantan Tengah"),
])
def test_province_short_forms(short, province):
    assert province_name(short)[1] == province


def test_a_city_closing_a_buildings_name_places_it():
    text = ("Bawaslu Sumbar menggelar rapat koordinasi netralitas ASN pada Pilkada 2024 di Hotel "
            "Santika Padang, Rabu (2/10/2024).")
    assert place_of(None, text).region.regency == "Kota Padang"


def test_a_fields_own_name_is_no_city():
    text = ("Banda Aceh - Pemerintah Aceh menggelar apel netralitas ASN di Lapangan Blang "
            "Padang, Selasa (24/9/2024).")
    assert place_of(None, text).region.regency == "Kota Banda Aceh"


@pytest.mark.parametrize("text", [
    "PADANG - Pemerintah Kabupaten Agam menggelar apel netralitas ASN pada Pilkada 2024 di "
    "halaman kantor bupati, Rabu (2/10/2024).",
    "PADANG - Sebanyak 300 ASN di lingkungan Pemkab Agam mengikuti apel netralitas pada "
    "Pilkada 2024 di halaman kantor bupati, Rabu (2/10/2024).",
    "PADANG - Sebanyak 300 ASN di lingkungan Pemkab Agam mengikuti apel netralitas pada "
    "Pilkada 2024 di Lubuk Basung, Rabu (2/10/2024).",
])
def test_an_occasion_at_the_organisers_own_office_or_town(text):
    assert place_of(None, text).region.regency == "Kabupaten Agam"


def test_a_mayors_office_belongs_to_the_city_the_text_names():
    text = ("Bukittinggi - Pemkot Bukittinggi dan Pemkab Agam menggelar apel bersama di halaman "
            "balai kota, Senin (7/10/2024).")
    assert place_of(None, text).region.regency == "Kota Bukittinggi"


def test_a_province_bodys_statement_naming_earlier_violations_stays_province_level():
    text = ("Ketua Bawaslu Sumbar Alni mengingatkan seluruh ASN di 19 kabupaten dan kota di "
            "Sumatera Barat agar menjaga netralitas pada Pilkada 2024. Menurut Alni, kasus "
            "ketidaknetralan pegawai terbanyak pada pemilu sebelumnya ada di Kabupaten Pasaman.")
    place = place_of(None, text)
    assert place.region is None and place.province_name == "Sumatera Barat"


def test_a_national_body_leading_speaks_from_the_capital():
    text = ("Komisi Aparatur Sipil Negara (KASN) mengingatkan ASN di seluruh Indonesia agar "
            "menjaga netralitas pada Pilkada 2024. Ketua KASN mengatakan laporan terbanyak "
            "datang dari Kabupaten Bogor.")
    place = place_of(None, text)
    assert place.region is None and place.province_name == "DKI Jakarta"


def test_a_regional_office_of_a_national_body_is_not_the_capital():
    text = ("Badan Kepegawaian Negara (BKN) Kantor Regional XII mengingatkan ASN di Kota "
            "Pekanbaru agar menjaga netralitas pada Pilkada 2024.")
    assert place_of(None, text).region.regency == "Kota Pekanbaru"


def test_a_name_hyphened_to_a_word_is_no_place_but_a_hyphened_name_is():
    assert place_of(None, "Ia bekerja untuk Metro-Goldwyn-Mayer di Amerika.") is None
    assert place_of(None, "Apel digelar di Toli-Toli.").region.regency == "Kabupaten Toli-Toli"


@pytest.mark.parametrize(("title", "text"), [
    # the lead, dateline and all, taken for the title; the body only names the office
    ("IM, AMBON - Pemda Kabupaten Buru Selatan mengingatkan ASN netral. Ikrar dibacakan di "
     "halaman kantor bupati (03/10) lalu.",
     "Ikrar itu dipimpin Sekda Hasan Tuasikal disaksikan Pjs Bupati Nur Wakano."),
    ("AMBON - Pemda Kabupaten Buru Selatan mengingatkan ASN netral pada Pilkada.",
     "Ikrar netralitas dibacakan di halaman kantor bupati, Kamis (3/10/2024)."),
])
def test_the_regents_office_belongs_to_the_regency_the_title_names(title, text):
    place = place_of(None, text, title=title)
    assert place.region.regency == "Kabupaten Buru Selatan"


@pytest.mark.parametrize(("text", "regency"), [
    ("JAKARTA - Bawaslu Kabupaten Sigi menyerahkan kajian dugaan pelanggaran netralitas camat "
     "ke kantor Badan Kepegawaian Negara, Jalan Letjen Sutoyo No. 12, Jakarta Timur, Selasa "
     "(12/9/2023).", "Kota Administrasi Jakarta Timur"),
    ("Pemkab Agam menggelar sosialisasi netralitas ASN di Hotel Bunga Raya, Jl. Sudirman, Kota "
     "Padang, Kamis.", "Kota Padang"),
])
def test_a_region_closing_a_venues_street_address(text, regency):
    assert place_of(None, text).region.regency == regency


def test_an_address_of_an_earlier_occasion_does_not_place_this_one():
    text = ("Bawaslu Kabupaten Sigi mengingatkan ASN netral. Sebelumnya, kajian diserahkan ke "
            "kantor BKN, Jalan Sutoyo, Jakarta Timur.")
    assert place_of(None, text).region.regency == "Kabupaten Sigi"


@pytest.mark.parametrize(("name", "regency"), [
    ("Meranti", "Kabupaten Kepulauan Meranti"), ("Anambas", "Kabupaten Kepulauan Anambas"),
    ("Sangihe", "Kabupaten Kepulauan Sangihe"), ("Talaud", "Kabupaten Kepulauan Talaud"),
    ("Morotai", "Kabupaten Pulau Morotai"), ("Yapen", "Kabupaten Kepulauan Yapen"),
    ("Wondama", "Kabupaten Teluk Wondama"), ("Pesbar", "Kabupaten Pesisir Barat"),
    ("OKUT", "Kabupaten Ogan Komering Ulu Timur"), ("OKUS", "Kabupaten Ogan Komering Ulu Selatan"),
    ("Tuba", "Kabupaten Tulang Bawang"), ("Balut", "Kabupaten Banggai Laut"),
    ("Matra", "Kabupaten Pasangkayu"), ("Batanghari", "Kabupaten Batanghari"),
    ("Pakpak Barat", "Kabupaten Pakpak Bharat"), ("Rote", "Kabupaten Rote Ndao"),
    ("Batang Hari", "Kabupaten Batanghari"),
])
def test_short_forms_in_common_use(name, regency):
    region = resolve_region(name)
    assert region is not None and region.regency == regency


@pytest.mark.parametrize("sentence", [
    "Luka di tangannya dibalut kain, kata warga.",
    "Ikan di sungai itu mati karena tuba, kata warga.",
])
def test_everyday_words_among_the_short_forms_name_no_place(sentence):
    place = place_of(None, sentence)
    assert place is None or place.region is None


@pytest.mark.parametrize(("text", "regency"), [
    ("Badan Pengawas Pemilu (Bawaslu) Agam menggelar sosialisasi.", "Kabupaten Agam"),
    ("Komisi Pemilihan Umum (KPU) Padang Pariaman menggelar bimtek.",
     "Kabupaten Padang Pariaman"),
    ("Badan Pengawas Pemilihan Umum (Bawaslu) Gorontalo Utara mengimbau ASN.",
     "Kabupaten Gorontalo Utara"),
])
def test_a_bodys_bracketed_short_form_prefixes_the_name(text, regency):
    found = [m for m in region_mentions(text, None) if m.prefixed]
    assert found and found[0].region.regency == regency
