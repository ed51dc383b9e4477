"""Activity rules of round 7: a sanction said as certain or willed ("pasti ditindak",
"berkomitmen memberikan sanksi", "bertekad menindak") is threatened, an appeal; a sanction as
the purpose a sentence opens with ("Untuk menjatuhkan sanksi ...") is asked for, not given; a
sentence that is only a sanction ("Dicopot dari jabatan.") restates the threat before it;
"divonis melanggar" is a finding (judged to have broken the rule), not the sentence given. A
finding word joined to a denied one shares the denial ("belum pernah menemukan ataupun
menerima laporan"). A plenary or case review ("rapat pleno", "gelar perkara") is a body
deciding its cases, not a briefing. Spreading word asked of others ("meminta kepala OPD untuk
menyosialisasikan") is a directive, not a briefing held. A procedure's steps ("setelah
diteruskan ke KASN maka KASN akan ...") tell what would follow, not a case; the cases of an
election named as past ("Pileg kemarin", "Pemilu 2019 silam") are background; a rule's
whoever also with conditions joined ("bagi ASN yang tidak patuh dan terbukti melanggar"). A
gathering someone is accused of ("diduga mengumpulkan para kepala desa") is no briefing. People
counted by tens ("dari puluhan guru yang melanggar, enam mendapat sanksi") are those the
sanction was given to, not whoever. An assembly whose sentence names the regional secretariat
or the personnel board ("Asisten III Setda", "Kepala BKPSDM") is a government's. A gathering
whose theme is quoted after it is on what the theme names ("seminar bertajuk '...'").
Invented sentences; each pattern varied and paired with a positive."""

import pytest

from transforms.events.activities.classify import activities

CASES = [
    # a sanction said as certain or willed: threatened
    ("Kalau ada ASN yang berpihak pada Pilkada 2024, pasti ditindak dengan tegas.", {"imbauan"}),
    ("Pemkab Sukamaju berkomitmen memberikan sanksi tegas kepada pegawai yang berpihak.",
     {"imbauan"}),
    ("Bupati bertekad menjatuhkan sanksi kepada ASN yang tidak netral.", {"imbauan"}),
    ("ASN yang tidak netral tentunya dikenai sanksi disiplin.", {"imbauan"}),
    ("Pemkab Sukamaju telah menjatuhkan sanksi teguran tertulis kepada dua ASN yang tidak netral.",
     {"sanksi"}),
    ("Bupati Sukamaju sudah mencopot tiga camat yang tidak netral di Pilkada 2024.", {"sanksi"}),
    # a sanction as the purpose a sentence opens with
    ("Untuk menjatuhkan sanksi kepada ASN yang melanggar netralitas, Bupati menunggu "
     "rekomendasi.", {"imbauan"}),
    ("Guna memberikan sanksi yang adil, PPK menunggu hasil pemeriksaan netralitas ASN.",
     set()),
    # a sentence that is only the sanction restates the threat before it
    ("Kalau ada lurah yang tidak netral, ya diberhentikan sebagai lurah. Dicopot dari jabatan.",
     {"imbauan"}),
    ("Camat yang tidak netral akan diberhentikan. Diberhentikan dari jabatan.", {"imbauan"}),
    # judged to have broken the rule: a finding
    ("Lima ASN yang divonis melanggar netralitas itu terdiri dari dua camat dan tiga guru.",
     {"pelanggaran"}),
    ("Sebanyak tujuh kepala desa sudah dinyatakan melanggar netralitas oleh Bawaslu.",
     {"pelanggaran"}),
    # a finding word joined to a denied one shares the denial
    ("Hingga kini Panwascam belum pernah menemukan ataupun menerima laporan soal camat yang "
     "berpihak.", set()),
    ("Panwascam tidak menemukan maupun mendapati ASN yang tidak netral di Pilkada 2024.",
     set()),
    ("Bawaslu menemukan dan menerima laporan tiga ASN yang tidak netral di Pilkada 2024.",
     {"pelanggaran"}),
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
    # a procedure's steps: what would follow, not a case
    ("Setelah diteruskan ke KASN maka KASN akan mengirim rekomendasi sanksi ke PPK.", {"imbauan"}),
    ("Jika ditemukan pelanggaran netralitas ASN maka Bawaslu dapat meneruskannya ke BKN.", set()),
    ("Bawaslu Sukamaju telah melaporkan dua camat ke KASN karena tidak netral di Pilkada 2024.",
     {"pelanggaran"}),
    # an election named as past: its cases are background
    ("ASN wajib netral di Pilkada 2024. Pada Pileg kemarin, Bawaslu menemukan lima ASN yang "
     "tidak netral.", {"imbauan"}),
    ("ASN wajib netral di Pilkada 2024. Saat pemilihan legislatif kemarin tercatat tiga ASN "
     "terbukti melanggar netralitas.", {"imbauan"}),
    ("ASN wajib netral di Pilkada 2024. Dalam Pemilu silam, Bawaslu menemukan lima ASN yang "
     "tidak netral.", {"imbauan"}),
    # whoever, with conditions joined
    ("Bagi pegawai yang tidak disiplin, dan terbukti melanggar netralitas akan menerima hukuman.",
     {"imbauan"}),  # the punishment threatened
    ("Bagi pegawai yang berpihak atau terbukti melanggar netralitas, sanksinya berat.",
     {"imbauan"}),
    # a gathering someone is accused of: no briefing
    ("Warga melaporkan dugaan pertemuan camat dengan tim sukses, padahal ASN wajib netral.",
     {"imbauan"}),
    ("Pj Bupati Sukamaju diduga mengumpulkan para kepala desa di sebuah hotel untuk "
     "memenangkan calon tertentu, menurut laporan soal netralitas ASN.", {"pelanggaran"}),
    ("Pj Bupati Sukamaju mengumpulkan para kepala desa di aula kantor bupati untuk sosialisasi "
     "netralitas ASN.", {"sosialisasi"}),
    # people counted by tens: the sanction was given to them
    ("Dari puluhan guru yang melanggar netralitas, enam di antaranya mendapat sanksi "
     "berupa teguran.", {"pelanggaran", "sanksi"}),
    ("Dari belasan guru yang terbukti tidak netral, empat orang sudah mendapat sanksi.",
     {"pelanggaran", "sanksi"}),
    ("Kades yang melanggar netralitas akan mendapat sanksi berupa teguran.", {"imbauan"}),
    # an assembly run by the regional secretariat or the personnel board
    ("Apel pagi dipimpin Asisten III Setda Sukamaju di halaman kantor setempat.", {"apel"}),
    ("Kepala BKPSDM bertindak sebagai pembina apel di halaman kantor.", {"apel"}),
    ("Apel siaga pengamanan dipimpin Kapolres Sukamaju di lapangan mapolres.", set()),
    # a gathering's quoted theme says what it is on
    ('ASN harus netral, kata Sekda dalam seminar bertajuk "Merajut Persatuan Menyukseskan '
     'Pilkada" di aula kantor bupati.', {"imbauan"}),
    ('ASN harus netral, kata Sekda dalam dialog "Menjaga Netralitas ASN di Pilkada 2024" di '
     'aula kantor bupati.', {"imbauan", "sosialisasi"}),
    ("Pemkab Sukamaju menggelar sosialisasi dengan tema 'Pegawai Profesional dan Netral' bagi "
     "200 ASN.", {"sosialisasi"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round7_activities(text, expected):
    assert set(activities(text)) == expected
