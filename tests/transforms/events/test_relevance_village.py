"""A village-head election is not the Pilkada or Pemilu the labels' relevance is limited to:
an ASN campaigning in one is not ASN neutrality in that sense, unless the article also sets
the case in a Pilkada or Pemilu. Invented sentences."""

import pytest

from transforms.events.relevance import relevance

VILLAGE_ONLY = [
    ("Pegawai Pemkab Diduga Berkampanye di Pilkades Sukamaju",
     "Seorang ASN di Dinas Pertanian diduga ikut berkampanye untuk salah satu calon kepala desa "
     "di Desa Sukamaju. Warga menyebut ASN itu menjanjikan pupuk bagi pemilih pamannya. "
     "Pemilihan kepala desa serentak digelar di 31 desa bulan depan."),
    ("Geger Pilhut Tondano Selatan, Oknum PNS Disebut Jadi Tim Sukses",
     "Pemilihan hukum tua (Pilhut) di Kecamatan Tondano Selatan kian panas. Seorang PNS "
     "disebut menjadi tim sukses kakaknya yang maju sebagai calon hukum tua. \"Dia ikut "
     "kampanye dari rumah ke rumah,\" kata seorang warga."),
]

STATE_TOO = [
    ("ASN Diduga Kampanye di Pilkades, Bawaslu Ingatkan Netralitas Jelang Pilkada",
     "Seorang ASN diduga ikut berkampanye dalam pemilihan kepala desa di Desa Cikaret. Bawaslu "
     "Kabupaten lantas meminta para ASN tetap netral sampai Pilkada serentak tahun "
     "depan."),
]


@pytest.mark.parametrize(("title", "body"), VILLAGE_ONLY)
def test_village_head_election_alone_is_not_relevant(title: str, body: str) -> None:
    assert not relevance(title, body).about_asn_neutrality


@pytest.mark.parametrize(("title", "body"), STATE_TOO)
def test_village_case_beside_a_pilkada_stays_relevant(title: str, body: str) -> None:
    assert relevance(title, body).about_asn_neutrality
