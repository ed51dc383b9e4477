"""Activity rules of round 15. A finding is no case when the sentence tells what will follow
whenever one is found ("saat ditemukan ... akan ..."), when it is of an election still to come
("dalam Pilkada nanti"), or when it names a body's duty ("bertugas melakukan penindakan"). A
sanction urged ("mendorong ... diberi sanksi") is an appeal. "Diseminasi" is a briefing; a
briefing others are asked to help with, or one ticked off as done ("... juga sudah,"), is not
this occasion's, and one on the election law is not on neutrality unless the civil servants
are its audience. A headline's phrase the body writes only as an announcement is that appeal.
Invented sentences; each pattern paired with a positive."""

import pytest

from transforms.events.activities.classify import (
    VALUES,
    activities,
    activity_mentions,
    headline_mentions,
)

KINDS = frozenset(VALUES) - {"imbauan"}  # every activity value but the appeal

CASES = [
    # whenever one is found: a rule, its consequence to come
    ("Ia menegaskan, saat ditemukan adanya pegawai yang berpihak pasti akan dijatuhi hukuman "
     "disiplin.", set()),
    ("Ia menyebut, Panwaslu telah menemukan adanya pegawai yang berpihak kepada salah satu "
     "calon di Kecamatan Sukamaju.", {"pelanggaran"}),
    # a case of an election still to come
    ("Dinas Kepegawaian berkoordinasi dengan Panwaslu dalam menindak temuan ketidaknetralan "
     "pegawai Sukamaju pada Pilkada 2029 nanti.", set()),
    ("Panwaslu Sukamaju mencatat temuan ketidaknetralan pegawai pada Pilkada 2029, Senin "
     "(4/3).", {"pelanggaran"}),
    # a body's duty
    ("Karena itu jajaran Panwaslu di Sukamaju bertugas menjalankan penindakan terhadap "
     "oknum pegawai yang berpihak.", set()),
    ("Jajaran Panwaslu di daerah telah melakukan penindakan kepada tiga pegawai yang berpihak "
     "kepada calon.", {"pelanggaran"}),
    # a sanction urged, not decided
    ("Para pengamat mendorong pelanggar netralitas diberi sanksi berat supaya jera.",
     {"imbauan"}),
    ("Bupati Sukamaju telah menjatuhkan sanksi kepada dua pegawai yang terbukti berpihak.",
     {"sanksi", "pelanggaran"}),
    # "diseminasi": a briefing by another name
    ("Panwaslu Sukamaju menggelar diseminasi netralitas pegawai di aula hotel, Rabu (6/3).",
     {"sosialisasi"}),
    # others asked to help with a briefing
    ("Ketua Panwaslu juga meminta kepada para camat untuk membantu dalam sosialisasi netralitas "
     "pegawai di wilayahnya.", {"imbauan"}),
    ("Ketua Panwaslu menggelar sosialisasi netralitas pegawai bersama para camat di aula "
     "kecamatan, Kamis (7/3).", {"sosialisasi"}),
    # a step ticked off as done
    ("“Surat edaran sudah kami kirim, sosialisasi ke desa di Sukamaju juga sudah,” kata "
     "Kepala Dinas.", {"imbauan"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round15_activities(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
    if "imbauan" in expected:
        assert "imbauan" in activities(text)


HEADLINE = "Panwaslu Sukamaju Bentuk Posko Pengaduan Netralitas Pegawai"
ANNOUNCED = ("Panwaslu Sukamaju akan membentuk posko pengaduan menjelang pemungutan suara "
             "Pilkada.")
OPENED = "Panwaslu Sukamaju membuka posko pengaduan netralitas pegawai, Senin (4/3)."


@pytest.mark.parametrize(("body", "kept"), [(ANNOUNCED, False), (OPENED, True)])
def test_a_headlines_phrase_is_the_bodys_announcement(body, kept):
    title = activity_mentions(HEADLINE)
    assert "pengawasan" in {m.value for m in title}
    values = {m.value for m in headline_mentions(title, activity_mentions(body))}
    assert ("pengawasan" in values) is kept


# a briefing on the election law itself is not on neutrality, unless the civil servants are
# its audience
STATEMENT = ("\"Pegawai negeri wajib netral dan dilarang ikut berkampanye,\" kata Kepala "
             "Kesbangpol Provinsi Sukamaju, Budi Santoso di Kotabaru, Senin.\n")


@pytest.mark.parametrize(("line", "briefing"), [
    ("Budi datang ke Kotabaru untuk menghadiri sosialisasi Undang-Undang tentang Pemilu yang "
     "diharapkan menyatukan pandangan para pemangku kepentingan di daerah.", False),
    ("Budi datang ke Kotabaru untuk menghadiri sosialisasi Undang-Undang Pilkada bagi para "
     "kepala desa dan ASN di daerah itu.", True),
])
def test_a_briefing_on_the_election_law(line, briefing):
    assert ("sosialisasi" in activities(STATEMENT + line)) is briefing
