"""Activity rules of round 11. A finding noun with its possessive ("temuannya", "dalam
temuannya") is the finding noun. A case handed on to the body that deals with it is a case:
"diserahkan/menyerahkan/serahkan" and "ditindaklanjuti ... ke" as well as "dilimpahkan",
"kepada" as well as "ke", and the police, the prosecutors, the inspectorate and the civil
servant's superior (pejabat pembina, PPK) as well as the watchdogs. A sanction a case ended in
("berujung pemecatan", "berbuntut pencopotan") is one decided. Campaigning named with
socialising ("berkampanye atau sosialisasi") and the candidates' stage of introducing themselves
("tahap sosialisasi", "masa sosialisasi") are no briefing; nor is a party's own gathering
("konsolidasi internal DPC Gerindra"). Invented sentences; each pattern paired with a
negative."""

import pytest

from transforms.events.activities import activities

KINDS = frozenset({"sosialisasi", "pengawasan", "apel", "bimtek", "ikrar", "pakta_integritas",
                   "pelanggaran", "sanksi"})

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
    ("Bawaslu menindaklanjuti laporannya ke KASN terkait dugaan pelanggaran netralitas "
     "seorang camat.", {"pelanggaran"}),
    ("Setiap dugaan pelanggaran netralitas ASN akan diserahkan kepada KASN.", set()),
    ("Jika ada ASN yang melanggar, laporan dapat diserahkan ke Bawaslu.", set()),
    ("Bupati menyerahkan SK pengangkatan kepada 120 PPPK di Pendopo Sukamaju.", set()),
    # a sanction the case ended in
    ("Unggahan dukungan kepada pasangan calon itu berujung pemecatan terhadap dua guru honorer "
     "di Sukamaju.", {"sanksi"}),
    ("Video kampanye camat itu berbuntut pencopotan dari jabatannya.", {"sanksi"}),
    ("ASN yang tidak netral dapat berujung pada pemecatan.", {"imbauan"}),
    # campaigning named with socialising; the candidates' stage of it
    ("Pasangan calon boleh berkampanye atau sosialisasi di balai warga asal tidak melibatkan "
     "ASN.", set()),
    ("Meski masih di tahap sosialisasi, lurah tetap wajib menjaga netralitas.", {"imbauan"}),
    ("Selama masa sosialisasi bakal calon, ASN dilarang ikut memasang baliho.", {"imbauan"}),
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati, Selasa "
     "(8/10).", {"sosialisasi"}),
    # a party's own gathering
    ("Camat Sukamaju diduga tidak netral karena menghadiri konsolidasi internal DPC Gerindra, "
     "Sabtu (5/10).", {"pelanggaran"}),
    ("Sekda menggelar konsolidasi netralitas ASN bersama seluruh kepala OPD di aula kantor "
     "bupati.", {"sosialisasi"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round11_activities(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
    if "imbauan" in expected:
        assert "imbauan" in activities(text)
