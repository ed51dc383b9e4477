"""A street address read after a venue, on invented sentences: the address written without a
comma before the street or after a second "di", and the address a province office's venue is
given elsewhere in the text (its city beats the province-level reading, which holds only for a
text naming no city for the venue)."""

import pytest

from transforms.places.addresses import venue_address
from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("Pj Gubernur Sulawesi Tengah Andi Rahman meminta ASN tidak berpihak saat rapat Senin (2/9) "
     "di Ruang Polibu Lantai 2, Kantor Gubernur Sulteng Jalan Sam Ratulangi Nomor 101 Palu.\n",
     "Kota Palu"),
    ("Apel netralitas ASN dipimpin Sekda di halaman Kantor Gubernur Sulawesi Tengah, di Jalan "
     "Sam Ratulangi Palu, Senin (2/9/2024).\n", "Kota Palu"),
])
def test_a_street_after_the_venue_without_a_comma_or_after_di(text: str, regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


@pytest.mark.parametrize(("text", "regency"), [
    ("Puluhan pemuda menggelar aksi di Kantor Gubernur Maluku Utara. Mereka meminta ASN netral "
     "dalam pilkada.\nAksi di Kantor Gubernur Maluku Utara, di Jalan Pahlawan Revolusi "
     "Ternate, Rabu, 6 November 2024, berlangsung tertib.\n", "Kota Ternate"),
])
def test_a_province_office_given_its_street_address_is_in_that_city(text: str,
                                                                     regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


@pytest.mark.parametrize("text", [
    "Aksi digelar di Kantor Gubernur Maluku Utara, Jalan Ternate, Rabu.",  # the street alone
    "Aksi digelar di Kantor Gubernur Maluku Utara, Jalan Sudirman 5 Palu, Rabu.",  # elsewhere
    "Aksi digelar di Kantor Gubernur Maluku Utara pada Rabu.",  # no address
])
def test_no_city_from_a_street_named_after_it_or_in_another_province(text: str) -> None:
    assert venue_address(text, "Kantor Gubernur Maluku Utara", "82") is None


@pytest.mark.parametrize(("text", "regency"), [
    # a hotel's hall written in two words, its street and quarter before the city closing its
    # address; the dateline names only the province
    ("Wartaku.id, Jakarta - ASN harus netral.\nHal ini ditegaskan dalam sosialisasi netralitas "
     "ASN yang digelar di ball room Hotel Arosa, Jalan Veteran, Bintaro, Jakarta Selatan, "
     "Jumat (15/12/2023).", "Kota Administrasi Jakarta Selatan"),
])
def test_a_city_closing_the_venues_address_after_its_street(text: str, regency: str) -> None:
    assert place_of(None, text).region.regency == regency
