"""Round 11 of the officials' lexicon and shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials


def pairs(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.title, o.name) for o in officials(text, title) if o.name]


def names(text: str, title: str = "") -> list[str]:
    return [name for _, name in pairs(text, title)]


@pytest.mark.parametrize("text, name", [
    # a verbal noun opening the sentence is no part of the name before "sebagai"/"selaku"
    ("Penetapan Hendra Gunawan sebagai Pj Bupati Tanah Datar disambut baik.", "Hendra Gunawan"),
    ("Pelantikan Siti Aminah sebagai Pj Wali Kota Bukittinggi berlangsung khidmat.",
     "Siti Aminah"),
    ("Penunjukan Rudi Hartono selaku Plt Sekda Kabupaten Pasaman sudah final.", "Rudi Hartono"),
    ("Kehadiran Dedi Kurnia selaku Kepala BKPSDM Agam disambut para camat.", "Dedi Kurnia"),
])
def test_verbal_noun_before_name(text: str, name: str) -> None:
    assert names(text) == [name]


def test_given_name_of_verbal_noun_shape_kept() -> None:
    text = "Persadaan Harahap selaku Kepala BKD Kota Medan mengingatkan ASN agar netral."
    assert names(text) == ["Persadaan Harahap"]


@pytest.mark.parametrize("text, name", [
    # "Devisi": a common slip for "Divisi", at the head and inside a coordinator's title
    ("Hal itu disampaikan Koordinator Devisi Hukum Bawaslu Jateng, Rina Wulandari, kemarin.",
     "Rina Wulandari"),
    ("Anggota merangkap Koordinator Devisi Penanganan Pelanggaran Bawaslu Kabupaten Sukamaju, "
     "Hendra Gunawan mengatakan kasus itu diproses.", "Hendra Gunawan"),
])
def test_division_slip(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # an election body spelled out, its acronym in parentheses, for its official
    ("Badan Pengawas Pemilihan Umum (Bawaslu) RI Nurul Hidayah mengatakan pelanggaran naik.",
     "Nurul Hidayah"),
    ("Badan Pengawas Pemilu Kabupaten Solok, Yudi Pratama, menjelaskan aturan kampanye.",
     "Yudi Pratama"),
    ("Komisi Pemilihan Umum (KPU) Kota Padang Andi Saputra menyampaikan jadwal tahapan.",
     "Andi Saputra"),
    # a body's name spelled out in lower case before its acronym
    ("Ketua panitia pengawas pemilihan umum (Panwaslu) Kabupaten Serang, Eko Prasetyo "
     "mengatakan belum ada laporan.", "Eko Prasetyo"),
    ("Menurut kepala badan kepegawaian daerah (BKD) Kota Mekarjaya, Rahmi Yuliani, ASN wajib "
     "netral.", "Rahmi Yuliani"),
])
def test_spelled_out_bodies(text: str, name: str) -> None:
    assert names(text) == [name]


def test_spelled_out_in_lower_case_takes_the_acronym() -> None:
    text = ("Ketua panitia pengawas pemilu (Panwaslu) Kabupaten Serang, Eko Prasetyo, "
            "mengatakan itu.")
    assert pairs(text) == [("Ketua Panwaslu", "Eko Prasetyo")]


@pytest.mark.parametrize("text, expected", [
    # two office heads sharing one office, their names in the same order
    ("Senam itu diikuti Kepala dan Sekretaris Dinas Pendidikan, Yusuf Hamdani dan Lina Marlina, "
     "serta staf.", [("Kepala Dinas Pendidikan", "Yusuf Hamdani"),
                     ("Sekretaris Dinas Pendidikan", "Lina Marlina")]),
    ("Hadir Ketua dan Anggota Bawaslu Agam, Rahmat Hidayat dan Siti Rahma.",
     [("Ketua Bawaslu", "Rahmat Hidayat"), ("Anggota Bawaslu", "Siti Rahma")]),
    # a members' list of three stays a list
    ("Hadir para Anggota Bawaslu Agam, Rahmat Hidayat, Dedi Putra dan Siti Rahma.",
     [("Anggota Bawaslu", "Rahmat Hidayat"), ("Anggota Bawaslu", "Dedi Putra"),
      ("Anggota Bawaslu", "Siti Rahma")]),
    # regional heads paired as before
    ("Acara dibuka Bupati dan Wakil Bupati Agam, Andri Warman dan Irwan Fikri.",
     [("Bupati", "Andri Warman"), ("Wakil Bupati", "Irwan Fikri")]),
])
def test_paired_heads(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize("title", [
    # a headline's passive verb after a village head is no name
    "Bawaslu Ungkap Belasan Kades Diproses karena Tak Netral",
    "Camat Dicopot Usai Hadiri Kampanye Paslon",
    "Lurah Dipanggil Bawaslu soal Dukungan ke Calon",
])
def test_headline_passive_no_name(title: str) -> None:
    body = "Bawaslu menyebut kasus itu ditangani sesuai aturan yang berlaku."
    assert names(body, title) == []


def test_village_after_di_daerah_is_no_name() -> None:
    title = "Tak Netral, Kades Sukorejo Bakal Diadili"
    body = ("Salah seorang kepala desa di daerah Sukorejo Kabupaten Kendal bakal diadili. "
            "Ketua Bawaslu Kendal, Ahmad Fauzi, mengatakan kasus itu dilimpahkan.")
    assert names(body, title) == ["Ahmad Fauzi"]


@pytest.mark.parametrize("text, name", [
    # a long office word mistyped by one letter stays an office word, not a name
    ("Ia diterima Kepala Bagian Kesekretaritan Bawaslu Agam, Rahmat Hidayat, kemarin.",
     "Rahmat Hidayat"),
    ("Hadir Kepala Kanwil Kementrian Agama Provinsi Jambi, Syamsul Bahri, dalam apel itu.",
     "Syamsul Bahri"),
    ("Ketua Panitia Penyelenggaran Pemilu Kecamatan, Dodi Saputra, membuka rapat itu.",
     "Dodi Saputra"),
])
def test_office_word_slips(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    # a civil-service grade is no one's post; a suspect's label and a verb are no name
    ("Kami mengingatkan para Camat, Lurah, Pejabat Administrator, serta Pejabat Pimpinan Tinggi "
     "Pratama."),
    "Baca: Camat Sukajadi Tersangka Pidana Pemilu, Ini Kata Bawaslu",
])
def test_no_one_named(text: str) -> None:
    assert names(text) == []


def test_headline_verb_after_name() -> None:
    title = "Jelang Pilkada, Sekda Agam Meminta ASN Jaga Netralitas"
    body = "Sekda Agam Rahmat Hidayat mengingatkan ASN agar netral dalam Pilkada."
    assert names(body, title) == ["Rahmat Hidayat"]


@pytest.mark.parametrize("text, name", [
    # a division written in lower case, joined by "dan", its acronym in parentheses
    ("Rina Sari, koordinator divisi penanganan pelanggaran dan penyelesaian sengketa Bawaslu "
     "Kota Mekarjaya, mengatakan kasus itu diproses.", "Rina Sari"),
    ("Rina Sari, koordinator divisi penanganan pelanggaran (P3S) Bawaslu Kota Mekarjaya, "
     "mengatakan kasus itu diproses.", "Rina Sari"),
    # "Kodip": the coordinator of a division, its v written p
    ('"Kami tangani," ujar Kodip Penindakan Bawaslu Provinsi Sukamaju, I Made Suarta, Kamis.',
     "I Made Suarta"),
])
def test_lower_case_division(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, expected", [
    # the anti-corruption commission spelled out, its name mistyped by one letter too
    ("Hadir Wakil Ketua Komisi Pemberantasan Korupsi (KPK) Rudi Hartono di Medan.",
     [("Wakil Ketua KPK", "Rudi Hartono")]),
    ("Hadir Wakil Ketua Komisi Pemerantasan Korupsi (KPK) Rudi Hartono di Medan.",
     [("Wakil Ketua KPK", "Rudi Hartono")]),
    # a national body has no regency branch: a regency's name after it opens the name
    ('"Itu," ujar Kepala BKN Bima Sakti Wibowo kepada wartawan. Bima mendesak PPK bertindak.',
     [("Kepala BKN", "Bima Sakti Wibowo")]),
    # a dinas's secretary in one word
    ("Sosialisasi dipandu Sekdisdikpora Kabupaten Buleleng, I Made Sudira, S.Pd.",
     [("Sekretaris Dinas", "I Made Sudira")]),
    ("Sekdinkes Agam Rahmat Hidayat mengatakan puskesmas tetap buka.",
     [("Sekretaris Dinas", "Rahmat Hidayat")]),
])
def test_round11_lexicon(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
