"""Activities: when a gathering or monitoring told in an article is an occasion held, judged on
the occasion kinds only (findings, sanctions and appeals are judged in their own files): one
supposed, asked for, wished for, kept up, counted, spread over many offices, done before, the
means of an effort, or of another topic is none; one told on a day, pointed at as "this", or
named by the pledge it holds is. Invented sentences; each pattern paired with a positive."""

import pytest
from activity_tables import LEAD, kinds_hold

# the occasion kinds these rules judge (findings, sanctions and appeals are judged elsewhere)
KINDS = frozenset({"sosialisasi", "pengawasan", "apel", "bimtek", "ikrar", "pakta_integritas"})

OCCASION_CASES = [
    # a gathering supposed in a condition
    ("Kepala sekolah itu tidak boleh berpihak, kecuali ia memberikan edukasi bahwa memilih itu "
     "penting, kata Ketua Bawaslu Sukamaju, Senin (4/3/2024).", {"imbauan"}),
    ("Jika sosialisasi netralitas ASN diadakan pekan depan, semua camat wajib hadir.", set()),
    ("Bawaslu Sukamaju memberikan edukasi netralitas kepada 80 ASN di aula kantor bupati, "
     "Senin (4/3/2024).", {"sosialisasi"}),
    # a gathering named as one of a body's efforts: background when another gathering is told
    ("Pemkab Sukamaju menggelar ikrar netralitas ASN di lapangan Setda, Senin (4/3/2024). "
     "Sosialisasi dan imbauan ini merupakan salah satu upaya menekan pelanggaran.", {"ikrar"}),
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas ASN, Senin (4/3/2024). Sosialisasi ini "
     "merupakan salah satu upaya menekan pelanggaran.", {"sosialisasi"}),
    # people gathered for another gathering
    ("Pemkab Sukamaju menggelar apel siaga netralitas dengan mengumpulkan seluruh ASN di lapangan "
     "kantor bupati, Senin (4/3/2024).", {"apel"}),
    ("Bupati Sukamaju mengumpulkan seluruh kepala desa di pendopo untuk membahas netralitas, "
     "Senin (4/3/2024).", {"sosialisasi"}),
    # a role named in a pledge's points, not a briefing held
    ("Para kepala desa menandatangani ikrar netralitas yang mencakup penolakan politik uang "
     "serta peran penting kepala desa dalam menyosialisasikan netralitas kepada warga.",
     {"ikrar"}),
    ("Para kepala desa menandatangani ikrar netralitas, lalu Bawaslu menyosialisasikan "
     "larangan kampanye bagi kepala desa, Senin (2/9/2024).", {"ikrar", "sosialisasi"}),
    # the next step of a sequence told from one done, against one to come
    ("Setelah ikrar bersama, selanjutnya dilakukan penandatanganan pakta integritas netralitas "
     "oleh para camat Sukamaju.", {"ikrar", "pakta_integritas"}),
    ("Setelah ikrar bersama, selanjutnya akan dilakukan penandatanganan pakta integritas "
     "netralitas oleh para camat Sukamaju.", {"ikrar"}),
    # a briefing asked for, with no day
    ("Karena itu perlu kerja sama camat dan Bawaslu memberikan sosialisasi kepada para ASN "
     "mengenai netralitas.", set()),
    ("Bupati meminta Inspektorat agar sosialisasi netralitas ASN diperluas.", set()),
    ("Kami ingin para bupati bekerja sama dengan Bawaslu Provinsi untuk melakukan sosialisasi "
     "netralitas ASN, kata Rudi.", set()),
    ("Para bupati bekerja sama dengan Bawaslu Provinsi melakukan sosialisasi netralitas ASN di "
     "Aula Sukamaju, Senin (4/3/2024).", {"sosialisasi"}),
    # kept up, told after it
    ("Kegiatan sosialisasi netralitas ASN terus digencarkan oleh Pemkab Sukamaju.", set()),
    ("Sosialisasi netralitas ASN dilakukan secara rutin oleh BKPSDM Sukamaju.", set()),
    # whenever one is held ("ketika ada kesempatan rapat ..."), against one that was used
    ("Menurut Sekda, ketika ada kesempatan rapat koordinasi di OPD, pesan netralitas ASN selalu "
     "disampaikan.", set()),
    ("Sekda memanfaatkan kesempatan rapat koordinasi netralitas ASN di aula kantor bupati, Senin "
     "(2/9/2024), untuk mengingatkan para camat.", {"sosialisasi"}),
    # (review) one dated: held then
    ("Saat ada kesempatan sosialisasi netralitas ASN di aula Kantor Camat Sukamaju, Kamis "
     "(16/5/2024), Bawaslu Agam membagikan buku saku kepada 80 ASN.", {"sosialisasi"}),
    ("Sosialisasi netralitas yang diikuti 100 ASN terus berlangsung hingga pukul 12.00.",
     {"sosialisasi"}),
    # spread over the offices
    ("Kepala BKD juga mengajak Bawaslu turun sosialisasi netralitas ke seluruh dinas di "
     "Kabupaten Sukamaju.", set()),
    # done before this occasion
    ("Sebelum digelar deklarasi netralitas ini, Bawaslu telah menggelar sosialisasi "
     "netralitas bagi ASN.", {"ikrar"}),
    ("Bawaslu Sukamaju melaksanakan sosialisasi netralitas bagi ASN sebelum masa kampanye dimulai, "
     "Selasa (5/3/2024).", {"sosialisasi"}),
    # a list of means used
    ("Pemkab sudah melakukan pencegahan, baik melalui surat edaran, saat apel pagi, maupun "
     "penandatanganan pakta integritas bagi para ASN.", {"imbauan"}),
    # a talk given to win votes for a candidate: an offence
    ("Kepala dinas itu terbukti memberikan pengarahan kepada para guru untuk mendukung salah "
     "satu pasangan calon bupati.", set()),
    ("Bupati memberikan pengarahan kepada ASN untuk tidak mendukung salah satu pasangan calon, "
     "Senin (4/3/2024).", {"sosialisasi"}),
    ("Kepala dinas memberikan pengarahan kepada para guru agar menjaga netralitas ASN, Senin "
     "(4/3/2024).", {"sosialisasi"}),
    # a pact alleged
    ("Wakil gubernur menolak menanggapi isu dugaan pakta integritas yang dibuat Pj Wali Kota "
     "dengan seorang kandidat.", set()),
    ("Seluruh lurah menandatangani pakta integritas soal netralitas di aula kantor bupati, Senin "
     "(4/3/2024).", {"pakta_integritas"}),
    # steps ticked off as done before
    ("Penandatanganan sudah, ikrar sudah, sekarang tinggal menjaga netralitas ASN.", set()),
    # a briefing listed with the written means of one effort
    ("Dinas itu, imbuhnya, sudah melakukan sosialisasi dan menerbitkan surat edaran bagi "
     "semua lurah supaya netral.", set()),
    ("Bupati menerbitkan surat edaran dan sosialisasi netralitas ASN kepada para camat.", set()),
    ("Bawaslu menggelar sosialisasi netralitas bagi ASN dan membagikan surat edaran di aula "
     "kantor bupati, Senin (4/3/2024).", {"sosialisasi"}),
    # a signing told as done along the way
    ("Mereka juga mengaku sudah menandatangani pakta integritas soal netralitas.", set()),
    ("Para lurah juga telah menandatangani pakta integritas soal netralitas usai apel, Senin "
     "(4/3/2024).", {"pakta_integritas", "apel"}),
    ("Bawaslu menggelar sosialisasi dan menyebarkan imbauan netralitas kepada 200 ASN di aula "
     "kantor bupati.", {"sosialisasi"}),
    # a training told as done along the way
    ("Sejumlah jaksa pun telah diikutsertakan dalam diklat penanganan perkara pemilu.", set()),
    ("BKPSDM Sukamaju menggelar pelatihan netralitas ASN bagi 50 pejabat, Rabu (6/3/2024).",
     {"bimtek"}),
    # the induction of new civil servants is a training; a talk given there is part of it
    ("Komisioner Bawaslu membawakan materi netralitas di orientasi PPPK Kabupaten Sukamaju, Rabu "
     "(6/3/2024).", {"bimtek"}),
    ("Orientasi politik kepala desa itu dipertanyakan Bawaslu.", set()),
    # a meeting of the region's leaders' forum: on all its affairs unless named on neutrality
    ("ASN harus netral, ujar Gubernur pada rapat koordinasi dengan Forkopimda Provinsi "
     "Sukamaju, Kamis (7/3/2024).", {"imbauan"}),
    ("Pemkab menggelar rakor Forkopimda untuk mengingatkan netralitas ASN, Kamis (7/3/2024).",
     {"sosialisasi"}),
    ("ASN harus netral, kata Bupati dalam rapat koordinasi netralitas ASN bersama Bawaslu, "
     "Kamis (7/3/2024).", {"sosialisasi"}),
    # gatherings counted, wished for, of a kind, judged as a whole, or the means of an effort
    ("Bawaslu mencatat telah menggelar 120 kali sosialisasi netralitas ASN sepanjang 2024.",
     set()),
    ("Hingga kini pihaknya sudah melakukan puluhan kali sosialisasi kepada ASN.", set()),
    ("Ia berharap sosialisasi netralitas seperti ini dapat digelar di setiap kecamatan.", set()),
    ("Bupati ingin sosialisasi netralitas ASN menjangkau para guru.", set()),
    # a hope about a briefing told as held is no ask for one
    ("Bupati berharap kegiatan sosialisasi netralitas yang digelar Bawaslu di aula kantor bupati "
     "dapat dipahami ASN.", {"sosialisasi"}),
    ("Kami berharap sosialisasi netralitas bagi ASN yang berlangsung hari ini bisa dipahami.",
     {"sosialisasi"}),
    ("Sosialisasi netralitas ASN yang digelar selama ini dinilai belum maksimal.", set()),
    ("Upaya pencegahan dilakukan melalui sosialisasi netralitas, imbauan, dan patroli siber.",
     {"pengawasan"}),
    ("Ke depan, sosialisasi netralitas ASN akan diperluas hingga tingkat desa.", set()),
    ("Pemkab Sukamaju menggelar apel netralitas ASN, Senin (4/3/2024). Menurut Bupati, "
     "sosialisasi netralitas ASN merupakan tugas semua kepala OPD.", {"apel"}),
    ("Sosialisasi netralitas ASN seperti ini digelar Bawaslu Sukamaju di aula kantor bupati, "
     "Senin (4/3/2024).", {"sosialisasi"}),
    # a talk on the government's affairs; one on neutrality or at a named gathering
    ("Para penjabat kepala daerah mendapat pengarahan dari Presiden di Istana Negara, Senin "
     "(30/10/2023).", set()),
    ("Bupati memberikan pengarahan kepada para ASN supaya tetap netral, Senin "
     "(4/3/2024).", {"sosialisasi"}),
    (LEAD + "Tampil sebagai narasumber pada rapat koordinasi tersebut, Ketua Bawaslu Sukamaju.",
     {"sosialisasi"}),
    ("Bawaslu menyiapkan strategi pencegahan dengan menggelar sosialisasi netralitas ASN.", set()),
    # an assembly named by the pledge it holds; a pact declared together
    ("Komitmen itu ditunjukkan lewat apel Ikrar Netralitas ASN di lapangan Kantor Wali Kota, Kamis "
     "(17/9/2020).", {"apel", "ikrar"}),
    ("Para ASN menggelar apel deklarasi netralitas di halaman kantor wali kota, Senin "
     "(4/3/2024).", {"apel", "ikrar"}),
    ("Penjual buah menjajakan apel merah di pasar Sukamaju.", set()),
    # (the anniversary's assembly: not on neutrality, activities.topics)
    ("Hal itu ditegaskan Sekda usai memperingati Hari Korpri ke-53 di halaman kantor bupati, "
     "Jumat (29/11/2024).", set()),
    ("Camat memimpin pernyataan bersama pakta integritas ASN se-Kecamatan Sukamaju di Pilkada "
     "2024.", {"pakta_integritas"}),
    ("Camat mengingatkan isi pakta integritas ASN di Pilkada 2024.", set()),
    # a briefing on the election's supervision or rules: on neutrality only for civil servants
    ("Bawaslu menggelar sosialisasi pengawasan partisipatif bagi para wartawan di Hotel "
     "Sukamaju, Senin (4/3/2024).", set()),
    ("Bawaslu menggelar sosialisasi Perbawaslu tentang pengawasan kampanye, Senin (4/3/2024).",
     set()),
    ("Bawaslu menggelar sosialisasi pendidikan politik bagi pemilih pemula, Senin (4/3/2024).",
     set()),
    ("Bawaslu menggelar sosialisasi pengawasan partisipatif di Hotel Sukamaju, Senin "
     "(4/3/2024). Acara tersebut mengundang para camat serta kepala desa se-kabupaten.",
     {"sosialisasi"}),
    ("Bawaslu Sukamaju mengadakan sosialisasi pengawasan bagi ASN soal netralitas di Hotel "
     "Sukamaju, Senin (4/3/2024).", {"sosialisasi"}),
    ("Bawaslu menggelar sosialisasi pengawasan partisipatif bagi ASN di Hotel Sukamaju, Senin "
     "(4/3/2024).", {"sosialisasi"}),
    # a pledge read at once in many offices is one occasion
    ("Pembacaan ikrar netralitas turut digelar serentak di 31 kantor OPD, Senin (4/3/2024).",
     {"ikrar"}),
    # a briefing named as a means, the ask far before it: this occasion's
    ("Bawaslu memandang ini perlu sehingga langkah konkret yang kami ambil hari ini adalah "
     "sosialisasi netralitas ASN di aula kantor bupati.", {"sosialisasi"}),
    (LEAD + "Pencegahan kami lakukan dengan menggelar sosialisasi seperti ini, ujar Ketua Bawaslu "
     "Sukamaju.", {"sosialisasi"}),
    ("Bawaslu Sukamaju mengadakan sosialisasi netralitas bagi ASN sebagai langkah antisipasi, "
     "Senin (4/3/2024).", {"sosialisasi"}),
    # gatherings at many places, or told done often
    ("Sosialisasi netralitas ASN digelar Bawaslu di 17 kecamatan se-Kabupaten Sukamaju.", set()),
    ("Dia mengatakan, sosialisasi netralitas ASN telah dilakukan kepada seluruh OPD.", set()),
    ("Sosialisasi tentang netralitas ASN sudah sering kami lakukan.", set()),
    # the case found, as what is watched: a finding's report
    ("Bawaslu sudah melakukan pengawasan terhadap hal ini serta memanggil pelapor.", set()),
    ("Pihaknya sudah memantau beberapa lurah dan ASN yang ikut serta mengantar "
     "paslon ke kantor KPU.", set()),
    # a meeting on the election's preparation: another topic unless named on neutrality
    ("Pernyataan tersebut muncul pada rapat koordinasi persiapan Pilkada 2024 antara pemkab "
     "dan KPU di Sukamaju, Jumat (8/3/2024).", set()),
    ("Imbauan itu dikemukakan pada rapat koordinasi tentang peran camat menjaga netralitas ASN, "
     "Jumat (8/3/2024).", {"sosialisasi"}),
    # a pact recalled, or "that" pact signed long ago; "this" one told after an earlier one
    ("Ia mengingatkan kembali pakta integritas yang sudah diteken para lurah.", set()),
    ("Pakta integritas itu ditandatangani seluruh kepala OPD tahun lalu.", set()),
    ("Bawaslu menggelar sosialisasi netralitas ASN di Kecamatan Sukamaju, Senin (4/3/2024). "
     "Sosialisasi ini merupakan yang kedua sesudah acara serupa di Sukamulya "
     "sebelumnya.", {"sosialisasi"}),
    ("Bawaslu menggelar patroli siber terhadap akun ASN yang diduga berpolitik praktis, Senin "
     "(4/3/2024).", {"pengawasan"}),
    # monitoring asserted as certain: a warning
    ("Setiap gerak-gerik ASN tentu sudah diawasi oleh Bawaslu.", {"imbauan"}),
    ("ASN yang berpihak pasti diawasi secara ketat.", {"imbauan"}),
    ("Bawaslu sudah memantau akun media sosial 40 ASN, Senin (4/3/2024).", {"pengawasan"}),
    # a step told done on a day marked as past: an earlier occasion
    ("Kami sudah menggelar apel akbar tanggal 14 Oktober kemarin dan menginstruksikan supaya "
     "ASN netral, ujarnya.", {"imbauan"}),
    ("Kami sudah melakukan deklarasi netralitas pada 5 Agustus 2024 lalu, katanya, Senin "
     "(4/11/2024).", set()),
    ("Seluruh lurah sudah menandatangani pakta integritas soal netralitas di aula kecamatan, Senin "
     "(4/3/2024).", {"pakta_integritas"}),
    # monitoring as the topic of a gathering
    ("Bawaslu menggelar lokakarya pengawasan netralitas ASN, Senin (4/3/2024).", {"bimtek"}),
    ("Bawaslu menggelar rapat kerja teknis pengawasan netralitas ASN, Senin (4/3/2024).",
     {"sosialisasi"}),
    # monitoring over a stretch of time, or planned: the body's standing work
    ("Ketua Bawaslu Sukamaju mengaku sudah mulai mengawasi para kepala desa sejak Agustus lalu.",
     set()),
    ("Panwascam melakukan pengawasan terhadap ASN selama tahapan kampanye Pilkada 2024.", set()),
    ("Pengawasan netralitas ASN juga akan dilakukan di media sosial bersama Diskominfo.", set()),
    ("Bawaslu Sukamaju membuka posko pengaduan netralitas ASN selama tahapan kampanye.",
     {"pengawasan"}),
    ("Tim Bawaslu turun ke kantor dinas untuk mengawasi netralitas ASN, Senin (4/3/2024).",
     {"pengawasan"}),
]

@pytest.mark.parametrize(("text", "expected"), OCCASION_CASES)
def test_occasion_kinds(text, expected):
    kinds_hold(text, expected, KINDS)
