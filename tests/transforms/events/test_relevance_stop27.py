"""Relevance cases read off the twenty-seventh stop's corpora, on invented sentences: civil
servants told not to be seen at a campaign ("agar tidak terlihat di dalam kampanye") is
partisanship, as "ikut dalam kampanye" is, a contestant seen at one is not; civil servants at a
contestant pair's registration, or found drawn into politics, and a village's staff by other
words ("staf desa") are. One table."""

import pytest

from transforms.events.relevance import relevance

CASES = [  # (title, body, about ASN neutrality)
    # (review) an officer seen at a campaign on duty: not told off it
    ("Kampanye Akbar di Agam Berlangsung Tertib",
     "AGAM - Kampanye akbar pasangan calon nomor urut 1 pada Pilkada 2024 berlangsung tertib. "
     "Petugas Satpol PP Agam tampak di kampanye tersebut mengatur parkir kendaraan.", False),
    # a supervisors' apel whose speaker warns civil servants off the campaign
    ("Bawaslu Agam Gelar Apel Siaga Pengawasan Kampanye",
     "Agam - Bupati Agam menggelar apel siaga pengawasan kampanye bersama Panwascam, Senin (4/12)."
     "\nKetua Bawaslu Agam mengingatkan ASN dan kepala desa agar tidak terlihat di dalam "
     "kampanye.", True),
    ("Bawaslu Agam Gelar Apel Siaga Pengawasan Kampanye",
     "Agam - Bupati Agam menggelar apel siaga pengawasan kampanye bersama Panwascam, Senin (4/12)."
     "\nPara calon bupati tampak hadir dalam kampanye akbar di Lapangan Sukamaju.", False),
    # (review) an officer seen at a campaign on duty: not told off it
    ("Kampanye Akbar di Agam Berlangsung Tertib",
     "AGAM - Kampanye akbar pasangan calon nomor urut 1 pada Pilkada 2024 berlangsung tertib. "
     "Petugas Satpol PP Agam tampak di kampanye tersebut mengatur parkir kendaraan.", False),
    # village heads at a contestant's registration, found by the watchdog
    ("Bawaslu Agam Temukan Kades Hadiri Pendaftaran Bapaslon",
     "Agam - Bawaslu Agam mendapati kepala desa yang hadir saat pendaftaran bakal pasangan calon "
     "bupati di kantor KPU Agam, Kamis (29/8/2024).", True),
    # civil servants drawn into politics, found by the watchdog
    ("Bawaslu Agam Temukan Oknum ASN",
     "Agam - Bawaslu Agam menemukan sekitar 11 orang oknum ASN terlibat dalam politik saat "
     "deklarasi bakal calon bupati, Senin (7/9/2020).", True),
    # a village's staff member directing votes ("oknum staf desa")
    ("Video Oknum Staf Desa di Agam Arahkan Warga Coblos Caleg Tertentu",
     "Agam - Seorang oknum staf desa di Kecamatan Sukamaju diduga mengarahkan warga memilih "
     "calon anggota DPRD Agam pada Pemilu 2024.", True),
    # civil servants taking part in it
    ("Bawaslu Agam Temukan ASN di Pendaftaran Paslon",
     "Agam - Bawaslu Agam menemukan sebanyak 20 ASN ikut serta dalam pendaftaran bakal pasangan "
     "calon Bupati Agam pada Pilkada 2024.", True),
    # (review) the election's staff recruited; a career told
    ("Pendaftaran PPK Pilkada Agam Diperpanjang",
     "AGAM - KPU Agam memperpanjang masa pendaftaran. Hingga kemarin baru 30 orang, sebagian "
     "besar guru honorer dan perangkat desa, yang mengikuti pendaftaran calon anggota PPK untuk "
     "Pilkada 2024.", False),
    ("Profil Rudi Hartono, Calon Bupati Agam",
     "AGAM - Rudi Hartono maju sebagai calon Bupati Agam pada Pilkada 2024. Sebelum pensiun "
     "sebagai PNS, ia sudah lama terlibat dalam kegiatan politik di Sumatera Barat.", False),
    # (limit) a contestant's own registration; vote buying is another offence; a village's
    # staff at work with no election
    ("Staf Desa Sukamaju Ikuti Pelatihan Administrasi",
     "Agam - Seluruh staf desa Sukamaju mengikuti pelatihan administrasi keuangan desa.", False),
    ("Pasangan Calon Bupati Agam Mendaftar ke KPU",
     "Agam - Ratusan pendukung hadir saat pendaftaran bakal pasangan calon bupati di kantor KPU "
     "Agam, Kamis (29/8/2024).", False),
    ("Bawaslu Agam Awasi Politik Uang",
     "Agam - Bawaslu Agam mengingatkan warga dan ASN agar tidak terlibat politik uang dalam "
     "Pilkada 2024.", False),
]


@pytest.mark.parametrize(("title", "body", "about"), CASES)
def test_relevance_cases_of_the_twenty_seventh_stop(title: str, body: str, about: bool) -> None:
    assert relevance(title, body).about_asn_neutrality is about
