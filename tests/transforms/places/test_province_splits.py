"""A province split off after the occasion is named as the province it was split from."""

from datetime import date

from transforms.places.splits import province_as_of


def test_papua_regency_before_the_2022_split_is_in_papua() -> None:
    assert province_as_of(("93", "Papua Selatan"), date(2020, 9, 1)) == ("91", "Papua")
    assert province_as_of(("94", "Papua Tengah"), date(2019, 4, 15)) == ("91", "Papua")
    assert province_as_of(("95", "Papua Pegunungan"), date(2022, 7, 24)) == ("91", "Papua")


def test_after_the_split_the_new_province_stays() -> None:
    assert province_as_of(("93", "Papua Selatan"), date(2024, 11, 2)) == ("93", "Papua Selatan")
    assert province_as_of(("95", "Papua Pegunungan"), date(2022, 7, 25)) == (
        "95", "Papua Pegunungan")


def test_papua_barat_daya_goes_back_to_papua_barat() -> None:
    assert province_as_of(("96", "Papua Barat Daya"), date(2020, 12, 9)) == ("92", "Papua Barat")
    assert province_as_of(("96", "Papua Barat Daya"), date(2023, 1, 5)) == (
        "96", "Papua Barat Daya")


def test_undated_or_unsplit_provinces_are_unchanged() -> None:
    assert province_as_of(("93", "Papua Selatan"), None) == ("93", "Papua Selatan")
    assert province_as_of(("13", "Sumatera Barat"), date(2015, 12, 9)) == ("13", "Sumatera Barat")
    assert province_as_of(None, date(2020, 1, 1)) is None


def test_kalimantan_utara_before_2012_was_kalimantan_timur() -> None:
    assert province_as_of(("65", "Kalimantan Utara"), date(2010, 6, 1)) == (
        "64", "Kalimantan Timur")
    assert province_as_of(("65", "Kalimantan Utara"), date(2020, 10, 15)) == (
        "65", "Kalimantan Utara")
