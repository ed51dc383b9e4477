"""Officials of the bodies around an ASN-neutrality case and the prose shapes that name them,
on invented sentences: courts and prosecutors of an election-offence trial, the old election
supervisors (Panwaskab), one-word police heads, units of the personnel and unity agencies; an
official who spoke through another, a rank after a comma, headline verbs and sentence openers
that are no names."""

import pytest

from transforms.events.officials.find import officials
from transforms.events.wrapping import unwrapped

VERB = "meminta ASN menjaga netralitas."

# (title phrase written before the name, the name as written)
TITLED = [
    # the court and the prosecution of an election-offence trial
    ("Ketua Majelis Hakim PN Lubuk Basung,", "Rahmat Hidayat,"),
    ("ketua majelis hakim", "Rahmat Hidayat"),
    ("Hakim Ketua", "Rahmat Hidayat"),
    ("Majelis hakim yang diketuai", "Rahmat Hidayat"),
    ("Majelis hakim yang diketuai oleh", "Rahmat Hidayat"),
    ("Hakim Anggota", "Siti Rahmawati"),
    ("Hakim Tunggal PN Padang", "Siti Rahmawati"),
    ("Jaksa Penuntut Umum Kejari Agam,", "Doni Saputra,"),
    ("JPU Kejari Agam", "Doni Saputra"),
    ("Jaksa Penuntut Umum (JPU),", "Doni Saputra,"),
    ("Jaksa Penuntut Umum (JPU) Kejari Agam,", "Doni Saputra,"),
    ("Asintel Kejati Sumbar,", "Doni Saputra,"),
    ("Aspidum Kejati Jatim", "Doni Saputra"),
    ("Asdatun Kejati Riau", "Doni Saputra"),
    # the election supervisors before Bawaslu had regency offices, and the law-enforcement desk
    ("Ketua Panwaskab Agam", "Rahmi Salimah"),
    ("Kordiv Penindakan Pelanggaran Panwaskab Agam", "Rahmi Salimah"),
    ("Anggota Panwaskot Padang", "Rahmi Salimah"),
    ("Ketua Sentra Gakkumdu Kabupaten Agam", "Rahmi Salimah"),
    # a council's special committee on the election
    ("anggota Pansus Pilkada", "Rahmi Salimah"),
    ("Ketua Pansus Pilkada DPRD Agam", "Rahmi Salimah"),
    # the divisions of a ministry's regional office
    ("Kadiv Keimigrasian", "Rahmi Salimah"),
    ("Kepala Divisi Keimigrasian Kanwil Kemenkumham Sumbar", "Rahmi Salimah"),
    # police heads written as one word
    ("Kabidhumas Polda Sumbar Kombes Pol", "Doni Saputra"),
    ("Kasihumas Polres Agam Iptu", "Doni Saputra"),
    ("Dirintelkam Polda Sumbar Kombes", "Doni Saputra"),
    ("Kapuspen Kemendagri", "Doni Saputra"),
    # units of the personnel, unity and ministry offices
    ("Kepala Bidang Pembinaan dan Penatausahaan Kepegawaian BKD Agam", "Siti Rahmawati"),
    ("Kepala Bidang Kewaspadaan Nasional Kesbangpol Sumbar", "Siti Rahmawati"),
    ("Kabid Ideologi dan Wawasan Kebangsaan Kesbangpol Agam", "Siti Rahmawati"),
    ("Asisten Deputi Penegakan Integritas KemenPAN-RB", "Siti Rahmawati"),
    ("Asisten Bidang Umum Sekda Sumbar", "Siti Rahmawati"),
    ("Dirjen Polpum Kemendagri", "Siti Rahmawati"),
    ("Kepsek SMPN 2 Agam", "Siti Rahmawati"),
    ("Asisten KASN Bidang Pengaduan dan Penyelidikan", "Siti Rahmawati"),
    ("Dirjen Bina Administrasi Kewilayahan Kemendagri", "Siti Rahmawati"),
    ("Widyaiswara Ahli Madya BPSDM Sumbar,", "Siti Rahmawati,"),
    # local heads under their regional names: Papua's distrik, Maluku's negeri, Sumatera
    # Barat's jorong, Yogyakarta's padukuhan; an agency's head written "Ka"
    ("Kepala Distrik Abepura", "Rahmat Hidayat"),
    ("Kepala Kecamatan Tidore Utara", "Rahmat Hidayat"),  # the camat, written out
    # a regency's secretariat written short, a body misspelt, a title misspelt
    ("Asisten I Setkab Lampura", "Rahmat Hidayat"),
    ("Inspektur Inpektorat Boyolali,", "Rahmat Hidayat,"),
    ("Assiten 1 Pemkab Boyolali,", "Rahmat Hidayat,"),
    ("Raja Negeri Hative Besar", "Johanis Tuhumury"),
    ("Wali Jorong Sungai Jariang", "Rahmat Hidayat"),
    ("Kepala Dukuh Karangasem Lor", "Rahmat Hidayat"),
    ("Ka BKPSDM Agam", "Rahmat Hidayat"),
    ("Ketua Fraksi Gerindra DPRD Agam", "Rahmat Hidayat"),
    # an office word that is also a given name: the office's inside a phrase, the name's
    # right after an institution or a region
    ("Kepala Bagian Organisasi dan Tata Laksana Setda Agam", "Rahmat Hidayat"),
    ("Kepala BRIN", "Laksana Tri Handoko"),
    ("Pj Wali Kota Padang Panjang", "Andika Surya Putra"),
    ("Asisten Deputi Penguatan Budaya Kerja SDM Aparatur KemenPANRB", "Rahmat Hidayat"),
    # village bodies written out, their abbreviation after them, then the village
    ("Ketua Panitia Pemungutan Suara (PPS) Nagari Garagahan", "Doni Saputra"),
    ("Ketua Badan Permusyawaratan Desa (BPD) Sukamaju", "Doni Saputra"),
]


@pytest.mark.parametrize(("title", "written"), TITLED)
def test_titled_name(title, written):
    text = f"{title} {written} {VERB}"
    found = officials(text)
    assert written.rstrip(",") in [o.name for o in found], [(o.title, o.name) for o in found]


@pytest.mark.parametrize(("text", "expected"), [
    # a rank after a comma opens the name: what stands before is the unit's region
    ("Kapolres Pulau Buru, AKBP Doni Saputra, menghadiri ikrar.", "Doni Saputra"),
    ("Dandim Pulau Nias, Letkol Inf Doni Saputra, menghadiri ikrar.", "Doni Saputra"),
    ("Kapolres Pulau Buru AKBP Doni Saputra menghadiri ikrar.", "Doni Saputra"),
    ("Danlanud Roesmin Nurjadin Kolonel Pnb Doni Saputra menghadiri ikrar.", "Doni Saputra"),
    ("Kapolres Agam Kombespol Doni Saputra menghadiri ikrar.", "Doni Saputra"),
    ("Ketua MUI NTB TGH. Doni Saputra menghadiri ikrar.", "Doni Saputra"),
    # degrees run together without their comma
    ("Kepala BKD Agam Rahmat S.Pd. M.Si membuka acara.", "Rahmat"),
    ("Kepala BKD Agam Rahmat Hidayat S.Sos. M.M membuka acara.", "Rahmat Hidayat"),
    # an election body's official named by the body alone, the name set off by commas
    ("Sosialisasi menghadirkan narasumber dari Bawaslu Agam, Siti Rahma, dan BKN.",
     "Siti Rahma"),
    ("Hadir perwakilan KPU Kabupaten Agam, Rahmat Hidayat, dalam apel itu.", "Rahmat Hidayat"),
    # a Balinese name before its title, an adverbial phrase after it
    ("Sementara itu, I Made Wirawan, Kepala Bidang Politik Dalam Negeri Kesbangpol Bali dalam "
     "sambutannya meminta ASN netral.", "I Made Wirawan"),
    ("Kepala Desa Sukamaju, Lubuk Basung, Rahmat Hidayat menghadiri sosialisasi.",
     "Rahmat Hidayat"),
    ("Di sisi lain, Ni Luh Sari Dewi, Kabid Mutasi BKD Bali usai apel meminta ASN netral.",
     "Ni Luh Sari Dewi"),
    # a dotted degree without its comma before the title, a dotted hajj-scholar title
    ("Rahmat Ali S.Sos, Kepala BKD Agam, menyampaikan materi.", "Rahmat Ali"),
    ("\"ASN wajib netral,\" kata Rahmat Ali S.H., Ketua Bawaslu Agam.", "Rahmat Ali"),
    ("Ketua Bawaslu Agam, K.H. Rahmat Ali menyampaikan materi.", "Rahmat Ali"),
    # a ruler's name with its short form and number, a court title before it
    ("Gubernur DIY Sri Sultan Hadi Rahardjo (HR) X mengingatkan ASN agar netral.",
     "Sri Sultan Hadi Rahardjo X"),  # its short form in brackets: an aside
    ("Gubernur DIY Sri Sultan Hadi Rahardjo X mengingatkan ASN agar netral.",
     "Sri Sultan Hadi Rahardjo X"),
    ("Wakil Gubernur DIY KGPAA Suryo Negoro X meminta ASN netral.", "Suryo Negoro X"),
])
def test_name_of_the_shape(text, expected):
    found = officials(text)
    assert expected in [o.name for o in found], [(o.title, o.name) for o in found]


@pytest.mark.parametrize(("text", "absent"), [
    # headline verbs after a title are no names
    ("Kepala Desa Divonis Tiga Bulan Penjara", "Divonis"),
    ("Sekda Terancam Sanksi KASN", "Terancam"),
    ("Camat Dilaporkan ke Bawaslu", "Dilaporkan"),
    # a sentence opener is no part of the name the article completes a one-word name with
    ("Kata Kepala Bidang Mutasi BKD Agam Rahmadi. Terakhir Rahmadi menambahkan, ASN wajib "
     "netral.", "Terakhir Rahmadi"),
    # initials in parentheses without a ruler's number after them are no part of the name
    ("Bupati Agam Rahmat Santoso (RS) meminta ASN netral.", "Rahmat Santoso (RS)"),
    # a place after "di" before a lower-case title is no name
    ("Di Nabire sudah ada laporan, di Mimika kepala distrik pun diduga tidak netral.", "Mimika"),
    # a village's kecamatan set off by commas is no name; a body's lower-case "kota" neither
    ("Langkah serupa diambil lurah Sukamaju, Kalasan, yang hadir di balai desa.", "Kalasan"),
    ("Bawaslu Kota Padang menekankan netralitas. Pakta disaksikan seluruh anggota Bawaslu kota "
     "Padang.", "Kota"),
    # an election body's official named by the body alone needs the name set off by commas
    ("Acara itu turut menghadirkan Bawaslu Pasaman, Polres Pasaman, Kodim Pasaman, serta "
     "Kejari Pasaman.", "Polres Pasaman"),
    ("Kerja sama Bawaslu Sumbar, Universitas Andalas, dan KPU digelar.", "Universitas Andalas"),
    # the accused of an election-offence trial or a finding are no officials of the occasion
    ("Kepala Desa Sukamaju, Rahmat Hidayat, diputus bersalah dalam sidang pidana pemilu.",
     "Rahmat Hidayat"),
    ("Majelis hakim memvonis Kepala Desa Sukamaju, Kecamatan Lubuk Basung, Rahmat Hidayat, "
     "dengan hukuman penjara.", "Rahmat Hidayat"),
    ("Sekda Kabupaten Agam Rahmat Hidayat terseret dugaan pelanggaran netralitas.",
     "Rahmat Hidayat"),
    ("Panwaslu merekomendasikan kepada Bupati Pasaman untuk menjatuhkan sanksi bagi Kepala "
     "Desa Sukamaju, Rahmat Hidayat.", "Rahmat Hidayat"),
    ("Kades Sido Mukti Jaya bernama Rahmat Hidayat ikut berkampanye.", "Jaya"),
    # who takes a ceremony's salute is no inspector
    ("Inspektur Upacara (Irup) Sekda Agam Edi Sasmita membacakan amanat.", "Upacara"),
    ("Inspektur Upacara, Sekda Agam Edi Sasmita, membacakan amanat.", "Upacara"),
    # the official who spoke through another was not there
    ("Kepala BKD Agam Rahmat Hidayat melalui Kabid Mutasi Siti Rahmawati mengatakan ASN wajib "
     "netral.", "Rahmat Hidayat"),
    ("Kajati Sumbar Doni Saputra, melalui Asintel Kejati, Rahmat Salim, meminta ASN netral.",
     "Doni Saputra"),
])
def test_no_such_official(text, absent):
    assert absent not in [o.name for o in officials(text)]


def test_spoke_through_keeps_the_speaker():
    found = officials("Kepala BKD Agam Rahmat Hidayat melalui Kabid Mutasi Siti Rahmawati "
                      "mengatakan ASN wajib netral.")
    assert [o.name for o in found] == ["Siti Rahmawati"]


def test_name_at_a_line_start_is_no_dateline():
    text = ("Kepala Bidang Mutasi BKD Agam Siti Nur Rahma mengingatkan ASN.\n"
            "Siti Nur, menjelaskan, ASN dilarang berkampanye.\n"
            "Siti Nur menegaskan sanksi menanti.")
    assert "Siti Nur Rahma" in [o.name for o in officials(text)]


def test_a_body_inside_a_read_title_names_no_one_else():
    text = ("Ketua Bawaslu Agam Fitria Ayu Wulandari membuka rapat. Ketua Bawaslu Agam Fitri "
            "menjelaskan indeks kerawanan pemilu.")
    assert [(o.title, o.name) for o in officials(text)] == [
        ("Ketua Bawaslu", "Fitria Ayu Wulandari")]


def test_a_copy_wrapped_inside_its_sentences():
    text = ("Seluruh ASN di lingkungan Pemerintah Kabupaten Agam diminta\n"
            "menjaga netralitas menjelang pilkada. Hal itu disampaikan Asisten I Setda Agam\n"
            "Rahmat Hidayat, dalam arahannya pada apel pagi di halaman kantor bupati,\n"
            "Senin. Ia meminta seluruh pegawai tidak ikut berkampanye maupun memberi\n"
            "dukungan kepada pasangan calon di media sosial, karena pelanggaran akan\n"
            "dilaporkan kepada Bawaslu.")
    assert "Rahmat Hidayat" in [o.name for o in officials(unwrapped(text))]


def test_a_paragraph_a_line_keeps_its_breaks():
    text = ("Bawaslu Agam Gelar Sosialisasi\nRahmat Hidayat, warga setempat, hadir.\n"
            "Sekda Agam\nDedi Saputra menyebut ASN wajib netral.")
    assert unwrapped(text) == text


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a colon closes a headline's name: no verb follows it to be told from the name
    ("Sekda Edi Sasmita: ASN Harus Netral",
     "Sekda Agam mengingatkan ASN menjaga netralitas dalam apel pagi.", "Edi Sasmita"),
    # the body's only nameless holder of the headline's title is the headline's person
    ("Kepala BKD Rahmat Tegaskan ASN Dilarang Kampanye",
     "Kepala BKD Agam menegaskan ASN dilarang berkampanye. Rahmat mengatakan sanksi menanti.",
     "Rahmat"),
])
def test_named_in_the_headline(title, text, expected):
    found = officials(text, title)
    assert [(o.title, o.name) for o in found if o.name] == [(found[0].title, expected)]
    assert all(o.name for o in found)


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Kasi Propam Polres Agam Iptu Gani Pasaribu hadir.", "Kasi Propam Polres", "Gani Pasaribu"),
    ("Kasubag TU Kemenag Agam Linda Marpaung hadir.", "Kasubag TU Kemenag", "Linda Marpaung"),
])
def test_police_internal_affairs_and_administration_units(text, title, name):
    assert [(o.title, o.name) for o in officials(text)] == [(title, name)]
