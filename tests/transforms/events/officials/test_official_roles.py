"""Who is an official of the occasion, on invented sentences: the represented, former holders,
the rogue, the subject of a report or sanction and an appeal's addressee are not; the
reporter, the receiver, the agent of a passive verb, an acting head (Pj, Pjs), the apel leader
and a head named by the next speaker are."""

from __future__ import annotations

import pytest
from official_checks import found, names, pairs

from transforms.events.officials.find import officials


@pytest.mark.parametrize(("text", "absent"), [
    # represented or acting on someone's behalf: that someone was not there
    ("Kepala Divisi Administrasi Rudi Hartawan hadir mewakili Kepala Kantor Wilayah Kemenkumham "
     "Sumbar Marlina Dewi.", "Marlina Dewi"),
    ("Surat diteken Inspektur Jenderal Kemendagri, Rudi Hartawan, atas nama Mendagri, Yusuf "
     "Efendi, tertanggal 14 Agustus.", "Yusuf Efendi"),
    ("Asisten I Setda Agam Rudi Hartawan membacakan amanat Bupati Agam Budi Santosa.",
     "Budi Santosa"),
    # former holders
    ("Ia menggantikan Joko Purnomo, Bupati sebelumnya yang maju sebagai calon legislatif.",
     "Joko Purnomo"),
    ("Bambang berterima kasih kepada Pj Bupati Kebumen sebelumnya, Dewi Lestari.",
     "Dewi Lestari"),
    ("Ia menggantikan Pj Bupati Kebumen Dewi Lestari yang habis masa tugasnya.", "Dewi Lestari"),
    # party and campaign-team officers hold no public office
    ("Hadir pula Ketua Umum PDIP Sri Handayani di acara itu.", "Sri Handayani"),
    ("Ketua DPD Partai Golkar Sumbar Rahmat Hidayat hadir.", "Rahmat Hidayat"),
    ("Sekretaris TKN Sukamaju, Rahmat Hidayat mengatakan hal itu.", "Rahmat Hidayat"),
    # the subject of a case, cleared or not, is no official of the occasion
    ("KASN menyatakan Pj Gubernur NTB Lalu Rahman tidak terbukti melanggar netralitas.",
     "Lalu Rahman"),
])
def test_not_an_official_of_the_occasion(text, absent):
    assert absent not in [name for _, name in found(text)], found(text)


def test_former_post_before_the_title():
    text = ("Rahmat Santoso sebelumnya menjabat sebagai Wakil Bupati Klaten. Ia pernah "
            "menjadi Kepala BKD Agam.")
    assert [o.title for o in officials(text)] == []


def test_holder_speaking_earlier_is_kept():
    assert found("Bupati Agam Irawan Saputro sebelumnya mengatakan ASN harus netral.") == [
        ("Bupati", "Irawan Saputro")]


@pytest.mark.parametrize(("text", "expected"), [
    # a regional head speaking by title alone, named by the next speaker's sentence
    ("Penjabat Walikota Jambi mengatakan, pihaknya akan menindak pelanggaran.\nSri Handayani "
     "mengatakan, semuanya sesuai aturan.", [("Pj Wali Kota", "Sri Handayani")]),
    # the next speaker is someone titled, or set off as someone else: no name for the head
    ("Bupati Agam mengatakan ASN harus netral. Kepala BKD Agam Rahmat Hidayat mengatakan, sanksi "
     "menanti.", [("Kepala BKD", "Rahmat Hidayat")]),
    ("Bupati Agam mengatakan ASN harus netral. Joko Susilo, warga setempat, mengatakan hal itu.",
     []),
])
def test_head_named_by_the_next_speaker(text, expected):
    assert found(text) == expected


def test_post_held_at_that_time_is_former():
    text = ("Ia berfoto dengan bacapres Rahmat Santoso. Saat itu, Rahmat menjabat Gubernur Jawa "
            "Barat periode 2018-2023.")
    assert found(text) == []
    # "saat itu" with "selaku": the time of the occasion, the post held now
    assert found("Saat itu, Rudi Hartawan selaku Kepala BKD Agam menegaskan ASN netral.") == [
        ("Kepala BKD", "Rudi Hartawan")]


def test_one_an_appeal_is_addressed_to_is_not_at_the_occasion():
    text = ("Dalam pesannya, Rudi mengingatkan Penjabat (Pj) Bupati Majene, Yusran Hamid, agar "
            "sungguh-sungguh. Pj Bupati Agam Rudi Hartawan mengingatkan Kepala OPD agar netral.")
    assert found(text) == [("Pj Bupati", "Rudi Hartawan")]


def test_office_head_named_by_the_next_speaker():
    text = ("Ketua Bawaslu Agam menegaskan, ASN harus netral.\nRudi Hartawan menambahkan, sanksi "
            "menanti.")
    assert found(text) == [("Ketua Bawaslu", "Rudi Hartawan")]


def test_earlier_statement_of_a_holder_is_kept():
    assert found("Sebelumnya Bupati Agam Rudi Hartawan mengatakan ASN harus netral.") == [
        ("Bupati", "Rudi Hartawan")]
    assert found("Ia sebelumnya menjabat Kepala BKD Agam.") == []


def test_an_earlier_word_of_the_sentence_before_is_no_former_post():
    # "sebelumnya" closing the paragraph before does not make the next name a former holder
    text = ("Bawaslu menekankan netralitas ASN, yang pernah dilanggar di Pilkada sebelumnya.\n"
            "Rudi Hartawan, Ketua Bawaslu Kaltim, memperingatkan seluruh ASN agar netral.")
    assert found(text) == [("Ketua Bawaslu", "Rudi Hartawan")]


@pytest.mark.parametrize("text", [
    # "Sebelumnya," opening a sentence is "earlier": the name written before its title holds
    "Sebelumnya, Hendra Gunawan, Komisioner Bawaslu Kalimantan Tengah, mengatakan ASN wajib "
    "netral.",
    "Dalam sosialisasi itu hadir para camat. Sebelumnya, Hendra Gunawan, Komisioner Bawaslu "
    "Kalimantan Tengah, mengatakan ASN harus netral.",
])
def test_an_earlier_statement_written_name_first_is_kept(text):
    assert found(text) == [("Komisioner Bawaslu", "Hendra Gunawan")]


@pytest.mark.parametrize("text", [
    "Sebelumnya, Hendra Gunawan menjabat Komisioner Bawaslu Kalimantan Tengah.",
    "Hendra Gunawan, sebelumnya Komisioner Bawaslu Kalimantan Tengah, mengatakan ASN harus netral.",
])
def test_a_post_held_before_stays_unread(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Ketua PWI Sumbar Rudi Hartawan hadir dalam deklarasi.",
    "Ketua HMI Cabang Padang Rudi Hartawan hadir dalam deklarasi.",
])
def test_civil_society_heads_hold_no_public_office(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Oknum Camat Sungai Tarab, Rahmat Hidayat dengan lantang mengajak para undangan memilih "
    "paslon 02.",
    "Bawaslu mengkaji pelanggaran oknum Camat Lubuk Alung Dra Yuliana Putri lewat video.",
    "Laporan terhadap oknum Kabag Humas Rahmat Hidayat dan empat ASN lain diteruskan ke KASN.",
])
def test_the_rogue_is_no_official(text):
    assert found(text) == [], found(text)


def test_the_rogues_title_later_names_no_one_new():
    text = ("Oknum Camat Sungai Tarab, Rahmat Hidayat mengajak warga memilih paslon 02. "
            "Ketua Bawaslu Tanah Datar Yuliana Putri mengatakan video Camat Sungai Tarab itu "
            "sudah dikaji.")
    assert [(o.title, o.name) for o in officials(text)] == [("Ketua Bawaslu", "Yuliana Putri")]


@pytest.mark.parametrize("text", [
    "Hasil kajian Bawaslu atas laporan terhadap Penjabat Bupati Pasaman Rahmat Hidayat sudah "
    "dikirim ke KASN.",
    "Menurut Bawaslu, Camat Sungai Tarab Yuliana Putri melanggar asas netralitas ASN.",
    "Bawaslu menyebut Kepala Dinas Pendidikan Agam Rahmat Hidayat tidak melanggar netralitas.",
    "Kepala Desa Sukamaju Rahmat Hidayat ditetapkan sebagai tersangka oleh Gakkumdu.",
    "Camat Lubuk Alung, Rahmat Hidayat, menjadi terlapor dalam kasus itu.",
])
def test_the_subject_of_a_report_is_no_official(text):
    assert found(text) == [], found(text)


def test_the_one_who_reports_a_violation_stays():
    text = ("Ketua Bawaslu Agam Rahmat Hidayat mengatakan ASN yang melanggar akan dilaporkan "
            "ke KASN.")
    assert found(text) == [("Ketua Bawaslu", "Rahmat Hidayat")]


@pytest.mark.parametrize("text", [
    "Laporan terhadap kades itu diterima Ketua Bawaslu Agam Rahmat Hidayat pada Senin.",
    "Bawaslu menerima laporan terhadap kepala desa itu dari Ketua Bawaslu Agam Rahmat Hidayat.",
])
def test_the_one_who_receives_a_report_stays(text):
    assert found(text) == [("Ketua Bawaslu", "Rahmat Hidayat")]


@pytest.mark.parametrize("text", [
    "Menurut Kepala BKD Agam Rahmat Hidayat, yang melanggar akan ditindak tegas.",
    "Kepala BKD Agam Rahmat Hidayat, melanggar aturan berarti siap disanksi.",
])
def test_a_speaker_on_violators_stays(text):
    assert found(text) == [("Kepala BKD", "Rahmat Hidayat")]


def test_nameless_demonstrative_without_antecedent() -> None:
    """"Camat tersebut" with no one named before it is no official."""
    text = ("Bawaslu merekomendasikan sanksi kepada seorang camat.\n"
            "Camat tersebut, lanjutnya, hadir dalam deklarasi pasangan calon.")
    assert officials(text) == []


def test_pj_and_pjs_are_one_acting_head() -> None:
    text = ("Pj Bupati Agam Ancam ASN yang Berpolitik\n"
            "Penjabat sementara (Pjs) Bupati Agam, Rudi Hartono, menyatakan menindak ASN.")
    assert [o.name for o in officials(text)] == ["Rudi Hartono"]


@pytest.mark.parametrize("text, name", [
    # who leads an apel or a ceremony, named before or after the part played
    ("Dalam amanatnya, pembina apel dr. Rudi Hamzah menyampaikan pesan netralitas.",
     "Rudi Hamzah"),
    ("Apel dipimpin Rudi Hamzah yang bertindak sebagai pembina apel, adapun Kabid ikut hadir.",
     "Rudi Hamzah"),
    ("Rudiansyah, pemimpin apel, menyampaikan arti netralitas ASN.", "Rudiansyah"),
    ("Pembina Apel Kesadaran Nasional, Yusuf Hakim, mengingatkan ASN.", "Yusuf Hakim"),
    ("Bertindak sebagai inspektur upacara, Siti Aminah membacakan amanat.", "Siti Aminah"),
    # a one-word name opening the sentence, the title's closing comma left out, a verb of saying
    ("Rudiansyah, Kepala BKD Agam menyampaikan aturan netralitas ASN.", "Rudiansyah"),
    ("Junaidi, Ketua Bawaslu Kota Solok mengatakan pengawasan diperketat.", "Junaidi"),
])
def test_occasion_roles_and_one_word_openers(text: str, name: str) -> None:
    assert name in names(text)


def test_the_apel_leader_is_the_post_holder_named_before() -> None:
    text = ("Hadir Pj Sekda Papua, Y. Rudi Hamzah, SH. Rudi Hamzah selaku Pembina Apel Gabungan "
            "memimpin pengucapan ikrar.")
    assert [(o.title, o.name) for o in officials(text)] == [
        ("Pj Sekretaris Daerah", "Y. Rudi Hamzah")]


def test_a_head_named_by_the_next_speaker_after_a_later_mention() -> None:
    text = ("Wali Kota Agam Ajak Semua ASN Tetap Netral\n"
            "AGAM - Wali Kota Agam, membuka rapat koordinasi menjelang pemilu serentak.\n"
            "Rudi Hamzah kembali mengingatkan semua ASN supaya tetap netral.")
    assert names(text) == ["Rudi Hamzah"]


@pytest.mark.parametrize("text, name", [
    # a passive verb right before a title makes it the agent, not the one sanctioned
    ("Camat Sukamaju dinonaktifkan Bupati Garut Rudi Hartono karena tidak netral.",
     "Rudi Hartono"),
    ("Kepala Desa Sukamaju dicopot Pj Bupati Garut Dedi Kurnia pekan lalu.", "Dedi Kurnia"),
    # a verb closing one line says nothing of the title opening the next (a photo caption)
    ("Pj Bupati Garut Dicopot\nMendagri Budi Santoso\nJAKARTA - Menteri Dalam Negeri "
     "(Mendagri), Budi Santoso, menyebut alasannya.", "Budi Santoso"),
])
def test_the_agent_of_a_passive_verb_is_named(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("Bupati menonaktifkan Camat Sukamaju Rudi Hartono karena tidak netral.", "Rudi Hartono"),
    ("Bawaslu menemukan Kepala Desa Sukamaju Dedi Kurnia tidak netral.", "Dedi Kurnia"),
])
def test_the_one_removed_or_found_is_still_no_official(text: str, name: str) -> None:
    assert name not in names(text)


@pytest.mark.parametrize("text, title, name", [
    # the acting head by the prefix alone
    ("Di hadapan peserta apel, Pj Bahrudin mengingatkan ASN agar netral.", "Pj", "Bahrudin"),
    ("Usai meninjau pasar.Pj Bahrudin melanjutkan rapat koordinasi.", "Pj", "Bahrudin"),
    ("Pjs Bahrudin membuka rapat koordinasi netralitas ASN.", "Pj", "Bahrudin"),
])
def test_bare_acting_prefix(text: str, title: str, name: str) -> None:
    assert pairs(text) == [(title, name)]


@pytest.mark.parametrize("text", [
    "Pj Bupati Tebo Rahmat Hidayat mengingatkan ASN. Pj Rahmat juga meminta camat netral.",
    "Pj Rahmat membuka rapat. Pj Bupati Tebo Rahmat Hidayat mengingatkan ASN.",
])
def test_bare_acting_prefix_is_the_same_person(text: str) -> None:
    assert pairs(text) == [("Pj Bupati", "Rahmat Hidayat")]


def test_person_in_charge_is_no_acting_head() -> None:
    assert names("PJ Posko Budi Santoso hadir dalam rapat.") == []


def test_the_leader_of_the_page_s_team_named_before_selaku():
    assert found('"Jaga unggahanmu," kata Bu Ratna selaku Ketua Tim, lalu menutup sesi.') == [
        ("Ketua Tim", "Ratna")]


@pytest.mark.parametrize("text", [
    "Kata Bu Ratna selaku Ketua Tim Pemenangan, lalu menutup sesi.",  # a campaign team
    "Ketua Tim, Ratna Dewi, menutup sesi.",  # no one named before "selaku"
])
def test_a_team_leader_needs_selaku_and_no_named_team(text):
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a functional auditor's post after "selaku", its grade ("Ahli Pertama") in the title
    ("Materi dibawakan Nanda Puspita selaku Auditor Kepegawaian Ahli Pertama, lalu diskusi.",
     [("Auditor Kepegawaian Ahli Pertama", "Nanda Puspita")]),
    ("Auditor Ahli Madya Inspektorat Solok, Yuli Sartika, memaparkan temuan.",
     [("Auditor Ahli Madya Inspektorat", "Yuli Sartika")]),
    # a sub-district election supervisor named as the body, before or after the name
    ("Dikonfirmasi terpisah, Arman Syahputra, Panwas Kecamatan Lubuk Alung, menyebut laporan "
     "itu sudah diterima.", [("Panwas", "Arman Syahputra")]),
    ("Panwascam Sangir, Deni Marlina, menegaskan hal itu.", [("Panwas", "Deni Marlina")]),
    ("Panwas Kec. Talang Babungo, Deni Marlina, menegaskan hal itu.",
     [("Panwas", "Deni Marlina")]),
    # the body alone, after a preposition: no one
    ("Warga melapor ke Panwas Kecamatan Lubuk Alung, lalu pulang.", []),
])
def test_functional_posts_and_sub_district_supervisors(text, expected):
    assert found(text) == expected
