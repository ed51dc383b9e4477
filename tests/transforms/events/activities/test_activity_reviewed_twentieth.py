"""Activities: look-alikes a reviewer found for the twentieth stop's rules, each kept as the
rule's limit, and the grades of sanction a rule lays down. Invented sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # asked to make the pledge at the occasion, or to sign there: made
    ("AGAM - Pemkab Agam menggelar apel netralitas ASN jelang Pilkada 2024 di Lapangan "
     "Sukamaju, Senin (4/11).\nUsai amanat, Bupati Agam Rudi Hartono mengajak seluruh peserta "
     "apel untuk melaksanakan ikrar netralitas ASN secara bersama-sama.",
     {"apel", "ikrar", "imbauan"}),
    ("Dalam apel tersebut, Bupati mengajak ASN untuk kembali mengucapkan ikrar netralitas ASN di "
     "hadapan peserta apel.", {"apel", "ikrar"}),
    ("Bupati menginstruksikan seluruh kepala OPD untuk melaksanakan penandatanganan pakta "
     "integritas netralitas ASN usai apel pagi itu.", {"apel", "pakta_integritas"}),
    # a dated declaration whose effect is hoped for, a contribution praised at a dated apel
    ("Rudi berharap, deklarasi netralitas ASN yang diikuti 500 ASN di Lapangan Sukamaju pada "
     "Senin (4/11) bisa membawa dampak positif bagi Pilkada 2024.", {"ikrar"}),
    ("AGAM - Camat Sukamaju Rina Wati mengapresiasi kontribusi para kepala desa dalam "
     "mengikrarkan netralitas pada apel Senin (4/11) di Lapangan Sukamaju jelang Pilkada 2024.",
     {"apel", "ikrar"}),
    # a case of now set against the years before, or after a contrast with an earlier year
    ("Kasus ini menjadi yang pertama dalam beberapa tahun belakangan: Kepala Desa Sukamaju "
     "telah dijatuhi sanksi pemberhentian sementara oleh Bupati Agam.",
     {"sanksi", "pelanggaran"}),
    ("Pada 2019 Bawaslu menerima empat laporan, sedangkan dalam Pilkada 2024 ini Bawaslu Agam "
     "telah menerima enam laporan dugaan pelanggaran netralitas ASN.", {"pelanggaran"}),
    ("Gubernur mengingatkan ASN agar netral pada Pemilu 2024. Pada 2019 Bawaslu menerima empat "
     "laporan pelanggaran, sedangkan pada 2020 melonjak menjadi 18 laporan.", {"imbauan"}),
    # someone suspected with no count: a rumour or whoever, no case reported
    ("Ketua Bawaslu Agam Rina Wati mengimbau ASN netral, Senin (4/11). Masyarakat yang "
     "mengetahui diduga ada ASN yang terlibat kampanye dapat melapor ke Bawaslu Agam.",
     {"imbauan"}),
    ("Hingga kini Bawaslu belum menerima laporan, meski beredar kabar diduga ada ASN yang ikut "
     "kampanye di Sukamaju.", set()),
    # the grades of sanction and what each brings, a sanction said to exist for whoever: rules
    ("\u201cUntuk sanksi ringan teguran lisan, sanksi sedang berkaitan dengan tunjangan kinerja, "
     "sedangkan sanksi berat diberhentikan dari ASN,\u201d pungkasnya.", {"imbauan"}),
    ("Ia menegaskan bahwa sudah terdapat sanksi bagi ASN yang melanggar beserta tahapannya.",
     {"imbauan"}),
    ("Camat Sukamaju telah diberhentikan dari jabatannya karena tidak netral.",
     {"sanksi", "pelanggaran"}),
    # the election organisers' own pact: no civil servants' pledge of neutrality
    ("Hal itu diucapkan Bupati Agam saat menghadiri acara Pelantikan dan Penandatangan Pakta "
     "Integritas Sekretariat PPK se-Kabupaten Agam, Sabtu (7/03).", set()),
    ("Seluruh ASN Pemkab Agam menandatangani pakta integritas netralitas ASN, Senin (4/11).",
     {"pakta_integritas"}),
    # a meeting's theme in title case after a comma: a meeting on neutrality
    ("Hal tersebut disampaikan Sekprov Sri Wahyuni usai menghadiri Rakornas Kepala Daerah, "
     "Menjaga Netralitas ASN pada Pemilihan Serentak Tahun 2024 di Jakarta, Selasa (17/9/2024).",
     {"sosialisasi"}),
    ("Hal itu disampaikan Bupati usai menghadiri rapat paripurna DPRD, sementara soal "
     "netralitas ASN ia meminta semua netral.", {"imbauan"}),
    # a second review's look-alikes: recommendations given by no watchdog, awaited, asked
    # about or on another matter; a sanction for people counted; a pact of organisers and civil
    # servants; a new clause after a meeting's comma; a grade of a sanction given
    ("Bupati Agam memberikan rekomendasi kepada sejumlah kepala OPD terkait netralitas ASN "
     "dalam Pilkada 2024.", set()),
    ("Pemkab Agam mengajukan rekomendasi atas tiga pejabat yang akan mengisi jabatan kepala "
     "dinas ke Kemendagri, dan meminta ASN netral.", {"imbauan"}),
    ("Begitu sudah ada rekomendasi dari Bawaslu terkait netralitas ASN, BKPSDM akan langsung "
     "menindaklanjutinya.", set()),
    ("Apakah sudah ada rekomendasi dari Bawaslu terkait netralitas ASN? Rudi mengaku belum tahu.",
     set()),
    ("Bupati Agam meminta ASN netral. Ketua KPU Agam Rina Wati mengatakan sudah ada rekomendasi "
     "dari Bawaslu soal pemungutan suara ulang di dua TPS.", {"imbauan"}),
    ("Sudah terdapat sanksi bagi dua ASN yang terbukti melanggar netralitas di Agam.",
     {"sanksi", "pelanggaran"}),
    ("Penandatanganan pakta integritas PPK dan ASN Kecamatan Sukamaju tentang netralitas "
     "digelar Senin (4/11).", {"pakta_integritas"}),
    ("Hal itu disampaikan Bupati Agam Rudi Hartono usai rapat koordinasi Forkopimda, Dia juga "
     "meminta ASN tetap netral.", {"imbauan"}),
    ("Kepala desa itu mendapat sanksi berat, diberhentikan dari jabatannya karena terbukti "
     "tidak netral.", {"sanksi", "pelanggaran"}),
    # a pledge asked to be made, then told of again: none made here; one made, then described
    ("Sebagai bentuk komitmen, Pjs Bupati Rudi meminta ASN dan Perangkat Desa membuat ikrar "
     "netralitas. Ikrar tersebut harus ditandatangani dan direkam dalam video. Ikrar ini menjadi "
     "bukti bahwa mereka netral.", {"imbauan"}),
    ("Bupati meminta seluruh ASN membuat ikrar netralitas di halaman kantor bupati, Senin (7/10).",
     {"ikrar", "imbauan"}),
    ("Seluruh ASN Pemkab Agam mengucapkan ikrar netralitas di halaman kantor bupati. Ikrar ini "
     "menjadi bukti komitmen ASN.", {"ikrar"}),
]

