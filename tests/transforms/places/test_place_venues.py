"""Venues and addresses, on invented sentences: a street address with a house number (with or
without the dot of "Jl") then its city, hotel chains written without the word "Hotel" or
before it, a named place then its city after "held"; a venue where something was found, a
province other than the capital after "held", a regency body at a hotel in the neighbouring
city (the venue's city is the place, the body the organiser), the election bodies' offices; an
address after a venue's region that names another region; a venue name run on into the next
sentence; a hotel's closing city against a body named later; a paragraph taken for the title."""

import pytest

from transforms.places.organiser import organiser_of
from transforms.places.resolve import place_of
from transforms.places.venues import venue_matches


@pytest.mark.parametrize(("text", "regency"), [
    ("Bukittinggi, Warta - Penandatanganan pakta integritas digelar di aula rumah dinas "
     "Gubernur, Jalan Diponegoro No 17 Padang, Selasa (6/12/2022).\n", "Kota Padang"),
    ("Solok, Warta - Rapat digelar di Hotel Mawar, Jl. Ahmad Yani Nomor 12 Bukittinggi, Selasa "
     "(3/9/2024).\n", "Kota Bukittinggi"),
    ("Agam, Warta - Bimtek berlangsung di Gedung Serbaguna, Jalan Veteran 7, Kota Payakumbuh, "
     "Rabu (4/9/2024).\n", "Kota Payakumbuh"),
    ("Agam, Warta - Bimtek berlangsung di Gedung Serbaguna, Jalan Veteran No. 7, Kota "
     "Payakumbuh, Rabu (4/9/2024).\n", "Kota Payakumbuh"),
])
def test_address_with_a_house_number_then_the_city(text: str, regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_address_number_without_a_region_after_it_keeps_the_dateline() -> None:
    text = ("Bukittinggi, Warta - Sosialisasi netralitas ASN digelar di aula balai kota, Jalan "
            "Sudirman No 41 pada Senin (5/12/2022).\n")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bukittinggi"


@pytest.mark.parametrize("lead", [
    "Bawaslu Sulteng menelusuri temuan 15 spanduk bakal calon di kantor Dinas Sosial Kabupaten "
    "Poso.",
    "Baliho seorang calon bupati terpasang di kantor Dinas Pendidikan Kabupaten Poso.",
    "Petugas menemukan alat peraga kampanye di kantor Kecamatan Poso Kota.",
])
def test_a_venue_where_something_was_found_is_not_the_occasions(lead):
    text = f"PALU (ANTARA) - {lead}\n\"Kami akan klarifikasi ASN itu,\" kata Ketua Bawaslu."
    assert place_of(None, text).region.regency == "Kota Palu"


def test_a_venue_of_the_occasion_still_places_it():
    text = ("PALU (ANTARA) - Bawaslu Sulteng menggelar sosialisasi netralitas ASN di kantor "
            "Dinas Sosial Kabupaten Poso, Senin (13/1/2020).")
    assert place_of(None, text).region.regency == "Kabupaten Poso"


@pytest.mark.parametrize(("phrase", "venue"), [
    ("di Swiss-Belhotel Palu pada Kamis", "Swiss-Belhotel Palu"),
    ("di Novotel Bogor, Senin", "Novotel Bogor"),
    ("di Santika Premiere Padang yang", "Santika Premiere Padang"),
    ("di Grand Inna Padang.", "Grand Inna Padang"),
])
def test_hotel_chains_without_the_word_hotel_are_venues(phrase, venue):
    assert [v.name for v in venue_matches(f"Sosialisasi itu digelar {phrase} ramai.")] == [venue]


def test_a_lower_case_brand_word_is_no_venue():
    assert venue_matches("Rapat digelar di aston kemarin.") == []


def test_a_regency_body_at_a_hotel_in_the_neighbouring_city_is_the_organiser():
    text = ("PALU - Bawaslu Kabupaten Sigi mengadakan sosialisasi bagi para kades. Acara "
            "itu dihadiri kades dari semua desa di Kabupaten Sigi dan berlangsung di Hotel Cendana "
            "Palu pada Kamis (12/9/2024).")
    place = place_of(None, text)
    assert place is not None and place.region.regency == "Kota Palu" and place.source == "venue"
    organiser = organiser_of(text, [(0, len(text))], place.region, place.source)
    assert organiser is not None and organiser.region.regency == "Kabupaten Sigi"


@pytest.mark.parametrize("street", ["Jl Letjen Sutoyo No 12", "Jl. Letjen Sutoyo No 12",
                                    "Jln Letjen Sutoyo 12", "Jalan Letjen Sutoyo 12"])
def test_an_address_with_or_without_the_dot_of_jl_gives_the_city_closing_it(street):
    text = ("PADANG - Bawaslu Sumbar menyerahkan berkas dugaan pelanggaran netralitas ASN.\n"
            f"Penyerahan itu berlangsung di kantor komisi, {street}, Kota Bekasi. Berkas memuat "
            "keterangan saksi.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bekasi"


@pytest.mark.parametrize(("held", "regency", "province"), [
    ("usai mengikuti rakornas netralitas di Balai Sarbini, Jakarta, yang diadakan Kemendagri.",
     None, "DKI Jakarta"),
    ("dalam sosialisasi yang digelar di Nagari Sungai Pua, Kabupaten Agam, yang dihadiri wali "
     "nagari.", "Kabupaten Agam", "Sumatera Barat"),
    ("setelah rapat koordinasi yang diadakan di Jakarta oleh kementerian.", None, "DKI Jakarta"),
    ("dalam rakornas yang digelar di Jakarta, yang dihadiri para kepala daerah.", None,
     "DKI Jakarta"),
])
def test_held_at_a_named_place_then_its_city_after_a_comma(held, regency, province):
    text = f"KUPANG - Bupati Yosef Lake menegaskan pentingnya netralitas ASN {held}"
    place = place_of(None, text)
    assert place is not None and place.source == "location"
    assert (place.region.regency if place.region else None, place.province_name) == (
        regency, province)


@pytest.mark.parametrize("held", [
    "Bawaslu menggelar sosialisasi netralitas ASN di Kalimantan Tengah pekan ini.",
    "Rapat koordinasi diadakan di Sulawesi Tengah untuk seluruh kabupaten.",
])
def test_a_province_other_than_the_capital_after_held_is_no_venue(held):
    place = place_of(None, f"PALU - {held}")
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Palu"


@pytest.mark.parametrize(("text", "regency"), [
    # a hotel chain written before "Hotel", the city inside its name before "Center"/"City"
    ("Bawaslu RI menggelar rapat koordinasi netralitas ASN di HARRIS Hotel Pekanbaru "
     "Center, Senin (28/8) malam.", "Kota Pekanbaru"),
    ("Bawaslu RI menggelar rapat koordinasi netralitas ASN di Radisson Hotel Medan City, "
     "Senin (28/8).", "Kota Medan"),
])
def test_a_hotel_chain_and_the_city_inside_its_name(text, regency):
    place = place_of(None, text)
    assert place.region.regency == regency and place.venue is not None


@pytest.mark.parametrize("related", [
    "", "Baca juga: Bawaslu Ingatkan ASN Pemkab Mojokerto Netral\n"])
def test_the_provincial_election_bodys_office_with_a_city_only_quoted_is_province_level(related):
    # LABELS.md: regency null for an occasion at the province's offices with no city named
    text = ("SULTRAKINI.COM - Bawaslu Sultra terus memantau netralitas pegawai.\n" + related +
            "\"Dari hasil pemantauan, Kota Baubau perlu perhatian lebih,\" ujarnya saat ditemui "
            "di Kantor Bawaslu Sultra, Kamis (5/10/2023).")
    place = place_of(None, text)
    assert (place.region, place.province_name) == (None, "Sulawesi Tenggara")


def test_a_regency_election_bodys_office_is_that_regency():
    text = ("Ketua Bawaslu menyampaikan hal itu saat ditemui di Kantor Bawaslu Kabupaten Gowa, "
            "Jumat (6/10/2023).")
    assert place_of(None, text).region.regency == "Kabupaten Gowa"


def test_a_city_named_outside_the_quote_still_places_the_provincial_office():
    text = ("Bawaslu Sultra menggelar rapat di Kota Kendari.\nKetua Bawaslu mengatakan hal itu "
            "saat ditemui di Kantor Bawaslu Sultra, Kamis (5/10/2023).")
    assert place_of(None, text).region.regency == "Kota Kendari"


@pytest.mark.parametrize(("venue", "regency"), [
    # the region of the body owning the building, then the address naming another one
    ("Gedung Koperasi Pegawai Negeri (KPN) Kabupaten Garut, Jalan Merdeka, Kelurahan Sukajaya, "
     "Kecamatan/Kota Tasikmalaya", "Kota Tasikmalaya"),
    ("Aula Koperasi Guru Kabupaten Garut, Jl. Merdeka 4, Kelurahan Sukajaya, Kota Tasikmalaya",
     "Kota Tasikmalaya"),
    # a street named after a region, or no address: the venue's own region
    ("Aula Koperasi Guru Kabupaten Garut, Jalan Kota Baru", "Kabupaten Garut"),
    ("Aula Koperasi Guru Kabupaten Garut", "Kabupaten Garut"),
])
def test_an_address_after_the_venue_names_where_it_stands(venue: str, regency: str) -> None:
    text = (f"Tasik, Warta - Sosialisasi netralitas ASN digelar di {venue} pada Selasa, "
            "26 November 2019.\n")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_a_workplace_is_no_venue_of_the_occasion() -> None:
    # a violator's office named after "bertugas di" is where he works, not where the watchdog
    # gave its figures
    text = ("Bawaslu Sulawesi Utara mencatat tiga pegawai tidak netral selama masa kampanye. "
            "Salah satunya guru yang bertugas di Kantor Kecamatan Wori, Kabupaten Minahasa "
            "Utara.\nTemuan itu disampaikan Ketua Bawaslu Sulut saat jumpa pers di Manado, "
            "Selasa (9/4/2019).\n")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Manado"


def test_an_occasion_noun_opening_the_next_sentence_ends_a_venue_name() -> None:
    # the page lost the full stop after the venue
    text = ("Solok, 5/9/2024, Bertempat di Hotel Kenanga Bukittinggi Kegiatan ini dibuka oleh "
            "Pj Wali Kota.")
    assert [v.name for v in venue_matches(text)] == ["Hotel Kenanga Bukittinggi"]


def test_a_city_closing_a_hotel_name_beats_a_body_named_later_in_its_sentence() -> None:
    text = ("Solok, Warta - Rapat koordinasi digelar di Hotel Kenanga Bukittinggi dan dihadiri "
            "camat serta kepala dinas Kabupaten Agam, Selasa (3/9/2024).\n")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bukittinggi"


def test_a_region_said_to_be_where_the_venue_stands_beats_its_closing_city() -> None:
    text = ("Solok, Warta - Pelatihan digelar di Balai Diklat Regional Bukittinggi yang berada "
            "di Kabupaten Agam, Selasa (3/9/2024).\n")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Agam"


def test_a_paragraph_taken_for_the_title_is_read_as_the_lead() -> None:
    # a page without a headline: its first paragraph, with no dateline head, became the title
    title = ("Solok, 5/9/2024, rapat koordinasi netralitas ASN digelar di Hotel Kenanga "
             "Bukittinggi dan dihadiri para camat, lurah, kepala desa, kepala dinas dan pejabat "
             "lain dari Kabupaten Agam yang diminta tetap netral sepanjang rangkaian Pilkada "
             "2024 berjalan hingga hari pemungutan suara nanti; hadir pula unsur kepolisian dan "
             "kejaksaan.")
    text = "Para peserta diminta tidak mengunggah dukungan di media sosial."
    place = place_of(None, text, "Sumatera Barat", title)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bukittinggi"


def test_a_hall_of_a_hotel_named_with_its_province_only_gives_the_province() -> None:
    # "Balroom": the hall's common misspelling
    for hall in ("Ballroom", "Balroom"):
        text = (f"\"ASN harus menjaga jarak dari calon,\" kata Ketua Komisi di {hall} Hotel "
                "Kenanga Resort Bali, Jumat.")
        place = place_of(None, text)
        assert place is not None and place.region is None, hall
        assert place.province_name == "Bali", hall


@pytest.mark.parametrize(("text", "province"), [
    ("Ikrar itu dibacakan saat apel Selasa pagi (7/11) di halaman depan Gedung DPRD Sumbar.",
     "Sumatera Barat"),
    ("Pegawai berkumpul di halaman belakang Kantor Gubernur Kalbar untuk membaca ikrar netral.",
     "Kalimantan Barat"),
    ("Deklarasi netralitas digelar di halaman samping Gedung DPRD Jatim, Kamis (9/11).",
     "Jawa Timur"),
])
def test_a_yards_side_before_the_venues_name_keeps_the_venue(text, province):
    place = place_of(None, text)
    assert place is not None and place.province is not None and place.province[1] == province


def test_a_yards_side_alone_is_no_venue():
    assert place_of(None, "Apel netralitas digelar di halaman depan, Senin pagi.") is None
