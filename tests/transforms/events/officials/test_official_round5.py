"""Officials: lexicon gaps and prose shapes of the fifth round, on invented sentences. Aides'
short forms and fields ("Sahli", "Hankam"), police and prosecution sub-units ("Subdit",
"Kasi Penkum"), a police command named by itself ("Metro Jaya"), a rank word as a family name,
name particles, self-introductions ("Saya X selaku ..."), installations ("melantik X menjadi
..."), and the people who are no officials of the occasion: the represented, the former
holders, party and campaign officers, the cleared subject of a case, group nouns."""

import pytest

from transforms.events.officials.find import officials


def _found(text: str) -> list[tuple[str, str]]:
    return [(o.title, o.name) for o in officials(text) if o.name]


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Analis Ahli Madya Sahli Bidang Hankam Badan Intelijen Negara (BIN) Brigjen Pol Rudi "
     "Hartawan mengatakan kerja sama perlu.",
     "Analis Ahli Madya Sahli Bidang Hankam Badan Intelijen Negara", "Rudi Hartawan"),
    ("Sahli Bidang Pemerintahan Gubernur Jambi, Darmawan Putra mengatakan ASN wajib netral.",
     "Staf Ahli Bidang Pemerintahan Gubernur", "Darmawan Putra"),
    ("Staf Ahli Bidang Hukum dan Politik Bupati Agam Darmawan Putra membuka acara.",
     "Staf Ahli Bidang Hukum dan Politik Bupati", "Darmawan Putra"),
    ("Sebelumnya, Kasi Penkum Kejati Sumbar, Yulia Rahmani mengatakan ASN harus netral.",
     "Kasi Penkum Kejati", "Yulia Rahmani"),
    ("Kanit II Subdit III Dit Intelkam Polda Bali AKP I Ketut Darsana, SH, mengatakan hal itu.",
     "Kanit II Subdit III Dit Intelkam Polda", "I Ketut Darsana"),
    ("Rapat dihadiri Kapolda Metro Jaya Irjen Budi Santosa beserta jajaran.",
     "Kapolda", "Budi Santosa"),
    ("Kabidhumas Polda Metro Jaya Kombes Budi Santosa mengatakan patroli digelar.",
     "Kabidhumas", "Budi Santosa"),
    ("Penjabat Bupati Jayawijaya Markus Tabuni mengingatkan para ASN.", "Pj Bupati",
     "Markus Tabuni"),
    ("Pada pembukaan acara, Ketua Bawaslu NTT, Yohanes Da. C Pereira meminta ASN tetap netral.",
     "Ketua Bawaslu", "Yohanes Da. C Pereira"),
    ("Ia menegaskan. “Saya Hendrik Wijaya selaku Pj Gubernur Sumsel. Tetap netral,” tegasnya.",
     "Pj Gubernur", "Hendrik Wijaya"),
    ("Pj Gubernur Jawa Tengah Bambang Sutrisno melantik Rahmat Santoso menjadi Bupati "
     "Klaten.", "Bupati", "Rahmat Santoso"),
    ("Rahmat Hidayat dilantik menjadi Pj Wali Kota Padang pada Senin.", "Pj Wali Kota",
     "Rahmat Hidayat"),
    ("Ketua Fraksi PKS DPRD Agam Rahmat Hidayat mengatakan ASN harus netral.",
     "Ketua Fraksi PKS DPRD", "Rahmat Hidayat"),
])
def test_titled_name(text, title, name):
    assert (title, name) in _found(text), _found(text)


def test_rank_still_opens_the_next_name():
    assert _found("Danlanud Roesmin Nurjadin Kolonel Pnb Budi Santosa hadir.") == [
        ("Komandan", "Budi Santosa")]


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
    assert absent not in [name for _, name in _found(text)], _found(text)


@pytest.mark.parametrize("text", [
    "Acara yang dihadiri Camat, Tokoh Pemuda dan Tokoh Masyarakat berlangsung tertib.",
    "Bupati Agam Tanda Tangan Pakta Integritas Netralitas ASN",
])
def test_group_nouns_and_headline_verbs_are_no_names(text):
    assert _found(text) == []


def test_former_post_before_the_title():
    text = ("Rahmat Santoso sebelumnya menjabat sebagai Wakil Bupati Klaten. Ia pernah "
            "menjadi Kepala BKD Agam.")
    assert [o.title for o in officials(text)] == []


def test_holder_speaking_earlier_is_kept():
    assert _found("Bupati Agam Irawan Saputro sebelumnya mengatakan ASN harus netral.") == [
        ("Bupati", "Irawan Saputro")]


def test_repeated_paragraph_is_no_evidence_of_a_place():
    line = ("Bawaslu mencatat 128 pelanggaran netralitas ASN, ujar anggota Bawaslu Ratna Sari "
            "Wulandari di kantor Bawaslu, Jakarta, Jumat.")
    assert _found(f'"{line}"\n{line}') == [("Anggota Bawaslu", "Ratna Sari Wulandari")]


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
    assert _found(text) == expected


def test_post_held_at_that_time_is_former():
    text = ("Ia berfoto dengan bacapres Rahmat Santoso. Saat itu, Rahmat menjabat Gubernur Jawa "
            "Barat periode 2018-2023.")
    assert _found(text) == []
    # "saat itu" with "selaku": the time of the occasion, the post held now
    assert _found("Saat itu, Rudi Hartawan selaku Kepala BKD Agam menegaskan ASN netral.") == [
        ("Kepala BKD", "Rudi Hartawan")]


def test_another_post_of_the_person_named():
    text = ("Pj Gubernur Jawa Barat Hendra Wijaya Kusuma melantik pejabat. Hendra yang juga "
            "menjabat sebagai Kepala Biro Umum Sekretariat Daerah itu meminta ASN netral.")
    assert _found(text) == [("Pj Gubernur", "Hendra Wijaya Kusuma")]


@pytest.mark.parametrize(("text", "expected"), [
    # a list of suspects closed by the verb: each of them is accused
    ("ASN di Jateng yakni Sekretaris Daerah (Sekda) Pemerintah Kabupaten Klaten, Bambang "
     "Sutrisno dan Sekda Pemerintah Kabupaten (Pemkab) Boyolali, Dedi Kurniawan dijatuhi "
     "hukuman disiplin. Koordinator Divisi Humas Bawaslu Jateng, Slamet Riyadi menyebut itu.",
     [("Koordinator Divisi Humas Bawaslu", "Slamet Riyadi")]),
    ("Bawaslu berencana melaporkan Kepala Dinas Pertanian Irawan Saputro (HB), Kepala Dinas "
     "Perindustrian dan Perdagangan Wahyu Hidayat (WH) dan Kasubag TU Syamsuddin (SY) ke KASN.",
     []),
    # "yang diduga" ties the suspicion to the last one alone
    ("Bupati Agam Irawan Saputro dan Camat Tanjung Raya Budi Santosa yang diduga tidak netral "
     "hadir.", [("Bupati", "Irawan Saputro")]),
    ("Sekda Pemerintah Kota Padang Yusuf Efendi membuka acara.",
     [("Sekretaris Daerah", "Yusuf Efendi")]),
])
def test_lists_of_suspects(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Rektor Universitas Andalas Rudi Hartawan mengatakan ASN harus netral.",
     "Rektor Universitas Andalas", "Rudi Hartawan"),
    ("Ketua Komnas HAM Rudi Hartawan mengatakan ASN harus netral.", "Ketua Komnas HAM",
     "Rudi Hartawan"),
    ("Jaksa Agung Muda Intelijen Rudi Hartawan mengatakan ASN harus netral.",
     "Jaksa Agung Muda Intelijen", "Rudi Hartawan"),
    ("Kapuspenkum Kejagung Rudi Hartawan mengatakan ASN harus netral.", "Kapuspenkum",
     "Rudi Hartawan"),
    ("Karo Penmas Divisi Humas Polri Brigjen Rudi Hartawan mengatakan ASN harus netral.",
     "Karo Penmas Divisi Humas Polri", "Rudi Hartawan"),
    ("Stafsus Mendagri Rudi Hartawan mengatakan ASN harus netral.", "Staf Khusus",
     "Rudi Hartawan"),
    ("Kapendam I/Bukit Barisan Kolonel Rudi Hartawan mengatakan ASN harus netral.", "Kapendam",
     "Rudi Hartawan"),
    ("Danyonif 133/Yudha Sakti Letkol Rudi Hartawan mengatakan ASN harus netral.", "Komandan",
     "Rudi Hartawan"),
])
def test_national_and_military_posts(text, title, name):
    assert _found(text) == [(title, name)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bawaslu Agam melalui Ketuanya Rudi Hartawan mengimbau ASN netral.",
     [("Ketua", "Rudi Hartawan")]),
    ("BKD Agam melalui Kepalanya, Rudi Hartawan mengimbau ASN netral.",
     [("Kepala", "Rudi Hartawan")]),
])
def test_head_by_the_possessive(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "names"), [
    ("Hadir Komisioner KPU Agam, Budi Santosa, Siti Aminah, M. Rudi Hartawan dan Joni.",
     ["Budi Santosa", "Siti Aminah", "M. Rudi Hartawan", "Joni"]),
    ("Hadir anggota serta koordinator Sekretariat Bawaslu Agam yakni Budi Santosa, Yusri, "
     "M.Rudi Hartawan dan Joni Iskandar.",
     ["Budi Santosa", "Yusri", "M. Rudi Hartawan", "Joni Iskandar"]),
])
def test_members_listed_with_initials_and_after_yakni(text, names):
    assert [name for _, name in _found(text)] == names


def test_members_introduced_and_closed_by_the_clause():
    text = ("Hadir anggota Bawaslu Agam yakni Budi Santosa, Yusri, M.Rudi Hartawan, kemudian "
            "Koordinator Sekretariat Bawaslu, M. Suprapto.")
    assert [name for _, name in _found(text)] == ["Budi Santosa", "Yusri", "M. Rudi Hartawan",
                                                  "M. Suprapto"]


@pytest.mark.parametrize("text", [
    "Direktur RSUD Agam dr Rudi Hartawan SpPD mengatakan ASN harus netral.",
    "Direktur RSUD Agam dr. Rudi Hartawan, Sp.OG mengatakan ASN harus netral.",
    "Direktur RSUD Agam Rudi Hartawan S.Sos.I mengatakan ASN harus netral.",
    "Direktur RSUD Agam Rudi Hartawan Lc MA mengatakan ASN harus netral.",
    "Direktur RSUD Agam Rudi Hartawan, S.E., Ak., CA mengatakan ASN harus netral.",
])
def test_specialist_and_compound_degrees_leave_the_name(text):
    assert _found(text) == [("Direktur RSUD", "Rudi Hartawan")]


def test_one_an_appeal_is_addressed_to_is_not_at_the_occasion():
    text = ("Dalam pesannya, Rudi mengingatkan Penjabat (Pj) Bupati Majene, Yusran Hamid, agar "
            "sungguh-sungguh. Pj Bupati Agam Rudi Hartawan mengingatkan Kepala OPD agar netral.")
    assert _found(text) == [("Pj Bupati", "Rudi Hartawan")]


def test_office_head_named_by_the_next_speaker():
    text = ("Ketua Bawaslu Agam menegaskan, ASN harus netral.\nRudi Hartawan menambahkan, sanksi "
            "menanti.")
    assert _found(text) == [("Ketua Bawaslu", "Rudi Hartawan")]


def test_directorate_head_written_short():
    assert _found("Dir Intelkam Polda Sumbar Kombes Pol Rudi Hartawan mengatakan ASN netral.") == [
        ("Direktur Intelkam Polda", "Rudi Hartawan")]


@pytest.mark.parametrize(("text", "title"), [
    ("Sekretatis Daerah Agam Rudi Hartawan hadir.", "Sekretaris Daerah"),
    ("Gubenur Sumbar Rudi Hartawan hadir.", "Gubernur"),
    ("Wakil Gubenur Sumbar Rudi Hartawan hadir.", "Wakil Gubernur"),
    ("Kordinator Divisi Hukum Bawaslu Agam Rudi Hartawan hadir.",
     "Koordinator Divisi Hukum Bawaslu"),
    ("Komisoner KPU Agam Rudi Hartawan hadir.", "Komisioner KPU"),
])
def test_common_misspellings_of_titles(text, title):
    assert _found(text) == [(title, "Rudi Hartawan")]


def test_earlier_statement_of_a_holder_is_kept():
    assert _found("Sebelumnya Bupati Agam Rudi Hartawan mengatakan ASN harus netral.") == [
        ("Bupati", "Rudi Hartawan")]
    assert _found("Ia sebelumnya menjabat Kepala BKD Agam.") == []


def test_related_headline_run_into_a_paragraph():
    text = ("Kepala BKD Agam Rudi Hartawan mengatakan ASN harus netral. Baca juga: Wali Kota "
            "Padang Gunadi Purnama Ajak ASN Netral \"Kami minta semua netral,\" katanya.")
    assert _found(text) == [("Kepala BKD", "Rudi Hartawan")]


def test_related_headline_in_a_long_text():
    # a long text is searched for such a line only when it holds one of its words
    body = ("Apel netralitas ASN digelar di halaman kantor bupati pada Senin pagi dengan "
            "diikuti ratusan pegawai dari berbagai organisasi perangkat daerah setempat. ") * 3
    text = (body + "Kepala BKD Agam Rudi Hartawan mengatakan ASN harus netral.\nBERITA TERKAIT"
            ": Wali Kota Padang Gunadi Purnama Ajak ASN Netral\n" + body)
    assert len(text) > 300
    assert _found(text) == [("Kepala BKD", "Rudi Hartawan")]
    assert ("Wali Kota", "Gunadi Purnama") in _found(text.replace("BERITA TERKAIT:", "Hadir"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Hadir Ketua Bawaslu Agam Rudi Hartawan beserta anggota, Budi Santosa dan Siti Aminah.",
     [("Ketua Bawaslu", "Rudi Hartawan"), ("Anggota Bawaslu", "Budi Santosa"),
      ("Anggota Bawaslu", "Siti Aminah")]),
    ("Hadir Ketua KPU Agam Rudi Hartawan serta dua komisioner, Budi Santosa dan Siti Aminah.",
     [("Ketua KPU", "Rudi Hartawan"), ("Komisioner KPU", "Budi Santosa"),
      ("Komisioner KPU", "Siti Aminah")]),
    # a member of no body named in the sentence is no one in office
    ("Ketua Bawaslu Agam Rudi Hartawan hadir. Seorang anggota, Budi Santosa, mengatakan itu.",
     [("Ketua Bawaslu", "Rudi Hartawan")]),
])
def test_members_of_the_body_named_before(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Ketua PWI Sumbar Rudi Hartawan hadir dalam deklarasi.",
    "Ketua HMI Cabang Padang Rudi Hartawan hadir dalam deklarasi.",
])
def test_civil_society_heads_hold_no_public_office(text):
    assert _found(text) == []
