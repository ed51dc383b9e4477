"""Resource persons named by the body they come from, with no post, on invented sentences: a
name (with a rank or degrees) before "dari <body>" near a resource-person word, or before
"perwakilan dari <body>"; a name before "dari" with no such word, or before no body, is no
official."""

from __future__ import annotations

import pytest
from official_checks import found, names


@pytest.mark.parametrize(("text", "expected"), [
    ("Dua pemateri dihadirkan, yakni Wulan Sari, S.Sos dari Dinas Sosial Kabupaten Agam, "
     "dan Ipda Rizal Fahmi, S.H., M.H. dari Polres Agam.", ["Wulan Sari", "Rizal Fahmi"]),
    ("Kemudian, Gilang Pratama dari Pengadilan Negeri Agam sebagai pembicara ketiga memaparkan "
     "sanksi pidana.", ["Gilang Pratama"]),
    ("Aiptu Koman Sadewa, perwakilan dari Kodim Agam, menyampaikan materi keamanan.",
     ["Koman Sadewa"]),
])
def test_a_speaker_named_by_their_body(text, expected):
    assert names(text) == expected


def test_a_one_mistyped_for_the_initial_after_a_rank():
    assert names("Materi diberikan narasumber Iptu 1 Ketut Arsana, S.H. dari Polres Agam.") == [
        "I Ketut Arsana"]


def test_the_body_goes_into_the_title():
    assert found("Hadir sebagai narasumber Dewa Putra dari polres Agam.") == [
        ("Narasumber Polres", "Dewa Putra")]


@pytest.mark.parametrize("text", [
    "Warga bernama Tono Sugiharto dari Dinas Sosial Agam datang mendaftar.",  # no cue
    "Narasumber Tono Sugiharto dari Sungai Limau menjelaskan arti pemilu.",  # a place, no body
    "Narasumber dari Bawaslu Agam menyampaikan materi pengawasan.",  # a body, no name
])
def test_no_resource_person(text):
    assert names(text) == []


def test_a_titled_speaker_is_not_read_twice():
    assert found("Narasumber Kepala Dinas Sosial Agam Wulan Sari dari Dinas Sosial hadir.") \
        == [("Kepala Dinas Sosial", "Wulan Sari")]


@pytest.mark.parametrize(("text", "expected"), [
    # a functional post in lower case between the name and "dari <body>"
    ("Sari Anggraini, seorang analis kebijakan ahli muda dari Kantor Regional BKN, menjadi "
     "narasumber pada bimtek itu.", ["Sari Anggraini"]),
    ("Pemateri kedua, Hendri Gunawan, salah seorang auditor ahli pertama dari Inspektorat "
     "Kabupaten Solok, membahas disiplin pegawai.", ["Hendri Gunawan"]),
    ("Narasumber lainnya Yeni Puspita, penyuluh hukum ahli madya dari Kanwil Kemenkumham, "
     "mengulas sanksi.", ["Yeni Puspita"]),
    # no post of the civil service: anyone
    ("Bonar, seorang warga dari Desa Sukamaju, menjadi narasumber diskusi.", []),
])
def test_a_speaker_with_a_functional_post_before_their_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sementara itu narasumber perwakilan dari BKD Tebo, Wati Sari, memaparkan aturan.",
     ("Perwakilan BKD", "Wati Sari")),
    ("Hadir pula perwakilan dari Kejari Bungo, Amri Yunus.", ("Perwakilan Kejari", "Amri Yunus")),
    ("Narasumber dari Inspektorat Merangin, Hendra Lubis menjelaskan sanksi.",
     ("Narasumber Inspektorat", "Hendra Lubis")),
])
def test_a_speaker_named_after_the_body_they_represent(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Perwakilan dari warga Tebo, Amri Yunus, hadir.",
    "Ia datang sebagai perwakilan dari Bawaslu, Kota Jambi, dan Tebo.",
])
def test_no_speaker_after_a_place_or_a_list_of_bodies(text):
    assert found(text) == []


# The body written behind the short form of its head's post ("dari Kaban Kesbangpol Agam"):
# the speaker still comes from that body; with no resource-person word nothing is read.
@pytest.mark.parametrize(("text", "expected"), [
    ("Narasumber kegiatan, Hendra Jaya dari Kaban Kesbangpol Agam, memaparkan materi.",
     ["Hendra Jaya"]),
    ("Pemateri hari itu Sari Dewi dari Kadis Kominfo Kabupaten Solok dan Andi Lubis dari BKD"
     " Solok.", ["Sari Dewi", "Andi Lubis"]),
    ("Kemudian Joni Arman, S.H. dari Kabag Hukum Setda Agam menjadi pembicara kedua.",
     ["Joni Arman"]),
    ("Hadir sebagai narasumber Lina Sari dari Kasubag Umum Bawaslu Agam.", ["Lina Sari"]),
])
def test_a_speaker_from_a_body_behind_its_heads_post(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Surat Edaran itu datang dari Kadis Pendidikan Agam pekan lalu.",
    "Laporan Rudi Hartono dari Kaban Kesbangpol belum dijawab.",
])
def test_no_speaker_word_no_speaker_behind_a_post(text):
    assert "Rudi Hartono" not in names(text) and "Surat Edaran" not in names(text)
