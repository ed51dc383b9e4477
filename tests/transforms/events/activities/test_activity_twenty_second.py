"""Activities: causes read at the twenty-second stop, each with its limit: a number in a body's
name counts no one; a briefing hoped for after a comma is asked for, not held; a meeting pointed
at is a briefing when what it discussed names neutrality; a finding word of whoever again, or
one that happens at times, is no case; a sanction told of "waktu itu" is an earlier occasion's,
and one due by next week is not decided yet; an assembly whose "l" was lost is one. Invented
sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

_HELD = "Bawaslu Agam menggelar sosialisasi netralitas ASN di Aula Kantor Bupati Agam. "

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a number in a body's name is no count of people
    ("Komisi 1 DPRD Agam Peringatkan ASN yang Melanggar", set()),
    ("Komisi 1 DPRD Agam memperingatkan ASN yang melanggar netralitas.", set()),
    # (limit) people counted are cases
    ("Bawaslu Agam memeriksa 3 ASN yang melanggar netralitas dalam Pilkada 2024.",
     {"pelanggaran"}),
    # a briefing hoped for, the hope before a comma
    ("Ketua Bawaslu Agam Rudi Hartono berharap, sosialisasi dari KASN langsung ke pemerintah "
     "daerah agar netralitas ASN terjaga.", {"imbauan"}),
    # (limits) one held, pointed at or told as held, that the hope is about
    (_HELD + "Rudi berharap, sosialisasi ini bermanfaat bagi ASN.", {"sosialisasi"}),
    ("Rudi berharap, sosialisasi netralitas ASN yang digelar di Aula Kantor Bupati Agam "
     "bermanfaat.", {"sosialisasi"}),
    # a meeting pointed at, on neutrality by what it discussed
    ("Hal itu dikatakan Sekda Agam usai Rapat Desk Pilkada di Aula Kantor Bupati Agam, Jumat "
     "(9/3/2018). Dalam rapat tersebut dia membahas dua hal, yaitu netralitas ASN dan data "
     "pemilih.", {"sosialisasi"}),
    ("Dalam rapat itu dibahas pula netralitas ASN dalam Pilkada 2024.", {"sosialisasi"}),
    # (limit) one that discussed another matter
    ("Dalam rapat yang membahas kesiapan logistik itu, Bupati Agam juga meminta ASN netral.",
     {"imbauan"}),
    # a finding word of whoever, told again after the first
    ("Mengenai sanksi yang diberlakukan terhadap ASN yang kedapatan mendukung salah satu calon, "
     "BKPSDM berpedoman kepada PP Nomor 94 Tahun 2021 bagi ASN yang ketahuan terlibat politik "
     "praktis.", set()),
    # what happens at times
    ("Pengawasan dilakukan secara digital, sehingga terkadang seorang ASN tidak tahu dirinya "
     "sudah dilaporkan dalam pelanggaran netralitas.", set()),
    # (limit) people found who did it at times
    ("Bawaslu Agam menemukan dua ASN yang kadang ikut kampanye, dan keduanya sudah dilaporkan "
     "ke KASN atas pelanggaran netralitas.", {"pelanggaran"}),
    # a case of an earlier election, told of "waktu itu"
    ("Pada Pilkada 2020 lalu, Bawaslu memproses Camat Sukamaju karena tidak netral. Terlapor "
     "waktu itu Camat Sukamaju menjalani proses hukum dan akhirnya divonis bersalah.", set()),
    # (limit) "waktu itu juga": right then
    ("Bupati Agam memecat Camat Sukamaju waktu itu juga karena terbukti tidak netral dalam "
     "Pilkada 2024.", {"sanksi", "pelanggaran"}),
    # a decision due by next week: no sanction decided yet
    ("Paling lama pekan depan sudah keluar putusan terkait sanksi disiplin berat terhadap lima "
     "ASN yang dinyatakan melanggar netralitas.", {"pelanggaran"}),
    # (limit) one decided
    ("Kini sudah keluar putusan terkait sanksi disiplin berat terhadap lima ASN yang dinyatakan "
     "melanggar netralitas.", {"sanksi", "pelanggaran"}),
    # an assembly, its "l" lost
    ("Hal itu disampaikan Pj Gubernur saat memimpin ape gabungan di halaman Kantor Bupati Agam, "
     "Rabu (17/1/2024), agar ASN menjaga netralitas.", {"apel", "imbauan"}),
    # people counted as reported to the watchdog by someone named between
    ("Menurut Bawaslu Agam, terdapat 11 kades yang dilaporkan oleh tim kuasa hukum paslon 01 "
     "dan 02 ke Bawaslu Kabupaten Agam.", {"pelanggaran"}),
    # one examined by the watchdog
    ("Kades Sukamaju tersebut akhirnya diperiksa Bawaslu Agam pada Rabu (29/11) karena "
     "mengajak warga memilih caleg tertentu.", {"pelanggaran"}),
    # (limit) an examination of another kind
    ("Kesehatan para petugas KPPS diperiksa di puskesmas sebelum pemungutan suara.", set()),
    # a talk given at an inauguration: the appeal alone
    ("Instruksi menjaga netralitas ASN tersebut disampaikan Pj Gubernur saat memberikan arahan "
     "di acara pelantikan 203 pejabat administrator di Balai Kota Agam.", {"imbauan"}),
    # (limit) a briefing on neutrality given to civil servants
    ("Pj Gubernur memberikan arahan tentang netralitas ASN kepada 203 pejabat di Aula Balai "
     "Kota Agam, Rabu (27/12/2023).", {"sosialisasi"}),
    # briefings made massive: an effort kept up
    ("Bawaslu Agam memasifkan sosialisasi netralitas ASN kepada seluruh pegawai.", set()),
    # a pledge reminded of, made before
    ("Pj Gubernur saat apel pagi di halaman kantor gubernur kembali mengingatkan deklarasi "
     "netralitas ASN agar Pilkada berjalan aman.", {"apel", "imbauan"}),
    ("Rudi mengingatkan Pemkab Agam lewat Pj Bupati Rina Wati pada pertemuan dengan Bawaslu di "
     "Jakarta yang lalu telah mendeklarasikan netralitas ASN.", {"imbauan"}),
    # (limit) a pledge read after the reminder
    ("Bupati mengingatkan ASN untuk menjaga netralitas, lalu seluruh ASN membacakan ikrar "
     "netralitas di halaman kantor bupati.", {"ikrar", "imbauan"}),
    # (review) limits of the rules above: a pledge made at this occasion after a reminder; a
    # sanction decided that starts at a time ahead, or a time ahead in another clause; a
    # meeting that did not discuss neutrality; a time up to now, or right then
    ("Usai Bupati mengingatkan pentingnya netralitas, 500 ASN Pemkab Agam telah "
     "mendeklarasikan netralitas di Lapangan Sukamaju, Senin (2/11/2020).", {"ikrar", "imbauan"}),
    ("Bupati mengingatkan ASN bahwa hari ini mereka telah berikrar netralitas di hadapan "
     "Forkopimda.", {"ikrar", "imbauan"}),
    ("Mulai besok, Kades Sukamaju diberhentikan sementara oleh Bupati karena terbukti tidak "
     "netral.", {"sanksi", "pelanggaran"}),
    ("Bupati telah memutuskan, mulai bulan depan dua ASN yang terbukti ikut kampanye dijatuhi "
     "sanksi penurunan pangkat.", {"sanksi", "pelanggaran"}),
    ("Menurut Rudi, pekan depan sosialisasi digelar lagi; sementara dua ASN yang terbukti ikut "
     "kampanye telah dijatuhi sanksi teguran tertulis.", {"sanksi", "pelanggaran"}),
    ("Rapat tersebut tidak membahas netralitas ASN.", set()),
    ("Rapat itu berlangsung di kantor bupati; ia tidak membahas soal netralitas ASN.", set()),
    ("Rapat tersebut tak lagi membahas netralitas ASN karena waktu habis.", set()),
    ("Dalam jangka waktu itu, Bawaslu Agam telah menemukan tiga ASN yang terlibat kampanye.",
     {"pelanggaran"}),
    ("Sejak waktu itu hingga kini, Bawaslu Agam sudah merekomendasikan lima ASN ke KASN.",
     {"pelanggaran"}),
    ("Di waktu itu pula Bawaslu langsung memproses dugaan pelanggaran netralitas Kades "
     "Sukamaju.", {"pelanggaran"}),
    # a tally over elections is background
    ("Agus menyampaikan selama dua periode Pemilu sebanyak 40 ASN diberhentikan karena "
     "melanggar peraturan yang berlaku.", set()),
    ("\"Pada 2 kali gelombang Pilkada, kasus ASN ini menjadi pelanggaran terbanyak,\" ungkap "
     "Rudi.", set()),
    # (limit) this election's cases counted
    ("Pada Pilkada kali ini, Bawaslu Agam menemukan dua kasus ASN yang tidak netral.",
     {"pelanggaran"}),
    # (limit) a sanction of this election's campaign
    ("Selama masa kampanye Pilkada 2024, Bupati Agam memberhentikan dua ASN karena terbukti "
     "tidak netral.", {"sanksi", "pelanggaran"}),
    # a wrongdoer photographed with a candidate: a case reported
    ("Oknum Kepala Dinas Berfoto Selfie dengan Cawapres, Bawaslu akan Minta Klarifikasi",
     {"pelanggaran"}),
    # (limits) the rule told, and whoever would
    ("ASN dilarang berfoto bersama calon kepala daerah, kata Ketua Bawaslu Agam.", {"imbauan"}),
    ("Oknum ASN yang berfoto dengan paslon akan ditindak, kata Ketua Bawaslu Agam.",
     {"imbauan"}),
    # caught posing with a would-be candidate, counted or a wrongdoer
    ("Lima camat di Agam tertangkap berpose bersama pasangan bakal calon bupati di lokasi "
     "deklarasi.", {"pelanggaran"}),
    ("Oknum camat di Agam berpose dengan bakal paslon bupati di lokasi deklarasi.",
     {"pelanggaran"}),
    # (limit) the rule told
    ("ASN dilarang berpose dengan paslon, kata Bupati Agam.", {"imbauan"}),
    # the kinds of penalty a regulation sets, told
    ("Ada pun hukuman atau sanksi yang dijatuhkan kepada ASN yang tidak netral tersebut pun "
     "masuk dalam Peraturan Pemerintah (PP).", {"imbauan"}),
    # briefings kept up, in a quote whose attribution alone has a day: an effort
    ('"Agam rawan pelanggaran ASN, oleh karena itu kami terus melakukan sosialisasi dan terus '
     'mengingatkan soal netralitas ASN," kata Koordinator Divisi Bawaslu Agam, Rudi Hartono, '
     "di Lubuk Basung, Senin.", {"imbauan"}),
    # (limit) one kept up and dated itself
    ("Bawaslu Agam terus melakukan sosialisasi netralitas ASN kepada para camat, Senin "
     "(7/10/2024), kata Rudi.", {"sosialisasi"}),
    # the effort a gathering is part of, named before it
    ('Sebagai bagian dari upaya sosialisasi, Bawaslu Agam sebelumnya menggelar forum bertema '
     '"Netralitas ASN" di Aula Ratona.', set()),
    # (limit) a briefing held, named an effort
    ("Bawaslu Agam melakukan upaya sosialisasi netralitas ASN di Aula Kantor Bupati Agam, Senin "
     "(7/10/2024).", {"sosialisasi"}),
    # a security patrol after an assembly on security: no monitoring of neutrality
    ("Setelah apel gabungan, Pj Wali Kota Agam, Wakapolres Agam, Ketua Bawaslu Agam, Camat dan "
     "Lurah se-Kota Agam melakukan patroli keliling pengamanan Pemilu 2024.", set()),
    # (limit) a patrol of offices to watch neutrality
    ("Bawaslu Agam melakukan patroli keliling ke kantor-kantor OPD untuk mengawasi netralitas "
     "ASN, Senin (7/10/2024).", {"pengawasan"}),
    # a candidate brought to a gathering: the setting of the offence, no briefing
    ("Menurut dia, dugaan ketidaknetralan ASN tersebut yakni pada saat menghadirkan salah "
     "seorang calon anggota DPR RI Rudi Hartono yang diundang di kegiatan penyuluhan yang "
     "diselenggarakan Dinas Pertanian.", set()),
    # (limit) candidates at a briefing on neutrality held by the watchdog
    ("Bawaslu Agam menghadirkan calon bupati dan calon wakil bupati dalam sosialisasi "
     "netralitas ASN di Aula Kantor Bupati, Senin (7/10/2024).", {"sosialisasi"}),
    # (second review) limits: a period of this election is no tally; a briefing held as an
    # effort's means; a sanction given to one pointed at, its rule named; those who pledged,
    # reminded; "di waktu itu" back then
    ("Selama periode Pilkada 2024 ini, Bawaslu Agam telah menjatuhkan sanksi kepada tiga ASN yang "
     "terbukti berkampanye.", {"sanksi", "pelanggaran"}),
    ("Selama periode pemilihan, Bawaslu Agam menemukan tiga ASN terbukti berkampanye dan "
     "merekomendasikan ke KASN.", {"pelanggaran"}),
    ("Bawaslu Agam menggelar kegiatan di Aula Kantor Bupati sebagai upaya sosialisasi "
     "netralitas ASN, Senin (4/11/2024).", {"sosialisasi"}),
    ("Sanksi yang diberikan kepada kepala desa tersebut masuk dalam PP 94 tahun 2021 sebagai "
     "hukuman disiplin sedang.", {"sanksi", "pelanggaran"}),
    ("Bupati mengingatkan ASN yang telah berikrar netral agar konsisten.", {"imbauan"}),
    ("Di waktu itu, terlapor sudah dijatuhi sanksi oleh BKN karena tidak netral.", set()),
    # data held on the people involved: a case told
    ("Pj Wali Kota Agam mengaku pihaknya telah mengantongi data adanya segelintir oknum ASN di "
     "Pemkot Agam yang tergabung dalam grup WhatsApp paslon.", {"pelanggaran"}),
    # (limits) none held yet; a condition
    ("Bawaslu Agam belum mengantongi data ASN yang terlibat kampanye.", set()),
    ("Jika mengantongi bukti ASN terlibat kampanye, warga diminta melapor ke Bawaslu.",
     {"imbauan"}),
    # (third review) limits: those who pledged today; data on civil servants with no wrong told
    ("Dalam apel tersebut, Bupati mengingatkan seluruh ASN yang sudah berikrar hari ini untuk "
     "tetap netral dalam Pilkada 2024.", {"apel", "ikrar", "imbauan"}),
    ("KPU Agam telah mengantongi data ASN yang mendaftar sebagai anggota KPPS untuk Pilkada "
     "2024.", set()),
    # a rule told as a condition its first comma closes ("Ketika ..., maka ...")
    ('"Ketika ASN datang ke kampanye salah satu calon kepala daerah, maka langkah mereka sudah '
     'diduga melanggar netralitas," kata Rudi.', set()),
    # (limit) a reporter's "ketika dikonfirmasi" opening a case told
    ("Ketika dikonfirmasi, Ketua Bawaslu Agam menyebut tiga ASN sudah terbukti melanggar "
     "netralitas, maka kasusnya diteruskan ke BKN.", {"pelanggaran"}),
    # a sanction depending on a recommendation: none made
    ('"Sanksi tersebut bervariasi, mulai dari ringan hingga berat, tergantung rekomendasi BKN '
     'untuk dilaksanakan BKD," ujar Rudi.', {"imbauan"}),
    # duties joined: "bertugas melakukan pencegahan dan penindakan"
    ("Dalam pasal itu ditegaskan bahwa Bawaslu kabupaten atau kota bertugas melakukan "
     "pencegahan dan penindakan di wilayah kabupaten atau kota terhadap pelanggaran pemilu.",
     set()),
    # (limit) a recommendation issued
    ("Bawaslu Agam telah menerbitkan rekomendasi kepada BKN atas tiga ASN yang tidak netral.",
     {"pelanggaran"}),
    # a campaign under a briefing's guise: no briefing held
    ("Kepala dinas itu diduga menggelar kampanye berkedok sosialisasi netralitas ASN di "
     "sekolah.", {"pelanggaran"}),
    # one proven not to keep neutral: a case told
    ("Sementara itu, di Kabupaten Agam, seorang aparatur sipil negara (ASN) terbukti tidak "
     "menjaga netralitasnya selama masa pemilu.", {"pelanggaran"}),
    # (limits) whoever, and a condition
    ("ASN yang terbukti tidak netral akan dikenai sanksi, kata Bupati Agam.", {"imbauan"}),
    ("Jika terbukti tidak netral, ASN akan dipecat.", {"imbauan"}),
    # (fourth review) limits: a time, not a condition ("Begitu ..., maka", "Saat ditemui,
    # maka"); "bertugas malam itu dan"; a recommendation told as issued; "dalam bingkai
    # sosialisasi": within a briefing
    ("Begitu menerima laporan warga, maka Bawaslu langsung memanggil tiga ASN yang diduga "
     "melanggar netralitas.", {"pelanggaran"}),
    ("Saat ditemui wartawan, maka Ketua Bawaslu Agam Rudi Hartono menyebut pelanggaran "
     "netralitas ASN sudah diteruskan ke BKN.", {"pelanggaran"}),
    ("Pengawas yang bertugas malam itu dan menemukan pelanggaran netralitas ASN langsung "
     "membuat laporan.", {"pelanggaran"}),
    ("Sanksi bagi lima ASN itu tergantung rekomendasi yang telah diterbitkan Bawaslu Agam "
     "kepada BKN.", {"pelanggaran"}),
    ("Pemkab Agam menggelar kegiatan dalam bingkai sosialisasi netralitas ASN di aula kantor "
     "bupati, Senin (7/10).", {"sosialisasi"}),
]
