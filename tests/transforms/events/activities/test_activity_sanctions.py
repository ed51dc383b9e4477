"""Activities: `sanksi` is a sanction decided (LABELS.md), not one threatened, asked for,
recommended, awaited, prepared or only described: its verbs, nouns, spellings and the
penalties of the civil service, a decision after a recommendation, a headline's sanction
against the body's threat, sanctions told on average over the cases ("rata-rata ..."), the
heaviest penalty the rule allows ("sanksi terberatnya dipecat") against one given.
Invented sentences; each pattern paired with a negative or a positive."""

import pytest

# the shared table checks, run over ORDERED, CASES and KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activities, test_activities_exactly, test_activity_kinds  # noqa: F401

from transforms.events.activities.classify import (
    activities,
    activity_mentions,
    headline_mentions,
)

# the values exactly, in their order
ORDERED = [
    # "sanksinya": the possessive form of the noun, decided or threatened
    ("Dari sembilan kasus netralitas pegawai itu, tiga sudah diputuskan sanksinya oleh BKN.",
     ("pelanggaran", "sanksi")),
    ("Menurut Sekda, ASN yang melanggar akan diproses dan sanksinya tegas.", ("imbauan",)),
    # a sanction decided after a recommendation, in its own clause
    ("Kasus itu sudah kami rekomendasikan ke BKN dan Bupati sudah memberikan sanksi teguran "
     "kepada camat itu.", ("pelanggaran", "sanksi")),
    ("Kasus netralitas ASN itu sudah kami rekomendasikan ke KASN untuk diberikan sanksi.",
     ("pelanggaran",)),
    # a court's sentence is a sanction decided; one in the law is a threat
    ("Kepala Desa Sukamaju divonis enam bulan penjara karena terbukti bersalah ikut kampanye "
     "salah satu caleg.", ("sanksi", "pelanggaran")),
    ("Kades Mekarsari dijatuhi hukuman percobaan oleh Pengadilan Negeri karena tidak netral.",
     ("sanksi", "pelanggaran")),
    ("Kepala desa yang berkampanye dapat dipidana penjara paling lama satu tahun.",
     ("imbauan",)),
    # a sentence that spells out a threat before it
    ("Kalau ada ASN yang terbukti berkampanye, sanksi berat menanti. Artinya yang bersangkutan "
     "diberhentikan dari PNS.", ("imbauan",)),
    ("Camat Sukamaju terbukti berkampanye. Artinya, ia dicopot dari jabatannya oleh Bupati.",
     ("pelanggaran", "sanksi")),
    # a sanction given to people pointed at, described by what it was
    ("Bupati memberikan sanksi berupa penundaan kenaikan pangkat kepada ASN itu.",
     ("sanksi", "pelanggaran")),
    ("Bupati akan memberikan sanksi berupa teguran kepada ASN itu jika terbukti.", ("imbauan",)),
    # a sanction of whoever was given one, or of an example, is no sanction decided here
    ("ASN yang sudah diberi sanksi tidak boleh mengulangi perbuatannya.", ("imbauan",)),
    ("Dia mencontohkan kasus kepala desa yang dipecat karena berkampanye di daerah lain.", ()),
    ("Tiga ASN yang sudah diberi sanksi itu kini bertugas kembali.", ("sanksi", "pelanggaran")),
]

# the values as a set
CASES = [
    # whether a sanction is given is still open
    ("Untuk keputusan apakah camat itu diberi sanksi, itu ada di tangan BKN.", set()),
    ("Dua kasus pelanggaran netralitas ASN itu sudah diteruskan ke KASN, tinggal menunggu "
     "apakah diberi sanksi atau tidak.", {"pelanggaran"}),
    ("Kepala Dinas Pendidikan Kabupaten Lebong sudah diberi sanksi teguran tertulis oleh "
     "Bupati.", {"sanksi", "pelanggaran"}),
    # a sanction a report asks for: the case handed on
    ("Bawaslu telah melaporkan tiga kepala desa itu ke KASN untuk penjatuhan sanksi.",
     {"pelanggaran"}),
    ("Laporan itu sudah diteruskan ke BKN guna pemberian sanksi kepada dua ASN tersebut.",
     {"pelanggaran"}),
    ("Bupati Rejang Lebong telah menjatuhkan sanksi kepada dua ASN tersebut.",
     {"sanksi", "pelanggaran"}),
    # removal, suspension and demotion, done or threatened
    ("Kepala dinas itu dinonjobkan oleh bupati, Senin (9/9).", {"sanksi", "pelanggaran"}),
    ("Guru honorer itu diskors dua bulan oleh kepala sekolah.", {"sanksi", "pelanggaran"}),
    ("BKPSDM memastikan pencopotan camat tersebut sudah dilakukan.", {"sanksi", "pelanggaran"}),
    ("Sanksinya bisa berupa pencopotan jabatan hingga pemecatan.", {"imbauan"}),
    # the kind named right after a sanction is the same sanction, decided or threatened
    ("Bupati memberikan sanksi penurunan jabatan kepada kepala dinas itu.",
     {"sanksi", "pelanggaran"}),
    ("Kepala desa itu terancam sanksi pemberhentian.", {"imbauan"}),
    ("BKN telah menjatuhkan hukuman disiplin sedang berupa penundaan kenaikan gaji kepada dua "
     "ASN tersebut.", {"sanksi", "pelanggaran"}),
    # the decision letter handed over
    ("Bupati menyerahkan SK pemberhentian kepada kepala desa yang terbukti berkampanye, "
     "Senin (2/9).", {"sanksi", "pelanggaran"}),
    # a sanction not yet decided or awaited; one waiting for whoever is a threat
    ("BKN belum menjatuhkan sanksi kepada kepala dinas itu.", set()),
    ("Putusan sanksi terhadap camat itu masih menunggu keputusan KASN.", set()),
    ("Sanksi berat menunggu ASN yang kedapatan berkampanye.", {"imbauan"}),
    # a sanction escaped: neither given nor threatened
    ("Seorang guru honorer di Kecamatan Sukamaju yang berkampanye di media sosial lolos dari "
     "sanksi.", set()),
    ("Camat Sukamaju akhirnya terhindar dari sanksi disiplin.", set()),
    ("Camat Sukamaju telah dijatuhi sanksi disiplin oleh Bupati.", {"sanksi", "pelanggaran"}),
    # personnel data blocked by BKN: threatened, an appeal; done, no sanction decided yet
    ("\"Jika dalam 14 hari rekomendasi itu tidak dieksekusi PPK, maka biodatanya akan diblokir "
     "oleh BKN,\" tutur komisioner Bawaslu.", {"imbauan"}),
    ("BKN telah memblokir data kepegawaian lima ASN yang terbukti tidak netral.",
     {"pelanggaran"}),
    ("Kominfo akan memblokir akun media sosial yang menyebarkan hoaks pilkada.", set()),
    # who may decide a sanction, not one given
    ("Untuk pemberian sanksi itu, BKN tidak berkewenangan memutuskan nasib pegawai yang melanggar.",
     {"imbauan"}),
    ("Pemberian sanksi tersebut menjadi kewenangan pejabat pembina kepegawaian.", {"imbauan"}),
    ("Bupati membenarkan pemberian sanksi kepada tiga ASN itu, Kamis (7/11/2024).",
     {"sanksi", "pelanggaran"}),
    # "yang terbukti ..." with the sanction told as given: those people, not a rule for whoever
    ("Menurut Bawaslu Sukamaju, ASN yang terbukti memihak salah satu calon telah dijatuhi "
     "teguran tertulis oleh bupati.", {"pelanggaran", "sanksi"}),
    ("Menurut Rahmat, ASN yang kedapatan berkampanye sudah diberikan sanksi teguran tertulis.",
     {"sanksi", "pelanggaran"}),
    ("ASN yang terbukti memihak salah satu calon akan dijatuhi teguran tertulis oleh bupati.",
     {"imbauan"}),
    # a sanction's giving told as done
    ("Sebanyak 40 ASN sudah ditindaklanjuti oleh bupati dengan penjatuhan sanksi disiplin.",
     {"sanksi", "pelanggaran"}),
    ("Kasus camat itu telah diselesaikan melalui pemberian sanksi teguran tertulis.",
     {"sanksi", "pelanggaran"}),
    ("Kasus camat itu akan diselesaikan melalui pemberian sanksi teguran tertulis.", {"imbauan"}),
    # given to people counted or pointed at, not described for whoever
    ("Sanksi yang dijatuhkan kepada 12 ASN di Kabupaten Sukamaju diumumkan Senin (4/11/2024).",
     {"sanksi", "pelanggaran"}),
    ("Sanksi yang diberikan kepada camat tersebut adalah penundaan kenaikan pangkat.",
     {"sanksi", "pelanggaran"}),
    ("Sanksi yang diberikan kepada pegawai yang melanggar berupa teguran hingga pemberhentian.",
     {"imbauan"}),
    # a recommendation acted on by the superior who decides
    ("Dari 60 rekomendasi sanksi netralitas ASN, sudah ditindaklanjuti PPK sebanyak 41.",
     {"pelanggaran", "sanksi"}),
    ("Dari 60 rekomendasi sanksi netralitas ASN, sebanyak 19 belum ditindaklanjuti PPK.",
     {"pelanggaran", "imbauan"}),
    # a sanction decided after the recommendation, in a clause of its own
    ("Sebanyak 17 pegawai telah direkomendasikan ke KASN, bahkan dua di antaranya sudah diberikan "
     "sanksi teguran.", {"pelanggaran", "sanksi"}),
    ("Sebanyak 20 ASN sudah direkomendasikan ke KASN untuk diberikan sanksi teguran.",
     {"pelanggaran"}),
    # a sanction said as certain or willed: threatened
    ("Kalau ada ASN yang berpihak pada Pilkada 2024, pasti ditindak dengan tegas.", {"imbauan"}),
    ("Pemkab Sukamaju berkomitmen memberikan sanksi tegas kepada pegawai yang berpihak.",
     {"imbauan"}),
    ("Bupati bertekad menjatuhkan sanksi kepada ASN yang tidak netral.", {"imbauan"}),
    ("ASN yang tidak netral tentunya dikenai sanksi disiplin.", {"imbauan"}),
    ("Terhadap ASN maupun honorer yang menjadi tim sukses calon tertentu dipastikan diberikan "
     "sanksi sesuai aturan yang berlaku.", {"imbauan"}),
    # the grades of sanction listed
    ("Bupati Sukamaju meminta ASN netral. Ada tingkatannya, mulai peringatan, peringatan "
     "tertulis, sampai diberhentikan dengan tidak hormat.", {"imbauan"}),
    ("Pemkab Sukamaju telah menjatuhkan sanksi teguran tertulis kepada dua ASN yang tidak netral.",
     {"sanksi", "pelanggaran"}),
    ("Bupati Sukamaju sudah mencopot tiga camat yang tidak netral di Pilkada 2024.",
     {"sanksi", "pelanggaran"}),
    # the civil servants spelled out, as the sanction's object
    ("Inspektur Sukamaju membenarkan pemberian sanksi kepada tiga aparatur sipil negara di dinas "
     "itu.", {"sanksi", "pelanggaran"}),
    ("Bupati Sukamaju menonaktifkan aparatur sipil negara yang terbukti berkampanye itu.",
     {"sanksi", "pelanggaran"}),
    # a sanction as the purpose a sentence opens with
    ("Untuk menjatuhkan sanksi kepada ASN yang melanggar netralitas, Bupati menunggu "
     "rekomendasi.", {"imbauan"}),
    ("Guna memberikan sanksi yang adil, PPK menunggu hasil pemeriksaan netralitas ASN.",
     set()),
    # a sentence that is only the sanction restates the threat before it
    ("Kalau ada lurah yang tidak netral, ya diberhentikan sebagai lurah. Dicopot dari jabatan.",
     {"imbauan"}),
    ("Camat yang tidak netral akan diberhentikan. Diberhentikan dari jabatan.", {"imbauan"}),
    # people counted by tens: the sanction was given to them
    ("Dari puluhan guru yang melanggar netralitas, enam di antaranya mendapat sanksi "
     "berupa teguran.", {"pelanggaran", "sanksi"}),
    ("Dari belasan guru yang terbukti tidak netral, empat orang sudah mendapat sanksi.",
     {"pelanggaran", "sanksi"}),
    ("Kades yang melanggar netralitas akan mendapat sanksi berupa teguran.", {"imbauan"}),
    # the verbs and nouns of a sanction decided
    ("Menurut Ketua Panwaslih, 12 kepala desa sudah disanksi sebab terbukti tidak netral.",
     {"pelanggaran", "sanksi"}),
    ("Dari puluhan ASN tersebut, KASN memutuskan tujuh orang mendapatkan hukuman disiplin "
     "sedang.", {"sanksi", "pelanggaran"}),
    ("Dari puluhan ASN tersebut, KASN memutuskan tujuh orang mendapatkan hukuman kategori "
     "sedang.", {"sanksi", "pelanggaran"}),
    ("Menurut jaksa, vonis ketiga kepala desa itu sudah diputuskan pengadilan.",
     {"sanksi", "pelanggaran"}),
    ("ASN yang melanggar netralitas akan mendapatkan hukuman berat.", {"imbauan"}),
    ("Camat yang tidak netral terancam hukuman disiplin.", {"imbauan"}),
    ("Pegawai bernama Joko Susilo yang kedapatan berkampanye akhirnya dikenai sanksi oleh "
     "Pemkot.", {"sanksi", "pelanggaran"}),
    ("ASN yang kedapatan berkampanye akan dikenai sanksi oleh Pemkot.", {"imbauan"}),
    ("Dua lurah di Kecamatan Sukamaju segera disanksi.", {"imbauan"}),
    ("Dua lurah di Kecamatan Sukamaju telah disanksi.", {"sanksi", "pelanggaran"}),
    # "telah" of another predicate
    ("Pasalnya, peraturan daerah telah mengaturnya dan ada sanksi keras bagi pegawai.",
     {"imbauan"}),
    ("Pemkab telah memanggil dan menjatuhkan sanksi kepada dua ASN itu.",
     {"sanksi", "pelanggaran"}),
    ("Kedua ASN itu sudah diperiksa dan diberi sanksi teguran.", {"sanksi", "pelanggaran"}),
    # what cases of the kind end in, told of the kind: no sanction given; one case's (a person
    # named, cases counted) is
    ("Menurut Dedi dari Bawaslu Sukamaju, sanksi untuk kasus netralitas guru di daerahnya "
     "biasanya berujung pada teguran lisan saja.", {"imbauan"}),
    ("Kasus netralitas camat Sukamaju, Budi Santoso, berujung pada pencopotan dari jabatannya.",
     {"sanksi", "pelanggaran"}),
    ("Kasus netralitas dua kepala desa di Sukamaju berakhir dengan pemberhentian sementara.",
     {"sanksi", "pelanggaran"}),
    # a watchdog's "menindak" is its handling of a case (it decides no sanction), or a threat
    ("Bawaslu Kabupaten sudah menindak dugaan ketidaknetralan tiga ASN tersebut.",
     {"pelanggaran"}),
    ("Panwaslu akan menindak tiga ASN tersebut.", {"imbauan"}),
    # a step backed "untuk menindak" whoever breaks the rule: a warning; one person handled
    # (a comma before "yang") is a case
    ("Bupati Sukamaju Andi Rahman mendukung upaya Panwaslu bersama Gakkumdu untuk menindak "
     "tegas pegawai yang tidak netral dalam Pilkada 2024.", {"imbauan"}),
    ("Bupati Sukamaju Andi Rahman mendukung upaya Panwaslu untuk menindak camat Sukamaju Barat, "
     "Budi Santoso, yang tidak netral dalam Pilkada 2024.", {"pelanggaran"}),
    ("Pemkab sudah menindak tiga ASN tersebut dengan teguran tertulis.", {"sanksi", "pelanggaran"}),
    # a recommendation acted on: the sanction after it is decided; one asked to act on it is not
    ("Pemkot sudah menindaklanjuti rekomendasi KASN dengan menjatuhkan hukuman disiplin kepada "
     "dua ASN.", {"pelanggaran", "sanksi"}),
    ("Bawaslu meminta Pemkab menindaklanjuti rekomendasi KASN dengan menjatuhkan sanksi kepada "
     "dua ASN itu.", {"imbauan", "pelanggaran"}),
    # the verdict pointed at, read out
    ("Vonis terhadap kades itu dibacakan Pengadilan Negeri, Selasa (3/12).",
     {"sanksi", "pelanggaran"}),
    ("Vonis terhadap kades itu akan dibacakan Pengadilan Negeri pekan depan.", {"imbauan"}),
    # a sanction for whoever breaks the rule (no one counted or pointed at, not told done)
    ("Pemda yang jatuhkan sanksi bagi ASN yang tidak netral di Pilkada.", {"imbauan"}),
    ("BKN memberikan sanksi terhadap pegawai yang melanggar netralitas.", {"imbauan"}),
    ("Bupati menjatuhkan sanksi kepada ASN yang terbukti tidak netral itu.",
     {"sanksi", "pelanggaran"}),
    ("Bupati telah menjatuhkan sanksi kepada ASN yang terbukti tidak netral.",
     {"sanksi", "pelanggaran"}),
    ("Bupati menjatuhkan sanksi kepada tiga ASN yang terbukti tidak netral.",
     {"pelanggaran", "sanksi"}),
]

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a sanction told as a risk is threatened: an appeal
    ("Pegawai yang tidak netral dalam Pilkada 2024 berisiko mendapat hukuman disiplin berat "
     "berupa penurunan jabatan.", {"imbauan"}),
    ("ASN yang terbukti berpihak berpotensi dikenai sanksi disiplin.", {"imbauan"}),
    ("ASN yang berpihak beresiko dijatuhi sanksi pemberhentian.", {"imbauan"}),
    ("Bupati Sukamaju telah menjatuhkan hukuman disiplin berat kepada dua camat yang tidak "
     "netral dalam Pilkada 2024.", {"sanksi", "pelanggaran"}),
    ("Dua camat yang tidak netral dalam Pilkada 2024 menerima sanksi penundaan kenaikan gaji "
     "berkala.", {"sanksi", "pelanggaran"}),
    # a sanction told as a chance, a threat or a readiness is an appeal
    ("Pada Pilkada ini, para pegawai berpeluang dijatuhi sanksi bila memihak.", {"imbauan"}),
    ("Menteri mengancam menjatuhkan sanksi berat bagi pegawai yang memihak.", {"imbauan"}),
    ("Gubernur tak segan mencopot kepala dinas yang ketahuan tidak netral.", {"imbauan"}),
    ("Camat Sukamaju telah dijatuhi sanksi penundaan kenaikan pangkat oleh bupati.",
     {"sanksi", "pelanggaran"}),
    # a sanction the case ended in
    ("Unggahan dukungan kepada pasangan calon itu berujung pemecatan terhadap dua guru honorer "
     "di Sukamaju.", {"sanksi", "pelanggaran"}),
    ("Video kampanye camat itu berbuntut pencopotan dari jabatannya.", {"sanksi", "pelanggaran"}),
    ("ASN yang tidak netral dapat berujung pada pemecatan.", {"imbauan"}),
    # the civil service's other discipline penalties, decided or done
    ("Bupati Sukamaju telah menjatuhkan sanksi pernyataan tidak puas secara tertulis kepada "
     "camat itu.", {"sanksi", "pelanggaran"}),
    ("Kepala dinas yang terbukti berkampanye itu sudah diberi pemotongan tunjangan kinerja "
     "selama enam bulan.", {"sanksi", "pelanggaran"}),
    ("Sekretaris camat itu telah diturunkan pangkatnya setelah terbukti berkampanye.",
     {"sanksi", "pelanggaran"}),
    ("ASN yang melanggar netralitas dapat dikenai pemotongan tunjangan kinerja atau PTDH.",
     {"imbauan"}),
    ("\"Sanksi sedang berupa pemotongan tunjangan, yang berat diturunkan jabatannya,\" kata "
     "anggota Bawaslu Sukamaju.", {"imbauan"}),
    # action taken, no sanction named: a case handled
    ("Dari lima ASN itu, dua kepala desa kemudian ditindak oleh dinas yang berwenang.",
     {"pelanggaran"}),
    ("Camat Sukamaju yang berkampanye itu telah dicopot dari jabatannya.",
     {"sanksi", "pelanggaran"}),
    ("ASN yang tidak netral akan ditindak tegas.", {"imbauan"}),
    # a reprimand joined to an appeal: a watchdog's warnings
    ("\"Kami sudah mengirim surat imbauan dan teguran kepada tiga ASN yang mendukung calon,\" "
     "kata Ketua Bawaslu Sukamaju.", {"imbauan"}),
    ("Camat itu sudah mendapat teguran tertulis dari bupati.", {"sanksi", "pelanggaran"}),
    # a sanction decided after the recommendation
    ("Dari 90 pegawai yang direkomendasikan KASN karena tidak netral, 40 orang di antaranya "
     "ditindaklanjuti oleh PPK lalu dijatuhi sanksi.", {"pelanggaran", "sanksi"}),
    ("Dari rekomendasi sanksi KASN itu, sebanyak 30 ASN sudah ditindaklanjuti sanksi oleh "
     "pejabat pembina kepegawaian karena tidak netral.", {"pelanggaran", "sanksi"}),
    ("Bawaslu merekomendasikan dua camat itu ke KASN untuk dijatuhi sanksi karena tidak netral.",
     {"pelanggaran"}),
    # a sanction only possible, or added to a threatened one
    ("Terhadap kades yang tidak netral dimungkinkan mendapat dua sanksi sekaligus.", {"imbauan"}),
    ("Di samping dikenai sanksi pidana, ASN bakal dikenai sanksi dari KASN jika terbukti "
     "melanggar netralitas.", {"imbauan"}),
    ("Selain dijatuhi teguran, camat itu telah dicopot dari jabatannya karena tidak netral.",
     {"sanksi", "pelanggaran"}),
    # a decision described
    ("\"Putusan itu berupa sanksi teguran dan penundaan kenaikan pangkat,\" katanya tentang "
     "lima ASN yang tidak netral.", {"sanksi", "pelanggaran"}),
    ("Putusan KASN bisa berupa sanksi teguran bagi ASN yang tidak netral.", {"imbauan"}),
    # abbreviations of the penalties
    ("Tiga ASN itu telah dijatuhi hukdis sedang oleh Bupati karena tidak netral.",
     {"sanksi", "pelanggaran"}),
    ("ASN yang melanggar netralitas dapat dijatuhi hukdis berat.", {"imbauan"}),
    ("Camat itu mendapat penundaan KGB selama satu tahun karena tidak netral, kata Sekda, Senin "
     "(4/11).", {"sanksi", "pelanggaran"}),
    # a sanction prepared for whoever breaks the rule
    ("Wali Kota Tanjung Permai mengaku telah siapkan sanksi untuk pegawai pemkot yang "
     "berpihak menjelang pemungutan suara 2024.", {"imbauan"}),
    ("Gubernur memastikan jajarannya sudah menyiapkan sanksi terhadap pegawai yang berpihak.",
     {"imbauan"}),
    ("Wali kota telah menjatuhkan sanksi kepada dua lurah yang tidak netral.",
     {"sanksi", "pelanggaran"}),
    # a rule of sanctions
    ("\"Aturannya terang. Ketentuan sanksinya berjenjang, dari teguran hingga "
     "diberhentikan,\" ujar Kepala BKD di Tanjung Permai, Kamis (29/8).", {"imbauan"}),
    ("Aturannya terang. Lurah tersebut diberhentikan dari jabatannya, ujar Kepala BKD, "
     "Kamis (29/8).", {"sanksi", "pelanggaran"}),
    # penalties listed after a threat
    ("Asisten I menyebut pegawai akan dikenai sanksi ringan bila terbukti berpihak. \"Kemudian "
     "teguran tertulis, penurunan jabatan, hingga diberhentikan,\" tuturnya.", {"imbauan"}),
    ("Asisten I menyebut pegawai akan dikenai sanksi ringan bila terbukti berpihak. Tiga lurah "
     "yang berpihak telah diberi teguran tertulis dan diberhentikan dari jabatan.",
     {"sanksi", "pelanggaran"}),
    # a sanction urged, not decided
    ("Para pengamat mendorong pelanggar netralitas diberi sanksi berat supaya jera.",
     {"imbauan"}),
    ("Bupati Sukamaju telah menjatuhkan sanksi kepada dua pegawai yang terbukti berpihak.",
     {"sanksi", "pelanggaran"}),
    # sanctions told on average over the cases: given in them
    ("Para camat di Sukamaju rata-rata memberikan sanksi berupa teguran lisan dan pembinaan "
     "kepada lurah atau staf kelurahan yang berpihak tersebut, ujar Darto.",
     {"sanksi", "pelanggaran"}),
    ("Ia menambahkan, dari 70 aduan netralitas pegawai yang sudah ditelaah tak ada yang berat, "
     "karenanya sanksi yang diberikan rata-rata ringan saja.", {"pelanggaran", "sanksi"}),
    ("Menurut Darto, hukuman disiplin yang dikenakan kepada para guru sebagian besar berupa "
     "teguran tertulis karena tidak netral.", {"sanksi", "pelanggaran"}),
    ("Kepala dinas di Sukamaju mayoritas memberi sanksi pembinaan kepada guru yang ikut "
     "berkampanye, kata Darto.", {"sanksi", "pelanggaran"}),
    # (a modal, a condition or a possibility before it: a rule, threatened)
    ("Menurut Darto, pegawai yang melanggar rata-rata akan diberi sanksi teguran lebih dulu.",
     {"imbauan"}),
    ("Jika terbukti tidak netral, sanksi yang diberikan rata-rata berupa teguran tertulis.",
     {"imbauan"}),
    ("Sanksi netralitas yang akan diberikan sebagian besar berupa penundaan kenaikan pangkat.",
     {"imbauan"}),
    ("Sanksi netralitas yang bisa dijatuhkan rata-rata berupa teguran, ujar Darto.",
     {"imbauan"}),
    # a sanction's range up to a passive one ("Sanksi ... hingga dipecat"): the scale threatened
    ("Pegawai Tak Netral, Kepala BKN: Sanksi Tunda Pangkat Hingga Diberhentikan", {"imbauan"}),
    ("Lurah Berpihak, Wali Kota: Sanksinya Mulai Teguran Sampai Dinonaktifkan", {"imbauan"}),
    # (given, or done to someone: decided)
    ("Dua lurah di Sukamaju diberi sanksi teguran hingga dicopot dari jabatannya, Senin (4/3).",
     {"sanksi", "pelanggaran"}),
    ("Camat Sukamaju itu dicopot dari jabatannya oleh bupati, Senin (4/3).",
     {"sanksi", "pelanggaran"}),
    # the sanction applied to people counted or pointed at ("yang diterapkan/diberlakukan
    # kepada ..."): decided; for whoever, or still to come: a rule
    ("Menurut Darto, hukuman yang diterapkan kepada tiga lurah itu berupa teguran tertulis.",
     {"sanksi", "pelanggaran"}),
    ("Sanksi disiplin yang diberlakukan terhadap kepala dinas tersebut adalah penurunan "
     "jabatan.", {"sanksi", "pelanggaran"}),
    ("Sanksi yang diterapkan kepada pegawai yang berpihak berupa teguran lisan.", {"imbauan"}),
    ("Sanksi yang akan diberlakukan kepada dua guru itu masih dibahas tim.", {"imbauan"}),
    # the heaviest penalty the rule allows, told of whoever: a warning; given: a sanction
    ("\u201cAda teguran dan sanksi terberatnya dipecat dari ASN,\u201d tegas Sekda Rudi.",
     {"imbauan"}),
    ("\u201cPembinaan dan sanksi beratnya diberhentikan sebagai pegawai,\u201d ujar Kepala BKD "
     "Sari.", {"imbauan"}),
    ("Sanksi maksimal bisa berupa diberhentikan dengan tidak hormat, kata Kepala BKD.",
     {"imbauan"}),
    ("Dua camat itu dijatuhi sanksi terberat, yakni dipecat, Senin (7/10).",
     {"sanksi", "pelanggaran"}),
    ("Lurah Sukaraja sudah menerima sanksi paling berat, diberhentikan dari jabatannya, Senin "
     "(7/10).", {"sanksi", "pelanggaran"}),
]


def test_some_of_the_recommended_sanctions_given():
    """Some of the sanctions recommended told as given ("baru satu yang sudah dijatuhkan"),
    through a speech aside: a sanction decided; none given yet: no sanction."""
    lead = "Bawaslu merekomendasikan sanksi bagi empat ASN yang terbukti tidak netral. "
    given = lead + ("Dari keempat rekomendasi sanksi itu, ujarnya, baru satu yang sudah "
                    "dijatuhkan, yaitu oleh Pemkab Sukamaju.")
    none = lead + "Dari keempat rekomendasi sanksi itu, ujarnya, belum ada yang dijatuhkan."
    assert "sanksi" in activities(given)
    assert "sanksi" not in activities(none)


# a headline leaves out "akan": its sanction sums up the body's threat, unless one is decided
THREAT_BODY = ("Sekda Sukamaju mengatakan pegawai yang melanggar netralitas akan diberikan sanksi "
               "tegas sesuai aturan.")
DECIDED_BODY = "Sekda Sukamaju mengatakan dua ASN itu telah dijatuhi sanksi karena tidak netral."
SILENT_BODY = "Sekda Sukamaju mengingatkan ASN agar menjaga netralitas."
HEADLINE = "ASN Langgar Netralitas Diberikan Sanksi Tegas"


@pytest.mark.parametrize(("body", "kept"), [(THREAT_BODY, False), (DECIDED_BODY, True),
                                            (SILENT_BODY, True)])
def test_a_headlines_sanction_is_the_bodys_threat(body, kept):
    title = activity_mentions(HEADLINE)
    assert "sanksi" in {m.value for m in title}
    values = {m.value for m in headline_mentions(title, activity_mentions(body))}
    assert ("sanksi" in values) is kept


@pytest.mark.parametrize(("body", "kept"), [(THREAT_BODY, False), (DECIDED_BODY, True)])
def test_a_headlines_threat_gives_no_case_either(body, kept):
    # the case a decided sanction is given with goes when the sanction is the body's threat
    title = activity_mentions("Terlibat Politik Praktis, ASN Dipecat")
    values = {m.value for m in headline_mentions(title, activity_mentions(body))}
    assert ("pelanggaran" in values) is kept
