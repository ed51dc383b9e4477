"""Officials' titles from the whole lexicon of Indonesian government and election bodies, on
invented sentences that vary one pattern each: asides between title and name, every level of
the election bodies, police/army/prosecution posts, village heads, regions that are everyday
words, regions written twice, initials and degrees, and phrases that are no names."""

import pytest

from transforms.events.officials.find import officials

VERB = "meminta ASN menjaga netralitas."

# (title phrase written before the name, the name as written, the name expected)
TITLED = [
    # asides between the title and the name
    ("Penjabat (Pj) Sekretaris Daerah (Sekda) Kota Bukittinggi,", "Marlis Andayani,", None),
    ("Pelaksana Tugas (Plt) Sekretaris Daerah (Sekda) Provinsi Jambi,", "Sudirta Wahab,", None),
    ("Pelaksana Harian (Plh) Sekda Kota Jambi,", "Dewi Kartikasari,", None),
    ("Pejabat Sementara (Pjs) Bupati Barito Kuala (Batola), Kalimantan Selatan,",
     "Rahmadi Saputro,", None),
    ("Pjs Bupati Tanah Laut, Kalsel,", "Ir. H. Syamsul Bahrin, M.M.,", "Syamsul Bahrin"),
    ("Pjs. Gubernur Kalimantan Tengah,", "Hendrawan Wijoyo,", None),
    ("Sekretaris Daerah (Sekda) Provinsi Sumatera Barat (Sumbar),", "Hasnul Arifin,", None),
    ("Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Provinsi Sumatera Barat,", "Alnira,", None),
    # election bodies at every level
    ("Komisioner Bawaslu Kota Padang", "Rina Marlinda", None),
    ("Komisioner KPU Kabupaten Agam,", "Doni Saputro,", None),
    ("Anggota Bawaslu RI", "Loly Suhendra", None),
    ("Ketua KPUD Kabupaten Pesisir Selatan", "Eri Gusmanto", None),
    ("Koordinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Kabupaten "
     "Lima Puluh Kota,", "Andi Sapardi,", None),
    ("Anggota KPU Kota Padang Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi "
     "Masyarakat,", "Dorris Putranto,", None),
    ("Ketua Panitia Pengawas Pemilihan Kecamatan (Panwascam) Lubuk Kilangan,", "Dedi Saputro,",
     None),
    ("Ketua PKD Kelurahan Gunung Pangilun", "Donal", None),
    ("Ketua PPS Kelurahan Air Tawar Barat,", "Rinawati,", None),
    ("Kordiv Sosdiklih, Parmas dan SDM KPU Agam", "Rahmi Salimah", None),
    ("Koordinator Divisi Penindakan Pelanggaran Bawaslu Agam", "Rahmi Salimah", None),
    ("Ketua Komisi Independen Pemilihan (KIP) Aceh", "Teuku Rahmadi", None),
    ("Kordiv Keuangan, Umum, Rumah Tangga dan Logistik KPU Agam", "Rahmi Salimah", None),
    # agencies, police, army, prosecution, ministries
    ("Kasat Pol PP Kabupaten Agam,", "Jasmanto,", None),
    ("Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) Provinsi Sumbar", "Jefriandi Hasan",
     None),
    ("Kakesbangpol Kota Padang", "Tarmiji Ismet", None),
    ("Kepala Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Agam", "Syatrial", None),
    ("Kepala Kejaksaan Tinggi Sumbar", "Yunita Daru", None),
    ("Kajati Sumatera Barat,", "Yuniar Winarsih,", None),
    ("Wakapolda Sumbar Brigjen Pol", "Gupito Setiawan", None),
    ("Danrem 032/Wirabraja Brigjen TNI", "Rayendra Obersi", None),
    ("Pangdam I/Bukit Barisan Mayjen TNI", "Mochtar Hasanudin", None),
    ("Kapolres Kupang Kota AKBP", "Aldino R.J.H. Manulang, S.H., S.I.K.,",
     "Aldino R.J.H. Manulang"),
    ("Dirjen Otda Kemendagri", "Akmalludin Malik", None),
    ("Asisten KASN Pengawasan Bidang Penerapan Nilai Dasar", "Sumardiono", None),
    ("Kepala Perwakilan Ombudsman RI Sumbar", "Yefrina Heriani", None),
    ("Staf Ahli Gubernur Bidang Hukum dan Politik,", "Syaiful Bahrun,", None),
    ("Inspektur Inspektorat Kabupaten Agam", "Jhon Edwarsyah", None),
    ("Sekwan DPRD Agam", "Rahmadani", None),
    ("Sekcam Banuhampu", "Rahmadi", None),
    ("Pj Wali Kota Kendari yang baru dilantik,", "Muhammad Yusran,", None),
    ("Kepala BKD yang juga hadir,", "Rahmi Saleh,", None),
    ("Koordinator Divisi (Kordiv) Penanganan Pelanggaran Bawaslu Agam,", "Rahmat Salim,", None),
    ("Korsek Bawaslu Kota Solok", "Yulianti", None),
    ("Kepala Sekretariat Bawaslu Agam", "Yuli Zamrina", None),
    ("Wamendagri", "Jon Wempi Wetapo", None),
    ("Wakil Menteri Dalam Negeri", "Jon Wempi Wetapo", None),
    ("Wakil Kepala BKN", "Suharmanto", None),
    ("Kepala Ombudsman RI Perwakilan Sumbar", "Yefrita Heriani", None),
    ("Kasat Reskrim Polres Agam AKP", "Rahmat Hidayah", None),
    ("Dandim 0307/Tanah Datar Letkol Czi", "Rahmat Hidayah", None),
    ("Camat Lubuk Begalung, Kota Padang,", "Rahmat Salim,", None),
    ("Bupati Agam", "(Andri Warsono)", "Andri Warsono"),
    ("Ketua Bawaslu Agam", "(Rahmi Salimah)", "Rahmi Salimah"),
    ("Pj Bupati Barito Kuala (Batola)", "Mujiono", None),
    ("Camat setempat,", "Rahmat Salim,", None),
    ("Ketua Tim Netralitas ASN Kota Padang", "Rahmat Salim", None),
    ("Ketua Satgas Netralitas ASN Kabupaten Agam", "Rahmat Salim", None),
    ("Kasi Pidsus Kejari Agam", "Rahmat Salim", None),
    ("Kanit Reskrim Polsek Lubuk Basung Ipda", "Rahmat Salim", None),
    ("Kepala Pusat Data BKN", "Rahmat Salim", None),
    ("Kasatpol PP dan Damkar Agam", "Rahmat Salim", None),
    ("Inspektur Daerah Agam", "Rahmat Salim", None),
    ("Kapolsek setempat Iptu", "Rahmat Salim", None),
    ("Kepala Pelaksana (Kalaksa) BPBD Agam", "Rahmat Salim", None),
    # words joining a title to its name
    ("Narasumber Kepala BKD Agam yakni", "Rahmat Hidayat", None),
    ("Narasumber Kepala BKD Agam, yaitu", "Rahmat Hidayat,", None),
    ("Ketua Bawaslu Agam yang dijabat oleh", "Rahmat Hidayat", None),
    ("Camat Lubuk Basung yang bernama", "Rahmat Hidayat", None),
    ("Anggota DPRD Kota Padang dari Fraksi PKS,", "Rahmat Hidayat,", None),
    # honorifics and degrees are no part of the name
    ("Bupati Agam Bapak", "Andri Warsono", None),
    ("Ketua Bawaslu Agam, Ibu", "Rahmawati,", None),
    ("Kepala BKD Agam drh.", "Rahmat Salim", None),
    ("Kepala BKD Agam Prof. Dr. Ir. H.", "Rahmawati, M.Sc., Ph.D.", "Rahmawati"),
    ("Kepala BKD Agam", "Rahmawati, S.Kep., Ns.", "Rahmawati"),
    # village heads: the village's name first
    ("Lurah Kampung Jao", "Irwandi", None),
    ("Wali Nagari Sungai Pua", "Amrizal", None),
    ("Wali Nagari Kamang Hilia,", "Syafrudin,", None),
    ("Perbekel Desa Tegallalang", "I Wayan Sudarma", None),
    ("Keuchik Gampong Lamteh", "Zulkarnaini", None),
    # a regency that is also an everyday word, a name with its region written twice
    ("Pj Wali Kota Malang", "Wahyudi Hidayat", None),
    ("Pj Bupati Kudus", "M Hasan Chabirin", None),
    ("Pj Bupati Batang", "Rina Dwi Lestari", None),
    ("Ketua Bawaslu Malang", "Mochamad Wahyono", None),
    ("Anggota KPU Kudus", "Siti Rohmah", None),
    ("Pj Bupati Halsel", "Rahmat Salim", None),
    ("Ketua Bawaslu Boltim", "Rahmi Salimah", None),
    ("Pj Wali Kota Jogja", "Sugeng Purwadi", None),
    # DPRD commissions, police units written as one word, heads of schools
    ("Ketua Komisi A DPRD Agam", "Rahmat Hidayat", None),
    ("Anggota Komisi II DPR RI", "Rahmat Hidayat", None),
    ("Kasatreskrim Polres Agam AKP", "Rahmat Hidayat", None),
    ("Kabagops Polres Agam Kompol", "Rahmat Hidayat", None),
    ("Irjen Kemendagri", "Tomas Tohar", None),
    ("Kepala Sekolah SMAN 1 Agam", "Rahmat Hidayat", None),
    # office phrases of the civil-service bodies, Korpri, PKK, village heads' association
    ("Kepala Bidang Pengadaan, Pemberhentian dan Informasi BKPSDM Agam", "Rahmat Hidayat",
     None),
    ("Ketua Umum Dewan Pengurus Korpri Nasional", "Zulham Arif", None),
    ("Ketua TP PKK Agam", "Rahmi Salimah", None),
    ("Ketua Tim Penggerak PKK Kabupaten Agam,", "Rahmi Salimah,", None),
    ("Ketua Apdesi Kabupaten Agam", "Dedi Kurniawan", None),
    # secretaries and heads of a kecamatan, kelurahan, nagari, village and its parts
    ("Sekretaris Kecamatan Lubuk Basung", "Rahmat Hidayat", None),
    ("Sekretaris Nagari Garagahan", "Rahmat Hidayat", None),
    ("Sekretaris Kelurahan Sukamaju", "Rahmat Hidayat", None),
    ("Kepala Jorong Sungai Jariang", "Rahmat Hidayat", None),
    ("Kepala Dusun Sukamaju", "Rahmat Hidayat", None),
    ("Kadus Sukamaju", "Rahmat Hidayat", None),
    ("Kepala Lingkungan II", "Rahmat Hidayat", None),
    ("Penghulu Kepenghuluan Bagan Punak", "Rahmat Hidayat", None),
    ("Petinggi Desa Sukamaju", "Rahmat Hidayat", None),
    ("Peratin Pekon Sukamaju", "Rahmat Hidayat", None),
    ("Hukum Tua Desa Sukamaju", "Rahmat Hidayat", None),
    ("Sangadi Desa Sukamaju", "Rahmat Hidayat", None),
    ("Pembakal Desa Sungai Rangas", "Rahmat Hidayat", None),
    ("Geuchik Gampong Lamteh", "Teuku Rahmat", None),
    # prisons, branch offices, numbered directorates, fire and order units, training centres
    ("Kalapas Kelas IIB Lubuk Basung", "Rahmat Hidayat", None),
    ("Kepala Rutan Kelas IIB Agam", "Rahmat Hidayat", None),
    ("Kepala Cabang Dinas Pendidikan Wilayah II", "Rahmat Hidayat", None),
    ("Direktur Pengawasan dan Pengendalian I BKN", "Rahmat Hidayat", None),
    ("Kepala Satpol PP dan Damkar Agam", "Rahmat Hidayat", None),
    ("Kasi Trantib Kecamatan Lubuk Basung", "Rahmat Hidayat", None),
    ("Kabag Sumda Polres Agam", "Rahmat Hidayat", None),
    ("Kepala Pusdiklat Bawaslu", "Rahmat Hidayat", None),
    ("Ketua PN Lubuk Basung", "Rahmat Hidayat", None),
    ("Kepala Balai Diklat Agam", "Rahmat Hidayat", None),
    ("Lurah Balai Gadang", "Ahmad Rusdi", None),
    ("Kasatgas Netralitas ASN Agam", "Rahmat Hidayat", None),
    # sub-unit heads written short, city heads written "Walkot"
    ("Kasubid Mutasi BKPSDM Agam", "Rahmat Hidayat", None),
    ("Kasubbid Disiplin BKD Agam", "Rahmat Hidayat", None),
    ("Pj Walkot Payakumbuh", "Sutrisno", None),
    ("Kepala Penerangan Kodam I/Bukit Barisan Kolonel Inf", "Rahmat Hidayat", None),
    # the country after a national body; a term of office between the title and the name
    ("Kepala Badan Kepegawaian Negara (BKN) Republik Indonesia,", "Bambang Arif Santoso,", None),
    ("Ketua Bawaslu Agam periode 2023-2028,", "Rahmat Hidayat,", None),
    ("Ketua Bawaslu Agam masa jabatan 2023-2028", "Rahmat Hidayat", None),
    ("Bupati Agam periode 2021-2024,", "Andri Warsono,", None),
    # a village and its kecamatan before the head's name
    ("Kepala Desa Sukamaju, Kecamatan Lubuk Basung,", "Rahmat Hidayat", None),
    ("Wali Nagari Garagahan, Kecamatan Lubuk Basung,", "Rahmat Hidayat,", None),
    ("Lurah Sukamaju Kecamatan Lubuk Basung", "Rahmat Hidayat", None),
    # village-level election bodies: the village's name first
    ("Anggota PKD Nagari Garagahan", "Rahmat Hidayat", None),
    ("Ketua PPS Sukamaju", "Dedi Kurniawan", None),
    # names: Balinese, Sasak, Bugis, initials
    ("Ketua KPU Bali", "Anak Agung Gede Rakasiwi", None),
    ("Ketua Bawaslu NTB", "Lalu Fahrurrozi", None),
    ("Pj Bupati Pasaman Barat", "Hamdani Z.A.", "Hamdani Z.A."),
    ("Ketua Bawaslu Buton", "Wa Ode Rahmi", None),
    ("Pj Bupati Buton", "La Ode Mustafa", None),
    ("Ketua Bawaslu Badung", "Ni Luh Putu Ayu", None),
    ("Ketua Bawaslu Aceh", "Teungku Rahmat", None),
    ("Bupati Bone", "Andi Asman Sulaiman", None),
    ("Ketua Bawaslu Tapanuli Tengah", "Rahmat Hidayat Pasaribu", None),
    # particles inside a name
    ("Ketua Bawaslu Agam", "Muhammad bin Abdullah", None),
    ("Ketua Bawaslu Agam", "Siti binti Abdullah", None),
    ("Ketua Bawaslu Ambon", "Rudi van Dijk", None),
    ("Ketua Bawaslu Ambon", "Rudi de Fretes", None),
    ("Ketua Bawaslu Agam", "Rahmat al-Habsyi", None),
    ("Ketua Bawaslu Agam", "Ma'ruf Hidayat", None),
    ("Ketua Bawaslu Agam", "Siti Nur-Hidayah", None),
    # honorifics, nicknames and titles of custom around a name
    ("Pj Bupati Lombok Timur H", "M Yusran Taufan", None),
    ("Ketua Bawaslu Agam Dr. (HC)", "Rahmat Hidayat", None),
    ("Ketua KPU Halmahera Selatan Hi.", "Rahmat Hidayat", None),
    ("Plt Sekda Provinsi Jambi HM.", "Rahmat Hidayat", "M Rahmat Hidayat"),  # Haji Muhammad:
    ("Bupati Agam HM", "Rahmat Hidayat", "M Rahmat Hidayat"),  # the M kept, as in "H. M. Nama"
    ("Ketua Bawaslu Agam apt.", "Rahmi Salimah", None),
    ("Ketua Bawaslu Agam", "Rahmat \"Memet\" Hidayat", "Rahmat Hidayat"),
    ("Ketua Bawaslu Agam", "Rahmat Hidayat (Memet)", "Rahmat Hidayat"),
    ("Ketua Bawaslu Agam,", "Rahmat Hidayat Dt. Rajo Mudo,", "Rahmat Hidayat"),
    ("Ketua Bawaslu Agam,", "Rahmat Hidayat,S.H.,M.H.", "Rahmat Hidayat"),
    ("Ketua Bawaslu Agam", "Rahmat Hidayat, S. STP, M. Si", "Rahmat Hidayat"),
    ("Ketua Bawaslu Agam", "Rahmat Hidayat, S.Kep., Ners,", "Rahmat Hidayat"),
    ("Ketua Bawaslu Agam", "Rahmat Hidayat SE MM", "Rahmat Hidayat"),
    ("Ketua Bawaslu Agam Brigjen TNI (Purn)", "Rahmat Hidayat", None),
    # a name written in capitals
    ("Kepala BKD Agam,", "RAHMAT HIDAYAT,", None),
    ("Ketua Bawaslu Agam", "RAHMAT HIDAYAT, S.H.", "RAHMAT HIDAYAT"),
    # a province's short form after the body's country, then the honorific opening the name
    ("Ketua Forum Sekretaris Daerah Indonesia Sumsel H", "Rudi Hartono", None),
    # a rank set off by commas before the name
    ("Kasatreskrim Polres Alor, AKP,", "Rudi Hartono, S.Sos.", "Rudi Hartono"),
    # the member's division named after the region
    ("Anggota Bawaslu Provinsi Sumatera Barat Koordinator Divisi Hukum,", "Rudi Hartono,", None),
    # a second post in lower case after "yang juga", then the name with no comma
    ("Anggota Bawaslu Agam yang juga menjadi koordinator divisi penanganan pelanggaran",
     "Siti Aminah", None),
    ("Sekda Agam yang juga ketua tim netralitas ASN", "Budi Santoso", None),
]


@pytest.mark.parametrize(("title", "written", "expected"), TITLED)
def test_titled_name(title, written, expected):
    text = f"{title} {written} {VERB}"
    want = expected or written.rstrip(",")
    assert want in [o.name for o in officials(text)], [(o.title, o.region, o.name)
                                                       for o in officials(text)]


NOT_NAMES = [
    "Program Gerakan Bupati Agam Peduli diluncurkan pekan lalu.",
    "Lapangan Bupati Agam Rahmat menjadi lokasi apel.",
    "Jalan Bupati Rahmat Saleh diperbaiki tahun ini.",
    "Paslon Bupati dan Wakil Bupati Agam, Andri Saputra dan Budi Santoso, berkampanye.",
    "Cagub Sumbar Rahmat Saleh dan Cawagub Budi Santoso berkampanye.",
    "Bupati Agam yang diwakili oleh asisten, Rahmat Salim, membuka acara.",
    # a field named after a province is no person
    "Pejabat itu menjabat Staf Ahli Gubernur Aceh Bidang Keistimewaan Aceh, Sumber Daya Manusia "
    "dan Hubungan Kerja Sama.",
    "Calon Bupati Agam Rahmat Hidayat berkampanye di pasar.",
    "Pemilihan Gubernur dan Wakil Gubernur Sumatera Barat digelar November.",
    "Ketua Tim Pemenangan Rahmat Hidayat berorasi.",
    "Ketua Tim Kampanye Paslon Nomor 1 Rahmat Hidayat berorasi.",
    "Ketua Tim Hukum Paslon Rahmat Hidayat melapor.",
    # a headline in capitals names nobody
    "BUPATI AGAM MINTA ASN NETRAL DI PILKADA",
    "Kepala BKD AGAM MINTA ASN NETRAL",
    # "petinggi" heads a village only before the village's name
    "Petinggi Bawaslu RI Rahmat Hidayat hadir.",
    # a lower-case post after "yang juga" names nobody when no name follows it
    "Kepala BKD Agam yang juga ketua panitia Pilkada Serentak meminta ASN netral.",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_no_official(text):
    assert [o.name for o in officials(text) if o.name] == []


def test_region_glued_to_a_name_elsewhere():
    text = ("Ketua Bawaslu Kabupaten, Malang Heri Wahyono.\n"
            "Hal itu disampaikan Ketua Bawaslu Kabupaten Malang, Heri Wahyono, Sabtu.")
    assert [o.name for o in officials(text)] == ["Heri Wahyono"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hadir Anggota Bawaslu Agam, Rahmi Salimah, Budi Santosa dan Citra Dewanti.",
     ["Rahmi Salimah", "Budi Santosa", "Citra Dewanti"]),
    ("Hadir para Komisioner KPU Agam, Rahmi Salimah, Budi Santosa, serta Citra Dewanti.",
     ["Rahmi Salimah", "Budi Santosa", "Citra Dewanti"]),
    ("Ketua Bawaslu Agam Rahmi Salimah, Budi Santosa dan Citra Dewanti hadir.",
     ["Rahmi Salimah"]),
    ("Anggota Bawaslu Agam Rahmi Salimah dan Kepala BKD Budi Santosa hadir.",
     ["Rahmi Salimah", "Budi Santosa"]),
])
def test_members_listed_after_one_title(text, expected):
    assert [o.name for o in officials(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kepala BKD Agam Budi Ali. Para ASN diminta netral.", "Budi Ali"),
    ("Kepala BKD Agam Budi Ali. Pihaknya meminta ASN netral.", "Budi Ali"),
    ("Kepala BKD Agam Edi. Jika ASN melanggar, sanksi menanti.", "Edi"),
    ("Plt Sekda Kota Solok Sabri AS. Ia meminta ASN netral.", "Sabri AS"),
    ("Pj Gubernur Aceh, Safrudin ZA. Ia meminta ASN netral.", "Safrudin ZA"),
    ("Kepala BKD Agam Rahmat SH. Ia meminta ASN netral.", "Rahmat"),
    ("Pj Bupati Agam Moh. Rahmanto menyampaikan arahan.", "Moh Rahmanto"),
    ("Ketua KPU Halmahera Selatan Darmin Hi. Hasanuddin menyampaikan arahan.",
     "Darmin Hi Hasanuddin"),
])
def test_a_name_ends_with_its_sentence(text, expected):
    assert [o.name for o in officials(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Rahmi Salimah, S.H., Ketua Bawaslu Agam, mengatakan ASN harus netral.",
    "Hal itu dikatakan Rahmi Salimah, S.H., M.H., Ketua Bawaslu Agam.",
    "\"ASN harus netral,\" kata Dr. Rahmi Salimah, Ketua Bawaslu Agam.",
    "Sementara itu, Rahmi Salimah selaku Kepala BKPSDM Agam menyebut ada laporan.",
    "Rahmi Salimah, S.I.K., M.H., Kapolres Agam, mengatakan ASN harus netral.",
    "Ir. H. Rahmi Salimah, M.M. selaku Pj Sekda Padang Pariaman mengatakan ASN harus netral.",
    "\"ASN harus netral,\" kata Rahmi Salimah, Plt Kapolres Barito Kuala (Batola), Kalimantan "
    "Selatan.",
])
def test_name_before_its_title(text):
    assert [o.name for o in officials(text)] == ["Rahmi Salimah"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tim gabungan memeriksa laporan bersama Ketua Bawaslu Agam Rahmi Salimah di kantornya.",
     ["Rahmi Salimah"]),
    ("Bawaslu Agam memanggil sejumlah ASN didampingi Kepala BKPSDM Agam Rahmi Salimah.",
     ["Rahmi Salimah"]),
    ("Bawaslu menemukan dugaan pelanggaran yang dilakukan Camat Koto Tangah Budi Santosa.", []),
    ("Ada dugaan pelanggaran netralitas yang dilakukan oleh Kepala Desa Sukamaju Budi Santosa.",
     []),
    ("Sosialisasi pencegahan pelanggaran dipimpin oleh Kepala BKD Agam Rahmi Salimah.",
     ["Rahmi Salimah"]),
    # the one a finding is sent or shown to is no suspect; the one sanctioned is
    ("Bawaslu Agam merekomendasikan kasus itu kepada Pj Bupati Agam Rahmi Salimah.",
     ["Rahmi Salimah"]),
    ("Tim memeriksa laporan itu di hadapan Inspektur Agam Rahmi Salimah.", ["Rahmi Salimah"]),
    ("Bawaslu melaporkan Camat Koto Tangah Budi Santosa kepada Pj Bupati Agam Rahmi Salimah.",
     ["Rahmi Salimah"]),
    ("Bupati menjatuhkan sanksi kepada Camat Koto Tangah Budi Santosa.", []),
])
def test_agent_of_a_finding_is_no_suspect(text, expected):
    assert [o.name for o in officials(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"ASN wajib netral,\" kata A. Ridwan Hakim, Pj Ketua Bawaslu Pontianak.", "A. Ridwan Hakim"),
    ("Sabri AS selaku Pjs Gubernur Kepulauan Riau mengatakan ASN wajib netral.", "Sabri AS"),
    ("I Made Sudarsana selaku Plh Sekda Sumatera Barat (Sumbar) mengatakan ASN wajib netral.",
     "I Made Sudarsana"),
])
def test_name_with_initials_before_its_title(text, expected):
    assert [o.name for o in officials(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("\"ASN wajib netral,\" kata Rahmi Salimah, kapolres Agam.", ["Rahmi Salimah"]),
    ("Hal itu disampaikan asisten I Setda Sumbar, Zulkarnain, saat membuka sosialisasi.",
     ["Zulkarnain"]),
    ("Sosialisasi dibuka inspektur Kabupaten Agam Rahmi Salimah.", ["Rahmi Salimah"]),
    ("Sosialisasi dibuka kajari Tanah Datar Budi Santosa.", ["Budi Santosa"]),
    ("Pelaku ditangkap oleh inspektur polisi Rahmi Salimah di lokasi.", []),
])
def test_lower_case_titles(text, expected):
    assert [o.name for o in officials(text)] == expected


@pytest.mark.parametrize("text", [
    # a name opening the sentence, the title's closing comma left out
    "Rahmi Salimah, Kepala BKPSDM Kabupaten Agam mengatakan ASN wajib netral.",
    "Rahmi Salimah, Ketua Bawaslu Agam juga menegaskan ASN wajib netral.",
    # bridges between a name and its title
    "Rahmi Salimah yang saat ini menjabat Kepala BKD Agam meminta ASN netral.",
    "Rahmi Salimah yang kini menjabat sebagai Kepala BKD Agam meminta ASN netral.",
    "Rahmi Salimah adalah Kepala BKD Agam. Ia meminta ASN netral.",
    "Rahmi Salimah dalam kapasitasnya sebagai Kepala BKD Agam meminta ASN netral.",
    "Pemateri Rahmi Salimah (Anggota Bawaslu Agam) memaparkan aturan netralitas.",
    "Rahmi Salimah (kiri), Kepala BKD Agam, menyerahkan piagam netralitas.",
    # appointed to the post: in office now
    "Rahmi Salimah yang baru dilantik menjadi Pj Bupati Agam meminta ASN netral.",
    "Rahmi Salimah yang ditunjuk Mendagri sebagai Pj Bupati Agam meminta ASN netral.",
    # the title with a demonstrative: the person named before it
    "Rahmi Salimah mengatakan ASN wajib netral. Menurut Kepala BKD Agam itu, sanksi menanti.",
    "\"ASN wajib netral,\" kata Rahmi Salimah. Ketua Bawaslu Agam tersebut menambahkan ...",
    "\"ASN wajib netral,\" kata Kepala BKD Agam itu, Rahmi Salimah.",
    "Rahmi Salimah membuka sosialisasi. Dalam sambutannya, Kepala BKD Agam itu meminta ASN "
    "netral.",
    # the title given with a part of the name, the full name written elsewhere
    "Sosialisasi dibuka Rahmi Salimah. Rahmi yang merupakan Kepala BKD Agam meminta ASN netral.",
    "\"ASN wajib netral,\" tegas Rahmi Salimah kepada wartawan. Salimah merupakan Ketua Bawaslu "
    "Agam.",
])
def test_name_told_apart_from_its_title(text):
    assert [o.name for o in officials(text) if o.name] == ["Rahmi Salimah"]


@pytest.mark.parametrize("text", [
    # a sentence opener, a dateline, a post held before
    "Terpisah, Kepala BKD Agam mengatakan ASN wajib netral.",
    "Lubuk Basung, Kepala BKD Agam mengatakan ASN wajib netral.",
    "Sebelumnya Rahmat adalah Kepala Dinas Pendidikan Agam yang dicopot.",
    "Rahmat juga sempat menjadi Kepala Dinas Pendidikan Agam.",
    # a demonstrative title after a speaker that is another titled person
    "Ketua KPU Agam Budi Santosa mengatakan hal itu. Menurut Kepala BKD Agam itu, sanksi menanti.",
    "Lubuk Basung menjadi tuan rumah. Kepala BKD Agam tersebut meminta ASN netral.",
    "Sosialisasi Netralitas berlangsung tertib. Kepala BKD Agam itu meminta ASN netral.",
])
def test_no_name_for_the_title(text):
    assert [o.name for o in officials(text) if o.name and o.title.startswith("Kepala")] == []



def test_a_name_before_a_members_title_with_its_division_after_the_region():
    text = ("Rudi Hartono, SH, M.Kn, anggota Bawaslu Provinsi Sumatera Barat Koordinator Divisi "
            "Penanganan Pelanggaran yang dikonfirmasi kemarin mengakui laporan netralitas ASN.")
    assert [o.name for o in officials(text)] == ["Rudi Hartono"]
