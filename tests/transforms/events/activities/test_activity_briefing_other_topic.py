"""A briefing whose topic, named after a preposition, is another election matter ("sosialisasi
mengenai bahaya politik uang", "tentang pentingnya pendidikan pemilih", "soal tahapan
pencalonan", "seputar kampanye hitam") is not one on neutrality (`sosialisasi`), as the same
topic named right after it already was not; one that names neutrality with it stays a
briefing. Invented sentences; each shape paired with its look-alike
(activities.briefings._OTHER_TOPIC)."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # another topic named after a preposition: no briefing on neutrality
    ("Panwaslu menggelar sosialisasi mengenai bahaya politik uang di Aula Kecamatan Mekar, "
     "Senin (2/9).", set()),
    ("Panwaslu menggelar sosialisasi tentang pentingnya pendidikan pemilih, Senin (2/9).",
     set()),
    ("Panwaslu menggelar sosialisasi soal tahapan pencalonan kepada partai politik, Senin (2/9).",
     set()),
    ("KPU Sukamaju mengadakan sosialisasi seputar kampanye hitam di balai desa, Rabu (4/9).",
     set()),
    ("Panwascam menggelar sosialisasi perihal maraknya berita bohong di balai desa, Kamis (5/9).",
     set()),
    ("Panwaslu mengadakan sosialisasi terkait bahaya ujaran kebencian bagi pemuda, Jumat (6/9).",
     set()),
    # neutrality named with it, or as its topic: a briefing
    ("Panwaslu menggelar sosialisasi tentang politik uang dan netralitas ASN, Senin (2/9).",
     {"sosialisasi"}),
    ("Panwaslu mengadakan sosialisasi tentang sikap netral pegawai di Aula Kecamatan Mekar, "
     "Senin (2/9).", {"sosialisasi"}),
    # a speaker at a briefing named for another matter who only stresses neutrality: the
    # briefing's talk, no briefing on neutrality; one whose talk is on neutrality is
    ("KPU Agam menggelar Penyuluhan Produk Hukum Pemilihan Bupati kepada pemangku kepentingan "
     "di Sukamaju, Rabu (30/10/2024).\nKajari Agam, Rudi Hartono, yang tampil sebagai "
     "narasumber menekankan pentingnya netralitas kepala desa dan ASN.", {"imbauan"}),
    ("KPU Agam menggelar Penyuluhan Produk Hukum Pemilihan Bupati kepada pemangku kepentingan "
     "di Sukamaju, Rabu (30/10/2024).\nKajari Agam, Rudi Hartono, yang tampil sebagai "
     "narasumber soal netralitas kepala desa dan ASN, hadir bersama Camat.", {"sosialisasi"}),
    ("KPU Agam menggelar Penyuluhan Pilkada 2024 kepada ASN di Sukamaju, Rabu (30/10/2024).\n"
     "Kajari Agam, Rudi Hartono, yang tampil sebagai narasumber menekankan pentingnya "
     "netralitas ASN.", {"sosialisasi", "imbauan"}),
    # a briefing on supervising the civil servants is on their neutrality; one on the
    # public's part in supervision is not
    ("Hal itu ditegaskan Ketua Bawaslu Agam, Rudi Hartono, dalam sesi sosialisasi pengawasan "
     "ASN pada tahapan pencalonan, Rabu (21/8/2024).", {"sosialisasi"}),
    ("Bawaslu menggelar sosialisasi pengawasan partisipatif bagi pemuda di Agam, Rabu "
     "(21/8/2024).", set()),
]
