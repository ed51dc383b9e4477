"""Activity rules of round 5: a gathering a statement to the press followed ("kata Bupati usai
memimpin apel pengamanan") was another matter's unless its name says it was on neutrality; a
gathering on a day that recurs ("setiap hari Senin") is a routine; "ini" after a topic ("ikrar
tentang netralitas ini") is not the gathering's; a commitment to pledge is no pledge read; a
leadership or coordination meeting is a briefing only when its sentence names neutrality or
the statement was made at it (a meeting with civil servants is on something else too); cases
counted ("puluhan kasus yang masuk terkait netralitas") are cases reported; every word for
"suspected" (diduga, terindikasi, disinyalir, ditengarai, dicurigai) tells a case, also of the
election law's "menguntungkan/merugikan salah satu pasangan calon"; the civil
servants' own declaration ("deklarasi ASN") is a pledge; a gathering told since long before
("sejak awal ... kemudian") is not this occasion's; "(Sebagaimana) diketahui, ..." opens
background; who may decide a sanction ("tidak berwenang memutuskan") is no sanction given; the
spellings "intergritas" and "penanda tanganan" are a signing too, "sangsi" a sanction and
"pelangaran" a violation; a complaint made ("warga melaporkan camat itu ke Bawaslu") and an
election offence charged ("menetapkan kades itu sebagai tersangka") are cases.
Invented sentences; each pattern varied and paired with a positive."""

import pytest

from transforms.events.activities.classify import activities

CASES = [
    # a doorstop after another matter's gathering: only the appeal
    ("\"ASN wajib netral dalam Pilkada 2024,\" kata Bupati Sukamaju usai memimpin apel siaga "
     "bencana di Lapangan Merdeka, Senin (7/10/2024).", {"imbauan"}),
    ("\"ASN wajib netral,\" ujar Gubernur kepada wartawan seusai rapat pimpinan bersama para "
     "kepala OPD di Gedung Negara, Rabu.", {"imbauan"}),
    ("Hal itu diungkapkan Pj Wali Kota usai menghadiri upacara peringatan Hari Pahlawan di "
     "halaman balai kota. Ia meminta ASN tetap netral.", {"imbauan"}),
    # ... unless the gathering's name says it was on neutrality
    ("\"ASN wajib netral,\" kata Bupati Sukamaju usai apel netralitas ASN di halaman kantor "
     "bupati, Senin (7/10/2024).", {"apel", "imbauan"}),
    ("\"Kita jaga bersama,\" ungkapnya usai apel ikrar netralitas ASN di pendopo.",
     {"apel", "ikrar", "imbauan"}),
    ("Pesan itu disampaikan Sekda usai acara sosialisasi netralitas ASN di aula kantor bupati.",
     {"sosialisasi"}),
    # a briefing named as such is on the article's matter unless it names another
    ("\"ASN wajib netral,\" kata Bupati usai sosialisasi di aula kantor camat, Senin.",
     {"sosialisasi", "imbauan"}),
    ("\"ASN wajib netral,\" kata Bupati usai sosialisasi tahapan pilkada di aula kantor camat.",
     {"imbauan"}),
    # a statement made at the gathering itself still counts
    ("\"ASN wajib netral,\" kata Sekda saat memimpin apel pagi di halaman setda.",
     {"apel", "imbauan"}),
    # a day that recurs: a routine, not this occasion
    ("\"Setiap hari Senin kita bacakan ikrar netralitas saat apel itu,\" kata Sekda.", set()),
    ("Tiap Senin pagi ASN membacakan ikrar netralitas dalam apel.", set()),
    ("Pada hari Senin (4/11/2024) ASN membacakan ikrar netralitas dalam apel gabungan.",
     {"ikrar", "apel"}),
    # "ini" of the topic, not of the gathering: the step told as done before
    ("Sekda menyebut Pemprov sudah berikrar tentang netralitas ini.", set()),
    ("Sekda menyebut ASN sudah berikrar di acara ini.", {"ikrar"}),
    # a commitment to pledge
    ("Menurut Sekda, Pemkab berkomitmen untuk berikrar.", set()),
    ("Pemkab Sukamaju menggelar ikrar netralitas ASN di halaman kantor bupati, Senin (4/11/2024).",
     {"ikrar"}),
    # a meeting with the heads of offices on another matter
    ("Dalam rapim tersebut, Gubernur meminta kepala perangkat daerah menjaga daya beli "
     "masyarakat.", {"imbauan"}),
    ("Rakor bersama para camat itu membahas pengendalian inflasi, Kamis (2/11/2023).", set()),
    ("Dalam rapat pimpinan itu, Gubernur meminta kepala OPD menjaga netralitas ASN.",
     {"sosialisasi", "imbauan"}),
    ("Pesan itu disampaikan Bupati dalam rapat koordinasi bersama para camat, Senin.",
     {"sosialisasi"}),
    # cases counted, told with what they are about
    ("Sudah belasan kasus soal netralitas ASN yang diterima Bawaslu Kabupaten Sukamaju.",
     {"pelanggaran"}),
    ("Bawaslu mencatat puluhan kasus soal netralitas kepala desa.", {"pelanggaran"}),
    ("Hingga kini Bawaslu sudah menangani ratusan kasus netralitas ASN.", {"pelanggaran"}),
    ("Belum ada kasus yang masuk terkait netralitas ASN.", set()),
    ("Kasus terkait netralitas ASN kerap terjadi menjelang pilkada.", set()),
    # the words for "suspected"
    ("Seorang camat di Kecamatan Sukamaju disinyalir ikut berkampanye untuk salah satu pasangan "
     "calon.", {"pelanggaran"}),
    ("Dua kepala desa ditengarai hadir dalam kampanye pasangan calon nomor urut 1, Sabtu "
     "(12/10/2024).", {"pelanggaran"}),
    ("Tiga ASN dicurigai mengunggah foto bersama calon bupati di media sosial.", {"pelanggaran"}),
    ("Lima ASN terindikasi memihak salah satu calon dalam Pilkada 2024.", {"pelanggaran"}),
    ("ASN yang ditengarai terlibat kampanye akan dipanggil Bawaslu.", set()),
    ("Jika ada ASN yang dicurigai berkampanye, segera laporkan ke Bawaslu.", set()),
    # the civil servants' own declaration
    ("\"Deklarasi ASN hari ini sejalan dengan aturan,\" ujar Wali Kota saat upacara, Rabu "
     "(15/5/2024).", {"ikrar", "apel"}),
    ("Pemkab Sukamaju menggelar deklarasi para kepala desa di pendopo, Kamis (3/10/2024).",
     {"ikrar"}),
    ("Pemkab Sukamaju menggelar deklarasi ASN anti narkoba di pendopo, Kamis (3/10/2024).",
     set()),
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
    # who may decide a sanction, not one given
    ("Untuk pemberian sanksi itu, BKN tidak berkewenangan memutuskan nasib pegawai yang melanggar.",
     {"imbauan"}),
    ("Pemberian sanksi tersebut menjadi kewenangan pejabat pembina kepegawaian.", {"imbauan"}),
    ("Bupati membenarkan pemberian sanksi kepada tiga ASN itu, Kamis (7/11/2024).",
     {"sanksi"}),
    # the election law's words
    ("Kades Sukamaju divonis tiga bulan penjara karena terbukti menguntungkan salah satu "
     "pasangan calon.", {"sanksi", "pelanggaran"}),
    ("Camat itu diduga merugikan salah satu pasangan calon lewat surat edarannya.",
     {"pelanggaran"}),
    # spelling variants of a signing
    ("Seluruh camat menandatangani pakta intergritas netralitas ASN, Senin (4/11/2024).",
     {"pakta_integritas"}),
    ("Penanda tanganan pakta integritas netralitas ASN digelar di aula, Senin (4/11/2024).",
     {"pakta_integritas"}),
    ("Camat itu dinilai melanggar pakta intergritas yang sudah ditandatangani.", set()),
    # "sangsi", "pelangaran": the misspellings
    ("Bupati telah menjatuhkan sangsi teguran kepada camat tersebut.", {"sanksi"}),
    ("ASN yang tidak netral akan dikenakan sangsi.", {"imbauan"}),
    ("Bawaslu menemukan dugaan pelangaran netralitas oleh tiga ASN.", {"pelanggaran"}),
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
    # "yang terbukti ..." with the sanction told as given: those people, not a rule for whoever
    ("Menurut Bawaslu Sukamaju, ASN yang terbukti memihak salah satu calon telah dijatuhi "
     "teguran tertulis oleh bupati.", {"pelanggaran", "sanksi"}),
    ("Menurut Rahmat, ASN yang kedapatan berkampanye sudah diberikan sanksi teguran tertulis.",
     {"sanksi"}),
    ("ASN yang terbukti memihak salah satu calon akan dijatuhi teguran tertulis oleh bupati.",
     {"imbauan"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round5_activities(text, expected):
    assert set(activities(text)) == expected
