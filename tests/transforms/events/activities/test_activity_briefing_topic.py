"""Briefings whose topic is not neutrality, and a briefing only announced: a statement made at
a national or regional work meeting or congress of an association (a forum on all its affairs,
unless named on neutrality), a briefing on the supervision of the campaign, a speaker's talk
whose sentence names only an official in the audience, and a gathering pointed back at ("...
ini") after it was announced with no day; and a meeting pointed at as this occasion ("kali
ini") in a paragraph on neutrality, though its own sentence does not name it. Invented
sentences; each pattern paired with a positive or a negative."""

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
    # a meeting pointed at as this occasion, its paragraph on neutrality
    ("Sebagai pembicara kunci dalam rapat koordinasi kali ini, Kepala BKD Andi Rusli berkata, "
     "pemda siap membantu kerja pengawas. Ia menilai sikap netral para pegawai butuh dijaga.",
     {"sosialisasi"}),
    ("Hadir pula dalam rakor kali ini para asisten daerah se-provinsi. Mereka sepakat "
     "netralitas pegawai harus dijaga.", {"sosialisasi"}),
    ("Pada rakor kali ini, Asisten I Sri Lestari menyebut peran camat sangat "
     "besar. Ia meminta seluruh camat bersikap netral pada pilkada.", {"sosialisasi"}),
    # ... but not one on another matter, nor one whose paragraph does not name neutrality
    ("Dalam rapat kerja kali ini, Bupati meminta para camat menyiapkan gudang logistik.",
     set()),
    ("Rapat koordinasi kali ini membahas persiapan logistik pemilu. Sekda juga mengingatkan "
     "netralitas ASN.", set()),
    ("Dalam rapat koordinasi kali ini, Sekda Rudi Hartono membahas anggaran daerah. Tahun "
     "lalu, dua camat dilaporkan tidak netral.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_briefing_topic_and_announcement(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
