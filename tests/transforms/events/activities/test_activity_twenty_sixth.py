"""Activities: causes read at the twenty-sixth stop, each with its limit. A sanction "given
then" after an earlier election's tally, a share of the violations opening a sentence after
national data, or a person's case told on after an earlier election's sentence is background;
"zero laporan" is no report; a law's article quoted ("Pasal 42 menyebutkan bahwa ...") is its
wording; a sanction "for ASN who get one" is whoever's; a case "diberhentikan" is a case
stopped (a case handled when it is a particular one), no one dismissed. Invented sentences."""

from activity_tables import parametrize_tables as pytest_generate_tests  # noqa: F401
from activity_tables import test_activity_kinds  # noqa: F401

EARLIER = ("Berdasarkan data pada Pilkada 2020 lalu, Bawaslu Agam telah memproses 27 kasus "
           "netralitas ASN.\n")

# every kind but the appeal exactly; the appeal only where expected
KIND_CASES = [
    # a sanction given "then", after the earlier election's tally
    (EARLIER + "Beragam sanksi yang diberikan saat itu, seperti 13 orang yang diberikan sanksi "
     "moral.", set()),
    # (limit) "saat itu juga": right then, this case
    ("Bawaslu Agam menemukan Camat Sukamaju berkampanye pada Senin (2/9/2024). Bupati Agam "
     "langsung menjatuhkan sanksi teguran saat itu juga.", {"pelanggaran", "sanksi"}),
    # a share of the violations opening a sentence after national data
    ("Berdasarkan data BKN, terdapat 91 pelanggaran netralitas pada pemilu sebelumnya. 99,5 "
     "persen pelanggaran dilakukan oleh pegawai pemda, 179 orang telah mendapat sanksi "
     "disiplin.", set()),
    # a person's case told on after an earlier election's sentence
    ("Diketahui Camat Sukamaju Rudi Hartono telah melakukan pelanggaran netralitas dalam Pemilu "
     "2019 lalu.\nRudi Hartono pada akhirnya diproses hingga Bawaslu Agam mengeluarkan "
     "rekomendasi kepada KASN.", set()),
    # (limit) the same person's case of now, a time of its own
    ("Pada Pemilu 2019 lalu, Camat Sukamaju Rudi Hartono pernah ditegur.\nRudi Hartono kini "
     "dilaporkan ke Bawaslu Agam karena diduga berkampanye.", {"pelanggaran"}),
    # no report at all
    ("Sampai saat ini di wilayah Agam masih zero laporan atau temuan terkait netralitas ASN.",
     set()),
    # a law's article quoted
    ("Sesuai ketentuan Peraturan DKPP Nomor 1 Tahun 2017, Pasal 42 ayat (5) menyebutkan bahwa "
     "DKPP dapat memberikan rekomendasi berdasarkan hasil pemeriksaan pelanggaran kode etik.",
     set()),
    # for whoever gets a sanction: the rule's grades
    ("Untuk ASN yang mendapat sanksi sedang, hukumannya berupa pemotongan tunjangan kinerja "
     "sebesar 25 persen.", set()),
    # (limit) counted people given one
    ("Tiga ASN yang mendapat sanksi sedang dari Bupati Agam kini dipotong tunjangannya, Senin "
     "(2/9/2024).", {"sanksi", "pelanggaran"}),
    # a case stopped
    ("Bawaslu Agam memeriksa Camat Sukamaju yang diduga menyimpan APK, namun kasus ini "
     "diberhentikan hanya sampai ke tahap klarifikasi.", {"pelanggaran"}),
    ("Kasus dugaan kampanye oleh kepala desa itu diberhentikan karena tidak cukup bukti.",
     {"pelanggaran"}),
    # (limit) a case that ends in a dismissal
    ("Kasus dugaan kampanye itu berujung Kades Sukamaju diberhentikan oleh Bupati Agam, Senin "
     "(2/9/2024).", {"sanksi", "pelanggaran"}),
    # (limit) a person dismissed
    ("Camat Sukamaju yang terbukti berkampanye akhirnya diberhentikan dari jabatannya oleh "
     "Bupati Agam, Senin (2/9/2024).", {"sanksi", "pelanggaran"}),
]
