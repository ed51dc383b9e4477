"""Activities: a duty defined ("tugas utama kami adalah ..., serta mengawasi ..."): the
monitoring is one of the things the duty is, not monitoring done at this occasion, so no
`pengawasan`. Monitoring told as done beside a duty word with no definition stays.
Invented sentences."""

# the shared table checks, run over KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a duty defined, on a dated statement: no monitoring
    ("\"Tugas utama pegawai adalah menyukseskan pemilihan kepala daerah, serta mengawasi "
     "netralitas ASN,\" ujar Markus, Senin, 12 Agustus 2024.", set()),
    ("\"Fungsi kami ialah membina pegawai dan memantau netralitas ASN di setiap dinas,\" kata "
     "Inspektur Lembah Hijau, Rabu (9/10/2024).", set()),
    ("Menurut dia, tugas Bawaslu yakni mencegah pelanggaran serta melakukan pengawasan "
     "netralitas ASN, Kamis (10/10/2024).", set()),
    ("Kewajiban panwascam yaitu mendata pemilih dan mengawasi netralitas aparatur desa, ujar "
     "Ketua Panwascam Sukaraja, Jumat (11/10/2024).", set()),
    ("\"Tanggung jawab kita sebagai pengawas adalah memastikan semua jujur dan memantau "
     "netralitas pegawai negeri,\" katanya di Sukamaju, Selasa (8/10/2024).", set()),
    # near misses: monitoring told as done, with a duty word but no duty defined, or with a
    # definition of something else
    ("Sesuai tugasnya, Bawaslu Sukamaju telah memantau akun media sosial 40 ASN sejak Senin "
     "(4/3/2024).", {"pengawasan"}),
    ("Tugas kami adalah mencegah; karena itu Bawaslu Sukamaju telah memantau akun media sosial "
     "40 ASN sejak Senin (4/3/2024).", {"pengawasan"}),
    ("Tugas itu berat. Bawaslu Lembah Hijau menggelar patroli pengawasan netralitas ASN di "
     "kantor-kantor dinas, Senin (4/3/2024).", {"pengawasan"}),
]
