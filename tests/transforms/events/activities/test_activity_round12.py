"""Activity rules of round 12. A "briefing" (the English loan, also "brifing") is a briefing,
and a "cyber patrol" (or "siber patrol") a patrol. Investigating a report ("menyelidiki
rekaman yang beredar ...") reports a case, as tracing one does. A finding word is no case when
it is: the reader's imperative ("Laporkan ke Bawaslu", "Segera adukan ..."); inside a question
put to the speaker ("ditanya apakah sudah menerima laporan"); a prevention's object
("mengantisipasi temuan pelanggaran"); or joined to a "yang" clause of whoever ("ASN yang
kedapatan dan terbukti memihak"). A case recommended to the regional government that decides
it ("direkomendasikan ke pemda untuk dijatuhi sanksi") is a case handed on. A sanction is
decided when, after a recommendation, the superior acted on it ("ditindaklanjuti oleh PPK lalu
dijatuhi sanksi", "Dari rekomendasi itu, 30 ASN sudah ditindaklanjuti sanksi"); it is only
threatened when said possible ("dimungkinkan mendapat sanksi") or added to a threatened one
("Di samping dikenai sanksi pidana, ASN bakal ..."), and decided when a decision pointed at is
described ("Putusan itu berupa sanksi teguran"). A case reported to the watchdog by its full
name ("dilaporkan ke Badan Pengawas Pemilu", "ke Komisi Aparatur Sipil Negara") is a case, and
a regional watchdog's own data ("berdasarkan data yang dihimpun Bawaslu Kalteng") is no
national statistic. A general election forum (the government's "Desk Pilkada", a "safari
Pemilu" of the security forces and the government) where an official spoke on neutrality is no
coordination meeting on neutrality (LABELS.md: "coordination meeting on neutrality"). Invented
sentences; each pattern paired
with a negative."""

import pytest

from transforms.events.activities.classify import (
    VALUES,
    activities,
    activity_mentions,
    headline_mentions,
)

KINDS = frozenset(VALUES) - {"imbauan"}  # every activity value but the appeal

CASES = [
    # the English loan for a briefing
    ("Pj Bupati Sukamaju memberikan briefing kepada seluruh ASN di Aula Setda, Senin "
     "(5/8/2024), soal netralitas.", {"sosialisasi"}),
    ("Kepala BKPSDM melakukan brifing kepada para camat terkait netralitas ASN.",
     {"sosialisasi"}),
    ("Pj Wali Kota meminta ASN tetap netral dalam Pilkada.", {"imbauan"}),
    # a patrol named in English
    ("Bawaslu Kota Sukamaju membentuk tim cyber patrol untuk memantau netralitas ASN di media "
     "sosial.", {"pengawasan"}),
    ("Panwascam menggelar siber patrol terhadap akun ASN selama masa kampanye.", {"pengawasan"}),
    # investigating a report
    ("Bawaslu menyelidiki video yang viral soal dugaan seorang camat yang mengajak ASN "
     "mendukung salah satu pasangan calon.", {"pelanggaran"}),
    ("Panwaslu tengah melakukan penyelidikan video kepala desa itu terkait netralitas, Selasa "
     "(3/9).", {"pelanggaran"}),
    # the reader's imperative: an appeal, no case
    ("Jika melihat kepala desa berkampanye, laporkan ke Bawaslu.", set()),
    ("Segera adukan ke Panwaslu bila ada ASN yang tidak netral.", set()),
    ("Tim kampanye melaporkan camat itu ke Bawaslu, Senin (3/10), karena tidak netral.",
     {"pelanggaran"}),
    # a question put to the speaker
    ("Saat ditanya apakah dinas sudah menerima aduan soal ASN berpolitik, ia menjawab belum.",
     set()),
    ("Bawaslu melakukan penelusuran apakah benar camat itu melanggar netralitas ASN.",
     {"pelanggaran"}),
    # prevention
    ("Surat tugas itu diperlukan untuk mengantisipasi adanya pelanggaran netralitas ASN menjelang "
     "pilkada.", set()),
    ("Langkah ini untuk meminimalisir pelanggaran netralitas oleh aparatur desa.", set()),
    ("Bawaslu menemukan tiga pelanggaran netralitas ASN di Kecamatan Sukamaju, Rabu (2/10).",
     {"pelanggaran"}),
    # joined to whoever's clause
    ("Bupati siap menindak ASN yang kedapatan dan terbukti memihak salah satu pasangan calon.",
     {"imbauan"}),
    ("Bawaslu menemukan dua ASN yang kedapatan dan terbukti memihak salah satu pasangan calon.",
     {"pelanggaran"}),
    # recommended to the regional government
    ("Keempat perangkat desa tersebut direkomendasikan ke pemda setempat untuk dijatuhi sanksi "
     "karena memihak.", {"pelanggaran"}),
    ("Bawaslu merekomendasikan Pemkab agar menerbitkan surat edaran netralitas ASN.",
     {"imbauan"}),
    # a sanction decided after the recommendation
    ("Dari 90 pegawai yang direkomendasikan KASN karena tidak netral, 40 orang di antaranya "
     "ditindaklanjuti oleh PPK lalu dijatuhi sanksi.", {"pelanggaran", "sanksi"}),
    ("Dari rekomendasi sanksi KASN itu, sebanyak 30 ASN sudah ditindaklanjuti sanksi oleh "
     "pejabat pembina kepegawaian karena tidak netral.", {"pelanggaran", "sanksi"}),
    ("Bawaslu merekomendasikan dua camat itu ke KASN untuk dijatuhi sanksi karena tidak netral.",
     {"pelanggaran"}),
    # a sanction only possible, or added to a threatened one
    ("Terhadap kades yang tidak netral dimungkinkan mendapat dua sanksi sekaligus.", {"imbauan"}),
    ("Di samping dikenai sanksi pidana, ASN bakal dikenai sanksi dari KASN jika terbukti "
     "melanggar netralitas.", {"imbauan"}),
    ("Selain dijatuhi teguran, camat itu telah dicopot dari jabatannya karena tidak netral.",
     {"sanksi", "pelanggaran"}),
    # a decision described
    ("\"Putusan itu berupa sanksi teguran dan penundaan kenaikan pangkat,\" katanya tentang "
     "lima ASN yang tidak netral.", {"sanksi"}),
    ("Putusan KASN bisa berupa sanksi teguran bagi ASN yang tidak netral.", {"imbauan"}),
    # the watchdog by its full name
    ("Seorang ASN Kecamatan Sukamaju dilaporkan ke Badan Pengawas Pemilu (Bawaslu) karena "
     "berkampanye, Senin (28/9).", {"pelanggaran"}),
    ("Kasus dua guru itu dilaporkan ke Komisi Aparatur Sipil Negara, Senin (28/9).",
     {"pelanggaran"}),
    ("Badan Pengawas Pemilu meminta ASN melaporkan dugaan pelanggaran.", {"imbauan"}),
    # a regional watchdog's own data, not national statistics
    ("Berdasarkan data yang dihimpun Bawaslu Sukamaju, sudah ada 14 ASN yang diduga melanggar "
     "netralitas.", {"pelanggaran"}),
    ("Berdasarkan data Bawaslu RI, sudah ada 140 ASN yang diduga melanggar netralitas.", set()),
    # a general election forum
    ("Kalau terbukti tidak netral sanksinya pemecatan, kata Gubernur saat dalam Rakor Desk "
     "Pilkada Serentak di Gedung Sate, Kamis (18/1/2018).", {"imbauan"}),
    ("ASN harus netral, imbau Gubernur dalam arahannya di acara safari Pemilu TNI, Polri dan "
     "Pemda di aula kantor gubernur, Senin (18/9).", {"imbauan"}),
    ("ASN harus netral, kata Bupati dalam rapat koordinasi netralitas ASN di aula kantor bupati, "
     "Senin (18/9).", {"sosialisasi", "imbauan"}),
    ("Bupati menggelar rakor Desk Pilkada membahas netralitas ASN, Senin (18/9).",
     {"sosialisasi"}),
    # abbreviations of the penalties
    ("Tiga ASN itu telah dijatuhi hukdis sedang oleh Bupati karena tidak netral.",
     {"sanksi", "pelanggaran"}),
    ("ASN yang melanggar netralitas dapat dijatuhi hukdis berat.", {"imbauan"}),
    ("Camat itu mendapat penundaan KGB selama satu tahun karena tidak netral, kata Sekda, Senin "
     "(4/11).", {"sanksi"}),
    # the watchdog by its common noun
    ("Warga melaporkan kepala desa itu ke pengawas pemilu setempat karena berkampanye, Selasa "
     "(5/11).", {"pelanggaran"}),
    ("Jika ada ASN yang tidak netral, laporkan ke pengawas pemilu.", set()),
    # the violator's noun
    ("Bawaslu mencatat tiga pelanggar netralitas ASN di Kecamatan Sukamaju, Senin (4/11).",
     {"pelanggaran"}),
    ("Sanksi tegas menanti para pelanggar netralitas ASN.", {"imbauan"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round12_activities(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
    if "imbauan" in expected:
        assert "imbauan" in activities(text)


# a headline leaves out "akan": its sanction sums up the body's threat, unless one is decided
THREAT_BODY = ("Sekda Sukamaju mengatakan pegawai yang melanggar netralitas akan diberikan sanksi "
               "tegas sesuai aturan.")
DECIDED_BODY = "Sekda Sukamaju mengatakan dua ASN itu telah dijatuhi sanksi karena tidak netral."
SILENT_BODY = "Sekda Sukamaju mengingatkan ASN agar menjaga netralitas."
HEADLINE = "ASN Langgar Netralitas Diberikan Sanksi Tegas"


@pytest.mark.parametrize(("body", "kept"), [(THREAT_BODY, False), (DECIDED_BODY, True),
                                            (SILENT_BODY, True)])
def test_a_headlines_sanction_is_the_bodys_threat(body, kept):
    title = activity_mentions(HEADLINE)
    assert "sanksi" in {m.value for m in title}
    values = {m.value for m in headline_mentions(title, activity_mentions(body))}
    assert ("sanksi" in values) is kept
