"""Activity rules of round 3: a decision still open or asked for is no sanction, a watchdog's
handling ("ditindak dan diteruskan ke BKN", "menindak lanjuti") is a case, suspected
campaigning is a finding, the misspelled integrity pact ("fakta integritas") and a working
group of monitors. Invented sentences; each pattern varied and paired with a negative."""

import pytest

from transforms.events.activities.classify import activities

CASES = [
    # whether a sanction is given is still open
    ("Untuk keputusan apakah camat itu diberi sanksi, itu ada di tangan BKN.", set()),
    ("Dua kasus pelanggaran netralitas ASN itu sudah diteruskan ke KASN, tinggal menunggu "
     "apakah diberi sanksi atau tidak.", {"pelanggaran"}),
    ("Kepala Dinas Pendidikan Kabupaten Lebong sudah diberi sanksi teguran tertulis oleh "
     "Bupati.", {"sanksi"}),
    # a sanction a report asks for: the case handed on
    ("Bawaslu telah melaporkan tiga kepala desa itu ke KASN untuk penjatuhan sanksi.",
     {"pelanggaran"}),
    ("Laporan itu sudah diteruskan ke BKN guna pemberian sanksi kepada dua ASN tersebut.",
     {"pelanggaran"}),
    ("Bupati Rejang Lebong telah menjatuhkan sanksi kepada dua ASN tersebut.", {"sanksi"}),
    # a watchdog's handling forwarded to the deciding body
    ("Ia mengatakan lima aduan dugaan pelanggaran netralitas ASN sudah ditindak dan "
     "diteruskan ke Badan Kepegawaian Negara.", {"pelanggaran"}),
    ("Camat Sungai Rumbai sudah ditindak oleh Bupati dan dicopot dari jabatannya.", {"sanksi"}),
    # "menindak lanjuti" written apart: a follow-up, not a sanction
    ("Panwaslu Kota Bima telah menindak lanjuti laporan soal tiga lurah yang diduga "
     "berkampanye.", {"pelanggaran"}),
    ("Laporan warga soal kepala desa itu sudah ditindak lanjuti Bawaslu.", set()),
    # suspected campaigning is a finding
    ("Inspektorat telah memanggil Lurah Tanjung Rejo yang diduga kampanye untuk salah satu "
     "calon.", {"pelanggaran"}),
    ("Kepala desa dilarang kampanye untuk pasangan calon mana pun.", {"imbauan"}),
    # the integrity pact misspelled
    ("Para kepala dinas melakukan penandatangan fakta integritas di gedung serbaguna "
     "kabupaten, Kamis (11/1/2024).", {"pakta_integritas"}),
    ("Para camat menandatangani faktar integritas netralitas ASN pada Pilkada 2024, Rabu "
     "(4/9/2024).", {"pakta_integritas"}),
    # a working group of monitors set up
    ("Bawaslu Kota Sukamaju membentuk kelompok kerja (Pokja) pemantau netralitas pegawai "
     "bersama BKPSDM.", {"pengawasan"}),
    ("Bawaslu Kota Sukamaju membentuk kelompok kerja pemantau netralitas ASN.", {"pengawasan"}),
    # a body's standing task told: not monitoring done
    ("Bawaslu Provinsi Sukamaju tetap menjalankan tugasnya dalam melakukan pengawasan "
     "setiap tahapan pemilihan.", set()),
    ("Bawaslu Kabupaten Kaur melakukan pengawasan ke kantor Dinas Pendidikan, Selasa (3/9).",
     {"pengawasan"}),
    # a step told as done in a quote: the day after the speech verb dates the statement
    ("\"Para lurah kami sudah menandatangani ikrar netralitas,\" ujar Wali Kota Sukamaju "
     "saat menerima Bawaslu, Kamis (10/10).", set()),
    ("Para lurah sudah menandatangani ikrar netralitas pada Kamis (10/10) di gedung "
     "serbaguna kota.", {"ikrar"}),
    # a gathering owed, right after the modal
    ("Menurut dia, Bawaslu harus sosialisasi ke seluruh OPD soal netralitas ASN.",
     {"imbauan"}),
    ("Pemkab Seluma perlu menggelar sosialisasi netralitas ASN di setiap kecamatan.",
     {"imbauan"}),
    ("Bawaslu menggelar sosialisasi netralitas ASN di aula kantor camat, Kamis (12/9).",
     {"sosialisasi"}),
    # one gathering's meaning named with another's
    ("Penandatanganan pakta integritas itu merupakan ikrar seluruh ASN untuk menjaga "
     "netralitas, Senin (2/9).", {"pakta_integritas"}),
    ("Apel pagi tersebut menjadi wujud deklarasi netralitas ASN Pemkab Kaur, Senin (2/9).",
     {"apel"}),
    ("Usai apel, seluruh ASN membacakan ikrar netralitas, Senin (2/9).", {"apel", "ikrar"}),
    # a programme's steps counted off: efforts told, not one occasion (a team set up is
    # monitoring all the same)
    ("Langkah pertama yang dilakukan Bawaslu ialah sosialisasi netralitas ASN kepada para "
     "camat.", set()),
    ("Kedua, pihaknya telah menggelar penandatanganan pakta integritas oleh para kepala OPD.",
     set()),
    ("Upaya lainnya adalah pembentukan satgas netralitas ASN bersama BKPSDM.", {"pengawasan"}),
    ("Langkah pertama itu ditempuh lewat sosialisasi netralitas ASN di aula BKPSDM, Selasa "
     "(6/8).", {"sosialisasi"}),
    # a visit received or an audience on neutrality is a coordination meeting
    ("Bupati Lebong menerima kunjungan Bawaslu yang membahas netralitas ASN, Kamis (5/9).",
     {"sosialisasi"}),
    ("Bawaslu Kota Metro beraudiensi dengan Pj Wali Kota soal netralitas ASN, Senin (2/9).",
     {"sosialisasi"}),
    ("Wali Kota menerima kunjungan kerja Menteri Perhubungan di balai kota, Kamis (5/9).",
     set()),
    # removal, suspension and demotion, done or threatened
    ("Kepala dinas itu dinonjobkan oleh bupati, Senin (9/9).", {"sanksi"}),
    ("Guru honorer itu diskors dua bulan oleh kepala sekolah.", {"sanksi"}),
    ("BKPSDM memastikan pencopotan camat tersebut sudah dilakukan.", {"sanksi"}),
    ("Sanksinya bisa berupa pencopotan jabatan hingga pemecatan.", {"imbauan"}),
    # more finding verbs (met with, detected, caught out), and their negations
    ("Panwascam menjumpai dua kepala desa hadir di kampanye pasangan calon, Sabtu (12/10).",
     {"pelanggaran"}),
    ("Bawaslu mendeteksi tiga ASN yang mengunggah foto bersama calon di media sosial.",
     {"pelanggaran"}),
    ("Seorang guru PPPK kepergok ikut kampanye pasangan calon bupati di Lapangan Merdeka.",
     {"pelanggaran"}),
    ("Tidak dijumpai ASN yang terlibat kampanye selama masa tenang.", set()),
    ("Bawaslu tidak menemukan ASN yang berkampanye.", set()),
    ("Jika ada ASN yang kepergok ikut kampanye, segera laporkan ke Bawaslu.", set()),
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
    # "ketidak netralan" written apart
    ("Bawaslu menemukan ketidak netralan tiga ASN di Kecamatan Sukajadi, Senin (9/9).",
     {"pelanggaran"}),
    # the kind named right after a sanction is the same sanction, decided or threatened
    ("Bupati memberikan sanksi penurunan jabatan kepada kepala dinas itu.", {"sanksi"}),
    ("Kepala desa itu terancam sanksi pemberhentian.", {"imbauan"}),
    ("BKN telah menjatuhkan hukuman disiplin sedang berupa penundaan kenaikan gaji kepada dua "
     "ASN tersebut.", {"sanksi"}),
    # the decision letter handed over
    ("Bupati menyerahkan SK pemberhentian kepada kepala desa yang terbukti berkampanye, "
     "Senin (2/9).", {"sanksi"}),
    # a case handed on or complained of, with a word between
    ("Bawaslu melimpahkan kasus kepala desa itu ke Sentra Gakkumdu.", {"pelanggaran"}),
    ("Dua kepala desa dilaporkan warga ke Bawaslu karena ikut kampanye.", {"pelanggaran"}),
    ("Bawaslu meregistrasi laporan dugaan ketidaknetralan kepala desa itu.", {"pelanggaran"}),
    ("Jika terbukti, kasus itu akan dilimpahkan ke Sentra Gakkumdu.", set()),
    # a sanction not yet decided or awaited; one waiting for whoever is a threat
    ("BKN belum menjatuhkan sanksi kepada kepala dinas itu.", set()),
    ("Putusan sanksi terhadap camat itu masih menunggu keputusan KASN.", set()),
    ("Sanksi berat menunggu ASN yang kedapatan berkampanye.", {"imbauan"}),
    # the findings of monitoring ("temuan patroli"), like its results: the source of a case
    ("Ketua Bawaslu mengungkapkan temuan patroli pengawasan yang menunjukkan tiga ASN diduga "
     "tidak netral, Kamis (5/9).", {"pelanggaran"}),
    ("Bawaslu melakukan patroli pengawasan ke kantor dinas, Kamis (5/9).", {"pengawasan"}),
    # more kinds of assembly, and basic training of new civil servants
    ("Pemkab Kaur menggelar apel kesiapan netralitas ASN, Senin (2/9).", {"apel"}),
    ("Apel virtual netralitas ASN diikuti seluruh OPD, Senin (2/9).", {"apel"}),
    ("Materi netralitas ASN diberikan dalam latsar CPNS Pemkab Seluma, Senin (2/9).",
     {"bimtek"}),
    ("Warga memanen apel di kebun, Senin (2/9).", set()),
    # people counted who break the rules, told as now: cases reported without a finding verb
    ("Ketua Bawaslu menyebut kini banyak lurah dan guru yang melanggar netralitas lewat "
     "grup percakapan.", {"pelanggaran"}),
    ("Kini ada dua kepala desa yang melanggar netralitas dan sedang diperiksa.",
     {"pelanggaran"}),
    ("Banyak ASN yang melanggar netralitas biasanya karena tidak paham aturan.", set()),
    ("Jangan sampai ada tiga ASN yang melanggar netralitas.", {"imbauan"}),
    ("ASN yang melanggar netralitas akan disanksi.", {"imbauan"}),  # a sanction threatened
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round3_rules(text, expected):
    assert set(activities(text)) == expected
