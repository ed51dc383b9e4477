"""Place names in every spelling outlets use, for all 514 regencies and cities and 38 provinces:
with or without spaces and hyphens, with any kind prefix, shortened words ("Kep.", "Tg.", "Sei"),
common abbreviations; datelines of every outlet shape; invented sentences."""

import pytest

from transforms.places.dateline import find_dateline
from transforms.places.organiser import organiser_of
from transforms.places.regions import province_name, provinces, regions, resolve_region
from transforms.places.resolve import place_in, place_of

REGIONS = regions()


def _short(region):
    name = region.regency.split(" ", 1)[1]
    return name.removeprefix("Administrasi ")


_SHARED = {_short(r) for r in REGIONS if sum(_short(o) == _short(r) for o in REGIONS) > 1}


def _means(found, region):
    """The region itself, or (for a name a kota and a kabupaten share) one of that name."""
    if found is None:
        return False
    return found.regency_code == region.regency_code or (
        _short(region) in _SHARED and _short(found) == _short(region))


def _spellings(region):
    short = _short(region)
    kind = "Kabupaten" if region.kind == "kabupaten" else "Kota"
    body = "Pemkab" if region.kind == "kabupaten" else "Pemkot"
    yield from (short, short.upper(), short.replace(" ", ""), short.replace(" ", "-"),
                f"{kind} {short}", f"{body} {short}", f"{kind.upper()} {short.upper()}")
    if region.kind == "kabupaten":
        yield from (f"Kab. {short}", f"Kab {short}", f"Pemerintah Kabupaten {short}")
    else:
        yield from (f"Pemko {short}", f"Pemerintah Kota {short}")


@pytest.mark.parametrize("region", REGIONS, ids=lambda r: r.regency_code)
def test_every_regency_in_every_plain_spelling(region):
    for spelling in _spellings(region):
        assert _means(resolve_region(spelling), region), spelling


@pytest.mark.parametrize("region", REGIONS, ids=lambda r: r.regency_code)
def test_every_regency_in_an_outlets_dateline(region):
    short = _short(region)
    for head in (f"{short.upper()}, ANTARA -", f"{short} (ANTARA) -", f"{short.upper()} -",
                 f"{short}, InfoPublik -", f"{short.upper()} | "):
        text = f"{head} Pemerintah daerah menggelar apel netralitas ASN, Senin (7/10/2024)."
        line = find_dateline(text)
        assert line is not None and _means(line.region, region), head
        assert _means(place_of(None, text).region, region), head


@pytest.mark.parametrize(("name", "regency"), [
    ("Kep. Mentawai", "Kabupaten Kepulauan Mentawai"), ("Kep Seribu", "Kabupaten Administrasi "
                                                        "Kepulauan Seribu"),
    ("Kep. Meranti", "Kabupaten Kepulauan Meranti"), ("Talaud", "Kabupaten Kepulauan Talaud"),
    ("Sangihe", "Kabupaten Kepulauan Sangihe"), ("Morotai", "Kabupaten Pulau Morotai"),
    ("P. Taliabu", "Kabupaten Pulau Taliabu"), ("Tg. Pinang", "Kota Tanjungpinang"),
    ("Tj. Balai", "Kota Tanjungbalai"), ("Tg Jabung Barat", "Kabupaten Tanjung Jabung Barat"),
    ("Sei Penuh", "Kota Sungai Penuh"), ("Pd. Pariaman", "Kabupaten Padang Pariaman"),
    ("Pd Sidempuan", "Kota Padangsidimpuan"), ("Padang Sidimpuan", "Kota Padangsidimpuan"),
    ("Palangkaraya", "Kota Palangka Raya"), ("Palangka Raya", "Kota Palangka Raya"),
    ("Padangpanjang", "Kota Padang Panjang"), ("Bukit Tinggi", "Kota Bukittinggi"),
    ("Solo", "Kota Surakarta"), ("Jogja", "Kota Yogyakarta"), ("Yogya", "Kota Yogyakarta"),
    ("Tangsel", "Kota Tangerang Selatan"), ("Makasar", "Kota Makassar"),
    ("Siantar", "Kota Pematangsiantar"), ("Boven Digul", "Kabupaten Boven Digoel"),
    ("Kutai Kertanegara", "Kabupaten Kutai Kartanegara"), ("Halsel", "Kabupaten Halmahera "
                                                          "Selatan"),
    ("Bolmut", "Kabupaten Bolaang Mongondow Utara"), ("Parimo", "Kabupaten Parigi Moutong"),
    ("Polman", "Kabupaten Polewali Mandar"), ("Sitaro", "Kabupaten Kepulauan Siau Tagulandang "
                                                       "Biaro"),
    ("Kab. Pasir", "Kabupaten Paser"), ("Kota Bau-Bau", "Kota Baubau"),
])
def test_variant_spellings(name, regency):
    assert resolve_region(name).regency == regency


@pytest.mark.parametrize("name", ["PD", "Pd.", "Tg", "Kep.", "Sei", "P.", "Padang Lama"])
def test_shortened_words_alone_are_no_region(name):
    assert resolve_region(name) is None


@pytest.mark.parametrize("word", ["Seribu", "Pasir", "Tala", "Palas", "Basel"])
def test_short_names_that_are_words_count_only_with_a_prefix(word):
    assert resolve_region(word) is not None
    text = f"{word} ASN hadir dalam apel netralitas, Senin (7/10/2024)."
    place = place_of(None, text)
    assert place is None or place.region is None
    assert place_of(None, f"Apel netralitas ASN digelar di Kabupaten {word}.").region


@pytest.mark.parametrize("code", sorted(provinces()))
def test_every_province_by_name_and_with_its_prefixes(code):
    name = provinces()[code]
    for spelling in (name, name.upper(), f"Provinsi {name}", f"Prov. {name}",
                     f"Propinsi {name}", name.replace("Sumatera", "Sumatra"),
                     name.replace("Kepulauan", "Kep.")):
        assert province_name(spelling) == (code, name), spelling


@pytest.mark.parametrize(("short", "province"), [
    ("Sumut", "Sumatera Utara"), ("Sumbar", "Sumatera Barat"), ("Sumsel", "Sumatera Selatan"),
    ("Kepri", "Kepulauan Riau"), ("Babel", "Kepulauan Bangka Belitung"),
    ("Jabar", "Jawa Barat"), ("Jateng", "Jawa Tengah"), ("Jatim", "Jawa Timur"),
    ("DIY", "Daerah Istimewa Yogyakarta"), ("NTB", "Nusa Tenggara Barat"),
    ("NTT", "Nusa Tenggara Timur"), ("Kalbar", "Kalimantan Barat"),
    ("Kalteng", "Kalimantan Tengah"), ("Kalsel", "Kalimantan Selatan"),
    ("Kaltim", "Kalimantan Timur"), ("Kaltara", "Kalimantan Utara"), ("Sulut", "Sulawesi Utara"),
    ("Sulteng", "Sulawesi Tengah"), ("Sulsel", "Sulawesi Selatan"),
    ("Sultra", "Sulawesi Tenggara"), ("Sulbar", "Sulawesi Barat"), ("Malut", "Maluku Utara"),
    ("Pabar", "Papua Barat"), ("PBD", "Papua Barat Daya"), ("Papteng", "Papua Tengah"),
    ("Papsel", "Papua Selatan"), ("DKI", "DKI Jakarta"), ("Sumatra Selatan", "Sumatera Selatan"),
    ("Kep. Bangka Belitung", "Kepulauan Bangka Belitung"), ("Bangka Belitung",
                                                            "Kepulauan Bangka Belitung"),
])
def test_province_abbreviations(short, province):
    assert province_name(short)[1] == province


@pytest.mark.parametrize(("head", "regency"), [
    ("Padang, Senin (7/10/2024) -", "Kota Padang"), ("PADANG | ", "Kota Padang"),
    ("SOLO, KOMPAS.com -", "Kota Surakarta"), ("Jogja (ANTARA) -", "Kota Yogyakarta"),
    ("Tg. Pinang, Kepri -", "Kota Tanjungpinang"), ("Kep. Mentawai -",
                                                    "Kabupaten Kepulauan Mentawai"),
    ("PALANGKARAYA, InfoPublik -", "Kota Palangka Raya"), ("PADANG ( ANTARA ) -", "Kota Padang"),
    ("TRIBUNPADANG.COM, PADANG -", "Kota Padang"), ("Kendari, 12/9 (ANTARA) -", "Kota Kendari"),
    ("Padang.Minangsatu -", "Kota Padang"), ("Liputan6.com, Padang -", "Kota Padang"),
    ("Pd.Panjang (Minangsatu) -", "Kota Padang Panjang"), ("KAB.AGAM -", "Kabupaten Agam"),
    ("KABARSUMBAR.CO.ID — AGAM, —", "Kabupaten Agam"),
    ("Kabarsumbar.id - Agam -", "Kabupaten Agam"), ("Harianpadang.com – PADANG –", "Kota Padang"),
])
def test_dateline_shapes(head, regency):
    text = f"{head} Pemerintah daerah menggelar apel netralitas ASN pada Pilkada 2024."
    assert find_dateline(text).region.regency == regency


@pytest.mark.parametrize("line", [
    "Senin, 14 Oktober 2024 | 17:55 WIB",
    "Penulis: Rina Marlina | Editor: Dodi Saputra",
    "Padang sudah lama menjadi tuan rumah apel netralitas ASN.",
])
def test_lines_that_are_no_dateline(line):
    text = f"{line}\nApel netralitas ASN digelar pada Pilkada 2024."
    assert find_dateline(text) is None


def test_province_dateline_alone_is_a_province_level_occasion():
    text = "SUMBAR - Pemprov menggelar apel netralitas ASN pada Pilkada 2024, Senin (7/10/2024)."
    place = place_of(None, text)
    assert place.region is None and place.province_name == "Sumatera Barat"


def test_an_event_of_several_reads_an_ambiguous_dateline_by_the_whole_article():
    text = ("METRO, Airmadidi - Pemerintah Kabupaten Minahasa Utara menggelar ikrar netralitas "
            "ASN, Kamis (8/10/2020).\nSebelumnya penandatanganan pakta integritas digelar Senin "
            "(5/10/2020) bersama para kepala dinas.")
    second = text.index("Sebelumnya")
    place = place_in(text, [(second, len(text))])
    assert place.region.regency == "Kabupaten Minahasa Utara"


@pytest.mark.parametrize(("first_body", "organiser"), [
    ("Badan Pengawas Pemilu (Bawaslu) RI", None),
    ("Bawaslu Provinsi Jawa Tengah", None),
    ("KPU Jateng", None),
    ("Badan Pengawas Pemilu (Bawaslu) Kabupaten Demak", "Kabupaten Demak"),
])
def test_the_first_body_decides_the_organiser(first_body, organiser):
    text = (f"{first_body} menggelar rapat koordinasi netralitas ASN di Hotel Pandanaran, Kota "
            "Semarang, Senin (28/10/2024). Bawaslu Kota Salatiga turut hadir.")
    place = place_of(None, text)
    assert place.region.regency == "Kota Semarang"
    found = organiser_of(text, [(0, len(text))], place.region, place.source)
    assert (found.region.regency if found else None) == organiser


_ABBREVIATIONS = {"13": "Sumbar", "15": "Jambi", "17": "Bengkulu", "33": "Jateng", "62": "Kalteng",
                  "73": "Sulsel", "75": "Gorontalo", "82": "Malut", "94": "Papteng"}


@pytest.mark.parametrize("code", sorted(_ABBREVIATIONS))
@pytest.mark.parametrize("form", [
    "Pemprov {A} menggelar apel netralitas ASN di halaman Kantor Gubernur {A}, Senin (7/10/2024).",
    "Pemerintah Provinsi {N} menggelar apel netralitas ASN di halaman kantor gubernur, Senin "
    "(7/10/2024).",
    "Pemprop {N} menggelar apel netralitas ASN, Senin (7/10/2024).",
    "Pemerintah Propinsi {N} menggelar apel netralitas ASN, Senin (7/10/2024).",
    "Wagub {A} memimpin apel netralitas ASN di halaman Kantor Gubernur, Senin (7/10/2024).",
    "Setdaprov {A} menggelar apel netralitas ASN, Senin (7/10/2024).",
    "Bawaslu Provinsi {N} menggelar rapat koordinasi netralitas ASN di aula kantornya.",
])
def test_a_province_level_occasion_has_no_regency(code, form):
    name = provinces()[code]
    place = place_of(None, form.format(A=_ABBREVIATIONS[code], N=name))
    assert place.region is None and place.province_name == name


def test_a_city_named_later_for_a_case_leaves_the_province_level_occasion():
    text = ("Pemprov Jambi menggelar apel netralitas ASN di halaman Kantor Gubernur Jambi, Senin "
            "(7/10/2024). Gubernur menyebut seorang guru di sebuah SMA di Kabupaten Muaro Jambi "
            "sedang diperiksa karena berfoto dengan calon.")
    place = place_of(None, text)
    assert place.region is None and place.province_name == "Jambi"


def test_a_named_city_places_a_province_bodys_occasion():
    text = ("Pemprov Jambi menggelar apel netralitas ASN di Lapangan Kantor Gubernur Jambi, Senin "
            "(7/10/2024). Apel digelar di Kota Jambi bersama Forkopimda.")
    assert place_of(None, text).region.regency == "Kota Jambi"


@pytest.mark.parametrize(("venue", "regency"), [
    ("di Aula Kantor Bupati", "Kabupaten Pesisir Selatan"),
    ("di halaman kantor bupati", "Kabupaten Pesisir Selatan"),
    ("di Aula Kantor Bupati Agam", "Kabupaten Agam"),
])
def test_the_regents_own_office_whatever_its_case(venue, regency):
    text = (f"PADANG - Pemkab Pessel menggelar sosialisasi netralitas ASN pada Pilkada 2024 "
            f"{venue}, Rabu (2/10/2024).")
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize(("text", "place", "organiser"), [
    ("Pemko Padangpanjang menggelar bimtek netralitas ASN di sebuah hotel di Bukit Tinggi.",
     "Kota Bukittinggi", "Kota Padang Panjang"),
    ("Bawaslu Kabupaten Solok menggelar sosialisasi netralitas ASN di Kota Solok.",
     "Kota Solok", "Kabupaten Solok"),
    ("Badan Pengawas Pemilu (Bawaslu) Kab. Pasaman Barat menggelar rakor netralitas ASN yang "
     "digelar di Padang.", "Kota Padang", "Kabupaten Pasaman Barat"),
    ("Pemprov Sumbar menggelar sosialisasi netralitas ASN di Bukittinggi.", "Kota Bukittinggi",
     None),
    ("Pemkab Agam menggelar apel netralitas ASN di Lubuk Basung.", "Kabupaten Agam", None),
])
def test_where_held_and_whose_body_held_it(text, place, organiser):
    found = place_of(None, text)
    assert found.region.regency == place
    held_by = organiser_of(text, [(0, len(text))], found.region, found.source)
    assert (held_by.region.regency if held_by else None) == organiser


@pytest.mark.parametrize(("text", "regency"), [
    ("PADANG - Bawaslu Kabupaten Agam menggelar sosialisasi netralitas ASN di aula kantor "
     "Bawaslu, Senin (7/10/2024).", "Kabupaten Agam"),
    ("PADANG - Badan Pengawas Pemilu (Bawaslu) Kabupaten Agam menggelar sosialisasi netralitas "
     "ASN di Aula Kantor Bawaslu, Senin (7/10/2024).", "Kabupaten Agam"),
    ("PADANG - KPU Pasaman Barat menggelar rakor netralitas ASN di sekretariat KPU, Senin.",
     "Kabupaten Pasaman Barat"),
    ("PADANG - Rapat netralitas ASN bersama Ketua DPRD Kota Solok digelar di gedung DPRD, Senin.",
     "Kota Solok"),
    # a province body's office, or a body the text does not tie to a regency: the dateline
    ("PADANG - Bawaslu Sumbar menggelar rakor netralitas ASN di aula kantor Bawaslu, Senin.",
     "Kota Padang"),
    ("PADANG - Pemkab Agam hadir. Rapat netralitas ASN digelar di kantor Bawaslu, Senin.",
     "Kota Padang"),
])
def test_a_regency_bodys_own_office(text, regency):
    assert place_of(None, text).region.regency == regency


def test_the_same_day_is_no_earlier_occasion():
    text = ("SOLOK - Bawaslu Sumbar menggelar rakor netralitas ASN. Pada hari yang sama, apel "
            "netralitas ASN digelar di Kabupaten Solok Selatan.")
    assert place_of(None, text).region.regency == "Kabupaten Solok Selatan"


@pytest.mark.parametrize(("head", "regency"), [
    ("KOTO TANGAH -", "Kota Padang"), ("Sungai Liat (ANTARA) -", "Kabupaten Bangka"),
    ("MUARA ENIM, Sumsel -", "Kabupaten Muara Enim"),
])
def test_a_dateline_naming_a_kecamatan(head, regency):
    text = f"{head} Camat menggelar sosialisasi netralitas ASN pada Pilkada 2024."
    assert find_dateline(text).region.regency == regency


@pytest.mark.parametrize("head", ["KOTA -", "Sumber -", "Laporan Wartawan -", "Oleh Redaksi -"])
def test_everyday_words_are_no_kecamatan_dateline(head):
    text = f"{head} Camat menggelar sosialisasi netralitas ASN pada Pilkada 2024."
    found = find_dateline(text)
    assert found is None or found.region is None


@pytest.mark.parametrize("gathering", ["seminar", "rapat koordinasi", "pelatihan", "diklat",
                                       "workshop", "dialog", "pertemuan", "bintek"])
def test_any_gathering_named_before_where_it_was(gathering):
    text = (f"PADANG - Bawaslu Sumbar menggelar {gathering} netralitas ASN. Sebanyak 80 ASN "
            f"hadir dalam {gathering} netralitas ASN di Kabupaten Tanah Datar, Senin.")
    assert place_of(None, text).region.regency == "Kabupaten Tanah Datar"


@pytest.mark.parametrize("verb", ["dihelat", "digelar", "diadakan"])
def test_held_with_every_verb(verb):
    text = f"PADANG - Apel netralitas ASN Pemprov Sumbar {verb} di Kota Bukittinggi, Senin."
    assert place_of(None, text).region.regency == "Kota Bukittinggi"


def test_bawaslu_holding_in_another_city_with_menghelat():
    text = "PADANG - Bawaslu Sumbar menghelat rakor netralitas ASN di Kota Bukittinggi, Senin."
    assert place_of(None, text).region.regency == "Kota Bukittinggi"


def test_a_menu_of_sections_is_no_dateline():
    text = ("SOLOK | PADANG | AGAM | POLITIK | OLAHRAGA\n"
            "Apel Netralitas ASN Digelar\n"
            "BUKITTINGGI - Pemko Bukittinggi menggelar apel netralitas ASN, Senin (2/9).")
    assert find_dateline(text).region.regency == "Kota Bukittinggi"
