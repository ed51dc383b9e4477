"""Degrees, honorifics and the words around a name, on invented sentences: a degree after a
one-word name is no name of its own, an honorific repeated after several titles is no
place, a bare degree after a one-word name before its title is left out, a name's initials
stay before the degree that follows them; a name written before its title right after the
dateline is read, and a place closing the sentence before is not taken into it."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Apel dihadiri Sekda Arianto, M.Si., dan Ketua KPU Defitri Akbar.",
     [("Sekretaris Daerah", "Arianto"), ("Ketua KPU", "Defitri Akbar")]),
    ("Sosialisasi dibuka Kepala BKD Arianto, M.Pd.", [("Kepala BKD", "Arianto")]),
    ("Hadir Sekda Arianto, S.Sos., Ketua KPU Defitri Akbar dan Ketua Panwaslu Mukha.",
     [("Sekretaris Daerah", "Arianto"), ("Ketua KPU", "Defitri Akbar"),
      ("Ketua Panwaslu", "Mukha")]),
])
def test_a_degree_after_a_one_word_name_is_not_the_name(text, expected):
    assert found(text) == expected


def test_a_short_form_of_the_region_before_the_name_still_reads():
    assert found("Apel dihadiri Ketua Bawaslu Kepsul, M. Nur.") == [("Ketua Bawaslu", "M. Nur")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Apel dihadiri Ketua KPU Drs. Defitri Akbar dan Ketua Panwaslu Drs. Mukha.",
     [("Ketua KPU", "Defitri Akbar"), ("Ketua Panwaslu", "Mukha")]),
    ("Rakor menghadirkan Sekretaris Jenderal Bawaslu Drs. H. Ichsan Fuady, M.Si., Sekjen "
     "Kemendagri Drs. Suhajar Dewantoro, M.Si., dan Plt. Kepala BKN Dr. Haryomo Putranto.",
     [("Sekretaris Jenderal Bawaslu", "Ichsan Fuady"),
      ("Sekretaris Jenderal Kemendagri", "Suhajar Dewantoro"),
      ("Plt Kepala BKN", "Haryomo Putranto")]),
])
def test_an_honorific_written_after_several_titles_is_no_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Netralitas ASN wajib dijaga, tegas Yuhendra SE, Koordinator Divisi Pencegahan Bawaslu "
     "Agam.", [("Koordinator Divisi Pencegahan Bawaslu", "Yuhendra")]),
    ("Netralitas ASN wajib dijaga, tegas Yuhendra SH MH, Koordinator Divisi Pencegahan Bawaslu "
     "Agam.", [("Koordinator Divisi Pencegahan Bawaslu", "Yuhendra")]),
    # two capitals that may be initials stay with the name
    ("Netralitas ASN wajib dijaga, tegas Andi MS, Koordinator Divisi Pencegahan Bawaslu Agam.",
     [("Koordinator Divisi Pencegahan Bawaslu", "Andi MS")]),
])
def test_a_bare_degree_after_a_one_word_name_before_its_title(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ancaman dilontarkan Pj Gubernur Aceh Safrizal ZA SE yang ditujukan kepada ASN.",
     [("Pj Gubernur", "Safrizal ZA")]),
    ("Ancaman dilontarkan Pj Gubernur Aceh Dr. Safrizal ZA S.STP, MM kepada ASN.",
     [("Pj Gubernur", "Safrizal ZA")]),
    ("Ikrar dibacakan Sekretaris Daerah Kota Solok Syaiful A SE dan diikuti staf.",
     [("Sekretaris Daerah", "Syaiful A")]),
])
def test_initials_before_a_degree_stay_in_the_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PONTIANAK - Faisal Riza, Anggota Bawaslu Kalimantan Barat, mengatakan pihaknya telah "
     "menerima laporan.", [("Anggota Bawaslu", "Faisal Riza")]),
    ("Pontianak (ANTARA) - Faisal Riza, Komisioner Bawaslu Kalimantan Barat, mengatakan "
     "pihaknya telah menerima laporan.", [("Komisioner Bawaslu", "Faisal Riza")]),
    ("JAKARTA, KOMPAS.com \u2013 Rahmat Bagja, Ketua Bawaslu RI, mengatakan akan ada sanksi.",
     [("Ketua Bawaslu", "Rahmat Bagja")]),
    ("BANDAR LAMPUNG - Iskardo P. Panggar, Ketua Bawaslu Provinsi Lampung, menyampaikan "
     "keprihatinannya.", [("Ketua Bawaslu", "Iskardo P. Panggar")]),
])
def test_a_name_opening_the_story_after_its_dateline_comes_before_its_title(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("place", ["Bawaslu Agam", "Bawaslu RI"])
def test_a_place_closing_the_sentence_before_is_no_part_of_the_name(place):
    text = (f"Sosialisasi digelar di aula kantor {place}. Rahmat Hidayat, Kepala BKD Agam, "
            "mengatakan ASN wajib netral.")
    assert found(text) == [("Kepala BKD", "Rahmat Hidayat")]


def test_a_short_form_of_a_given_name_stays_in_the_name():
    assert found("Sosialisasi digelar, tegas Muh. Rahmat Hidayat, Kepala BKD Agam.") == [
        ("Kepala BKD", "Muh. Rahmat Hidayat")]
