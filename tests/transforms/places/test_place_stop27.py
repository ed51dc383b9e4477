"""Places read off the twenty-seventh stop's corpora, on invented leads: a name a city and a
regency share, under a dateline of that name, in a lead a province body names: the regency's
government named by its full name with its short form in brackets ("Pemerintah Kabupaten
(Pemkab) X") is the kind that keeps the regency, as "Kabupaten X" did, rather than the
province's seat; a place told with a month gone by ("di Bogor akhir Mei 2024 lalu") is an
earlier occasion's, not where the reported one was held."""

import pytest

from transforms.places.resolve import place_of

SEMARANG = ("SEMARANG, Warta.id - {} telah menerima surat rekomendasi sanksi dari Badan Pengawas "
            "Pemilu (Bawaslu) Jawa Tengah untuk seorang kepala desa yang tidak netral.")
DEPOK = ("DEPOK, Warta.id - Bawaslu Depok menerima aduan soal ASN yang menghadiri deklarasi "
         "dukungan bakal calon wali kota.\nDeklarasi itu digelar di Bogor, Jawa Barat, {}.")

PLACES = [  # (text, the regency of the place)
    # the regency's government by its short form keeps its kind
    (SEMARANG.format("Pemerintah Kabupaten (Pemkab) Semarang"), "Kabupaten Semarang"),
    (SEMARANG.format("Pemkab Semarang"), "Kabupaten Semarang"),
    (SEMARANG.format("Pemerintah Kota (Pemkot) Semarang"), "Kota Semarang"),
    # a month told as past: an earlier occasion's place
    (DEPOK.format("akhir Mei 2024 lalu"), "Kota Depok"),
    (DEPOK.format("Mei lalu"), "Kota Depok"),
    (DEPOK.format("pada Selasa (11/6/2024)"), "Kota Bogor"),  # (limit) the occasion's own day
    (DEPOK.format("pada Selasa, 28 Mei lalu"), "Kota Bogor"),  # (review) a day with it
    # (review) a month gone by in the lead is the occasion's
    ("PADANG, Warta.id - Ratusan ASN mengikuti ikrar netralitas yang digelar di Bukittinggi "
     "akhir Mei lalu.", "Kota Bukittinggi"),
]


@pytest.mark.parametrize(("text", "regency"), PLACES)
def test_the_place_of_the_twenty_seventh_stops_cases(text: str, regency: str) -> None:
    place = place_of(None, text)
    assert place is not None and place.region is not None
    assert place.region.regency == regency
