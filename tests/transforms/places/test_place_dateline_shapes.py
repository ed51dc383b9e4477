"""Dateline heads as outlets write them, on invented sentences: the outlet's web address before
the city or glued to it by a hyphen, a full stop after capitals, an outlet and city on a line
of their own, a city and its province without a comma, a city written name first; lines that
are no dateline (an outlet alone, a menu, a body, a sentence, a read-also line) and a caption
or byline before the dateline."""

import pytest

from transforms.places.dateline import find_dateline, read_dateline
from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("beritaku.com PADANG – Bawaslu menggelar sosialisasi netralitas ASN.", "Kota Padang"),
    ("suarasultra.id KENDARI - Pemkot menggelar apel netralitas.", "Kota Kendari"),
    ("kabarjambi.co.id, MUARA BUNGO - Bupati meminta ASN netral.", "Kabupaten Bungo"),
    ("Warta.net || Pontianak\nPemprov mengingatkan ASN agar netral.", "Kota Pontianak"),
    ("Lintasbaru.com | Bukittinggi\nWali Kota mengingatkan ASN.", "Kota Bukittinggi"),
    ("BISNISKITA.CO.ID - SURABAYA. Ketua Bawaslu Jatim Budi Santoso mengatakan ...",
     "Kota Surabaya"),
    ("HARIANRAKYAT.COM - MAKASSAR. Pemkot Makassar menggelar apel.", "Kota Makassar"),
    ("SUARATIMUR.COM-KENDARI- Pemkot menggelar apel netralitas.", "Kota Kendari"),
    ("kabarjambi.co.id, JAMBI – Bawaslu mengingatkan ASN.", "Kota Jambi"),
    # the outlet's address split at dots after spaces
    ("PADANG .Kabar Kita . Com .KK – Wali Kota meminta ASN netral.", "Kota Padang"),
    # a lower-case L standing for the bar between the city and the outlet
    ("SURABAYA l warta news – Pimpinan DPRD menegaskan netralitas ASN.", "Kota Surabaya"),
    ("JABARNEWS │ BANDUNG – Bawaslu Jawa Barat menegaskan netralitas ASN.", "Kota Bandung"),
    # a full stop after the bracketed outlet
    ("DENPASAR (wartabali.com). Sekda Provinsi Bali menekankan netralitas ASN.", "Kota Denpasar"),
    # the outlet's address closed by a full stop, the city in capitals after it
    ("warta.agam.go.id. LUBUK BASUNG – Polres Agam mendukung netralitas ASN.",
     "Kabupaten Agam"),
])
def test_datelines_with_the_outlets_web_address(text: str, regency: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.region is not None
    assert found.region.regency == regency


@pytest.mark.parametrize("text", [
    "Kompas.com\nBawaslu mengingatkan ASN agar netral.",  # an outlet alone, no city
    "Beritaku.com | Politik | Daerah | Nasional\nBawaslu Agam menggelar apel.",  # a menu
    "BAWASLU AGAM. Ketua Bawaslu mengatakan ...",  # a body, not a city
    "Pemkab Agam menggelar apel netralitas ASN. Bupati hadir.",  # a sentence
])
def test_no_dateline_without_a_city_head(text: str) -> None:
    found = find_dateline(text)
    assert found is None or found.region is None


def test_a_title_opening_a_sentence_is_no_province_dateline() -> None:
    # the short forms in brackets look like a dateline's outlet
    text = ("Apel digelar.\nKetua Badan Pengawas Pemilu (Bawaslu) Sumatera Barat (Sumbar) Rudi "
            "Hartawan mengatakan ASN wajib netral.")
    assert find_dateline(text) is None


@pytest.mark.parametrize(("text", "regency"), [
    # a full stop after a capitals word ends a head, not one after a short abbreviation
    ("KAB. AGAM - Bupati meminta ASN netral.", "Kabupaten Agam"),
    ("KEP. MENTAWAI - Bupati meminta ASN netral.", "Kabupaten Kepulauan Mentawai"),
    ("TANJUNGPINANG. Wali kota meminta ASN netral.", "Kota Tanjungpinang"),
    # an outlet's name in camel case closed by a full stop, after caption lines
    ("Singkawang, KabarborneoTV. Pj Wali Kota meminta ASN netral.", "Kota Singkawang"),
    ("Apel siaga di halaman kantor, Senin (7/10). Foto: Dok\n"
     "Apel siaga di halaman kantor, Senin (7/10). Foto: Dok\n"
     "Ketapang, WartaKayong. Bupati meminta ASN netral.", "Kabupaten Ketapang"),
])
def test_a_full_stop_after_capitals_ends_the_head(text: str, regency: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.region is not None
    assert found.region.regency == regency


@pytest.mark.parametrize(("text", "regency", "province"), [
    ("Penulis: Rudi Hartono\nKabarNews, Lampung\nKetua Bawaslu RI meminta ASN netral.",
     None, "Lampung"),
    ("Oleh Sinta\nSumbarTV, Padang\nWali kota meminta ASN netral.", "Kota Padang",
     "Sumatera Barat"),
])
def test_an_outlet_and_city_on_a_line_of_their_own_are_a_dateline(text, regency, province):
    place = place_of(None, text)
    assert place.source == "dateline"
    assert (place.region.regency if place.region else None) == regency
    assert place.province_name == province


@pytest.mark.parametrize(("text", "regency"), [
    # the city and its dash on a line of their own, the story on the next line; a caption
    # above it names the venue, a later sentence another regency
    ("Foto: Sekda memberikan keterangan pers di Kantor Gubernur, Denpasar, Senin (6/5/2024).\n"
     "Denpasar -\nDua ASN terbukti tidak netral. Salah satunya bertugas di Karangasem.",
     "Kota Denpasar"),
    ("Mataram —\nPemprov mengingatkan ASN agar netral.", "Kota Mataram"),
])
def test_a_city_and_its_dash_on_a_line_of_their_own_are_a_dateline(text, regency):
    found = find_dateline(text)
    assert found is not None and found.region is not None
    assert found.region.regency == regency


@pytest.mark.parametrize("text", [
    "Sosialisasi netralitas -\nPemprov mengingatkan ASN agar netral.",
    "Selasa -\nPemprov mengingatkan ASN agar netral.",
])
def test_a_line_ending_in_a_dash_without_a_city_is_no_dateline(text):
    assert find_dateline(text) is None


def test_a_sentence_line_with_a_comma_is_no_dateline():
    assert find_dateline("Menurut Rudi, Padang siap menggelar apel netralitas ASN.") is None
    assert find_dateline("Hadir Bupati Agam, Andri. Ia meminta ASN netral.") is None


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


@pytest.mark.parametrize("text", [
    "Kabar Daerah Bawaslu Sultra : Ratusan Laporan Masuk Soal ASN\n"
    "KENDARI - Bawaslu Sulawesi Tenggara mencatat 88 dugaan pelanggaran netralitas.",
    "Rubrik Politik KPU Sumbar: Jadwal Kampanye Dirilis\n"
    "Ketua Bawaslu Sumbar, Andi Saputra\n"
    "PADANG - Bawaslu Sumatera Barat mengingatkan ASN agar netral.",
])
def test_a_section_line_ending_in_a_province_is_no_dateline(text):
    line = find_dateline(text)
    assert line is not None and line.region is not None and line.raw.isupper()


@pytest.mark.parametrize("link", [
    "Baca juga: Pemprov Sumbar: Rakor netralitas ASN digelar pekan depan",
    "BACA JUGA - Padang Siap Gelar Pilkada Damai",
    "Simak: Bupati Agam Lantik Pejabat Baru",
])
def test_a_read_also_line_is_no_dateline(link):
    assert find_dateline(f"{link}\nRapat koordinasi netralitas ASN digelar kemarin.") is None


@pytest.mark.parametrize(("text", "regency"), [
    ("KUPANG-suarantt.com | Ketua Bawaslu Yohanes Tefa mengingatkan ASN.", "Kota Kupang"),
    ("Sumenep-kabarmadura.id - Bupati meminta ASN netral.", "Kabupaten Sumenep"),
    ("Padang-Pariaman-info.com | Camat meminta wali nagari netral.", "Kabupaten Padang Pariaman"),
    ("Medan-sumutnews.com: Ada tiga ASN yang dilaporkan.", "Kota Medan"),
])
def test_a_city_glued_to_the_outlets_address_is_the_dateline(text, regency):
    line = find_dateline(text)
    assert line is not None and line.region is not None
    assert line.region.regency == regency


@pytest.mark.parametrize("text", [
    "Tribun-Maluku.com - Ketua Bawaslu mengingatkan ASN.",
    "Suara-Rakyat.com | Ketua Bawaslu mengingatkan ASN.",
])
def test_an_outlet_with_a_hyphen_names_no_city(text):
    line = find_dateline(text)
    assert line is None or line.region is None


@pytest.mark.parametrize(("text", "regency"), [
    ("Warta.com, Bengkulu Kota - Ketua Bawaslu meminta ASN netral.", "Kota Bengkulu"),
    ("BOGOR KOTA - Wali Kota meminta ASN netral.", "Kota Bogor"),
    ("Tangerang Kota, Kabarbanten - Sekda meminta ASN netral.", "Kota Tangerang"),
])
def test_a_city_written_name_first_in_a_dateline(text, regency):
    line = find_dateline(text)
    assert line is not None and line.region is not None
    assert line.region.regency == regency and len(line.candidates) == 1


def test_a_name_first_kabupaten_is_not_turned_into_a_city():
    line = find_dateline("BOGOR - Bupati meminta ASN netral.")
    assert line is not None and len(line.candidates) == 2  # the kota or the kabupaten


@pytest.mark.parametrize("caption", [
    "Jakarta-Indonesia, civil servants attend a flag ceremony.",
    "JAKARTA, INDONESIA - MARCH 5: civil servants attend a flag ceremony.",
])
def test_a_photo_agencys_caption_is_no_dateline(caption: str) -> None:
    text = f"{caption}\nPalembang -\nDua penjabat kepala daerah di Sumatera Selatan dilantik."
    found = find_dateline(text)
    assert found is not None and found.region.regency == "Kota Palembang"
    # (limit) a story opening on the country after its dateline keeps it
    assert find_dateline("Jakarta - Indonesia memiliki empat juta ASN.").raw == "Jakarta"


@pytest.mark.parametrize(("text", "regency"), [
    # (review) a story opening on the country, or an outlet writing the country after the city
    ("PADANG - Indonesia, sebagai negara demokrasi, menggelar Pilkada serentak 2024.",
     "Kota Padang"),
    ("PADANG, Indonesia \u2013 Gubernur memimpin apel netralitas ASN.", "Kota Padang"),
])
def test_the_country_after_a_dateline_keeps_it(text: str, regency: str) -> None:
    found = find_dateline(text)
    assert found is not None and found.region.regency == regency
