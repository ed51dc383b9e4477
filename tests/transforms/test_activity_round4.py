"""Activity rules of round 4: a sanction escaped or a case forwarded "untuk mendapatkan
sanksi", a finding only conditional ("jika terbukti"), the election's own course ("proses
pilkada") is no case handled, an appeal's "senantiasa" is not the assembly's routine, and the
official who leads an assembly ("inspektur upacara") spoke at it. Invented sentences; each
pattern varied and paired with a negative."""

import pytest

from transforms.events.activities import activities

CASES = [
    # a sanction escaped: neither given nor threatened
    ("Seorang guru honorer di Kecamatan Sukamaju yang berkampanye di media sosial lolos dari "
     "sanksi.", set()),
    ("Camat Sukamaju akhirnya terhindar dari sanksi disiplin.", set()),
    ("Camat Sukamaju telah dijatuhi sanksi disiplin oleh Bupati.", {"sanksi"}),
    # a case forwarded for a sanction, the body named in brackets
    ("Sebanyak 12 di antaranya sudah diteruskan ke Komisi ASN (KASN) untuk mendapatkan "
     "sanksi.", {"pelanggaran"}),
    # a finding only conditional
    ("Sekda menegaskan ketidaknetralan pegawai akan berujung sanksi jika terbukti melakukan "
     "pelanggaran.", {"imbauan"}),
    ("Kepala BKPSDM menegaskan ketidaknetralan ASN selama proses pilkada akan disanksi.",
     {"imbauan"}),
    # "senantiasa" of the appeal quoted, not of the assembly
    ("\"Bupati berpesan agar ASN senantiasa menjaga netralitas,\" kata Sekda saat memimpin "
     "upacara bendera di halaman kantor bupati, Senin.", {"apel", "imbauan"}),
    ("Pemkab Sukamaju senantiasa menggelar apel setiap Senin.", set()),
    # the official leading the assembly spoke at it
    ("Pesan itu disampaikan Gubernur saat menjadi inspektur upacara Hari Ulang Tahun provinsi.",
     {"apel"}),
    ("Pesan itu disampaikan Gubernur di lapangan upacara.", set()),
    ("Kapolres bertindak sebagai pembina apel siaga pengamanan pilkada.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round4_rules(text, expected):
    assert set(activities(text)) == expected
