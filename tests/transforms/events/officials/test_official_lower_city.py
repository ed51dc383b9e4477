"""A city marker written in lower case inside a title: "Ketua Bawaslu kota Solok, Nama".

"kabupaten", "provinsi" and "kecamatan" in lower case were read as region markers already;
"kota" was not, so the region's word after it ended the title and no name was read. The marker
is taken only when a capitalised word follows it, and the name after the region is read as it
is after "Kota".

Near-misses: "kota" before a lower-case word ("di kota itu"), a resident of a city (no title),
and a capitalised "Kota" after a district's name ("Kapolres Bukittinggi Kota AKBP ...").
"""

from __future__ import annotations

import pytest

from tests.fixtures.official_checks import names, pairs

_CASES = [
    ("\"Ada empat laporan yang kami periksa,\" ujar Komisioner Bawaslu kota Bukittinggi Rudi"
     " Hartono.", "Rudi Hartono"),
    ("Menurut keterangan ketua Bawaslu kota Payakumbuh, Siti Rahmawati, deklarasi itu digagas"
     " pengawas.", "Siti Rahmawati"),
    ("Anggota KPU kota Pariaman Dedi Saputra menegaskan pegawai dilarang memakai atribut"
     " partai.", "Dedi Saputra"),
    ("Pegawai diminta netral. Hal itu ditegaskan Kepala BKPSDM kota Sawahlunto, Yuni Kartika,"
     " dalam apel pagi.", "Yuni Kartika"),
    ("Sekretaris Bawaslu kota Solok (Bawaslu Solok), Andi Pratama, membuka rapat evaluasi.",
     "Andi Pratama"),
]


@pytest.mark.parametrize(("text", "name"), _CASES)
def test_a_lower_case_city_marker_in_a_title(text: str, name: str) -> None:
    assert name in names(text)


def test_the_region_stays_out_of_the_name() -> None:
    got = pairs("Kata ketua Bawaslu kota Padang Panjang, Hendra Wijaya, kepada wartawan.")
    assert got == [("Ketua Bawaslu", "Hendra Wijaya")]


_NEAR = [
    # "kota" before a lower-case word names no region; the title has no name
    ("Ketua Bawaslu kota itu mengatakan pengawasan diperketat.", []),
    # a resident, not a title
    ("Warga kota Padang Rahmat Hidayat mengaku melihat spanduk itu.", []),
    # a capitalised district suffix keeps its reading
    ("Kapolres Bukittinggi Kota AKBP Yusuf Hamdani memimpin apel.",
     [("Kapolres", "Yusuf Hamdani")]),
]


@pytest.mark.parametrize(("text", "want"), _NEAR)
def test_other_readings_do_not_change(text: str, want: list[tuple[str, str]]) -> None:
    names_got = [(t, n) for t, n in pairs(text) if n]
    assert names_got == want
