"""Activity rules of round 10. A case charged ("dikenakan pasal dugaan pelanggaran", "kena
pelanggaran") or handed to a watchdog ("menyampaikan dugaan pelanggaran ... ke KASN",
"melayangkan laporan ke Bawaslu") is a case, when particular (counted, dated, told done); so
are reports counted ("ada lima laporan ... netralitas") and a report taken up at a session
("rapat pleno membahas laporan ..."). The commission and agency of the civil service (KASN,
BKN) name the civil servants' matter. A post held ("yang menjabat sebagai lurah") is no kind
named ("sebagai pelanggaran"). "Ketika ada dugaan ..." is whenever, no case. A candidate's
promotional material ("media sosialisasi luar ruang", "baliho sosialisasi") and campaigning
named with socialising ("kampanye atau sosialisasi") are no briefing. A statement made in a
speech at a meeting ("saat menyampaikan sambutan pada rakor") places the meeting: the active
forms whose first consonant melts into the prefix (menyampaikan, mengatakan, menegaskan,
memaparkan ...) are speech verbs. "dalam sebuah rapat" is a meeting held, as "dalam rapat"; a
hearing of parliament ("rapat bersama Komisi II DPR RI") is a general forum, no briefing on
neutrality unless named so. A briefing in a future told a few clauses before it ("akan ... dan
membantu KPU, Bawaslu dalam melakukan sosialisasi") is none held yet. A sanction told as a
chance, a threat or a readiness ("berpeluang dijatuhi", "mengancam menjatuhkan", "tak segan
mencopot") is an appeal; "ditindak Bawaslu" a watchdog's handling, a case.
Invented sentences; each pattern varied and paired with a negative."""

import pytest

from transforms.events.activities.classify import VALUES, activities

KINDS = frozenset(VALUES) - {"imbauan"}  # every activity value but the appeal

CASES = [
    # charged with a violation, counted
    ("Bawaslu Sukamaju menyatakan 2 ASN dan 3 kades dikenakan pasal dugaan pelanggaran "
     "netralitas.", {"pelanggaran"}),
    ("\"Ya, tiga kepala desa itu kena pelanggaran netralitas,\" kata Ketua Bawaslu Sukamaju.",
     {"pelanggaran"}),
    ("ASN yang melanggar netralitas dapat dikenakan sanksi disiplin.", {"imbauan"}),
    # handed to a watchdog, dated or told done
    ("Kami telah menyampaikan dugaan pelanggaran oleh seorang lurah ke KASN pada 12 Agustus "
     "2024.", {"pelanggaran"}),
    ("Tim hukum pasangan calon melayangkan laporan ke Bawaslu Kota Sukamaju atas dugaan "
     "pelanggaran netralitas seorang camat, Senin (9/9).", {"pelanggaran"}),
    ("Bawaslu mengirimkan rekap dugaan pelanggaran netralitas ASN ke KASN setiap bulan.", set()),
    ("Warga bisa menyampaikan dugaan ketidaknetralan pegawai kepada Bawaslu.", set()),
    # a post held is no kind named; a kind named is no case
    ("Warga melaporkan ASN yang menjabat sebagai kepala desa atas dugaan pelanggaran "
     "netralitas, Kamis (5/9).", {"pelanggaran"}),
    ("Memberi like pada unggahan calon dapat dianggap sebagai pelanggaran netralitas ASN.",
     set()),
    # reports counted are cases reported
    ("Sedikitnya ada lima laporan soal pelanggaran netralitas ASN yang diterima Bawaslu "
     "Sukamaju.", {"pelanggaran"}),
    ("Bawaslu menyediakan formulir laporan soal ketidaknetralan ASN.", set()),
    ("Bawaslu Sukamaju membuka posko pengaduan pelanggaran netralitas ASN.", {"pengawasan"}),
    # a report taken up at a session, told done
    ("Bawaslu Kabupaten Sukamaju telah menggelar rapat pleno membahas laporan tim hukum "
     "paslon atas dugaan ketidaknetralan ASN.", {"pelanggaran"}),
    ("Rapat pleno Bawaslu biasanya membahas laporan dugaan ketidaknetralan ASN.", set()),
    # a briefing in a future told a few clauses before it: none held yet
    ("Wali kota menyebut Pemkot bersama TNI-Polri akan memperkuat pemetaan kerawanan dan "
     "membantu KPU, Bawaslu dalam melakukan sosialisasi netralitas ASN.", set()),
    ("Gubernur mengatakan Pemprov bersama Bawaslu telah melakukan sosialisasi netralitas ASN "
     "di aula kantor gubernur, Senin (4/9).", {"sosialisasi"}),
    # whenever there is one: no case
    ("Ketika ada dugaan ASN yang tidak netral, Bawaslu Sukamaju akan menindaklanjutinya.",
     set()),
    # promotional material and campaigning are no briefing
    ("Bakal calon itu terlihat dari banyaknya media sosialisasi luar ruang di jalan-jalan "
     "Sukamaju, kata Kepala BKPSDM yang meminta ASN tetap netral.", {"imbauan"}),
    ("ASN dilarang ikut kampanye atau sosialisasi bakal calon di media sosial.", {"imbauan"}),
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas bagi ASN di aula kantor bupati, Rabu "
     "(4/9).",
     {"sosialisasi"}),
    # a sanction told as a chance, a threat or a readiness is an appeal
    ("Pada Pilkada ini, para pegawai berpeluang dijatuhi sanksi bila memihak.", {"imbauan"}),
    ("Menteri mengancam menjatuhkan sanksi berat bagi pegawai yang memihak.", {"imbauan"}),
    ("Gubernur tak segan mencopot kepala dinas yang ketahuan tidak netral.", {"imbauan"}),
    ("Camat Sukamaju telah dijatuhi sanksi penundaan kenaikan pangkat oleh bupati.", {"sanksi"}),
    # handled by the watchdog: a case, no sanction decided
    ("Dua Oknum ASN di Sukamaju Ditindak Bawaslu", {"pelanggaran"}),
    ("Dua oknum ASN di Sukamaju ditindak bupati dengan penundaan kenaikan pangkat.",
     {"sanksi"}),
    # a statement made in a speech at a meeting places the meeting
    ("Imbauan itu disampaikan Sekda Sukamaju Ahmad Fauzi saat menyampaikan sambutan pada Rakor "
     "Sekretaris Daerah di Hotel Melati, Selasa (29/10).", {"imbauan", "sosialisasi"}),
    ("Hal itu ditegaskan Bupati saat memaparkan materi pada rapat koordinasi di Pendopo, "
     "Kamis (3/10).", {"sosialisasi"}),
    ("Pesan ini disampaikan Bupati dalam sebuah rapat yang digelar di Aula Serbaguna Setda "
     "Sukamaju, Jumat (6/9).", {"sosialisasi"}),
    ("Hal itu dikemukakan Kepala BKN dalam sebuah rapat dengan Komisi II DPR RI dan Menteri "
     "PANRB.", set()),
    ("Rakor sekretaris daerah membahas penyerapan anggaran di Hotel Melati, Selasa (29/10).",
     set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round10_activities(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
    if "imbauan" in expected:
        assert "imbauan" in activities(text)
