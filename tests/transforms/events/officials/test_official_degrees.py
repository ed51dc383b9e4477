"""Academic degrees and honorifics around a name, on invented sentences: a degree after a
one-word name is no name of its own, an honorific repeated after several titles is no
place, a bare degree after a one-word name before its title is left out, and a name's
initials stay before the degree that follows them."""

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
