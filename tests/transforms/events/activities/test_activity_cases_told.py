"""Cases told or not by the shape of their sentence: a violation denied ("sehingga tidak
melanggar"), a handing-on verb inside a sentence that tells where reports may be sent (a
channel, no case), a question on the cases answered with their count in the same sentence (a
case), and civil servants counted before a long name and a bracket, then "yang telah diberi
sanksi" (a sanction decided for those counted, not a rule for whoever); civil servants seen
taking part or campaigning ("tampak ikut terlibat"), not seen attending, nor a rule, a
condition or a denial with the same words; advice on what to do whenever one is found, a few
words of the circumstance after "ketika/jika" ("yang ketika berpatroli ... menemukan ...,
segera ..."), against a finding told with its time or count. Invented sentences; each shape
paired with its look-alike."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

_CAMPAIGNED = ("AGAM - Viral di media sosial, Camat Sukamaju berkampanye untuk calon "
               "legislatif saat sambutan di sebuah desa.\nHal itu direspon Ketua Bawaslu Agam "
               "saat dihubungi, Jumat (1/9/2023).\n")

KIND_CASES = [
    # a case pointed back at in a later paragraph ("kasus tersebut") is the one the lead tells
    # of, a civil servant's; the prefix spaced apart from the verb before its agent
    (_CAMPAIGNED + "Ia mengatakan kasus tersebut telah diproses oleh Bawaslu Agam.",
     {"pelanggaran"}),
    (_CAMPAIGNED + "Ia mengatakan kasus tersebut telah di proses oleh Bawaslu Agam.",
     {"pelanggaran"}),
    # (a candidate's case in the lead; "di proses" as a preposition and a noun)
    (_CAMPAIGNED.replace("Camat Sukamaju", "Calon bupati Rudi") + "Ia mengatakan kasus "
     "tersebut telah diproses oleh Bawaslu Agam.", set()),
    ("Bupati meminta ASN tetap netral di proses Pilkada oleh KPU Agam.", {"imbauan"}),
    # people counted, set apart from "yang ..." by commas: those people, not whoever
    ("Wali Kota Agam mendapat informasi bahwa sejumlah ASN baik di tingkat dinas, kecamatan "
     "hingga desa, yang diindikasikan terlibat politik praktis.", {"pelanggaran"}),
    ("Wali Kota mengingatkan bahwa ASN, termasuk guru dan tenaga kesehatan, yang terbukti "
     "terlibat politik praktis akan disanksi.", {"imbauan"}),
    ("Bawaslu mengingatkan sejumlah ASN, kepala desa dan perangkat nagari, yang terbukti "
     "melanggar akan dilaporkan ke KASN.", {"imbauan"}),
    # a violation denied: the person had left the service, so no breach
    ("Dari hasil penelusuran Panwaslu, status Darmaji sudah bukan PNS sejak Mei, sehingga tidak "
     "melanggar netralitas ASN.", set()),
    ("Dari hasil penelusuran Panwaslu, Darmaji yang masih PNS terbukti melanggar netralitas "
     "ASN.", {"pelanggaran"}),
    # ("tidak hanya": one violation told, and more)
    ("Panwaslu menemukan camat itu tidak hanya melanggar netralitas ASN, tetapi juga memakai "
     "mobil dinas.", {"pelanggaran"}),
    ("Menurut hasil kajian Panwaslu, unggahan camat Sukamaju itu bukan pelanggaran netralitas "
     "ASN.", set()),
    ("Menurut hasil kajian Panwaslu, unggahan camat Sukamaju itu bukan pelanggaran ringan bagi "
     "ASN.", {"pelanggaran"}),
    # where reports may be sent, a handing-on verb after it: a channel, no case
    ("Aduan itu bisa diajukan ke Panwascam, Panwas desa, atau langsung melaporkan ke Bawaslu "
     "kabupaten, kata Rina soal pegawai yang memihak.", {"pengawasan"}),
    ("Aduan soal pegawai yang memihak itu sudah diterima Panwascam, lalu Panwascam melaporkan "
     "ke Bawaslu kabupaten, kata Rina.", {"pelanggaran"}),
    ("Laporan dapat disampaikan ke Panwaslu, dan hingga kini Panwaslu telah meneruskan dua "
     "laporan soal guru ke KASN.", {"pengawasan", "pelanggaran"}),
    # a question on the cases answered with their count in its sentence
    ("Soal apakah sudah ada guru di Lamora yang dilaporkan ke KASN, Rudi menyebut sudah ada "
     "dua orang.", {"pelanggaran"}),
    ("Soal apakah sudah ada guru di Lamora yang dilaporkan ke KASN, Rudi menyebut belum ada.",
     set()),
    # whichever case it is ("tergantung dari pelanggaran ..."), a rumour clarified
    ("Sanksi pidana juga bisa dijatuhkan, tergantung dari pelanggaran yang dilakukan, kata "
     "Kepala BKPSDM.", set()),
    ("Hal itu disampaikan sebagai klarifikasi terhadap isu yang berkembang terkait dugaan "
     "keterlibatan kepala desa dalam kampanye.", set()),
    ("Bawaslu Agam menemukan dugaan keterlibatan kepala desa dalam kampanye, Senin (2/9).",
     {"pelanggaran"}),
    # the topic of a question, the answer after it
    ("Saat ditanya mengenai temuan dugaan pelanggaran netralitas ASN menjelang pilkada, Rina "
     "menyebut belum ada temuan.", set()),
    ("Saat ditanya mengenai temuan dugaan pelanggaran netralitas ASN menjelang pilkada, Rina "
     "menyebut Bawaslu sudah menemukan dua kepala desa yang berkampanye.", {"pelanggaran"}),
    # civil servants counted before a long name and a bracket: those given the sanction
    ("Sampai pekan ini, sebanyak lima Pegawai Negeri Sipil atau PNS di Kabupaten Lamora "
     "(Lamora) yang telah dijatuhi sanksi terkait netralitas.", {"sanksi", "pelanggaran"}),
    ("Pegawai Negeri Sipil atau PNS di Kabupaten Lamora (Lamora) yang telah dijatuhi sanksi "
     "disiplin tidak boleh menjabat lagi, kata Sekda.", {"imbauan"}),
    # civil servants seen taking part in a candidate's event, or campaigning
    ("Sejumlah ASN tampak terlibat dalam deklarasi bakal calon bupati itu, Sabtu (4/11).",
     {"pelanggaran"}),
    ("Beberapa pegawai dinas terlihat ikut terlibat dalam acara relawan pasangan calon itu, "
     "Minggu (6/10).", {"pelanggaran"}),
    ("Dua kepala desa nampak aktif berkampanye untuk salah satu calon di Desa Sukaraja, Rabu "
     "(2/10).", {"pelanggaran"}),
    # ... not seen attending, nor seen involved told as a rule, a condition or none
    ("Tampak hadir dalam acara itu para camat dan kepala OPD.", set()),
    ("Pegawai pemkab tidak boleh terlihat terlibat di acara tim pemenangan.", {"imbauan"}),
    ("Jika ada ASN yang terlihat berkampanye, segera laporkan ke Bawaslu.", set()),
    ("ASN yang terlihat berkampanye akan dikenai sanksi tegas.", {"imbauan"}),
    ("Sejauh ini tidak ada ASN yang terlihat terlibat dalam kampanye.", set()),
    ("Relawan pasangan calon tampak terlibat dalam kampanye akbar itu, Minggu (6/10).", set()),
    # whenever one is found while at work, what to do: advice, no case
    ("Para pengawas desa yang ketika berpatroli di kampung menemukan ASN tidak netral, segera "
     "dilaporkan untuk ditindak.", {"pengawasan", "imbauan"}),
    ("Apabila dalam pengawasan menemukan kepala desa tidak netral, pengawas diminta segera "
     "membuat laporan.", {"imbauan"}),
    # ... against one found on a day, or counted
    ("Ketika berpatroli pada Senin (7/10), Panwascam Sukaraja menemukan dua ASN ikut "
     "berkampanye dan segera melaporkannya.", {"pengawasan", "pelanggaran"}),
    ("Ketika dikonfirmasi, Ketua Bawaslu Sukaraja menyebut pihaknya menemukan tiga ASN tidak "
     "netral dan harus diproses.", {"pelanggaran", "imbauan"}),
    # cases pointed back at with what was done to them ("kasus yang sudah ditangani itu"),
    # the civil servants of the lead: a case; a paragraph with no lead on them names none
    ("Pelanggaran netralitas ASN marak di Kecamatan Sukamaju.\nKetua Panwascam, Rudi Hartono, "
     "mengungkapkan enam kasus sudah ditangani sejak Oktober.\nDari jumlah kasus yang sudah "
     "ditangani itu, lima kasus sudah diteruskan ke Bawaslu Agam untuk ditindaklanjuti.",
     {"pelanggaran"}),
    ("Jalan provinsi di Sukamaju rusak parah.\nDari jumlah kasus yang sudah ditangani itu, lima "
     "kasus sudah diteruskan ke Bawaslu Agam untuk ditindaklanjuti.", set()),
    # civil servants caught, counted; whoever would be caught is told a threat
    ("Dari data Panwaslu, jumlah ASN yang terciduk sebanyak 23 orang dalam Pilkada Agam.",
     {"pelanggaran"}),
    ("Tercatat ada 15 ASN yang terciduk sebelum penetapan pasangan calon.", {"pelanggaran"}),
    ("ASN yang terciduk ikut kampanye akan disanksi.", {"imbauan"}),
    # a suspected involvement of one of the village heads: a case told
    ("Hal itu ditegaskan menyusul ada dugaan keterlibatan salah satu Kepala Desa di Kecamatan "
     "Sukamaju yang mengajak warganya memilih salah satu caleg.", {"pelanggaran"}),
    # hard to detect "if there are" any: no finding; one detected is
    ("Meski dipantau, tetap saja kita sulit mendeteksi jika ada ASN yang berpihak, kata Rudi.",
     set()),
    ("Bawaslu Agam mendeteksi dua ASN yang berpihak kepada salah satu paslon.", {"pelanggaran"}),
    # a share of the violations (statistics of their kind): no case; a count found is one
    ("Kami mencatat persentasenya mencapai 40% pelanggaran yang dilakukan oleh kepala desa, "
     "kata Rina.", set()),
    ("Berdasarkan data, 50,76 persen pelanggaran netralitas ASN dilatarbelakangi ikatan "
     "persaudaraan.", set()),
    ("Bawaslu Agam menemukan 40 pelanggaran netralitas ASN sepanjang tahapan Pilkada 2024.",
     {"pelanggaran"}),
    # civil servants counted as involved, or information on a named one received: a case;
    # a total they are a share of, or information given: none
    ("Sebuah video viral menunjukkan sembilan Aparatur Sipil Negara (ASN) terlibat "
     "terang-terangan memberikan dukungan kepada pasangan calon itu.", {"pelanggaran"}),
    ("Sembilan ASN yang terlibat adalah Rudi Hartono, Rina Wati dan tujuh guru.",
     {"pelanggaran"}),
    ("Mengingat dari total 991 ASN yang terlibat pelanggaran netralitas, 99,5 persen berstatus "
     "pegawai pemerintah daerah.", set()),
    ("Sebanyak 200 ASN terlibat dalam kegiatan sosialisasi netralitas di aula kantor bupati.",
     {"sosialisasi"}),
    ("Bawaslu Agam telah menerima informasi terkait keterlibatan Camat Sukamaju Rudi Hartono "
     "dalam kampanye.", {"pelanggaran"}),
    ("Bawaslu memberikan informasi terkait netralitas ASN kepada peserta.", set()),
]
