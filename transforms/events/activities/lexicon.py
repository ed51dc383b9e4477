"""The activity taxonomy's Indonesian phrases: one regular expression per value.

Election watchdogs compare events across regions ("who held a pledge, who only sent a
circular"), so the many Indonesian ways of naming one activity map to one value:

| value              | meaning                    | Indonesian synonyms (case-insensitive)      |
| ------------------ | -------------------------- | ------------------------------------------- |
| `sosialisasi`      | briefing, socialisation,   | sosialisasi, sosialiasi (seed typo),        |
|                    | seminar, dialogue, meeting | men/di/ter-sosialisasi(kan), menyosialisasi-|
|                    | on neutrality              | kan, penyuluhan, pengarahan, pembekalan,    |
|                    |                            | briefing/brifing, diseminasi,               |
|                    |                            | (memberikan/menyampaikan) arahan, dalam     |
|                    |                            | arahannya, rapat koordinasi/staf/kerja/     |
|                    |                            | evaluasi/pimpinan/terbatas, rapim, rakor    |
|                    |                            | (nas/da/nis/tek/wil/pim), seminar, webinar, |
|                    |                            | roadshow, silaturahmi (held, on neutrality),|
|                    |                            | (ber)audiensi, menerima kunjungan,          |
|                    |                            | dalam/saat rapat yang/di/..., bimbingan ... |
|                    |                            | netral, dalam kegiatan/acara (bertema ...)  |
|                    |                            | netralitas,                                 |
|                    |                            | dialog, diskusi publik/panel, sarasehan,    |
|                    |                            | talkshow, coffee morning, FGD, menggelar    |
|                    |                            | rapat/diskusi/forum/audiensi, rapat/diskusi/|
|                    |                            | forum ... netralitas; memberikan materi,    |
|                    |                            | menjadi narasumber/pemateri/pembicara (when |
|                    |                            | no other gathering)                         |
|                    |                            | pembinaan, ceramah, kuliah umum, pertemuan, |
|                    |                            | temu ramah/muka, tatap muka, bincang(-      |
|                    |                            | bincang), gelar wicara, edukasi,            |
|                    |                            | konsolidasi, coaching clinic, penguatan ... |
|                    |                            | netralitas, dengar/curah pendapat,          |
|                    |                            | mengumpulkan (para) kepala desa/ASN ...,    |
|                    |                            | memaparkan/paparan (to an audience, when no |
|                    |                            | other gathering), menggelar kegiatan        |
|                    |                            | (bertajuk) netralitas ...                   |
| `ikrar`            | neutrality pledge          | ikrar, berikrar, pembacaan (4 poin) ikrar,  |
|                    |                            | mengikrarkan, ikrarkan, deklarasi (ASN)     |
|                    |                            | netral(itas), pembacaan pernyataan/komitmen/|
|                    |                            | janji/sumpah ... netral, (pernyataan/menya- |
|                    |                            | takan) sikap                                |
|                    |                            | ... netral,                                 |
|                    |                            | (netralitas ...) dideklarasikan, membacakan |
|                    |                            | deklarasi, deklarasi (6 words) netral,      |
|                    |                            | bersumpah ... netral, deklarasi ASN/PNS/    |
|                    |                            | kades (not "... anti ...")                  |
| `pakta_integritas` | integrity pact signing     | (penandatanganan / menandatangani /         |
|                    |                            | tandatangani / meneken) pakta integritas,   |
|                    |                            | menandatangani (surat) pernyataan/komitmen, |
|                    |                            | pernyataan/komitmen ... ditandatangani /    |
|                    |                            | diteken (a signed ikrar is `ikrar`), pakta  |
|                    |                            | declared/read together ("pernyataan bersama |
|                    |                            | pakta integritas")                          |
| `apel`             | staff assembly, not fruit  | apel pagi/gabungan/kesadaran/siaga/akbar/.. |
|                    |                            | pembina/memimpin/mengikuti apel, apel ASN,  |
|                    |                            | dalam/saat/pada/usai (sebuah) apel, apel    |
|                    |                            | dirangkai/digelar/dilanjutkan/tersebut,     |
|                    |                            | apel (ikrar/deklarasi/penandatanganan ...), |
|                    |                            | (mem)peringat(i/an) Hari/HUT Korpri,        |
|                    |                            | upacara                                     |
| `bimtek`           | training                   | bimtek, bintek, bimbingan teknis, pelatihan,|
|                    |                            | diklat, workshop, lokakarya, internalisasi, |
|                    |                            | peningkatan kapasitas, capacity building,   |
|                    |                            | training, penataran, orientasi PPPK/CPNS    |
| `imbauan`          | warning, appeal            | (h)imbauan, mengimbau, menghimbau, diimbau, |
|                    |                            | (meng)ingatkan, menegaskan, tegaskan(nya),  |
|                    |                            | tegas dia, pesan saya,                      |
|                    |                            | menekankan, tekankan, melarang, dilarang,   |
|                    |                            | larangan, (meng/di)ajak, mewanti-wanti,     |
|                    |                            | tidak boleh, jangan, memperingatkan,        |
|                    |                            | seruan, menyerukan, (meng)instruksi(kan),   |
|                    |                            | surat edaran, SE Bupati/Menpan, maklumat,   |
|                    |                            | berpesan; judged (activities.appeals.appeal): |
|                    |                            | (me/di)minta, (me/di)mohon, berharap,       |
|                    |                            | diharapkan, memerintahkan, mewajibkan,      |
|                    |                            | mendorong; harus, wajib, perlu, hendaknya,  |
|                    |                            | agar, supaya, mari, ayo, tidak berhak,      |
|                    |                            | tidak memiliki/mempunyai/punya hak,         |
|                    |                            | jaga(lah), hindari(lah), tetaplah ...       |
| `pengawasan`       | monitoring, patrols,       | pengawasan, mengawasi, diawasi, memantau,   |
|                    | reporting channels         | pemantauan, memonitor, monitoring, patroli  |
|                    |                            | (siber), cyber/siber patrol, sidak, inspeksi|
|                    |                            | (mendadak),                                 |
|                    |                            | supervisi, mengawal, pengawalan, pos(ko)    |
|                    |                            | pengaduan/netralitas, kanal/layanan/saluran/|
|                    |                            | nomor/pojok/kotak/aplikasi/portal/loket     |
|                    |                            | pengaduan, hotline, call center, menggerebek|
|                    |                            | satgas/tim/pokja pengawas/netralitas,       |
|                    |                            | membuka (ruang) pengaduan, mengecek,        |
|                    |                            | pengecekan; headline awasi/pantau, razia,   |
|                    |                            | memelototi; laporan/aduan (bisa/dapat)      |
|                    |                            | disampaikan ke/melalui ... (a channel told) |
| `pelanggaran`      | violation found            | pelanggaran, melanggar, pelanggar,          |
|                    |                            | tidak/tak netral,                           |
|                    |                            | ketidaknetralan, menemukan (tiga) ASN,      |
|                    |                            | kedapatan, langgar, dugaan ASN/kades,       |
|                    |                            | direkomendasikan ke KASN/BKN, aduan/laporan |
|                    |                            | /kasus (terkait) netralitas, diduga/terbukti|
|                    |                            | terlibat/berkampanye/memihak/bersalah/      |
|                    |                            | mengunggah/hadir/ikut/politik praktis ...,  |
|                    |                            | diputus/dinyatakan bersalah, (di/me)rekomen-|
|                    |                            | dasi(kan), dilaporkan ke Bawaslu/KASN,      |
|                    |                            | laporan ... terkait/soal ... ASN, terjaring |
|                    |                            | (patroli/pengawasan), dilimpahkan/diadukan/ |
|                    |                            | (di/me)teruskan, (me)laporkan, adukan       |
|                    |                            | ... ke Bawaslu/Gakkumdu/KASN/BKN,           |
|                    |                            | penelusuran/penyelidikan/klarifi-           |
|                    |                            | kasi (of a report, a person), informasi/    |
|                    |                            | (beberapa/sejumlah/N) laporan/aduan,        |
|                    |                            | laporan awal, (di/me)netapkan ... tersangka |
| `sanksi`           | sanction decided           | sanksi (penurunan jabatan ...: one phrase), |
|                    |                            | hukuman/tindakan disiplin, ditindak,        |
|                    |                            | menindak, penindakan, pemberhentian,        |
|                    |                            | dipecat, dicopot, dinonaktifkan, teguran,   |
|                    |                            | sanksinya, divonis, dipidana, dihukum,      |
|                    |                            | dijatuhi hukuman/vonis/pidana,              |
|                    |                            | penundaan kenaikan gaji/pangkat, penurunan  |
|                    |                            | pangkat/jabatan, diproses / memproses,      |
|                    |                            | memberhentikan/mencopot/memecat/menonaktif- |
|                    |                            | kan (a person: ASN, camat, kepala ...),     |
|                    |                            | pencopotan, pemecatan, demosi, skorsing,    |
|                    |                            | diskors, dinonjobkan; (di/mem)blokir (data  |
|                    |                            | kepegawaian: threatened, an appeal)         |

Each phrase found is then judged by its sentence (``transforms.events.activities.classify``).
"""

from __future__ import annotations

_APEL_KIND = (
    r"pagi|sore|gabungan|kesadaran|siaga|akbar|besar|bersama|rutin|netralitas|senin|korpri|"
    r"kerja|perdana|khusus|istimewa|luar\s+biasa|kebangsaan|selasa|rabu|kamis|jumat|"
    r"kesiapan|kesiapsiagaan|bulanan|mingguan|terpadu|virtual|daring|hari\s+kesadaran|"
    r"(?:seluruh\s+|para\s+)?(?:asn|pns|pegawai|aparatur)"
)
_ASN = (r"(?:asn|pns|pppk|p3k|pegawai|aparatur|kepala\s+(?:desa|dinas|badan|bagian|sekolah)"
        r"|kades|kadis|camat|lurah|sekda|sekretaris\s+(?:daerah|desa|camat)|guru|oknum)")

SYNONYMS: tuple[tuple[str, str], ...] = (
    ("sosialisasi", r"(?:men|di|ter)?sosiali[sz]?asi(?:kan)?|menyosiali[sz]?asikan"
                    r"|penyosialisasian|penyuluhan|pengarahan|pembekalan|briefing|brifing"
                    # "diseminasi netralitas ASN": dissemination, a briefing by another name
                    r"|diseminasi|mendiseminasikan|didiseminasikan"
                    r"|(?:memberikan|memberi|berikan|menyampaikan)\s+arahan"
                    # (with the common misspellings "koordnasi", "kordinasi")
                    r"|rapat\s+(?:ko?ordi?nasi|staf|kerja|evaluasi|pimpinan|terbatas)|rapim|rakor(?:nas|da|sus|daerah|nis|tek|wil|pim)?"
                    # "Koordinasi Nasional/Daerah ... yang digelar Bawaslu": a meeting's name
                    r"|koordinasi\s+(?:nasional|daerah|wilayah|teknis)"
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
                    r"|(?:menggelar|mengadakan|melaksanakan|menyelenggarakan)\s+(?:rapat|diskusi"
                    r"|forum|audiensi)|(?:rapat|diskusi|forum)(?=\s+(?:\w+\s+){0,2}?netral)"
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
                    r"|(?:memberikan|menyampaikan|memaparkan|membawakan)\s+materi"
                    r"|memaparkan|pemaparan|paparan"
                    # an occasion named by its topic: "menggelar kegiatan netralitas ASN"
                    r"|(?:menggelar|mengadakan|melaksanakan|menyelenggarakan)\s+(?:kegiatan"
                    r"|acara)(?=\s+(?:bertajuk\s+|bertema\s+|tentang\s+|terkait\s+"
                    r"|mengenai\s+)?netral)"
                    r"|(?:menjadi|sebagai|menghadirkan)\s+(?:narasumber|pemateri|pembicara)"
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
              # the civil servants' own declaration ("Deklarasi ASN ini ..."), not one against
              # something else ("deklarasi ASN anti narkoba")
              r"|deklarasi\s+(?:para\s+|seluruh\s+)?(?:asn|pns|pppk|aparatur|pegawai|kepala\s+desa"
              r"|kades|perangkat\s+desa|lurah|camat|kepala\s+daerah|pejabat)\b"
              r"(?!\s+(?:\w+\s+)?anti)"
              # a statement, commitment or oath of neutrality read out
              r"|(?:(?:pembacaan|pengucapan|mengucapkan|membacakan)\s+(?:pernyataan|komitmen"
              r"|janji|sumpah)|pernyataan\s+sikap|menyatakan\s+sikap)(?=[^.!?\n]{0,60}?\bnetral)"),
    # "fakta integritas", "faktar", "intergritas", "penandatangan", "penanda tanganan": the
    # misspellings news prose often has
    ("pakta_integritas", r"(?:(?:penandatangan(?:an)?|penanda\s+tangan(?:an)?|menandatangani"
                         r"|ditandatangani|tandatangani|tanda\s+tangani|meneken|teken)\s+)?"
                         r"(?:pakta|fakta|faktar)\s+inter?gritas"
                         r"|(?:penandatanganan|menandatangani|tandatangani|meneken)\s+"
                         r"(?:surat\s+)?(?:pernyataan|komitmen)|ditandatangani|diteken"),
    ("apel", rf"(?:pembina|pemimpin|pimpinan|inspektur|komandan|peserta|memimpin|mengikuti"
             r"|menggelar|melaksanakan|pelaksanaan|upacara)\s+apel"
             rf"(?:\s+(?:{_APEL_KIND}))?|apel\s+(?:{_APEL_KIND})|upacara(?:\s+bendera)?"
             # "dalam (sebuah) apel": looked for at "apel", not at every "dalam"
             r"|(?:(?<=dalam )|(?<=saat )|(?<=pada )|(?<=sebuah )|(?<=usai )|(?<=seusai )"
             r"|(?<=setelah )|(?<=selesai )|(?<=sebelum ))apel"
             # the civil servants' own day is marked by a ceremony ("memperingati Hari Korpri")
             r"|(?:memperingati|peringatan)\s+(?:hari|hut)\s+korpri"
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
    ("pengawasan", r"pengawasan|mengawasi|diawasi|memantau|dipantau|pemantauan|memonitor"
                   # the bare verbs of headlines ("Bawaslu Awasi Akun ASN"), raids, a close eye
                   r"|awasi|pantau|razia|merazia|dirazia|memelototi"
                   r"|dimonitor|monitoring|patroli(?:\s+siber)?|berpatroli|sidak"
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
                   # "pelaporan ... bisa dilakukan lewat portal ...": the channel, told by its noun
                   r"|pelaporan(?=\s+(?:[\w-]+\s+){0,5}?(?:dapat|bisa)\s+(?:dilakukan|disampaikan)\s+"
                   r"(?:lewat|melalui|via)\s+(?:\w+\s+)?(?:situs|laman|website|web|aplikasi|portal"
                   r"|kanal|nomor|hotline|email|surel|whatsapp)\b)"
                   # a team set up to watch ("membentuk satgas netralitas ASN")
                   r"|(?:satgas|satuan\s+tugas|gugus\s+tugas|kelompok\s+kerja(?:\s+\(pokja\))?|pokja|tim)"
                   r"\s+(?:pengawas(?:an)?"
                   r"|pemantau(?:an)?|netralitas)"),
    ("pelanggaran", r"pelang?garan|melang?gar|dilanggar|langgar|pelanggar(?:nya)?"
                    r"|ke\s?tidak\s?netralan(?:nya)?"
                    r"|(?:tidak|tak)\s+netral(?:nya)?"
                    r"|(?:menemukan|ditemukan|mendapati|didapati|menjumpai|dijumpai"
                    r"|mendeteksi|terdeteksi)\s+(?:(?:adanya|sejumlah"
                    r"|oknum|\d[\d.]*|[a-z]+(?:an|puluh|ratus|belas)?)\s+){0,2}"
                    rf"{_ASN}|kedapatan|terjaring(?=\s+(?:\w+\s+){{0,3}}?(?:patroli|pengawasan"
                    rf"|bawaslu|panwas))|dugaan\s+(?:oknum\s+|(?:keterlibatan|keberpihakan)\s+"
                    rf"(?:[a-z\d]+\s+)?)?{_ASN}"
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
                    # involvement suspected or proven: "lima ASN diduga terlibat kampanye"
                    r"|(?:diduga|terbukti|terpantau|kepergok|ketahuan|terindikasi|diindikasikan"
                    r"|disinyalir|ditengarai|dicurigai|dituduh|dituding|terciduk|diciduk"
                    r"|terekam|tertangkap\s+kamera)\s+(?:\w+\s+){0,2}?"
                    r"(?:terlibat|berkampanye|memihak"
                    r"|berpihak|mendukung|mengampanyekan|mengkampanyekan|bersalah|mengunggah"
                    r"|memposting|memosting|menghadiri|hadir|ikut|mengajak|berfoto|melanggar"
                    r"|kampanye|mengarahkan|menggiring|memobilisasi|(?:ber)?politik\s+praktis"
                    # the election law's words: acts that favour or harm a candidate pair
                    r"|menguntungkan|merugikan"
                    # an election offence proven: "terbukti melakukan tindak pidana pemilu"
                    r"|tindak\s+pidana)"
                    # found guilty by a court or a panel ("kades itu diputus bersalah")
                    r"|(?:diputus|dinyatakan)\s+bersalah"
                    # a complaint made of or about a civil servant
                    # (or handed to the police, the prosecutors or the civil servant's
                    # superior: "kasus kades itu dilimpahkan ke kepolisian")
                    rf"|(?:dilaporkan|melaporkan|laporkan|dilimpahkan|melimpahkan|limpahkan"
                    rf"|diadukan|mengadukan|adukan|diteruskan|meneruskan|teruskan|diserahkan"
                    rf"|menyerahkan|serahkan|ditindaklanjuti|menindaklanjuti|tindaklanjuti)"
                    rf"\s+(?:\w+\s+){{0,4}}?(?:ke|kepada)\s+"
                    rf"(?:sentra\s+|kepala\s+)?"
                    rf"(?:bawaslu|panwas\w*|gakkumdu|kasn|badan\s+pengawas"
                    rf"|pengawas\s+(?:pemilu|pemilihan|kecamatan|desa|kelurahan|tps)"
                    rf"|komisi\s+(?:asn|aparatur)|bkn|badan\s+kepegawaian|kepolisian|polisi"
                    rf"|polres\w*"
                    rf"|polda\w*|kejaksaan|kejari|kejati|inspektorat|pejabat\s+pembina|ppk"
                    rf"|(?:pj\.?\s+)?(?:bupati|wali\s?kota|gubernur))"
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
               # the verb of the noun ("telah disanksi"); a case in process ("telah berproses
               # di Bawaslu": judged as "diproses")
               r"|(?:di|ter)sanksi|menyanksi|berproses"
               # a court's sentence ("kades itu divonis delapan bulan penjara")
               r"|divonis|dipidana|dihukum|dijatuhi\s+(?:hukuman|vonis|pidana)"
               # the punishment or the verdict named ("mendapatkan hukuman", "vonis itu")
               r"|hukuman(?:nya)?|vonis(?:nya)?"
               r"|teguran|penundaan\s+kenaikan\s+(?:gaji|pangkat)"
               # the civil service's abbreviations: "hukdis" (hukuman disiplin), "penundaan
               # KGB" (kenaikan gaji berkala), "penundaan KP" (kenaikan pangkat)
               r"|hukdis|penundaan\s+(?:kgb|kp)"
               # the official's own act, of a person ("bupati mencopot camat itu")
               r"|(?:memberhentikan|mencopot|memecat|menonaktifkan|membebastugaskan)"
               r"(?=\s+(?:\w+\s+){0,2}?(?:asn|pns|pegawai|camat|lurah|kepala|kades|sekda"
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
