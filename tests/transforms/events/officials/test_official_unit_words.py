"""Long unit titles read whole, on invented sentences: unit words of budgeting and leadership
communication, a long unit word with a letter doubled, a desk set up for an election; a unit's
head with its body after "pada" or, after a division word, "di"; and the heads of other bodies
listed after a comma, who are not part of the unit's title."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kepala Bagian Perencanaan dan Penganggaran Hendra Gunawan meminta ASN netral.",
     ("Kepala Bagian Perencanaan dan Penganggaran", "Hendra Gunawan")),
    ("Pakta dibacakan Kabag Administrasi dan Komunikasi Pimpinan, Yusnita Dewi.",
     ("Kabag Administrasi dan Komunikasi Pimpinan", "Yusnita Dewi")),
    ("Kasubbag Risalah dan Persidangan Arman Syah memandu rapat itu.",
     ("Kasubbag Risalah dan Persidangan", "Arman Syah")),
])
def test_a_unit_title_of_several_words_keeps_its_holder(text, expected):
    assert found(text) == [expected]


def test_a_long_unit_word_with_a_letter_doubled_stays_in_the_title():
    text = "Kepala Seksi Penangangan Pengaduan Marni Yusuf mengingatkan kepala desa."
    assert [name for _, name in found(text)] == ["Marni Yusuf"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Laporan dibacakan Ketua Desk Pilkada Solok, Rudi Kurniawan, di aula kantor bupati.",
     ("Ketua Desk Pilkada", "Rudi Kurniawan")),
    ("Sekretaris Desk Pemilu Kabupaten Tebo Yanti Mardiah menjelaskan tugas tim.",
     ("Sekretaris Desk Pemilu", "Yanti Mardiah")),
])
def test_an_election_desk_is_a_unit(text, expected):
    assert found(text) == [expected]


def test_the_heads_of_other_bodies_after_a_comma_are_no_part_of_the_title():
    text = "Tampak para Kepala OPD, Pimpinan Perbankan dan tokoh adat Kota Solok."
    assert found(text) == []


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Kepala Bidang Mutasi Promosi dan Penilaian Kinerja pada BKPSDM Padang Rahmat Hidayat "
     "menjelaskan, pihaknya belum menerima rekomendasi.",
     "Kepala Bidang Mutasi Promosi dan Penilaian Kinerja pada BKPSDM", "Rahmat Hidayat"),
    ("Kepala Bidang Pengembangan Karier pada BKD Kabupaten Agam, Rahmat Hidayat, mengatakan "
     "hal itu.", "Kepala Bidang Pengembangan Karier pada BKD", "Rahmat Hidayat"),
    ("Kepala Seksi Pengawasan pada Dinas Pendidikan Kota Solok Yuliana Putri mengingatkan guru.",
     "Kepala Seksi Pengawasan pada Dinas Pendidikan", "Yuliana Putri"),
    ("Kepala Subbagian Umum pada Sekretariat Bawaslu Kota Padang Rahmat Hidayat membuka acara.",
     "Kepala Subbagian Umum pada Sekretariat Bawaslu", "Rahmat Hidayat"),
    ("Rahmat Hidayat, Kepala Bidang Pengadaan pada BKPSDM Agam, mengatakan hal itu.",
     "Kepala Bidang Pengadaan pada BKPSDM", "Rahmat Hidayat"),
])
def test_a_units_head_with_its_body_after_pada(text, title, name):
    assert (title, name) in found(text), found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Kepala Seksi Pengadaan di Dinas Pendidikan Kota Solok, H Yuliana Putri belum menerima "
     "surat itu.", "Yuliana Putri"),
    ("Lalu, Kepala Bidang Mutasi, Promosi dan Kinerja di Badan Kepegawaian dan Diklat (BKD) "
     "Solok, H Rahmat Hidayat menjelaskan edaran telah dikirim ke tiap dinas.", "Rahmat Hidayat"),
])
def test_a_units_head_with_its_body_after_di(text, name):
    assert [n for _, n in found(text)] == [name]


def test_a_head_with_no_division_before_di_is_at_a_place():
    assert found("Kepala BKD Solok Rudi Hartawan di Dinas Pendidikan menyerahkan surat.") == [
        ("Kepala BKD", "Rudi Hartawan")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kepala Bidang Status Kepegawaian BKPSDM Merangin, Wati Sari menegaskan larangan itu.",
     ("Kepala Bidang Status Kepegawaian BKPSDM", "Wati Sari")),
    ("Kepala Disbud Sarolangun, Hendra Yusuf mengatakan pentas itu terbuka.",
     ("Kepala Disbud", "Hendra Yusuf")),
    ("Sekretaris Disbud Bungo Rudi Hartono hadir di panggung.",
     ("Sekretaris Disbud", "Rudi Hartono")),
    ("Bhabinsa Koramil 03/Tebo, Sertu Amri Yunus, ikut memantau.",
     ("Babinsa Koramil", "Amri Yunus")),
])
def test_a_culture_office_a_status_unit_and_the_army_post_spelt_with_h(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Babinsa Desa Lubuk, Serda Rudi Hartono hadir di lokasi.",
    "Danramil 05 Tebo diwakili oleh Bhabinsa Kelurahan Pasir, Sertu Rudi Hartono, serta camat.",
    "Babinsa Serda Rudi Hartono ikut berjaga di TPS.",
])
def test_the_village_army_post_needs_no_unit_before_its_village(text):
    assert found(text) == [("Babinsa", "Rudi Hartono")]
