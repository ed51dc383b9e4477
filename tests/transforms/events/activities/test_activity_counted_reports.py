"""Reports counted ("beberapa laporan", "sejumlah aduan", "12 laporan") with a word of finding
or handling in their sentence are cases reported (LABELS.md: a violation reported); counted
reports with no such word, or denied, are none. Invented sentences."""

import pytest
from activity_tables import KINDS  # every activity value but the appeal

from transforms.events.activities.classify import activities

CASES = [
    ("\u201cSudah ada beberapa laporan yang kami tangani,\u201d ujar Ketua Panwaslu tentang "
     "guru yang berpihak.", {"pelanggaran"}),
    ("Sampai kini ada 12 aduan yang sedang didalami Panwaslu, kata Rudi soal pegawai yang "
     "berpihak.", {"pelanggaran"}),
    # no finding or handling word, or none received
    ("Ada beberapa laporan keuangan pegawai yang dibahas di rapat itu.", set()),
    ("Panwaslu belum menerima beberapa laporan soal pegawai yang berpihak.", set()),
    # cases counted whose people are suspected: a case reported; whoever is suspected: a rule
    ("Ketua Bawaslu Agam Rudi Hartono mengatakan baru ada satu kasus ASN yang terindikasi "
     "terlibat dalam kampanye pilkada Kota Agam.", {"pelanggaran"}),
    ("Rudi Hartono mengatakan kasus ASN yang terindikasi terlibat dalam kampanye akan "
     "diteruskan ke KASN.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counted_reports(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
