"""Words taken for a holder's name that are none, on invented sentences: a candidate bridged
to the post he holds ("Cabup X adalah Wakil Bupati Y": candidates are never officials), a
regency after a village's name ("Kades Sukamaju, Lombok Barat"), a body's own name after its
word ("Ketua Forum Lentera Agam", "Pemuda Pancasila", "Kepsek SD Sukamaju"), an agency's field
spelled another way ("Dinas Pemukiman")."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize("text", [
    "Sedangkan, Cabup Rudi Hartono adalah Wakil Bupati Agam dua periode.",
    "Calon wali kota Rudi Hartono, Wakil Wali Kota Padang, berkampanye di pasar.",
    "Petahana Rudi Hartono yang juga Bupati Agam hadir dalam debat.",
])
def test_a_candidate_is_no_official_in_the_post_he_holds(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "ASN dilarang mendukung calon bupati. Rudi Hartono, Kepala BKPSDM Agam, menegaskan hal itu.",
    "Ia meminta ASN tidak memihak calon tertentu. Rudi Hartono, Kepala BKPSDM Agam, menegaskan "
    "hal itu saat apel.",
])
def test_a_candidate_ending_the_sentence_before_leaves_the_next_name_alone(text):
    assert found(text) == [("Kepala BKPSDM", "Rudi Hartono")]


def test_a_candidate_with_an_honorifics_short_form_is_no_official():
    assert found("Cabup H. Rudi Hartono, Wakil Bupati Agam, hadir dalam debat.") == []


def test_the_same_bridge_without_a_candidate_names_the_holder():
    assert found("Sedangkan, Rudi Hartono adalah Wakil Bupati Agam.") == [
        ("Wakil Bupati", "Rudi Hartono")]


def test_a_regency_after_a_villages_name_is_no_name():
    text = "Rudi Hartono, yang juga Kepala Desa Sukamaju, Lombok Barat menyampaikan dukungannya."
    assert found(text) == [("Kepala Desa", "Rudi Hartono")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pernyataan diteken Ketua Forum Lentera Agam, Ketua Bawaslu Provinsi Sumbar, serta para "
     "camat.", []),
    ("Ketua Forum Lentera Agam, Rudi Hartono, membuka acara.",
     [("Ketua Forum Lentera", "Rudi Hartono")]),
    ("Menurutnya, selaku ketua Pemuda Pancasila, ia ikut menjemput calon.", []),
    ("Acara dihadiri Ketua Umum PP Muslimat NU Rina Wati dan para camat.",
     [("Ketua Umum PP Muslimat NU", "Rina Wati")]),
    ("Kepala Sekolah SD Sukamaju, Rina Wati, hadir.",
     [("Kepala Sekolah SD Sukamaju", "Rina Wati")]),
    ("Kepsek SMP 4 Rudi Hartono hadir.", [("Kepala Sekolah SMP", "Rudi Hartono")]),
    ("Kepala Dinas Pemukiman Agam, Rudi Hartono, hadir.",
     [("Kepala Dinas Pemukiman", "Rudi Hartono")]),
])
def test_a_bodys_own_name_is_no_holders_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("throughout", ["Sekecamatan", "Sekabupaten", "Sekota"])
def test_throughout_a_region_is_no_name(throughout):
    # "para kepala desa Sekecamatan X": all the district's village heads, no one named
    text = ("Sosialisasi itu dihadiri Ketua Panwaslu Kecamatan Sukamaju Rudi Hartono serta para "
            f"kepala desa {throughout} Sukamaju.")
    assert [name for _, name in found(text)] == ["Rudi Hartono"]
