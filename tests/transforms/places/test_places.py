import csv
import io
from importlib import resources

import pytest
from seed_shaped import SEED_000, SEED_001, SEED_002, SEED_003, SEED_004

from transforms.places.regions import official_name
from transforms.places.resolve import (
    PROVINCE_ALIASES,
    REGENCY_ALIASES,
    REGENCY_CAPITALS,
    Place,
    Region,
    place_in,
    place_of,
    provinces,
    regions,
    resolve_region,
)
from transforms.places.tables import OFFICIAL_SPELLINGS

# The package version shipped in transforms/places/data (see its README.md): idn-area-data 3.1.2.
PROVINCE_COUNT = 38
REGENCY_COUNT = 514


def _raw_rows(name):
    text = resources.files("transforms.places.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


# --- data ------------------------------------------------------------------------------------


def test_data_loads_with_the_package_counts():
    assert len(provinces()) == PROVINCE_COUNT
    assert len(regions()) == REGENCY_COUNT
    assert len(_raw_rows("provinces.csv")) == PROVINCE_COUNT
    assert len(_raw_rows("regencies.csv")) == REGENCY_COUNT


def test_every_regency_belongs_to_a_known_province():
    known = provinces()
    codes = [r.regency_code for r in regions()]
    assert len(set(codes)) == len(codes)
    for region in regions():
        assert region.province_code in known
        assert region.province == known[region.province_code]
        assert region.regency_code.split(".")[0] == region.province_code
    assert {r.province_code for r in regions()} == set(known)


def test_kind_and_short_follow_the_official_name():
    for row in _raw_rows("regencies.csv"):
        first = row["name"].split()[0]
        assert row["kind"] == {"KABUPATEN": "kabupaten", "KOTA": "kota"}[first]
        assert row["name"].endswith(row["short"].upper())
        assert row["short"] and row["short"] != row["short"].upper()
    kinds = [r.kind for r in regions()]
    assert (kinds.count("kabupaten"), kinds.count("kota")) == (416, 98)


def test_region_fields():
    padang = next(r for r in regions() if r.regency_code == "13.71")
    assert padang == Region("Kota Padang", "13.71", "Sumatera Barat", "13", "kota")


def test_hand_tables_point_at_real_regions():
    names = {row["name"] for row in _raw_rows("regencies.csv")}
    for target in (*REGENCY_ALIASES.values(), *REGENCY_CAPITALS.values(), *OFFICIAL_SPELLINGS):
        assert target in names or target in {p["name"] for p in _raw_rows("provinces.csv")}, target
    assert set(PROVINCE_ALIASES.values()) <= set(provinces())


def test_names_come_out_as_the_regions_write_them():
    by_code = {r.regency_code: r for r in regions()}
    assert by_code["13.71"].regency == "Kota Padang"
    assert by_code["21.72"].regency == "Kota Tanjungpinang"
    assert by_code["17.06"].regency == "Kabupaten Mukomuko"
    assert by_code["73.10"].regency == "Kabupaten Pangkajene dan Kepulauan"
    assert by_code["31.71"].province == "DKI Jakarta"
    assert official_name("KABUPATEN LIMA PULUH KOTA") == "Kabupaten Lima Puluh Kota"


# --- resolve_region --------------------------------------------------------------------------

NAMES = [
    ("Padang", "13.71"),
    ("Kota Padang", "13.71"),
    ("KOTA PADANG", "13.71"),
    ("  kota   padang ", "13.71"),
    ("Pemko Padang", "13.71"),
    ("Pemerintah Kota Padang", "13.71"),
    ("Padang Pariaman", "13.05"),
    ("Kabupaten Padang Pariaman", "13.05"),
    ("Kab. Padang Pariaman", "13.05"),
    ("Pemkab Padang Pariaman", "13.05"),
    ("Padang Panjang", "13.74"),
    ("Padangpanjang", "13.74"),
    ("Pd. Panjang", "13.74"),
    ("Pd Panjang", "13.74"),
    ("Kota Padang Panjang", "13.74"),
    ("Bukittinggi", "13.75"),
    ("Bukit Tinggi", "13.75"),
    ("Kota Bukittinggi", "13.75"),
    ("Sawahlunto", "13.73"),
    ("Sawah Lunto", "13.73"),
    ("Payakumbuh", "13.76"),
    ("Agam", "13.06"),
    ("Kab Agam", "13.06"),
    ("Lubuk Basung", "13.06"),
    ("Pessel", "13.01"),
    ("Pesisir Selatan", "13.01"),
    ("Solok", "13.72"),
    ("Kota Solok", "13.72"),
    ("Kabupaten Solok", "13.02"),
    ("Kab. Solok", "13.02"),
    ("Pemkab Solok", "13.02"),
    ("Pontianak", "61.71"),
    ("Pemkot Pontianak", "61.71"),
    ("Sintang", "61.05"),
    ("Kabupaten Sintang", "61.05"),
    ("Kubu Raya", "61.12"),
    ("Kendari", "74.71"),
    ("Konsel", "74.05"),
    ("Konawe Selatan", "74.05"),
    ("Kabupaten Konawe Selatan", "74.05"),
    ("Bau-Bau", "74.72"),
    ("Baubau", "74.72"),
    ("Bengkulu", "17.71"),
    ("Jakarta Pusat", "31.71"),
    ("Kota Administrasi Jakarta Pusat", "31.71"),
    ("Kotabaru", "63.02"),
    ("Toli-Toli", "72.04"),
]


@pytest.mark.parametrize(("name", "code"), NAMES)
def test_resolve_region(name, code):
    region = resolve_region(name)
    assert region is not None, name
    assert region.regency_code == code


def test_expected_codes_exist():
    codes = {r.regency_code for r in regions()}
    assert {code for _, code in NAMES} <= codes


@pytest.mark.parametrize("name", [
    "", "   ", "ASN", "Pilkada", "Bawaslu", "Kamis", "netralitas", "lorem ipsum dolor",
    "12345", "Kota", "Kabupaten", "Kab.", "Pemkot",
    "Jakarta Raya",  # the old name of a province, not a regency
    "Jakarta", "Sumatera Barat", "Kalimantan Barat",  # provinces are not regencies
    "Kabupaten Padang", "Kota Agam",  # a prefix contradicting the only region of that name
    "Gedung Pemuda Sutan Rajo Alam", "Padang Great Sale",
])
def test_non_places_are_none(name):
    assert resolve_region(name) is None


def test_province_hint_breaks_ties_only():
    assert resolve_region("Banjar").regency_code == "32.79"  # the kota wins without a hint
    for hint in ("Kalimantan Selatan", "KALIMANTAN SELATAN", "63", "Kalsel", "Provinsi Kalsel"):
        assert resolve_region("Banjar", province_hint=hint).regency_code == "63.03"
    assert resolve_region("Banjar", province_hint="Jawa Barat").regency_code == "32.79"
    # Same province: the hint cannot separate Kota and Kabupaten Solok, the kota wins.
    assert resolve_region("Solok", province_hint="Sumbar").regency_code == "13.72"
    # A unique name is never rejected by a hint; an unknown hint is ignored.
    assert resolve_region("Padang", province_hint="Kalimantan Barat").regency_code == "13.71"
    assert resolve_region("Padang", province_hint="Atlantis").regency_code == "13.71"


# --- place_of --------------------------------------------------------------------------------


def _where(place):
    assert place is not None and place.region is not None
    return place.region.regency, place.region.province, place.source


def test_place_of_seed_004_shape_city_dateline():
    place = place_of("Payakumbuh", SEED_004)
    assert _where(place) == ("Kota Payakumbuh", "Sumatera Barat", "dateline")
    assert place.venue is None and place.raw == "Payakumbuh (ANTARA)"  # the text's dateline


def test_place_of_seed_001_event_venue_beats_the_dateline():
    # The venue's own name holds a city (Sawahlunto); the regency after the comma places it.
    place = place_of("Pd. Panjang", SEED_001)
    assert _where(place) == ("Kabupaten Sijunjung", "Sumatera Barat", "venue")
    assert place.region.regency_code == "13.03"
    assert place.venue == "Balai Diklat Kemenag Regional Sawahlunto"
    assert place.raw == "Kabupaten Sijunjung"


def test_place_of_seed_001_without_the_venue_sentence_is_the_dateline():
    text = SEED_001.split("Bimtek")[0]
    assert _where(place_of("Pd. Panjang", text)) == (
        "Kota Padang Panjang", "Sumatera Barat", "dateline")


def test_place_of_seed_002_shape_mayors_office():
    place = place_of("Singkawang", SEED_002)
    # "di halaman Kantor Wali Kota": the mayor's own office, in the city the text names
    assert _where(place) == ("Kota Singkawang", "Kalimantan Barat", "venue")
    assert place.venue == "halaman Kantor Wali Kota"


def test_place_of_seed_003_shape_city_dateline():
    place = place_of("Baubau", SEED_003)
    assert _where(place) == ("Kota Baubau", "Sulawesi Tenggara", "dateline")
    assert place.region.regency_code == "74.72"


def test_place_of_seed_000_without_dateline_reads_the_body():
    place = place_of(None, SEED_000)
    assert _where(place) == ("Kota Pekanbaru", "Riau", "body")
    assert place.venue == "Gedung Pemuda Sutan Rajo Alam"
    assert place.raw == "Wako Pekanbaru"  # the headline's "Pj Wako Pekanbaru", the first mention


def test_place_of_prefers_a_prefixed_mention_to_an_earlier_bare_one():
    text = "Warga Padang Pariaman datang. Pemkab Agam menggelar rapat."
    place = place_of(None, text)
    assert (place.region.regency, place.raw) == ("Kabupaten Agam", "Pemkab Agam")
    place = place_of(None, "Warga Padang Pariaman dan Bukittinggi datang.")
    assert (place.region.regency, place.source) == ("Kabupaten Padang Pariaman", "body")


def test_place_of_unresolvable_dateline_falls_back_to_the_body():
    assert _where(place_of("Jakarta", SEED_004))[0] == "Kota Payakumbuh"


def test_place_of_lenient_dateline_forms():
    assert place_of("Bukittinggi (ANTARA)", "").region.regency_code == "13.75"
    assert place_of("Padang, Sumbar", "").region.regency_code == "13.71"
    assert place_of("Banjar, Kalsel", "").region.regency_code == "63.03"
    assert place_of("Banjar", "", outlet_province="Kalimantan Selatan").region.regency_code == (
        "63.03")


def test_place_of_venue_region_from_a_kota_later_in_the_sentence():
    text = "Apel digelar di Lapangan Merdeka dan diikuti ASN Kota Medan, Senin."
    place = place_of("Padang", text)
    assert (place.region.regency, place.venue, place.source) == (
        "Kota Medan", "Lapangan Merdeka", "venue")


def test_place_of_venue_region_from_its_kecamatan_set_off_before_a_bodys_region():
    # the kecamatan after the venue's comma says which of a kota and a kabupaten of one name
    # the venue stands in; the body's region after it is whose the occasion is
    text = ("Untuk itu, Kamis (19/9/2024), di Hotel Mercure, Lubuk Sikarah, Bawaslu Kabupaten "
            "Solok mengadakan sosialisasi netralitas ASN.")
    place = place_of(None, text)
    assert (place.region.regency, place.venue) == ("Kota Solok", "Hotel Mercure")
    place = place_of(None, text.replace(" Lubuk Sikarah,", ""))
    assert place.region.regency == "Kabupaten Solok"
    # a village's name that is also another regency's kecamatan decides nothing
    text = ("Bawaslu Kabupaten Agam menggelar sosialisasi netralitas ASN di Aula Kantor Wali "
            "Nagari, Koto Tangah, diikuti 80 ASN Kabupaten Agam.")
    assert place_of(None, text).region.regency == "Kabupaten Agam"


def test_place_of_nothing():
    assert place_of(None, "") is None
    assert place_of(None, "ASN diminta netral dalam Pilkada.") is None
    assert place_of("", "Bawaslu mengawasi.") is None
    assert place_of(None, "Rapat di Gedung Serba Guna, Kamis.") == Place(
        None, "Gedung Serba Guna", "venue", "Gedung Serba Guna")


def test_place_of_skips_everyday_words_named_bare():
    # "batu" (stone), "malang" (unlucky): only with a prefix.
    assert place_of(None, "Batu Besar jatuh. Nasib Malang menimpanya.") is None
    assert place_of(None, "Pemkot Batu menggelar rapat.").region.regency.startswith("Kota Batu")


# --- place_in: the place of one of several events --------------------------------------------

TWO_EVENTS = (
    "Padang, Padangkita.com - Bawaslu Sumatera Barat menggelar rangkaian kegiatan.\n"
    "Bimtek digelar bagi 60 peserta di Aula Kantor Bupati Tanah Datar, Batusangkar, Selasa "
    "(8/10/2024).\n"
    "Rabu (9/10/2024), sosialisasi diikuti 150 ASN Kabupaten Sijunjung.\n"
    "Apel siaga dijadwalkan pada 14 Oktober mendatang.\n"
    "Rapat lanjutan digelar di Gedung Serba Guna.\n"
)


def _span(text, fragment):
    """The line of text that starts with fragment."""
    start = text.index(fragment)
    return [(start, text.index("\n", start))]


def test_place_in_takes_the_venue_region_of_the_span():
    place = place_in(TWO_EVENTS, _span(TWO_EVENTS, "Bimtek digelar"), "Padang")
    assert _where(place) == ("Kabupaten Tanah Datar", "Sumatera Barat", "venue")
    assert place.venue == "Aula Kantor Bupati Tanah Datar"


def test_place_in_prefers_a_prefixed_region_of_the_span_to_the_dateline():
    place = place_in(TWO_EVENTS, _span(TWO_EVENTS, "Rabu (9/10/2024), sosialisasi diikuti 150 "
                                                   "ASN Kabupaten Sijunjung."), "Padang")
    assert _where(place) == ("Kabupaten Sijunjung", "Sumatera Barat", "body")
    assert place.venue is None


def test_place_in_falls_back_to_the_dateline_and_ignores_other_spans():
    place = place_in(TWO_EVENTS, _span(TWO_EVENTS, "Apel siaga dijadwalkan"), "Padang")
    assert _where(place) == ("Kota Padang", "Sumatera Barat", "dateline")
    assert place.venue is None  # the Tanah Datar venue is another event's
    # The text's own dateline is read when the article gives none apart.
    assert place_in(TWO_EVENTS, _span(TWO_EVENTS, "Apel siaga dijadwalkan"), None) == place
    undated = TWO_EVENTS.split("\n", 1)[1]
    assert place_in(undated, _span(undated, "Apel siaga dijadwalkan"), None) is None


def test_place_in_a_venue_alone_and_several_spans():
    undated = TWO_EVENTS.split("\n", 1)[1]
    alone = place_in(undated, _span(undated, "Rapat lanjutan digelar di Gedung Serba Guna."))
    assert alone == Place(None, "Gedung Serba Guna", "venue", "Gedung Serba Guna")
    both = _span(TWO_EVENTS, "Rapat lanjutan") + _span(TWO_EVENTS, "Bimtek digelar")
    assert place_in(TWO_EVENTS, both).region.regency == "Kabupaten Tanah Datar"


def test_place_in_the_whole_text_agrees_with_place_of_on_the_seeds():
    for dateline, text in (("Payakumbuh", SEED_004), ("Pd. Panjang", SEED_001),
                           ("Singkawang", SEED_002), ("Baubau", SEED_003)):
        whole = place_in(text, [(0, len(text))], dateline)
        assert whole.region == place_of(dateline, text).region
        assert whole.venue == place_of(dateline, text).venue
