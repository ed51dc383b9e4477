"""A member's division written in lower case after the body's region: "anggota Bawaslu Agam
divisi hukum, Nama" (the capitalised "Divisi Hukum" was read already), the name after the
title or before it ("Nama, anggota KPU Agam bidang teknis, menjelaskan").

Near-misses: a lower-case "bidang" that is no division of the member ("bidang tugasnya"), and
a region followed by a clause rather than a division.
"""

from __future__ import annotations

import pytest

from tests.fixtures.official_checks import names, pairs

_CASES = [
    ("\"Pegawai wajib netral,\" ujar anggota Bawaslu Agam divisi hukum, Rini Astuti, di Lubuk"
     " Basung.", "Rini Astuti"),
    ("Sementara itu, Anggota Bawaslu Sumbar bidang pengawasan dan hubungan antarlembaga,"
     " Firdaus, menyebut ada lima laporan.", "Firdaus"),
    ("Menurut Anggota Badan Pengawas Pemilu (Bawaslu) Riau divisi penindakan, Hendra Jaya,"
     " laporan itu sudah diregistrasi.", "Hendra Jaya"),
    ("Rini Astuti, anggota Bawaslu Agam divisi pencegahan, mengatakan ASN dilarang ikut"
     " berkampanye.", "Rini Astuti"),
    ("Joko Santoso, anggota KPU Padang bidang teknis penyelenggaraan, menjelaskan tahapan"
     " pencalonan.", "Joko Santoso"),
]


@pytest.mark.parametrize(("text", "name"), _CASES)
def test_a_lower_case_division_after_the_region(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(("text", "want"), [
    # a division alone for its coordinator, its field in lower case
    ("Divisi hukum dan Penindakan Pelanggaran Bawaslu Provinsi Jateng, Rini Astuti mengatakan "
     "14 kepala desa ikut kampanye.",
     [("Divisi hukum dan Penindakan Pelanggaran Bawaslu", "Rini Astuti")]),
    ("Menurut Divisi hukum Bawaslu Agam, Rini Astuti, laporan sudah diregistrasi.",
     [("Divisi hukum Bawaslu", "Rini Astuti")]),
])
def test_a_division_alone_with_its_field_in_lower_case(text, want) -> None:
    assert pairs(text) == want


def test_the_division_joins_the_title() -> None:
    got = pairs("Kata anggota Bawaslu Agam divisi hukum, Rini Astuti, kepada wartawan.")
    assert ("Anggota Bawaslu divisi hukum", "Rini Astuti") in got


_NEAR = [
    # "bidang" of a duty, not a division: the member is read as before
    ("Anggota Bawaslu Agam Rini Astuti menjelaskan bidang tugasnya kepada peserta.",
     [("Anggota Bawaslu", "Rini Astuti")]),
    # a capitalised division keeps its reading
    ("Anggota KPU Kota Padang Divisi Sosialisasi, Dedi Saputra, membuka acara.",
     [("Anggota KPU Divisi Sosialisasi", "Dedi Saputra")]),
]


@pytest.mark.parametrize(("text", "want"), _NEAR)
def test_other_readings_do_not_change(text: str, want: list[tuple[str, str]]) -> None:
    assert pairs(text) == want
