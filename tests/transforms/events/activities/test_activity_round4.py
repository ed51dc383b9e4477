"""Activity rules of round 4: a sanction escaped or a case forwarded "untuk mendapatkan
sanksi", a finding only conditional ("jika terbukti"), the election's own course ("proses
pilkada") is no case handled, an appeal's "senantiasa" is not the assembly's routine, and the
official who leads an assembly ("inspektur upacara") spoke at it. Invented sentences; each
pattern varied and paired with a negative."""

import pytest

from transforms.events.activities.classify import activities

CASES = [
    # a sanction escaped: neither given nor threatened
    ("Seorang guru honorer di Kecamatan Sukamaju yang berkampanye di media sosial lolos dari "
     "sanksi.", set()),
    ("Camat Sukamaju akhirnya terhindar dari sanksi disiplin.", set()),
    ("Camat Sukamaju telah dijatuhi sanksi disiplin oleh Bupati.", {"sanksi"}),
    # a case forwarded for a sanction, the body named in brackets
    ("Sebanyak 12 di antaranya sudah diteruskan ke Komisi ASN (KASN) untuk mendapatkan "
     "sanksi.", {"pelanggaran"}),
    # a finding only conditional
    ("Sekda menegaskan ketidaknetralan pegawai akan berujung sanksi jika terbukti melakukan "
     "pelanggaran.", {"imbauan"}),
    ("Kepala BKPSDM menegaskan ketidaknetralan ASN selama proses pilkada akan disanksi.",
     {"imbauan"}),
    # "senantiasa" of the appeal quoted, not of the assembly
    ("\"Bupati berpesan agar ASN senantiasa menjaga netralitas,\" kata Sekda saat memimpin "
     "upacara bendera di halaman kantor bupati, Senin.", {"apel", "imbauan"}),
    ("Pemkab Sukamaju senantiasa menggelar apel setiap Senin.", set()),
    # the official leading the assembly spoke at it
    ("Pesan itu disampaikan Bupati saat menjadi inspektur upacara peringatan Hari Jadi "
     "kabupaten.", {"apel"}),
    ("Pesan itu disampaikan Gubernur di lapangan upacara.", set()),
    ("Kapolres bertindak sebagai pembina apel siaga pengamanan pilkada.", set()),
    # a gathering denied is none held (not "tidak hanya", "tak lupa")
    ("Walau ia tidak memaparkan sanksinya secara detail, Wakil Bupati memastikan ada hukuman "
     "bagi ASN yang tidak netral.", {"imbauan"}),
    ("Pemkab Sukamaju belum pernah menggelar sosialisasi netralitas ASN.", set()),
    ("Bawaslu tidak hanya menggelar sosialisasi netralitas ASN bagi perangkat desa, Kamis "
     "(12/9), tetapi juga patroli.", {"sosialisasi", "pengawasan"}),
    ("Pada kesempatan itu, Bupati tak lupa memberikan arahan kepada para camat soal "
     "netralitas.", {"sosialisasi"}),
    # the second step of one told as done before
    ("\"Para ASN di kabupaten ini sudah membacakan ikrar netralitas dan menandatangani pakta "
     "integritas pada awal tahun,\" ujar Kepala BKPSDM.", set()),
    ("Para ASN membacakan ikrar netralitas dan menandatangani pakta integritas di aula kantor "
     "bupati, Senin (4/9).", {"ikrar", "pakta_integritas"}),
    # told as done before or still to come by the verb after it
    ("\"Sosialisasi netralitas ASN sudah kami lakukan pekan lalu bersama perwakilan tiap "
     "desa,\" kata Ketua Bawaslu.", set()),
    ("Sosialisasi netralitas ASN sudah dilakukan pada Senin (12/8) di aula kecamatan.",
     {"sosialisasi"}),
    ("Begitu peraturan bupati itu terbit, sosialisasi akan lebih gencar dilakukan.", set()),
    ("Sosialisasi netralitas ASN akan digelar di aula kantor bupati pada Senin (12/8).",
     {"sosialisasi"}),
    # a list of means ("mencakup")
    ("Langkah tersebut mencakup kesiapan logistik, sosialisasi kepada masyarakat, serta "
     "koordinasi antarunit kerja.", set()),
    # "pembinaan dan pengawasan": a rule's title, or a gathering held under that name
    ("Pemkab Sukamaju menggelar acara pembinaan dan pengawasan netralitas ASN bagi para lurah "
     "di gedung serbaguna.", {"sosialisasi"}),
    ("Ketentuan itu tercantum dalam petunjuk teknis pembinaan dan pengawasan netralitas ASN.",
     set()),
    # the watchdog's briefing on another topic, unless neutrality is named with it
    ("\"Belum ada aduan,\" ujar anggota Bawaslu seusai membuka acara Sosialisasi Indeks "
     "Kerawanan Pilkada 2024 di sebuah hotel, Rabu (11/9).", set()),
    ("Bawaslu menggelar sosialisasi politik uang dan netralitas ASN di aula kecamatan, Selasa "
     "(17/3).", {"sosialisasi"}),
    # monitoring of the election's course is not on neutrality; a headline's purpose; asked for
    ("Tim Pemprov Sukamaju sudah melakukan monitoring serta pemantauan persiapan pilkada ke "
     "lima kabupaten.", set()),
    ("Pemprov Sukamaju telah melakukan pemantauan terhadap akun media sosial ASN.",
     {"pengawasan"}),
    ("Awasi Netralitas ASN, Pemkot Sukamaju Bentuk Posko Aduan", {"pengawasan"}),
    ("Awasi Netralitas ASN, Pemkot Sukamaju Siapkan Tempat Aduan", set()),
    ("Bawaslu Awasi Akun Media Sosial ASN", {"pengawasan"}),
    ("Menurutnya, pengawasan netralitas ASN juga harus terus dilakukan.", {"imbauan"}),
    ("Pemprov Sukamaju memantau persiapan pilkada dan netralitas ASN di kabupaten, Senin "
     "(4/11/2024).", {"pengawasan"}),
    # monitoring with an inquiry: the handling of a case
    ("Bawaslu melakukan pemantauan dan investigasi hampir tiga minggu sebelum memanggil kedua "
     "guru itu untuk klarifikasi.", {"pelanggaran"}),
    # found guilty; suspected of partisan politics; a case forwarded ("kami teruskan ke BKN")
    ("Kepala Desa Sukamaju, Wati, diputus bersalah oleh majelis hakim perkara pidana pemilu di "
     "PN Sukamaju, Kamis (14/3).", {"pelanggaran"}),
    ("Jika diputus bersalah, kepala desa itu terancam penjara.", set()),
    ("Soal dua ASN puskesmas yang diduga melakukan politik praktis lewat grup percakapan "
     "warga, kasusnya kini tengah ditindaklanjuti tim khusus.", {"pelanggaran"}),
    ("ASN dilarang berpolitik praktis.", {"imbauan"}),
    # "kalau di ..." is "as for", a topic; "kalau di kemudian hari" a condition
    ("Bawaslu memeriksa dua ASN. \"Kalau di kecamatan sebelah malah kami temukan ada empat, "
     "jadi kami teruskan ke kepala BKN,\" ungkapnya.", {"pelanggaran"}),

    ("Kalau di kemudian hari kami temukan ASN berkampanye, akan kami teruskan ke BKN.", set()),
    # a statement made at an event whose theme names neutrality
    ("\"Dua kasus sudah kami tangani,\" katanya dalam kegiatan Forum Warga Sukamaju dengan tema "
     "Kesiapan Pemilu dan Netralitas ASN di sebuah kafe, Senin (29/1/2024).", {"sosialisasi"}),
    ("\"Dua kasus sudah kami tangani,\" katanya dalam kegiatan Forum Warga Sukamaju dengan tema "
     "Kesiapan Logistik Pemilu di sebuah kafe, Senin (29/1/2024).", set()),
    # more shapes of a case: traced, handled, a named official summoned
    ("Bawaslu mengusut dugaan keterlibatan lima kepala desa dalam kampanye paslon.",
     {"pelanggaran"}),
    ("Bawaslu Kota Sukamaju menangani lima kasus netralitas ASN sepanjang tahapan pilkada.",
     {"pelanggaran"}),
    ("Kasus netralitas ASN kerap terjadi menjelang pilkada.", set()),
    ("Bawaslu memanggil Camat Sukamaju untuk dimintai keterangan terkait video dukungan.",
     {"pelanggaran"}),
    ("Kepala Desa Sukamaju menegaskan netralitas perangkat desa.", {"imbauan"}),
    # a monitoring team still to be set up
    ("Tim pengawas netralitas ASN akan dibentuk pekan depan.", set()),
    ("Tim pengawas netralitas ASN sudah dibentuk oleh Bupati.", {"pengawasan"}),
    # civil servants' training on other matters
    ("Pemkab menggelar pelatihan kewirausahaan bagi ASN yang akan pensiun.", set()),
    ("Kegiatan diklat kepemimpinan diikuti 40 pejabat eselon III.", set()),
    ("Pemkab menggelar pelatihan netralitas ASN menjelang pilkada bagi para camat.", {"bimtek"}),
    # word spread on social media; monitoring as a meeting's topic or of the election itself
    ("Bawaslu juga melakukan sosialisasi di media sosial tentang larangan ASN berkampanye.",
     {"imbauan"}),
    ("Bawaslu menggelar coffee morning bersama insan pers membahas pengawasan pilkada.", set()),
    ("Bawaslu Sukamaju telah melakukan pengawasan kampanye di lapangan kota.", set()),
    # a gathering at many places, told by a reduplicated plural: a drive, not one occasion
    ("Bawaslu melakukan sosialisasi netralitas ASN ke desa-desa di Kecamatan Sukamaju.", set()),
    ("Bawaslu menggelar sosialisasi netralitas ASN bertempat di aula kantor camat, Kamis (12/9).",
     {"sosialisasi"}),
    ("Pemkab Sukamaju menggelar apel netralitas ASN di Alun-alun Sukamaju, Senin (7/10).",
     {"apel"}),
    ("Tim satgas melakukan sosialisasi netralitas ASN ke rumah-rumah warga.", set()),
    # people counted before "yang ...": particular cases, not a rule for whoever
    ("Tiga ASN yang terbukti tidak netral sudah diberikan sanksi oleh pejabat pembina "
     "kepegawaian.", {"pelanggaran", "sanksi"}),
    ("Dua kepala desa yang kedapatan berkampanye telah dijatuhi sanksi teguran.",
     {"pelanggaran", "sanksi"}),
    ("ASN yang terbukti tidak netral akan diberikan sanksi.", {"imbauan"}),
    ("Kepala desa yang kedapatan berkampanye akan dijatuhi sanksi teguran.", {"imbauan"}),
    # a neutral stance declared is a pledge
    ("Seluruh ASN menyatakan sikap netral dalam Pilkada 2024 di hadapan Bupati.", {"ikrar"}),
    ("Partai itu menyatakan sikap mendukung pasangan calon nomor 1.", set()),
    # personnel data blocked by BKN: threatened, an appeal; done, no sanction decided yet
    ("\"Jika dalam 14 hari rekomendasi itu tidak dieksekusi PPK, maka biodatanya akan diblokir "
     "oleh BKN,\" tutur komisioner Bawaslu.", {"imbauan"}),
    ("BKN telah memblokir data kepegawaian lima ASN yang terbukti tidak netral.",
     {"pelanggaran"}),
    ("Kominfo akan memblokir akun media sosial yang menyebarkan hoaks pilkada.", set()),
    # monitoring sent out today is an act of the occasion, also beside a gathering; the body's
    # standing monitoring is not
    ("Pemkab Sukamaju menggelar apel netralitas ASN di halaman kantor bupati, Senin (7/10). "
     "\"Hari ini tim satgas netralitas turun ke beberapa dinas untuk melakukan pengawasan,\" kata "
     "Sekda. Bawaslu juga melakukan pengawasan terhadap aktivitas ASN di media sosial.",
     {"apel", "pengawasan"}),
    ("Pemkab Sukamaju menggelar apel netralitas ASN di halaman kantor bupati, Senin (7/10). "
     "Bawaslu juga melakukan pengawasan terhadap aktivitas ASN di media sosial.", {"apel"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round4_rules(text, expected):
    assert set(activities(text)) == expected
