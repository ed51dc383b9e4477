"""Activities: the other gatherings held on neutrality: an assembly (`apel`), a pledge or
declaration read (`ikrar`), an integrity pact signed (`pakta_integritas`) and a training
(`bimtek`), by their names, spellings and who leads them (a pact pointed at, the article's
own); against a commitment held up or kept, a pledge's content kept, or a name that only
contains the word. Invented sentences; each pattern paired with a negative or a positive."""

# the shared table checks, run over ORDERED, CASES and KIND_CASES below
from activity_tables import LEAD, test_activities, test_activities_exactly, test_activity_kinds  # noqa: F401
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401

# the values exactly, in their order
ORDERED = [
    # a declaration read out, named for neutrality a few words on
    ("Pj Bupati Rahmat Hidayat membacakan Deklarasi Kepala Desa Menjaga Netralitas pada "
     "Pilkada 2024, Senin (7/10/2024).", ("ikrar",)),
    ("Deklarasi Bersama Camat dan Lurah untuk Pilkada Netral digelar di aula kantor wali kota.",
     ("ikrar",)),
    ("Deklarasi pasangan calon itu digelar di halaman rumah makan, Sabtu (5/10).", ()),
    # a signed commitment held up as a duty is no signing at this occasion
    ("Pakta integritas yang ditandatangani ASN harus dijalankan dengan penuh tanggung jawab.",
     ()),
    ("Ikrar netralitas yang diucapkan para camat itu wajib dipatuhi.", ()),
    ("Para camat menandatangani pakta integritas netralitas yang harus dijalankan selama "
     "pilkada, Senin (7/10).", ("pakta_integritas",)),
    ("Sekda mengultimatum ASN yang terlibat politik praktis.", ("imbauan",)),
    ("Seluruh ASN sudah menandatangani pakta integritas netralitas pagi tadi di aula kantor "
     "bupati.", ("pakta_integritas",)),
    # an oath of neutrality; a commitment of neutrality signed
    ("ASN Pemkab Sukamaju bersumpah untuk netral dalam Pilkada 2024, Senin (7/10).",
     ("ikrar",)),
    ("Saksi itu bersumpah di depan majelis hakim.", ()),
    ("Apel dilanjutkan penandatanganan komitmen netralitas ASN oleh para kepala OPD.",
     ("apel", "ikrar")),  # a commitment signed is a declaration signed
    ("Penandatanganan komitmen bersama pemberantasan korupsi digelar di aula.", ()),
]

# the values as a set
CASES = [
    # the integrity pact misspelled
    ("Para kepala dinas melakukan penandatangan fakta integritas di gedung serbaguna "
     "kabupaten, Kamis (11/1/2024).", {"pakta_integritas"}),
    ("Para camat menandatangani faktar integritas netralitas ASN pada Pilkada 2024, Rabu "
     "(4/9/2024).", {"pakta_integritas"}),
    # an integrity charter signed
    ("Setelah ikrar dibacakan, para kepala dinas menandatangani Piagam Integritas ASN di aula "
     "setda, Kamis (26/9/2024).", {"ikrar", "pakta_integritas"}),
    # a briefing told from its audience's side
    ("Para kepala desa mendapatkan materi hukum soal netralitas dari Kasat Reskrim di aula "
     "kantor bupati, Senin (23/9/2024).", {"sosialisasi"}),
    # one gathering's meaning named with another's
    ("Penandatanganan pakta integritas itu merupakan ikrar seluruh ASN untuk menjaga "
     "netralitas, Senin (2/9).", {"pakta_integritas"}),
    ("Apel pagi tersebut menjadi wujud deklarasi netralitas ASN Pemkab Kaur, Senin (2/9).",
     {"apel"}),
    ("Usai apel, seluruh ASN membacakan ikrar netralitas, Senin (2/9).", {"apel", "ikrar"}),
    # more kinds of assembly, and basic training of new civil servants
    ("Pemkab Kaur menggelar apel kesiapan netralitas ASN, Senin (2/9).", {"apel"}),
    ("Apel virtual netralitas ASN diikuti seluruh OPD, Senin (2/9).", {"apel"}),
    ("Materi netralitas ASN diberikan dalam latsar CPNS Pemkab Seluma, Senin (2/9).",
     {"bimtek"}),
    ("Warga memanen apel di kebun, Senin (2/9).", set()),
    # "senantiasa" of the appeal quoted, not of the assembly
    ("\"Bupati berpesan agar ASN senantiasa menjaga netralitas,\" kata Sekda saat memimpin "
     "upacara bendera di halaman kantor bupati, Senin.", {"imbauan"}),  # a flag ceremony
    ("Pemkab Sukamaju senantiasa menggelar apel setiap Senin.", set()),
    # the official leading the assembly spoke at it
    ("Pesan itu disampaikan Bupati saat menjadi inspektur upacara peringatan Hari Jadi "
     "kabupaten.", set()),  # (an anniversary: no neutrality assembly, activities.topics)
    ("Pesan itu disampaikan Gubernur di lapangan upacara.", set()),
    ("Kapolres bertindak sebagai pembina apel siaga pengamanan pilkada.", set()),
    # civil servants' training on other matters
    ("Pemkab menggelar pelatihan kewirausahaan bagi ASN yang akan pensiun.", set()),
    ("Kegiatan diklat kepemimpinan diikuti 40 pejabat eselon III.", set()),
    ("Pemkab menggelar pelatihan netralitas ASN menjelang pilkada bagi para camat.", {"bimtek"}),
    # a neutral stance declared is a pledge
    ("Seluruh ASN menyatakan sikap netral dalam Pilkada 2024 di hadapan Bupati.", {"ikrar"}),
    ("Partai itu menyatakan sikap mendukung pasangan calon nomor 1.", set()),
    # a commitment to pledge
    ("Menurut Sekda, Pemkab berkomitmen untuk berikrar.", set()),
    ("Pemkab Sukamaju menggelar ikrar netralitas ASN di halaman kantor bupati, Senin (4/11/2024).",
     {"ikrar"}),
    # the civil servants' own declaration
    ("\"Deklarasi ASN hari ini sejalan dengan aturan,\" ujar Wali Kota saat upacara, Rabu "
     "(15/5/2024).", {"ikrar", "apel"}),
    ("Pemkab Sukamaju menggelar deklarasi para kepala desa di pendopo, Kamis (3/10/2024).",
     {"ikrar"}),
    ("Pemkab Sukamaju menggelar deklarasi ASN anti narkoba di pendopo, Kamis (3/10/2024).",
     set()),
    # spelling variants of a signing
    ("Seluruh camat menandatangani pakta intergritas netralitas ASN, Senin (4/11/2024).",
     {"pakta_integritas"}),
    ("Penanda tanganan pakta integritas netralitas ASN digelar di aula, Senin (4/11/2024).",
     {"pakta_integritas"}),
    ("Camat itu dinilai melanggar pakta intergritas yang sudah ditandatangani.", set()),
    # a phrase within a name, after the name's acronym in brackets
    ("Deklarasi netralitas ASN untuk Pilkada 2024 digelar di Aula Badan Kepegawaian (BK) dan "
     "Diklat Kabupaten Sukamaju, Kamis (15/10/2024).", {"ikrar"}),
    ("Diklat netralitas ASN digelar Badan Kepegawaian Daerah (BKD) di aula, Senin (7/10/2024).",
     {"bimtek"}),
    # a pledge's content kept: a commitment held up
    ("Sekda berharap seluruh pegawai menjaga amanat dari deklarasi netralitas ASN.",
     {"imbauan"}),
    ("ASN diminta mengamalkan isi ikrar netralitas dalam Pilkada 2024.", {"imbauan"}),
    ("Seluruh ASN membacakan isi ikrar netralitas di halaman kantor bupati, Senin (7/10/2024).",
     {"ikrar"}),
    # an assembly run by the regional secretariat or the personnel board
    (LEAD + "Apel pagi dipimpin Asisten III Setda Sukamaju di halaman kantor setempat.", {"apel"}),
    (LEAD + "Kepala BKPSDM bertindak sebagai pembina apel di halaman kantor.", {"apel"}),
    ("Apel siaga pengamanan dipimpin Kapolres Sukamaju di lapangan mapolres.", set()),
]

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # the pact the article is about pointed at ("pakta integritas tersebut"): its signing, told
    # by a bare "Penandatanganan" or only in the title
    ("Penandatanganan disaksikan Ketua KASN dan Sekda Sukamaju. Lewat pakta integritas "
     "tersebut, para camat diharapkan tidak berpihak.", {"pakta_integritas", "imbauan"}),
    ("Para kepala OPD diingatkan agar menaati pakta integritas tersebut.", {"imbauan"}),
    ("Pakta integritas juga dibahas dalam rapat itu sebagai salah satu pilihan.", set()),
    # an assembly named by who leads or attends it
    ("Asisten I Budi Santoso selaku pemimpin apel membacakan ikrar netralitas ASN, Senin "
     "(4/3/2024).", {"apel", "ikrar"}),
    ("Sekda Sukamaju bertindak sebagai pimpinan apel dan mengingatkan ASN agar netral.",
     {"apel", "imbauan"}),
    ("Dalam amanatnya, inspektur apel meminta ASN tidak berpihak dalam Pilkada 2024.",
     {"apel", "imbauan"}),
    ("Ratusan peserta apel mengikuti pembacaan ikrar netralitas ASN di Lapangan Merdeka.",
     {"apel", "ikrar"}),
    # the declaration of regional heads, camat or lurah
    ("Acara ditutup dengan deklarasi kepala daerah untuk menjaga netralitas ASN.", {"ikrar"}),
    ("Para camat dan lurah membacakan deklarasi camat dan lurah netral di halaman kantor wali "
     "kota.", {"ikrar"}),
    ("Pasangan calon mengikuti deklarasi kampanye damai di alun-alun.", set()),
    # "apel" the fruit is no assembly
    ("Warga membagikan buah apel kepada ASN yang menjaga netralitas.", set()),
]
