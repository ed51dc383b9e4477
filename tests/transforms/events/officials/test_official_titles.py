"""Officials' offices from the lexicon and beyond it, on invented sentences: aides, ministries,
deputies and divisions, army, police, courts, customary, village and school offices,
associations and commissioners; posts named without a holder
name no one. The forms pages write titles in are in test_official_title_spellings.py."""

from __future__ import annotations

import pytest
from official_checks import found, names, pairs

from transforms.events.officials.find import officials


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
    assert (title, name) in found(text), found(text)


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
    assert found(text) == [(title, name)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bawaslu Agam melalui Ketuanya Rudi Hartawan mengimbau ASN netral.",
     [("Ketua", "Rudi Hartawan")]),
    ("BKD Agam melalui Kepalanya, Rudi Hartawan mengimbau ASN netral.",
     [("Kepala", "Rudi Hartawan")]),
])
def test_head_by_the_possessive(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Kepala Bidang Mutasi pada Pilkada 2024 ini sangat sibuk, kata Rahmat.",
    "Ketua Bawaslu pada Pilkada Agam memimpin rapat.",
])
def test_no_one_named(text):
    assert found(text) == [], found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Majelis hakim Pengadilan Negeri (PN) Padang pimpinan Rahmat Hidayat menyatakan terdakwa "
     "bersalah.", "Rahmat Hidayat"),
    ("Majelis Hakim PN Pariaman yang dipimpin oleh I Made Sudarsa menjatuhkan vonis tiga bulan.",
     "I Made Sudarsa"),
    ("Majelis hakim Pengadilan Negeri Lubuk Basung dipimpin Yuliana Putri, SH, MH membacakan "
     "putusan.", "Yuliana Putri"),
])
def test_the_bench_by_its_presiding_judge(text, name):
    assert ("Ketua Majelis Hakim", name) in found(text), found(text)


def test_a_bench_without_its_judge_names_no_one():
    assert found("Putusan dibacakan oleh Majelis Hakim Pengadilan Negeri Padang, Senin.") == []


@pytest.mark.parametrize("text, name", [
    # ranks' short forms and a ship's or aircraft's captain open the name, never belong to it
    ("Wali Kota Ternate Capt. Rudi Hamzah mengeluarkan surat edaran.", "Rudi Hamzah"),
    ("Bupati Kepulauan Sula, Capt. Rudi Hamzah, mengimbau ASN.", "Rudi Hamzah"),
    ("Dandim 1501/Ternate Kol. Inf Rudi Hamzah hadir dalam apel.", "Rudi Hamzah"),
    ("Kapolsek Sukamaju Abripda Rudi Hamzah turut hadir.", "Rudi Hamzah"),
    ("Kepala Kesbangpol Agam Pdt. Yohanes Tamba membuka acara.", "Yohanes Tamba"),
    # a name before its title may hold a word that is also an office word ("Muda", "Utama")
    ("ungkap Rahmat Muda Ketua Bawaslu Kota Agam kepada wartawan.", "Rahmat Muda"),
    ("kata Putra Utama Kepala BKD Pasaman di kantornya.", "Putra Utama"),
    # an office word outside the lexicon before a marked region: the body's short form
    ("kata Kepala Bakesbangpoldagri Kabupaten Lombok Barat, Sahdan di Gerung.", "Sahdan"),
    ("ujar Kepala Kesbangpoldagri Kota Bima, Rahmat Hidayat.", "Rahmat Hidayat"),
    ("Kepala Dinas Pariwisita Kota Solok, Andi Saputra, membuka sosialisasi.", "Andi Saputra"),
    # office words joined by a hyphen
    ("Sementara itu, Sekretaris BK-Diklat Kabupaten Bone, Andi Rahman, menjelaskan aturan.",
     "Andi Rahman"),
    # the acting governor in one word
    ("Penjagub Rahmat Hidayat membacakan ikrar netralitas ASN.", "Rahmat Hidayat"),
    # an occupation after a one-word name is no name: the one-word name is the person's
    ("Hadir pula Tenaga Ahli Bawaslu Darsono, Dosen Hukum Universitas "
     "Sukamaju Rina Sari dan lainnya.", "Darsono"),
    ("Hadir Kepala Badan Kepegawaian Daerah (BKD) Hermanto, Pengamat Politik Ujang Saputra.",
     "Hermanto"),
    # a region marker in lower case
    ("Bupati kabupaten Halmahera Barat, Ir. Yusuf Mahmud menekankan netralitas ASN.",
     "Yusuf Mahmud"),
    ("Sekda provinsi Maluku, Rahmat Hidayat, membuka acara.", "Rahmat Hidayat"),
    # a regional head by title alone, with a demonstrative: the speaker named before
    ('"ASN harus netral," kata Wiradana saat memimpin rapat di Singaraja, Jumat.\n'
     "Menurut Penjabat Bupati tersebut, netral berarti sebelum dan sesudah tahapan.",
     "Wiradana"),
    ('"Jangan berpolitik," ujar Rahmat Hidayat usai apel.\nBupati itu juga meminta ASN '
     "menjaga netralitas.", "Rahmat Hidayat"),
    # a head acting by title alone, named by the next paragraph's subject, an adverb between
    ("Wali Kota Bengkulu, membuka rapat koordinasi desk pemilu.\nSiti Aminah kembali "
     "mengingatkan seluruh ASN agar netral.", "Siti Aminah"),
    ("Bupati Agam, memimpin apel gabungan.\nAndi Saputra juga menegaskan ASN wajib netral.",
     "Andi Saputra"),
    # a photo caption: "Foto: Nama Jabatan"
    ("Foto: Rahmat Ketua Panwaslu Pinrang.", "Rahmat"),
    # a verb opening the next sentence does not make the name a suspect's
    ("Hal itu disampaikan Ketua Bawaslu Kabupaten Lebak, Hendra. Dilaporkan Hendra, ada "
     "empat kasus.", "Hendra"),
    ("Keterangan itu disampaikan Kepala BKD Agam, Rudi. Diperiksa pula tiga camat.", "Rudi"),
    # "antar-" compounds of office words
    ("ujar Staf Ahli Bidang Hubungan Antarlembaga Pemprov Sukamaju, "
     "Yohanes Lado.", "Yohanes Lado"),
    # an ombudsman's regional office, the name set off by a comma
    ("Kepala Ombudsman RI Perwakilan Sumatera Barat, Rina Marlina, mengatakan ASN harus netral.",
     "Rina Marlina"),
    # a senator (DPD RI) is no party officer (DPD Partai X)
    ("Anggota DPD RI Siti Aminah mengatakan ASN harus netral.", "Siti Aminah"),
    # a navy officer's rank with its corps
    ("Danlanal Sabang Letkol Laut (P) Yohanes Wenda mengatakan ASN harus netral.",
     "Yohanes Wenda"),
    # a regional company's director, a mukim's head, a unit word of religious affairs
    ("Dirut PDAM Kota Padang, Rudi Hartono, mengimbau pegawai.", "Rudi Hartono"),
    ("Imum Mukim Lamteh, Teuku Rizal, hadir dalam sosialisasi.", "Teuku Rizal"),
    ("Kepala Balai Diklat Keagamaan Padang, Rahmat Hidayat, membuka pelatihan.",
     "Rahmat Hidayat"),
    # unit words: media relations, a land agency (or a defence one), Kominfo's variants
    ("Kabid Hubungan Media Diskominfotik Kota Padang, Rina Sari, hadir.", "Rina Sari"),
    ("Kepala Kantor Wilayah Badan Pertanahan Nasional Sumbar, Rudi Hartono, hadir.",
     "Rudi Hartono"),
    # a name before its title: short forms with their dot, "bin" inside
    ("Muh. Ridwan, Bupati Sidrap, mengatakan ASN harus netral.", "Muh. Ridwan"),
    ("Abd. Rahman, Ketua Bawaslu Kota Palopo, mengatakan ASN harus netral.", "Abd. Rahman"),
    ("Rahmat bin Ali, Camat Kuranji, mengimbau ASN.", "Rahmat bin Ali"),
    # words between a title and its name: "saat ini", "dalam hal ini", "dijabat"
    ("Kepala BKD Agam saat ini, Rina Sari, mengatakan ASN netral.", "Rina Sari"),
    ("Bupati Pasaman, dalam hal ini Rudi Hartono, membuka apel.", "Rudi Hartono"),
    ("Jabatan Kepala BKPSDM Tanah Datar kini dijabat Rina Sari sejak Maret.", "Rina Sari"),
    # a religious council's head
    ("Ketua Forum Kerukunan Umat Beragama Agam, Rudi Hartono, hadir.", "Rudi Hartono"),
    # a lower-case title with its region in lower case
    ("ujar gubernur sumbar Rudi Hartono dalam rilisnya.", "Rudi Hartono"),
    ("kata wali kota padang Rina Sari usai apel.", "Rina Sari"),
    # regency short forms: Musi Rawas / Murung Raya, Sumba Tengah, Padangsidimpuan
    ("Bupati Mura Rudi Hartono mengatakan ASN harus netral.", "Rudi Hartono"),
    ("Pj Bupati Sumteng Yosef Lado mengatakan ASN harus netral.", "Yosef Lado"),
    # a one-word name before a regional head whose region is also an everyday word
    ("Sukardi, Bupati Kuningan, mengatakan ASN harus netral.", "Sukardi"),
    ("Darmawan, Wali Kota Batu, mengimbau ASN.", "Darmawan"),
    # a name of two words opening its sentence, the title after it with no comma
    ("Apel digelar di halaman kantor.\nRudi Hartono Kepala BKD Agam mengatakan ASN netral.",
     "Rudi Hartono"),
    ("Dalam sambutannya, Rina Sari Ketua Bawaslu Solok menegaskan ASN netral.", "Rina Sari"),
    # a common misspelling of an office word ("Penegakkan")
    ("Hadir Analis Penegakkan Disiplin ASN BKD Provinsi Jambi Rudi Hartono.", "Rudi Hartono"),
    # a dinas by a short form outside the lexicon; a short name that starts alike stays a name
    ("Kepala Disdikporabud Kabupaten Ende Rudi Hartono hadir.", "Rudi Hartono"),
    ("Kepala BKD Ende, Dismas Tugas, hadir.", "Dismas Tugas"),
    # a Balinese name after a two-word village set off by a comma
    ("Perbekel Desa Sanur Kaja, I Made Rudi, hadir dalam deklarasi.", "I Made Rudi"),
    # a marked region set off after a district, an initial opening the name
    ("Camat Nanggalo, Kota Padang M. Yusuf menegaskan ASN netral.", "M. Yusuf"),
    # a body's staff named with their unit
    ("Hadir pula Staf Hukum dan Penanganan Pelanggaran Bawaslu Solok, Rudi Hartono.",
     "Rudi Hartono"),
    # a body's representative at the occasion
    ("Rapat dihadiri perwakilan Badan Kepegawaian Daerah (BKD) Kota Bontang Rudi Hartono, "
     "camat dan lurah.", "Rudi Hartono"),
    ("Hadir pula Perwakilan BKN, Rina Sari.", "Rina Sari"),
    # the province's secretary with its short form in parentheses
    ("Sekretaris Daerah Provinsi Jambi (Sekdaprov Jambi), Sudirman, membuka apel.", "Sudirman"),
])
def test_names_read_beside_unlisted_titles_and_ranks(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # an aide named after whom they serve, the principal by its short form
    ("Tenaga Ahli Mendagri, Rudi Hamzah, menekankan pentingnya netralitas ASN.", "Rudi Hamzah"),
    ("Staf Ahli Mendagri, Siti Aminah, membuka rapat koordinasi.", "Siti Aminah"),
    ("Staf Khusus MenPAN-RB, Dedi Kurnia, hadir sebagai narasumber.", "Dedi Kurnia"),
    ("Tenaga Ahli Presiden, Yusuf Hakim, mengingatkan ASN agar netral.", "Yusuf Hakim"),
    # a ministry's short form written apart: "Kemen PAN-RB"
    ("Deputi Bidang SDM Aparatur Kemen PAN-RB, Rudi Hamzah, menyoroti merit.", "Rudi Hamzah"),
    ("Asisten Deputi Kemen PPPA, Lina Marlina, memberi materi.", "Lina Marlina"),
    # a deputy's unit words: "Dukungan Teknis"
    ("Deputi Bidang Dukungan Teknis Bawaslu RI, La Ode Hamzah, memberi materi.", "La Ode Hamzah"),
    ("Deputi Dukungan Bidang Teknis Bawaslu RI, Rudi Bayoni yang menjadi pembicara, "
     "mengatakan ASN harus netral.", "Rudi Bayoni"),
    # a capitalised "Dan" inside the office's name (title case)
    ("Kepala Badan Kepegawaian Dan Pengembangan Sumber Daya Manusia (BKPSDM) Kota Agam, "
     "Rudi Hamzah, hadir.", "Rudi Hamzah"),
    ("Kepala Badan Kesatuan Bangsa Dan Politik Kota Agam, Rudi Hamzah, hadir.", "Rudi Hamzah"),
    ("Kepala Badan Kepegawaian Dan Sumberdaya Manusia ( BKPSDM ) Kepulauan Aru Rudi Hamzah "
     "saat ditemui.", "Rudi Hamzah"),
    # degrees run together without spaces between the name and a title told after it
    ("Disampaikan Rudi Hamzah, S.Pd.ST.MM selaku Kepala Inspektorat Agam di kantornya.",
     "Rudi Hamzah"),
    ("kata Rudi Hamzah, S.Sos.M.Si, Kepala BKD Agam.", "Rudi Hamzah"),
])
def test_aides_ministries_and_deputies_by_their_titles(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # the army's and police's posts at regency, district and village level
    ("Hadir pula Pabung Kodim 0304/Agam, Mayor Inf Rudi Hamzah, dalam apel itu.", "Rudi Hamzah"),
    ("Perwira Penghubung Kodim 0311/Pessel Mayor Czi Rudi Hamzah membacakan ikrar.",
     "Rudi Hamzah"),
    ("Bhabinkamtibmas Desa Sukamaju, Aipda Yusuf Hakim, turut hadir.", "Yusuf Hakim"),
    ("Babinsa Koramil 01/Agam, Serka Yusuf Hakim, turut hadir.", "Yusuf Hakim"),
    ("Danposramil Sukamaju, Serka Yusuf Hakim, turut hadir.", "Yusuf Hakim"),
    ("Kapospol Sukamaju, Aiptu Yusuf Hakim, turut hadir.", "Yusuf Hakim"),
    # customary and religious offices
    ("Bendesa Adat Kuta, I Made Sudarta, mengajak krama menjaga netralitas.", "I Made Sudarta"),
    ("Kakan Kemenag Agam, Rudi Hamzah, mengingatkan ASN netral.", "Rudi Hamzah"),
    # a working group named by its task
    ("Ketua Pokja Netralitas ASN Agam, Rudi Hamzah, hadir.", "Rudi Hamzah"),
])
def test_army_police_customary_and_working_group_posts(text: str, name: str) -> None:
    assert name in names(text)


def test_posts_named_without_a_holder_name_no_one() -> None:
    assert names("Babinsa dan Bhabinkamtibmas turut mengawasi pemungutan suara.") == []


@pytest.mark.parametrize("text, name", [
    # a school supervisor by the level supervised, and the education office's district units
    ("Pengawas SMP Dinas Pendidikan Garut, Rudi Hartono, mengingatkan guru agar netral.",
     "Rudi Hartono"),
    ("Pengawas PAI Kemenag Garut Dedi Kurnia menegaskan ASN netral.", "Dedi Kurnia"),
    ("Pengawas Sekolah Dinas Pendidikan Garut, Siti Aminah, memberi materi.", "Siti Aminah"),
    ("Koordinator Korwilcam Dindik Sukamaju, Umar, S.Pd., M.M., menegaskan ASN wajib netral.",
     "Umar"),
    ("Kepala Dindik Garut Rudi Hartono mengingatkan guru agar netral.", "Rudi Hartono"),
])
def test_school_supervisors_and_education_units(text: str, name: str) -> None:
    assert name in names(text)


def test_school_supervisors_with_no_name_name_no_one() -> None:
    assert names("Para pengawas SD hadir dalam sosialisasi netralitas itu.") == []


@pytest.mark.parametrize("text, name", [
    # associations and regional chapters heads lead: "Asosiasi", "Forum", "Komisariat Wilayah"
    ("Ketua Asosiasi Pemerintah Desa (APDESI) Garut Rudi Hartono hadir sebagai narasumber.",
     "Rudi Hartono"),
    ("Himbauan disampaikan Ketua Komisariat Wilayah FORKOM Jabar H Rudianto dalam rakor.",
     "Rudianto"),
])
def test_heads_of_associations_and_regional_chapters(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, title, name", [
    # a prosecutor's office's sub-section heads, a police unit's affairs head
    ("Rapat dihadiri Kasubsi Pidum Kejari Tebo Andi Saputra.", "Kasubsi Pidum Kejari",
     "Andi Saputra"),
    ("Rapat dihadiri Kasubsi Pra Penuntutan Tindak Pidana Umum Budi Wirawan.",
     "Kasubsi Pra Penuntutan Tindak Pidana Umum", "Budi Wirawan"),
    ("Rapat dihadiri Kasi Penuntutan Kejari Tebo Andi Saputra.", "Kasi Penuntutan Kejari",
     "Andi Saputra"),
    ("Rapat dihadiri Kaurbin Ops Satreskrim Polres Tebo Iptu Dedi Siregar.",
     "Kaurbin Ops Satreskrim Polres", "Dedi Siregar"),
])
def test_sub_unit_heads(text: str, title: str, name: str) -> None:
    assert pairs(text) == [(title, name)]


def test_village_affairs_head_not_read_as_title() -> None:
    assert names("Kaur Keuangan Desa Sukamaju Budi Hartono ikut hadir.") == []


@pytest.mark.parametrize("text, region", [
    # the village head under its regional names: Simalungun, Sangihe and Talaud, Kei
    ("Pangulu Nagori Sukamaju Budi Santoso mengikuti ikrar netralitas.", "Sukamaju"),
    ("Kepala Nagori Dolok Budi Santoso mengikuti ikrar netralitas.", "Dolok"),
    ("Kapitalaung Lenganeng Budi Santoso mengikuti ikrar netralitas.", "Lenganeng"),
    ("Kepala Ohoi Langgur Budi Santoso mengikuti ikrar netralitas.", "Langgur"),
])
def test_village_heads_regional_names(text: str, region: str) -> None:
    found = [(o.title, o.name, o.region) for o in officials(text)]
    assert found == [("Kepala Desa", "Budi Santoso", region)]


def test_branch_office_head() -> None:
    text = "Kacabdin Pendidikan Wilayah III Budi Santoso mengingatkan guru ASN netral."
    assert names(text) == ["Budi Santoso"]


def test_banjar_head() -> None:
    text = "Kelian Banjar Dinas Tegal, Budi Santoso, mengikuti ikrar netralitas."
    assert pairs(text) == [("Kepala Dusun", "Budi Santoso")]


@pytest.mark.parametrize("text, title, name", [
    # the regional head of the state intelligence agency, the name before him with his rank
    ("Upacara itu disaksikan Kolonel Inf Budi Santoso, Kabinda Jambi.", "Kabinda",
     "Budi Santoso"),
    # a police unit's operations-guidance section head
    ("Rapat itu juga dihadiri Kompol Dedi Saputra, Kabag Binops Polres Tebo.",
     "Kabag Binops Polres", "Dedi Saputra"),
])
def test_security_posts(text: str, title: str, name: str) -> None:
    assert pairs(text) == [(title, name)]


def test_extension_officer_named_before() -> None:
    text = ("Pemateri kegiatan itu, Sari Wulandari, Penyuluh Hukum Ahli Muda Kanwil Kemenkumham "
            "Jambi, menjelaskan aturan kampanye.")
    assert names(text) == ["Sari Wulandari"]


@pytest.mark.parametrize("text", [
    # the civil-service ministry's short name written with "RB" apart: no initials of a name
    "Turut hadir Staf Ahli Bidang Hukum Kemenpan RB, Rudi Hartanto.",
    "Materi disampaikan Kepala Biro Umum Kemenpan RB Rudi Hartanto.",
    "Hadir pula Asisten Deputi Kemenpan RB, Rudi Hartanto; dan Ketua KASN, Joko Susilo.",
])
def test_ministry_rb_apart(text: str) -> None:
    assert ("Rudi Hartanto" in [name for _, name in pairs(text)])
    assert all("RB " not in name for _, name in pairs(text))


@pytest.mark.parametrize("text", [
    # "anggota Komisioner": one head, the name before it or after it
    "Rapat dibuka oleh Rudi Hartanto anggota Komisioner Bawaslu Aceh Timur yang didampingi "
    "staf sekretariat.",
    "Rapat dipandu Joko Susilo, anggota komisioner KPU Aceh Timur, yang lalu menutupnya.",
])
def test_member_commissioner(text: str) -> None:
    assert [name for _, name in pairs(text)] in (["Rudi Hartanto"], ["Joko Susilo"])
