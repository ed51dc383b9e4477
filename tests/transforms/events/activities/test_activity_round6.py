"""Activity rules of round 6: an election named by its office ("Pilgub Sumbar 2020", "Pilbup",
"Pilwalkot") dates a case like "Pilkada 2020" does, so the cases of an earlier one are
background; a lesson drawn from before ("Belajar dari ...", "Berkaca pada ...") is background.
A sanction is decided also when its giving is told as done ("sudah ditindaklanjuti PPK dengan
penjatuhan sanksi"), when it was given to people counted or pointed at ("sanksi yang
dijatuhkan kepada 12 ASN itu"), when a recommendation was acted on by the superior who decides
("rekomendasinya telah ditindaklanjuti PPK"), and after a recommendation in a clause of
its own ("..., bahkan sudah ada yang diberikan sanksi"). "ASN yang terindikasi/diduga tidak
netral" is whoever is suspected (a duty's or an appeal's object), not a case found, unless the
people are counted ("jumlah ASN yang diduga ...", "tiga ASN yang ..."). A capitalised phrase
after a name's bracketed acronym ("Badan Kepegawaian (BK) dan Diklat") is part of the name. A
briefing of an election contestant ("peserta pemilu", "timses") is a candidate's event, but a
campaign for neutrality ("kampanye netralitas ASN") is no candidate's. A pledge whose content
is kept ("menjaga amanat dari deklarasi ...", "mengamalkan isi ikrar") is a commitment held up,
not a pledge read. An election offence proven or suspected ("terbukti melakukan tindak pidana
pemilu") is a case. A meeting held online ("zoom meeting", "rapat virtual", "video
conference") is a meeting, on neutrality when its sentence says so. A gathering named for a
peaceful or successful election ("talkshow Sukses Pilkada Damai") is on the election, not on
neutrality. Reports received ("sudah menerima laporan(nya) terkait netralitas ASN") are a case
when told as done, but not a body open to receive them or whose task it is ("terbuka untuk
menerima laporan", "tugasnya menerima aduan"), nor none received ("belum menerima laporan").
Monitoring said of a body with no day, concrete act or object, visit, team set up, step-up or
completion ("Inspektorat memantau secara khusus netralitas ASN", "sedang melakukan
pengawasan") is the body's work described, not an activity reported. "tidak netralnya" is
"tidak netral" inflected.
Invented sentences; each pattern varied and paired with a positive."""

import pytest

from transforms.events.activities.classify import activities

CASES = [
    # an earlier election named by its office: its cases are background
    ("Bawaslu mengingatkan ASN netral dalam Pilkada 2024. Pada Pilgub Sumbar 2020, Bawaslu "
     "menemukan 12 ASN yang tidak netral.", {"imbauan"}),
    ("ASN wajib netral pada Pilkada 2024. Dalam Pilwalkot Sukamaju 2018 tercatat tujuh ASN "
     "terbukti melanggar.", {"imbauan"}),
    ("Dalam Pilbup Sukamaju 2024, Bawaslu menemukan 12 ASN yang tidak netral.",
     {"pelanggaran"}),
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
    # a phrase within a name, after the name's acronym in brackets
    ("Deklarasi netralitas ASN untuk Pilkada 2024 digelar di Aula Badan Kepegawaian (BK) dan "
     "Diklat Kabupaten Sukamaju, Kamis (15/10/2024).", {"ikrar"}),
    ("Diklat netralitas ASN digelar Badan Kepegawaian Daerah (BKD) di aula, Senin (7/10/2024).",
     {"bimtek"}),
    # a contestant's briefing: what the civil servants did wrong, not a briefing held for them
    ("Caranya, beberapa guru ASN menghadiri pembekalan saksi peserta pemilu di rumah makan.",
     set()),
    ("Sejumlah guru PNS hadir dalam sosialisasi program timses salah satu pasangan.", set()),
    ("Bawaslu menggelar sarasehan netralitas ASN dan peserta pemilu di aula, Senin (4/11/2024).",
     {"sosialisasi"}),
    # a meeting held online
    ("Kegiatan zoom meeting netralitas ASN diikuti Asisten I di ruang rapat, Rabu (6/11/2024).",
     {"sosialisasi"}),
    ("Bupati memimpin rapat virtual netralitas ASN bersama para camat, Senin (4/11/2024).",
     {"sosialisasi"}),
    ("Sekda mengikuti video conference tentang netralitas ASN dari ruang kerjanya.",
     {"sosialisasi"}),
    ("Bupati memimpin rapat virtual penanganan banjir bersama para camat, Senin (4/11/2024).",
     set()),
    # a gathering named for a peaceful election: not on neutrality
    ("\"ASN harus netral,\" ujarnya dalam talkshow Sukses Pilkada Damai 2024 di gedung Sukamaju, "
     "Sabtu (23/11/2024).", {"imbauan"}),
    ("Bawaslu menggelar seminar Pemilu Damai bagi ASN di aula, Senin (4/11/2024).", set()),
    ("\"ASN harus netral,\" katanya saat talkshow netralitas ASN menuju Pilkada Damai di hotel "
     "Sukamaju, Sabtu (23/11/2024).", {"imbauan", "sosialisasi"}),
    # monitoring only described: the body's work
    ("Inspektorat Kota Sukamaju memantau secara khusus netralitas ASN menjelang Pilkada 2024.",
     set()),
    ("Tim kami sedang melakukan pengawasan atas netralitas ASN menjelang pemungutan suara.",
     set()),
    ("Pengawasan ini dilakukan oleh Bawaslu yang akan meneruskannya ke BKN.", set()),
    # ... unlike monitoring with a day, an object, a visit, a team set up, or stepped up
    ("Inspektorat memantau akun media sosial ASN menjelang Pilkada 2024.", {"pengawasan"}),
    ("Bawaslu melakukan pengawasan netralitas ASN ke kantor kecamatan, Senin (4/11/2024).",
     {"pengawasan"}),
    ("Tim gabungan memantau netralitas ASN di 15 kecamatan.", {"pengawasan"}),
    ("Pemkot membentuk satgas pengawasan netralitas ASN untuk Pilkada 2024.", {"pengawasan"}),
    ("Pemkab Sukamaju membentuk pokja pengawasan netralitas ASN di tiap kecamatan.",
     {"pengawasan"}),
    ("Bawaslu terus meningkatkan pengawasan netralitas ASN menjelang Pilkada 2024.",
     {"pengawasan"}),
    ("Bawaslu telah melakukan pengawasan netralitas ASN di seluruh kecamatan.",
     {"pengawasan"}),
    # the inflected "tidak netralnya"
    ("Bawaslu menangani laporan soal tidak netralnya 14 kades di Kecamatan Sukamaju.",
     {"pelanggaran"}),
    ("Soal tidak netralnya ASN, Bupati meminta semua pihak melapor ke Bawaslu.", {"imbauan"}),
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
    # an election offence proven or suspected
    ("Majelis hakim menyatakan Kades Sukamaju terbukti melakukan tindak pidana pemilu.",
     {"pelanggaran"}),
    ("Camat itu diduga melakukan tindak pidana pemilu karena mengarahkan warga memilih.",
     {"pelanggaran"}),
    ("Kepala desa yang terbukti melakukan tindak pidana pemilihan dapat dipenjara satu tahun.",
     set()),
    ("Jika terbukti melakukan tindak pidana pemilu, kades itu terancam penjara.", set()),
    # a campaign for neutrality is no candidate's
    ("Rapat persiapan kampanye netralitas ASN, Rabu (9/10/2024), dipimpin Kepala BKD di aula.",
     {"sosialisasi"}),
    ("Sekda memimpin rapat persiapan kampanye salah satu pasangan calon.", set()),
    # a pledge's content kept: a commitment held up
    ("Sekda berharap seluruh pegawai menjaga amanat dari deklarasi netralitas ASN.",
     {"imbauan"}),
    ("ASN diminta mengamalkan isi ikrar netralitas dalam Pilkada 2024.", {"imbauan"}),
    ("Seluruh ASN membacakan isi ikrar netralitas di halaman kantor bupati, Senin (7/10/2024).",
     {"ikrar"}),
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
    # a sanction's giving told as done
    ("Sebanyak 40 ASN sudah ditindaklanjuti oleh bupati dengan penjatuhan sanksi disiplin.",
     {"sanksi"}),
    ("Kasus camat itu telah diselesaikan melalui pemberian sanksi teguran tertulis.", {"sanksi"}),
    ("Kasus camat itu akan diselesaikan melalui pemberian sanksi teguran tertulis.", {"imbauan"}),
    # given to people counted or pointed at, not described for whoever
    ("Sanksi yang dijatuhkan kepada 12 ASN di Kabupaten Sukamaju diumumkan Senin (4/11/2024).",
     {"sanksi"}),
    ("Sanksi yang diberikan kepada camat tersebut adalah penundaan kenaikan pangkat.",
     {"sanksi"}),
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
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round6_activities(text, expected):
    assert set(activities(text)) == expected
