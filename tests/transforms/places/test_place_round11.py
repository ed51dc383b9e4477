"""Round 11 of the place reader, on invented paragraphs: a body naming no region at all takes
the regency its title names with a kind, a head or an election body (a page 2 whose lead, with
the body's full name, is on page 1); short forms in common use for regencies (island regencies
without "Kepulauan", "Pesbar", "OKUT", "Tuba", ...); Batang Hari under its own official name."""

import pytest

from transforms.places.dateline import find_dateline, read_dateline
from transforms.places.mentions import region_mentions
from transforms.places.province_level import province_mention
from transforms.places.regions import resolve_region
from transforms.places.resolve import place_of

PAGE_TWO = ("\"Kami belum menerima laporan resmi, baru informasi awal,\" ujar Andi Saputra kepada "
            "wartawan. Ia berharap masyarakat melapor bila melihat ASN berpolitik praktis.")


@pytest.mark.parametrize(("title", "regency"), [
    ("Panwaslih Abdya Kaji Video Guru Kampanye", "Kabupaten Aceh Barat Daya"),
    ("Bawaslu Pesbar Ingatkan Peratin Jaga Netralitas", "Kabupaten Pesisir Barat"),
    ("Bupati Agam Minta ASN Tidak Berpolitik", "Kabupaten Agam"),
    ("Pemkot Padang Panjang Gelar Apel Netralitas", "Kota Padang Panjang"),
])
def test_a_page_naming_no_place_takes_its_titles_regency(title, regency):
    place = place_of(None, PAGE_TWO, title=title)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_a_title_naming_a_regency_without_a_body_gives_nothing():
    place = place_of(None, PAGE_TWO, title="Guru di Agam Diduga Kampanye")
    assert place is None or place.region is None


def test_the_bodys_own_place_beats_the_titles():
    text = f"Rapat itu digelar di Kota Solok. {PAGE_TWO}"
    place = place_of(None, text, title="Bawaslu Pesbar Ingatkan Peratin Jaga Netralitas")
    assert place.region.regency == "Kota Solok"


def test_a_province_in_the_title_still_gives_a_province_level_place():
    place = place_of(None, PAGE_TWO, title="Bawaslu Sumbar Ingatkan ASN Jaga Netralitas")
    assert place.region is None and place.province_name == "Sumatera Barat"


@pytest.mark.parametrize(("name", "regency"), [
    ("Meranti", "Kabupaten Kepulauan Meranti"), ("Anambas", "Kabupaten Kepulauan Anambas"),
    ("Sangihe", "Kabupaten Kepulauan Sangihe"), ("Talaud", "Kabupaten Kepulauan Talaud"),
    ("Morotai", "Kabupaten Pulau Morotai"), ("Yapen", "Kabupaten Kepulauan Yapen"),
    ("Wondama", "Kabupaten Teluk Wondama"), ("Pesbar", "Kabupaten Pesisir Barat"),
    ("OKUT", "Kabupaten Ogan Komering Ulu Timur"), ("OKUS", "Kabupaten Ogan Komering Ulu Selatan"),
    ("Tuba", "Kabupaten Tulang Bawang"), ("Balut", "Kabupaten Banggai Laut"),
    ("Matra", "Kabupaten Pasangkayu"), ("Batanghari", "Kabupaten Batang Hari"),
    ("Pakpak Barat", "Kabupaten Pakpak Bharat"), ("Rote", "Kabupaten Rote Ndao"),
    ("Batang Hari", "Kabupaten Batang Hari"),
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


@pytest.mark.parametrize("furniture", [
    "Calon presiden menghadiri deklarasi relawan di Gedung Serbaguna, Jakarta, Sabtu, 16 Maret "
    "2019. KORAN/Budi Hartono",
    "Senin, 18 Maret 2019 10:12 WIB",
    "Suasana rapat pleno di Kota Bandung, Minggu (17/3/2019). ANTARA FOTO/Ahmad Fauzi",
])
def test_a_caption_or_byline_before_the_dateline_is_not_the_story(furniture):
    text = (f"{furniture}\nKORAN.ID, Tangerang - Bawaslu Kabupaten Tangerang memeriksa lima guru "
            "honorer di kantor Panwascam Kronjo, Sabtu, 16 Maret 2019. Mereka diduga "
            "mendukung salah satu pasangan calon.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Tangerang"


def test_a_story_without_a_dateline_is_read_from_its_first_line():
    text = ("Rapat koordinasi netralitas ASN digelar di Kota Bandung, Senin (18/3/2019).\n"
            "Bawaslu Kabupaten Tangerang ikut hadir.")
    place = place_of(None, text)
    assert place.region.regency == "Kota Bandung"


@pytest.mark.parametrize(("lead", "regency"), [
    ("PALU (ANTARA) - Badan Pengawas Pemilu (Bawaslu) Kabupaten Donggala, Sulawesi Tengah, "
     "berencana berkoordinasi dengan pemkab soal sikap netral ASN.", "Kota Palu"),
    ("Padang, Warta - Bupati Agam memimpin ikrar sikap netral ASN "
     "bersama para kepala OPD.", "Kota Padang"),
    ("KENDARI, KORAN - KPU Kabupaten Konawe Selatan menggelar bimtek bagi PPK menjelang "
     "pemungutan suara.", "Kota Kendari"),
])
def test_a_regency_body_leading_under_its_provinces_seat_keeps_the_dateline(lead, regency):
    """Which the labels take here (the dateline's city or the regency whose body leads) is not
    settled; a rule for the regency gained one fresh text and lost two on another fresh set, so
    the dateline's city stands, as LABELS.md's dateline rule reads."""
    place = place_of(None, f"{lead}\nKegiatan itu diikuti puluhan peserta.")
    assert place.region.regency == regency


@pytest.mark.parametrize("lead", [
    # people named with their regency, the province's body reporting on them
    "Mataram, Koran - Sebanyak 80 ASN Kabupaten Bima yang melanggar netralitas sudah "
    "direkomendasikan Bawaslu NTB ke BKN.",
    # the province's body leads
    "Padang, Warta - Bawaslu Sumbar meminta Bupati Agam menindak camat yang berkampanye.",
    # the regency is where the cases are
    "Palu, Koran - Pelanggaran netralitas ditemukan di Kabupaten Donggala, kata Ketua Bawaslu "
    "Sulteng.",
    # a dateline that is not the province's seat
    "Bukittinggi, Warta - Bawaslu Kabupaten Agam menggelar sosialisasi netralitas ASN.",
])
def test_other_leads_keep_the_dateline(lead):
    place = place_of(None, f"{lead}\nKegiatan itu diikuti puluhan peserta.")
    head = lead.split(",")[0].split(" (")[0].title()
    assert place.region is not None and head in place.region.regency


@pytest.mark.parametrize("lead", [
    "Padang, Warta - ASN yang bertugas di Kabupaten Agam diminta netral.",
    "Padang, Warta - Sebelumnya sosialisasi serupa digelar Bawaslu di Kabupaten Agam.",
    "Padang, Warta - Pemkab Agam hadir dalam rapat itu.",
])
def test_a_regency_not_opening_the_lead_or_doing_nothing_keeps_the_dateline(lead):
    place = place_of(None, f"{lead}\nKegiatan itu diikuti puluhan peserta.")
    assert place.region is not None and place.region.regency == "Kota Padang"


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


@pytest.mark.parametrize("text", [
    "Bawaslu Gorontalo Utara mengimbau ASN menjaga netralitas.",
    "KPU Bengkulu Selatan menggelar rapat netralitas.",
])
def test_a_regency_named_on_from_the_provinces_name_is_no_province_body(text):
    assert province_mention(text, [(0, len(text))]) is None


def test_a_province_body_is_still_one():
    text = "Bawaslu Gorontalo mengimbau ASN menjaga netralitas."
    assert province_mention(text, [(0, len(text))])[2][1] == "Gorontalo"


@pytest.mark.parametrize(("head", "regency", "province"), [
    ("Mataram NTB", "Kota Mataram", "Nusa Tenggara Barat"),
    ("Kupang NTT", "Kota Kupang", "Nusa Tenggara Timur"),
    ("Padang Sumbar (ANTARA)", "Kota Padang", "Sumatera Barat"),
])
def test_a_city_and_its_province_without_a_comma(head, regency, province):
    line = read_dateline(head)
    assert line.region.regency == regency and line.province[1] == province


@pytest.mark.parametrize("head", ["Bandar Lampung", "Kota Jambi", "Jakarta"])
def test_names_that_end_in_a_province_word_stay_whole(head):
    line = read_dateline(head)
    assert line is not None and (line.region is None or head.endswith(
        line.region.regency.split(" ", 1)[-1]))


@pytest.mark.parametrize("later", [
    "Baca juga: Pemprov Sumbar: Rakor netralitas ASN digelar pekan depan",
    "- Sapa Warga Agam, Budi: Kami Akan Bangun Jalan Desa",
])
def test_a_read_also_line_or_list_item_does_not_start_the_story(later):
    text = ("Rapat koordinasi netralitas ASN digelar di Kota Bandung, Senin (18/3/2019), "
            f"dihadiri para kepala perangkat daerah.\n{later}\nKegiatan berlangsung tertib.")
    place = place_of(None, text)
    assert place.region.regency == "Kota Bandung"


@pytest.mark.parametrize("link", [
    "Baca juga: Pemprov Sumbar: Rakor netralitas ASN digelar pekan depan",
    "BACA JUGA - Padang Siap Gelar Pilkada Damai",
    "Simak: Bupati Agam Lantik Pejabat Baru",
])
def test_a_read_also_line_is_no_dateline(link):
    assert find_dateline(f"{link}\nRapat koordinasi netralitas ASN digelar kemarin.") is None
