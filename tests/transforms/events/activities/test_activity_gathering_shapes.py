"""Gatherings by the shape of their sentence: a meeting held with the verb "menghelat", a
campaign event on neutrality ("kampanye daring Gerakan Netralitas ...", a public campaign
themed on it), an assembly held together with a pledge or a signing told before it, a
coordination meeting on neutrality
("melakukan koordinasi dengan BKN membahas ... netralitas"); and none where the sentence tells no
gathering of this occasion: a lecture a statement was "diutarakan" after (a speech verb like
"disampaikan": the lecture another matter's unless named on neutrality), an effort kept up
("aktif sosialisasi"), a briefing an appeal asks its audience to give ("diimbau untuk
sosialisasi"). Invented sentences; each shape paired with its look-alike."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

KIND_CASES = [
    # a meeting held ("menghelat", "helat"), on neutrality by its sentence
    ("Bawaslu Kota Rantau helat rapat dengan Tim Kerja (Timja) Netralitas ASN di aula kantor.",
     {"sosialisasi"}),
    ("Pemkab Rantau menghelat rapat evaluasi anggaran daerah di aula kantor bupati.", set()),
    # a campaign event on neutrality, not the election campaign
    ("Hal itu dikatakan Kepala BKN Wahyu Adi dalam kampanye daring Gerakan Netralitas ASN, "
     "Kamis (2/7).", {"sosialisasi"}),
    ("Selama masa kampanye netralitas ASN harus dijaga oleh seluruh kepala dinas.", set()),
    # an assembly held together with a signing told before it
    ("Penandatanganan pakta integritas itu digelar di halaman rutan bersamaan dengan "
     "pelaksanaan apel.", {"pakta_integritas", "apel"}),
    ("Latihan evakuasi itu digelar di halaman rutan bersamaan dengan pelaksanaan apel.", set()),
    # a statement made after a lecture ("diutarakan ... usai"): the lecture's name is not on
    # neutrality, another matter's
    ("Pernyataan itu diutarakan Ketua Bawaslu Sulteng, Amir Lubis, usai acara kuliah umum di "
     "kampus Untad, Selasa (2/4).", set()),
    ("Pernyataan itu diutarakan Ketua Bawaslu Sulteng, Amir Lubis, usai acara kuliah umum "
     "tentang netralitas ASN di kampus Untad, Selasa (2/4).", {"sosialisasi"}),
    # an effort kept up, not an occasion
    ("Jelang Pilkada, Kominfo Kota Serang Aktif Sosialisasikan Larangan Politik Praktis bagi "
     "Pegawai", set()),
    ("Jelang Pilkada, Kominfo Kota Serang menggelar sosialisasi larangan politik praktis bagi "
     "pegawai di aula, Senin (3/4).", {"sosialisasi"}),
    # a briefing an appeal asks of its audience
    ("Para camat, lurah hingga ketua RW dihimbau untuk sosialisasi agar warga datang ke TPS.",
     set()),
    ("Bupati menghimbau peserta sosialisasi netralitas ASN di aula kantor bupati untuk menjaga "
     "sikap, Senin (4/3).", {"sosialisasi"}),
    # a coordination meeting with another body on neutrality ("melakukan koordinasi ke/dengan
    # ... membahas/terkait ... netralitas"): a briefing of the taxonomy
    ("Panwaslu Sukamaju melakukan koordinasi dengan Kanreg BKN di Medan membahas tindak lanjut "
     "dugaan ketidaknetralan pegawai, Selasa (5/3).", {"sosialisasi"}),
    ("Inspektorat Sukamaju mengadakan koordinasi bersama KASN terkait netralitas aparatur "
     "menjelang pilkada, Kamis (2/5).", {"sosialisasi"}),
    # (coordinating as a way to watch, a meeting on another topic, one still to come: none)
    ("Panwaslu berkoordinasi dengan Dinas Kepegawaian guna memantau netralitas guru.", set()),
    ("Panwaslu melakukan koordinasi dengan KPU terkait logistik, sementara netralitas pegawai "
     "dibahas lain waktu.", set()),
    ("Panwaslu akan melakukan koordinasi dengan BKN membahas netralitas pegawai.", set()),
    # a public campaign whose theme is neutrality: a socialisation by another name
    ("Kementerian menggelar kampanye publik netralitas ASN di alun-alun kota, Minggu "
     "(3/3/2024).", {"sosialisasi"}),
    ("Sekda berbicara pada acara kampanye publik bertajuk \"Pegawai Netral, Pelayanan Prima\" "
     "di taman kota, Minggu (3/3/2024).", {"sosialisasi"}),
    ("Gubernur membuka kampanye sosial soal pegawai netral di lapangan Merdeka, Minggu "
     "(3/3/2024).", {"sosialisasi"}),
    # (a candidate's campaign, the campaign period, or an offence at one)
    ("Tim pemenangan menggelar kampanye publik di lapangan, Minggu (3/3/2024).", set()),
    ("Selama masa kampanye publik, netralitas ASN harus dijaga.", set()),
    ("Dalam kampanye publik kemarin ada pegawai yang tidak netral.", set()),
    # an assembly the speaker led, its amanat on neutrality later in the paragraph: held on
    # it; one named for another matter, or whose paragraph names no neutrality, is not
    ("Kepala Rutan Agam, Rudi Hartono, memimpin apel Senin pagi (25/11). Apel di halaman Rutan "
     "itu diikuti pegawai staf.Dalam amanatnya, ia mengingatkan seluruh ASN untuk tetap menjaga "
     "netralitas menjelang Pilkada 2024.", {"apel", "imbauan"}),
    ("Kapolres Agam, Rudi Hartono, memimpin apel siaga pengamanan pagi ini. Dalam amanatnya, ia "
     "meminta personel menjaga netralitas Polri dalam Pilkada 2024.", {"imbauan"}),
    ("Kepala Rutan Agam, Rudi Hartono, memimpin apel Senin pagi (25/11). Dalam amanatnya, ia "
     "meminta pegawai menjaga kebersihan rutan.", {"imbauan"}),
]
