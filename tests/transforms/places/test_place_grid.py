"""One case per failure family of the gazetteer coverage audit (bench/places_audit.py).

The audit runs every regency and city in the invented shapes outlets write; these cases keep
the general causes it found fixed (invented sentences, one per family), plus a few that it
shows already right, as guards.
"""

from __future__ import annotations

import pytest

from transforms.places.resolve import place_of

_LEAD = "Pemerintah daerah setempat menggelar sosialisasi netralitas ASN, Senin (7/10/2024)."


@pytest.mark.parametrize(("text", "regency", "province"), [
    # a hyphen inside a dateline's name: "Pare" alone is a kecamatan of another regency
    (f"PARE-PARE, Warta - {_LEAD}", "Kota Parepare", "Sulawesi Selatan"),
    (f"Pare-Pare (ANTARA) - {_LEAD}", "Kota Parepare", "Sulawesi Selatan"),
    (f"BAU-BAU, Warta - {_LEAD}", "Kota Baubau", "Sulawesi Tenggara"),
    # a hyphen that ends the head before the story is still the end
    ("KENDARI-Pemkot Kendari menggelar sosialisasi netralitas ASN.", "Kota Kendari",
     "Sulawesi Tenggara"),
    # a deputy mayor's short title names the city ("Wawali Malang", a bare word otherwise)
    ("Wawali Malang Budi Santosa membuka sosialisasi netralitas ASN di Aula Serbaguna.",
     "Kota Malang", "Jawa Timur"),
    ("Wakil Wali Kota Serang Budi Santosa membuka sosialisasi netralitas ASN di aula.",
     "Kota Serang", "Banten"),
    # everyday names of a province after its government's body: province level
    ("Pemprov Jogja menggelar sosialisasi netralitas ASN di Kantor Gubernur.", None,
     "Daerah Istimewa Yogyakarta"),
    ("Pemprov Kepulauan Babel menggelar sosialisasi netralitas ASN di Kantor Gubernur.", None,
     "Kepulauan Bangka Belitung"),
    # ... while the same name alone in a dateline is the city
    (f"JOGJA, Warta - {_LEAD}", "Kota Yogyakarta", "Daerah Istimewa Yogyakarta"),
    # short forms of a regency's name in everyday use, after its body
    ("Pemkab Tanjab Barat menggelar sosialisasi netralitas ASN di Aula Serbaguna.",
     "Kabupaten Tanjung Jabung Barat", "Jambi"),
    ("Pemkot Tikep menggelar sosialisasi netralitas ASN di Aula Serbaguna.",
     "Kota Tidore Kepulauan", "Maluku Utara"),
    # after "Camat"/"Kecamatan" a region's name is a kecamatan of another regency
    ("Sosialisasi netralitas ASN digelar di Kantor Camat Binjai, Senin (7/10/2024).",
     "Kabupaten Langkat", "Sumatera Utara"),
    ("Sosialisasi netralitas ASN digelar di Kantor Camat Payakumbuh, Senin (7/10/2024).",
     "Kabupaten Lima Puluh Kota", "Sumatera Barat"),
    # ... but not the first word of a longer kecamatan name, nor a name with its kind
    ("Camat Padang Utara Budi membuka sosialisasi netralitas ASN di aula, Senin (7/10/2024).",
     "Kota Padang", "Sumatera Barat"),
    ("Wali kota mengumpulkan para Camat Kota Padang di Balai Kota, Senin (7/10/2024).",
     "Kota Padang", "Sumatera Barat"),
    # ... a kecamatan of the region itself keeps it (Kecamatan Lubuk Basung, in Agam)
    ("Sosialisasi netralitas ASN digelar di Kantor Camat Lubuk Basung, Senin (7/10/2024).",
     "Kabupaten Agam", "Sumatera Barat"),
    # guards the audit shows right: a dropped "Kepulauan", "Kab.", a datelined other city
    ("Sosialisasi digelar di Aula Serbaguna, Kab. Mentawai, Senin (7/10/2024).",
     "Kabupaten Kepulauan Mentawai", "Sumatera Barat"),
    ("MEDAN (ANTARA) - Sosialisasi digelar di Aula Serbaguna, Kabupaten Labuhan Batu, Senin "
     "(7/10/2024).", "Kabupaten Labuhanbatu", "Sumatera Utara"),
])
def test_place_grid(text: str, regency: str | None, province: str) -> None:
    place = place_of(None, text)
    assert place is not None
    assert (place.region.regency if place.region else None) == regency
    assert place.province_name == province
