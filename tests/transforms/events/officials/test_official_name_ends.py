"""Where a name after its title ends, on invented sentences: a last word that is also a month
or a place word, a garbled no-break space glued to the last word, initials after the hajj title
that spell a degree, and degrees written between the name and a lower-case title."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Gubernur Bengkulu, Yosef Tadu Raya mengimbau ASN menjaga netralitas.",
     ("Gubernur", "Yosef Tadu Raya")),
    ("Ketua Komisi II DPRD Kota Jambi, Rudi Hartawan Juli (RHJ), mengingatkan camat.",
     ("Ketua Komisi II DPRD", "Rudi Hartawan Juli")),
    ("Wakil Bupati Sarolangun, H Amir Saleh Mei menegaskan hal itu.",
     ("Wakil Bupati", "Amir Saleh Mei")),
])
def test_a_month_or_place_word_may_close_a_name(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ketua DPRD Jambi, Rudi Hartawan Juli mendatang akan memanggil camat.",
     ("Ketua DPRD", "Rudi Hartawan")),
    ("Camat Tanjung Raya Rudi Hartawan menghadiri apel.", ("Camat", "Rudi Hartawan")),
    ("Camat Koto Baru Raya, Rudi Hartawan menghadiri apel.", ("Camat", "Rudi Hartawan")),
])
def test_a_month_of_a_date_or_a_place_stays_out_of_the_name(text, expected):
    assert found(text) == [expected]


def test_a_garbled_no_break_space_is_no_part_of_the_name():
    text = ("\u201cSaya Rudi Hartawan\u0100 selaku Pj Bupati Merangin minta ASN netral,\u201d "
            "ujarnya.")
    assert found(text) == [("Pj Bupati", "Rudi Hartawan")]


def test_initials_after_the_hajj_title_though_they_spell_a_degree():
    text = ("Acara dibuka Bupati Tebo Amri Yusuf, Sekda Hj SE Nurjannah, Kepala BKD Tebo "
            "Hasnah, dan Bawaslu.")
    assert ("Sekretaris Daerah", "SE Nurjannah") in found(text)


def test_degrees_without_commas_between_a_name_and_a_lower_case_title():
    text = ("\"Sebagian besar laporan soal pegawai,\" kata Rudi Hartawan SH MH anggota Bawaslu "
            "Jambi pada rapat evaluasi, Selasa.")
    assert found(text) == [("Anggota Bawaslu", "Rudi Hartawan")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ketua KPU Kerinci, Hendra Yusuf Lan-lan, mengatakan tahapan berjalan.",
     ("Ketua KPU", "Hendra Yusuf Lan-lan")),
    ("Sekretaris Daerah Tebo Arman Sidi Nur-nur menegaskan larangan itu.",
     ("Sekretaris Daerah", "Arman Sidi Nur-nur")),
    ("Kepala BKPSDM Bungo, Tati Kol-kol (TK) serta para camat hadir.",
     ("Kepala BKPSDM", "Tati Kol-kol")),
])
def test_a_repeated_word_closes_a_name_before_a_comma_or_a_verb(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bupati Merangin Heri Saputra Wanti-wanti ASN Jelang Pilkada",
     ("Bupati", "Heri Saputra")),
    ("Camat Pelepat Rudi Hartawan Ramai-ramai Datangi Kantor Bawaslu",
     ("Camat", "Rudi Hartawan")),
])
def test_a_headline_reduplication_after_a_name_stays_out_of_it(text, expected):
    assert found(text) == [expected]
