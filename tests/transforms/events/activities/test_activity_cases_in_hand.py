"""Cases told by the shape of their sentence: civil servants counted who are being handled,
a report received opened by "Terbaru," (the latest one, a particular case), an earlier
incident held up by a name as an example ("kasus ... seperti Lurah X"), and a finding word
with no finder right after the rule it is read by ("sesuai ketentuan yang berlaku
menemukan ..."). Invented sentences; each pattern paired with a look-alike guard."""

# the shared table checks, run over KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # civil servants counted, being handled: cases in hand
    ("Hingga kini, sudah ada 9 guru di Kecamatan Wates dan 4 di Kecamatan Sentolo yang tengah "
     "ditangani Panwaslu, ucap Ketua Panwaslu.", {"pelanggaran"}),
    ("Menurut dia, belasan pegawai dari tiga dinas yang masih ditangani, kata Darto.",
     {"pelanggaran"}),
    # (a count of civil servants whose promotion is handled: the handled verb goes on)
    ("Hingga kini, sudah ada 9 guru di Kecamatan Wates dan 4 di Kecamatan Sentolo yang tengah "
     "ditangani berkas kenaikan pangkatnya.", set()),
    # (being handled, said of something else: a case not counted, the files)
    ("Menurut Ketua Panwaslu, perkara yang sedang ditangani bukan soal pegawai.", set()),
    ("Sebanyak 40 pegawai hadir, sementara berkas yang sudah ditangani, kata Kepala BKD.",
     set()),
    # the latest report received: a particular case
    ("Terbaru, Panwaslu Kabupaten Sukamaju menerima aduan soal netralitas guru honorer.",
     {"pelanggaran"}),
    # (reports received with nothing particular: how reports come in)
    ("Panwaslu Kabupaten Sukamaju menerima aduan soal netralitas guru honorer.", set()),
    # an earlier incident held up by a name: an example, not this occasion's case
    ("Kasus lama seperti Lurah Sidoarum yang sudah dilaporkan ke Panwaslu jangan sampai "
     "terulang, ujarnya.", {"imbauan"}),
    # (the case itself named, no example)
    ("Kasus Lurah Sidoarum sudah dilaporkan ke Panwaslu Kota Sukamaju, Senin (4/3/2024).",
     {"pelanggaran"}),
    # a finding word with no finder, right after the rule: the rule's wording
    ("Ia menambahkan, sesuai ketentuan yang berlaku menemukan adanya pegawai di lingkup Pemkab "
     "Sukamaju dan instansi vertikal.", set()),
    # (the finder named after the rule: a finding)
    ("Sesuai ketentuan yang berlaku, Panwaslu menemukan adanya pegawai yang memasang alat "
     "peraga seorang calon, Senin (4/3/2024).", {"pelanggaran"}),
]
