"""A coordination meeting on neutrality is a briefing (`sosialisasi`) when its sentence names
neutrality by another name, preventing or supervising the civil servants' (or village heads')
involvement or siding ("rakor ... terkait pengawasan keterlibatan ASN", "rapat pencegahan
keberpihakan kades"), or when officials are told as meeting to discuss neutrality ("Panwaslu
bertemu Pemkab membahas netralitas ASN"). Not: a meeting on a case ("bertemu camat itu soal
dugaan ..."), on another matter, or an official meeting others on another topic. Invented
sentences; each shape paired with its look-alike (activities.briefings.on_topic, the
"bertemu" phrase of activities.lexicon_gatherings)."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # officials meeting to discuss neutrality
    ("Panwaslu Sukamaju bertemu Pemkab Sukamaju membahas netralitas ASN, Selasa (10/9).",
     {"sosialisasi"}),
    ("Ketua Panwaslu bertemu Wakil Bupati untuk membahas soal netralitas aparatur, Jumat "
     "(13/9).", {"sosialisasi"}),
    # neutrality by another name: preventing or supervising the involvement
    ("Panwaslu menggelar rakor bersama Pemkab terkait pengawasan keterlibatan ASN dalam "
     "Pilkada, Rabu (11/9).", {"sosialisasi"}),
    ("Rakor pencegahan keberpihakan kepala desa pada Pilkada itu digelar di Aula Setda, Kamis "
     "(12/9).", {"sosialisasi"}),
    ("Rapat koordinasi untuk mengantisipasi keterlibatan pegawai dalam kampanye berlangsung di "
     "Hotel Mekar, Senin (16/9).", {"sosialisasi"}),
    # a meeting on a case, on another matter, or officials meeting others on another topic
    ("Panwaslu bertemu camat itu soal dugaan ketidaknetralan di wilayahnya.", set()),
    ("Rapat koordinasi Forkopimda membahas kesiapan pengamanan Pilkada, Senin (2/9).", set()),
    ("Bupati bertemu para petani membahas harga gabah, Senin (2/9).", set()),
    ("Rakor itu membahas laporan keterlibatan ASN dalam kampanye, Senin (2/9).", set()),
]
