"""Names set off around a title, on invented sentences: a watchdog's spokesperson named with
the body alone, a council member's party with its short form or electoral district before the
name, a secretary standing in for the head of the body, a province after a body's region, a
word cut off at the end of the stored copy, a verbal noun before "sebagai", a capitalised
"Sebagai" and a bracketed name with its degree."""

from __future__ import annotations

import pytest
from official_checks import found, names


@pytest.mark.parametrize(("text", "expected"), [
    ("Rudi Hartono, Bawaslu Sumatera Barat, saat dihubungi membenarkan temuan itu. Menurut Rudi, "
     "kasus diproses.", ("Bawaslu", "Rudi Hartono")),
    ("Yanti Mardiah, KPU Kabupaten Tebo, menjelaskan jadwal kampanye.", ("KPU", "Yanti Mardiah")),
])
def test_a_watchdog_spokesperson_named_with_the_body_alone(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Kabupaten Agam, Bawaslu Agam, dan KPU hadir.",
    "Bantuan Sosial, Bawaslu Agam, kata warga, harus diawasi.",
])
def test_no_person_before_a_watchdog(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Anggota DPRD Agam dari Fraksi Partai Bulan Terang (PBT), Rudi Hartono mengingatkan ASN.",
     ("Anggota DPRD", "Rudi Hartono")),
    ("Anggota DPRD Sumbar Dapil Agam II, Rudi Hartono meminta ASN netral.",
     ("Anggota DPRD", "Rudi Hartono")),
])
def test_the_members_party_or_district_before_the_name(text, expected):
    assert found(text) == [expected]


def test_an_electoral_district_is_no_name():
    assert found("Hal itu disampaikan Anggota DPRD Jambi Dapil Tebo Ilir itu.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Sementara itu mewakili Kepala BKD Kabupaten Agam, Plt Sekretaris Rina Marlina menambahkan "
     "ASN wajib netral.", ("Plt Sekretaris BKD", "Rina Marlina")),
    ("Mewakili Kepala Dinas Sosial Kota Solok, Sekretaris Dedi Saputra membuka acara.",
     ("Sekretaris Dinas Sosial", "Dedi Saputra")),
])
def test_a_secretary_standing_in_for_the_head_of_the_body(text, expected):
    assert found(text) == [expected]


def test_a_province_after_the_bodys_region_is_no_name():
    assert found("Bawaslu Kabupaten Agam Sumatera Barat, menegaskan ASN harus netral.") == []


def test_a_word_cut_off_at_the_end_of_the_copy_is_no_name():
    text = "Bupati Agam Ajak ASN Netral\nApel berjalan lancar. Sementara itu, Kepala Dinas Pend"
    assert names(text) == []


def test_a_verbal_noun_before_sebagai_is_no_name():
    text = ("\u201cPengabdian sebagai sekretaris Bawaslu di provinsi membuat saya paham,\u201d "
            "kata Rudi.")
    assert names(text) == []


def test_one_person_under_two_posts_is_one_official():
    text = ("Dialog Bersama Ketua Bawaslu Jambi\nDialog menghadirkan Plt Sekda Jambi H. Rudi "
            "Harahap selaku Ketua Bawaslu Jambi sebagai narasumber.")
    assert names(text) == ["Rudi Harahap"]


def test_a_list_of_bodies_after_a_name_is_no_spokesperson():
    assert found("Rudi Hartono, Bawaslu Agam, dan KPU Agam hadir di aula.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # "Sebagai"/"Selaku" capitalised in mid-sentence: the bridge all the same
    ("Dalam sosialisasi itu turut hadir Rudi Hartono Sebagai Ketua Bawaslu Kabupaten Agam.",
     ["Rudi Hartono"]),
    ("Hadir pula Rudi Hartono Selaku Ketua Bawaslu Kabupaten Agam.", ["Rudi Hartono"]),
    # a four-word name and its degree set off in brackets after the title
    ("Pakta ditandatangani Ketua Bawaslu Kabupaten Agam (Rudi Hartono Putra Wijaya,S.IP).",
     ["Rudi Hartono Putra Wijaya"]),
])
def test_a_name_bridged_or_bracketed_beside_its_title(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("written", "name"), [
    ("Sri Sultan HB X", "Sri Sultan HB X"),
    ("Sri Sultan Hamengku Buwono X", "Sri Sultan Hamengku Buwono X"),
    # its short form in brackets is an aside
    ("Sri Sultan Hamengku Buwono (HB) X", "Sri Sultan Hamengku Buwono X"),
])
def test_a_rulers_name_keeps_its_short_form_and_number(written, name):
    assert names(f"Gubernur DIY {written} menilai ASN sudah paham aturan netralitas.") == [name]


@pytest.mark.parametrize("text", [
    # the region's province (and its short form) before the comma and the name
    "SAMARINDA: Wali Kota Samarinda Kalimantan Timur (Kaltim), Rudi Hartono mengimbau ASN.",
    # the region set off by commas between the title and the name
    "Hal itu disampaikan Ketua Bawaslu, Halmahera Selatan, Rudi Hartono pada Minggu (29/9).",
])
def test_a_region_set_off_before_the_name(text):
    assert names(text) == ["Rudi Hartono"]


def test_a_list_of_regions_after_a_title_is_no_region_set_off():
    text = ("Hadir dalam kegiatan itu Kepala Kesbangpol, Agam, Pasaman, Solok, Rudi Hartono, dan "
            "Rina Wati.")
    assert "Rudi Hartono" not in names(text)


def test_a_rulers_name_closing_its_sentence():
    assert names("Hal itu disampaikan Gubernur DIY Sri Sultan HB X.") == ["Sri Sultan HB X"]



def test_negara_closing_a_balinese_name():
    text = ("Penjabat Sementara (Pjs) Bupati Jembrana, I Ketut Rudi Negara, mengajak seluruh "
            "Aparatur Sipil Negara (ASN) menjaga netralitas.")
    assert names(text) == ["I Ketut Rudi Negara"]


def test_one_of_the_body_between_name_and_title():
    # "Nama, salah seorang komisioner Bawaslu": the holder one of its members
    assert names('"Hasilnya disampaikan ke pelapor," jelas Rudi Hartono, salah seorang '
                 "komisioner Bawaslu.") == ["Rudi Hartono"]
    assert names('"Kami masih mendalami," kata Rina Wati, salah satu anggota Bawaslu Agam.') == [
        "Rina Wati"]
