"""Relevance cases read off the twenty-sixth stop's corpora, on invented sentences: a Lampung
village head ("peratin" of a "pekon") and his staff are village officials the labels count with
ASN; the election supervisors spelled out ("Badan Pengawas Pemilu") are a watchdog whose count
of violations by civil servants is an election case; civil servants going along with a
contestant ("PNS tak dampingi paslon daftar ke KPU") is partisanship, a debate "antar calon" is
not; "ketidak netralan" written apart is the neutrality word."""

import pytest

from transforms.events.relevance import relevance

SPELLED_OUT = "Agam - {} mencatat 50 temuan pelanggaran oleh aparatur sipil negara pada pemilihan "\
    "kepala daerah 2018. Pelanggaran terbanyak ditemukan di Kecamatan Tilatang."
CASES = [  # (title, body, about ASN neutrality)
    # a pekon's head and staff pledging neutrality; their feast with no election
    ("Peratin Pekon Sukamaju Pimpin Ikrar Netralitas Aparatur Pekon",
     "Agam - Peratin Pekon Sukamaju dan seluruh aparatur pekon mengucapkan ikrar netralitas "
     "dalam Pemilu 2024 di balai pekon, Rabu (27/12/2023).", True),
    ("Peratin Pekon Sukamaju Gelar Syukuran Panen",
     "Peratin Pekon Sukamaju dan aparatur pekon menggelar syukuran panen raya, Rabu.", False),
    # violations by civil servants counted by the watchdog spelled out
    ("Ada 50 Dugaan Pelanggaran ASN di Pilkada Agam",
     SPELLED_OUT.format("Badan Pengawas Pemilu Provinsi Sumatera Barat"), True),
    ("Ada 50 Dugaan Pelanggaran ASN di Pilkada Agam",
     SPELLED_OUT.format("Pengawas Pemilu Kecamatan Sukamaju"), True),
    # civil servants told not to accompany a contestant; a debate between candidates
    ("Bawaslu Agam Ingatkan PNS tak Dampingi Paslon Daftar ke KPU",
     "Agam - Bawaslu Agam mengimbau bakal pasangan calon tidak membawa atau melibatkan ASN saat "
     "mendaftar ke KPU, Senin (8/1).", True),
    ("Debat Calon Wakil Bupati Agam Bahas Gaji Guru Honorer",
     "Kesejahteraan guru honorer menjadi janji para calon pada debat antar calon wakil bupati "
     "yang digelar KPU Agam, Jumat (8/11/2024).", False),
    # the neutrality word written apart
    ("Bawaslu Agam Tangani Kasus Pilkada",
     "Salah satu masalah Pilkada 2024 di Agam yaitu ketidak netralan ASN dan kepala desa.", True),
]


@pytest.mark.parametrize(("title", "body", "about"), CASES)
def test_relevance_cases_of_the_twenty_sixth_stop(title: str, body: str, about: bool) -> None:
    assert relevance(title, body).about_asn_neutrality is about
