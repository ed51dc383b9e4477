"""Activities: `pelanggaran` as a case reported or handled (LABELS.md): a complaint made,
reports received or counted, a case handed on to a watchdog, the police or the superior,
traced, clarified, investigated or charged; not a duty, an offer, a question, an imperative
or a procedure's steps. Invented sentences; each pattern paired with a negative or a
positive."""

# the shared table checks, run over CASES and KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activities, test_activity_kinds  # noqa: F401

# the values as a set
CASES = [
    # a watchdog's handling forwarded to the deciding body
    ("Ia mengatakan lima aduan dugaan pelanggaran netralitas ASN sudah ditindak dan "
     "diteruskan ke Badan Kepegawaian Negara.", {"pelanggaran"}),
    ("Camat Sungai Rumbai sudah ditindak oleh Bupati dan dicopot dari jabatannya.",
     {"sanksi", "pelanggaran"}),
    # "menindak lanjuti" written apart: a follow-up, not a sanction
    ("Panwaslu Kota Bima telah menindak lanjuti laporan soal tiga lurah yang diduga "
     "berkampanye.", {"pelanggaran"}),
    ("Laporan warga soal kepala desa itu sudah ditindak lanjuti Bawaslu.", set()),
    # a report being traced or clarified is a case reported; one to be traced is not
    ("Bawaslu Kota Metro melakukan penelusuran terhadap informasi dari warga soal seorang ASN "
     "yang berfoto dengan caleg.", {"pelanggaran"}),
    ("\"Informasi awal soal lurah itu sudah kami terima dan masih ditelusuri,\" kata anggota "
     "Bawaslu tentang netralitas ASN.", {"pelanggaran"}),
    ("Bawaslu sedang mengklarifikasi kepala desa yang diduga mendukung salah satu calon, "
     "Senin (7/10).", {"pelanggaran"}),
    ("Bawaslu akan melakukan penelusuran terhadap setiap laporan netralitas ASN.", set()),
    ("Panwaslih bertugas menelusuri laporan masyarakat soal netralitas ASN.", set()),
    ("Jika ada laporan, Bawaslu akan mengklarifikasi ASN yang bersangkutan.", set()),
    ("Hingga kini Bawaslu sedang melakukan pendalaman atas kabar keterlibatan lurah itu, "
     "kata Ketua Bawaslu.", {"pelanggaran"}),
    ("Bawaslu akan mendalami setiap laporan netralitas ASN yang masuk.", set()),
    # a case handed on or complained of, with a word between
    ("Bawaslu melimpahkan kasus kepala desa itu ke Sentra Gakkumdu.", {"pelanggaran"}),
    ("Dua kepala desa dilaporkan warga ke Bawaslu karena ikut kampanye.", {"pelanggaran"}),
    ("Bawaslu meregistrasi laporan dugaan ketidaknetralan kepala desa itu.", {"pelanggaran"}),
    ("Jika terbukti, kasus itu akan dilimpahkan ke Sentra Gakkumdu.", set()),
    # a case forwarded for a sanction, the body named in brackets
    ("Sebanyak 12 di antaranya sudah diteruskan ke Komisi ASN (KASN) untuk mendapatkan "
     "sanksi.", {"pelanggaran"}),
    # monitoring with an inquiry: the handling of a case
    ("Bawaslu melakukan pemantauan dan investigasi hampir tiga minggu sebelum memanggil kedua "
     "guru itu untuk klarifikasi.", {"pelanggaran"}),
    # more shapes of a case: traced, handled, a named official summoned
    ("Bawaslu mengusut dugaan keterlibatan lima kepala desa dalam kampanye paslon.",
     {"pelanggaran"}),
    ("Bawaslu Kota Sukamaju menangani lima kasus netralitas ASN sepanjang tahapan pilkada.",
     {"pelanggaran"}),
    ("Kasus netralitas ASN kerap terjadi menjelang pilkada.", set()),
    ("Bawaslu memanggil Camat Sukamaju untuk dimintai keterangan terkait video dukungan.",
     {"pelanggaran"}),
    ("Kepala Desa Sukamaju menegaskan netralitas perangkat desa.", {"imbauan"}),
    # cases counted, told with what they are about
    ("Sudah belasan kasus soal netralitas ASN yang diterima Bawaslu Kabupaten Sukamaju.",
     {"pelanggaran"}),
    ("Bawaslu mencatat puluhan kasus soal netralitas kepala desa.", {"pelanggaran"}),
    ("Hingga kini Bawaslu sudah menangani ratusan kasus netralitas ASN.", {"pelanggaran"}),
    ("Belum ada kasus yang masuk terkait netralitas ASN.", set()),
    ("Kasus terkait netralitas ASN kerap terjadi menjelang pilkada.", set()),
    # a complaint made, in the active voice or a headline's bare verb
    ("Warga melaporkan Camat Sukamaju ke Bawaslu karena menghadiri kampanye pasangan calon.",
     {"pelanggaran"}),
    ("Warga Laporkan Kades Sukamaju ke Bawaslu", {"pelanggaran"}),
    ("Warga dapat melaporkan ASN yang tidak netral ke Bawaslu.", set()),
    ("Silakan laporkan ke Bawaslu bila ada ASN yang berkampanye.", set()),
    # an election offence charged
    ("Gakkumdu menetapkan kepala desa itu sebagai tersangka tindak pidana pemilihan.",
     {"pelanggaran"}),
    ("Kades yang terlibat kampanye dapat ditetapkan sebagai tersangka.", set()),
    # reports received, told as done; not a duty, an offer or none received
    ("Bawaslu Sukamaju sudah menerima laporan terkait netralitas ASN di dua kecamatan.",
     {"pelanggaran"}),
    ("Tadi kami sudah menerima laporannya soal camat yang tidak netral itu.", {"pelanggaran"}),
    ("Bawaslu belum menerima laporan soal netralitas ASN.", set()),
    ("Posko Bawaslu terbuka untuk menerima laporan warga soal netralitas ASN.", set()),
    ("Tugasnya menerima aduan masyarakat terkait netralitas ASN.", set()),
    ("Posko itu berfungsi menerima pengaduan soal ASN yang tidak netral.", set()),
    ("Panwaslih juga terbuka untuk menerima laporan dari warga mengenai keterlibatan ASN "
     "dalam kampanye.", set()),
    # a procedure's steps: what would follow, not a case
    ("Setelah diteruskan ke KASN maka KASN akan mengirim rekomendasi sanksi ke PPK.", {"imbauan"}),
    ("Jika ditemukan pelanggaran netralitas ASN maka Bawaslu dapat meneruskannya ke BKN.", set()),
    ("Bawaslu Sukamaju telah melaporkan dua camat ke KASN karena tidak netral di Pilkada 2024.",
     {"pelanggaran"}),
    # reports that came in
    ("Perkara tersebut bermula dari sejumlah aduan soal ketidaknetralan pegawai yang masuk "
     "ke Panwaslih.", {"pelanggaran"}),
    ("Di sisi lain, Panwaslih membenarkan ada laporan yang masuk terkait kepala desa berkampanye.",
     {"pelanggaran"}),
    ("Bila ada laporan yang masuk terkait kepala desa berkampanye, Panwaslih akan memprosesnya.",
     set()),
    # a report against someone ("laporan terhadap camat ..."), like "laporan terkait ..."
    ("Bawaslu telah meregistrasi laporan terhadap camat Sukamaju.", {"pelanggaran"}),
    ("Masyarakat dapat menyampaikan laporan terhadap ASN yang tidak netral.", set()),
    # a handling word before a "yang" clause of whoever; the cases of one handled
    ("Kasus oknum ASN yang diduga berpolitik praktis di SMA Negeri 3 saat ini tengah "
     "ditindaklanjuti tim khusus.", {"pelanggaran"}),
    # a sanction named as a recommendation is one recommended: the case handed on
    ("KASN sudah menerbitkan sanksi rekomendasi bagi 23 pegawai itu.", {"pelanggaran"}),
    # cases handed on again and again: the body's record
    ("Panwaslih berulang kali telah merekomendasikan pelanggaran agar diberi sanksi "
     "disiplin.", {"imbauan"}),
    ("Bawaslu telah merekomendasikan pelanggaran dua ASN itu untuk diberikan sanksi.",
     {"pelanggaran"}),
]

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a case reported as an allegation, told as done
    ("Warga melaporkan dugaan ketidaknetralan ASN di Kecamatan Sukamaju.",
     {"pelanggaran"}),
    ("Para warga itu melaporkan dugaan adanya pelanggaran atas sikap netral ASN.", {"pelanggaran"}),
    # a report supposed or asked for: none
    ("Jika warga melaporkan dugaan ketidaknetralan pegawai, Panwaslih akan memprosesnya.",
     set()),
    ("Warga diminta melaporkan dugaan ketidaknetralan pegawai desa.", {"imbauan"}),
    ("Panwaslih mengajak warga untuk melaporkan dugaan ketidaknetralan pegawai desa.",
     {"imbauan"}),
    # the handling of violations told as done ("melakukan penanganan"), not a topic
    ("Sampai Maret 2024, Panwaslih Sukamaju sudah melakukan sejumlah penanganan pelanggaran "
     "netralitas pegawai di tiga kecamatan.", {"pelanggaran"}),
    ("Ketua Panwaslih memberi keterangan seusai mengikuti rapat koordinasi pembahasan "
     "penanganan pelanggaran netralitas pegawai.", {"sosialisasi"}),
    ("Penanganan pelanggaran netralitas ASN dilakukan sesuai prosedur.", set()),
    # civil servants investigated or questioned over a suspicion: a case handled
    ("Panwaslih segera melakukan investigasi terhadap sejumlah guru yang diduga berfoto dengan "
     "baliho paslon.", {"pelanggaran"}),
    ("Bawaslu Sukamaju telah mengklarifikasi dua ASN yang diduga mendukung salah satu calon, "
     "Senin (4/3/2024).", {"pelanggaran"}),
    ("Jika ada laporan, Bawaslu akan mengklarifikasi ASN yang diduga tidak netral.", set()),
    # charged with a violation, counted
    ("Bawaslu Sukamaju menyatakan 2 ASN dan 3 kades dikenakan pasal dugaan pelanggaran "
     "netralitas.", {"pelanggaran"}),
    ("\"Ya, tiga kepala desa itu kena pelanggaran netralitas,\" kata Ketua Bawaslu Sukamaju.",
     {"pelanggaran"}),
    ("ASN yang melanggar netralitas dapat dikenakan sanksi disiplin.", {"imbauan"}),
    # handed to a watchdog, dated or told done
    ("Kami telah menyampaikan dugaan pelanggaran oleh seorang lurah ke KASN pada 12 Agustus "
     "2024.", {"pelanggaran"}),
    ("Tim hukum pasangan calon melayangkan laporan ke Bawaslu Kota Sukamaju atas dugaan "
     "pelanggaran netralitas seorang camat, Senin (9/9).", {"pelanggaran"}),
    ("Bawaslu mengirimkan rekap dugaan pelanggaran netralitas ASN ke KASN setiap bulan.", set()),
    ("Warga bisa menyampaikan dugaan ketidaknetralan pegawai kepada Bawaslu.", set()),
    # reports counted are cases reported
    ("Sedikitnya ada lima laporan soal pelanggaran netralitas ASN yang diterima Bawaslu "
     "Sukamaju.", {"pelanggaran"}),
    ("Bawaslu menyediakan formulir laporan soal ketidaknetralan ASN.", set()),
    ("Bawaslu Sukamaju membuka posko pengaduan pelanggaran netralitas ASN.", {"pengawasan"}),
    # a report taken up at a session, told done
    ("Bawaslu Kabupaten Sukamaju telah menggelar rapat pleno membahas laporan tim hukum "
     "paslon atas dugaan ketidaknetralan ASN.", {"pelanggaran"}),
    ("Rapat pleno Bawaslu biasanya membahas laporan dugaan ketidaknetralan ASN.", set()),
    # handled by the watchdog: a case, no sanction decided
    ("Dua Oknum ASN di Sukamaju Ditindak Bawaslu", {"pelanggaran"}),
    ("Dua oknum ASN di Sukamaju ditindak bupati dengan penundaan kenaikan pangkat.",
     {"sanksi", "pelanggaran"}),
    # a case handed on, to a watchdog, the police, prosecutors or the superior
    ("Kasus kades Sukamaju yang tidak netral itu dilimpahkan ke kepolisian, ujar Ketua Bawaslu, "
     "Senin (7/10).", {"pelanggaran"}),
    ("\"Kasusnya kami serahkan ke BKN,\" kata Ketua Bawaslu Sukamaju tentang dua ASN yang "
     "melanggar netralitas.", {"pelanggaran"}),
    ("Bawaslu telah menyerahkan berkas tiga ASN tersebut kepada pejabat pembina kepegawaian "
     "atas pelanggaran netralitas.", {"pelanggaran"}),
    ("Bawaslu menindaklanjuti laporannya ke KASN atas dugaan seorang lurah melanggar "
     "netralitas.", {"pelanggaran"}),
    ("\"Kasus kepala desa itu tergolong pelanggaran administrasi dan kami "
     "serahkan ke Bupati Sukamaju,\" katanya.", {"pelanggaran"}),
    ("Setiap dugaan pelanggaran netralitas ASN akan diserahkan kepada KASN.", set()),
    ("\"Setiap laporan pelanggaran netralitas ASN kami teruskan ke KASN,\" katanya.", set()),
    ("\"Hasil kajiannya kami serahkan kepada Bawaslu, bilamana nanti ada pelanggaran netralitas "
     "baru kami tindak,\" kata Sekda.", set()),
    ("Bilamana terbukti melanggar netralitas, ASN itu akan dijatuhi hukuman disiplin.",
     {"imbauan"}),
    ("\"Soal sanksinya kami serahkan kepada KASN, bisa saja diberhentikan jika terbukti melanggar "
     "netralitas,\" kata Ketua Panwaslu Sukamaju.", {"imbauan"}),
    ("Jika ada ASN yang melanggar, laporan dapat diserahkan ke Bawaslu.", set()),
    ("Bupati menyerahkan SK pengangkatan kepada 120 PPPK di Pendopo Sukamaju.", set()),
    # accused, asked to clarify, examined: a case reported of particular people
    ("Dua guru honorer di Sukamaju dituduh melanggar aturan pemilu karena berfoto dengan "
     "stiker pasangan calon.", {"pelanggaran"}),
    ("Bawaslu meminta klarifikasi dari kedua guru tersebut di kantor Panwascam Sukamaju, Kamis "
     "(3/10), atas dugaan pelanggaran netralitas.", {"pelanggaran"}),
    ("Setiap ASN yang dituduh melanggar netralitas berhak memberikan klarifikasi.", set()),
    ("Camat Sukamaju tersebut sudah dimintai klarifikasi oleh Bawaslu pada Selasa (8/10) soal "
     "netralitas ASN.", {"pelanggaran"}),
    ("Jika ada ASN yang terlibat, yang bersangkutan akan dimintai keterangan.", set()),
    ("Hasil rapat itu diserahkan kepada Gubernur untuk ditindaklanjuti terkait netralitas ASN, "
     "Senin (7/10).", set()),
    ("Ketua Bawaslu menyerahkan cenderamata kepada Pj Bupati usai sosialisasi netralitas ASN, "
     "Senin (7/10).", {"sosialisasi"}),
    # investigating a report
    ("Bawaslu menyelidiki video yang viral soal dugaan seorang camat yang mengajak ASN "
     "mendukung salah satu pasangan calon.", {"pelanggaran"}),
    ("Panwaslu tengah melakukan penyelidikan video kepala desa itu terkait netralitas, Selasa "
     "(3/9).", {"pelanggaran"}),
    # recommended to the regional government
    ("Keempat perangkat desa tersebut direkomendasikan ke pemda setempat untuk dijatuhi sanksi "
     "karena memihak.", {"pelanggaran"}),
    ("Bawaslu merekomendasikan Pemkab agar menerbitkan surat edaran netralitas ASN.",
     {"imbauan"}),
    # the watchdog by its full name
    ("Seorang ASN Kecamatan Sukamaju dilaporkan ke Badan Pengawas Pemilu (Bawaslu) karena "
     "berkampanye, Senin (28/9).", {"pelanggaran"}),
    ("Kasus dua guru itu dilaporkan ke Komisi Aparatur Sipil Negara, Senin (28/9).",
     {"pelanggaran"}),
    ("Badan Pengawas Pemilu meminta ASN melaporkan dugaan pelanggaran.", {"imbauan"}),
    # the watchdog by its common noun
    ("Warga melaporkan kepala desa itu ke pengawas pemilu setempat karena berkampanye, Selasa "
     "(5/11).", {"pelanggaran"}),
    ("Jika ada ASN yang tidak netral, laporkan ke pengawas pemilu.", set()),
    # someone reported to have been involved: a case; whoever would be, or none reported, not
    ("Seorang ASN lingkup Pemprov Sukamaju dilaporkan terlibat politik praktis atas nama Rudi "
     "Hartono, pegawai di Dinas Pendidikan.", {"pelanggaran"}),
    ("ASN yang dilaporkan terlibat politik praktis akan ditindak tegas.", {"imbauan"}),
    ("Hingga kini belum ada ASN yang dilaporkan terlibat kampanye.", set()),
    # reports received told from the receiver, those reported counted after the relative
    # clause: particular people; a rule's kinds counted after it are no people
    ("Menurut Rina, berdasarkan laporan yang ia terima terkait oknum ASN yang melakukan "
     "pelanggaran netralitas lebih dari 3 orang.", {"pelanggaran"}),
    ("Bawaslu akan memberikan rekomendasi sanksi bagi ASN yang melakukan pelanggaran netralitas, "
     "ada tiga jenis sanksi.", {"imbauan"}),
    # what an offence against a rule may bring: a rule told, whoever it would be; one found
    # that may bring a sanction is still found
    ("Pelanggaran terhadap larangan ini dapat mengakibatkan sanksi, termasuk sanksi pidana bagi "
     "kepala desa yang terbukti tidak netral.", {"imbauan"}),
    ("Bawaslu menemukan pelanggaran oleh dua camat yang dapat berujung sanksi disiplin.",
     {"pelanggaran", "imbauan"}),
    # (review) found or clarified "atas/terhadap ...", then what it may bring: still a case
    ("Bawaslu menemukan pelanggaran atas netralitas kades yang dapat berujung pidana.",
     {"pelanggaran"}),
    ("Kades Sukamaju Rudi Hartono diklarifikasi atas video dukungan yang dapat berujung sanksi.",
     {"pelanggaran", "imbauan"}),
    # (review) a count after the rule that is not of those who broke it: whoever still
    ("ASN yang terbukti melakukan pelanggaran akan diperiksa majelis berjumlah 5 orang pejabat.",
     set()),
]
