"""Activities: a briefing a speaker tells along the way in the first person, with "juga" or
"pun" and no "sudah" ("Kami juga lakukan sosialisasi ...", "Kemarin juga kami ... zoom
meeting ..."), inside a quotation: the body's effort or another day's meeting, not the
occasion of the statement (LABELS.md: an activity counts only when done at this occasion).
A day, a venue, "hari ini"/"tadi" or the occasion pointed at ("dalam kegiatan ini") keeps it;
so does the narrator's "juga". Invented sentences."""

# the shared table checks, run over KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # told along the way in a quotation: no briefing of this occasion
    ("\u201cKemarin juga kami pemkab zoom meeting bersama Bawaslu RI membahas batasan "
     "netralitas pegawai,\u201d kata Sekda Tanjung Sari, Rina Kusuma.", set()),
    ("\"Kami juga lakukan sosialisasi soal larangan politik praktis bagi semua pegawai "
     "dinas,\" tutur Kepala BKD Sukamaju.", set()),
    ("Menurut Kepala Dinas Pendidikan, \"kita pun menggelar sosialisasi aturan netralitas ASN "
     "bagi para guru honorer\".", set()),
    ("\"Juga kami adakan rapat koordinasi tentang netralitas ASN dengan para camat,\" tambah "
     "Asisten I Pemkab Lembah Hijau.", set()),
    # near misses: the day, the venue, today, the occasion pointed at, the narrator's "juga",
    # a sentence outside any quotation
    ("\"Hari ini kami juga menggelar sosialisasi netralitas ASN bagi para lurah,\" kata Wali "
     "Kota Sukamaju.", {"sosialisasi"}),
    ("\"Kami juga melakukan sosialisasi netralitas ASN di aula kantor camat, Selasa "
     "(5/3/2024),\" ujarnya.", {"sosialisasi"}),
    ("\"Dalam kegiatan ini kami juga memberikan sosialisasi netralitas kepada 200 pegawai,\" "
     "ujar Kepala BKD Lembah Hijau.", {"sosialisasi"}),
    ("Bawaslu Sukamaju juga menggelar sosialisasi netralitas ASN bagi kepala desa.",
     {"sosialisasi"}),
    ("Kami juga lakukan sosialisasi soal larangan politik praktis bagi semua pegawai dinas.",
     {"sosialisasi"}),
]
