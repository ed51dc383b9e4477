"""Activities: what a statement tells in general rather than of this occasion: what a decree
prescribes, civil servants described by a habit, a sanction policy agreed on for whoever is
proven, cases of other regions, and a time opened on a year well before the text's election.
Invented sentences; each shape paired with its look-alike."""

# the shared table checks, run over KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # what a joint decree prescribes: no gathering held; one held under it, dated, is
    ("Kepala BKD Sukamaju meminta ASN netral. Dalam SKB tersebut, dijelaskan langkah-langkah "
     "pembinaan netralitas ASN, termasuk sosialisasi peraturan, ikrar bersama, dan "
     "penandatanganan pakta integritas.", {"imbauan"}),
    ("Kepala BKD Sukamaju meminta ASN netral. Berdasarkan SKB tersebut, Pemkab menggelar ikrar "
     "bersama di halaman kantor bupati, Senin (7/10/2024).", {"imbauan", "ikrar"}),
    # (a gathering held under a circular or an instruction, not what it lays down)
    ("Berdasarkan surat edaran Bupati Agam, seluruh OPD melaksanakan ikrar netralitas ASN di "
     "kantor masing-masing pagi ini.", {"ikrar"}),
    ("Sesuai instruksi Bupati, seluruh ASN Pemkab Agam mengikuti apel netralitas ASN di halaman "
     "kantor bupati.", {"apel"}),
    # civil servants described by a habit: whoever does it, no one found
    ("Masih ditemukannya ASN yang kerap ikut serta politik praktis dalam pemilu menjadi "
     "persoalan serius lantaran melanggar aturan.", set()),
    # a sanction policy agreed on for whoever is proven: a warning, no sanction given
    ("Bawaslu RI serta Komisi ASN telah menyepakati pemberian sanksi yang maksimal, bagi ASN "
     "yang dinyatakan terbukti berpihak dalam Pilkada.", {"imbauan"}),
    # cases of other regions held up as a warning: background
    ("Kepala BKPSDM Sukamaju meminta ASN netral. Ia mengungkapkan beberapa ASN di wilayah lain "
     "telah dikenai sanksi oleh KASN karena tidak netral.", {"imbauan"}),
    ("Kepala BKPSDM Sukamaju meminta ASN netral. Ia mengungkapkan beberapa ASN di Sukamaju "
     "telah dikenai sanksi oleh KASN karena tidak netral.", {"imbauan", "sanksi", "pelanggaran"}),
    # (a finding here beside other regions, or a place of the offence elsewhere)
    ("Bawaslu Kabupaten Agam menemukan dua ASN yang terlibat kampanye di Kecamatan Baso, "
     "sedangkan di wilayah lain belum ditemukan pelanggaran.", {"pelanggaran"}),
    ("Bawaslu Agam menemukan seorang kepala desa yang menghadiri kampanye paslon di kabupaten "
     "lain saat jam kerja.", {"pelanggaran"}),
    # a sentence opening on a year well before the text's election: that time's cases
    ("Bawaslu Sukamaju mengingatkan kepala desa netral pada Pilkada 2024. \"Pada tahun 2018 "
     "kami menemukan dua kades melanggar netralitas,\" katanya.", {"imbauan"}),
    ("Bawaslu Sukamaju mengingatkan kepala desa netral pada Pilkada 2024. \"Pada tahun 2024 "
     "ini kami menemukan dua kades melanggar netralitas,\" katanya.",
     {"imbauan", "pelanggaran"}),
    # (a span from that year up to now: the cases so far)
    ("Pada tahun 2022 hingga kini, Bawaslu Agam telah menangani 12 kasus pelanggaran "
     "netralitas ASN menjelang Pilkada 2024.", {"pelanggaran"}),
    # (a sanction approved for a named person: decided)
    ("BKN telah menyetujui penjatuhan sanksi hukuman disiplin sedang kepada Camat Sukamaju yang "
     "terbukti tidak netral dalam Pilkada 2024.", {"sanksi", "pelanggaran"}),
    # the kind of gathering valued as a clause's subject: a view, none held; "ini" points to one
    ("Rina Wati meminta ASN netral. “Sosialisasi akan pentingnya menjaga netralitas itu sangat "
     "penting bagi para ASN karena ini merupakan kewajiban kita,” kata Rina.", {"imbauan"}),
    ("Bupati Sukamaju membuka sosialisasi netralitas ASN di aula kantor bupati, Senin (7/10). "
     "\"Sosialisasi ini sangat penting bagi para ASN,\" kata Bupati.", {"sosialisasi"}),
    # a body that socialises "masif": an effort kept up, not one occasion
    ("Rina Wati meminta ASN netral. Bawaslu Provinsi dan Kabupaten masif melakukan sosialisasi "
     "netralitas ASN.", {"imbauan"}),
    ("Bawaslu Agam melakukan sosialisasi netralitas ASN di aula kantor bupati, Senin (7/10).",
     {"sosialisasi"}),
    # the steps taken, told by their means: no occasion of their own
    ("Satgas Netralitas melakukan sidak ke kantor dinas. Langkah pencegahan telah dilakukan "
     "melalui pengarahan dari Bawaslu, penandatanganan pakta integritas, dan pengucapan ikrar "
     "netralitas ASN.", {"pengawasan"}),
    ("Satgas Netralitas melakukan sidak ke kantor dinas. Pada kesempatan itu dilakukan "
     "penandatanganan pakta integritas dan pengucapan ikrar netralitas ASN.",
     {"pengawasan", "pakta_integritas", "ikrar"}),
    # a year without "tahun" opening the sentence, and a trend over years: statistics
    ("Gubernur mengingatkan ASN agar netral pada Pemilu 2024. Pada 2019 Bawaslu menerima empat "
     "laporan pelanggaran, sedangkan pada 2020 melonjak menjadi 18 laporan.", {"imbauan"}),
    ("Gubernur mengingatkan ASN agar netral pada Pemilu 2024. Bawaslu mencatat beberapa tahun "
     "terakhir jumlah dugaan keterlibatan ASN dalam politik mengalami peningkatan.", {"imbauan"}),
    ("Gubernur mengingatkan ASN agar netral pada Pemilu 2024. Pada 2024 ini Bawaslu menerima "
     "empat laporan pelanggaran netralitas ASN.", {"imbauan", "pelanggaran"}),
    # the kind valued after "Dalam", with "sangatlah"
    ("Bawaslu menggelar bintek netralitas bagi ASN di hotel. Dalam sosialisasi bintek netralitas "
     "asn sangatlah penting.", {"bimtek"}),
    # a declaration's effect hoped for, a body's contribution in pledging: held up, not made
    ("Ketua Bawaslu mengingatkan ASN agar netral. Pihaknya berharap, deklarasi netralitas ASN dan "
     "kades yang dilakukan Pemkab bisa membawa dampak positif.", {"imbauan"}),
    ("Ketua Bawaslu mengingatkan ASN agar netral. Ia menilai kontribusi kepala desa dalam "
     "mengucapkan ikrar netralitas bersama Bawaslu dapat membantu.", {"imbauan"}),
    # an illustration's caption: another day's picture, no occasion of the report
    ("Bawaslu Sukamaju mengingatkan ASN agar netral.\nIlustrasi. ASN Kabupaten Agam saat "
     "mengikuti upacara bulanan di halaman kantor bupati, Selasa (17/05/2022).", {"imbauan"}),
    ("Bawaslu Sukamaju mengingatkan ASN agar netral.\nASN Kabupaten Agam saat mengikuti apel "
     "netralitas di halaman kantor bupati, Selasa (17/09/2024).", {"imbauan", "apel"}),
    # asked to socialise, gatherings in the plural: none held
    ("Kepala BKD meminta ASN netral. Selain itu, ASN juga diimbau melakukan sosialisasi "
     "kepada masyarakat.", {"imbauan"}),
    ("Kepala BKD meminta ASN netral. Kata Rudi, ASN juga diimbau melakukan "
     "sosialisasi-sosialisai kepada masyarakat.", {"imbauan"}),
    # a rule said to be clear, and a duty listed: no case
    ("Kepala BKD meminta ASN netral. \"Sudah jelas dalam Peraturan Pemerintah Nomor 53 Tahun "
     "2010 Pasal 12 untuk sanksi disiplin sedang,\" kata Rudi.", {"imbauan"}),
    ("Kepala BKD meminta ASN netral. Rudi menambahkan, tugas ketiga dari Bawaslu adalah "
     "penindakan terhadap pelanggaran pemilihan.", {"imbauan"}),
    ("Kepala BKD meminta ASN netral. Rudi menambahkan, Bawaslu telah melakukan penindakan "
     "terhadap pelanggaran netralitas dua ASN.", {"imbauan", "pelanggaran"}),
    # briefings kept up, the topic pointed back at ("netralitas ASN tersebut"): no occasion;
    # a dated one held under the same words is one
    ("Selain itu, pihaknya terus menggencarkan sosialisasi netralitas ASN tersebut agar "
     "Pilkada di Agam berjalan lancar.", set()),
    ("Selain itu, Pemkab terus menggelar sosialisasi netralitas ASN tersebut pada Senin "
     "(7/10/2024) di aula kantor bupati.", {"sosialisasi"}),
    # a body's part in briefings, and briefings kept up intensively or without end: none held
    ("Kesbangpol Agam tidak hanya berperan dalam melakukan sosialisasi netralitas ASN, tetapi "
     "juga menindaklanjuti setiap laporan.", set()),
    ("Bawaslu Agam intensif melakukan sosialisasi netralitas ASN kepada kepala desa.", set()),
    ("Pihaknya tidak henti-hentinya melakukan sosialisasi agar netralitas ASN terjaga.", set()),
    # (one praised, held on a stated day, or one the talk's own day dates, is held)
    ("Bawaslu Agam mengapresiasi peran Pemkab dalam menggelar sosialisasi netralitas ASN di "
     "Aula Kantor Bupati, Senin (9/9/2024).", {"sosialisasi"}),
    ("Pemkab Agam menggelar sosialisasi intensif netralitas ASN di aula kantor bupati, Senin "
     "(7/10/2024).", {"sosialisasi"}),
    # the law's penalty for a provision's breach, a body's power to act on cases, the next
    # step of a procedure: rules; a penalty given, a case found, a sanction given are not
    ("Pelanggaran atas ketentuan tersebut (pasal 188), dikenakan sanksi pidana paling lama 6 "
     "bulan penjara dan denda paling banyak 6 juta rupiah.", {"imbauan"}),
    ("Kades Sukamaju telah dijatuhi sanksi pidana penjara 3 bulan oleh PN Agam karena tidak "
     "netral.", {"sanksi", "pelanggaran"}),
    ("Dalam konteks ini kewenangan Bawaslu untuk menindaklanjuti laporan atau temuan terhadap "
     "dugaan pelanggaran netralitas ASN.", set()),
    ("Bawaslu Agam menemukan dua pelanggaran atas ketentuan netralitas ASN.", {"pelanggaran"}),
    ("\"Hasil pemeriksaan sudah kami serahkan ke BKN dan selanjutnya Pemkab Agam yang menerima "
     "putusannya kemudian memberikan sanksi,\" kata Rudi.", {"imbauan", "pelanggaran"}),
    ("Setelah diperiksa, Bupati kemudian telah memberikan sanksi teguran kepada camat itu.",
     {"sanksi", "pelanggaran"}),
    # the next step of the procedure for a finding, in general: no case handed on; a case
    # named, counted or told done is
    ("Dikatakan Rudi, temuan Bawaslu selanjutnya diserahkan ke Komisi ASN, kemudian Komisi ASN "
     "akan memberikan rekomendasi ke PPK untuk menjatuhkan hukuman ke ASN yang melanggar.",
     {"imbauan"}),
    ("Laporan terhadap Camat Sukamaju Rudi Hartono selanjutnya diteruskan ke KASN.",
     {"pelanggaran"}),
    ("Kasus dua ASN Sukamaju itu kemudian telah diteruskan ke KASN.", {"pelanggaran"}),
]
