"""A gathering that is the offence itself is no briefing held (`sosialisasi`): one civil
servants attended in office hours ("ikut serta sosialisasi pada jam kerja", "hadir dalam
pertemuan saat jam kantor"), or the one a report, a complaint or a case is about ("laporan
terkait pertemuan yang digelar kepala dinas ..."). A briefing on neutrality held in office
hours, or one where a report was received, stays a briefing. Invented sentences; each shape
paired with its look-alike (activities.briefings.offence_told)."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

_CASE = "Panwaslu Sukamaju sedang menangani kasus netralitas ASN. "

KIND_CASES = [
    # attended in office hours: the offence, not a briefing
    (_CASE + "Tiga staf kecamatan ikut serta dalam sosialisasi itu pada jam dinas.",
     {"pelanggaran"}),
    (_CASE + "Beberapa guru kedapatan mengikuti sosialisasi pada jam kerja.", {"pelanggaran"}),
    (_CASE + "Dua lurah juga hadir dalam sosialisasi saat jam kantor.", {"pelanggaran"}),
    (_CASE + "Seorang kepala seksi terlihat di acara sosialisasi bakal calon selama jam kerja.",
     {"pelanggaran"}),
    # the gathering a report or a case is about
    ("Kasus dugaan pelanggaran netralitas pegawai itu bermula dari laporan terkait pertemuan yang "
     "digelar Kepala Dinas Perikanan bersama para stafnya.", {"pelanggaran"}),
    ("Panwaslu menerima aduan soal pertemuan yang dihelat seorang kepala sekolah dengan para "
     "guru honorer.", {"pelanggaran"}),
    # a briefing on neutrality held in office hours, or where a report was received: a briefing
    ("Sosialisasi netralitas ASN itu digelar pada jam kerja di Aula Kantor Bupati Sukamaju, "
     "Senin (2/9).", {"sosialisasi"}),
    ("Sejumlah ASN mengikuti sosialisasi netralitas di Aula Kantor Bupati Sukamaju, Senin "
     "(2/9).", {"sosialisasi"}),
    ("Panwaslu menerima laporan saat menggelar pertemuan dengan para camat soal netralitas ASN, "
     "Senin (2/9).", {"pelanggaran", "sosialisasi"}),
    # a candidate pair's gathering named by the pair's names (a headline's shape): no briefing
    ("Hadiri Sosialisasi Budi-Rina, Kades Sukamaju Diduga Langgar Netralitas", {"pelanggaran"}),
    ("Pemkab Gelar Sosialisasi Pra-Pilkada, ASN Diminta Netral", {"sosialisasi", "imbauan"}),
]
