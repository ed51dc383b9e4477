"""Activities: `sosialisasi`, a briefing, talk or coordination meeting on neutrality (LABELS.md),
by its many names; a gathering where the statement was made; against one on another matter,
a candidate's, a party's or a campaign's, voter education, a general election forum, or word
spread asked of others. Invented sentences; each pattern paired with a negative or a
positive."""

import pytest
from activity_tables import LEAD, test_activities, test_activities_exactly, test_activity_kinds  # noqa: F401

# the shared table checks, run over ORDERED, CASES and KIND_CASES below
from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401

from transforms.events.activities.classify import (
    activities,
)

# the values exactly, in their order
ORDERED = [
    # a candidate's gathering in a list of what offending ASN attended
    ("Pelanggaran paling sering berupa guru yang datang ke arisan, sosialisasi, atau jalan "
     "sehat bakal calon.", ()),
    ("Bawaslu menggelar sosialisasi netralitas ASN bagi para camat di aula kantor bupati.",
     ("sosialisasi",)),
    # a meeting held, on neutrality when its sentence names it; one on another matter is none
    ("Dalam rapat yang berlangsung di ruang kerja bupati, Kamis (3/10), Pj Bupati Irawan Saputro "
     "menegaskan ASN harus tetap netral.", ("sosialisasi", "imbauan")),
    ("Saat rapat bersama para camat di aula kantor bupati, Sekda Nur Aini membahas netralitas "
     "ASN.", ("sosialisasi",)),
    ("Dalam rapat yang berlangsung di ruang kerja bupati, Kamis (3/10), Pj Bupati membahas "
     "anggaran pilkada.", ()),
    ("Hal itu disampaikan Menteri saat rapat kerja dengan Komisi II DPR yang membahas evaluasi "
     "tahapan pilkada, Rabu (18/11).", ()),
    ("Hal itu disampaikan Menteri saat rapat kerja dengan Komisi II DPR yang membahas "
     "netralitas ASN, Rabu (18/11).", ("sosialisasi",)),
    # a coordination meeting by its other abbreviations, a gathering of goodwill held
    ("Pemkab Sukamaju menggelar rakornis netralitas ASN di aula kantor bupati, Rabu (9/10).",
     ("sosialisasi",)),
    ("Sekda menggelar silaturahmi dengan para camat membahas netralitas ASN, Jumat (11/10).",
     ("sosialisasi",)),
    ("Kepala desa itu menghadiri silaturahmi pasangan calon di rumah warga.", ()),
    # a speaker's talk, guidance or an occasion named by its topic; a talk at a campaign is none
    ("Hal itu disampaikan Ketua Bawaslu saat menjadi pemateri dalam kegiatan netralitas ASN di "
     "aula kantor camat.", ("sosialisasi",)),
    ("Pemkab Sukamaju menggelar bimbingan netralitas ASN bagi para camat, Selasa (8/10).",
     ("sosialisasi",)),
    ("Sekda memimpin rapat pimpinan yang membahas netralitas ASN di ruang rapat Sekda.",
     ("sosialisasi",)),
    ("Camat itu diduga menjadi pembicara dalam kampanye salah satu paslon.", ()),
    ("Ia menjadi narasumber dalam acara tim pemenangan paslon.", ()),
]

# the values as a set
CASES = [
    # a visit received or an audience on neutrality is a coordination meeting
    ("Bupati Lebong menerima kunjungan Bawaslu yang membahas netralitas ASN, Kamis (5/9).",
     {"sosialisasi"}),
    ("Bawaslu Kota Metro beraudiensi dengan Pj Wali Kota soal netralitas ASN, Senin (2/9).",
     {"sosialisasi"}),
    ("Wali Kota menerima kunjungan kerja Menteri Perhubungan di balai kota, Kamis (5/9).",
     set()),
    # a gathering denied is none held (not "tidak hanya", "tak lupa")
    ("Walau ia tidak memaparkan sanksinya secara detail, Wakil Bupati memastikan ada hukuman "
     "bagi ASN yang tidak netral.", {"imbauan"}),
    ("Pemkab Sukamaju belum pernah menggelar sosialisasi netralitas ASN.", set()),
    # one lacking, named as a cause (under a lead on neutrality)
    ("Netralitas ASN menjadi temuan terbanyak Bawaslu Agam.\n\"Kekurangan sosialisasi bagi "
     "petugas KPPS mungkin menjadi salah satu penyebabnya,\" kata Ketua Bawaslu Agam.", set()),
    ("Bawaslu tidak hanya menggelar sosialisasi netralitas ASN bagi perangkat desa, Kamis "
     "(12/9), tetapi juga patroli.", {"sosialisasi", "pengawasan"}),
    ("Pada kesempatan itu, Bupati tak lupa memberikan arahan kepada para camat soal "
     "netralitas.", {"sosialisasi"}),
    # "pembinaan dan pengawasan": a rule's title, or a gathering held under that name
    ("Pemkab Sukamaju menggelar acara pembinaan dan pengawasan netralitas ASN bagi para lurah "
     "di gedung serbaguna.", {"sosialisasi"}),
    ("Ketentuan itu tercantum dalam petunjuk teknis pembinaan dan pengawasan netralitas ASN.",
     set()),
    # the watchdog's briefing on another topic, unless neutrality is named with it
    ("\"Belum ada aduan,\" ujar anggota Bawaslu seusai membuka acara Sosialisasi Indeks "
     "Kerawanan Pilkada 2024 di sebuah hotel, Rabu (11/9).", set()),
    ("Bawaslu menggelar sosialisasi politik uang dan netralitas ASN di aula kecamatan, Selasa "
     "(17/3).", {"sosialisasi"}),
    # a statement made at an event whose theme names neutrality
    ("\"Dua kasus sudah kami tangani,\" katanya dalam kegiatan Forum Warga Sukamaju dengan tema "
     "Kesiapan Pemilu dan Netralitas ASN di sebuah kafe, Senin (29/1/2024).", {"sosialisasi"}),
    ("\"Dua kasus sudah kami tangani,\" katanya dalam kegiatan Forum Warga Sukamaju dengan tema "
     "Kesiapan Logistik Pemilu di sebuah kafe, Senin (29/1/2024).", set()),
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
    # a meeting with the heads of offices on another matter
    ("Dalam rapim tersebut, Gubernur meminta kepala perangkat daerah menjaga daya beli "
     "masyarakat.", {"imbauan"}),
    ("Rakor bersama para camat itu membahas pengendalian inflasi, Kamis (2/11/2023).", set()),
    # a leaders' meeting where neutrality is stressed: the appeal only (activities.topics)
    ("Dalam rapat pimpinan itu, Gubernur meminta kepala OPD menjaga netralitas ASN.",
     {"imbauan"}),
    (LEAD + "Pesan itu disampaikan Bupati dalam rapat koordinasi bersama para camat, Senin.",
     {"sosialisasi"}),
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
    # a campaign for neutrality is no candidate's
    ("Rapat persiapan kampanye netralitas ASN, Rabu (9/10/2024), dipimpin Kepala BKD di aula.",
     {"sosialisasi"}),
    ("Sekda memimpin rapat persiapan kampanye salah satu pasangan calon.", set()),
    # a plenary or a case review: a body deciding its cases, not a briefing
    ("Bawaslu Sukamaju menggelar rapat pleno terkait temuan pelanggaran netralitas ASN oleh empat "
     "ASN.", {"pelanggaran"}),
    ("Bawaslu menggelar rapat gelar perkara untuk dugaan pelanggaran netralitas ASN.", set()),
    ("Pemkab Sukamaju menggelar rapat koordinasi netralitas ASN bersama Bawaslu di aula kantor "
     "bupati.", {"sosialisasi"}),
    # spreading word asked of others: a directive, not a briefing held
    ("Wali kota meminta para kepala OPD untuk mensosialisasikan aturan netralitas ASN "
     "kepada stafnya.", {"imbauan"}),
    ("Sekda menginstruksikan para camat agar menyosialisasikan larangan itu kepada ASN di "
     "wilayahnya.", {"imbauan"}),
    ("Bawaslu mensosialisasikan netralitas ASN bagi para kepala OPD di aula kantor bupati.",
     {"sosialisasi"}),
    # a gathering someone is accused of: no briefing
    ("Warga melaporkan dugaan pertemuan camat dengan tim sukses, padahal ASN wajib netral.",
     {"imbauan"}),
    ("Pj Bupati Sukamaju diduga mengumpulkan para kepala desa di sebuah hotel untuk "
     "memenangkan calon tertentu, menurut laporan soal netralitas ASN.", {"pelanggaran"}),
    ("Pj Bupati Sukamaju mengumpulkan para kepala desa di aula kantor bupati untuk sosialisasi "
     "netralitas ASN.", {"sosialisasi"}),
    # a gathering's quoted theme says what it is on
    ('ASN harus netral, kata Sekda dalam seminar bertajuk "Merajut Persatuan Menyukseskan '
     'Pilkada" di aula kantor bupati.', {"imbauan"}),
    ('ASN harus netral, kata Sekda dalam dialog "Menjaga Netralitas ASN di Pilkada 2024" di '
     'aula kantor bupati.', {"imbauan", "sosialisasi"}),
    ("Pemkab Sukamaju menggelar sosialisasi dengan tema 'Pegawai Profesional dan Netral' bagi "
     "200 ASN.", {"sosialisasi"}),
]

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a briefing for voters or the public: voter education, unless it names the civil servants
    ("Bawaslu meminta ASN netral. Selain itu, sosialisasi turut menyasar pemilih muda di "
     "kampus.", {"imbauan"}),
    ("Bawaslu meminta ASN netral. Sosialisasi kepada masyarakat tentang hak pilih digelar di "
     "balai desa.", {"imbauan"}),
    ("Bawaslu menggelar sosialisasi bagi warga dan ASN tentang netralitas di aula kantor "
     "bupati.", {"sosialisasi"}),
    # a meeting named "Koordinasi Nasional/Daerah", on neutrality when its sentence says so
    ("Pj Gubernur menegaskan pentingnya netralitas ASN pada Koordinasi Nasional yang digelar "
     "Bawaslu RI di Jakarta, Selasa (17/9/2024).", {"sosialisasi", "imbauan"}),
    ("Bupati menghadiri Koordinasi Daerah persiapan logistik pilkada di aula kantor bupati.",
     set()),
    # a meeting pointed at ("pertemuan ini") in a sentence on neutrality: the one held
    ("Bawaslu mengumpulkan kepala desa di sebuah hotel, Selasa (12/11/2024). Tujuan "
     "pertemuan ini yaitu kesepakatan menjaga netralitas desa selama Pilkada 2024.",
     {"sosialisasi"}),
    ("Para kepala desa diduga mengikuti pertemuan dengan calon bupati. Pertemuan itu membahas "
     "dukungan suara.", set()),
    ("Satgas pembinaan netralitas ASN ini dibentuk wali kota.", set()),
    # a campaign's own socialising ("kampanye sosialisasi"): what ASN must not do
    ("Pegawai wajib menjaga netralitas dan tidak ikut kampanye sosialisasi di media "
     "sosial.", {"imbauan"}),
    ("Bawaslu menggelar kampanye netralitas dan sosialisasi kepada ASN di aula kantor bupati.",
     {"sosialisasi"}),
    # promotional material and campaigning are no briefing
    ("Bakal calon itu terlihat dari banyaknya media sosialisasi luar ruang di jalan-jalan "
     "Sukamaju, kata Kepala BKPSDM yang meminta ASN tetap netral.", {"imbauan"}),
    ("ASN dilarang ikut kampanye atau sosialisasi bakal calon di media sosial.", {"imbauan"}),
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas bagi ASN di aula kantor bupati, Rabu "
     "(4/9).",
     {"sosialisasi"}),
    # a statement made in a speech at a meeting places the meeting
    (LEAD
     + "Imbauan itu disampaikan Sekda Sukamaju Ahmad Fauzi saat menyampaikan sambutan pada Rakor "
     "Sekretaris Daerah di Hotel Melati, Selasa (29/10).", {"imbauan", "sosialisasi"}),
    (LEAD + "Hal itu ditegaskan Bupati saat memaparkan materi pada rapat koordinasi di Pendopo, "
     "Kamis (3/10).", {"sosialisasi"}),
    (LEAD + "Pesan ini disampaikan Bupati dalam sebuah rapat yang digelar di Aula Serbaguna Setda "
     "Sukamaju, Jumat (6/9).", {"sosialisasi"}),
    ("Hal itu dikemukakan Kepala BKN dalam sebuah rapat dengan Komisi II DPR RI dan Menteri "
     "PANRB.", set()),
    ("Rakor sekretaris daerah membahas penyerapan anggaran di Hotel Melati, Selasa (29/10).",
     set()),
    # campaigning named with socialising; the candidates' stage of it
    ("Pasangan calon boleh berkampanye atau sosialisasi di balai warga asal tidak melibatkan "
     "ASN.", set()),
    ("Meski masih di tahap sosialisasi, lurah tetap wajib menjaga netralitas.", {"imbauan"}),
    ("Selama masa sosialisasi bakal calon, ASN dilarang ikut memasang baliho.", {"imbauan"}),
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati, Selasa "
     "(8/10).", {"sosialisasi"}),
    # a briefing on another matter than neutrality, where a statement on it was made
    ("\"ASN harus netral,\" kata Ketua Bawaslu Sukamaju di sela sosialisasi pengawasan kampanye "
     "negatif, Jumat (4/10).", {"imbauan"}),
    ("Bupati meminta ASN netral saat pengarahan gugus tugas Covid-19 di aula kantor bupati.",
     {"imbauan"}),
    ("Sekda meminta ASN netral saat webinar pandemi dan pemulihan ekonomi, Senin (7/9).",
     {"imbauan"}),
    ("Bawaslu menggelar sosialisasi pengawasan bagi ASN soal netralitas di balai desa, "
     "Jumat (11/10).",
     {"sosialisasi"}),
    # a meeting with the civil servants' leaders on them, no candidate in sight
    ("Ketua Komisi I DPRD Sukamaju mengadakan pertemuan dengan Pj Wali Kota untuk memastikan "
     "ASN di lingkungan Pemkot tidak terlibat politik praktis, Senin (14/10).", {"sosialisasi"}),
    ("Sejumlah kepala desa mengadakan pertemuan dengan tim pemenangan pasangan calon di rumah "
     "makan, Senin (14/10).", set()),
    ("Para ASN mengadakan pertemuan rutin arisan di rumah dinas.", set()),
    # a gathering questioned, not held
    ("\"Kami masih mendalami apakah benar pertemuan itu digelar dan melanggar netralitas ASN,\" "
     "kata Ketua Bawaslu Sukamaju, Selasa (16/1).", {"pelanggaran"}),
    # a party's own gathering
    ("Camat Sukamaju diduga tidak netral karena menghadiri konsolidasi internal DPC Gerindra, "
     "Sabtu (5/10).", {"pelanggaran"}),
    ("Sekda menggelar konsolidasi netralitas ASN bersama seluruh kepala OPD di aula kantor "
     "bupati.", {"sosialisasi"}),
    # a body named "Forum ..." that held a declaration: no forum on neutrality
    ("Bawaslu Apresiasi Forum Lentera Deklarasi Netralitas ASN Kemenag Sukamaju", {"ikrar"}),
    ("Forum Diskusi Netralitas ASN Digelar Bawaslu Sukamaju", {"sosialisasi"}),
    # the English loan for a briefing
    ("Pj Bupati Sukamaju memberikan briefing kepada seluruh ASN di Aula Setda, Senin "
     "(5/8/2024), soal netralitas.", {"sosialisasi"}),
    ("Kepala BKPSDM melakukan brifing kepada para camat terkait netralitas ASN.",
     {"sosialisasi"}),
    ("Pj Wali Kota meminta ASN tetap netral dalam Pilkada.", {"imbauan"}),
    # a general election forum
    ("Kalau terbukti tidak netral sanksinya pemecatan, kata Gubernur saat dalam Rakor Desk "
     "Pilkada Serentak di Gedung Sate, Kamis (18/1/2018).", {"imbauan"}),
    ("ASN harus netral, imbau Gubernur dalam arahannya di acara safari Pemilu TNI, Polri dan "
     "Pemda di aula kantor gubernur, Senin (18/9).", {"imbauan"}),
    ("ASN harus netral, kata Bupati dalam rapat koordinasi netralitas ASN di aula kantor bupati, "
     "Senin (18/9).", {"sosialisasi", "imbauan"}),
    # a speaker's session on neutrality at a briefing held on another matter: a briefing on it
    ("Bawaslu Agam menggelar sosialisasi pengawasan pilkada di Aula Sukamaju, Senin (2/9/2024)."
     "\nSementara itu, Kadis Kominfo Agam Rudi Hartono yang menjadi narasumber soal netralitas "
     "ASN menegaskan ASN dilarang menjadi pengurus partai.", {"sosialisasi", "imbauan"}),
    # (a session on the gathering's own matter; a neutrality session at a bimtek on it)
    ("Bawaslu Agam menggelar sosialisasi pengawasan pilkada di Aula Sukamaju, Senin (2/9/2024)."
     "\nSementara itu, Kadis Kominfo Agam Rudi Hartono yang menjadi narasumber soal hoaks "
     "menegaskan ASN dilarang menjadi pengurus partai.", {"imbauan"}),
    ("Pemkab Agam menggelar bimtek netralitas ASN di Aula Sukamaju, Senin (2/9/2024).\nKetua "
     "Bawaslu Agam yang menjadi narasumber soal netralitas ASN menegaskan larangan kampanye.",
     {"bimtek", "imbauan"}),
    # a talk at a briefing on another matter, and one at a briefing on neutrality
    ("Bawaslu Sukamaju mengingatkan ASN agar netral pada Pilkada 2024.\nHal itu ditegaskan "
     "komisioner Bawaslu ketika menjadi narasumber pada Sosialisasi Pendidikan Politik di aula "
     "kecamatan, Selasa (1/10/2024).", {"imbauan"}),
    ("Bawaslu Sukamaju mengingatkan ASN agar netral pada Pilkada 2024.\nHal itu ditegaskan "
     "komisioner Bawaslu ketika menjadi narasumber pada sosialisasi netralitas ASN di aula "
     "kecamatan, Selasa (1/10/2024).", {"imbauan", "sosialisasi"}),
    ("Bawaslu Sukamaju memperingatkan ASN agar netral dan tidak terlibat kampanye.\n\"Kalau "
     "ASN jadi tim sukses, itu pelanggaran,\" kata Ketua Bawaslu saat memaparkan materi pada "
     "sosialisasi pengawasan partisipatif, Jumat (19/7/2024), di hotel.", {"imbauan"}),
    ("Bawaslu Sukamaju memperingatkan ASN agar netral dan tidak terlibat kampanye.\n\"Kalau "
     "ASN jadi tim sukses, itu pelanggaran,\" kata Ketua Bawaslu saat memaparkan materi pada "
     "sosialisasi pengawasan partisipatif bagi ASN, Jumat (19/7/2024), di hotel.",
     {"imbauan", "sosialisasi"}),
    ("Bupati menggelar rakor Desk Pilkada membahas netralitas ASN, Senin (18/9).",
     {"sosialisasi"}),
    # "diseminasi": a briefing by another name
    ("Panwaslu Sukamaju menggelar diseminasi netralitas pegawai di aula hotel, Rabu (6/3).",
     {"sosialisasi"}),
]


# Meetings named in other words: "bertatap muka" (the verb of "tatap muka"), the misspellings
# "coffe morning" and "rapat koordnasi", and a discussion the statement was made at ("ujarnya
# saat diskusi bersama ..."), not one with the press; a face-to-face meeting where the
# statement on the civil servants in the election was made is a briefing, also when the
# statement names a candidate, but not one held with a candidate. The meeting of an official's
# visit ("saat melakukan kunjungan kerja ke ... Dalam pertemuan itu, ...") is the visit's.
MEETINGS = [
    (LEAD + "\"Pegawai dilarang berfoto dengan calon bupati,\" kata Asisten I saat bertatap muka "
     "dengan para kepala dinas menjelang pilkada di Tanjung Permai, Rabu.",
     {"sosialisasi", "imbauan"}),
    ("Kepala desa itu bertatap muka dengan pasangan calon bupati di rumahnya, Rabu.", set()),
    # (a press gathering, "coffee morning" misspelt: where neutrality is only stressed, the
    # appeal alone; bench/OPEN_READINGS.md row 2)
    ("\"Pegawai harus menjaga netralitas,\" ujar Ketua Panwaslih dalam acara Coffe Morning di "
     "kantor KIP Lembah Hijau, Sabtu (6/7).", {"imbauan"}),
    ("Panitia juga akan menyiapkan coffe morning untuk wartawan pekan depan.", set()),
    ("Pesan itu dibacakan staf ahli pada Rapat koordnasi bersama para bupati dalam rangka "
     "menjaga netralitas ASN di Hotel Mawar, Selasa (3/12).", {"sosialisasi"}),
    ("Rapat kordinasi persiapan logistik pilkada digelar di kantor KPU, Selasa (3/12).", set()),
    ("\"Kami sudah menyurati camat agar pegawai tidak berpihak di pilkada,\" ujarnya saat "
     "diskusi bersama organisasi mahasiswa di sebuah kafe di Tanjung Permai, Kamis (7/11).",
     {"sosialisasi", "imbauan"}),
    ("\"Kami sudah menyurati camat agar pegawai tidak berpihak di pilkada,\" ujarnya saat "
     "diskusi dengan wartawan di Tanjung Permai, Kamis (7/11).", {"imbauan"}),
    # a coordination pointed at where neutrality was discussed ("dalam koordinasi itu"): the
    # meeting held; one on another matter is not
    ("Bawaslu Lembah Hijau berkoordinasi dengan BKD, Selasa (5/3/2024). Cara menjaga "
     "netralitas ASN selama pilkada dibahas dalam koordinasi itu.", {"sosialisasi"}),
    ("Kepala dinas menunggu hasil evaluasi anggaran yang dibahas dalam koordinasi itu.", set()),
    # the meeting of an official's visit, pointed back at: the visit's, not a briefing
    ("Wakil Gubernur mengingatkan netralitas pegawai menjelang pilkada dalam kunjungan kerja "
     "ke Kabupaten Lembah Hijau. Dalam pertemuan itu, ia menjelaskan aturan netralitas "
     "bagi pegawai selama pilkada.", {"imbauan"}),
    ("Wakil Gubernur mengingatkan netralitas pegawai dalam pilkada di Kabupaten Lembah Hijau. "
     "Dalam pertemuan itu, ia menjelaskan aturan netralitas bagi pegawai selama pilkada.",
     {"sosialisasi", "imbauan"}),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS)
def test_meetings_named_in_other_words(text, expected):
    test_activity_kinds(text, expected)


# a briefing on the election law itself is not on neutrality, unless the civil servants are
# its audience
STATEMENT = ("\"Pegawai negeri wajib netral dan dilarang ikut berkampanye,\" kata Kepala "
             "Kesbangpol Provinsi Sukamaju, Budi Santoso di Kotabaru, Senin.\n")


@pytest.mark.parametrize(("line", "briefing"), [
    ("Budi datang ke Kotabaru untuk menghadiri sosialisasi Undang-Undang tentang Pemilu yang "
     "diharapkan menyatukan pandangan para pemangku kepentingan di daerah.", False),
    ("Budi datang ke Kotabaru untuk menghadiri sosialisasi Undang-Undang Pilkada bagi para "
     "kepala desa dan ASN di daerah itu.", True),
])
def test_a_briefing_on_the_election_law(line, briefing):
    assert ("sosialisasi" in activities(STATEMENT + line)) is briefing
