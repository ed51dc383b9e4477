"""Activities: what is not this occasion's: a step told as done before, a routine, efforts kept
up, listed or counted off, a purpose, a plan or a programme still to come, a gathering owed,
and the cases of an earlier election or a lesson drawn from it. Invented sentences; each
pattern paired with a negative or a positive."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

# the shared table checks, run over ORDERED, CASES and KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activities, test_activities_exactly, test_activity_kinds  # noqa: F401

from transforms.events.activities.classify import activities
from transforms.events.activities.election_time import occasion_election_rank
from transforms.events.assemble import extract_events

WIB = ZoneInfo("Asia/Jakarta")

# the values exactly, in their order
ORDERED = [
    # a step done before the occasion reported: "sudah", no day, not this occasion's
    ("Kepada Komisi II, Sekda melaporkan seluruh ASN sudah menandatangani pakta integritas.",
     ()),
    ("Para lurah sudah diberi sosialisasi soal netralitas.", ()),
    ("Seluruh ASN sudah menandatangani pakta integritas netralitas, Senin (7/10/2024).",
     ("pakta_integritas",)),
    ("Sebanyak 300 ASN telah menandatangani pakta integritas netralitas di aula kantor bupati.",
     ("pakta_integritas",)),
    # a gathering as a purpose, or as what another act means
    ("Pegawai perlu paham jadwal Pilkada supaya dapat membantu panitia sosialisasi di "
     "kampung-kampung.", ()),
    ("Para camat menandatangani pakta integritas netralitas, yang artinya mereka berikrar "
     "untuk netral.", ("pakta_integritas",)),
    # efforts kept up or listed are no occasion; one told with a day is
    ("Bawaslu terus menggencarkan sosialisasi netralitas ASN kepada masyarakat.", ()),
    ("Bawaslu terus melakukan sosialisasi netralitas ASN, kali ini di aula Kecamatan "
     "Sukamaju, Senin (7/10).", ("sosialisasi",)),
    # the means of an effort kept up, whatever verb tells the effort
    ("Panwaslu Sukamaju juga terus berkolaborasi lewat sosialisasi netralitas ASN bersama "
     "pemerintah kabupaten.", ()),
    ("Sebagai pengawas, pihaknya terus bekerja sama melalui sosialisasi netralitas ASN dengan "
     "BKPSDM.", ()),
    ("Panwaslu Sukamaju terus berkolaborasi lewat sosialisasi netralitas ASN, kali ini di aula "
     "Dinas Kesehatan, Selasa (8/10).", ("sosialisasi",)),
    ("Panwaslu Sukamaju terus mengingatkan ASN melalui sosialisasi netralitas di aula kantor "
     "bupati.", ("imbauan", "sosialisasi")),
    ("Pemkab telah melakukan berbagai upaya, mulai dari sosialisasi hingga penandatanganan "
     "pakta integritas.", ()),
]

# the values as a set
CASES = [
    # a step told as done in a quote: the day after the speech verb dates the statement
    ("\"Para lurah kami sudah menandatangani ikrar netralitas,\" ujar Wali Kota Sukamaju "
     "saat menerima Bawaslu, Kamis (10/10).", set()),
    ("Para lurah sudah menandatangani ikrar netralitas pada Kamis (10/10) di gedung "
     "serbaguna kota.", {"ikrar"}),
    # a gathering required of them, up to two words before it; with a day told, one held
    ("Setiap kecamatan diwajibkan merekam video ikrar netralitas pegawai.", {"imbauan"}),
    ("Seluruh camat diwajibkan hadir dalam sosialisasi netralitas ASN di aula kantor bupati, "
     "Senin (7/10).", {"imbauan", "sosialisasi"}),
    # the kinds of step named: many efforts, not one occasion
    ("Bupati Sukamaju melakukan berbagai langkah sosialisasi dan edukasi soal netralitas ASN.",
     set()),
    # a gathering owed, right after the modal
    ("Menurut dia, Bawaslu harus sosialisasi ke seluruh OPD soal netralitas ASN.",
     {"imbauan"}),
    ("Pemkab Seluma perlu menggelar sosialisasi netralitas ASN di setiap kecamatan.",
     {"imbauan"}),
    ("Bawaslu menggelar sosialisasi netralitas ASN di aula kantor camat, Kamis (12/9).",
     {"sosialisasi"}),
    # a programme's steps counted off: efforts told, not one occasion (a team set up is
    # monitoring all the same)
    ("Langkah pertama yang dilakukan Bawaslu ialah sosialisasi netralitas ASN kepada para "
     "camat.", set()),
    ("Kedua, pihaknya telah menggelar penandatanganan pakta integritas oleh para kepala OPD.",
     set()),
    ("Upaya lainnya adalah pembentukan satgas netralitas ASN bersama BKPSDM.", {"pengawasan"}),
    ("Langkah pertama itu ditempuh lewat sosialisasi netralitas ASN di aula BKPSDM, Selasa "
     "(6/8).", {"sosialisasi"}),
    # the second step of one told as done before
    ("\"Para ASN di kabupaten ini sudah membacakan ikrar netralitas dan menandatangani pakta "
     "integritas pada awal tahun,\" ujar Kepala BKPSDM.", set()),
    ("Para ASN membacakan ikrar netralitas dan menandatangani pakta integritas di aula kantor "
     "bupati, Senin (4/9).", {"ikrar", "pakta_integritas"}),
    # told as done before or still to come by the verb after it
    ("\"Sosialisasi netralitas ASN sudah kami lakukan pekan lalu bersama perwakilan tiap "
     "desa,\" kata Ketua Bawaslu.", set()),
    ("Sosialisasi netralitas ASN sudah dilakukan pada Senin (12/8) di aula kecamatan.",
     {"sosialisasi"}),
    ("Begitu peraturan bupati itu terbit, sosialisasi akan lebih gencar dilakukan.", set()),
    ("Sosialisasi netralitas ASN akan digelar di aula kantor bupati pada Senin (12/8).",
     {"sosialisasi"}),
    # a list of means ("mencakup")
    ("Langkah tersebut mencakup kesiapan logistik, sosialisasi kepada masyarakat, serta "
     "koordinasi antarunit kerja.", set()),
    # a gathering at many places, told by a reduplicated plural: a drive, not one occasion
    ("Bawaslu melakukan sosialisasi netralitas ASN ke desa-desa di Kecamatan Sukamaju.", set()),
    ("Bawaslu menggelar sosialisasi netralitas ASN bertempat di aula kantor camat, Kamis (12/9).",
     {"sosialisasi"}),
    ("Pemkab Sukamaju menggelar apel netralitas ASN di Alun-alun Sukamaju, Senin (7/10).",
     {"apel"}),
    ("Tim satgas melakukan sosialisasi netralitas ASN ke rumah-rumah warga.", set()),
    # a day that recurs: a routine, not this occasion
    ("\"Setiap hari Senin kita bacakan ikrar netralitas saat apel itu,\" kata Sekda.", set()),
    ("Tiap Senin pagi ASN membacakan ikrar netralitas dalam apel.", set()),
    ("Pada hari Senin (4/11/2024) ASN membacakan ikrar netralitas dalam apel gabungan.",
     {"ikrar", "apel"}),
    # "ini" of the topic, not of the gathering: the step told as done before
    ("Sekda menyebut Pemprov sudah berikrar tentang netralitas ini.", set()),
    ("Sekda menyebut ASN sudah berikrar di acara ini.", {"ikrar"}),
    # told since long before
    ("Pencegahan yang kami lakukan sejak awal yang kemudian diikuti penandatanganan pakta "
     "integritas tiap ASN membuat Pemilu 2024 aman.", set()),
    ("Sejak pukul 08.00 para ASN berkumpul untuk penandatanganan pakta integritas, Senin "
     "(4/11/2024).", {"pakta_integritas"}),
    # background the reader is told to know
    ("Diketahui, Bawaslu menyatakan seorang ASN berinisial AB terbukti melanggar netralitas.",
     set()),
    ("Sebagaimana diketahui, Bawaslu Sukamaju menggelar apel siaga pengawasan netralitas ASN.",
     set()),
    ("Bawaslu menyatakan seorang ASN berinisial AB terbukti melanggar netralitas, Senin "
     "(7/10/2024).", {"pelanggaran"}),
    # an earlier election named by its office: its cases are background
    ("Bawaslu mengingatkan ASN netral dalam Pilkada 2024. Pada Pilgub Sumbar 2020, Bawaslu "
     "menemukan 12 ASN yang tidak netral.", {"imbauan"}),
    ("ASN wajib netral pada Pilkada 2024. Dalam Pilwalkot Sukamaju 2018 tercatat tujuh ASN "
     "terbukti melanggar.", {"imbauan"}),
    ("Dalam Pilbup Sukamaju 2024, Bawaslu menemukan 12 ASN yang tidak netral.",
     {"pelanggaran"}),
    # the cases of the last legislative election ("Pilcaleg lalu"), against this one's
    ("Saat Pilcaleg lalu, Bawaslu Sukamaju memproses dan melaporkan lima ASN karena dugaan "
     "pelanggaran netralitas.", set()),
    ("Bawaslu Sukamaju memproses dan melaporkan lima ASN karena dugaan pelanggaran "
     "netralitas.", {"pelanggaran"}),
    # a lesson drawn from before
    ("Belajar dari Pilkada lalu, Bawaslu banyak menemukan ASN yang tidak netral.", set()),
    ("Berkaca pada pilkada sebelumnya, banyak kepala desa terbukti melanggar netralitas.",
     set()),
    ("Belajar dari Pilbup Sukamaju 2020, Bawaslu banyak menemukan ASN yang tidak netral.",
     set()),
    ("Berkaca pada kasus di Kecamatan Sukamaju, ditemukan dua kepala desa yang berkampanye.",
     set()),
    ("Bawaslu menemukan pelanggaran netralitas oleh dua kepala desa, Senin (4/11/2024).",
     {"pelanggaran"}),
    # an election named as past: its cases are background
    ("ASN wajib netral di Pilkada 2024. Pada Pileg kemarin, Bawaslu menemukan lima ASN yang "
     "tidak netral.", {"imbauan"}),
    ("ASN wajib netral di Pilkada 2024. Saat pemilihan legislatif kemarin tercatat tiga ASN "
     "terbukti melanggar netralitas.", {"imbauan"}),
    ("ASN wajib netral di Pilkada 2024. Dalam Pemilu silam, Bawaslu menemukan lima ASN yang "
     "tidak netral.", {"imbauan"}),
    # the general election of a year both are held came first: background to its Pilkada
    ("Bawaslu menggelar deklarasi netralitas ASN untuk Pilkada 2024. Pada Pemilu 2024, Bawaslu "
     "menemukan dua ASN yang tidak netral.", {"ikrar"}),
    ("Bawaslu menggelar deklarasi netralitas ASN untuk Pilkada 2024. Pada Pilkada 2024 ini, "
     "Bawaslu menemukan dua ASN yang tidak netral.", {"ikrar", "pelanggaran"}),
    ("Jelang Pemilu dan Pilkada 2024, Bawaslu menemukan dua ASN yang tidak netral.",
     {"pelanggaran"}),
    ("Pada Pemilu 2024, Bawaslu menemukan dua ASN yang tidak netral.", {"pelanggaran"}),
]

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a case that happened once, given as an example: not this occasion's (one who once was
    # something, handled now, is)
    ("Bawaslu Sukamaju mengingatkan ASN agar netral pada Pilkada 2024. \"Di sini pernah terjadi "
     "kasus begitu, seorang guru diproses Panwaslu,\" ujarnya.", {"imbauan"}),
    ("Bawaslu Sukamaju mengingatkan ASN agar netral pada Pilkada 2024. \"Kami pernah menemukan "
     "kasus semacam itu, dua kepala sekolah diproses karena tidak netral,\" ujarnya.",
     {"imbauan"}),
    ("Seorang camat yang pernah menjadi tim sukses diproses Bawaslu Sukamaju karena tidak netral "
     "pada Pilkada 2024.", {"pelanggaran"}),
    ("Bawaslu Sukamaju mengingatkan ASN agar netral pada Pilkada 2024. Sejak tahapan dimulai, "
     "Bawaslu sudah pernah menemukan 3 kasus netralitas ASN.", {"imbauan", "pelanggaran"}),
    # a bare count right after an earlier election's: that election's tally; one with a time
    # of its own is not
    ("Ketua Bawaslu Sukamaju mengingatkan ASN agar netral menjelang Pilkada 2024. Ia menyebut, "
     "pada Pilkada 2018 masih ada pegawai yang terlibat kasus netralitas.\nMenurutnya, tercatat "
     "ada 31 kasus yang menyeret 64 pegawai.", {"imbauan"}),
    ("Ketua Bawaslu Sukamaju mengingatkan ASN agar netral menjelang Pilkada 2024. Ia menyebut, "
     "pada Pilkada 2018 masih ada pegawai yang terlibat kasus netralitas.\nTahun ini, tercatat "
     "ada 5 kasus netralitas ASN yang sedang diproses.", {"imbauan", "pelanggaran"}),
    # civil servants counted, spelled out: the earlier election's tally goes on
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas ASN untuk Pilkada 2024 di aula kantor "
     "bupati. Pada Pemilu 2019, pelanggaran netralitas banyak terjadi di daerah ini. Tercatat "
     "ada 8 aparatur sipil negara terindikasi tidak netral.", {"sosialisasi"}),
    # the national watchdog's tally, and a count going on from it ("yakni 52 kasus"): national
    # statistics; a regional watchdog's tally is not
    ("Panwaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati. Pelanggaran "
     "netralitas yang tercatat di Bawaslu RI selama Pemilu 2024 mencapai 300 laporan. "
     "Pelanggaran terbanyak ada di Provinsi Sukamaju, yakni 52 kasus.", {"sosialisasi"}),
    ("Panwaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati. Pelanggaran "
     "netralitas yang tercatat di Bawaslu Sukamaju selama Pemilu 2024 mencapai 12 laporan.",
     {"sosialisasi", "pelanggaran"}),
    # a count with a place of its own after the national tally is that region's
    ("Panwaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati. Pelanggaran "
     "netralitas yang tercatat di Bawaslu RI selama Pemilu 2024 mencapai 300 laporan. Di "
     "Kabupaten Sukamaju sendiri tercatat ada 3 kasus yang ditangani Panwaslu.",
     {"sosialisasi", "pelanggaran"}),
    # a gathering cited as done to back a point ("Apalagi ... telah ..."): this occasion only
    # when the article reports no other gathering
    ("Sekda Sukamaju kembali berpesan kepada pegawai ketika para camat meneken pakta integritas "
     "netralitas di aula kantor wali kota. Apalagi pekan ini telah dilaksanakan deklarasi "
     "netralitas ASN yang dipimpin Wali Kota.", {"imbauan", "pakta_integritas"}),
    ("Apalagi pekan ini telah dilaksanakan deklarasi netralitas ASN yang dipimpin Wali Kota "
     "Sukamaju.", {"ikrar"}),
    # a step told done in indirect speech, no day: background of the statement
    ("Bupati Sukamaju Rahmat Hidayat meminta ASN menjaga netralitas. Ia menjelaskan seluruh ASN "
     "Pemkab Sukamaju telah menandatangani ikrar netralitas.", {"imbauan"}),
    ("Wali Kota meminta ASN tetap netral. Menurutnya, Pemkot Sukamaju telah melaksanakan "
     "sosialisasi netralitas ASN ke tiga kecamatan.", {"imbauan"}),
    ("Sekda Sukamaju meminta ASN netral. Ia mengaku telah memberikan arahan kepada seluruh ASN.",
     {"imbauan"}),
    ("Kepala BKD mengatakan ASN di lingkungan Pemkab sudah membacakan ikrar netralitas pegawai "
     "dan menandatangani pakta integritas bersama.", set()),
    # the same step told with a day, or by the narrator: this occasion
    ("Ia menjelaskan seluruh ASN Pemkab Sukamaju telah menandatangani ikrar netralitas pada "
     "Senin (4/3/2024) di halaman kantor bupati.", {"ikrar"}),
    ("Pemkab Sukamaju telah menggelar sosialisasi netralitas ASN di aula kantor bupati, Senin "
     "(4/3/2024).", {"sosialisasi"}),
    ("Seluruh ASN Pemkot Sukamaju telah membacakan ikrar netralitas ASN di halaman balai kota.",
     {"ikrar"}),
    # a gathering pointed at ("itu", "tersebut") in a sentence told in the future: still to come
    ("Bawaslu Sukamaju menemukan dua ASN tidak netral. Namun, agenda sosialisasi itu akan "
     "diperluas di masa kampanye.", {"pelanggaran"}),
    ("Bawaslu Sukamaju menemukan dua ASN tidak netral. Dalam sosialisasi tersebut, Bawaslu akan "
     "menyasar guru dan tenaga kesehatan.", {"pelanggaran"}),
    ("Bawaslu Sukamaju menemukan dua ASN tidak netral. Bawaslu akan menekankan aturan kampanye "
     "dalam sosialisasi itu.", {"pelanggaran"}),
    # ... and told as held
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati. Dalam "
     "sosialisasi itu, Ketua Bawaslu meminta ASN netral.", {"sosialisasi", "imbauan"}),
    # a sentence opening on an example of the body's work
    ("Bawaslu meminta ASN netral. Seperti sosialisasi ke pegawai soal netralitas, ucapnya.",
     {"imbauan"}),
    ("Bawaslu meminta ASN netral. Misalnya dengan sosialisasi netralitas di tiap dinas.",
     {"imbauan"}),
    # a gathering one will attend: still to come; one a statement was made at: this occasion
    ("Bawaslu meminta ASN netral. Bawaslu akan hadir dalam sosialisasi netralitas ASN.",
     {"imbauan"}),
    ("Ketua Bawaslu meminta ASN netral, kata dia dalam sosialisasi netralitas ASN di aula "
     "kantor bupati.", {"imbauan", "sosialisasi"}),
    # a briefing in a future told a few clauses before it: none held yet
    ("Wali kota menyebut Pemkot bersama TNI-Polri akan memperkuat pemetaan kerawanan dan "
     "membantu KPU, Bawaslu dalam melakukan sosialisasi netralitas ASN.", set()),
    ("Gubernur mengatakan Pemprov bersama Bawaslu telah melakukan sosialisasi netralitas ASN "
     "di aula kantor gubernur, Senin (4/9).", {"sosialisasi"}),
    # one of the body's steps named as its means ("langkahnya"), dated by the statement only,
    # and the kind then named bare to say what it is for
    ("\"Salah satu langkahnya adalah melalui sosialisasi bersama Bawaslu,\" terang Kepala BKD, "
     "Kamis (7/11/2024). Sosialisasi bertujuan memberikan pemahaman kepada ASN soal netralitas.",
     set()),
    ("Bawaslu menggelar sosialisasi netralitas ASN di aula kantor bupati, Senin (4/11/2024). "
     "Sosialisasi bertujuan memberikan pemahaman kepada ASN.", {"sosialisasi"}),
    ("Salah satu langkahnya yakni menggelar sosialisasi netralitas ASN di aula kantor bupati, "
     "Senin (7/10/2024), yang diikuti 200 ASN.", {"sosialisasi"}),
    # a briefing as the means of an effort kept up
    ("\"Kami terus melakukan upaya pencegahan bersama Setda melalui sosialisasi kepada ASN,\" "
     "kata anggota Bawaslu Sukamaju.", set()),
    # a case pointed back at a time told before
    ("\"Dulu juga pernah terjadi, bahkan diproses oleh Panwaslu kala itu, seorang guru PNS "
     "ikut menyusun materi kampanye calon,\" katanya.", set()),
    ("\"Seorang guru PNS ikut menyusun materi kampanye calon dan kini diproses oleh Bawaslu,\" "
     "katanya, Selasa (23/7).", {"pelanggaran"}),
    # a report told as the time of another step
    ("Ia menuturkan, apel itu sudah direncanakan sejak awal bulan sebelum muncul laporan "
     "adanya seorang ASN kelurahan yang terindikasi tidak netral.", set()),
    ("Ia menuturkan, Panwaslu menerima laporan adanya seorang ASN kelurahan yang terindikasi "
     "tidak netral, Rabu (7/8).", {"pelanggaran"}),
    # the purpose of another gathering
    ("Menurut Asisten I, pengucapan ikrar netralitas itu dalam rangka pembinaan pegawai "
     "supaya tidak berpihak kepada calon mana pun.", {"ikrar"}),
    ("Menurut Asisten I, dalam pembinaan pegawai di aula kantor bupati itu, ia meminta agar "
     "pegawai tidak berpihak.", {"sosialisasi"}),
    # a programme set: its gatherings still to come
    ("\"Ke depan perlu pembekalan bagi pegawai. Kami sudah punya program untuk menggelar "
     "sosialisasi netralitas kepada pegawai di Kecamatan Sukamaju,\" kata Ketua Panwaslu.",
     set()),
    ("Panwaslu menggelar sosialisasi netralitas kepada pegawai di aula kecamatan, Selasa "
     "(3/9).", {"sosialisasi"}),
    # a case of an election still to come
    ("Dinas Kepegawaian berkoordinasi dengan Panwaslu dalam menindak temuan ketidaknetralan "
     "pegawai Sukamaju pada Pilkada 2029 nanti.", set()),
    ("Panwaslu Sukamaju mencatat temuan ketidaknetralan pegawai pada Pilkada 2029, Senin "
     "(4/3).", {"pelanggaran"}),
    # others asked to help with a briefing
    ("Ketua Panwaslu juga meminta kepada para camat untuk membantu dalam sosialisasi netralitas "
     "pegawai di wilayahnya.", {"imbauan"}),
    ("Ketua Panwaslu menggelar sosialisasi netralitas pegawai bersama para camat di aula "
     "kecamatan, Kamis (7/3).", {"sosialisasi"}),
    # a step ticked off as done
    ("“Surat edaran sudah kami kirim, sosialisasi ke desa di Sukamaju juga sudah,” kata "
     "Kepala Dinas.", {"imbauan"}),
    # a count of people going on from the tally before it, in the place that tally names
    ("Pada Pilkada lalu, Panwaslu Sukamaju mencatat daerah itu berada di urutan kelima secara "
     "nasional untuk ketidaknetralan pegawai. Setidaknya ada sekitar 12 ASN di Sukamaju "
     "terbukti melanggar dan sudah diteruskan ke KASN.", set()),
    ("Berdasarkan data KASN, Jatimulya termasuk lima besar daerah dengan kasus netralitas "
     "terbanyak. Ada 15 pegawai di Jatimulya terbukti berpihak dan telah direkomendasikan ke "
     "KASN.", set()),
    # (a place or a time of its own: this occasion's count)
    ("Pada Pilkada lalu, Panwaslu Sukamaju mencatat daerah itu berada di urutan kelima secara "
     "nasional untuk ketidaknetralan pegawai. Setidaknya ada sekitar 12 ASN di Jatimulya "
     "terbukti melanggar dan sudah diteruskan ke KASN.", {"pelanggaran"}),
    ("Pada Pilkada lalu, Panwaslu Sukamaju mencatat daerah itu berada di urutan kelima secara "
     "nasional untuk ketidaknetralan pegawai. Saat ini ada sekitar 12 ASN di Sukamaju "
     "terbukti melanggar dan sudah diteruskan ke KASN.", {"pelanggaran"}),
]


# an article of one election citing a circular whose subject names a later one
ARTICLE = ("Ketua Bawaslu Sukamaju mengatakan pihaknya sudah memproses 12 kasus dugaan "
           "ketidaknetralan ASN pada Pilkada 2018.\n"
           "Sekda Sukamaju menyebut Surat Edaran Menteri Nomor B/12/M.SM.00.00/2017 tentang "
           "Netralitas Pegawai pada Pilkada 2018 serta Pemilihan Presiden dan Pemilu Legislatif "
           "2019.\n")


def test_a_documents_subject_does_not_make_the_articles_election_an_earlier_one():
    assert occasion_election_rank(ARTICLE) == 2018 * 2 + 1  # Pilkada 2018, not Pilpres 2019
    assert "pelanggaran" in activities(ARTICLE)
    assert occasion_election_rank("Pilkada 2018 usai; kini tentang Pemilu 2019.") == 2019 * 2


@pytest.mark.parametrize("voting", ["pilkada serentak, 27 November 2024 mendatang",
                                    "pilkada serentak 9 Desember mendatang"])
def test_cases_of_an_election_before_the_voting_day_named_are_background(voting):
    # the text names its own election by its voting day only; an earlier one with its year
    text = (f"Bupati Sukamaju mengingatkan ASN agar netral menjelang {voting}, Senin (2/9). "
            "Pada Pemilu 2014, Bawaslu setempat mencatat lima kasus pelanggaran netralitas ASN, "
            "dan dua di antaranya dijatuhi sanksi disiplin.")
    assert activities(text) == ("imbauan",)


def test_cases_of_the_voting_day_s_own_election_are_not_background():
    # "Pilkada 2015" is one of 9 December's elections: the text's own, its cases this report's
    text = ("Bupati Sukamaju mengingatkan ASN agar netral menjelang pilkada serentak 9 Desember "
            "mendatang, Senin (2/9). Pada Pilkada 2015 ini, Bawaslu setempat sudah mencatat lima "
            "kasus pelanggaran netralitas ASN.")
    assert "pelanggaran" in activities(text)


def test_cases_of_an_election_years_before_the_texts_dates_are_background():
    # the text names no election of its own, but its full dates are ten years on
    text = ("Wali Kota Sukamaju menyaksikan pembacaan ikrar netralitas ASN, Selasa (24/9/2024). "
            "Pada Pemilu 2014, Bawaslu setempat mencatat lima kasus pelanggaran netralitas ASN, "
            "dan dua di antaranya dijatuhi sanksi disiplin.")
    assert activities(text) == ("ikrar",)


def test_a_sanction_reported_two_years_after_its_election_is_this_reports():
    # a decision reported late (Pilkada 2020's case, sanctioned in 2022) is not background
    text = ("BKN menjatuhkan sanksi disiplin kepada seorang camat yang terbukti tidak netral pada "
            "Pilkada 2020, kata Kepala BKN Regional Sukamaju, Senin (14/3/2022).")
    assert "sanksi" in activities(text)


@pytest.mark.parametrize(("url", "published", "kept"), [
    # the page's own time (its URL's or its stated date): ten years after the election named
    ("https://contoh.id/2024/09/24/ikrar-asn.html", None, False),
    ("https://contoh.id/berita/ikrar-asn", datetime(2024, 9, 24, 10, tzinfo=WIB), False),
    # no time at all: nothing tells the election named from the text's own
    ("https://contoh.id/berita/ikrar-asn", None, True),
])
def test_cases_of_an_election_years_before_the_pages_time_are_background(url, published, kept):
    text = ("Wali Kota Sukamaju menyaksikan pembacaan ikrar netralitas ASN, Selasa (24/9).\n"
            "Pada Pemilu 2014, Bawaslu setempat mencatat lima kasus pelanggaran netralitas ASN, "
            "dan dua di antaranya dijatuhi sanksi disiplin.\n")
    (event,) = extract_events(canonical_url=url, title="Ikrar Netralitas ASN", text=text,
                              dateline=None, published_at=published, timezone="Asia/Jakarta")
    assert ("pelanggaran" in event.activities) is kept
    assert "ikrar" in event.activities


@pytest.mark.parametrize(("url", "published"), [
    ("https://contoh.id/2022/03/14/sanksi-asn.html", None),
    ("https://contoh.id/berita/sanksi-asn", datetime(2022, 3, 14, 10, tzinfo=WIB)),
])
def test_a_date_after_the_pages_year_does_not_date_the_text(url, published):
    # the page is of 2022, two years after its election; the sanction's end (2025) is to come
    text = ("BKN menjatuhkan sanksi disiplin kepada seorang camat yang terbukti tidak netral pada "
            "Pilkada 2020, kata Kepala BKN Regional Sukamaju, Senin (14/3/2022). Sanksi penundaan "
            "kenaikan pangkat itu berlaku hingga 14 Maret 2025.\n")
    (event,) = extract_events(canonical_url=url, title="Camat Tidak Netral Disanksi", text=text,
                              dateline=None, published_at=published, timezone="Asia/Jakarta")
    assert "sanksi" in event.activities


def test_a_day_of_something_else_after_an_election_word_is_no_voting_day():
    # an inauguration's day, not a vote to come: Pilkada 2018 stays the text's own election
    text = ("Bawaslu Sukamaju mencatat 12 pelanggaran netralitas ASN selama Pilkada 2018. "
            "Pelantikan bupati hasil pemilihan itu dijadwalkan 9 Desember.")
    assert activities(text) == ("pelanggaran",)
