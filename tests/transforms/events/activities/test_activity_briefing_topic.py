"""Briefings whose topic is not neutrality, and a briefing only announced: a statement made at
a national or regional work meeting or congress of an association (a forum on all its affairs,
unless named on neutrality), a briefing on the supervision of the campaign, a speaker's talk
whose sentence names only an official in the audience, and a gathering pointed back at ("...
ini") after it was announced with no day. Invented sentences; each pattern paired with a
positive."""

import pytest
from activity_tables import KINDS  # every activity value but the appeal

from transforms.events.activities.classify import activities

CASES = [
    # a statement at an association's national work meeting
    ("\u201cPegawai wajib netral, kalau tidak ada hukumannya,\u201d ujarnya dalam Rapat Kerja "
     "Nasional (Rakernas) VII Asosiasi Guru Swasta di Kota Bogor, Senin (3/6).", set()),
    ("\u201cPegawai wajib netral, kalau tidak ada hukumannya,\u201d ujarnya dalam rapat kerja "
     "netralitas pegawai di Kota Bogor, Senin (3/6).", {"sosialisasi"}),
    # a briefing on the supervision of the campaign
    ("Pada Rabu itu Panwaslu Sukamaju mengadakan sosialisasi soal pengawasan kampanye bagi "
     "pengurus partai.", set()),
    ("Panwaslu Sukamaju, Rabu, menggelar sosialisasi tentang netralitas pegawai di gedung "
     "serbaguna.", {"sosialisasi"}),
    # a speaker's talk, only an official named in the audience
    ("Tampil sebagai pemateri yaitu Ketua KPU Sukamaju, Budi Santosa, disaksikan para anggota "
     "Panwascam dan Kepala Dinas Perhubungan Sukamaju.", set()),
    ("Tampil sebagai pemateri yaitu Ketua KPU Sukamaju, Budi Santosa, disaksikan para anggota "
     "Panwascam dan diikuti ratusan pegawai Pemkab Sukamaju.", {"sosialisasi"}),
    ("Bupati Sukamaju menjadi pemateri di hadapan ratusan pegawai pemkab.", {"sosialisasi"}),
    # pointed back at a gathering announced with no day
    ("Menurut Rudi, bulan depan akan ada sosialisasi untuk honorer dan pegawai BUMD. "
     "Sosialisasi ini pun, lanjutnya, membahas larangan memakai mobil dinas untuk "
     "kampanye.", set()),
    ("Pemkab menggelar sosialisasi netralitas untuk honorer dan pegawai BUMD. Sosialisasi ini "
     "pun, lanjutnya, membahas larangan memakai mobil dinas untuk kampanye.", {"sosialisasi"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_briefing_topic_and_announcement(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
