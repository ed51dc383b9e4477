"""Gatherings about neutrality only (transforms/events/activities/topics.py): an assembly or a
meeting gives `apel` / `sosialisasi` when it is about neutrality; one held for another purpose,
where neutrality is only stressed, gives the appeal alone, and stays a gathering for the
record (its attendees still counted). Invented sentences, one article each."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from transforms.events.activities.classify import activities, activity_mentions
from transforms.events.assemble import extract_events

# an opening paragraph naming neutrality: the gatherings below are judged by their own names
LEAD = "Pemkab Sukamaju terus menjaga netralitas ASN menjelang Pilkada 2024.\n"
# an opening paragraph on another matter
OTHER_LEAD = "Pemkab Sukamaju menyiapkan pelayanan publik selama libur panjang.\n"

KEPT = [
    # named for neutrality (or for the civil servants' election conduct)
    ("Bupati memimpin apel netralitas ASN di halaman kantor bupati.", "apel"),
    ("Sekda menjadi pembina apel siaga netralitas pegawai di lapangan kantor wali kota.", "apel"),
    ("Bawaslu menggelar sosialisasi larangan ASN berpolitik praktis di aula kantor bupati.",
     "sosialisasi"),
    ("Pemkot mengadakan rapat koordinasi netralitas pegawai di ruang rapat sekda.",
     "sosialisasi"),
    # held to sign or declare it: a pledge or a pact in its sentence
    ("Upacara HUT Korpri di halaman kantor bupati dirangkai pembacaan ikrar netralitas.", "apel"),
    ("Usai apel gelar pasukan, para camat menandatangani pakta integritas netralitas.", "apel"),
    ("Dalam apel pagi itu, ratusan pegawai mendeklarasikan netralitas menghadapi pilkada.",
     "apel"),
    ("Dalam rapat kerja OPD, kepala dinas menandatangani pakta integritas netralitas ASN.",
     "sosialisasi"),
    # its stated purpose, theme or agenda
    ("Pemkab menggelar rapat koordinasi untuk memperkuat netralitas ASN di aula setda.",
     "sosialisasi"),
    ("Bawaslu menggelar diskusi bersama para camat membahas keterlibatan ASN dalam kampanye.",
     "sosialisasi"),
    ("Seminar bertajuk \"Pegawai Netral, Pilkada Bermartabat\" digelar di aula kampus.",
     "sosialisasi"),
    ("Apel gabungan digelar dalam rangka meneguhkan netralitas aparatur sipil negara.", "apel"),
    # a briefing given to civil servants
    ("Bawaslu memberikan sosialisasi pengawasan pemilu kepada ratusan ASN di aula kantor bupati.",
     "sosialisasi"),
    ("Kepala BKPSDM memberikan pengarahan kepada para camat dan lurah di gedung serbaguna.",
     "sosialisasi"),
    ("Ketua Bawaslu menjadi pemateri di hadapan puluhan pegawai kecamatan.", "sosialisasi"),
    ("Penyuluhan bagi seluruh lurah digelar di pendopo kabupaten, Kamis.", "sosialisasi"),
]

# named for no purpose: decided by the lead (kept after LEAD, dropped after OTHER_LEAD)
UNNAMED = [
    ("Hal itu disampaikan Bupati saat memimpin apel pagi di halaman kantor bupati.", "apel"),
    ("Sekda Sukamaju bertindak sebagai pembina apel gabungan pegawai di halaman setda.", "apel"),
    ("Pesan itu disampaikan Wakil Bupati dalam rapat bersama para camat di aula setda.",
     "sosialisasi"),
    ("Hal itu ditegaskan Sekda dalam rapat koordinasi di ruang rapat bupati, Senin.",
     "sosialisasi"),
    # a forum's branch names whose meeting it is, not its topic
    ("Pesan itu disampaikan ketua forum saat sambutan pada Rakor FORKADES Agam di hotel.",
     "sosialisasi"),
]

DROPPED = [
    # a security or troop assembly
    ("Dalam apel gelar pasukan pengamanan Pilkada, Bupati meminta ASN menjaga netralitas.",
     "apel"),
    ("Wali Kota memimpin apel siaga pengamanan pemilu dan mengingatkan pegawai agar netral.",
     "apel"),
    ("Saat apel kesiapan pengamanan di halaman kantor bupati, Sekda menegaskan netralitas ASN.",
     "apel"),
    ("Usai apel operasi mantap praja di lapangan, Bupati mengingatkan ASN tetap netral.",
     "apel"),
    # an anniversary, a flag ceremony
    ("Dalam upacara HUT kabupaten, Bupati berpesan agar ASN menjaga netralitas.", "apel"),
    ("Dalam upacara peringatan Hari Pahlawan, Sekda meminta ASN tetap netral.", "apel"),
    ("Saat memimpin upacara bendera di halaman kantor bupati, Sekda mengingatkan ASN netral.",
     "apel"),
    ("Dalam upacara memperingati Hari Kebangkitan Nasional, Bupati menegaskan netralitas ASN.",
     "apel"),
    # a launching, a work or leaders' meeting
    ("Dalam rapat pimpinan di ruang bupati, Sekda meminta kepala OPD menjaga netralitas ASN.",
     "sosialisasi"),
    ("Dalam rapat kerja OPD di aula setda, Bupati mengingatkan netralitas ASN.", "sosialisasi"),
    ("Dalam apel kerja di halaman kantor wali kota, Wali Kota menegaskan netralitas pegawai.",
     "apel"),
    ("Dalam rapat evaluasi kinerja di aula setda, Sekda mengingatkan ASN tetap netral.",
     "sosialisasi"),
    # the election's preparation or supervision
    ("Dalam rapat koordinasi persiapan Pilkada, Bupati menegaskan netralitas ASN.",
     "sosialisasi"),
    ("Dalam rapat koordinasi pengawasan kampanye, Ketua Bawaslu mengingatkan netralitas ASN.",
     "sosialisasi"),
    ("Dalam rapat koordinasi kesiapan pemilu di aula setda, Sekda meminta ASN netral.",
     "sosialisasi"),
    ("Dalam rapat koordinasi tahapan pilkada di kantor KPU, Bupati menegaskan netralitas ASN.",
     "sosialisasi"),
    # a ceremony held on an anniversary, named after "pada", and the apel joined to it
    ("Imbauan itu disampaikan Sekda saat bertindak sebagai inspektur upacara pada peringatan "
     "HUT ke-60 Provinsi yang dirangkaikan dengan Apel Korpri.", "apel"),
    # a press or social gathering; one held with another purpose's occasion
    ("\"Pasti kita semua ada pilihan,\" ujar Sekda saat kegiatan Coffee Morning bersama wartawan, "
     "pekan lalu, meminta ASN netral.", "sosialisasi"),
    ("Hal itu diungkapkan Kepala Kesbangpol saat coffe morning bersama wartawan, meminta ASN "
     "netral.", "sosialisasi"),
    ("Hal itu disampaikan Ketua Bawaslu dalam rapat koordinasi bersama stakeholder dan launching "
     "pemetaan kerawanan pemilu, sembari mengingatkan netralitas ASN.", "sosialisasi"),
    # held with a declaration for a peaceful election: the public's occasion
    ("Saat dialog publik dan deklarasi Pilkada damai yang digelar alumni kampus, Ketua Bawaslu "
     "mengingatkan netralitas ASN.", "sosialisasi"),
]

# near-misses: what the narrow reading must leave as it was
UNCHANGED = [
    # named for neutrality though its kind is another purpose's word
    ("Bupati memimpin apel siaga netralitas ASN di halaman kantor bupati.", ("apel",)),
    ("Bawaslu menggelar sosialisasi pengawasan netralitas ASN di aula kantor bupati.",
     ("sosialisasi",)),
    # no gathering at all, before as after
    ("Petani memanen apel di kebun, Senin.", ()),
    ("Lapangan upacara kantor bupati sedang diperbaiki.", ()),
    # a pledge or a pact is its own value, the assembly's topic aside
    ("Ratusan ASN membacakan ikrar netralitas di halaman kantor bupati.", ("ikrar",)),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_gathering_about_neutrality_is_kept(text, value):
    assert value in activities(OTHER_LEAD + text)


@pytest.mark.parametrize(("text", "value"), UNNAMED)
def test_unnamed_gathering_is_kept_when_the_lead_names_neutrality(text, value):
    assert value in activities(LEAD + text)


@pytest.mark.parametrize(("text", "value"), UNNAMED)
def test_unnamed_gathering_is_dropped_when_the_lead_does_not(text, value):
    assert value not in activities(OTHER_LEAD + text)


@pytest.mark.parametrize(("text", "value"), DROPPED)
def test_gathering_for_another_purpose_gives_the_appeal_only(text, value):
    found = activities(LEAD + text)
    assert value not in found
    assert "imbauan" in found


@pytest.mark.parametrize(("text", "value"), DROPPED)
def test_gathering_for_another_purpose_stays_a_gathering_for_the_record(text, value):
    mentions = activity_mentions(LEAD + text)
    assert any(m.value == value and not m.on_topic for m in mentions)


def test_a_pledge_in_the_lead_keeps_an_assembly_named_for_another_purpose():
    text = ("Ratusan ASN Pemkab Sukamaju membacakan ikrar netralitas, Senin (4/3/2024).\n"
            "Pembacaan ikrar itu digelar dalam upacara HUT kabupaten di halaman kantor bupati.")
    assert "apel" in activities(text)


def test_a_meeting_held_to_discuss_another_matter_is_what_this_meeting_points_back_at():
    # the purpose stated after the first meeting is another ("membahas tahapan"): the same
    # meeting named again ("rakor ini") is that one, where neutrality is only spoken of
    text = ("Tim Desk Pilkada Sukamaju menggelar rapat koordinasi (rakor) daring untuk membahas "
            "tahapan Pilkada 2024.\nRakor ini dipimpin Kepala Kesbangpol Sukamaju.\nDalam rakor "
            "ini, Ketua Bawaslu menjelaskan penanganan dugaan pelanggaran netralitas ASN.\n")
    assert "sosialisasi" not in activities(text)
    on_neutrality = text.replace("membahas tahapan", "membahas netralitas ASN dalam")
    assert "sosialisasi" in activities(on_neutrality)


def test_a_talk_at_the_election_desks_meeting_pointed_back_at_is_no_briefing():
    text = ("Sekda Sukamaju mengingatkan ASN menjaga netralitas dalam Pemilu 2024.\nHal itu "
            "disampaikan Sekda saat memimpin rapat koordinasi Desk Pemilu 2024 Kabupaten Sukamaju "
            "di gedung serbaguna, Selasa (21/11/2023).\nSelain Sekda, hadir sebagai narasumber "
            "dalam rapat koordinasi tersebut Ketua Bawaslu Sukamaju.")
    assert "sosialisasi" not in activities(text)


def test_a_purpose_pointing_back_at_the_issue_the_lead_names_is_that_issue():
    text = ("Netralitas ASN dan kepala desa adalah salah satu isu penting dalam peta kerawanan "
            "Pilkada Sukamaju.\nUntuk itu, Kamis (19/9/2024), Bawaslu Sukamaju mengadakan "
            "sosialisasi pengawasan tentang isu tersebut di hotel.")
    assert "sosialisasi" in activities(text)
    other = text.replace("Netralitas ASN dan kepala desa", "Politik uang")
    assert "sosialisasi" not in activities(other)


def test_a_peaceful_election_declaration_in_the_lead_is_no_pledge():
    text = ("Warga Sukamaju menggelar deklarasi Pilkada damai, Senin (4/11/2024).\n"
            "Dalam upacara HUT kabupaten di halaman kantor bupati, Bupati meminta ASN netral.")
    assert "apel" not in activities(text)


# a whole lead on other matters: a gathering after it is read by its own sentence alone
OTHER_LEADS = OTHER_LEAD + ("Pasar induk dibuka lebih awal selama sepekan.\n"
                            "Petugas kebersihan ditambah di ruas jalan utama.\n")
# a purpose stated by a verb of saying, which also ends a statement made at the gathering
SAID_PURPOSE = [
    ("Wali Kota memimpin apel kerja untuk menekankan netralitas pegawai di halaman balai kota.",
     "apel"),
    ("Pemkab menggelar rapat koordinasi guna mengingatkan netralitas ASN di aula setda.",
     "sosialisasi"),
]


@pytest.mark.parametrize(("text", "value"), SAID_PURPOSE)
def test_a_purpose_stated_by_a_verb_of_saying_keeps_the_gathering(text, value):
    assert value in activities(OTHER_LEADS + text)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_misses_do_not_change(text, expected):
    assert tuple(v for v in activities(LEAD + text) if v != "imbauan") == expected


def test_an_apel_named_for_nothing_follows_a_lead_past_the_byline():
    text = ("Pegawai memiliki hak pilih, namun hanya bisa memberikannya di bilik suara saat "
            "pencoblosan nanti\nPenulis: Rina Wati | Editor: Rudi\nDok Pemkab\n"
            "Bupati Agam, Rudi Hartono.\nLaporan Rina Wati | Agam\n"
            "AGAM - Bupati Agam Rudi Hartono mengingatkan seluruh ASN untuk bersikap netral "
            "di Pilkada 2024.\nHal itu disampaikan bupati pada apel gabungan seluruh ASN di "
            "Lapangan Sukamaju, Selasa (24/9/2024).\n")
    assert "apel" in activities(text)


def test_a_caption_above_the_story_leaves_the_lead_to_its_paragraphs():
    text = ("Ketua forum Rudi Hartono.-Foto : Dok Humas\nAGAM - Pilkada tinggal menghitung hari.\n"
            "Pilkada digelar pada 27 November 2024.\nOleh sebab itu, ASN diimbau menjaga "
            "netralitas.\nHimbauan ini disampaikan ketua forum saat rapat di hotel, Selasa.\n")
    assert "sosialisasi" in activities(text)


WIB = ZoneInfo("Asia/Jakarta")
SECURITY_APEL = (
    "Pemkab Sukamaju menggelar apel gelar pasukan pengamanan Pilkada di halaman kantor bupati, "
    "Senin (4/11/2024). Apel diikuti 500 personel gabungan.\n"
    "Dalam apel tersebut, Bupati Sukamaju Ahmad Yani meminta seluruh ASN menjaga netralitas "
    "selama Pilkada 2024.\n")


def test_a_security_assembly_keeps_its_headcount_and_date_but_not_its_activity():
    (event,) = extract_events(
        canonical_url="https://contoh.go.id/berita/apel-pengamanan", title="Apel Pengamanan "
        "Pilkada, Bupati Ingatkan ASN Netral", text=SECURITY_APEL, dateline=None,
        published_at=datetime(2024, 11, 4, 12, tzinfo=WIB), timezone="Asia/Jakarta")
    assert "apel" not in event.activities
    assert "imbauan" in event.activities
    assert event.participants_count == 500
    assert event.event_date == "2024-11-04"
    assert "apel" not in event.evidence.get("activities", {})


# an assembly named for no purpose, a lead about turnout: the title tells what it was about
ROUTINE_APEL = (
    "AGAM - Bupati Agam Rudi Hartono meminta seluruh ASN menjadi pelopor partisipasi pemilih "
    "dalam Pilkada 2024.\n"
    "Hal itu disampaikan Rudi dalam apel gabungan Pemkab Agam di halaman kantor bupati, "
    "Senin (4/11/2024).\n"
    "\"Mari kita sukseskan pilkada di Agam dengan datang ke TPS,\" ucapnya.\n"
    "Rudi juga mengingatkan seluruh ASN agar tetap menjaga netralitas dan tidak terlibat "
    "politik praktis.\n")


@pytest.mark.parametrize(("title", "apel"), [
    ("Selain Netral, Bupati Agam Minta ASN Jadi Pelopor Partisipasi Pemilih", True),
    ("Bupati Agam Minta ASN Jadi Pelopor Partisipasi Pemilih", False),
])
def test_an_unnamed_assembly_follows_the_title_too(title, apel):
    (event,) = extract_events(
        canonical_url="https://contoh.go.id/berita/apel-gabungan", title=title,
        text=ROUTINE_APEL, dateline=None, published_at=datetime(2024, 11, 4, 12, tzinfo=WIB),
        timezone="Asia/Jakarta")
    assert ("apel" in event.activities) is apel
