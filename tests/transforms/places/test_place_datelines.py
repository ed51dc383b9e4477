"""Places: datelines of every outlet shape, province-level occasions, organisers, venues and
robustness (split from test_places.py: the region data, resolution, place_of, place_in)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seed_shaped import SEED_000, SEED_001, SEED_002, SEED_003, SEED_004

from transforms.places.dateline import find_dateline
from transforms.places.organiser import organiser_of
from transforms.places.resolve import (
    Place,
    Region,
    place_in,
    place_of,
    resolve_region,
)
from transforms.places.venues import venue_matches

# --- datelines, province-level occasions, organisers -----------------------------------------
# Invented sentences in the shapes outlets write.

@pytest.mark.parametrize(("text", "regency", "province"), [
    ("SAWAHLUNTO (ANTARA) - Pemkot menggelar apel.", "Kota Sawahlunto", "Sumatera Barat"),
    ("Padang, InfoPublik - Bawaslu menggelar rapat.", "Kota Padang", "Sumatera Barat"),
    ("Kendari, 12/9 (ANTARA) - Sebanyak 40 ASN hadir.", "Kota Kendari", "Sulawesi Tenggara"),
    ("PADANG, LANGGAM.ID - Apel digelar.", "Kota Padang", "Sumatera Barat"),
    ("KALTARANEWS.COM, TANJUNG SELOR- Ikrar dibacakan.", "Kabupaten Bulungan",
     "Kalimantan Utara"),
    ("Judul berita\nOleh Redaksi | 12:30 WIB\nSengkang (Sulselnews) Bupati mengingatkan ASN.",
     "Kabupaten Wajo", "Sulawesi Selatan"),
    ("Bau-Bau (ANTARA) - Wali Kota mengingatkan ASN.", "Kota Baubau", "Sulawesi Tenggara"),
    ("PALANGKA RAYA, Kaltengpos - Apel pagi.", "Kota Palangka Raya", "Kalimantan Tengah"),
])
def test_datelines_of_every_outlet_shape(text, regency, province):
    place = place_of(None, text)
    assert (place.region.regency, place.province_name, place.source) == (
        regency, province, "dateline")
    assert text[place.start: place.end] == place.raw


def test_a_dateline_name_shared_by_kota_and_kabupaten_follows_the_body():
    text = "Solok, Sumbarnews - Bupati Solok Yusran Hadi mengingatkan ASN Pemkab Solok."
    assert place_of(None, text).region.regency == "Kabupaten Solok"
    assert place_of(None, "Solok, Sumbarnews - Apel digelar.").region.regency == "Kota Solok"


def test_a_kecamatan_the_body_names_says_which_the_dateline_means():
    text = ("TANGERANG, kabarku.com - Panwascam Kronjo menyatakan enam guru honorer tidak "
            "terbukti melanggar aturan kampanye, Kamis (28/3).")
    assert place_of(None, text).region.regency == "Kabupaten Tangerang"
    assert place_of(None, "TANGERANG - Apel digelar, Kamis (28/3).").region.regency == (
        "Kota Tangerang")


def test_a_former_holders_post_does_not_say_which_the_dateline_means():
    text = ("Solok, Sumbarnews - Bawaslu Sumbar meminta warga melaporkan ASN yang berpihak.\n"
            "Mantan Ketua KPU Kabupaten Solok itu menyebut laporan bisa lewat panwas kelurahan.")
    assert place_of(None, text).region.regency == "Kota Solok"


def test_an_outlet_named_like_a_city_yields_to_the_city_the_body_names():
    text = "METRO, Airmadidi - Pjs Bupati Minahasa Utara memimpin ikrar ASN."
    assert place_of(None, text).region.regency == "Kabupaten Minahasa Utara"


def test_a_dateline_in_the_title_when_the_text_has_none():
    place = place_of(None, "Bawaslu mengingatkan ASN.", title="MAMUJU, Sulbarku - Ikrar ASN")
    assert place.region.regency == "Kabupaten Mamuju" and place.start is None


@pytest.mark.parametrize(("text", "province"), [
    ("JAKARTA : Badan Kepegawaian Negara mengingatkan ASN.", "DKI Jakarta"),
    ("Pj Gubernur Sulawesi Selatan menunggu rekomendasi BKN soal ASN.", "Sulawesi Selatan"),
    ("Bawaslu Provinsi Jawa Tengah mencatat dugaan pelanggaran netralitas.", "Jawa Tengah"),
])
def test_province_level_occasions_have_no_regency(text, province):
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, province)


def test_a_city_named_where_it_happens_beats_a_province_body():
    text = "Bawaslu Sumbar mengingatkan ASN, ujarnya di Padang, Senin."
    assert place_of(None, text).region.regency == "Kota Padang"


def test_a_province_dateline_yields_to_a_city_the_body_names():
    text = "Jakarta, Beritanas - Pemkot Depok menggelar apel netralitas ASN."
    assert place_of(None, text).region.regency == "Kota Depok"


def test_find_dateline_ignores_bylines_and_sentences():
    byline = "Oleh MC KOTA SOLOK, Senin, 14 Oktober 2024 | 10:05 WIB - Redaktur: Rina"
    assert find_dateline(byline) is None
    assert find_dateline("- Oleh MC KAB AGAM\nBerita tanpa dateline.") is None


def test_organiser_differs_from_a_venue_place():
    text = ("Bimtek bagi ASN Pemko Padang Panjang digelar di Aula Hotel Nuansa Maninjau, "
            "Kabupaten Agam, Kamis.")
    place = place_of(None, text)
    assert (place.region.regency, place.source) == ("Kabupaten Agam", "venue")
    found = organiser_of(text, [(0, len(text))], place.region, place.source)
    assert (found.region.regency, found.raw) == ("Kota Padang Panjang", "Pemko Padang Panjang")


def test_no_organiser_when_the_body_is_the_place_or_the_place_is_a_dateline():
    here = "Sosialisasi Pemkab Agam digelar di Aula Kantor Bupati, Kabupaten Agam."
    place = place_of(None, here)
    assert organiser_of(here, [(0, len(here))], place.region, place.source) is None
    dated = "PADANG - Pemkab Agam menggelar sosialisasi netralitas ASN."
    place = place_of(None, dated)
    assert organiser_of(dated, [(0, len(dated))], place.region, place.source) is None


def test_a_region_named_as_where_it_was_held_beats_the_dateline():
    text = ("PADANG PANJANG - Pemko Padang Panjang menggelar bimtek netralitas ASN. Bimtek "
            "digelar pada Kamis (4/7/2024) di Bukittinggi dan diikuti 120 ASN.")
    place = place_of(None, text)
    assert (place.region.regency, place.source) == ("Kota Bukittinggi", "location")
    found = organiser_of(text, [(0, len(text))], place.region, place.source)
    assert found.region.regency == "Kota Padang Panjang"
    earlier = ("PADANG PANJANG - Pemko menggelar sosialisasi. Kegiatan yang sama digelar di "
               "Bukittinggi sebelumnya.")
    assert place_of(None, earlier).region.regency == "Kota Padang Panjang"


@pytest.mark.parametrize(("text", "province"), [
    ("Pemprov menggelar apel netralitas ASN di halaman Kantor Gubernur Sumatera Barat, Senin.",
     "Sumatera Barat"),
    ("Ikrar netralitas ASN dibacakan di Auditorium Gubernuran, dipimpin Sekdaprov Sulsel.",
     "Sulawesi Selatan"),
])
def test_a_venue_of_the_province_offices_without_a_city_is_province_level(text, province):
    place = place_of(None, text)
    assert (place.region, place.province_name, place.source) == (None, province, "venue")


@pytest.mark.parametrize(("text", "regency"), [
    ("PADANG (ANTARA) - Apel netralitas ASN digelar di halaman Kantor Gubernur Sumbar.",
     "Kota Padang"),
    ("Apel netralitas ASN digelar di Aula Kantor Gubernur Sumbar, Kota Padang, Senin.",
     "Kota Padang"),
])
def test_a_province_office_venue_keeps_a_city_the_text_names(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_regency_body_names_its_regency_before_a_province_body():
    text = ("Bawaslu Agam menggelar sosialisasi netralitas ASN bagi wali nagari. Ketua Bawaslu "
            "Sumbar turut memberi materi.")
    place = place_of(None, text)
    assert (place.region.regency, place.province_name) == ("Kabupaten Agam", "Sumatera Barat")


@pytest.mark.parametrize("text", [
    "KPU Jambi menggelar rapat koordinasi netralitas ASN.",
    "Bawaslu Sumbar mengingatkan ASN agar tidak berkampanye.",
])
def test_a_province_name_after_an_election_body_is_the_province(text):
    assert place_of(None, text).region is None


def test_a_province_body_leading_the_article_beats_regencies_named_in_passing():
    text = ("Pemerintah Provinsi Sumatera Barat menggelar apel akbar netralitas aparatur sipil "
            "negara menjelang pemilihan kepala daerah serentak tahun ini.\n"
            "Apel diikuti perwakilan ASN dari Pemko Padang, Pemkab Agam dan Pemkab Tanah Datar.")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Sumatera Barat")


@pytest.mark.parametrize("text", [
    # a regency named in the lead before the province body
    ("Pemkab Agam bersama Pemerintah Provinsi Sumatera Barat menggelar apel akbar netralitas "
     "aparatur sipil negara menjelang pemilihan kepala daerah serentak."),
    # a city named as where it happens
    ("Pemerintah Provinsi Sumatera Barat menggelar apel akbar netralitas aparatur sipil negara "
     "menjelang pemilihan kepala daerah serentak tahun ini.\n"
     "Apel diikuti ASN Pemkab Agam, kata Sekda di Kabupaten Agam."),
])
def test_a_regency_in_the_lead_or_named_as_the_place_is_kept(text):
    assert place_of(None, text).region.regency == "Kabupaten Agam"


def test_a_prefixed_name_may_start_with_a_digit():
    assert place_of(None, "Pemkab 50 Kota menggelar apel netralitas ASN.").region.regency == (
        "Kabupaten Lima Puluh Kota")
    assert place_of(None, "Sebanyak 50 ASN mengikuti apel netralitas.") is None


def test_a_province_dateline_keeps_a_city_named_only_in_passing():
    text = ("JAKARTA - Badan Kepegawaian Negara meminta semua pegawai negeri di daerah tetap "
            "netral dalam pemilihan kepala daerah serentak tahun ini.\n"
            "Tahun lalu BKN menjatuhkan sanksi kepada seorang pejabat Pemkab Agam.")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "DKI Jakarta")


def test_officials_attending_after_a_venue_do_not_place_it():
    text = ("Apel netralitas ASN digelar di halaman Kantor Gubernur Sumatera Barat yang dihadiri "
            "Bupati Agam dan Wali Kota Padang.")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Sumatera Barat")
    located = text.replace("yang dihadiri Bupati Agam dan Wali Kota Padang",
                           "di Kota Padang")
    assert place_of(None, located).region.regency == "Kota Padang"


@pytest.mark.parametrize(("text", "regency"), [
    ("Manna (ANTARA) - Pemkab menggelar apel netralitas ASN.", "Kabupaten Bengkulu Selatan"),
    ("KOTA AGUNG - Sekda memimpin apel netralitas ASN.", "Kabupaten Tanggamus"),
])
def test_more_regency_capitals_in_datelines(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_governor_attending_a_regency_occasion_does_not_make_it_province_level():
    text = ("Pj Gubernur Sumatera Barat menghadiri apel netralitas aparatur sipil negara yang "
            "digelar Pemkab Agam bersama seluruh camat dan wali nagari.")
    assert place_of(None, text).region.regency == "Kabupaten Agam"


# --- robustness ------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "di", "Di", "DI", "Gedung", "halaman", "Kantor", "Rumah Dinas", "PPSDM", "Kota", "Kab.",
    "Kabupaten", "Pemkot", "Wali Kota", "Bupati", "Padang", "Pd.", "Panjang", "Agam", "Solok",
    "Banjar", "Bau-Bau", ",", ".", "(", ")", "–", "\n", "Kamis", "pada", "12/7", "ASN", "é",
    "\u00a0", "ǅ", "ﬁ", "'", "’", "Jum'at",
])
_TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=40).map(" ".join),
                   st.lists(_PIECES, max_size=40).map("".join))


@settings(max_examples=200, deadline=None)
@given(dateline=st.one_of(st.none(), _TEXTS), text=_TEXTS,
       hint=st.one_of(st.none(), st.text(), st.sampled_from(["13", "Sumbar", "Kalsel"])))
def test_never_raises(dateline, text, hint):
    place = place_of(dateline, text, hint)
    assert place is None or isinstance(place, Place)
    half = place_in(text, [(0, len(text) // 2)], dateline, hint)
    assert (half is None or half.region is not None or half.venue is not None
            or half.province is not None)
    if place is not None:
        assert place.source in {"dateline", "body", "venue", "location"}
        assert (place.region is not None or place.venue is not None
                or place.province is not None)
    region = resolve_region(text, hint)
    assert region is None or isinstance(region, Region)
    if dateline is not None:
        assert resolve_region(dateline) is None or isinstance(resolve_region(dateline), Region)
    assert all(isinstance(v.name, str) and v.name for v in venue_matches(text))


# --- venues ----------------------------------------------------------------------------------


def venues(text: str) -> list[str]:
    """The venues named in ``text``, in order, as the place step reads them."""
    return [venue.name for venue in venue_matches(text)] if isinstance(text, str) else []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ketika Sosialisasi Netralitas ASN di Gedung Pemuda Sutan Rajo Alam, Jumat,",
     ["Gedung Pemuda Sutan Rajo Alam"]),
    (SEED_000, ["Gedung Pemuda Sutan Rajo Alam"]),
    (SEED_001, ["Balai Diklat Kemenag Regional Sawahlunto"]),
    (SEED_002, ["halaman Kantor Wali Kota"]),
    (SEED_003, []),
    (SEED_004, []),
    ("Acara bertempat di Aula Kantor Bupati Agam, Lubuk Basung, Senin (1/7).",
     ["Aula Kantor Bupati Agam"]),
    ("Rapat berlangsung di Ruang Rapat Wali Kota Padang Panjang pada Jumat.",
     ["Ruang Rapat Wali Kota Padang Panjang"]),
    ("Upacara digelar di Lapangan Merdeka. Lalu di Masjid Raya Sumatera Barat yang megah.",
     ["Lapangan Merdeka", "Masjid Raya Sumatera Barat"]),
    ("Pertemuan di Rumah Dinas Bupati Sintang (13/5) dan di Hotel Santika 12 Juni",
     ["Rumah Dinas Bupati Sintang", "Hotel Santika"]),
    ("Diskusi di Graha Pena, lalu di Istana Bung Hatta – kemarin", ["Graha Pena",
                                                                    "Istana Bung Hatta"]),
    ("Kunjungan di Gedung H. Agus Salim. Selesai.", ["Gedung H. Agus Salim"]),
    ("DI GEDUNG DPRD KOTA PADANG, SENIN", ["GEDUNG DPRD KOTA PADANG"]),
    # figurative or unnamed: "in practice", "on page 5", "in the front yard", a bare head
    ("kondisi di lapangan baik, lihat di halaman 5 dan di halaman depan", []),
    ("Mereka berkumpul di Kantor, lalu pulang.", []),
    ("Gedung Pemuda tanpa kata depan", []),
])
def test_venues(text, expected):
    assert venues(text) == expected


@pytest.mark.parametrize(("text", "title", "province"), [
    ("BENGKULU - Pj Gubernur Bengkulu memimpin ikrar netralitas ASN di Halaman Kantor "
     "Gubernur Bengkulu, Senin (7/10/2024).", None, "Bengkulu"),
    ("Pj Gubernur memimpin apel netralitas ASN di Lapangan Kantor Gubernur Jambi, Kamis.",
     "JAMBI (Jambiterkini) - Apel netralitas ASN lingkup Pemprov", "Jambi"),
])
def test_a_capital_named_like_its_province_with_the_governors_office_is_the_provinces(
        text, title, province):
    place = place_of(None, text, title=title)
    assert (place.region, place.province_name) == (None, province)


@pytest.mark.parametrize("text", [
    "BENGKULU - Pemkot Bengkulu menggelar apel netralitas ASN di halaman Balai Kota, Senin.",
    "BENGKULU - Wali Kota Bengkulu memimpin ikrar netralitas ASN, Senin (7/10/2024).",
    "PADANG - Pj Gubernur Sumbar memimpin apel di Halaman Kantor Gubernur, Senin.",
])
def test_the_city_stays_without_the_province_offices_or_for_other_capitals(text):
    assert place_of(None, text).region is not None


def test_a_name_shared_by_kota_and_kabupaten_ignores_a_list_of_case_regencies():
    text = ("Semarang, Radio Kita - Bawaslu Jawa Tengah mencatat ASN tidak netral.\nKasusnya "
            "tersebar, misalnya di Kendal, Kabupaten Semarang, Klaten dan Demak.")
    assert place_of(None, text).region.regency == "Kota Semarang"
    subject = "Semarang, Radio Kita - Bupati Semarang memimpin apel netralitas ASN Pemkab Semarang."
    assert place_of(None, subject).region.regency == "Kabupaten Semarang"


def test_a_lead_taken_for_the_title_is_read_as_the_lead():
    title = ("PADANG (ANTARA) - Bupati Agam Budi Santoso memimpin ikrar netralitas ASN di Aula "
             "Kantor Bupati Agam, Lubuk Basung, Senin (2/9/2024).")
    text = "Ikrar itu diikuti 300 ASN dari seluruh perangkat daerah di Sumatera Barat."
    place = place_of(None, text, None, title)
    assert place.region.regency == "Kabupaten Agam" and place.start is None


def test_a_short_headline_with_a_dateline_shape_is_still_a_headline():
    title = "PADANG - Apel Netralitas ASN"
    text = "BUKITTINGGI - Pemko Bukittinggi menggelar apel netralitas ASN, Senin (2/9/2024)."
    assert place_of(None, text, None, title).region.regency == "Kota Bukittinggi"
