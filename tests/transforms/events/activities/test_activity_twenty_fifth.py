"""Activities: causes read at the twenty-fifth stop, each with its limit. A case not known
yet ("belum diketahui ... atau tidak") or found only whenever one is ("sanksi bagi ASN ketika
ditemukan ...") is none told; a promise that every case will be handled ("pasti ditangani")
is none; efforts listed by their forms ("upaya ... dalam bentuk sosialisasi") are no gathering
held. The "(review)" cases are the look-alikes a review found the first drafts wrong on.
Invented sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # not known yet whether any was reported
    ("Bupati Sukamaju menerangkan sementara ini belum diketahui secara jelas ada ASN yang sudah "
     "dilaporkan atau tidak atas pelanggaran netralitas.", set()),
    # (limit) what the report was not known for
    ("Bawaslu Agam menerima laporan dugaan pelanggaran netralitas camat yang identitas "
     "pelapornya belum diketahui, Senin (2/9/2024).", {"pelanggaran"}),
    # whenever one is found: a rule asked for, no case
    ("Warga menilai perlu adanya ketegasan Bawaslu Agam terkait sanksi bagi ASN ketika "
     "ditemukan melakukan pelanggaran netralitas.", set()),
    # (limit) a case found then, told done
    ("Ketika ditemukan Panwascam pada Senin (2/9/2024), camat itu sedang berkampanye untuk "
     "salah satu paslon dan langsung dilaporkan ke Bawaslu.", {"pelanggaran"}),
    # (review) a finding named with the national watchdog's verb is still a case
    ("Badan Pengawas Pemilu (Bawaslu) RI merilis rekomendasi sanksi untuk Kades Sukamaju karena "
     "terbukti berkampanye.", {"pelanggaran"}),
    # (review) elections counted, a finding of this one: a case
    ("Ini pertama kalinya dalam tiga kali pilkada Bawaslu Agam menemukan ASN ikut kampanye, "
     "yakni Camat Sukamaju pada Senin (14/10).", {"pelanggaran"}),
    # (review) a sanction told decided and certain: decided
    ("Ketiga ASN tersebut dipastikan telah dijatuhi sanksi teguran tertulis oleh Bupati Agam.",
     {"sanksi", "pelanggaran"}),
    ("Bawaslu Agam memastikan dua ASN yang melanggar telah dipastikan mendapat sanksi teguran "
     "dari BKPSDM.", {"sanksi", "pelanggaran"}),
    # (review) a grade of office is no grade of sanction
    ("Camat Sukamaju, ASN dengan jenjang jabatan administrator, telah dijatuhi sanksi disiplin "
     "sedang oleh Bupati Agam.", {"sanksi", "pelanggaran"}),
    # (review) the audience's side of a talk at another gathering is part of it
    ("Peserta apel mendapat materi tentang netralitas ASN dari Ketua Bawaslu Agam Rudi Hartono.",
     {"apel"}),
    ("Dalam bimtek itu, para peserta dibekali materi tentang pengawasan netralitas ASN.",
     {"bimtek"}),
    # (review) an integrity charter awarded, not signed
    ("Kabupaten Agam meraih Piagam Integritas dari KPK atas komitmen pemberantasan korupsi.",
     set()),
    # (review) a time sought and found: the gathering held
    ("Setelah mencari waktu yang pas, Pemkab Agam akhirnya menggelar deklarasi netralitas ASN di "
     "Lapangan Sukamaju, Senin.", {"ikrar"}),
    ("Bawaslu Agam mencari tanggal yang tepat dan akhirnya menggelar sosialisasi netralitas ASN "
     "di Aula Kantor Bupati, Senin (15/1/2024).", {"sosialisasi"}),
    # (review) a statement pointed back at, signed
    ("Surat pernyataan tersebut ditandatangani oleh 200 ASN di Aula Kantor Bupati Agam, Senin.",
     {"pakta_integritas"}),
    # every case, certain to be handled: a promise, no case
    ("Gubernur meminta ASN netral.\n\"Jadi tidak boleh melakukan pelanggaran, karena kita sudah "
     "sepakati semua pelanggaran tidak ada yang lewat dan pasti ditangani,\" kata Gubernur "
     "Sukamaju.", set()),
    # (limit) a case handled, told done
    ("Bawaslu Agam sudah menangani dua pelanggaran netralitas camat, Senin (2/9/2024).",
     {"pelanggaran"}),
    # efforts kept up, their forms listed
    ("Bawaslu Agam siap menindak ASN tidak netral.\n\"Kami terus melakukan upaya pencegahan baik "
     "dalam bentuk sosialisasi kepada kepala daerah dan pimpinan OPD agar ASN tetap netral,\" "
     "kata Ketua Bawaslu Agam.", set()),
    # (limit) a briefing held, its day told
    ("Bawaslu Agam melakukan upaya pencegahan dalam bentuk sosialisasi netralitas ASN kepada "
     "pimpinan OPD di aula kantor bupati, Senin (2/9/2024).", {"sosialisasi"}),
    # those involved counted, where they serve between
    ("LABUHA - Tiga Kepala Desa (Kades) di Halmahera Selatan (Halsel) yang ikut terlibat aktif "
     "dalam kampanye akbar pasangan calon terancam sanksi pidana.", {"pelanggaran"}),
    # (limit) involved in a training
    ("Tiga kepala desa di Kecamatan Sukamaju yang terlibat dalam penyusunan anggaran desa "
     "menerima penghargaan.", set()),
    # a share of the cases recommended, given a sanction
    ("Menurutnya, 16 kasus yang telah direkomendasikan kepada KASN, 15 di antaranya diberi "
     "sanksi peringatan sedang, sedangkan satu kasus diberi sanksi moral.",
     {"pelanggaran", "sanksi"}),
    # (limit) a recommendation for a sanction only
    ("Menurutnya, 16 kasus telah direkomendasikan kepada KASN untuk diberi sanksi.",
     {"pelanggaran"}),
    # a pact or a declaration someone is asked to make: not made yet
    ("\"Saat ada penetapan calon, saya minta pak sekda buatkan fakta integritas seluruh ASN "
     "supaya menjaga netralitas,\" tegas Pj Bupati Agam.", set()),
    ("Ia pun meminta kepada perangkat daerah untuk membuat video tentang deklarasi netralitas ASN "
     "yang diunggah di media sosial masing-masing.", set()),
    # (limit) one signed, no one asked
    ("Seluruh kepala OPD menandatangani pakta integritas netralitas ASN di aula kantor bupati "
     "Agam, Senin (2/9/2024).", {"pakta_integritas"}),
    # (review) a pledge made as asked: made
    ("Seperti diminta Bupati, seluruh ASN membuat ikrar netralitas di halaman kantor bupati.",
     {"ikrar"}),
    ("Ketika diminta Bawaslu, seluruh camat langsung membuat deklarasi netralitas di aula kantor "
     "bupati.", {"ikrar"}),
    # (review) counted and placed, involved in something else than a candidate's campaign
    ("Sebanyak 40 PNS di Sukamaju terlibat kampanye vaksinasi campak.", set()),
    ("Ada 300 ASN di Agam yang terlibat dalam kepanitiaan kampanye sosialisasi pemilu.", set()),
    # the ceremony's next step after a pledge read: held there
    ("Dalam upacara Hari Kesadaran Nasional di Lapangan Sukamaju, ASN berikrar selanjutnya "
     "penandatanganan pakta integritas netralitas ASN oleh para kepala OPD.",
     {"apel", "ikrar", "pakta_integritas"}),
    # (limit) one still to come
    ("ASN berikrar netralitas, dan selanjutnya akan dilakukan penandatanganan pakta integritas "
     "oleh para kepala OPD.", {"ikrar"}),
    # civil servants suspected of handing out a candidate's goods: a case
    ("Tujuh guru TK Pertiwi Desa Sukamaju diduga membagikan kaos bergambar paslon nomor urut 2 "
     "kepada warga.", {"pelanggaran"}),
    # (limit) a campaign team's money politics, no civil servant
    ("Bupati meminta ASN netral. Tim sukses paslon diduga membagikan uang kepada warga di Desa "
     "Sukamaju.", set()),
    # (review) a ceremony step, then a gathering scheduled: still to come
    ("Tahun ini Pemkab Agam sudah menggelar apel netralitas ASN selanjutnya bimtek netralitas ASN "
     "dijadwalkan pada Desember 2024.", set()),
    # (review) an ask listing people with commas is still an ask
    ("Bupati meminta seluruh kepala OPD, camat, dan lurah untuk membuat ikrar netralitas ASN.",
     set()),
    # (review) handing out goods: whoever would, one denied, aid that is no candidate's
    ("ASN yang kedapatan membagikan bahan kampanye paslon akan dikenakan sanksi disiplin, kata "
     "Rina Wati.", set()),
    ("Bawaslu Agam menyatakan guru tersebut tidak terbukti membagikan kaos paslon sehingga "
     "laporan dihentikan.", set()),
    ("Pegawai Dinas Sosial diduga membagikan bantuan sembako kepada warga terdampak banjir di "
     "Sukamaju.", set()),
    # (review) counted where they serve, involved in politics or backing a side
    ("Lima ASN di Kabupaten Agam terlibat politik praktis dalam Pilkada 2024, kata Ketua "
     "Bawaslu Rudi Hartono.", {"pelanggaran"}),
    ("Tiga PNS di Dinas Pendidikan terlibat mendukung paslon nomor urut 2, kata Bawaslu.",
     {"pelanggaran"}),
    ("Ratusan ASN di Kabupaten Agam yang terlibat mendukung program pemerintah menerima "
     "penghargaan.", set()),
]
