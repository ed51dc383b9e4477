"""Activity rules of round 9. A speaker telling a step as done ("Ia menjelaskan ASN telah
menandatangani ikrar ...", "ujarnya, Pemkot telah melaksanakan sosialisasi", "mengaku telah
memberikan arahan"), with no day, reports it as done before the statement: the statement is the
occasion. The narrator's own "telah" still tells the occasion reported. An assembly is also
named by who leads or attends it ("pemimpin/pimpinan/inspektur/komandan apel", "peserta apel").
A sanction told as a risk ("berisiko/berpotensi dikenai") is threatened. A civil servant named
("Camat Sukamaju Budi yang melanggar") or pointed at ("oknum ... yang melanggar") broke the
rule; "warga melaporkan dugaan pelanggaran" is a case reported. A gathering pointed at
("sosialisasi itu") in a sentence told in the future is still to come. So is one a speaker will
attend ("akan hadir dalam sosialisasi"); a sentence that opens on an example ("Seperti
sosialisasi ke ASN ...") tells the body's work, not an occasion; a briefing for voters or the
public ("menyasar pemilih pemula") is voter education unless its sentence names neutrality or
the civil servants. Monitoring told as what is usually done ("sering ditemukan melalui
pengawasan", "kerap melakukan patroli") is standing work, no act; a violation ranked as the kind
"yang paling banyak ditemukan" is statistics, no case. Lexicon: "Koordinasi
Nasional/Daerah/Wilayah/Teknis" is a meeting; "deklarasi (para) kepala
daerah/camat/lurah/pejabat" a declaration. A meeting pointed at ("pertemuan ini") in a sentence
on neutrality is the one held; "kampanye sosialisasi" is a campaign's socialising, no briefing.
The handling of violations told as done ("telah melakukan beberapa penanganan pelanggaran") is a
case handled; named as a meeting's topic it is none. Civil servants investigated or questioned
("investigasi terhadap para ASN", "mengklarifikasi dua ASN") over a suspicion are a case
handled.
Invented sentences; each pattern varied and paired with a positive."""

import pytest

from transforms.events.activities.classify import VALUES, activities

KINDS = frozenset(VALUES) - {"imbauan"}  # every activity value but the appeal

CASES = [
    # a step told done in indirect speech, no day: background of the statement
    ("Bupati Sukamaju Rahmat Hidayat meminta ASN menjaga netralitas. Ia menjelaskan seluruh ASN "
     "Pemkab Sukamaju telah menandatangani ikrar netralitas.", {"imbauan"}),
    ("Wali Kota meminta ASN tetap netral. Menurutnya, Pemkot Sukamaju telah melaksanakan "
     "sosialisasi netralitas ASN ke tiga kecamatan.", {"imbauan"}),
    ("Sekda Sukamaju meminta ASN netral. Ia mengaku telah memberikan arahan kepada seluruh ASN.",
     {"imbauan"}),
    ("Kepala BKD mengatakan ASN di lingkungan Pemkab sudah membacakan ikrar netralitas pegawai "
     "dan menandatangani pakta integritas bersama.", set()),
    # the same step told with a day, or by the narrator: this occasion
    ("Ia menjelaskan seluruh ASN Pemkab Sukamaju telah menandatangani ikrar netralitas pada "
     "Senin (4/3/2024) di halaman kantor bupati.", {"ikrar"}),
    ("Pemkab Sukamaju telah menggelar sosialisasi netralitas ASN di aula kantor bupati, Senin "
     "(4/3/2024).", {"sosialisasi"}),
    ("Seluruh ASN Pemkot Sukamaju telah membacakan ikrar netralitas ASN di halaman balai kota.",
     {"ikrar"}),
    # an assembly named by who leads or attends it
    ("Asisten I Budi Santoso selaku pemimpin apel membacakan ikrar netralitas ASN, Senin "
     "(4/3/2024).", {"apel", "ikrar"}),
    ("Sekda Sukamaju bertindak sebagai pimpinan apel dan mengingatkan ASN agar netral.",
     {"apel", "imbauan"}),
    ("Dalam amanatnya, inspektur apel meminta ASN tidak berpihak dalam Pilkada 2024.",
     {"apel", "imbauan"}),
    ("Ratusan peserta apel mengikuti pembacaan ikrar netralitas ASN di Lapangan Merdeka.",
     {"apel", "ikrar"}),
    # a sanction told as a risk is threatened: an appeal
    ("Pegawai yang tidak netral dalam Pilkada 2024 berisiko mendapat hukuman disiplin berat "
     "berupa penurunan jabatan.", {"imbauan"}),
    ("ASN yang terbukti berpihak berpotensi dikenai sanksi disiplin.", {"imbauan"}),
    ("ASN yang berpihak beresiko dijatuhi sanksi pemberhentian.", {"imbauan"}),
    ("Bupati Sukamaju telah menjatuhkan hukuman disiplin berat kepada dua camat yang tidak "
     "netral dalam Pilkada 2024.", {"sanksi"}),
    ("Dua camat yang tidak netral dalam Pilkada 2024 menerima sanksi penundaan kenaikan gaji "
     "berkala.", {"sanksi"}),
    # one person named or pointed at who broke the rule: a violation reported
    ("Bawaslu meminta Bupati menjatuhkan sanksi kepada Camat Sukamaju Budi Hartono yang "
     "melanggar netralitas ASN saat Pilkada 2024.", {"pelanggaran", "imbauan"}),
    ("Oknum guru yang melanggar netralitas ASN itu kini diproses.", {"pelanggaran"}),
    # whoever breaks it: a rule
    ("Pegawai yang melanggar netralitas saat Pilkada 2024 akan dikenai sanksi.", {"imbauan"}),
    ("Camat yang melanggar aturan netralitas dalam Pilkada 2024 bisa dicopot.", {"imbauan"}),
    # a case reported as an allegation, told as done
    ("Warga melaporkan dugaan ketidaknetralan ASN di Kecamatan Sukamaju.",
     {"pelanggaran"}),
    ("Para warga itu melaporkan dugaan adanya pelanggaran atas sikap netral ASN.", {"pelanggaran"}),
    # a report supposed or asked for: none
    ("Jika warga melaporkan dugaan ketidaknetralan pegawai, Panwaslih akan memprosesnya.",
     set()),
    ("Warga diminta melaporkan dugaan ketidaknetralan pegawai desa.", {"imbauan"}),
    ("Panwaslih mengajak warga untuk melaporkan dugaan ketidaknetralan pegawai desa.",
     {"imbauan"}),
    # a gathering pointed at ("itu", "tersebut") in a sentence told in the future: still to come
    ("Bawaslu Sukamaju menemukan dua ASN tidak netral. Namun, agenda sosialisasi itu akan "
     "diperluas di masa kampanye.", {"pelanggaran"}),
    ("Bawaslu Sukamaju menemukan dua ASN tidak netral. Dalam sosialisasi tersebut, Bawaslu akan "
     "menyasar guru dan tenaga kesehatan.", {"pelanggaran"}),
    ("Bawaslu Sukamaju menemukan dua ASN tidak netral. Bawaslu akan menekankan aturan kampanye "
     "dalam sosialisasi itu.", {"pelanggaran"}),
    # ... and told as held
    ("Bawaslu Sukamaju menggelar sosialisasi netralitas ASN di aula kantor bupati. Dalam "
     "sosialisasi itu, Ketua Bawaslu meminta ASN netral.", {"sosialisasi", "imbauan"}),
    # a sentence opening on an example of the body's work
    ("Bawaslu meminta ASN netral. Seperti sosialisasi ke pegawai soal netralitas, ucapnya.",
     {"imbauan"}),
    ("Bawaslu meminta ASN netral. Misalnya dengan sosialisasi netralitas di tiap dinas.",
     {"imbauan"}),
    # a gathering one will attend: still to come; one a statement was made at: this occasion
    ("Bawaslu meminta ASN netral. Bawaslu akan hadir dalam sosialisasi netralitas ASN.",
     {"imbauan"}),
    ("Ketua Bawaslu meminta ASN netral, kata dia dalam sosialisasi netralitas ASN di aula "
     "kantor bupati.", {"imbauan", "sosialisasi"}),
    # a briefing for voters or the public: voter education, unless it names the civil servants
    ("Bawaslu meminta ASN netral. Selain itu, sosialisasi turut menyasar pemilih muda di "
     "kampus.", {"imbauan"}),
    ("Bawaslu meminta ASN netral. Sosialisasi kepada masyarakat tentang hak pilih digelar di "
     "balai desa.", {"imbauan"}),
    ("Bawaslu menggelar sosialisasi bagi warga dan ASN tentang netralitas di aula kantor "
     "bupati.", {"sosialisasi"}),
    # monitoring told as what is usually done: the body's standing work
    ("Menurut Ketua Panwaslih, ketidaknetralan pegawai sering ditemukan lewat pengawasan "
     "di lapangan dan patroli media sosial.", set()),
    ("Bawaslu Sukamaju kerap melakukan patroli siber terhadap akun media sosial ASN.", set()),
    ("Bawaslu Sukamaju melakukan patroli siber terhadap akun media sosial ASN, Senin "
     "(4/3/2024).", {"pengawasan"}),
    # a violation ranked as the kind most often found: statistics, no case
    ("Bawaslu mengingatkan Pemkot menjaga netralitas ASN. Ketidaknetralan ASN, lanjutnya, "
     "menjadi salah satu jenis pelanggaran yang paling banyak ditemukan di daerah itu.",
     {"imbauan"}),
    ("Panwaslih menemukan dua kasus ketidaknetralan pegawai di Kecamatan Sukamaju, dan kasus "
     "itu paling banyak dilaporkan warga.", {"pelanggaran"}),
    # a meeting named "Koordinasi Nasional/Daerah", on neutrality when its sentence says so
    ("Pj Gubernur menegaskan pentingnya netralitas ASN pada Koordinasi Nasional yang digelar "
     "Bawaslu RI di Jakarta, Selasa (17/9/2024).", {"sosialisasi", "imbauan"}),
    ("Bupati menghadiri Koordinasi Daerah persiapan logistik pilkada di aula kantor bupati.",
     set()),
    # the declaration of regional heads, camat or lurah
    ("Acara ditutup dengan deklarasi kepala daerah untuk menjaga netralitas ASN.", {"ikrar"}),
    ("Para camat dan lurah membacakan deklarasi camat dan lurah netral di halaman kantor wali "
     "kota.", {"ikrar"}),
    ("Pasangan calon mengikuti deklarasi kampanye damai di alun-alun.", set()),
    # a meeting pointed at ("pertemuan ini") in a sentence on neutrality: the one held
    ("Bawaslu mengumpulkan kepala desa di sebuah hotel, Selasa (12/11/2024). Tujuan "
     "pertemuan ini yaitu kesepakatan menjaga netralitas desa selama Pilkada 2024.",
     {"sosialisasi"}),
    ("Para kepala desa diduga mengikuti pertemuan dengan calon bupati. Pertemuan itu membahas "
     "dukungan suara.", set()),
    ("Satgas pembinaan netralitas ASN ini dibentuk wali kota.", set()),
    # a campaign's own socialising ("kampanye sosialisasi"): what ASN must not do
    ("Pegawai wajib menjaga netralitas dan tidak ikut kampanye sosialisasi di media "
     "sosial.", {"imbauan"}),
    ("Bawaslu menggelar kampanye netralitas dan sosialisasi kepada ASN di aula kantor bupati.",
     {"sosialisasi"}),
    # the handling of violations told as done ("melakukan penanganan"), not a topic
    ("Sampai Maret 2024, Panwaslih Sukamaju sudah melakukan sejumlah penanganan pelanggaran "
     "netralitas pegawai di tiga kecamatan.", {"pelanggaran"}),
    ("Ketua Panwaslih memberi keterangan seusai mengikuti rapat koordinasi pembahasan "
     "penanganan pelanggaran netralitas pegawai.", {"sosialisasi"}),
    ("Penanganan pelanggaran netralitas ASN dilakukan sesuai prosedur.", set()),
    # civil servants investigated or questioned over a suspicion: a case handled
    ("Panwaslih segera melakukan investigasi terhadap sejumlah guru yang diduga berfoto dengan "
     "baliho paslon.", {"pelanggaran"}),
    ("Bawaslu Sukamaju telah mengklarifikasi dua ASN yang diduga mendukung salah satu calon, "
     "Senin (4/3/2024).", {"pelanggaran"}),
    ("Jika ada laporan, Bawaslu akan mengklarifikasi ASN yang diduga tidak netral.", set()),
    # "apel" the fruit is no assembly
    ("Warga membagikan buah apel kepada ASN yang menjaga netralitas.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round9_activities(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
    if "imbauan" in expected:
        assert "imbauan" in activities(text)


def test_some_of_the_recommended_sanctions_given():
    """Some of the sanctions recommended told as given ("baru satu yang sudah dijatuhkan"),
    through a speech aside: a sanction decided; none given yet: no sanction."""
    lead = "Bawaslu merekomendasikan sanksi bagi empat ASN yang terbukti tidak netral. "
    given = lead + ("Dari keempat rekomendasi sanksi itu, ujarnya, baru satu yang sudah "
                    "dijatuhkan, yaitu oleh Pemkab Sukamaju.")
    none = lead + "Dari keempat rekomendasi sanksi itu, ujarnya, belum ada yang dijatuhkan."
    assert "sanksi" in activities(given)
    assert "sanksi" not in activities(none)
