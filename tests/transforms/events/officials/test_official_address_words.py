"""Words of address between a title and a name, on invented sentences: a kinship word ("kak",
"bang", "bu", "Mbak"), often lower-case in captions and quotes, is no part of the name and does
not keep the name from being read."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ketua KPU Bone kak Andi Rahmawati. Sebanyak lima ASN dilaporkan.",
     ("Ketua KPU", "Andi Rahmawati")),
    ("Kepala Dinas Sosial Maros bang Rudi Hartawan saat ditemui wartawan.",
     ("Kepala Dinas Sosial", "Rudi Hartawan")),
    ("Ketua Bawaslu Gowa bu Nurhayati Syam mengatakan laporan itu diteruskan.",
     ("Ketua Bawaslu", "Nurhayati Syam")),
    ("Kapolres Sinjai Mbak Sri Wulandari hadir di aula.", ("Kapolres", "Sri Wulandari")),
    ("Anggota Bawaslu Wajo, kak Yusran Hakim, memaparkan temuan.",
     ("Anggota Bawaslu", "Yusran Hakim")),
])
def test_a_kinship_word_before_the_name_is_no_part_of_it(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Plt. Camat Turi sdr. Bambang, S.H selaku pemateri menjelaskan aturan kampanye.",
     ("Plt Camat", "Bambang")),
    ("Apel dipimpin Wakil Bupati Bantul sdri. Wulan Anggraini pada Senin pagi.",
     ("Wakil Bupati", "Wulan Anggraini")),
    ("Kepala Dinas Sosial Sleman, bpk. Teguh Prasetya membuka rapat koordinasi.",
     ("Kepala Dinas Sosial", "Teguh Prasetya")),
    ("Ketua Bawaslu Bantul, saudari Rina Kusuma, menyampaikan temuan pengawasan.",
     ("Ketua Bawaslu", "Rina Kusuma")),
    ('"ASN tidak boleh berpihak," tegas Kapolsek Depok saudara Agus Wibowo.',
     ("Kapolsek", "Agus Wibowo")),
])
def test_a_formal_word_of_address_in_lower_case_or_cut_short(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # "saudara" as a plain noun (relatives, fellows) is no one's address
    ("Bupati Kulon Progo meminta saudara-saudara ASN menjaga netralitas.", []),
    ("Kami mengajak saudara kami di desa untuk netral, kata Camat Wates Rina Kusuma.",
     [("Camat", "Rina Kusuma")]),
])
def test_the_plain_noun_stays_out(text, expected):
    assert found(text) == expected
