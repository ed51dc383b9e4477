"""A title written partly in lower case, on invented sentences: a council's commission after a
lower-case head ("ketua komisi B DPRD ...") and a secretariat or office in lower case closed by
its region ("... setda Jambi, Nama") still name the holder after them; a lower-case title with
no unit, body or name after it names no one."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ('"Pengawasan harus ketat," ujar ketua komisi B DPRD Riau, Hendra Saputra di Pekanbaru.',
     ("Ketua komisi B DPRD", "Hendra Saputra")),
    ("Laporan itu belum dibahas, kata anggota komisi II DPRD Kota Bekasi Yuliana Sari.",
     ("Anggota komisi II DPRD", "Yuliana Sari")),
    ("Asisten bidang perekonomian dan pembangunan setda Jambi, Arif Rahman menegaskan bahwa "
     "ASN wajib netral.", ("Asisten bidang perekonomian dan pembangunan setda", "Arif Rahman")),
    ("Apel dipimpin Kabag Tata Pemerintahan setda Sleman, Dewi Kartika, Senin pagi.",
     ("Kabag Tata Pemerintahan setda", "Dewi Kartika")),
    ("Sementara Kepala bidang mutasi bkd Gowa, Irwan Hakim mengingatkan sanksi disiplin.",
     ("Kepala bidang mutasi bkd", "Irwan Hakim")),
])
def test_a_lower_case_unit_or_body_names_the_holder_after_it(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Usulan itu dibahas ketua komisi bersama mitra kerjanya pekan depan.",
    "Para anggota komisi menilai laporan itu belum lengkap.",
    "Kepala bidang mutasi bkd menyampaikan jadwal pemeriksaan.",
    "Surat edaran dari setda Jambi sudah diterima semua dinas.",
])
def test_a_lower_case_title_with_no_one_after_it_names_no_one(text):
    assert found(text) == []
