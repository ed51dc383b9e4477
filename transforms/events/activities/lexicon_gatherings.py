"""The activity phrases of occasions and appeals: briefings and meetings, pledges, signed pacts,
assemblies, trainings and the appeal's words (the table in ``activities.lexicon``).

Split from the monitoring and case phrases (``activities.lexicon_cases``) so each list stays
readable; ``activities.lexicon.SYNONYMS`` joins them in the taxonomy's order.
"""

from __future__ import annotations

from transforms.events.activities.words import TALK_HEARD

_APEL_KIND = (
    r"pagi|sore|gabungan|kesadaran|siaga|akbar|besar|bersama|rutin|netralitas|senin|korpri|"
    r"kerja|perdana|khusus|istimewa|luar\s+biasa|kebangsaan|selasa|rabu|kamis|jumat|"
    r"kesiapan|kesiapsiagaan|bulanan|mingguan|terpadu|virtual|daring|hari\s+kesadaran|"
    r"(?:seluruh\s+|para\s+)?(?:asn|pns|pegawai|aparatur)"
)

GATHERINGS: tuple[tuple[str, str], ...] = (
    # (with the misspellings "sosialiasi", "sosialisai", "sosialisiai")
    ("sosialisasi", r"(?:men|di|ter)?sosiali(?:[sz]?asi|sai|siai)(?:kan)?|menyosiali[sz]?asikan"
                    r"|penyosialisasian|penyuluhan|pengarahan|pembekalan|briefing|brifing"
                    # "diseminasi netralitas ASN": dissemination, a briefing by another name
                    r"|diseminasi|mendiseminasikan|didiseminasikan"
                    r"|(?:memberikan|memberi|berikan|menyampaikan)\s+arahan"
                    # (with the common misspellings "koordnasi", "kordinasi")
                    r"|rapat\s+(?:ko?ordi?nasi|staf|kerja|evaluasi|pimpinan|terbatas)|rapim|rakor(?:nas|da|sus|daerah|nis|tek|wil|pim)?"
                    # "Koordinasi Nasional/Daerah ... yang digelar Bawaslu": a meeting's name
                    r"|koordinasi\s+(?:nasional|daerah|wilayah|teknis)"
                    # an event of coordination ("membuka acara koordinasi kesiapan ...")
                    r"|(?:(?<=acara )|(?<=kegiatan ))koordinasi"
                    # "melakukan koordinasi ke BKN membahas ... netralitas": a coordination
                    # meeting on neutrality (not "berkoordinasi ... untuk mengawasi": a way)
                    r"|(?:melakukan|menggelar|mengadakan)\s+koordinasi(?=\s+(?:dengan|ke|bersama)"
                    r"\s[^.\n]{0,100}?\b(?:membahas|soal|terkait|mengenai|tentang|perihal)\s+"
                    r"(?:[\w-]+\s+){0,4}?(?:ketidak)?netral)"
                    # "Bawaslu bertemu Pemkab membahas netralitas ASN": a meeting on it (not one
                    # on a case: "bertemu camat itu soal dugaan ...")
                    r"|bertemu(?=\s(?:(?!dugaan|kasus|laporan|klarifikasi)[^.\n]){0,80}?\b(?:membahas"
                    r"|soal|terkait|mengenai|tentang|perihal)\s+(?:(?!dugaan|kasus|laporan)[\w-]+\s+)"
                    r"{0,4}?(?:ketidak)?netral)"
                    r"|seminar|webinar|dialog(?:\s+interaktif)?|diskusi\s+(?:publik|panel|terbatas)"
                    r"|sarasehan|talk\s?show|coffee?\s+morning|focus\s+group\s+discussion|fgd"
                    # meetings held online
                    r"|zoom\s+meeting|(?:rapat|pertemuan)\s+(?:secara\s+)?(?:virtual|daring|online)"
                    r"|video\s?conference|vicon|vidcon|telekonferensi|teleconference"
                    r"|road\s?show|silaturah(?:mi|im)|(?:ber)?audiensi|menerima\s+kunjungan"
                    # coaching, lectures, meetings, talks (on neutrality: activities.context)
                    r"|pembinaan|ceramah|kuliah\s+umum|pertemuan|temu\s+(?:ramah|muka|wicara)"
                    r"|(?:ber)?tatap\s+muka|(?:bincang|ngobrol)(?:-bincang|\s+bareng|\s+santai)?"
                    r"|gelar\s+wicara|edukasi|konsolidasi|coaching\s+clinic|ngopi\s+bareng"
                    r"|penguatan(?=\s+(?:\w+\s+)?netral)|(?:dengar|curah)\s+pendapat"
                    r"|mengumpulkan(?=\s+(?:seluruh\s+|para\s+|semua\s+)?(?:\d+\s+|\w+(?:an|"
                    r"puluh|ratus)\s+)?(?:asn|pns|pegawai|kepala|camat|lurah|kades|pejabat"
                    r"|perangkat|aparatur|guru))"
                    # "Dalam arahannya, ...": the official briefing the audience
                    r"|(?:(?<=dalam )|(?<=saat )|(?<=ketika ))arahan(?:nya)?"
                    r"|(?:menggelar|mengadakan|melaksanakan|menyelenggarakan|menghelat|helat)\s+(?:rapat|diskusi"
                    # a meeting on neutrality, not one whose next words are another act the
                    # neutrality is of ("Forum X Deklarasi Netralitas": the forum declared)
                    r"|forum|audiensi)|(?:rapat|diskusi|forum)(?=\s+(?:(?!(?:deklarasi|ikrar|apel"
                    r"|pakta|penandatanganan)\b)\w+\s+){0,2}?netral)"
                    # "Dalam rapat tersebut dia membahas ... netralitas ASN": the meeting pointed
                    # at, on neutrality by what it discussed
                    # (not "tidak / tak lagi / belum membahas")
                    r"|rapat(?=\s+(?:tersebut|itu|ini|yang)\b[^.;\n]{0,40}?(?<!tidak\s)(?<!tak\s)"
                    r"(?<!belum\s)(?<!lagi\s)\b(?:mem|di)?bahas\w*\b[^.;\n]{0,80}?\b(?:ketidak)?netral)"
                    # "dalam rapat yang berlangsung di ...": a meeting held (on neutrality
                    # when its sentence names it: activities.briefings)
                    r"|(?:(?<=dalam )|(?<=saat )|(?<=ketika )|(?<=memimpin )|(?<=menghadiri )"
                    r"|(?<=mengikuti )|(?<=sebuah )|(?<=suatu ))(?:rapat|diskusi)"
                    r"(?=\s+(?:yang|internal|terbatas|bersama|dengan|di"
                    r"|pada)\b)(?!\s+(?:bersama|dengan)\s+(?:para\s+)?(?:awak\s+media|wartawan"
                    r"|jurnalis))"  # (not a talk with the press)
                    # "dibahas dalam koordinasi tersebut": the meeting pointed at, where it was said
                    r"|(?:(?<=dalam )|(?<=saat )|(?<=pada ))koordinasi(?=\s+(?:itu|tersebut)\b)"
                    # a speaker's talk implies a briefing (kept when no other gathering)
                    r"|(?:memberikan|memberi|menyampaikan|memaparkan|membawakan)\s+materi"
                    # the audience's side ("para kades mendapatkan materi hukum dari ...")
                    rf"|(?:{TALK_HEARD})\s+materi"
                    r"|memaparkan|pemaparan|paparan"
                    # an occasion named by its topic: "menggelar kegiatan netralitas ASN"
                    r"|(?:menggelar|mengadakan|melaksanakan|menyelenggarakan)\s+(?:kegiatan"
                    r"|acara)(?=\s+(?:bertajuk\s+|bertema\s+|tentang\s+|terkait\s+"
                    r"|mengenai\s+)?netral)"
                    r"|(?:menjadi|sebagai|menghadirkan)\s+(?:narasumber|pemateri|pembicara)"
                    # a campaign event on neutrality ("kampanye daring Gerakan Netralitas ...",
                    # not the election campaign: "masa kampanye, netralitas ...")
                    r"|kampanye(?=\s+(?:virtual|daring|online|gerakan)\s+(?:(?:gerakan|nasional)\s+)"
                    r"{0,2}netral)"
                    # a public campaign themed on it ("kampanye publik bertajuk 'Pegawai Netral
                    # ...'"), not one where someone was not neutral
                    r"|kampanye\s+(?:publik|sosial)(?=\s+(?:(?:bertajuk|bertema|bertemakan|tentang"
                    r"|soal|mengenai|terkait)\s+)?[\"“”'‘’]?\s*(?:[\w-]+\s+){0,3}?(?<!tidak )"
                    r"(?<!tak )netral)"
                    # guidance on neutrality; an occasion named by its topic where a statement
                    # was made ("saat menjadi pemateri dalam kegiatan netralitas ASN")
                    r"|bimbingan(?=\s+(?:\w+\s+)?netral)"
                    r"|(?:(?<=dalam )|(?<=saat )|(?<=pada )|(?<=membuka ))(?:kegiatan|acara)"
                    r"(?=\s+(?:bertajuk\s+|bertema\s+|tentang\s+|terkait\s+|mengenai\s+)?netral"
                    # "dalam kegiatan (of a body) dengan tema ..., Netralitas ...": its theme
                    r"|[^.\n]{0,80}?\b(?:bertema|bertemakan|bertajuk|tema)\b[^.\n]{0,80}?\bnetral)"),
    ("ikrar", r"(?:pembacaan|pengucapan|mengucapkan|membacakan)\s+(?:\d+\s+poin\s+)?ikrar"
              r"|bersumpah(?=\s+(?:\w+\s+){0,2}?netral)"
              r"|(?:meng|di)?ikrarkan|ikrar|berikrar|(?:di|men)deklarasikan"
              r"|deklarasi\s+(?:(?:asn|pns|bersama|komitmen|sikap)\s+){0,2}netral(?:itas)?"
              # a declaration read out or named for neutrality a few words on ("membacakan
              # Deklarasi Bersama Menjaga Netralitas ASN")
              r"|(?:pembacaan|pengucapan|mengucapkan|membacakan|dibacakan)\s+deklarasi"
              r"|deklarasi(?=\s+(?:[\w-]+\s+){0,6}?netral)"
              # one held, neutrality its aim further on in its clause ("sudah melakukan
              # deklarasi serta tanda tangan pakta integritas agar menjaga netralitas"; not one
              # against something or of a candidate: "melakukan deklarasi anti narkoba")
              r"|(?<=melakukan\s)deklarasi(?!\s+(?:\w+\s+){0,2}?(?:anti|tolak|menolak|bersih|bakal"
              r"|calon|dukungan|damai)\b)(?=[^.!?\n,;]{0,100}?\bnetral)"
              # the civil servants' own declaration ("Deklarasi ASN ini ..."), not one against
              # something else ("deklarasi ASN anti narkoba")
              r"|deklarasi\s+(?:para\s+|seluruh\s+)?(?:asn|pns|pppk|aparatur|pegawai|kepala\s+desa"
              r"|kades|perangkat\s+desa|lurah|camat|kepala\s+daerah|pejabat)\b"
              r"(?!\s+(?:\w+\s+)?anti)"
              # a statement, commitment or oath of neutrality read out
              r"|(?:(?:pembacaan|pengucapan|mengucapkan|membacakan)\s+(?:pernyataan|komitmen"
              r"|janji|sumpah)|pernyataan\s+sikap|menyatakan\s+sikap)(?=[^.!?\n]{0,60}?\bnetral)"),
    # "fakta integritas", "faktar", "intergritas", "penandatangan", "penanda tanganan",
    # "penandatangganan" (a doubled consonant): the misspellings news prose often has
    ("pakta_integritas", r"(?:(?:penandatangg?an(?:an)?|penanda\s+tangan(?:an)?|menandatangg?ani"
                         r"|ditandatangani|tandatangani|tanda\s+tangani|meneken|teken"
                         r"|penekenan)\s+)?"
                         r"(?:pakta|fakta|faktar)\s+inter?gritas"
                         # an integrity charter, signed ("menandatangani Piagam Integritas ASN")
                         r"|(?:penandatangg?an(?:an)?|menandatangg?ani|tandatangani|meneken)\s+"
                         r"piagam\s+inter?gritas"
                         r"|(?:penandatanganan|penekenan|menandatangani|tandatangani|meneken)\s+"
                         r"(?:surat\s+)?(?:pernyataan|komitmen)|ditandatangani|diteken"),
    ("apel", rf"(?:pembina|pemimpin|pimpinan|inspektur|komandan|peserta|memimpin|mengikuti"
             r"|menggelar|melaksanakan|pelaksanaan|upacara)\s+apel"
             rf"(?:\s+(?:{_APEL_KIND}))?|apel\s+(?:{_APEL_KIND})|upacara(?:\s+bendera)?"
             # "dalam (sebuah) apel": looked for at "apel", not at every "dalam"
             r"|(?:(?<=dalam )|(?<=saat )|(?<=pada )|(?<=sebuah )|(?<=usai )|(?<=seusai )"
             r"|(?<=setelah )|(?<=selesai )|(?<=sebelum ))apel"
             # the civil servants' own day is marked by a ceremony ("memperingati Hari Korpri")
             r"|(?:memperingati|peringatan)\s+(?:hari|hut)\s+korpri"
             # its "l" lost before the kind: "memimpin ape gabungan"
             r"|ape\s+(?:gabungan|pagi|kesadaran)\b"
             # "Apel dirangkai ...", "apel tersebut": the assembly told of
             r"|apel(?=\s+(?:dirangkai|digelar|dilaksanakan|berlangsung|dipimpin|diikuti"
             r"|dilanjutkan|diawali|diakhiri|diisi|ditutup"
             r"|dihadiri|tersebut|ini|itu"
             # named by the pledge or signing it holds ("apel ikrar netralitas ASN"), the
             # pledge's word left to be found as the pledge
             r"|ikrar|deklarasi|komitmen|pernyataan|penandatanganan|pembacaan)\b)"),
    ("bimtek", r"bimtek|bintek|bimbingan\s+teknis|pelatihan|diklat|latsar|workshop|lokakarya"
               r"|internalisasi|peningkatan\s+kapasitas|capacity\s+building|training"
               r"|penataran"
               # the induction of new civil servants ("orientasi PPPK"), not "orientasi politik"
               r"|orientasi(?=\s+(?:bagi\s+|untuk\s+)?(?:pppk|p3k|cpns|pns|asn|pegawai|aparatur"
               r"|calon\s+pegawai))"),
    # the appeal's own words; then the weak forms (requests, hopes, modals, hortatives),
    # judged by what follows and whom the sentence is about (activities.appeals.appeal)
    ("imbauan", r"(?:meng|di)?h?imbau(?:an|kan)?|(?:meng|di)?ingatkan|menegaskan|ditegaskan"
                r"|tegaskan|tegasnya|tegas\s+(?:dia|ia|beliau)|pesan\s+(?:saya|kami)"
                r"|menekankan|ditekankan|tekankan|(?:me|di)wanti-wanti"
                r"|melarang|dilarang|larangan|(?:meng|di)?ultimatum|(?:meng|di)ajak|ajakan|(?:tidak|tak)\s+boleh"
                r"|jangan|(?:mem|di)peringatkan|peringatan\s+keras|seruan|menyerukan|serukan"
                r"|(?:meng|di)?instruksi(?:kan)?|surat\s+edaran|maklumat|berpesan|pesannya"
                r"|se\s+(?:bersama|menpan(?:rb|-rb)?|mendagri|bupati|wali\s*kota|gubernur"
                r"|sekda|kasn|nomor)"
                r"|(?:me|di)?minta|(?:me|di)?mohon|berharap|(?:meng|di)harapkan|harapan(?:nya)?"
                r"|(?:meme|dipe|pe)rintahkan|(?:me|di)wajibkan|diharuskan|mendorong"
                r"|harus|wajib|perlu|hendaknya|agar|supaya|mari(?:lah)?|ayo(?:lah)?"
                r"|(?:tidak|tak)\s+(?:diperbolehkan|dibolehkan|diizinkan|diperkenankan)"
                # a rule recalled: "ASN tidak berhak / tidak memiliki hak untuk berkampanye"
                r"|(?:tidak|tak)\s+(?:berhak|(?:memiliki|mempunyai|punya)\s+hak)"
                r"|jaga(?:lah)?|hindari(?:lah)?|tetaplah|patuhi(?:lah)?|taati(?:lah)?"),
)
