"""Seats named alike in two provinces (``SHARED_CAPITALS``): a bare name is its first regency,
a province hint or a text naming the other regency (and never the first) is the other.
Invented sentences."""

import csv
import io
from importlib import resources

import pytest

from transforms.places.regency_capitals import REGENCY_CAPITALS, SHARED_CAPITALS
from transforms.places.regions import region_data, resolve_region
from transforms.places.resolve import place_of

# (seat, its first regency, how a text names it, its other regency, how a text names it,
#  the other's province)
SEATS = [
    ("Martapura", "Kabupaten Banjar", "Kabupaten Banjar",
     "Kabupaten Ogan Komering Ulu Timur", "Kabupaten OKU Timur", "Sumatera Selatan"),
    ("Sukadana", "Kabupaten Kayong Utara", "Kabupaten Kayong Utara",
     "Kabupaten Lampung Timur", "Kabupaten Lampung Timur", "Lampung"),
    ("Parigi", "Kabupaten Parigi Moutong", "Kabupaten Parigi Moutong",
     "Kabupaten Pangandaran", "Kabupaten Pangandaran", "Jawa Barat"),
]


def _regency(text: str) -> str | None:
    place = place_of(None, text)
    return place.region.regency if place is not None and place.region is not None else None


def test_every_shared_seat_starts_with_its_capitals_entry_and_names_real_regencies() -> None:
    text = resources.files("transforms.places.data").joinpath("regencies.csv").read_text(
        encoding="utf-8")
    rows = {row["name"]: row for row in csv.DictReader(io.StringIO(text))}
    for seat, regencies in SHARED_CAPITALS.items():
        assert regencies[0] == REGENCY_CAPITALS[seat], seat
        assert len(regencies) == len(set(regencies)) >= 2, seat
        assert all(name in rows for name in regencies), seat
        provinces = [rows[name]["province_code"] for name in regencies]
        assert len(set(provinces)) == len(provinces), seat  # named alike in two provinces


def test_a_tie_falls_to_the_first_listed_which_for_official_names_is_the_lowest_code() -> None:
    # regions.py breaks a tie by the order a key lists its regions: the official names must be
    # indexed in code order, so "Banjar" stays the kota and a shared seat its first regency.
    for codes in region_data().official.values():
        assert list(codes) == sorted(codes), codes


def test_the_tables_seats_are_the_ones_tested() -> None:
    assert {seat for seat, *_ in SEATS} == set(SHARED_CAPITALS)


@pytest.mark.parametrize(("seat", "first", "first_named", "other", "other_named", "province"),
                         SEATS)
def test_a_statement_at_the_seat_is_the_regency_the_text_names(
        seat, first, first_named, other, other_named, province) -> None:
    said = (f'"Kami minta ASN di {other_named} menjaga netralitas," tegas Pj Bupati Rudi '
            f"Hartono di {seat}, Senin.")
    assert _regency(said) == other
    bare = f'"ASN wajib netral," tegas Pj Bupati Rudi Hartono di {seat}, Senin.'
    assert _regency(bare) == first
    own = (f'"Kami minta ASN di {first_named} menjaga netralitas," tegas Pj Bupati Rudi '
           f"Hartono di {seat}, Senin.")
    assert _regency(own) == first


@pytest.mark.parametrize(("seat", "first", "first_named", "other", "other_named", "province"),
                         SEATS)
def test_a_dateline_at_the_seat_is_the_regency_the_text_names(
        seat, first, first_named, other, other_named, province) -> None:
    lead = f"{seat.upper()} (ANTARA) - Sebanyak 12 ASN dilaporkan ke Bawaslu karena "
    assert _regency(lead + f"hadir di kampanye calon bupati {other_named}.") == other
    assert _regency(lead + "hadir di kampanye calon bupati.") == first
    assert _regency(lead + f"hadir di kampanye calon bupati {first_named}.") == first


@pytest.mark.parametrize(("seat", "first", "first_named", "other", "other_named", "province"),
                         SEATS)
def test_a_province_hint_picks_the_other_seat(
        seat, first, first_named, other, other_named, province) -> None:
    assert resolve_region(seat).regency == first
    assert resolve_region(seat, province).regency == other
    assert resolve_region(seat, "Sulawesi Utara").regency == first  # no seat there: a tie kept


def test_near_misses_keep_the_tables_regency() -> None:
    # Both regencies named: nothing says the seat is the other's.
    both = ('"ASN di Kabupaten Banjar dan Kabupaten OKU Timur wajib netral," kata Rudi di '
            "Martapura, Senin.")
    assert _regency(both) == "Kabupaten Banjar"
    # A longer name holding a seat's name is its own regency, not the seat.
    longer = ("Bawaslu Kabupaten Parigi Moutong belajar pengawasan ASN dari Kabupaten "
              "Pangandaran, kata Rudi di Parigi Moutong, Selasa.")
    assert _regency(longer) == "Kabupaten Parigi Moutong"
    # The seat's name inside another word is no seat.
    word = ('"ASN wajib netral," kata Rudi di Sukadanaraya, Rabu, usai rapat di Kabupaten '
            "Lampung Timur.")
    assert _regency(word) != "Kabupaten Kayong Utara"
