"""A briefing named for the election itself ("Sosialisasi Pilkada Serentak 2024", "menggelar
sosialisasi pemilihan umum ..."): the election made known to its voters, where an official
stresses neutrality, gives the appeal alone (transforms/events/activities/topics.py), as a
gathering named for another purpose does. It stays `sosialisasi` when its name, its stated
theme or its audience says neutrality or the civil servants. Invented sentences."""

from __future__ import annotations

import pytest

from transforms.events.activities.classify import activities

# an opening paragraph naming neutrality: an unnamed briefing after it would be kept
LEAD = "Pemkab Sukamaju terus menjaga netralitas ASN menjelang Pilkada 2024.\n"

ELECTION_ITSELF = [
    "Hal itu ditegaskan Bupati Sukamaju saat membuka Sosialisasi Pilkada Serentak 2024 di "
    "gedung serbaguna, Senin (2/9/2024). ASN diminta tetap netral.",
    "Sekretaris Camat Rudi Hartono menegaskan hal itu saat sosialisasi Pilkada Kota Sukamaju "
    "bagi tokoh agama dan tokoh masyarakat, Jumat (23/2/2018). ASN harus netral.",
    "KPU Sukamaju menggelar sosialisasi pemilihan umum presiden dan legislatif yang dihadiri "
    "tokoh pemuda, Selasa (26/3/2019). Kepala BKD meminta ASN netral.",
    "ASN harus mengikuti aturan yang berlaku, kata Bupati saat Sosialisasi Pemilu 2024 yang "
    "digelar KPU Sukamaju, Sabtu (20/1/2024).",
    # the verb's form, in a title-like opening
    "Sosialisasikan Pemilu ke Warga, Pemkab Sukamaju Minta ASN Netral",
]

KEPT = [
    # its name says neutrality or the civil servants' conduct
    "Bawaslu Sukamaju menggelar sosialisasi pilkada damai dan netralitas ASN di aula kantor "
    "bupati, Senin (2/9/2024).",
    "Panwaslu Kecamatan Sukamaju sosialisasikan pemilihan terkait larangan ASN dan kepala desa "
    "dalam masa kampanye, Kamis (31/10/2024).",
    # its stated theme
    "Bakesbangpol menggelar Sosialisasi Pemilu bertemakan netralitas ASN dalam Pemilu 2024 di "
    "aula setda, Senin (23/10/2023).",
    # given to civil servants
    "Bupati menggelar sosialisasi Pilkada 2024 kepada seluruh ASN di aula setda, Senin "
    "(2/9/2024).",
    "Camat Rina Wati menyampaikan hal itu saat sosialisasi pilkada di hadapan kepala desa dan "
    "perangkat desa di kantor camat, Senin (2/9/2024).",
]


@pytest.mark.parametrize("text", ELECTION_ITSELF)
def test_briefing_named_for_the_election_itself_gives_the_appeal_alone(text):
    found = activities(LEAD + text)
    assert "sosialisasi" not in found
    assert "imbauan" in found


@pytest.mark.parametrize("text", KEPT)
def test_briefing_on_neutrality_or_to_civil_servants_is_kept(text):
    assert "sosialisasi" in activities(LEAD + text)


def test_a_meeting_named_for_the_election_still_follows_the_lead():
    # only a briefing's name is read so: "rakor Pilkada 2024" names no purpose
    text = "Dalam rakor Pilkada 2024 di aula setda, Bupati meminta ASN netral."
    assert "sosialisasi" in activities(LEAD + text)
