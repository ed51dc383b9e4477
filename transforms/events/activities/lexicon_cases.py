"""The activity phrases of monitoring and of cases: watching and reporting channels, violations
found or reported, sanctions decided (the table in ``activities.lexicon``).

Split from the occasion and appeal phrases (``activities.lexicon_gatherings``) so each list
stays readable; ``activities.lexicon.SYNONYMS`` joins them in the taxonomy's order.
"""

from __future__ import annotations

from transforms.events.activities.words import SUPPORT_DECLARED, TWO_TO_TEN

_ASN = (r"(?:asn|pns|pppk|p3k|pegawai|aparatur|kepala\s+(?:desa|dinas|badan|bagian|sekolah)"
        r"|kades|kadis|camat|lurah|sekda|sekretaris\s+(?:daerah|desa|camat)|guru|oknum)")


# a candidate's campaigner: what a civil servant may not become
_CAMPAIGNER = (r"menjadi\s+(?:anggota\s+)?(?:tim\s+(?:sukses|pemenangan|kampanye)|timses|relawan"
               r"|jurkam|juru\s+kampanye)")
# photographed with a candidate ("oknum Kepala Dinas berfoto selfie dengan Cawapres")
_PHOTO_WITH = (r"(?:berfoto|berpose)\s+(?:selfie\s+|swafoto\s+)?(?:bersama|dengan)\s+"
               r"(?:(?:pasangan\s+)?bakal\s+)?(?:capres|cawapres|calon|paslon|caleg|kandidat|cagub"
               r"|cawagub|cabup|cawabup|cawalkot|cawako)")
CASES: tuple[tuple[str, str], ...] = (
    ("pengawasan", r"pengawasan|mengawasi|diawasi|memantau|dipantau|pemantauan|memonitor"
                   # the bare verbs of headlines ("Bawaslu Awasi Akun ASN"), raids, a close eye
                   r"|awasi|pantau|razia|merazia|dirazia|memelototi"
                   # (not "patroli dan pengawalan (Patwal)": the escort unit's name)
                   r"|dimonitor|monitoring|patroli(?:\s+siber)?(?!\s+dan\s+pengawalan)"
                   r"|berpatroli|sidak"
                   # the English loan ("tim cyber patrol", "siber patrol")
                   r"|(?:cyber|siber)\s+patrol"
                   r"|inspeksi(?:\s+mendadak)?|supervisi|mengawal|dikawal|pengawalan"
                   r"|menggerebek|digerebek|penggerebekan|menyisir"
                   r"|pos(?:ko)?\s+(?:pengaduan|pengawasan|aduan|netralitas)"
                   r"|(?:kanal|layanan|saluran|nomor|pojok|kotak|aplikasi|portal|loket)"
                   r"\s+(?:pengaduan|aduan|pelaporan)|hotline|call\s+cent(?:er|re)"
                   r"|membuka\s+(?:\w+\s+)?(?:pengaduan|aduan|pelaporan)|mengecek|pengecekan"
                   # a reporting channel told: where reports may be sent ("laporan dapat
                   # disampaikan ke Panwaslu ... paling lama tujuh hari")
                   # (to a watchdog or a channel: not "laporan kegiatan ... kepada Sekda")
                   r"|(?:laporan|aduan|pengaduan)(?=\s+(?:\w+\s+)?(?:bisa|dapat)\s+(?:langsung\s+)?"
                   r"(?:disampaikan|diajukan|dikirim(?:kan)?|dilayangkan)\s+(?:ke|kepada|melalui"
                   r"|lewat)\s+(?:\w+\s+){0,2}?(?:bawaslu|panwas\w*|pengawas|gakkumdu|kasn|posko"
                   r"|pos|kanal|nomor|hotline|call|aplikasi|laman|website|situs|email|surel"
                   r"|whatsapp|wa)\b)"
                   # a named channel to report through ("mengadu lewat aplikasi ..."), even when
                   # asked of the reader (not "melapor ke Bawaslu": a body, not a channel)
                   r"|(?:melapor(?:kan)?|mengadu(?:kan)?)(?=\s+(?:[\w-]+\s+){0,6}?(?:lewat|melalui"
                   r"|via)\s+(?:\w+\s+)?(?:situs|laman|website|web|aplikasi|portal|kanal|nomor"
                   r"|hotline|email|surel|whatsapp)\b)"
                   # "warga dapat menyampaikan laporan ke ... atau lewat akun resmi ...": the
                   # channel told with the public's own verb, as possible (not a report sent)
                   r"|(?:(?<=dapat )|(?<=bisa )|(?<=boleh )|(?<=langsung )|(?<=silakan ))"
                   r"(?:menyampaikan|mengajukan|mengirim(?:kan)?|melayangkan)\s+(?:laporan|aduan"
                   r"|pengaduan)(?!\s+(?:kegiatan|kinerja|harian|bulanan|tahunan|keuangan)\b)"
                   r"(?=\s+(?:[\w-]+\s+){0,10}?(?:lewat|melalui|via|di)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:akun|situs|laman|website|web|aplikasi|portal|kanal"
                   r"|hotline|email|surel|whatsapp)\b)"
                   # "pelaporan ... bisa dilakukan lewat portal ...": the channel, told by its noun
                   r"|pelaporan(?=\s+(?:[\w-]+\s+){0,5}?(?:dapat|bisa)\s+(?:dilakukan|disampaikan)\s+"
                   r"(?:lewat|melalui|via)\s+(?:\w+\s+)?(?:situs|laman|website|web|aplikasi|portal"
                   r"|kanal|nomor|hotline|email|surel|whatsapp)\b)"
                   # a team set up to watch ("membentuk satgas netralitas ASN")
                   r"|(?:satgas|satuan\s+tugas|gugus\s+tugas|kelompok\s+kerja(?:\s+\(pokja\))?|pokja|tim)"
                   r"\s+(?:pengawas(?:an)?"
                   r"|pemantau(?:an)?|netralitas)"),
    ("pelanggaran", r"pelang?garan|melang?gar|dilanggar|langgar|pelanggar(?:nya)?"
                    # a declaration of support for a candidate (activities.declarations)
                    rf"|{SUPPORT_DECLARED}"
                    r"|ke\s?tidak\s?netralan(?:nya)?"
                    r"|(?:tidak|tak)\s+netral(?:nya)?"
                    r"|(?:menemukan|ditemukan|mendapati|didapati|menjumpai|dijumpai"
                    r"|mendeteksi|terdeteksi)\s+(?:(?!(?:jika|kalau|apabila|bila|jikalau)\s)"
                    r"(?:adanya|sejumlah|oknum|\d[\d.]*|[a-z]+(?:an|puluh|ratus|belas)?)\s+){0,2}"
                    rf"{_ASN}|kedapatan"
                    # data held on people ("telah mengantongi data adanya oknum ASN yang ...")
                    rf"|mengantongi\s+(?:data|bukti|nama)\w*\s+(?:[\w-]+\s+){{0,4}}?(?:oknum\s+{_ASN}"
                    rf"|{_ASN}\s+(?:[\w-]+\s+){{0,3}}?yang\s+(?:terlibat|tergabung|mendukung|berpihak"
                    rf"|memihak|berkampanye|tidak\s+netral))"
                    # civil servants caught, counted ("jumlah ASN yang terciduk sebanyak 23")
                    rf"|(?<=yang\s)(?:terciduk|diciduk)(?=\s+(?:sebanyak|sebelum|setelah|saat"
                    rf"|ketika|dalam|pada|oleh|di|berjumlah|mencapai|\d))"
                    rf"(?![^.;\n]{{0,50}}?\b(?:razia|narkoba|narkotika|disiplin|operasi\s+yustisi"
                    rf"|jam\s+kerja|judi|mabuk))"
                    rf"|terjaring(?=\s+(?:\w+\s+){{0,3}}?(?:patroli|pengawasan"
                    rf"|bawaslu|panwas))|dugaan\s+(?:oknum\s+|(?:keterlibatan|keberpihakan)\s+"
                    rf"(?:salah\s+satu\s+|[a-z\d]+\s+)?)?{_ASN}"
                    # examined by a watchdog ("Kades tersebut akhirnya diperiksa Bawaslu")
                    rf"|diperiksa(?=\s+(?:oleh\s+)?(?:bawaslu|panwas\w*|gakkumdu|kasn|inspektorat)\b)"
                    rf"|(?:memanggil|dipanggil|memeriksa|diperiksa|investigasi|menginvestigasi"
                    rf"|diinvestigasi|klarifikasi|mengklarifikasi|diklarifikasi)\s+"
                    rf"(?:[^\s]+\s+){{0,3}}?{_ASN}"
                    # cases counted as found ("kami mencatat sebanyak 9 kasus")
                    r"|(?:menemukan|ditemukan|temukan|mencatat|dicatat|catat|tercatat)\s+"
                    r"(?:ada\s+|adanya\s+|sebanyak\s+)?(?:\d[\d.]*|satu|dua|tiga|empat|lima|enam"
                    r"|tujuh|delapan|sembilan|sepuluh|[a-z]+(?:belas|puluh|ratus)(?:an)?)\s+kasus"
                    # cases of neutrality handled ("menangani lima kasus netralitas ASN")
                    r"|kasus\s+(?:dugaan\s+)?(?:pelanggaran\s+)?netralitas"
                    # "belasan kasus yang diterima soal netralitas ASN"
                    r"|kasus\s+(?:yang\s+\w+\s+)?(?:terkait|soal|tentang|mengenai|menyangkut)"
                    r"\s+(?:pelanggaran\s+)?netralitas"
                    # people suspected to be there, counted ("diduga kuat terdapat tiga Kepala
                    # Dinas (Kadis) yang terlibat dalam politik praktis")
                    r"|(?:diduga|disinyalir|ditengarai)\s+(?:kuat\s+)?(?:terdapat|ada)\s+"
                    r"(?:\d+|satu|" + TWO_TO_TEN
                    + r"|beberapa|sejumlah|puluhan|belasan|ratusan|seorang)\s+"
                    r"(?:[\w()]+\s+){0,4}?yang\s+(?:terlibat|berkampanye|memihak|berpihak"
                    r"|mendukung|menghadiri|ikut)"
                    # involvement suspected or proven: "lima ASN diduga terlibat kampanye"
                    r"|(?:diduga|terbukti|terpantau|kepergok|ketahuan|terindikasi|diindikasi(?:kan)?"

                    r"|disinyalir|ditengarai|dicurigai|dituduh|dituding|terciduk|diciduk"
                    r"|terekam|tertangkap(?:\s+kamera)?|terang-terangan)\s+(?:\w+\s+){0,2}?"
                    r"(?:terlibat|berkampanye|memihak"
                    r"|berpihak|mendukung|mengampanyekan|mengkampanyekan|bersalah|mengunggah"
                    r"|memposting|memosting|menghadiri|hadir|ikut|mengajak|berfoto|berpose|melanggar"
                    r"|kampanye|mengarahkan|menggiring|memobilisasi|(?:ber)?politik\s+praktis"
                    # a candidate's campaigner ("diduga menjadi tim sukses paslon X")
                    rf"|{_CAMPAIGNER}"
                    # the election law's words: acts that favour or harm a candidate pair
                    r"|menguntungkan|merugikan"
                    # "terbukti tidak menjaga netralitasnya" ("tidak netral" is found alone)
                    r"|tidak\s+menjaga\s+netral\w*"
                    # an election offence proven: "terbukti melakukan tindak pidana pemilu"
                    r"|tindak\s+pidana)"
                    # a wrongdoer ("oknum") told as a candidate's campaigner: "oknum PPPK Pemko
                    # X ikut menjadi tim sukses paslon Y"
                    # (not "oknum ASN yang menjadi ...": whoever would, a rule's subject; not
                    # "oknum ASN tidak menjadi ...": an act denied or asked against; not
                    # "oknum ASN akan ditindak jika terbukti menjadi ...": a condition)
                    # (who he is may take a few words more, an abbreviation in brackets too:
                    # "oknum Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) Pemkab X ikut")
                    rf"|oknum\s+(?:(?!(?:yang|tidak|tak|bukan|jangan|belum|dilarang|jika|jikalau"
                    rf"|bila|apabila|bilamana|kalau|manakala|seandainya|andaikan)\b)"
                    rf"(?:[\w-]+|\([\w-]+\))\s+){{0,10}}?(?:(?:ikut|turut|juga)\s+)?"
                    rf"(?:{_CAMPAIGNER}|{_PHOTO_WITH})"
                    # a complaint of it: "seorang ASN dilaporkan terlibat politik praktis"
                    # (not "500 ASN dilaporkan hadir dalam apel": reported present)
                    r"|dilaporkan\s+(?:\w+\s+){0,2}?(?:terlibat|berkampanye|memihak|berpihak"
                    r"|mengampanyekan|mengkampanyekan|melanggar|(?:ber)?politik\s+praktis"
                    r"|tidak\s+netral)"
                    # civil servants counted as involved ("sembilan ASN terlibat terang-terangan
                    # memberikan dukungan", "Sembilan ASN yang terlibat adalah: ...")
                    # (not a total they are a share of: "dari total 991 ASN yang terlibat")
                    rf"|(?<!total\s)(?<!dari\s)(?<!jumlah\s)(?:\d+|" + TWO_TO_TEN
                    + rf"|belasan|puluhan|ratusan)\s+(?:orang\s+)?{_ASN}(?:\s+sipil\s+negara)?"
                    rf"(?:\s*\([a-z]+\))?\s+(?:yang\s+)?(?:ikut\s+|turut\s+)?terlibat"
                    # (in a campaign or in backing a side, or listed: not taking part in a
                    # training, a ceremony or the election's staff)
                    rf"(?=\s+(?:[\w-]+\s+){{0,3}}?(?:kampanye|politik\s+praktis|mendukung|dukungan"
                    rf"|pelanggaran|adalah)\b|\s*:)"
                    # where they serve between, in a candidate's campaign ("Tiga Kepala Desa
                    # (Kades) di Halmahera Selatan (Halsel) yang ikut terlibat aktif dalam
                    # kampanye akbar pasangan calon")
                    rf"|(?<!total\s)(?<!dari\s)(?<!jumlah\s)(?:\d+|" + TWO_TO_TEN
                    + rf"|belasan|puluhan|ratusan)\s+(?:orang\s+)?{_ASN}(?:\s*\([a-z]+\))?\s+di\s+"
                    rf"(?:[\w-]+\s+){{0,2}}?[\w-]+(?:\s*\([\w-]+\))?\s+(?:yang\s+)?(?:ikut\s+"
                    rf"|turut\s+)?terlibat(?=\s+(?:aktif\s+)?(?:dalam\s+)?(?:kampanye\s+(?:akbar\s+"
                    rf"|terbuka\s+)?(?:pasangan|paslon|calon|cagub|cabup|cawalkot|partai|pilkada"
                    rf"|pemilu|pilgub)|politik\s+praktis|(?:kegiatan\s+)?(?:mendukung|dukungan)\s+"
                    rf"(?:untuk\s+|kepada\s+|terhadap\s+)?(?:pasangan|paslon|calon|salah\s+satu)))"
                    # civil servants suspected of handing out a candidate's goods ("tujuh guru
                    # TK ... diduga membagikan kaos bergambar paslon")
                    # (not whoever would, nor one denied: "ASN yang kedapatan ...", "agar jangan
                    # sampai kedapatan", "tidak terbukti"; a candidate's goods, not aid)
                    rf"|{_ASN}\s+(?:(?!(?:yang|agar|jangan|sampai|tidak|tak|belum|bila|jika|kalau"
                    rf"|apabila)\b)[\w-]+\s+){{0,4}}?(?:diduga|terbukti|kedapatan|terekam)\s+"
                    r"(?:ikut\s+)?membagi(?:-bagi)?kan(?=[^.;]{0,60}?\b(?:paslon|calon|kampanye"
                    r"|caleg|capres|cawapres|cagub|cabup|cawalkot)\b)"
                    # seen taking part ("beberapa pegawai terlihat ikut terlibat dalam acara
                    # relawan itu"): seen involved or campaigning, not seen attending alone
                    r"|(?:tampak|nampak|terlihat|kelihatan)\s+(?:(?:turut|ikut|hadir|aktif"
                    r"|jelas)\s+){0,2}(?:terlibat|berkampanye|mengampanyekan|mengkampanyekan"
                    r"|memihak|berpihak)"
                    # found guilty by a court or a panel ("kades itu diputus bersalah")
                    r"|(?:diputus|dinyatakan)\s+bersalah"
                    # a complaint made of or about a civil servant
                    # (or handed to the police, the prosecutors or the civil servant's
                    # superior: "kasus kades itu dilimpahkan ke kepolisian")
                    rf"|(?:dilaporkan|melaporkan|laporkan|dilimpahkan|melimpahkan|limpahkan"
                    rf"|diadukan|mengadukan|adukan|diteruskan|meneruskan|teruskan|diserahkan"
                    rf"|menyerahkan|serahkan|ditindaklanjuti|menindaklanjuti|tindaklanjuti)"
                    # (who handed it on may stand between: "dilaporkan oleh tim kuasa hukum
                    # paslon 01 dan 02 ke Bawaslu")
                    rf"\s+(?:\w+\s+){{0,8}}?(?:ke|kepada)\s+"
                    rf"(?:sentra\s+|kepala\s+)?"
                    rf"(?:bawaslu|panwas\w*|gakkumdu|kasn|badan\s+pengawas"
                    rf"|pengawas\s+(?:pemilu|pemilihan|kecamatan|desa|kelurahan|tps)"
                    rf"|komisi\s+(?:asn|aparatur)|bkn|badan\s+kepegawaian|kepolisian|polisi"
                    rf"|polres\w*"
                    rf"|polda\w*|kejaksaan|kejari|kejati|inspektorat|pejabat\s+pembina|ppk"
                    rf"|(?:pj\.?\s+)?(?:bupati|wali\s?kota|gubernur))"
                    # information on someone's part received ("menerima informasi terkait
                    # adanya keterlibatan ASN"), not on the rules
                    rf"|informasi\s+(?:\w+\s+){{0,2}}?(?:terkait|tentang|soal|mengenai)\s+(?:adanya\s+)?"
                    rf"(?:dugaan\s+)?(?:keterlibatan|ketidaknetralan|keberpihakan)\s+(?:\w+\s+){{0,2}}?{_ASN}"
                    rf"|(?:aduan|pengaduan|laporan)\s+(?:\w+\s+){{0,2}}?(?:terkait|tentang|soal"
                    rf"|mengenai|atas|terhadap|menyangkut)\s+(?:\w+\s+){{0,2}}?{_ASN}"
                    r"|(?:di|me)?rekomendasi(?:kan)?|(?:aduan|pengaduan|laporan)\s+(?:\w+\s+){0,2}?"
                    r"netralitas"
                    # reports counted ("sejumlah aduan tengah ditangani"): a case only with
                    # a finding or handling word in the sentence (findings.violation)
                    r"|(?:(?<=beberapa )|(?<=sejumlah )|(?<=puluhan )|(?<=belasan )|(?<=ratusan )"
                    r"|(?<=\d ))(?:laporan|aduan|pengaduan)(?!\s+(?:keuangan|kinerja|tahunan|hasil"
                    r"|kegiatan|pertanggungjawaban|akhir|harta|kekayaan|dana|anggaran|penggunaan)\b)"
                    # a report being traced or clarified: a case reported, not yet proven
                    rf"|(?:penelusuran|menelusuri|ditelusuri|klarifikasi|mengklarifikasi|menyelidiki"
                    rf"|diselidiki|penyelidikan"
                    rf"|diklarifikasi|pendalaman|mendalami|didalami)(?=\s+(?:[^\s]+\s+){{0,3}}?(?:informasi|laporan|aduan|pengaduan"
                    rf"|dugaan|kasus|unggahan|postingan|akun|foto|video|rekaman|konten|{_ASN})\b)"
                    r"|(?:informasi|laporan|aduan)\s+awal"
                    # being handled, ending its clause ("... yang tengah ditangani."): a
                    # case only of civil servants counted before it (findings.violation)
                    r"|(?:(?<=yang sedang )|(?<=yang tengah )|(?<=yang masih )|(?<=yang sudah )"
                    r"|(?<=yang telah ))ditangani(?=\s+(?:oleh|di|bawaslu|panwas\w*|gakkumdu"
                    r'|kasn|bkn|inspektorat)\b|\s*[,.;)"\u201d]|\s*$)'
                    # asked to account for it ("camat itu sudah dimintai klarifikasi")
                    r"|dimintai\s+(?:klarifikasi|keterangan)"
                    # reports received (a case when told as done, of neutrality: the judge)
                    r"|(?:menerima|mendapat(?:kan)?)(?=\s+(?:\w+\s+){0,2}?(?:laporan|aduan"
                    r"|pengaduan))"
                    # an election offence charged ("menetapkan kades itu sebagai tersangka")
                    r"|(?:ditetapkan|menetapkan)\s+(?:\w+\s+){0,4}?(?:sebagai\s+)?"
                    r"tersangka"),
    # "ditindak lanjuti" (written apart) is a follow-up, not a sanction
    # the kind named right after is the same sanction ("sanksi penurunan jabatan")
    # "sangsi": the misspelling news prose often has
    ("sanksi", r"(?:san[kg]si(?:nya)?|(?:hukuman|tindakan)\s+disiplin(?:\s+(?:ringan|sedang"
               r"|berat))?)(?:\s+(?:berupa\s+)?(?:penurunan\s+(?:pangkat|jabatan)|pemberhentian"
               r"|pencopotan|pemecatan|teguran|demosi|skorsing|penundaan\s+kenaikan\s+(?:gaji"
               r"|pangkat)))?|(?:ditindak|menindak)(?!\s*lanjut)"
               r"|penindakan"
               r"|pemberhentian"
               r"|diberhentikan|dipecat|dicopot|dinonaktifkan|dibebastugaskan|diproses|memproses|memroses"
               # the prefix spaced apart, a passive before its agent ("di proses oleh Bawaslu")
               r"|di\s+proses(?=\s+oleh\b)"
               # the verb of the noun ("telah disanksi"); a case in process ("telah berproses
               # di Bawaslu": judged as "diproses")
               r"|(?:di|ter)sanksi|menyanksi|berproses"
               # a court's sentence ("kades itu divonis delapan bulan penjara")
               r"|divonis|memvonis|dipidana|dihukum|dijatuhi\s+(?:hukuman|vonis|pidana)"
               # the punishment or the verdict named ("mendapatkan hukuman", "vonis itu")
               r"|hukuman(?:nya)?|vonis(?:nya)?"
               r"|teguran|penundaan\s+kenaikan\s+(?:gaji|pangkat)"
               # the civil service's abbreviations: "hukdis" (hukuman disiplin), "penundaan
               # KGB" (kenaikan gaji berkala), "penundaan KP" (kenaikan pangkat)
               r"|hukdis|penundaan\s+(?:kgb|kp)"
               # the official's own act, of a person ("bupati mencopot camat itu")
               r"|(?:memberhentikan|mencopot|memecat|menonaktifkan|membebastugaskan)"
               r"(?=\s+(?:\w+\s+){0,2}?(?:asn|pns|pppk|p3k|aparatur|pegawai|camat|lurah|kepala|kades|sekda"
               r"|pejabat|guru|perangkat|oknum|yang\s+bersangkutan))"
               r"|penurunan\s+(?:pangkat|jabatan)"
               # the rest of the civil service's discipline penalties (PP 53/2010, PP 94/2021),
               # named or done: "pernyataan tidak puas", "pemotongan tunjangan kinerja",
               # "pembebasan dari jabatan", "PTDH", "diturunkan pangkatnya"
               r"|pernyataan\s+tidak\s+puas|pemotongan\s+(?:tunjangan|tukin|tpp)"
               r"|pembebasan\s+dari\s+jabatan|ptdh"
               r"|(?:diturunkan|diturunkannya)\s+(?:pangkat|jabatan)(?:nya)?"
               r"|dibebaskan\s+dari\s+jabatan(?:nya)?|dipotong\s+(?:tunjangan|tukin|tpp)"
               r"|ditunda\s+kenaikan\s+(?:gaji|pangkat)"
               # removal, suspension, demotion named as nouns or done ("dinonjobkan")
               r"|pencopotan|pemecatan|demosi|skorsing|diskors|dinonjobkan|dimutasi\s+sebagai"
               r"\s+sanksi"
               # the civil-service data blocked by BKN (judged: of personnel data only)
               r"|diblokir|memblokir|pemblokiran"),
)
