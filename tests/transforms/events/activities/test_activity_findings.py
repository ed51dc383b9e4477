"""Activities: `pelanggaran` as a violation found or suspected (LABELS.md): the finding verbs
and nouns, the words for "suspected", people counted, named or pointed at who broke the rule,
against a rule for whoever, a condition, a denial, a habit, a statistic or a risk named
("... merupakan isu kerawanan"). Invented
sentences; each pattern paired with a negative or a positive."""

# the shared table checks, run over ORDERED, CASES and KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activities, test_activities_exactly, test_activity_kinds  # noqa: F401

# the values exactly, in their order
ORDERED = [
    # a candidate's campaigner: suspected, or a wrongdoer ("oknum") told by the act; not a
    # rule, a condition, an act denied or asked against
    ("Seorang oknum ASN Pemkot Sukamaju diduga menjadi tim sukses calon bupati nomor urut 1.",
     ("pelanggaran",)),
    ("Dua guru diduga menjadi relawan pasangan calon nomor urut 2.", ("pelanggaran",)),
    ("Oknum PPPK Dinas Kesehatan Sukamaju turut menjadi timses calon wali kota, kata Ketua "
     "Bawaslu.", ("pelanggaran",)),
    # the wrongdoer named at length, an abbreviation in brackets
    ("Dalam video itu, oknum Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) Dinas Pertanian "
     "Sukamaju turut menjadi juru kampanye calon bupati.", ("pelanggaran",)),
    ("Oknum Aparatur Sipil Negara (ASN) di lingkungan Dinas Pendidikan Sukamaju menjadi "
     "relawan calon bupati.", ("pelanggaran",)),
    ("Jangan sampai ada oknum pegawai di lingkungan Pemkab Sukamaju ikut menjadi tim sukses "
     "calon bupati, kata Sekda.", ("imbauan",)),
    # a condition between the wrongdoer and the act: a warning, not a case
    ("Oknum ASN akan ditindak tegas jika terbukti menjadi tim sukses pasangan calon.",
     ("imbauan",)),
    ("Oknum pegawai Pemkab Sukamaju dapat dipecat apabila kedapatan menjadi tim sukses calon "
     "bupati.", ("imbauan",)),
    ("ASN dilarang menjadi tim sukses pasangan calon.", ("imbauan",)),
    ("Jangan sampai ada oknum ASN yang menjadi tim sukses pasangan calon, kata Bupati.",
     ("imbauan",)),
    ("Bupati meminta oknum ASN tidak menjadi tim sukses.", ("imbauan",)),
    ("Tidak boleh ada oknum ASN menjadi tim sukses pasangan calon.", ("imbauan",)),
    ("Kalau ada oknum ASN menjadi tim sukses, kami tindak tegas.", ()),
    # a finding in other shapes: a complaint about a civil servant, involvement suspected by
    # its act, a body's declaration, a recommendation issued or made of people pointed at
    ("Seorang kepala desa dilaporkan ke Bawaslu karena mengunggah dukungan kepada paslon.",
     ("pelanggaran",)),
    ("Bawaslu sedang mengkaji laporan terkait oknum ASN yang hadir dalam kampanye.",
     ("pelanggaran",)),
    ("Bawaslu mengklarifikasi dua ASN yang diduga mengunggah foto bersama calon bupati.",
     ("pelanggaran",)),
    ("ASN yang diduga ikut kampanye akan dipanggil Bawaslu.", ()),
    ("Bawaslu menyatakan camat itu melanggar netralitas ASN.", ("pelanggaran",)),
    ("Bawaslu mengeluarkan rekomendasi kepada KASN atas dugaan pelanggaran netralitas kades.",
     ("pelanggaran",)),
    ("Bawaslu berwenang mengeluarkan rekomendasi kepada KASN atas pelanggaran netralitas.", ()),
    ("Komisi ASN merekomendasikan sanksi disiplin bagi camat tersebut.", ("pelanggaran",)),
    ("Lima ASN terjaring patroli siber Bawaslu karena menyukai unggahan paslon.",
     ("pelanggaran", "pengawasan")),
    ("Sepuluh ASN terjaring razia disiplin Satpol PP di pusat perbelanjaan.", ()),
]

# the values as a set
CASES = [
    # suspected campaigning is a finding
    ("Inspektorat telah memanggil Lurah Tanjung Rejo yang diduga kampanye untuk salah satu "
     "calon.", {"pelanggaran"}),
    ("Kepala desa dilarang kampanye untuk pasangan calon mana pun.", {"imbauan"}),
    # more finding verbs (met with, detected, caught out), and their negations
    ("Panwascam menjumpai dua kepala desa hadir di kampanye pasangan calon, Sabtu (12/10).",
     {"pelanggaran"}),
    ("Bawaslu mendeteksi tiga ASN yang mengunggah foto bersama calon di media sosial.",
     {"pelanggaran"}),
    ("Seorang guru PPPK kepergok ikut kampanye pasangan calon bupati di Lapangan Merdeka.",
     {"pelanggaran"}),
    ("Tidak dijumpai ASN yang terlibat kampanye selama masa tenang.", set()),
    ("Bawaslu tidak menemukan ASN yang berkampanye.", set()),
    ("Jika ada ASN yang kepergok ikut kampanye, segera laporkan ke Bawaslu.", set()),
    # "ketidak netralan" written apart
    ("Bawaslu menemukan ketidak netralan tiga ASN di Kecamatan Sukajadi, Senin (9/9).",
     {"pelanggaran"}),
    # the findings of monitoring ("temuan patroli"), like its results: the source of a case
    ("Ketua Bawaslu mengungkapkan temuan patroli pengawasan yang menunjukkan tiga ASN diduga "
     "tidak netral, Kamis (5/9).", {"pelanggaran"}),
    ("Bawaslu melakukan patroli pengawasan ke kantor dinas, Kamis (5/9).", {"pengawasan"}),
    # people counted who break the rules, told as now: cases reported without a finding verb
    ("Ketua Bawaslu menyebut kini banyak lurah dan guru yang melanggar netralitas lewat "
     "grup percakapan.", {"pelanggaran"}),
    ("Kini ada dua kepala desa yang melanggar netralitas dan sedang diperiksa.",
     {"pelanggaran"}),
    ("Banyak ASN yang melanggar netralitas biasanya karena tidak paham aturan.", set()),
    ("Jangan sampai ada tiga ASN yang melanggar netralitas.", {"imbauan"}),
    ("ASN yang melanggar netralitas akan disanksi.", {"imbauan"}),  # a sanction threatened
    # a finding only conditional
    ("Sekda menegaskan ketidaknetralan pegawai akan berujung sanksi jika terbukti melakukan "
     "pelanggaran.", {"imbauan"}),
    ("Kepala BKPSDM menegaskan ketidaknetralan ASN selama proses pilkada akan disanksi.",
     {"imbauan"}),
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
    # people counted before "yang ...": particular cases, not a rule for whoever
    ("Tiga ASN yang terbukti tidak netral sudah diberikan sanksi oleh pejabat pembina "
     "kepegawaian.", {"pelanggaran", "sanksi"}),
    ("Dua kepala desa yang kedapatan berkampanye telah dijatuhi sanksi teguran.",
     {"pelanggaran", "sanksi"}),
    ("ASN yang terbukti tidak netral akan diberikan sanksi.", {"imbauan"}),
    ("Kepala desa yang kedapatan berkampanye akan dijatuhi sanksi teguran.", {"imbauan"}),
    # the words for "suspected"
    ("Seorang camat di Kecamatan Sukamaju disinyalir ikut berkampanye untuk salah satu pasangan "
     "calon.", {"pelanggaran"}),
    ("Dua kepala desa ditengarai hadir dalam kampanye pasangan calon nomor urut 1, Sabtu "
     "(12/10/2024).", {"pelanggaran"}),
    ("Tiga ASN dicurigai mengunggah foto bersama calon bupati di media sosial.", {"pelanggaran"}),
    ("Lima ASN terindikasi memihak salah satu calon dalam Pilkada 2024.", {"pelanggaran"}),
    ("ASN yang ditengarai terlibat kampanye akan dipanggil Bawaslu.", set()),
    # people suspected to be there, counted: a case; whoever may be: a rule
    ("Sementara itu, diduga kuat terdapat tiga Kepala Dinas (Kadis) yang terlibat dalam politik "
     "praktis mendukung kandidat tertentu.", {"pelanggaran"}),
    ("Kalau diduga ada ASN yang terlibat politik praktis, laporkan ke Bawaslu.", set()),
    # a recommendation issued on people counted: a case; a power to issue one: none
    ("Ketua Bawaslu Rina Wati membenarkan telah mengeluarkan rekomendasi atas 11 pejabat "
     "terkait netralitas ASN.", {"pelanggaran"}),
    ("Bawaslu berwenang mengeluarkan rekomendasi atas pegawai terkait netralitas ASN.", set()),
    # a purpose before a new point ("..., selain itu juga ...") conditions nothing after it
    ("Hal ini dilakukan agar suasana tetap kondusif, selain itu juga Bawaslu Kota Agam tengah "
     "melakukan penelusuran informasi awal terhadap dugaan netralitas salah satu pegawai.",
     {"pelanggaran"}),
    ("Jika ada ASN terlibat, selain itu juga Bawaslu akan menelusuri dugaan pelanggaran "
     "netralitas.", set()),
    # one said to exist already, from the watchdog that issued it
    ("\u201cUntuk di daerah lain belum tetapi ada satu sudah ada rekomendasi dari Bawaslu Agam "
     "berkaitan dengan netralitas ASN,\u201d ujarnya.", {"pelanggaran"}),
    ("Jika ada ASN yang dicurigai berkampanye, segera laporkan ke Bawaslu.", set()),
    # the election law's words
    ("Kades Sukamaju divonis tiga bulan penjara karena terbukti menguntungkan salah satu "
     "pasangan calon.", {"sanksi", "pelanggaran"}),
    # (the court as the subject: "memvonis")
    ("Majelis hakim Pengadilan Negeri Agam memvonis Kepala Desa Sukamaju Rudi Hartono denda "
     "Rp3 juta karena melanggar netralitas di Pilkada 2024.", {"sanksi", "pelanggaran"}),
    ("Camat itu diduga merugikan salah satu pasangan calon lewat surat edarannya.",
     {"pelanggaran"}),
    # "sangsi", "pelangaran": the misspellings
    ("Bupati telah menjatuhkan sangsi teguran kepada camat tersebut.", {"sanksi", "pelanggaran"}),
    ("ASN yang tidak netral akan dikenakan sangsi.", {"imbauan"}),
    ("Bawaslu menemukan dugaan pelangaran netralitas oleh tiga ASN.", {"pelanggaran"}),
    # the inflected "tidak netralnya"
    ("Bawaslu menangani laporan soal tidak netralnya 14 kades di Kecamatan Sukamaju.",
     {"pelanggaran"}),
    ("Soal tidak netralnya ASN, Bupati meminta semua pihak melapor ke Bawaslu.", {"imbauan"}),
    # an election offence proven or suspected
    ("Majelis hakim menyatakan Kades Sukamaju terbukti melakukan tindak pidana pemilu.",
     {"pelanggaran"}),
    ("Camat itu diduga melakukan tindak pidana pemilu karena mengarahkan warga memilih.",
     {"pelanggaran"}),
    ("Kepala desa yang terbukti melakukan tindak pidana pemilihan dapat dipenjara satu tahun.",
     set()),
    ("Jika terbukti melakukan tindak pidana pemilu, kades itu terancam penjara.", set()),
    # whoever is suspected: the object of a duty or an appeal
    ("Bupati meminta pengawasan terhadap ASN yang terindikasi tidak netral selama kampanye.",
     {"imbauan"}),
    ("Menurut Sekda, perlu dilakukan pembinaan kepada pegawai yang diduga tidak netral.",
     {"imbauan"}),
    ("Sekda meminta kepala OPD membina pegawai yang disinyalir tidak netral.", {"imbauan"}),
    # ... unless the people are counted, or a finding stands outside the relative clause
    ("Jumlah ASN yang diduga tidak netral kini bertambah menjadi 40 orang.", {"pelanggaran"}),
    ("Bawaslu mencatat tiga ASN yang terindikasi tidak netral, Senin (4/11/2024).",
     {"pelanggaran"}),
    ("Bawaslu menemukan ASN yang diduga tidak netral di Kecamatan Sukamaju.", {"pelanggaran"}),
    ("Inspektorat menangani ASN yang terindikasi tidak netral.", {"pelanggaran"}),
    # judged to have broken the rule: a finding
    ("Lima ASN yang divonis melanggar netralitas itu terdiri dari dua camat dan tiga guru.",
     {"pelanggaran"}),
    ("Sebanyak tujuh kepala desa sudah dinyatakan melanggar netralitas oleh Bawaslu.",
     {"pelanggaran"}),
    # a finding word joined to a denied one shares the denial
    ("Hingga kini Panwascam belum pernah menemukan ataupun menerima laporan soal camat yang "
     "berpihak.", set()),
    ("Panwascam tidak menemukan maupun mendapati ASN yang tidak netral di Pilkada 2024.",
     set()),
    ("Bawaslu menemukan dan menerima laporan tiga ASN yang tidak netral di Pilkada 2024.",
     {"pelanggaran"}),
    # whoever, with conditions joined
    ("Bagi pegawai yang tidak disiplin, dan terbukti melanggar netralitas akan menerima hukuman.",
     {"imbauan"}),  # the punishment threatened
    ("Bagi pegawai yang berpihak atau terbukti melanggar netralitas, sanksinya berat.",
     {"imbauan"}),
    # none so far: no case
    ("Rahmat menuturkan, sampai sekarang belum ada pegawai yang dilaporkan atau diproses "
     "karena pelanggaran netralitas pada Pilkada 2024.", set()),
    ("Menurut Rina, sampai sekarang tidak ada kepala desa yang diproses Bawaslu karena "
     "pelanggaran netralitas.", set()),
    ("Ia mengatakan, hingga saat ini Bawaslu sudah memproses tiga ASN yang melakukan "
     "pelanggaran netralitas.", {"pelanggaran"}),
    # none wished: no case
    ("Sekda meminta Bawaslu mengingatkan aturan bagi pegawai, karena tidak ingin ada temuan "
     "pelanggaran netralitas di kalangan ASN Sukamaju.", {"imbauan"}),
    ("Bupati tidak menginginkan adanya temuan pelanggaran netralitas ASN.", set()),
    ("Bawaslu menemukan dua ASN tidak netral, padahal Bupati tidak ingin ada pelanggaran.",
     {"pelanggaran"}),
    # "itu"/"tersebut" of a connective, the statement or an instruction points at no case
    ("Oleh sebab itu, tiap kepala dinas yang tahu ada dugaan pelanggaran disiplin stafnya "
     "harus segera menindaklanjutinya.", set()),
    ("Instruksi tersebut di antaranya membina pegawai serta menindaklanjuti setiap dugaan "
     "pelanggaran netralitas menurut ketentuan.", {"imbauan"}),
    ("Bawaslu telah menindaklanjuti temuan pelanggaran netralitas oleh camat tersebut.",
     {"pelanggaran"}),
    ("Selain itu, Bawaslu menindaklanjuti temuan pelanggaran netralitas dua ASN di Kecamatan "
     "Sukamaju.", {"pelanggaran"}),
    # whoever broke the rule, with two words before the violation
    ("Adapun untuk pegawai yang terbukti melakukan pelanggaran disiplin nanti dikenakan sanksi "
     "berat.", {"imbauan"}),
    ("Pegawai yang kedapatan melakukan pelanggaran netralitas nantinya diproses.", {"imbauan"}),
    ("Panwascam menemukan tiga guru yang terbukti melakukan pelanggaran itu.",
     {"pelanggaran"}),
    # "terbukti" as an unmarked condition with its consequence to come: a rule, not a finding
    ("Terbukti Langgar Netralitas, ASN Bakal Dipecat", {"imbauan"}),
    ("ASN terbukti tidak netral bisa diberhentikan.", {"imbauan"}),
    ("Terbukti Langgar Netralitas, Tiga ASN Disanksi", {"pelanggaran", "sanksi"}),
    ("Tiga ASN terbukti melanggar netralitas dan akan dijatuhi sanksi.",
     {"pelanggaran", "imbauan"}),
    # habitual: what is often found is no finding
    ("Sikap kepala desa yang tidak netral kerap menjadi temuan pengawas pemilu.", set()),
    ("Ketidaknetralan pegawai desa sering ditemukan di grup percakapan.", set()),
    ("Bawaslu menemukan kepala desa yang tidak netral di Kecamatan Sukamaju.", {"pelanggaran"}),
    # a rule for whoever, also with the sanction named after "yang melakukan pelanggaran"
    ("Aturannya, PNS yang melakukan pelanggaran tata tertib dikenai sanksi "
     "teguran.", {"imbauan"}),
    # a recommendation meant for whoever is a guideline, not a case
    ("Panwaslih sudah menyusun panduan pemberian rekomendasi sanksi bagi lurah yang tidak "
     "netral.", {"imbauan"}),
    # a person named by title, the title in either case
    ("Selain itu, Bawaslu meneruskan laporan pelanggaran netralitas camat Sukamaju ke KASN.",
     {"pelanggaran"}),
    ("Selain itu, Bawaslu meneruskan laporan pelanggaran netralitas ke KASN.", set()),
    # none so far, in other words
    ("Sampai kini tidak ada satu pun pegawai yang dilaporkan melanggar netralitas.", set()),
    ("Panwaslih memastikan tak ada guru honorer yang terbukti melanggar netralitas.", set()),
    ("Sejauh ini ada dua ASN yang diproses karena pelanggaran netralitas.", {"pelanggaran"}),
    # judged so by someone, of particular people; a rule ("dinilai ... jika")
    ("Hal itu lantaran beberapa orang ASN dinilai tidak netral selama Pilkada 2024.",
     {"pelanggaran"}),
    ("ASN dinilai tidak netral jika berfoto dengan calon.", set()),
    ("Panwaslih belum mendapati maupun menerima aduan pegawai yang dianggap tidak netral.", set()),
    ("Dua camat dilaporkan warga ke Panwaslih karena dianggap tidak netral.", {"pelanggaran"}),
    ("Hingga kini sudah ada 7 orang pegawai yang diperiksa terkait ketidaknetralannya.",
     {"pelanggaran"}),
    # a contrast clause is told apart from the statistics before it, not from an earlier election
    ("Meski data KASN menunjukkan banyak pelanggaran ASN di provinsi ini, namun kami telah "
     "memberikan sanksi teguran tertulis kepada para ASN itu.", {"sanksi", "pelanggaran"}),
    ("Meski data KASN menunjukkan pelanggaran ASN berupa dukungan di medsos, namun kami telah "
     "memberikan sanksi teguran tertulis kepada mereka.", {"sanksi", "pelanggaran"}),
    ("Tiga ASN itu sudah dipanggil, tetapi sanksi akan diberikan setelah pemeriksaan.",
     {"imbauan"}),
    ("Pada Pilkada 2018, tiga ASN dilaporkan, namun hanya satu yang telah dijatuhi sanksi. "
     "ASN harus netral di Pilkada 2024.", {"imbauan"}),
]

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # one person named or pointed at who broke the rule: a violation reported
    ("Bawaslu meminta Bupati menjatuhkan sanksi kepada Camat Sukamaju Budi Hartono yang "
     "melanggar netralitas ASN saat Pilkada 2024.", {"pelanggaran", "imbauan"}),
    ("Oknum guru yang melanggar netralitas ASN itu kini diproses.", {"pelanggaran"}),
    # whoever breaks it: a rule
    ("Pegawai yang melanggar netralitas saat Pilkada 2024 akan dikenai sanksi.", {"imbauan"}),
    ("Camat yang melanggar aturan netralitas dalam Pilkada 2024 bisa dicopot.", {"imbauan"}),
    # a violation ranked as the kind most often found: statistics, no case
    ("Bawaslu mengingatkan Pemkot menjaga netralitas ASN. Ketidaknetralan ASN, lanjutnya, "
     "menjadi salah satu jenis pelanggaran yang paling banyak ditemukan di daerah itu.",
     {"imbauan"}),
    ("Panwaslih menemukan dua kasus ketidaknetralan pegawai di Kecamatan Sukamaju, dan kasus "
     "itu paling banyak dilaporkan warga.", {"pelanggaran"}),
    # a post held is no kind named; a kind named is no case
    ("Warga melaporkan ASN yang menjabat sebagai kepala desa atas dugaan pelanggaran "
     "netralitas, Kamis (5/9).", {"pelanggaran"}),
    ("Memberi like pada unggahan calon dapat dianggap sebagai pelanggaran netralitas ASN.",
     set()),
    # whenever there is one: no case
    ("Ketika ada dugaan ASN yang tidak netral, Bawaslu Sukamaju akan menindaklanjutinya.",
     set()),
    # the finding noun with its possessive
    ("Panwaslu Kecamatan Sukamaju menyatakan, dalam temuannya, kepala desa itu melanggar "
     "netralitas.", {"pelanggaran"}),
    ("Keempat ASN itu, status temuannya diteruskan ke KASN.", {"pelanggaran"}),
    ("ASN wajib menjaga netralitas dan tidak melanggar aturan.", {"imbauan"}),
    # caught: slang and on video
    ("Seorang lurah di Sukamaju terciduk ikut kampanye caleg, Sabtu (9/12).", {"pelanggaran"}),
    ("Camat Sukamaju terekam mengajak warga memilih pasangan calon nomor urut 2.",
     {"pelanggaran"}),
    # the reader's imperative: an appeal, no case
    ("Jika melihat kepala desa berkampanye, laporkan ke Bawaslu.", set()),
    ("Segera adukan ke Panwaslu bila ada ASN yang tidak netral.", set()),
    ("Tim kampanye melaporkan camat itu ke Bawaslu, Senin (3/10), karena tidak netral.",
     {"pelanggaran"}),
    # a question put to the speaker
    ("Saat ditanya apakah dinas sudah menerima aduan soal ASN berpolitik, ia menjawab belum.",
     set()),
    ("Bawaslu melakukan penelusuran apakah benar camat itu melanggar netralitas ASN.",
     {"pelanggaran"}),
    # prevention
    ("Surat tugas itu diperlukan untuk mengantisipasi adanya pelanggaran netralitas ASN menjelang "
     "pilkada.", set()),
    ("Langkah ini untuk meminimalisir pelanggaran netralitas oleh aparatur desa.", set()),
    ("Bawaslu menemukan tiga pelanggaran netralitas ASN di Kecamatan Sukamaju, Rabu (2/10).",
     {"pelanggaran"}),
    # joined to whoever's clause
    ("Bupati siap menindak ASN yang kedapatan dan terbukti memihak salah satu pasangan calon.",
     {"imbauan"}),
    ("Bawaslu menemukan dua ASN yang kedapatan dan terbukti memihak salah satu pasangan calon.",
     {"pelanggaran"}),
    # a regional watchdog's own data, not national statistics
    ("Berdasarkan data yang dihimpun Bawaslu Sukamaju, sudah ada 14 ASN yang diduga melanggar "
     "netralitas.", {"pelanggaran"}),
    ("Berdasarkan data Bawaslu RI, sudah ada 140 ASN yang diduga melanggar netralitas.", set()),
    # the violator's noun
    ("Bawaslu mencatat tiga pelanggar netralitas ASN di Kecamatan Sukamaju, Senin (4/11).",
     {"pelanggaran"}),
    ("Sanksi tegas menanti para pelanggar netralitas ASN.", {"imbauan"}),
    # a finding by the noun of the verb
    ("Klarifikasi digelar menyusul ditemukannya video yang memperlihatkan seorang guru PNS "
     "berpihak pada calon.", {"pelanggaran"}),
    ("Pemkot berharap tidak ditemukannya pegawai yang berpihak pada calon.", set()),
    # a watchdog's decision on a person
    ("Bawaslu Kota Tanjung Permai menetapkan kepala seksi berinisial T melanggar aturan "
     "netralitas pegawai.", {"pelanggaran"}),
    ("KPU menetapkan lokasi kampanye, sementara pegawai dilarang melanggar netralitas.",
     {"imbauan"}),
    # a headline's "Dinilai Langgar"
    ("Camat Lembah Hijau Dinilai Langgar Aturan Netralitas", {"pelanggaran"}),
    ("Pegawai Langgar Netralitas Akan Dinilai Ulang Jabatannya", set()),
    # cases counted as found
    ("Menurutnya banyak pegawai membagikan konten calon. \"Sampai kini kami mencatat sebanyak "
     "9 kasus,\" katanya.", {"pelanggaran"}),
    ("Menurutnya banyak pegawai membagikan konten calon. \"Jangan sampai kami mencatat "
     "sebanyak 9 kasus lagi,\" katanya.", set()),
    # whenever one is found: a rule, its consequence to come
    ("Ia menegaskan, saat ditemukan adanya pegawai yang berpihak pasti akan dijatuhi hukuman "
     "disiplin.", set()),
    ("Ia menyebut, Panwaslu telah menemukan adanya pegawai yang berpihak kepada salah satu "
     "calon di Kecamatan Sukamaju.", {"pelanggaran"}),
    # a body's duty
    ("Karena itu jajaran Panwaslu di Sukamaju bertugas menjalankan penindakan terhadap "
     "oknum pegawai yang berpihak.", set()),
    ("Jajaran Panwaslu di daerah telah melakukan penindakan kepada tiga pegawai yang berpihak "
     "kepada calon.", {"pelanggaran"}),
    # the offence named as a risk (a vulnerability index, an issue of a mapping): no case
    ("KPU dan Panwaslu memaparkan pelanggaran netralitas pegawai termasuk lima isu rawan "
     "pemilu yang ditemukan di tingkat kabupaten.", set()),
    ("Menurut kajian Panwaslu, pelanggaran netralitas aparatur adalah indikator kerawanan "
     "tertinggi yang ditemukan di Sukamaju.", set()),
    ("Dalam pemetaannya, Panwaslu mencatat pelanggaran netralitas guru menjadi faktor "
     "kerawanan kedua di Sukamaju.", set()),
    # (a case found where the risk is: kept)
    ("Panwaslu menemukan tiga pelanggaran netralitas pegawai yang menjadi perhatian di daerah "
     "rawan, Senin (3/6).", {"pelanggaran"}),
    ("Panwaslu menemukan pelanggaran netralitas kades yang menjadi sorotan di desa rawan "
     "konflik itu, Senin (3/6).", {"pelanggaran"}),
    # "Mereka/Keduanya dilaporkan ...": the people the sentence before counted, their cases
    ("Dua camat di Sukamaju kini berurusan dengan Panwaslu. Keduanya diadukan ke Panwaslu "
     "karena disebut tidak netral saat kampanye calon bupati.", {"pelanggaran"}),
    ("Tiga guru honorer di Kecamatan Jatimulya harus berhadapan dengan polisi. Mereka "
     "dilaporkan ke Gakkumdu sebab dinilai tidak netral dalam Pilbup Sukamaju.",
     {"pelanggaran"}),
    # (whoever, a condition or a habit: no case)
    ("Aparatur di Sukamaju wajib menjaga jarak dari politik. Mereka dilaporkan ke Panwaslu "
     "bila tidak netral saat kampanye.", set()),
    ("Pegawai honorer kerap jadi sorotan menjelang pemilu. Mereka sering diadukan ke Panwaslu "
     "karena dinilai tidak netral.", set()),
    # "ada X kedapatan ... maka warga segera melapor": should there be one, what to do then
    ("Ia menambahkan, ada pegawai kedapatan berkampanye maka warga segera lapor ke Panwaslu "
     "Sukamaju.", set()),
    ("Rina menegaskan, ada guru ketahuan memihak calon maka orang tua murid diminta melapor ke "
     "Panwascam.", set()),
    ("Rina menyebut, Panwaslu sudah mendapati dua guru ketahuan memihak calon bupati, Senin "
     "(2/9).", {"pelanggaran"}),
    # colloquial "jika/kalau" after a speech verb ("menambahkan jika ..."): "bahwa", when what
    # it reports is counted or done and nothing modal follows
    ("Ketua Panwaslu Sukamaju menambahkan jika tercatat ada 27 kasus dugaan pelanggaran "
     "netralitas pegawai yang sudah diteruskan kepada KASN.", {"pelanggaran"}),
    ("Rina mengungkapkan kalau pihaknya sudah menemukan tiga guru yang memihak calon bupati.",
     {"pelanggaran"}),
    # (a condition after the speech verb: no case)
    ("Ketua Panwaslu menambahkan jika ditemukan pelanggaran netralitas pegawai, pihaknya akan "
     "meneruskannya ke KASN.", set()),
    ("Rina mengatakan jika ada guru kedapatan memihak calon, maka laporkan ke Panwaslu.", set()),
    ("Rina menjelaskan jika nanti ada pegawai yang terbukti melanggar netralitas langsung "
     "diteruskan ke KASN.", set()),
]
