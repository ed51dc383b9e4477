"""A verdict or trial is held at the court, in the town the court is named by
(transforms/places/courts.py), ahead of a bureau's dateline. Invented sentences."""

import pytest

from transforms.places.resolve import place_of


@pytest.mark.parametrize(("text", "regency"), [
    ("PADANG, KOMPAS - Majelis hakim Pengadilan Negeri Lubuk Basung memvonis seorang wali "
     "nagari dengan hukuman enam bulan penjara karena berkampanye untuk calon bupati.",
     "Kabupaten Agam"),
    ("Pekanbaru (ANTARA) - PN Bangkinang menjatuhkan pidana tiga bulan kepada seorang kepala "
     "desa yang terbukti mengajak warga memilih calon tertentu.", "Kabupaten Kampar"),
    ("MEDAN - Sidang putusan perkara kepala desa yang tidak netral digelar Pengadilan Negeri "
     "Kisaran, Senin.", "Kabupaten Asahan"),
    # a capital in its local spelling ("Taluk" for "Teluk")
    ("PEKANBARU - Pengadilan Negeri Taluk Kuantan memvonis seorang kepala desa yang "
     "berkampanye untuk calon bupati.", "Kabupaten Kuantan Singingi"),
])
def test_a_verdict_is_placed_at_its_court(text, regency):
    assert place_of(None, text).region.regency == regency


@pytest.mark.parametrize(("text", "regency"), [
    # the village is in another regency than the court's town
    ("Kepala Desa Sukamaju, Kecamatan Gerung, Lombok Barat, divonis tiga bulan penjara. Majelis "
     "hakim Pengadilan Negeri (PN) Mataram menyatakan terdakwa terbukti berkampanye.",
     "Kota Mataram"),
    ("Seorang kades di Kabupaten Pasaman divonis bersalah oleh PN Kelas II Lubuk Sikaping "
     "karena mengajak warga memilih calon tertentu.", "Kabupaten Pasaman"),
    ("Camat Kuranji dijatuhi hukuman percobaan oleh Pengadilan Negeri Kelas IA Padang dalam "
     "sidang putusan, Kamis.", "Kota Padang"),
])
def test_a_court_written_with_its_short_form_or_class(text, regency):
    assert place_of(None, text).region.regency == regency


def test_a_court_named_without_a_trial_does_not_move_the_place():
    text = ("PADANG - Bawaslu Sumbar menggelar sosialisasi netralitas ASN yang juga dihadiri "
            "perwakilan Pengadilan Negeri Lubuk Basung.")
    assert place_of(None, text).region.regency == "Kota Padang"
