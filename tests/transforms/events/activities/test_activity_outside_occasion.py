"""Activities: what a statement tells from outside its own occasion (LABELS.md: an activity
counts only when done at this occasion; an earlier apel mentioned in passing is not `apel`):
an assembly of "some time ago" or the routine assemblies a speaker keeps repeating a message
at, the event a commitment held up was signed at before, the kind of offence often committed,
a rule's "terbukti ..., maka ...", advice on what to do whenever one is found, whether one was
committed still to be made sure of or decided by a procedure, and a sanction "not given
straight away". Also the pact signing spelt with a doubled consonant. Invented sentences;
several wordings of each shape, each paired with a positive."""

# the shared table checks, run over KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

_STATEMENT = ("Sekda Kabupaten Lembah Hijau mengingatkan pegawai agar netral dalam Pilkada "
              "2024, Selasa (3/9/2024). ")

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a subheading over a paragraph that opens on an earlier occasion names that occasion
    (_STATEMENT + "\nDugaan Kades Langgar Netralitas Pemilu\nSebelumnya, seorang kepala desa "
     "di Kecamatan Sukamaju diduga tidak netral.", {"imbauan"}),
    # a paragraph that opens by pointing back at the earlier occasion the one before told
    (_STATEMENT + "\nSebelumnya, Bawaslu menggelar sosialisasi netralitas ASN di Aula Sukamaju."
     "\nSosialisasi tersebut diharapkan membuat ASN menjaga sikap profesional.", {"imbauan"}),
    # (one that points back at this occasion's keeps it)
    ("Bawaslu menggelar sosialisasi netralitas ASN di Aula Sukamaju, Selasa (3/9/2024)."
     "\nSosialisasi tersebut diharapkan membuat ASN menjaga sikap profesional.",
     {"sosialisasi"}),
    # (a subheading over this occasion's paragraph keeps what it names)
    ("Bawaslu Temukan Kades Langgar Netralitas\nBawaslu Agam menemukan seorang kepala desa "
     "melanggar netralitas dalam Pilkada 2024, Selasa (3/9/2024).", {"pelanggaran"}),
    # an assembly of "some time ago", told in passing: not this occasion's
    (_STATEMENT + "Ia menyebut beberapa waktu lalu dalam sebuah apel gabungan, para kepala "
     "dinas sudah membacakan janji netralitas.", {"imbauan"}),
    (_STATEMENT + "Menurutnya, beberapa waktu yang lalu pada apel pagi pegawai juga telah "
     "diingatkan soal larangan kampanye.", {"imbauan"}),
    (_STATEMENT + "Kepala BKD mengatakan para pegawai beberapa waktu lalu mengikuti apel "
     "netralitas pegawai di alun-alun dan sudah mendengar arahan.", {"imbauan"}),
    # (the assembly of the statement itself, or one the narrator tells of)
    ("Pemkab Lembah Hijau beberapa waktu lalu menggelar apel netralitas ASN di alun-alun "
     "kota.", {"apel"}),
    ("Wakil Wali Kota Bukit Indah memimpin apel gabungan ASN di halaman balai kota, Senin "
     "(2/9/2024), dan meminta pegawai netral dalam pilkada.", {"apel", "imbauan"}),
    # a pledge held up as breached, told with the day of the report
    ("AGAM, Sabtu (28/9) - Ikrar netralitas yang baru saja dideklarasikan oleh seluruh ASN "
     "Pemkab Lembah Hijau tampaknya tercoreng oleh ulah dua pegawai dinas.", set()),
    ("Seluruh ASN Pemkab Lembah Hijau membacakan ikrar netralitas di halaman kantor bupati, "
     "Sabtu (28/9/2024).", {"ikrar"}),
    # the efforts made so far, listed after what marks them
    (_STATEMENT + "Ia menambahkan Pemkab telah melakukan berbagai upaya dalam menjaga "
     "netralitas ASN yang ditandai dengan deklarasi, penandatanganan pakta integritas, serta "
     "surat edaran.", {"imbauan"}),
    ("Pemkab Lembah Hijau menggelar deklarasi dan penandatanganan pakta integritas netralitas "
     "ASN, Selasa (3/9/2024).", {"ikrar", "pakta_integritas"}),
    # the routine assemblies where a message is repeated
    ("Ketua Bawaslu Agam mengatakan pihaknya sudah berulang-ulang menyampaikan larangan itu "
     "kepada ASN di Agam dalam sosialisasi agar netral.", {"imbauan"}),
    ("Ketua Bawaslu Agam menyampaikan larangan itu kepada ASN di Agam dalam sosialisasi "
     "netralitas, Senin (2/9/2024).", {"sosialisasi"}),
    (_STATEMENT + "\"Di apel pagi kantor kami saya sampaikan terus agar ASN netral,\" "
     "katanya.", {"imbauan"}),
    (_STATEMENT + "Dalam apel mingguan dinas kepala dinas selalu mengulang larangan itu.",
     {"imbauan"}),
    (_STATEMENT + "Pada apel kesadaran para kabid senantiasa diingatkan menjaga sikap netral.",
     {"imbauan"}),
    # (a day told, the assembly held or pointed at, or another clause: the assembly held;
    # "terus terang": frankly)
    ("Wali Kota memimpin apel gabungan dan terus mengingatkan pegawai agar netral dalam "
     "pilkada.", {"apel", "imbauan"}),
    ("Bupati hadir di apel gabungan ASN, dan ia terus mengingatkan pegawai agar netral.",
     {"apel", "imbauan"}),
    ("Bupati menyapa ratusan pegawai netral di halaman kantor. Dalam apel itu Sekda selalu "
     "menekankan netralitas ASN.", {"apel", "imbauan"}),
    ("Dalam apel pagi di kantor bupati, Senin (2/9/2024), Sekda terus mengingatkan ASN agar "
     "netral.", {"apel", "imbauan"}),
    ("Bupati memimpin apel siaga netralitas di lapangan Merdeka, ia terus terang mengaku "
     "khawatir, Senin (2/9/2024).", {"apel"}),
    # the event a commitment held up was signed at before, named in a relative clause
    (_STATEMENT + "ASN yang mengingkari janji integritas yang sudah ditandatangani tiap pegawai "
     "dalam acara ikrar netralitas akan ditindak.", {"imbauan"}),
    (_STATEMENT + "Janji itu tercantum dalam pernyataan yang sudah diteken para camat pada "
     "kegiatan deklarasi netralitas ASN di kantor kecamatan.", {"imbauan"}),
    # (the signing held at the occasion told)
    ("Seluruh kepala OPD meneken pakta integritas untuk netral pada pilkada dalam acara di "
     "aula Setda, Selasa (3/9/2024).", {"pakta_integritas"}),
    # the pact signing spelt with a doubled consonant
    ("Camat Sukadamai memimpin apel ASN di halaman kantor camat, Senin (2/9/2024). Di sela apel "
     "itu berlangsung pula penandatangganan pakta integritas antara camat dan lurah.",
     {"apel", "pakta_integritas"}),
    ("Para kepala sekolah menandatanggani pakta integritas sebagai janji netral di pilkada, Rabu "
     "(4/9/2024).", {"pakta_integritas"}),
    # the kind of offence often committed: background, no case
    (_STATEMENT + "Imbauan itu menyusul temuan Bawaslu soal pelanggaran yang sering dilakukan "
     "pegawai di daerah itu, karena tidak netral saat pemilu.", {"imbauan"}),
    (_STATEMENT + "Ia menyinggung kasus yang kerap terjadi di desa, ketika kepala desa terbukti "
     "berpihak pada calon.", {"imbauan"}),
    # (a case found and counted)
    ("Bawaslu Lembah Hijau menemukan tiga pegawai tidak netral dan mengunggah dukungan ke "
     "media sosial, Selasa (3/9/2024).", {"pelanggaran"}),
    # a rule: "terbukti ..., maka ..." for whoever
    (_STATEMENT + "Ia menyebut hukuman bagi pegawai dan honorer terbukti ikut kampanye maka "
     "diberhentikan.", {"imbauan"}),
    (_STATEMENT + "Ia menyebut aturan bagi guru dan pegawai terbukti berpihak pada calon maka "
     "kehilangan jabatan.", {"imbauan"}),
    # advice: whenever one is found, report it
    (_STATEMENT + "Ketika menemukan pelanggaran netralitas, pegawai harus melaporkannya ke "
     "Bawaslu terdekat.", {"imbauan"}),
    (_STATEMENT + "Ketika mendapati kepala desa berkampanye, warga diharapkan melaporkannya ke "
     "Panwascam setempat.", {"imbauan"}),
    # (a finding made, with a report to follow)
    ("Panwascam Sukadamai menemukan seorang lurah ikut kampanye dan harus melaporkannya ke "
     "Bawaslu, Rabu (4/9/2024).", {"pelanggaran"}),
    # whether one was committed, still to be made sure of or decided
    (_STATEMENT + "Tim memeriksa dulu untuk memastikan apakah pegawai tersebut melanggar "
     "netralitas.", {"imbauan"}),
    (_STATEMENT + "Namun putusan apakah pegawai dinyatakan bersalah ditentukan melalui sidang "
     "majelis disiplin.", {"imbauan"}),
    (_STATEMENT + "Status pegawai yang dinyatakan melanggar diputuskan oleh tim pemeriksa sesuai "
     "aturan.", {"imbauan"}),
    # a sanction not given straight away: the procedure, none decided
    (_STATEMENT + "Pegawai tidak serta merta diberikan sanksi, semua melalui pemeriksaan dulu.",
     {"imbauan"}),
    (_STATEMENT + "Kepala desa itu tak serta-merta dijatuhi sanksi, kata dia, karena harus lewat "
     "sidang.", {"imbauan"}),
    # (a sanction given)
    ("BKD Lembah Hijau telah menjatuhkan sanksi penundaan pangkat kepada dua camat itu, Selasa "
     "(3/9/2024).", {"sanksi", "pelanggaran"}),
]
