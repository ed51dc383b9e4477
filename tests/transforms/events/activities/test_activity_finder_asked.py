"""Anyone who finds a violation asked to report it, told by a relative clause ("Warga yang
menemukan ASN tidak netral diminta melapor", "siapa pun yang mendapati ..., segera laporkan",
"mengajak pegawai yang menjumpai ... untuk melapor"): advice, no case (`pelanggaran`), as the
same advice told with "jika/ketika" is. A finder named (a watchdog's own finding), or one told
as done or pointed at ("Warga yang menemukan ... itu sudah melapor"), stays a case. Invented
sentences; each shape paired with its look-alike (activities.finding_cues.IF_FOUND_LATE)."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # anyone who finds one, asked to report: no case
    ("Pegawai yang menemukan pelanggaran netralitas diminta segera melapor ke Panwaslu.",
     {"imbauan"}),
    ("Penduduk desa, dan warga yang mendapati ASN tidak netral, diharapkan melaporkannya ke "
     "Panwascam.", {"imbauan"}),
    ("Masyarakat yang menemukan adanya ASN berkampanye silakan melapor ke Panwaslu setempat.",
     set()),
    ("Bagi siapa pun yang menemukan dugaan pegawai memihak calon, segera laporkan ke "
     "Panwascam.", set()),
    ("Ketua Panwaslu mengajak pemilih yang menjumpai pelanggaran netralitas untuk melapor.",
     {"imbauan"}),
    # a finder named, or the finding told as done and pointed at: a case
    ("Panwascam yang menemukan dua ASN berkampanye diminta segera melapor ke Panwaslu "
     "kabupaten.", {"pelanggaran"}),
    ("Warga yang menemukan ASN berkampanye itu sudah melapor ke Panwaslu kemarin.",
     {"pelanggaran"}),
    ("Panwaslu Sukamaju menemukan dua ASN yang ikut kampanye, Senin (2/9).", {"pelanggaran"}),
]
