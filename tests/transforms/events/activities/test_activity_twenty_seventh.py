"""Activities: causes read at the twenty-seventh stop, each with its limit. A declaration done
("sudah melakukan deklarasi serta ... agar menjaga netralitas") is a pledge when neutrality is
its aim further on in its sentence; an event of coordination ("acara koordinasi") is a
briefing; "memberi materi" is a speaker's talk as "memberikan materi" is; a pledge named again
as one of support ("melakukan ikrar, termasuk ikrar dukungan kepada salah satu calon") is none;
"Pembinaan Netralitas ASN" as an item of an occasion's name after "kegiatan" is a briefing
held. Invented sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a declaration done, neutrality its aim further on
    ("\"Kegiatan sosialisasi ini berjalan lancar dan kami sudah melakukan deklarasi serta "
     "melakukan tanda tangan pakta integritas agar menjaga netralitas,\" kata Ketua Panwascam "
     "Sukamaju.",
     {"sosialisasi", "ikrar", "pakta_integritas"}),
    # (limit) a declaration of something else
    ("Bawaslu Agam melakukan deklarasi tolak politik uang bersama warga Sukamaju.", set()),
    # an event of coordination
    ("Hal itu disampaikan Ketua Bawaslu saat membuka acara koordinasi kesiapan kepala daerah "
     "menjaga netralitas ASN pada Pilkada 2024.", {"sosialisasi"}),
    # a speaker's talk
    ("Sekda Agam memberi materi tentang netralitas ASN kepada para camat dan lurah.",
     {"sosialisasi"}),
    # a pledge of support forbidden, named again
    ("\"Jangan sampai membentuk tim sukses hingga melakukan ikrar, termasuk ikrar dukungan "
     "kepada salah satu bakal calon,\" kata Sekda Agam.", set()),
    # (limit) a pledge of neutrality read
    ("Seluruh ASN Pemkab Agam melakukan ikrar netralitas di halaman kantor bupati.", {"ikrar"}),
    # an item of an occasion's name
    ("Hal tersebut disampaikan Gubernur saat menghadiri kegiatan Penyampaian Hasil Evaluasi "
     "Penyelenggaraan Pemerintahan Daerah, Pembinaan Netralitas ASN dan Reformasi Birokrasi.",
     {"sosialisasi"}),
    # (limit) coaching as a standing function
    ("Pembinaan Netralitas ASN menjadi tugas Badan Kepegawaian Daerah.", set()),
    # (review) a declaration against something, of a candidate; a neutrality word after
    ("Polisi melakukan deklarasi anti narkoba di Sukamaju, dan meminta ASN tetap netral dalam "
     "Pilkada.", set()),
    ("Partai Sukamaju melakukan deklarasi bakal calon bupati di Agam, sementara Bawaslu meminta "
     "ASN untuk netral.", set()),
    # (review) a pledge restated with its content, not of support
    ("Seluruh kepala desa melakukan ikrar, seperti ikrar dukungan terhadap Pilkada damai dan "
     "tidak berpihak kepada calon tertentu.", {"ikrar"}),
]
