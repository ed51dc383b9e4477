"""Places read off the twenty-sixth stop's corpora, on invented leads: a kecamatan named by its
kind, head or body and then its regency ("Panwascam X, Kabupaten Y") is no list of two regions,
so the regency holds the occasion even when the kecamatan shares a regency's name; a
regency's body opening the lead by its full name and its short form in brackets before the
name ("Badan Pengawas Pemilihan Umum (Bawaslu) Luwu") under another city's dateline;
Bengkulu Tengah's short form "Benteng", only with a prefix (a fort otherwise)."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize("kecamatan", [
    "Pengawas Pemilu Kecamatan (Panwascam) Karanganyar",
    "Panwascam Karanganyar",
    "Camat Karanganyar",
])
def test_a_kecamatan_then_its_regency(kecamatan: str) -> None:
    text = (f"Guna menjaga pilkada damai, {kecamatan}, Kabupaten Kebumen menggelar sosialisasi "
            "netralitas kepala desa, Rabu (23/10/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Kebumen"


def test_a_list_of_two_regencies_still_names_neither() -> None:
    text = "Bawaslu mencatat kasus ASN di Karanganyar, Kabupaten Kebumen dan Kabupaten Boyolali."
    place = place_of(None, text)
    assert place is None or place.region is None or place.region.regency != "Kabupaten Kebumen"


def test_a_regencys_body_by_its_full_name_and_bracketed_short_form() -> None:
    text = ("Makassar (ANTARA) - Badan Pengawas Pemilihan Umum (Bawaslu) Luwu, Sulawesi Selatan, "
            "mengingatkan seluruh ASN agar tidak terlibat politik praktis.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Luwu"


def test_benteng_with_a_prefix_is_bengkulu_tengah() -> None:
    place = place_of(None, "Bawaslu Kabupaten Benteng memanggil seorang kepala dinas, Senin.")
    assert place is not None and place.region is not None
    assert place.region.regency == "Kabupaten Bengkulu Tengah"


def test_a_fort_named_benteng_is_no_regency() -> None:
    place = place_of(None, "Wisatawan mengunjungi Benteng Marlborough di Kota Bengkulu, Senin.")
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bengkulu"
