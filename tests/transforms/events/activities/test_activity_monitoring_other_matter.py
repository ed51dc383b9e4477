"""Activities: monitoring of another election matter than neutrality, named right after the
act (or after "langsung" or a patrol's "pengawasan"): the organisers' readiness, vote buying,
the health rules of a campaign. Not `pengawasan` of ASN neutrality unless neutrality is named
with it; a patrol of the election's supervision in general stays (the one a case may come
from). Invented sentences."""

# the shared table checks, run over KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # another matter watched: no monitoring of neutrality
    ("\"Tiap kali kami patroli pengawasan politik uang, para pelaku langsung menghilang,\" kata "
     "Ketua Bawaslu Sukamaju.", set()),
    ("Ketua Bawaslu Lembah Hijau mengaku telah mengecek langsung kesiapan KPU setempat menjelang "
     "hari pencoblosan.", set()),
    ("Panwascam Sukaraja sudah memantau kesiapan gudang logistik dan TPS di tiga desa.", set()),
    ("Bawaslu Tanjung Sari telah melakukan pengawasan money politic di 12 kecamatan sepanjang "
     "masa tenang.", set()),
    ("Tim Bawaslu menggelar patroli protokol kesehatan di lokasi kampanye terbuka, Sabtu "
     "(10/10/2020).", set()),
    # the candidates' registration or a debate watched
    ("Ketua Bawaslu Sukamaju bersama timnya hadir langsung memantau proses pendaftaran di Kantor "
     "KPU Sukamaju, Kamis (29/8/2024).", set()),
    ("Bawaslu Agam telah melakukan pengawasan debat publik calon bupati di gedung serbaguna, "
     "Sabtu (2/11/2024).", set()),
    # near misses: neutrality named with the other matter, civil servants watched, a patrol of
    # the election's supervision in general
    ("Bawaslu menggelar patroli pengawasan politik uang dan netralitas ASN selama masa tenang, "
     "Minggu (24/11/2024).", {"pengawasan"}),
    ("Bawaslu Sukamaju menggelar patroli pengawasan netralitas ASN di kantor-kantor dinas, Senin "
     "(4/3/2024).", {"pengawasan"}),
    ("Inspektorat telah memantau langsung kehadiran ASN di lokasi kampanye, Kamis (7/11/2024).",
     {"pengawasan"}),
    ("Bawaslu Sukamaju memantau proses pendaftaran paslon sekaligus netralitas ASN yang hadir "
     "di kantor KPU, Kamis (29/8/2024).", {"pengawasan"}),
    ("Kasus itu ketahuan saat patroli pengawasan pemilu oleh panwascam di Desa Sukaraja.",
     {"pengawasan"}),
]
