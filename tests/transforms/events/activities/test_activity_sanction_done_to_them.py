"""A sanction told as already done to the people a relative clause describes ("kades yang
tidak netral itu sudah diberhentikan", "... tersebut telah dijatuhi hukuman disiplin") is a
sanction decided (`sanksi`), the perfective right before the sanction's own passive verb; the
same relative clause with a modal, a duty or no perfective is a rule for whoever breaks it, a
warning (`imbauan`). One told as decided for them ("sudah diputuskan untuk mendapat sanksi")
is a sanction decided too. A body wound up ("KASN sudah dinonaktifkan") is no one sanctioned.
Invented sentences; each shape paired with its look-alike
(activities.sanction_cues.DONE_TO_THEM)."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # done to those people: decided
    ("Camat yang berpihak pada petahana itu telah dibebastugaskan oleh bupati, Senin (2/9).",
     {"sanksi", "pelanggaran"}),
    ("Kades Sukaraja yang terbukti tidak netral itu sudah diberhentikan sementara oleh bupati.",
     {"sanksi", "pelanggaran"}),
    ("Guru honorer yang terlibat kampanye tersebut resmi diberhentikan oleh kepala dinas.",
     {"sanksi", "pelanggaran"}),
    ("Sekretaris desa yang memihak paslon itu sudah dinonaktifkan oleh kepala desa.",
     {"sanksi", "pelanggaran"}),
    # of whoever, to come or owed: a warning
    ("ASN yang tidak netral sudah pasti akan diberi sanksi.", {"imbauan"}),
    ("ASN yang terbukti tidak netral tentu akan diberhentikan.", {"imbauan"}),
    ("Pegawai yang melanggar netralitas harus diberi sanksi tegas oleh bupati.", {"imbauan"}),
    # a body wound up, not a person: no sanction
    ("Laporan itu belum diteruskan karena proses di KASN sudah dinonaktifkan.", set()),
    ("Sejak Komisi ASN dinonaktifkan, laporan soal camat diteruskan ke BKN.", set()),
    ("Camat Sukamaju sudah dinonaktifkan oleh bupati karena berkampanye.",
     {"sanksi", "pelanggaran"}),
    # an acting head removed, the article's lead on neutrality: a sanction decided; what a
    # cited law's article lays down ("berdasarkan pasal ..., bahwa PNS diberhentikan") is a rule
    ("Pj Bupati Agam Dicopot, Diduga Tidak Netral dalam Pemilu 2024\nPenjabat (Pj) Bupati "
     "Agam diberi sanksi tegas oleh Menteri Dalam Negeri.\nRudi Hartono, Pj Bupati tersebut, "
     "dicopot dari jabatannya.", {"sanksi", "pelanggaran"}),
    ("Dia menyebutkan berdasarkan pasal 87 ayat (4) huruf b, bahwa PNS diberhentikan dengan tidak "
     "hormat karena menjadi anggota partai politik.", {"imbauan"}),
    ("Sesuai peraturan, kepala desa Sukamaju diberhentikan sementara oleh Bupati karena tidak "
     "netral, Senin (7/10).", {"sanksi", "pelanggaran"}),
    # decided for them ("sudah diputuskan untuk mendapat sanksi"); to come, or a report sent for
    # one: a warning, a case handed on
    ("KASN membalas surat rekomendasi Bawaslu Agam soal netralitas ASN, dan sudah diputuskan "
     "untuk mendapat sanksi kepegawaian.", {"sanksi", "pelanggaran"}),
    ("Jika terbukti, pegawai itu akan diputuskan untuk mendapat sanksi kepegawaian.",
     {"imbauan"}),
    ("Bawaslu Agam sudah memutuskan untuk meneruskan laporan soal camat itu ke KASN untuk diberi "
     "sanksi.", {"pelanggaran"}),
    # (review) examined, not decided yet
    ("Kasus itu sudah diperiksa Bawaslu, namun belum diputuskan untuk mendapat sanksi dari Bupati "
     "Agam.", {"pelanggaran"}),
]
