"""Titles and names read off the twenty-sixth stop's corpora, on invented sentences: a regency
followed by its province and then the hajj title that opens the name ("Pj Bupati Agam Sumatera
Barat H Nama"); the academic and church titles written out before a name ("Doktor",
"Profesor", "Pendeta") are honorifics, not its first word."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials

VERB = "mengingatkan ASN agar netral."


@pytest.mark.parametrize(("written", "title", "name", "region"), [
    ("Pj Bupati Agam Sumatera Barat H Rudi Hartono", "Pj Bupati", "Rudi Hartono", "Agam"),
    ("Bupati Muara Enim Sumatera Selatan H Rudi Hartono", "Bupati", "Rudi Hartono",
     "Muara Enim"),
    ("Pj Gubernur Sumatera Barat H Rudi Hartono", "Pj Gubernur", "Rudi Hartono",
     "Sumatera Barat"),
])
def test_a_regencys_province_then_the_hajj_title(written: str, title: str, name: str,
                                                  region: str) -> None:
    found = [(o.title, o.name, o.region) for o in officials(f"{written} {VERB}")]
    assert (title, name, region) in found


def test_a_province_after_the_body_names_no_one() -> None:
    found = officials(f"Ketua Bawaslu Kabupaten Agam Sumatera Barat {VERB}")
    assert [o.name for o in found] == [""] or not found


@pytest.mark.parametrize("written", [
    "Ketua KPU Provinsi Sulawesi Utara (Sulut) Doktor Rudi Hartono",
    "Ketua KPU Agam, Doktor Rudi Hartono,",
    "Rektor Universitas Andalas Profesor Rudi Hartono",
    "Ketua FKUB Agam Pendeta Rudi Hartono",
])
def test_titles_written_out_open_the_name(written: str) -> None:
    assert "Rudi Hartono" in [o.name for o in officials(f"{written} {VERB}")]


@pytest.mark.parametrize("joined", ["Maupun", "Atau"])
def test_a_capitalised_conjunction_is_no_name_before_a_title(joined: str) -> None:
    text = f"Baik di kabupaten {joined} Gubernur Provinsi Jambi, kami mengimbau ASN netral."
    assert joined not in [o.name for o in officials(text)]
