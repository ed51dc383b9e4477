"""Places read off the twenty-seventh stop's corpora, on invented leads: a name a city and a
regency share, under a dateline of that name, in a lead a province body names: the regency's
government named by its full name with its short form in brackets ("Pemerintah Kabupaten
(Pemkab) X") is the kind that keeps the regency, as "Kabupaten X" did, rather than the
province's seat; a place told with a month gone by ("di Bogor akhir Mei 2024 lalu") is an
earlier occasion's, not where the reported one was held."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize(("named", "regency"), [
    ("Pemerintah Kabupaten (Pemkab) Semarang", "Kabupaten Semarang"),
    ("Pemkab Semarang", "Kabupaten Semarang"),
    ("Pemerintah Kota (Pemkot) Semarang", "Kota Semarang"),
])
def test_the_regencys_government_by_its_short_form_keeps_its_kind(named: str,
                                                                  regency: str) -> None:
    text = (f"SEMARANG, Warta.id - {named} telah menerima surat rekomendasi sanksi dari Badan "
            "Pengawas Pemilu (Bawaslu) Jawa Tengah untuk seorang kepala desa yang tidak netral.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


@pytest.mark.parametrize(("told", "regency"), [
    ("akhir Mei 2024 lalu", "Kota Depok"),  # a month told as past: an earlier occasion's place
    ("Mei lalu", "Kota Depok"),
    ("pada Selasa (11/6/2024)", "Kota Bogor"),  # (limit) the occasion's own day
    ("pada Selasa, 28 Mei lalu", "Kota Bogor"),  # (review) a day with it: the occasion's own
])
def test_a_place_told_with_a_month_gone_by(told: str, regency: str) -> None:
    text = ("DEPOK, Warta.id - Bawaslu Depok menerima aduan soal ASN yang menghadiri deklarasi "
            f"dukungan bakal calon wali kota.\nDeklarasi itu digelar di Bogor, Jawa Barat, {told}.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency


def test_review_a_month_gone_by_in_the_lead_is_the_occasions() -> None:
    text = ("PADANG, Warta.id - Ratusan ASN mengikuti ikrar netralitas yang digelar di Bukittinggi "
            "akhir Mei lalu.")
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == "Kota Bukittinggi"
