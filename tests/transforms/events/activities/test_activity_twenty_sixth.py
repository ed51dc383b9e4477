"""Activities: causes read at the twenty-sixth stop, each with its limit. A share of the
violations opening a sentence after national data is background; "zero laporan" is no report;
a law's article quoted ("Pasal 42 menyebutkan bahwa ...") is its wording; a sanction "Untuk ASN
yang mendapat sanksi ..." opening a sentence is whoever's; a case "diberhentikan" is a case
stopped (a case handled when it is a particular one), no one dismissed; a gathering "in several
occasions" is a routine, and one named as the means of prevention ("pencegahan berupa
sosialisasi", "di antaranya dengan sosialisasi") is no gathering held. The "(review)" cases
are the look-alikes a review found the first drafts wrong on. Invented sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # (review) "saat itu" of the occasion told: this case
    ("Bawaslu Agam menggelar patroli pengawasan pada Senin (5/8). Pelanggaran yang ditemukan "
     "saat itu langsung ditindaklanjuti dengan rekomendasi ke KASN.", {"pengawasan",
                                                                         "pelanggaran"}),
    # a share of the violations opening a sentence after national data
    ("Berdasarkan data BKN, terdapat 91 pelanggaran netralitas pada pemilu sebelumnya. 99,5 "
     "persen pelanggaran dilakukan oleh pegawai pemda, 179 orang telah mendapat sanksi "
     "disiplin.", set()),
    # (review) the speaker named before reports a case of now
    ("Pada Pemilu 2019 lalu ada 10 kasus, kata Ketua Bawaslu Agam Rudi Hartono. Rudi Hartono "
     "mengungkapkan pihaknya telah menemukan 3 ASN yang terlibat kampanye paslon.",
     {"pelanggaran"}),
    # (review) a share of this week's cases: its own time
    ("Berdasarkan data KASN, pada Pemilu 2019 ada 990 ASN yang melanggar. 50 persen kasus yang "
     "ditangani Bawaslu Agam pekan ini berujung sanksi.", {"sanksi", "pelanggaran"}),
    # no report at all
    ("Sampai saat ini di wilayah Agam masih zero laporan atau temuan terkait netralitas ASN.",
     set()),
    # (review) "nol" in another clause than the finding
    ("Meski nol laporan dari warga, Bawaslu Agam menemukan 2 ASN ikut kampanye paslon pada "
     "Senin (2/9).", {"pelanggaran"}),
    # (review) the law cited, then the speaker's own word
    ("Merujuk Pasal 2 huruf f UU ASN, Bawaslu menyatakan dua ASN terbukti melanggar "
     "netralitas.", {"pelanggaran"}),
    # a law's article quoted
    ("Sesuai ketentuan Peraturan DKPP Nomor 1 Tahun 2017, Pasal 42 ayat (5) menyebutkan bahwa "
     "DKPP dapat memberikan rekomendasi berdasarkan hasil pemeriksaan pelanggaran kode etik.",
     set()),
    # for whoever gets a sanction: the rule's grades
    ("Untuk ASN yang mendapat sanksi sedang, hukumannya berupa pemotongan tunjangan kinerja "
     "sebesar 25 persen.", set()),
    # (review) a decree handed to them, a day told
    ("Pj Bupati Agam menyerahkan surat keputusan untuk ASN yang dijatuhi sanksi penurunan "
     "pangkat, Senin (5/8).", {"sanksi", "pelanggaran"}),
    # (limit) counted people given one
    ("Tiga ASN yang mendapat sanksi sedang dari Bupati Agam kini dipotong tunjangannya, Senin "
     "(2/9/2024).", {"sanksi", "pelanggaran"}),
    # a case stopped
    ("Bawaslu Agam memeriksa Camat Sukamaju yang diduga menyimpan APK, namun kasus ini "
     "diberhentikan hanya sampai ke tahap klarifikasi.", {"pelanggaran"}),
    ("Laporan dugaan ASN Sukamaju ikut kampanye itu diproses, namun kasus itu akhirnya "
     "diberhentikan karena tidak cukup bukti.", {"pelanggaran"}),
    # (review) a person dismissed over a case
    ("Kades Sukamaju yang tersandung kasus ini akhirnya diberhentikan sementara oleh Bupati "
     "Agam.", {"sanksi", "pelanggaran"}),
    ("Atas laporan tersebut kepala desa itu diberhentikan sementara oleh Bupati Agam karena "
     "ikut kampanye.", {"sanksi", "pelanggaran"}),
    # (limit) a case that ends in a dismissal
    ("Kasus dugaan kampanye itu berujung Kades Sukamaju diberhentikan oleh Bupati Agam, Senin "
     "(2/9/2024).", {"sanksi", "pelanggaran"}),
    # (limit) a person dismissed
    ("Camat Sukamaju yang terbukti berkampanye akhirnya diberhentikan dari jabatannya oleh "
     "Bupati Agam, Senin (2/9/2024).", {"sanksi", "pelanggaran"}),
    # gatherings in several occasions: a routine
    ("Dalam beberapa kesempatan rapat koordinasi di OPD, Sekda Agam telah meminta ASN menjaga "
     "sikap netral.", set()),
    # the means of prevention listed
    ("Bawaslu Agam sudah melakukan cukup banyak pencegahan berupa sosialisasi netralitas ASN.",
     set()),
    ("Di antaranya dengan sosialisasi langsung kepada camat dan lurah agar pegawai netral.",
     set()),
    # (limit) one held, its day told
    ("Bawaslu Agam menggelar sosialisasi netralitas ASN kepada camat dan lurah, Senin "
     "(2/9/2024).", {"sosialisasi"}),
]
