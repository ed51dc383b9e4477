"""Initials at either end of a name and nouns glued to a short name, on invented sentences: the
hajj title written apart from an initial ("H. M. Rahmat"), a one-letter initial closing a name
before a comma, and a derived noun opening the sentence of a later back-reference."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Apel dipimpin Pj. Wali Kota Bima H. M. Syarif Lubis dan diikuti ratusan ASN.",
     ("Pj Wali Kota", "M. Syarif Lubis")),
    ("Turut hadir Sekda Dompu H. A. Ramli Yusuf, Selasa (4/6/2024).",
     ("Sekretaris Daerah", "A. Ramli Yusuf")),
    ("Bupati Sumbawa Hj. N. Maryati Sani membuka sosialisasi itu.",
     ("Bupati", "N. Maryati Sani")),
])
def test_an_initial_after_the_hajj_title_written_apart_stays_in_the_name(text, expected):
    assert found(text) == [expected]


def test_the_hajj_title_written_with_its_initial_stays_one_title():
    assert found("Bupati Bima H.M. Syarif Lubis membuka apel.") == [("Bupati", "Syarif Lubis")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hadir pula Plt. Kepala BKPSDM Kota Solok, Dedi Kurniawan R., serta para camat.",
     ("Plt Kepala BKPSDM", "Dedi Kurniawan R.")),
    ("Sosialisasi dibuka Ketua Bawaslu Pasaman, Yusri Hamdani T., kemudian dilanjutkan diskusi.",
     ("Ketua Bawaslu", "Yusri Hamdani T.")),
])
def test_a_one_letter_initial_before_a_comma_closes_the_name(text, expected):
    assert found(text) == [expected]


def test_a_degree_after_the_comma_is_no_initial():
    text = "Hadir Kepala BKD Solok, Dedi Kurniawan S., M.Si, bersama para camat."
    assert found(text) == [("Kepala BKD", "Dedi Kurniawan")]


@pytest.mark.parametrize("noun", ["Penjelasan", "Keterangan", "Arahan", "Pernyataan"])
def test_a_noun_opening_a_later_sentence_is_no_part_of_a_short_name(noun):
    text = (f"\u201cASN wajib netral,\u201d kata Anggota Bawaslu Lebak Marlina dalam siaran pers. "
            f"Menurut Marlina, sanksi menanti.\n{noun} Marlina itu menjawab keraguan warga.")
    assert found(text) == [("Anggota Bawaslu", "Marlina")]
