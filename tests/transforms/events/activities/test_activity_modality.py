"""Activities named but not done at this occasion: a gathering civil servants are forbidden to
attend, one a plan leads to across commas with no day told ("akan melakukan ..."), one whose
schedule is still awaited ("menunggu jadwal ... untuk ..."), one of "ketika itu" (an earlier
time), a briefing drive aimed at many audiences ("tidak hanya menyasar ..."); monitoring
still to come ("Nanti ..."); a handling that "akan" leads to; a rule of whoever is proven,
after sanctions that await them. Invented sentences; each pattern paired with a positive."""

import pytest
from activity_tables import (
    KINDS,  # every activity value but the appeal
    LEAD,
)

from transforms.events.activities.classify import activities

CASES = [
    # a gathering in the list of what civil servants may not attend
    ("Guru dan staf kecamatan pun dilarang mengikuti deklarasi ataupun sosialisasi, termasuk "
     "memasang baliho di pagar rumahnya.", set()),
    ("Para pegawai pemkab mengikuti sosialisasi netralitas di aula kantor bupati, Senin "
     "(3/2).", {"sosialisasi"}),
    ("Para guru tidak boleh ikut menghadiri sosialisasi yang digelar di rumah warga.", set()),
    # the rule said at the gathering: where the statement was made
    (LEAD + "Pegawai dilarang hadir dalam kampanye, tegas Bupati di sela-sela apel gabungan.",
     {"apel"}),
    (LEAD + "“Tidak akan ada toleransi,” kata Bupati dalam apel pagi.", {"apel"}),
    # a plan that leads to the gathering across commas, no day told
    ("\u201cKe depan, rencananya kami akan mengundang para camat, dan juga lurah se-Sukamaju "
     "untuk deklarasi netralitas pegawai,\u201d ujarnya.", set()),
    ("\u201cKami mengundang para camat, dan juga lurah se-Sukamaju untuk deklarasi netralitas "
     "pegawai,\u201d ujarnya.", {"ikrar"}),
    # the rule or plan in another clause than the gathering: the gathering is held
    ("Ia menegaskan tidak akan ada toleransi bagi pegawai yang melanggar, sehingga seluruh "
     "pegawai membacakan ikrar netralitas di halaman kantor bupati.", {"ikrar"}),
    ("Ia menegaskan bakal ada hukuman bagi pegawai yang melanggar, sehingga seluruh pegawai "
     "membacakan ikrar netralitas di halaman kantor bupati.", {"ikrar"}),
    ("Pegawai dilarang terlibat politik praktis, karena itu Pemkab menggelar sosialisasi "
     "netralitas di aula.", {"sosialisasi"}),
    # "akan melakukan" a list of gatherings, the pact last after a comma, no day told
    ("Sebagai tindak lanjut, pekan-pekan ini Panwaslu Sukamaju akan melakukan bimtek dan ikrar "
     "netralitas pegawai, serta penandatanganan pakta integritas.", set()),
    ("Usai rapat, Pemkab Sukamaju akan melakukan pula penandatanganan pakta integritas bersama "
     "seluruh kepala dinas dan camat.", set()),
    # (a day told: the plan is announced, the pact kept as an occasion to come)
    ("Pemkab Sukamaju juga akan melakukan segera penandatanganan pakta integritas dengan camat, "
     "Kamis (9/5).", {"pakta_integritas"}),
    # (done, not planned: the pact signed)
    ("Pemkab Sukamaju telah melakukan bimtek netralitas pegawai, dan penandatanganan pakta "
     "integritas di aula kantor bupati, Senin (6/5).", {"bimtek", "pakta_integritas"}),
    # a gathering whose schedule is still awaited, whatever day dates the statement
    ("“Kami masih menunggu jadwal dari Pak Bupati untuk penandatanganan pakta integritas "
     "pegawai,” ujar Rudi, Rabu (2/8/2023).", set()),
    ("Panwaslu tinggal menunggu kepastian waktu dari Pemkab untuk deklarasi netralitas para "
     "camat dan lurah.", set()),
    # its time still sought
    ("\"Rencananya nanti tinggal dicarikan waktu yang tepat dan lokasi yang tepat untuk deklarasi "
     "netralitas ASN,\" kata Rudi, Senin (21/10/2024).", set()),
    ("Pemkab Sukamaju sedang mencari tanggal yang pas untuk penandatanganan pakta integritas "
     "para camat.", set()),
    ("“Kami tidak menunggu jadwal dari Pak Bupati, dan pegawai langsung menandatangani pakta "
     "integritas,” ujar Rudi, Rabu (2/8/2023).", {"pakta_integritas"}),
    # told of an earlier time
    ("Menurut Darmin, yang datang ketika itu ialah Sekda Sukamaju dan menandatangani pakta "
     "integritas tersebut.", set()),
    ("Menurut Darmin, yang datang hari itu ialah Sekda Sukamaju dan menandatangani pakta "
     "integritas tersebut.", {"pakta_integritas"}),
    ("Ketika itu juga, para camat membacakan ikrar netralitas di halaman kantor bupati.",
     {"ikrar"}),
    # monitoring still to come
    ("Nanti kita ada patroli bersama dengan kepolisian dan dinas untuk netralitas pegawai, "
     "katanya.", set()),
    ("Kemarin kita ada patroli bersama dengan kepolisian dan dinas untuk netralitas pegawai, "
     "katanya.", {"pengawasan"}),
    # (the election to come is no promise: a patrol held before it)
    ("Menjelang Pilkada nanti, Panwaslu Sukamaju menggelar patroli siber, Senin (4/3).",
     {"pengawasan"}),
    # a handling "akan" leads to: no case handled yet
    ("\u201cKeberpihakan pegawai termasuk dugaan pelanggaran jenis lain, jadi kami akan "
     "memproses ketidaknetralan itu, hingga akhirnya meneruskan rekomendasi kepada KASN,\u201d "
     "kata Rusdi di Sukamaju, Senin (7/9).", set()),
    ("\u201cKeberpihakan pegawai termasuk dugaan pelanggaran jenis lain, jadi kami sudah "
     "memproses ketidaknetralan itu, hingga akhirnya meneruskan rekomendasi kepada KASN,\u201d "
     "kata Rusdi di Sukamaju, Senin (7/9).", {"pelanggaran"}),
    # a briefing drive aimed at many audiences, no day told
    ("Kegiatan sosialisasi kata Rina tidak hanya menjangkau guru, pesantren dan karang "
     "taruna pun didatangi.", set()),
    ("Sosialisasi netralitas di aula kantor bupati, Senin (4/3), tidak hanya menyasar pegawai, "
     "tetapi juga tenaga honorer.", {"sosialisasi"}),
    # ... unless the sentence tells something done: the case stands
    ("Ketidaknetralan camat itu sudah terang, jadi Panwaslu akan memproses lalu meneruskan "
     "rekomendasi kepada KASN.", {"pelanggaran"}),
    # sanctions that await whoever is proven: a rule, not people counted
    ("Ia mengingatkan, banyak sanksi siap menanti guru yang terbukti berpihak pada Pilbup "
     "Sukamaju nanti.", set()),
    ("Ia menyebut, banyak pegawai di Sukamaju yang terbukti tidak netral dalam Pilbup tahun "
     "ini.", {"pelanggaran"}),
    # signed long before, or at the start of a term: not this occasion's; at the start of
    # the gathering itself, it is
    ("Rudi mengatakan, sudah sejak jauh-jauh hari pihaknya menandatangani pakta integritas agar "
     "seluruh ASN Pemkot Agam netral dalam Pemilu.", set()),
    ("Makanya menarik, ketika di awal pak Pj membuat fakta integritas dan ternyata itu memang "
     "efeknya, tutur Rina.", set()),
    ("Sejak awal acara, seluruh ASN menandatangani pakta integritas netralitas di aula kantor "
     "bupati.", {"pakta_integritas"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_activities_not_done_here(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
