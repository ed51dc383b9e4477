"""Activity rules of round 6: an election named by its office ("Pilgub Sumbar 2020", "Pilbup",
"Pilwalkot") dates a case like "Pilkada 2020" does, so the cases of an earlier one are
background; a lesson drawn from before ("Belajar dari ...", "Berkaca pada ...") is background.
Invented sentences; each pattern varied and paired with a positive."""

import pytest

from transforms.events.activities import activities

CASES = [
    # an earlier election named by its office: its cases are background
    ("Bawaslu mengingatkan ASN netral dalam Pilkada 2024. Pada Pilgub Sumbar 2020, Bawaslu "
     "menemukan 12 ASN yang tidak netral.", {"imbauan"}),
    ("ASN wajib netral pada Pilkada 2024. Dalam Pilwalkot Sukamaju 2018 tercatat tujuh ASN "
     "terbukti melanggar.", {"imbauan"}),
    ("Dalam Pilbup Sukamaju 2024, Bawaslu menemukan 12 ASN yang tidak netral.",
     {"pelanggaran"}),
    # a lesson drawn from before
    ("Belajar dari Pilkada lalu, Bawaslu banyak menemukan ASN yang tidak netral.", set()),
    ("Berkaca pada pilkada sebelumnya, banyak kepala desa terbukti melanggar netralitas.",
     set()),
    ("Belajar dari Pilbup Sukamaju 2020, Bawaslu banyak menemukan ASN yang tidak netral.",
     set()),
    ("Berkaca pada kasus di Kecamatan Sukamaju, ditemukan dua kepala desa yang berkampanye.",
     set()),
    ("Bawaslu menemukan pelanggaran netralitas oleh dua kepala desa, Senin (4/11/2024).",
     {"pelanggaran"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round6_activities(text, expected):
    assert set(activities(text)) == expected
