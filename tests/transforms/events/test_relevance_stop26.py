"""Relevance cases read off the twenty-sixth stop's corpora, on invented sentences: a Lampung
village head ("peratin" of a "pekon") and his staff are village officials the labels count with
ASN; the election supervisors spelled out ("Badan Pengawas Pemilu") are a watchdog whose count
of violations by civil servants is an election case; civil servants going along with a
contestant ("PNS tak dampingi paslon daftar ke KPU") is partisanship, a debate "antar calon" is
not; "ketidak netralan" written apart is the neutrality word."""

import pytest

from transforms.events.relevance import relevance


def test_a_pekons_head_and_staff_pledging_neutrality() -> None:
    title = "Peratin Pekon Sukamaju Pimpin Ikrar Netralitas Aparatur Pekon"
    body = ("Agam - Peratin Pekon Sukamaju dan seluruh aparatur pekon mengucapkan ikrar "
            "netralitas dalam Pemilu 2024 di balai pekon, Rabu (27/12/2023).")
    assert relevance(title, body).about_asn_neutrality


def test_a_pekons_feast_with_no_election_is_not() -> None:
    title = "Peratin Pekon Sukamaju Gelar Syukuran Panen"
    body = "Peratin Pekon Sukamaju dan aparatur pekon menggelar syukuran panen raya, Rabu."
    assert not relevance(title, body).about_asn_neutrality


@pytest.mark.parametrize("watchdog", ["Badan Pengawas Pemilu Provinsi Sumatera Barat",
                                      "Pengawas Pemilu Kecamatan Sukamaju"])
def test_violations_by_civil_servants_counted_by_the_spelled_out_watchdog(watchdog: str) -> None:
    title = "Ada 50 Dugaan Pelanggaran ASN di Pilkada Agam"
    body = (f"Agam - {watchdog} mencatat 50 temuan pelanggaran oleh aparatur sipil negara pada "
            "pemilihan kepala daerah 2018. Pelanggaran terbanyak ditemukan di Kecamatan Tilatang.")
    assert relevance(title, body).about_asn_neutrality


def test_civil_servants_told_not_to_accompany_a_contestant() -> None:
    title = "Bawaslu Agam Ingatkan PNS tak Dampingi Paslon Daftar ke KPU"
    body = ("Agam - Bawaslu Agam mengimbau bakal pasangan calon tidak membawa atau melibatkan "
            "ASN saat mendaftar ke KPU, Senin (8/1).")
    assert relevance(title, body).about_asn_neutrality


def test_a_debate_between_candidates_is_not() -> None:
    title = "Debat Calon Wakil Bupati Agam Bahas Gaji Guru Honorer"
    body = ("Kesejahteraan guru honorer menjadi janji para calon pada debat antar calon wakil "
            "bupati yang digelar KPU Agam, Jumat (8/11/2024).")
    assert not relevance(title, body).about_asn_neutrality


def test_the_neutrality_word_written_apart() -> None:
    title = "Bawaslu Agam Tangani Kasus Pilkada"
    body = "Salah satu masalah Pilkada 2024 di Agam yaitu ketidak netralan ASN dan kepala desa."
    assert relevance(title, body).about_asn_neutrality
