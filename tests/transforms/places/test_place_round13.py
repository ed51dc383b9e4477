"""Round 13 of the place reader, on invented paragraphs: a name a city and a regency share,
datelined alone, in a lead that names the regency's body with its province as a locator; a
hotel chain written before "Hotel" and a city inside a building's name; the province's
election-body office with a city named only in a quote or a related headline."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    # "Provinsi Jawa Tengah" says where the regency lies: no province body leads the article
    ("Semarang (ANTARA) - Bawaslu Kabupaten Semarang, Provinsi Jawa Tengah, mengumpulkan para "
     "kepala desa untuk sosialisasi netralitas.", "Kabupaten Semarang"),
    ("Kupang (ANTARA) - Bawaslu Kabupaten Kupang, Provinsi Nusa Tenggara Timur, mengumpulkan "
     "para kepala desa untuk sosialisasi netralitas.", "Kabupaten Kupang"),
    ("Semarang (ANTARA) - Pemerintah Kabupaten Semarang, Provinsi Jawa Tengah, mengumpulkan "
     "para camat untuk sosialisasi netralitas ASN di Ungaran.", "Kabupaten Semarang"),
])
def test_a_province_named_after_the_regency_is_its_locator(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_province_body_before_the_regency_still_means_the_seat():
    text = ("Serang (ANTARA) - Bawaslu Provinsi Banten mencatat laporan pelanggaran netralitas "
            "ASN dari Kabupaten Serang dan Kabupaten Lebak.")
    assert place_of(None, text).region.regency == "Kota Serang"


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
