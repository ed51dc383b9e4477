"""A gathering named for another purpose, read from its own name (transforms/events/activities/
topics.py): a meeting, an assembly, a ceremony or a forum whose name goes on with a topic that
is not neutrality, the election or the civil servants (development, health, inflation, budget,
disasters, food, anniversaries, ...) gives the appeal alone, whatever the topic, unless its
sentence puts neutrality on its agenda or a pledge or a pact is held at it. A name that only
says when, how, where or whose it is ("apel pagi", "rapat koordinasi Pemkab ...") names no
purpose: the article's lead decides, as before. Invented sentences, one article each."""

from __future__ import annotations

import pytest

from transforms.events.activities.classify import activities, activity_mentions

# an opening paragraph naming neutrality (an unnamed gathering after it is kept)
LEAD = "Pemkab Sukamaju terus menjaga netralitas ASN menjelang Pilkada 2024.\n"
# an opening paragraph on another matter (an unnamed gathering after it is dropped)
OTHER_LEAD = "Pemkab Sukamaju menyiapkan pelayanan publik selama libur panjang.\n"
# a whole lead on other matters: a gathering after it is read by its own sentence alone
OTHER_LEADS = OTHER_LEAD + ("Pasar induk dibuka lebih awal selama sepekan.\n"
                            "Petugas kebersihan ditambah di ruas jalan utama.\n")

OTHER_PURPOSE = [
    # meetings named for the region's other business
    ("Dalam rapat koordinasi pembangunan daerah di aula setda, Bupati meminta ASN menjaga "
     "netralitas.", "sosialisasi"),
    ("Dalam rakor pengendalian harga beras di ruang rapat bupati, Sekda mengingatkan ASN tetap "
     "netral.", "sosialisasi"),
    ("Dalam rapat koordinasi penanganan stunting di aula setda, Bupati menegaskan netralitas "
     "pegawai.", "sosialisasi"),
    ("Dalam pertemuan swasembada jagung di pendopo kabupaten, Wakil Bupati meminta ASN netral.",
     "sosialisasi"),
    ("Saat rapat koordinasi penyusunan anggaran tahun 2025, Sekda berpesan agar ASN netral.",
     "sosialisasi"),
    ("Dalam rapat koordinasi percepatan vaksinasi di aula dinas, Bupati meminta ASN netral.",
     "sosialisasi"),
    ("Dalam rakor penurunan angka kemiskinan ekstrem, Wali Kota mengingatkan pegawai tetap "
     "netral.", "sosialisasi"),
    ("Dalam rapat kerja kesehatan di aula dinas, Sekda mengingatkan ASN tetap netral.",
     "sosialisasi"),
    # a topic in capitals that is no public body's name
    ("Dalam rakor TPID di aula setda, Sekda mengingatkan ASN tetap netral.", "sosialisasi"),
    # assemblies and ceremonies named for another purpose
    ("Saat apel kesiapsiagaan bencana banjir di halaman kantor bupati, Bupati menegaskan "
     "netralitas ASN.", "apel"),
    ("Dalam apel penertiban pedagang kaki lima di lapangan, Wali Kota meminta ASN netral.",
     "apel"),
    ("Dalam apel pencegahan kebakaran hutan di halaman kantor bupati, Bupati meminta ASN "
     "netral.", "apel"),
    ("Dalam upacara penyambutan Piala Adipura di halaman balai kota, Wali Kota meminta pegawai "
     "netral.", "apel"),
    # a topic after words that only say whose or when it is
    ("Dalam rakor tim percepatan penurunan stunting di aula setda, Bupati meminta ASN netral.",
     "sosialisasi"),
    ("Saat apel harian penertiban pedagang di lapangan, Wali Kota meminta ASN netral.", "apel"),
    ("Dalam upacara 17 Agustus di lapangan, Bupati meminta ASN netral.", "apel"),
]

NEUTRALITY_NAMED = [
    # neutrality named as the gathering's own topic, or on its agenda
    ("Dalam rakor netralitas ASN di aula setda, Bupati meminta ASN netral.", "sosialisasi"),
    ("Dalam rapat koordinasi pengawasan netralitas di aula setda, Bupati meminta ASN netral.",
     "sosialisasi"),
    ("Dalam rapat koordinasi penanggulangan banjir dan netralitas ASN, Sekda meminta ASN netral.",
     "sosialisasi"),
    ("Pemkab menggelar rakor pembangunan daerah yang juga membahas netralitas ASN di aula.",
     "sosialisasi"),
    # a pledge or a pact held at it keeps the gathering
    ("Apel siaga bencana di halaman kantor bupati dirangkai ikrar netralitas ASN.", "apel"),
    ("Dalam rapat koordinasi penataan pasar, para camat menandatangani pakta integritas "
     "netralitas.", "sosialisasi"),
    # its stated purpose, told by a verb of saying ("untuk mengingatkan ...")
    ("Pemkab menggelar rakor pengelolaan sampah untuk mengingatkan netralitas ASN, Kamis.",
     "sosialisasi"),
    ("Pemkab menggelar rakor Forkopimda untuk menegaskan netralitas ASN, Kamis (7/3/2024).",
     "sosialisasi"),
    ("Wali Kota memimpin apel kerja untuk menekankan netralitas pegawai di halaman balai kota.",
     "apel"),
]

# names that tell when, how, where or whose, not what for: decided by the lead
NO_PURPOSE = [
    ("Hal itu disampaikan Bupati saat memimpin apel pagi Senin di halaman kantor bupati.",
     "apel"),
    ("Hal itu ditegaskan Sekda dalam rapat koordinasi Pemkab Sukamaju di aula setda.",
     "sosialisasi"),
    ("Pesan itu disampaikan Bupati dalam apel gabungan ASN Sukamaju di lapangan.", "apel"),
    ("Hal itu disampaikan Bupati saat apel perdana pasca libur panjang di halaman kantor.",
     "apel"),
    ("Hal itu disampaikan Sekda dalam rapat koordinasi rutin bulanan di aula setda.",
     "sosialisasi"),
    ("Hal itu ditegaskan Bupati saat apel hari ini di halaman kantor bupati.", "apel"),
    ("Hal itu disampaikan Wakil Bupati dalam rapat koordinasi Pilkada 2024 di aula setda.",
     "sosialisasi"),
    ("Hal itu disampaikan Sekda dalam rapat koordinasi para camat se-Kabupaten Sukamaju.",
     "sosialisasi"),
    # its form, the security forces with the civil servants, an ordinal
    ("Hal itu disampaikan Sekda dalam rapat koordinasi tatap muka di aula setda.",
     "sosialisasi"),
    ("Hal itu disampaikan Bupati saat apel gabungan TNI-Polri dan ASN di alun-alun.", "apel"),
    ("Hal itu disampaikan Bupati saat apel ke-3 bulan ini di halaman kantor bupati.", "apel"),
    # a region's name, the law-enforcement centre: whose, not what for
    ("Hal itu disampaikan Sekda dalam rapat koordinasi Agam di aula setda.", "sosialisasi"),
    ("Hal itu disampaikan Ketua Bawaslu dalam rakor Sentra Gakkumdu di aula setda.",
     "sosialisasi"),
    # when: a month, a weekday written with its apostrophe or as "Ahad", "every", "daily",
    # "after the holiday" written as one word
    ("Hal itu disampaikan Bupati saat memimpin apel Jum'at pagi di halaman kantor bupati.",
     "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel Ahad pagi di halaman kantor bupati.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel perdana bulan Januari di halaman kantor.",
     "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel rutin setiap Senin di halaman kantor.",
     "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel harian di halaman kantor bupati.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel perdana pascalibur di halaman kantor.",
     "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel kelima bulan ini di halaman kantor.",
     "apel"),
    # how: online or both ways
    ("Hal itu disampaikan Sekda dalam rapat koordinasi via zoom meeting, Selasa.",
     "sosialisasi"),
    ("Hal itu disampaikan Sekda dalam rapat koordinasi hybrid di aula setda.", "sosialisasi"),
    # the people gathered: personnel, contract staff, the civil defence corps, village staff
    ("Hal itu disampaikan Bupati saat memimpin apel personel di halaman kantor bupati.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel tenaga honorer di halaman kantor.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel Linmas di halaman kantor bupati.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel perangkat desa di halaman kantor.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel Non-ASN di halaman kantor bupati.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel akbar ribuan ASN di lapangan.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel ratusan pegawai di lapangan.", "apel"),
    ("Hal itu disampaikan Bupati saat memimpin apel morning briefing di halaman kantor.",
     "apel"),
    # whose: the election's ad hoc bodies and organisers, an official named by an honorific
    # or as acting, a team
    ("Hal itu disampaikan Ketua Bawaslu dalam rakor PPK dan PPS di aula.", "sosialisasi"),
    ("Hal itu disampaikan Ketua Bawaslu dalam rakor pengawas TPS di aula.", "sosialisasi"),
    ("Hal itu disampaikan Ketua Bawaslu dalam rakor penyelenggara pemilu di aula.",
     "sosialisasi"),
    ("Hal itu disampaikan Sekda dalam rapat koordinasi Pak Bupati di aula setda.",
     "sosialisasi"),
    ("Hal itu disampaikan Sekda dalam rapat koordinasi Plh Bupati di aula setda.",
     "sosialisasi"),
    ("Hal itu disampaikan Bupati dalam rakor tim di aula setda.", "sosialisasi"),
    # a public body by its one-word name
    ("Hal itu disampaikan Sekda dalam rakor Bappeda di aula setda.", "sosialisasi"),
    ("Hal itu disampaikan Sekda dalam rapat koordinasi BPBD di aula setda.", "sosialisasi"),
    # a region named in two or three words, a province by its short name
    ("Hal itu disampaikan Sekda dalam rapat koordinasi Muara Enim di aula setda.",
     "sosialisasi"),
    ("Hal itu disampaikan Sekda dalam rapat koordinasi Lima Puluh Kota di aula setda.",
     "sosialisasi"),
    ("Hal itu disampaikan Ketua Bawaslu dalam rakor Sumbar di aula.", "sosialisasi"),
]


@pytest.mark.parametrize(("text", "value"), OTHER_PURPOSE)
def test_gathering_named_for_any_other_topic_gives_the_appeal_only(text, value):
    found = activities(LEAD + text)
    assert value not in found
    assert "imbauan" in found


@pytest.mark.parametrize(("text", "value"), OTHER_PURPOSE)
def test_gathering_named_for_another_topic_stays_for_the_record(text, value):
    mentions = activity_mentions(LEAD + text)
    assert any(m.value == value and not m.on_topic for m in mentions)


@pytest.mark.parametrize(("text", "value"), NEUTRALITY_NAMED)
def test_gathering_with_neutrality_on_its_agenda_is_kept(text, value):
    assert value in activities(OTHER_LEADS + text)


@pytest.mark.parametrize(("text", "value"), NO_PURPOSE)
def test_name_without_a_topic_is_decided_by_the_lead(text, value):
    assert value in activities(LEAD + text)
    assert value not in activities(OTHER_LEAD + text)


def test_a_pointer_back_to_an_assembly_named_for_another_topic_follows_it():
    text = (LEAD + "Pemkab Sukamaju menggelar apel penertiban pedagang kaki lima di halaman "
            "kantor bupati, Senin.\nDalam apel tersebut, Bupati meminta ASN menjaga netralitas.")
    found = activities(text)
    assert "apel" not in found
    assert "imbauan" in found


POINTED_BACK = [
    # the meeting named in a sentence of its own (no neutrality there), then pointed back at
    "Pemkab Sukamaju menggelar rakor penanganan stunting di aula setda, Senin.\n"
    "Dalam rakor tersebut, Bupati meminta ASN menjaga netralitas.",
    "Wali Kota memimpin rapat koordinasi penataan pasar tradisional di balai kota.\n"
    "Pada rapat itu, Wali Kota juga mengingatkan pegawai agar netral dalam Pilkada.",
]


def test_a_meeting_named_for_whose_it_is_pointed_back_at_is_decided_by_the_lead():
    text = ("Bawaslu Sukamaju menggelar rakor PPK dan PPS di aula kantornya, Senin.\n"
            "Dalam rakor tersebut, Ketua Bawaslu meminta ASN menjaga netralitas.")
    assert "sosialisasi" in activities(LEAD + text)


@pytest.mark.parametrize("text", POINTED_BACK)
def test_a_meeting_pointed_back_at_is_as_it_was_named(text):
    found = activities(LEAD + text)
    assert "sosialisasi" not in found
    assert "imbauan" in found


def test_a_meeting_pointed_back_at_after_one_on_neutrality_is_kept():
    text = (OTHER_LEADS + "Pemkab Sukamaju menggelar rakor netralitas ASN di aula setda.\n"
            "Dalam rakor tersebut, Bupati meminta ASN menjaga netralitas.")
    assert "sosialisasi" in activities(text)
