"""A division named by two fields joined by "dan", then a comma and its holder: "Kepala Bidang
Monitoring dan Evaluasi, Nama", "Kepala Bidang Pemerintahan Desa dan Kelurahan, Nama".

A field word the lexicon lacks ("Monitoring") was read as the name, and a kind of village
("Desa", "Kelurahan", "Gampong") as a place that closed the title, so the holder was lost.
Both fields are read as the division's name when a division word ("Bidang", "Divisi") is in
the title, one field word is an office word or a kind of village, and a comma and a capital
follow (after the body's short form, if written).

Near-misses: two persons joined by "dan" after a bare "Bidang", two holders each with a head,
a division run that ends in a body and its region (read as before), and a division without
the comma.
"""

from __future__ import annotations

import pytest

from tests.fixtures.official_checks import names, pairs

_CASES = [
    ("Apel itu dipimpin Kepala Bidang Pemerintahan Desa dan Kelurahan, Rudi Hartono, di"
     " halaman kantor dinas.", "Rudi Hartono"),
    ("\"Laporan itu kami telaah dulu,\" ujar Komisioner bidang Monitoring dan Pelaporan KASN,"
     " Maria Ulfa, ketika dihubungi.", "Maria Ulfa"),
    ("Menurut Kepala Bidang Pemerintahan Nagari dan Jorong, Yusnita, pegawai nagari juga"
     " terikat aturan netralitas.", "Yusnita"),
    ("Kabid Monitoring dan Pelaporan, Fikri Ramadhan, menyebut tiga aduan sudah ditelusuri.",
     "Fikri Ramadhan"),
    ("Sosialisasi dibuka Kepala Bidang Pembinaan Gampong dan Mukim, Teuku Ridwan, pada Senin"
     " pagi.", "Teuku Ridwan"),
]


@pytest.mark.parametrize(("text", "name"), _CASES)
def test_a_division_of_two_fields_before_its_holder(text: str, name: str) -> None:
    assert name in names(text)


def test_the_fields_stay_in_the_title() -> None:
    got = pairs("Kepala Bidang Monitoring dan Evaluasi, Rudi Hartono, membuka rapat.")
    assert got == [("Kepala Bidang Monitoring dan Evaluasi", "Rudi Hartono")]


_NEAR = [
    # two persons after a bare division word: the first is still the holder
    ("Kepala Bidang Rudi Hartono dan Ani Wijaya, Kasubbag Umum, hadir di sana.",
     [("Kepala Bidang", "Rudi Hartono"), ("Kasubbag Umum", "Ani Wijaya")]),
    # two holders joined by "dan", the second with its own head: both kept
    ("Hadir Kabid Mutasi Rudi dan Kabid Umum, Ani Wijaya, di aula.",
     [("Kabid Mutasi", "Rudi"), ("Kabid Umum", "Ani Wijaya")]),
    # a division run that ends in a body and its region keeps its reading
    ("Koordinator Divisi Teknis dan Humas KPU Agam, Dedi Saputra, ikut hadir.",
     [("Koordinator Divisi Teknis dan Humas KPU", "Dedi Saputra")]),
    # no comma after the fields: nothing new is read
    ("Kepala Bidang Pemerintahan Desa dan Kelurahan Rudi Hartono membuka acara.", []),
]


@pytest.mark.parametrize(("text", "want"), _NEAR)
def test_other_readings_do_not_change(text: str, want: list[tuple[str, str]]) -> None:
    assert [(t, n) for t, n in pairs(text) if n] == want
