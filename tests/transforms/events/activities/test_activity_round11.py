"""Activity rules of round 11. A finding noun with its possessive ("temuannya", "dalam
temuannya") is the finding noun. A case handed on to the body that deals with it is a case:
"diserahkan/menyerahkan/serahkan" and "ditindaklanjuti ... ke" as well as "dilimpahkan",
"kepada" as well as "ke", and the police, the prosecutors, the inspectorate and the civil
servant's superior (pejabat pembina, PPK) as well as the watchdogs. A sanction a case ended in
("berujung pemecatan", "berbuntut pencopotan") is one decided; action taken with no sanction
named ("kemudian ditindak oleh dinas") a case handled, not a sanction; one accused ("dituduh
melanggar"), asked to clarify ("meminta klarifikasi dari kedua guru tersebut") or examined is
reported, as "diduga", "mengklarifikasi" and "diperiksa" are. A briefing on another matter
(negative campaigning, hoaxes, Covid-19, disasters) is none on neutrality; one that is the
means of an effort kept up ("terus melakukan upaya ... melalui sosialisasi") is no occasion.
Campaigning named with socialising ("berkampanye atau sosialisasi") and the candidates' stage
of introducing themselves ("tahap sosialisasi", "masa sosialisasi") are no briefing; nor is a
party's own gathering ("konsolidasi internal DPC Gerindra"). A meeting with the civil
servants' leaders on them ("pertemuan ... untuk memastikan ASN ... tidak terlibat politik
praktis") is a coordination meeting on neutrality when no candidate is in sight. Invented
sentences; each pattern
paired with a negative."""

import pytest

from transforms.events.activities.classify import VALUES, activities, occasion_election_rank

KINDS = frozenset(VALUES) - {"imbauan"}  # every activity value but the appeal

CASES = [
    # the finding noun with its possessive
    ("Panwaslu Kecamatan Sukamaju menyatakan, dalam temuannya, kepala desa itu melanggar "
     "netralitas.", {"pelanggaran"}),
    ("Keempat ASN itu, status temuannya diteruskan ke KASN.", {"pelanggaran"}),
    ("ASN wajib menjaga netralitas dan tidak melanggar aturan.", {"imbauan"}),
    # a case handed on, to a watchdog, the police, prosecutors or the superior
    ("Kasus kades Sukamaju yang tidak netral itu dilimpahkan ke kepolisian, ujar Ketua Bawaslu, "
     "Senin (7/10).", {"pelanggaran"}),
    ("\"Kasusnya kami serahkan ke BKN,\" kata Ketua Bawaslu Sukamaju tentang dua ASN yang "
     "melanggar netralitas.", {"pelanggaran"}),
    ("Bawaslu telah menyerahkan berkas tiga ASN tersebut kepada pejabat pembina kepegawaian "
     "atas pelanggaran netralitas.", {"pelanggaran"}),
    ("Bawaslu menindaklanjuti laporannya ke KASN atas dugaan seorang lurah melanggar "
     "netralitas.", {"pelanggaran"}),
    ("\"Kasus kepala desa itu tergolong pelanggaran administrasi dan kami "
     "serahkan ke Bupati Sukamaju,\" katanya.", {"pelanggaran"}),
    ("Setiap dugaan pelanggaran netralitas ASN akan diserahkan kepada KASN.", set()),
    ("\"Setiap laporan pelanggaran netralitas ASN kami teruskan ke KASN,\" katanya.", set()),
    ("\"Hasil kajiannya kami serahkan kepada Bawaslu, bilamana nanti ada pelanggaran netralitas "
     "baru kami tindak,\" kata Sekda.", set()),
    ("Bilamana terbukti melanggar netralitas, ASN itu akan dijatuhi hukuman disiplin.",
     {"imbauan"}),
    ("\"Soal sanksinya kami serahkan kepada KASN, bisa saja diberhentikan jika terbukti melanggar "
     "netralitas,\" kata Ketua Panwaslu Sukamaju.", {"imbauan"}),
    ("Jika ada ASN yang melanggar, laporan dapat diserahkan ke Bawaslu.", set()),
    ("Bupati menyerahkan SK pengangkatan kepada 120 PPPK di Pendopo Sukamaju.", set()),
    # accused, asked to clarify, examined: a case reported of particular people
    ("Dua guru honorer di Sukamaju dituduh melanggar aturan pemilu karena berfoto dengan "
     "stiker pasangan calon.", {"pelanggaran"}),
    ("Bawaslu meminta klarifikasi dari kedua guru tersebut di kantor Panwascam Sukamaju, Kamis "
     "(3/10), atas dugaan pelanggaran netralitas.", {"pelanggaran"}),
    ("Setiap ASN yang dituduh melanggar netralitas berhak memberikan klarifikasi.", set()),
    ("Camat Sukamaju tersebut sudah dimintai klarifikasi oleh Bawaslu pada Selasa (8/10) soal "
     "netralitas ASN.", {"pelanggaran"}),
    ("Jika ada ASN yang terlibat, yang bersangkutan akan dimintai keterangan.", set()),
    ("Hasil rapat itu diserahkan kepada Gubernur untuk ditindaklanjuti terkait netralitas ASN, "
     "Senin (7/10).", set()),
    ("Ketua Bawaslu menyerahkan cenderamata kepada Pj Bupati usai sosialisasi netralitas ASN, "
     "Senin (7/10).", {"sosialisasi"}),
    # a sanction the case ended in
    ("Unggahan dukungan kepada pasangan calon itu berujung pemecatan terhadap dua guru honorer "
     "di Sukamaju.", {"sanksi"}),
    ("Video kampanye camat itu berbuntut pencopotan dari jabatannya.", {"sanksi"}),
    ("ASN yang tidak netral dapat berujung pada pemecatan.", {"imbauan"}),
    # the civil service's other discipline penalties, decided or done
    ("Bupati Sukamaju telah menjatuhkan sanksi pernyataan tidak puas secara tertulis kepada "
     "camat itu.", {"sanksi"}),
    ("Kepala dinas yang terbukti berkampanye itu sudah diberi pemotongan tunjangan kinerja "
     "selama enam bulan.", {"sanksi"}),
    ("Sekretaris camat itu telah diturunkan pangkatnya setelah terbukti berkampanye.",
     {"sanksi", "pelanggaran"}),
    ("ASN yang melanggar netralitas dapat dikenai pemotongan tunjangan kinerja atau PTDH.",
     {"imbauan"}),
    ("\"Sanksi sedang berupa pemotongan tunjangan, yang berat diturunkan jabatannya,\" kata "
     "anggota Bawaslu Sukamaju.", {"imbauan"}),
    # caught: slang and on video
    ("Seorang lurah di Sukamaju terciduk ikut kampanye caleg, Sabtu (9/12).", {"pelanggaran"}),
    ("Camat Sukamaju terekam mengajak warga memilih pasangan calon nomor urut 2.",
     {"pelanggaran"}),
    # action taken, no sanction named: a case handled
    ("Dari lima ASN itu, dua kepala desa kemudian ditindak oleh dinas yang berwenang.",
     {"pelanggaran"}),
    ("Camat Sukamaju yang berkampanye itu telah dicopot dari jabatannya.", {"sanksi"}),
    ("ASN yang tidak netral akan ditindak tegas.", {"imbauan"}),
    # a reprimand joined to an appeal: a watchdog's warnings
    ("\"Kami sudah mengirim surat imbauan dan teguran kepada tiga ASN yang mendukung calon,\" "
     "kata Ketua Bawaslu Sukamaju.", {"imbauan"}),
    ("Camat itu sudah mendapat teguran tertulis dari bupati.", {"sanksi"}),
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
    # a briefing as the means of an effort kept up
    ("\"Kami terus melakukan upaya pencegahan bersama Setda melalui sosialisasi kepada ASN,\" "
     "kata anggota Bawaslu Sukamaju.", set()),
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


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round11_activities(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
    if "imbauan" in expected:
        assert "imbauan" in activities(text)
