"""A declaration of support for a candidate made by civil servants or village heads is the
offence itself told (`pelanggaran`), whatever the verb ("mendeklarasikan dukungan", "menyatakan
sikap mendukung", "berikrar mendukung", "deklarasi dukungan ... oleh"), and never the pledge of
neutrality (`ikrar`), which stays a pledge when neutrality is what is pledged. Not a case: the
same declaration made by others (volunteers, residents, a party), forbidden, owed, asked
against, listed as a kind of offence or supposed ("jika ada kades yang ..."), or support for
the watchdog rather than a candidate, or oneself declared a candidate ("mendeklarasikan diri
sebagai calon"). Invented sentences; each shape paired with its
look-alike (activities.declarations)."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # declared by those bound to neutrality: a case, whatever the verb and order
    ("Belasan kepala desa di Kecamatan Karanganyar mendeklarasikan dukungan kepada pasangan "
     "calon bupati nomor urut 3 di sebuah gedung serbaguna.", {"pelanggaran"}),
    ("Sebanyak 24 kades menyatakan dukungan untuk salah satu calon gubernur dalam acara di "
     "Desa Tirtomoyo, Sabtu (7/9).", {"pelanggaran"}),
    ("Para lurah se-Kecamatan Baturaja berikrar mendukung pasangan calon wali kota nomor urut 1 "
     "di sebuah rumah makan.", {"pelanggaran"}),
    ("Sejumlah ASN dinas pertanian, Minggu (8/9), menyatakan sikap mendukung calon petahana.",
     {"pelanggaran"}),
    ("Hasil penelusuran Panwaslu membenarkan adanya deklarasi dukungan para kepala desa kepada "
     "salah satu paslon.", {"pelanggaran"}),
    ("Relawan itu mengadukan deklarasi dukungan puluhan perangkat desa kepada calon bupati "
     "petahana ke Panwaslu.", {"pelanggaran"}),
    # a pledge of neutrality is still a pledge
    ("Seluruh kepala desa mengikuti deklarasi netralitas di Aula Kantor Bupati Wonosari, Senin "
     "(2/9).", {"ikrar"}),
    ("Para kepala desa berikrar menjaga netralitas dalam Pilkada 2024.", {"ikrar"}),
    # declared by others: no case, and no pledge
    ("Warga Dusun Sidomulyo mendeklarasikan dukungan kepada pasangan calon bupati di lapangan "
     "desa.", set()),
    ("Relawan berikrar mendukung pasangan calon nomor urut 2 di depan ratusan simpatisan.",
     set()),
    # forbidden, owed, asked against, listed as a kind, supposed: no declaration made
    ("Panwaslu mengingatkan kepala desa agar tidak mendeklarasikan dukungan kepada calon "
     "tertentu.", {"imbauan"}),
    ("Para kades dilarang menyatakan dukungan terhadap kandidat mana pun selama Pilkada.",
     {"imbauan"}),
    ("Pegawai wajib netral dengan tidak ikut serta dalam acara partai atau deklarasi dukungan "
     "kepada kandidat mana pun.", {"imbauan"}),
    ("Jika ada kades yang mendeklarasikan dukungan kepada paslon, Panwaslu akan menindak.",
     {"imbauan"}),
    # support for the watchdog, not a candidate
    ("Bupati menyatakan dukungan kepada Panwaslu dalam mengawasi netralitas ASN.", set()),
    # oneself declared a candidate: an offence listed, no pledge; oneself declared neutral is one
    ("Bawaslu Agam mencatat beberapa tren pelanggaran netralitas ASN, di antaranya "
     "mendeklarasikan diri sebagai calon kepala daerah.", {"pelanggaran"}),
    ("Bawaslu Agam mencatat pelanggaran netralitas ASN, di antaranya ASN yang mendeklarasikan "
     "dirinya menjadi bakal calon bupati.", {"pelanggaran"}),
    ("Ratusan ASN Agam mendeklarasikan diri sebagai ASN yang netral pada Pilkada 2024 di halaman "
     "kantor bupati, Senin (2/9/2024).", {"ikrar"}),
]
