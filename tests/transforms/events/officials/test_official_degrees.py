"""Degrees, honorifics and the words around a name, on invented sentences: a degree after a
one-word name is no name of its own, an honorific repeated after several titles is no
place, a bare degree after a one-word name before its title is left out, a name's initials
stay before the degree that follows them; a name written before its title right after the
dateline is read, and a place closing the sentence before is not taken into it; a name in
brackets after an office is its head's, the office's own short form in brackets is none."""

from __future__ import annotations

import pytest
from official_checks import found

from transforms.events.officials.find import officials


@pytest.mark.parametrize(("text", "expected"), [
    ("Apel dihadiri Sekda Darmansyah, M.Si., dan Ketua KPU Dedi Kurnia.",
     [("Sekretaris Daerah", "Darmansyah"), ("Ketua KPU", "Dedi Kurnia")]),
    ("Sosialisasi dibuka Kepala BKD Darmansyah, M.Pd.", [("Kepala BKD", "Darmansyah")]),
    ("Hadir Sekda Darmansyah, S.Sos., Ketua KPU Dedi Kurnia dan Ketua Panwaslu Murni.",
     [("Sekretaris Daerah", "Darmansyah"), ("Ketua KPU", "Dedi Kurnia"),
      ("Ketua Panwaslu", "Murni")]),
])
def test_a_degree_after_a_one_word_name_is_not_the_name(text, expected):
    assert found(text) == expected


def test_a_short_form_of_the_region_before_the_name_still_reads():
    assert found("Apel dihadiri Ketua Bawaslu Kepsul, M. Nur.") == [("Ketua Bawaslu", "M. Nur")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Apel dihadiri Ketua KPU Drs. Dedi Kurnia dan Ketua Panwaslu Drs. Murni.",
     [("Ketua KPU", "Dedi Kurnia"), ("Ketua Panwaslu", "Murni")]),
    ("Rakor menghadirkan Sekretaris Jenderal Bawaslu Drs. H. Ichsan Fuady, M.Si., Sekjen "
     "Kemendagri Drs. Suhajar Dewantoro, M.Si., dan Plt. Kepala BKN Dr. Haryomo Putranto.",
     [("Sekretaris Jenderal Bawaslu", "Ichsan Fuady"),
      ("Sekretaris Jenderal Kemendagri", "Suhajar Dewantoro"),
      ("Plt Kepala BKN", "Haryomo Putranto")]),
])
def test_an_honorific_written_after_several_titles_is_no_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Netralitas ASN wajib dijaga, tegas Zulkarnain SE, Koordinator Divisi Pencegahan Bawaslu "
     "Agam.", [("Koordinator Divisi Pencegahan Bawaslu", "Zulkarnain")]),
    ("Netralitas ASN wajib dijaga, tegas Zulkarnain SH MH, Koordinator Divisi Pencegahan Bawaslu "
     "Agam.", [("Koordinator Divisi Pencegahan Bawaslu", "Zulkarnain")]),
    # two capitals that may be initials stay with the name
    ("Netralitas ASN wajib dijaga, tegas Andi MS, Koordinator Divisi Pencegahan Bawaslu Agam.",
     [("Koordinator Divisi Pencegahan Bawaslu", "Andi MS")]),
])
def test_a_bare_degree_after_a_one_word_name_before_its_title(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ancaman dilontarkan Pj Gubernur Aceh Syahrul ZN SE yang ditujukan kepada ASN.",
     [("Pj Gubernur", "Syahrul ZN")]),
    ("Ancaman dilontarkan Pj Gubernur Aceh Dr. Syahrul ZN S.STP, MM kepada ASN.",
     [("Pj Gubernur", "Syahrul ZN")]),
    ("Ikrar dibacakan Sekretaris Daerah Kota Solok Syaiful A SE dan diikuti staf.",
     [("Sekretaris Daerah", "Syaiful A")]),
])
def test_initials_before_a_degree_stay_in_the_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("SINGKAWANG - Hendra Gunawan, Anggota Bawaslu Kalimantan Barat, mengatakan aduan itu "
     "sedang dikaji.", [("Anggota Bawaslu", "Hendra Gunawan")]),
    ("Singkawang (ANTARA) - Hendra Gunawan, Komisioner Bawaslu Kalimantan Tengah, mengatakan aduan "
     "itu sedang dikaji.", [("Komisioner Bawaslu", "Hendra Gunawan")]),
    ("JAKARTA, KOMPAS.com \u2013 Rudi Hartawan, Ketua Bawaslu RI, mengatakan akan ada sanksi.",
     [("Ketua Bawaslu", "Rudi Hartawan")]),
    ("METRO - Rudi H. Santoso, Ketua Bawaslu Provinsi Lampung, mengingatkan para camat.",
     [("Ketua Bawaslu", "Rudi H. Santoso")]),
    # the dateline's bracket with no dash after it, or a double dash
    ("Metro (kabarku.com) Rudi H. Santoso, Ketua Bawaslu Provinsi Lampung, mengingatkan para "
     "camat.", [("Ketua Bawaslu", "Rudi H. Santoso")]),
    ("Metro, Kabarku -- Rudi H. Santoso, Ketua Bawaslu Provinsi Lampung, mengingatkan para "
     "camat.", [("Ketua Bawaslu", "Rudi H. Santoso")]),
])
def test_a_name_opening_the_story_after_its_dateline_comes_before_its_title(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bracket after a title holds its long or short form: the name after it is that
    # title's, not the next one's (which names nobody)
    ("Rapat dihadiri Komisioner Badan Pengawas Pemilu (Bawaslu) Rudi Hartawan, Kepala BKPSDM "
     "Agam, dan para camat.", [("Komisioner Bawaslu", "Rudi Hartawan"), ("Kepala BKPSDM", "")]),
    ("Komisioner Badan Pengawas Pemilu (Bawaslu) Rudi Hartawan, Kepala BKPSDM Agam, dan para "
     "camat hadir.", [("Komisioner Bawaslu", "Rudi Hartawan"), ("Kepala BKPSDM", "")]),
])
def test_a_name_after_a_title_s_bracket_is_not_the_next_title_s(text, expected):
    assert [(o.title, o.name) for o in officials(text)] == expected


@pytest.mark.parametrize("place", ["Bawaslu Agam", "Bawaslu RI"])
def test_a_place_closing_the_sentence_before_is_no_part_of_the_name(place):
    text = (f"Sosialisasi digelar di aula kantor {place}. Rahmat Hidayat, Kepala BKD Agam, "
            "mengatakan ASN wajib netral.")
    assert found(text) == [("Kepala BKD", "Rahmat Hidayat")]


def test_a_short_form_of_a_given_name_stays_in_the_name():
    assert found("Sosialisasi digelar, tegas Muh. Rahmat Hidayat, Kepala BKD Agam.") == [
        ("Kepala BKD", "Muh. Rahmat Hidayat")]
    # (five letters with its dot: "Moch.")
    assert found("Hadir Ketua Bawaslu Agam Moch. Rahmat dan Kapolres Agam.") == [
        ("Ketua Bawaslu", "Moch Rahmat")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hadir sebagai narasumber Direktur Pengawasan BKN (Rina Wati) yang menyampaikan materi.",
     [("Direktur Pengawasan BKN", "Rina Wati")]),
    # a head named by its field in lower case
    ("Hadir sebagai narasumber Direktur pengawasan BKN (Rina Wati) yang menyampaikan materi.",
     [("Direktur pengawasan BKN", "Rina Wati")]),
    ("Materi dibawakan Deputi pengawasan KASN Rina Wati di aula.",
     [("Deputi pengawasan KASN", "Rina Wati")]),
    ("Menurut Asisten pemerintahan Setda Agam, Rina Wati, ASN wajib netral.",
     [("Asisten pemerintahan Setda", "Rina Wati")]),
    ("Materi dibawakan Kepala Dinas Komunikasi dan Informatika (Dedi Kurnia) di aula.",
     [("Kepala Dinas Komunikasi dan Informatika", "Dedi Kurnia")]),
    # the office's own short form in brackets is no name
    ("Kepala Badan Kesatuan Bangsa dan Politik (Kesbang Pol) Agam Rina Wati hadir.",
     [("Kepala Kesbangpol", "Rina Wati")]),
    ("Kepala Satuan Polisi Pamong Praja (Satpol PP) Rina Wati hadir.",
     [("Kepala Satpol PP", "Rina Wati")]),
])
def test_a_name_in_brackets_after_an_office_is_its_head(text, expected):
    assert found(text) == expected
