from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.events.officials.find import Official, officials

# Invented articles in the shapes of the five seeds (title, caption, text): same title forms,
# asides, date writing and spelling variants, other people and words.
SEED_000 = """Jelang Pilkada 2024, Pj Wako Padang Minta ASN Tetap Netral dan Berintegritas

Pj Wako Padang Darmawan Effendi meminta ASN bersikap netral. (Foto: Prokopim Padang)

Langgam.id - Jelang Pemilihan Kepala Daerah (Pilkada) 2024, Pj Wali Kota Padang Darmawan \
Effendi meminta semua ASN di lingkungan Pemerintah Kota Padang menjaga netralitas serta \
integritas.

Saat Sosialisasi Netralitas ASN di Gedung Youth Center Bagindo Aziz Chan, Rabu, \
(3/7/2024), Darmawan menuturkan ASN wajib melayani warga dengan jujur, terbuka, dan tidak \
memihak.

Selain itu, Kepala Badan Kesatuan Kebangsaan dan Politik (Kabankesbangpol) Kota Padang \
Syafrizal mengatakan sosialisasi tersebut dihadiri 173 ASN, mulai dari pimpinan OPD, Camat \
hingga Lurah se-Kota Padang.

Acara berlanjut dengan pembacaan ikrar netralitas ASN dipimpin Pj Sekretaris Daerah Kota \
Padang Yulianto serta penandatanganan pakta integritas. Forkopimda Kota Padang dan Bawaslu \
Kota Padang ikut hadir. (*/Fs)
"""
SEED_001 = """Pj Wako Ridwan Minta ASN Padang Panjang Jaga Netralitas di Pilkada 2024
Pd. Panjang. (Minangsatu) - Jelang Pemilihan Kepala Daerah (Pilkada) serentak di Kota Padang \
Panjang, November 2024.
Hal itu disampaikan Pj Wali Kota H. Ridwan Hakim Putra, AP, M. Si, Jumat (12/7/2024) \
kemaren, ketika menjadi narasumber pada Bimtek Penguatan Nilai Dasar ASN BerAKHLAK dan \
Netralitas ASN dalam Pilkada." Sikap netral menjaga kepercayaan warga terhadap pelayanan \
yang diberikan ASN," kata Ridwan.
Lebih jauh Ridwan menuturkan, ASN kerap menjadi incaran para kandidat setiap kali Pilkada tiba.
Ridwan menegaskan, ASN, baik Pegawai Negeri Sipil (PNS) maupun non-PNS, dilarang ikut dalam \
kegiatan apa pun yang mendukung salah satu kandidat.
"""
SEED_002 = """Pj Wali Kota Pontianak Ingatkan ASN Tak Memihak Jelang Pilkada 2024

: Pj Wako Memberi Arahan Saat Apel Pagi | Foto : MC Pontianak

Pontianak, InfoPublik – Penjabat (Pj) Wali Kota Pontianak, Edi Kurniawan, meminta ASN \
Pemkot Pontianak tidak memihak kepada calon mana pun menjelang Pilkada. Pesan itu \
disampaikan Edi Kurniawan saat menjadi pembina apel pagi yang diikuti ASN Pemkot Pontianak, \
Senin (14/10/2024), bertempat di halaman Kantor Wali Kota.

Edi Kurniawan menambahkan, sebagai abdi negara ASN wajib bekerja profesional dan tidak memihak \
calon mana pun dalam Pilkada.
"""
SEED_003 = """P3K Kendari Teken Pakta Integritas Netralitas ASN

Kendari, suarakendari.com-Sebanyak 1.274 Pegawai Pemerintah dengan Perjanjian Kerja (P3K) \
lingkup Pemkot Kendari, Sulawesi Tenggara, belum lama ini ikut meneken pakta integritas untuk \
tetap netral. Pj. Walikota Kendari ikut menyaksikan penandatanganan itu bersama para kepala \
dinas.

Dalam sambutannya, Pj. Walikota Kendari meminta para P3K untuk selalu menjaga netralitas ASN.
"""
SEED_004 = """Baru sehari menjabat, Pjs Wali Kota Bukittinggi minta ASN berkomitmen netral

id Pjs Wali Kota Bukittinggi, Deni Arpianto Lubis,Pakta Integritas netralitas ASN,Pilkada 2024

Penjabat Sementara Wali Kota Bukittinggi, Deni Arfianto Lubis memimpin penandatanganan pakta \
integritas netralitas ASN untuk Pilkada 2024 (Antara/Yudha Prasetyo)

Bukittinggi (ANTARA) - Pada hari pertama bertugas sebagai penjabat sementara (Pjs) Wali Kota \
Bukittinggi segera meminta aparatur sipil negara (ASN) di daerah itu berkomitmen netral.

Pjs Wali Kota Bukittinggi, Deni Arpianto Lubis yang menggantikan Zulkarnain Hamid memimpin Apel \
Gabungan yang diisi Pembacaan Ikrar Netralitas ASN serta Penandatanganan Pakta Integritas.

"Seluruh ASN kami minta tetap netral," kata Deni Arpianto.

"Poin ketiga pakta integritas ialah bijak dalam bermedia sosial," kata Pjs Wali Kota.

"Bila nanti terbukti ada pelanggaran, tentu akan ditindak sesuai aturan perundang-undangan," \
pungkas Arfianto.
"""

# (text, [(title, region, name)]) in order of first mention
SEEDS = [
    (SEED_000, [("Pj Wali Kota", "Padang", "Darmawan Effendi"),
                ("Kepala Kesbangpol", "Kota Padang", "Syafrizal"),
                ("Pj Sekretaris Daerah", "Kota Padang", "Yulianto")]),
    (SEED_001, [("Pj Wali Kota", None, "Ridwan Hakim Putra")]),
    (SEED_002, [("Pj Wali Kota", "Pontianak", "Edi Kurniawan")]),
    (SEED_003, [("Pj Wali Kota", "Kendari", "")]),
    (SEED_004, [("Pjs Wali Kota", "Bukittinggi", "Deni Arpianto Lubis")]),
]

# single sentences: (text, [(title, region, name, honorifics)])
CASES = [
    ("Hal itu disampaikan Pj Wali Kota H. Ridwan Hakim Putra, AP, M. Si, Jumat (12/7/2024)",
     [("Pj Wali Kota", None, "Ridwan Hakim Putra", ("H.", "AP", "M.Si"))]),
    ("Pj Sekretaris Daerah Kota Padang Yulianto serta penandatanganan pakta integritas.",
     [("Pj Sekretaris Daerah", "Kota Padang", "Yulianto", ())]),
    ("Pontianak, InfoPublik – Penjabat (Pj) Wali Kota Pontianak, Edi Kurniawan, mengingatkan",
     [("Pj Wali Kota", "Pontianak", "Edi Kurniawan", ())]),
    ("Penandatanganan itu disaksikan langsung oleh Pj. Walikota Kendari dan para pimpinan",
     [("Pj Wali Kota", "Kendari", "", ())]),
    ("Pelaksana Tugas (Plt) Bupati Agam, Dr. Edi Sasmita, S.Sos, M.Si membuka sosialisasi",
     [("Plt Bupati", "Agam", "Edi Sasmita", ("Dr.", "S.Sos", "M.Si"))]),
    ("Camat Koto Tangah Fadlan Setiawan dan Lurah Balai Gadang Ahmad Rusdi hadir di Kecamatan "
     "Koto Tangah dan Kelurahan Balai Gadang.",
     [("Camat", "Koto Tangah", "Fadlan Setiawan", ()),
      ("Lurah", "Balai Gadang", "Ahmad Rusdi", ())]),
    ("Ketua Bawaslu Kota Padang Fajri Anugrah mengingatkan ASN. Plh Sekda drg. Yuliastuti, MM "
     "memimpin apel.",
     [("Ketua Bawaslu", "Kota Padang", "Fajri Anugrah", ()),
      ("Plh Sekretaris Daerah", None, "Yuliastuti", ("drg.", "MM"))]),
    ("Wawako Padang Yudi Pratama menghadiri apel di Pemko Padang.",
     [("Wakil Wali Kota", "Padang", "Yudi Pratama", ())]),
    ("Gubernur Sumbar Harmaini meminta ASN netral, kata Harmaini.",
     [("Gubernur", "Sumbar", "Harmaini", ())]),
    # a place after a title is no name: the regency capital after a comma, a two-word city
    ("Imbauan tersebut disampaikan Sekretaris Daerah Kabupaten Agam saat memimpin apel gabungan "
     "di halaman Kantor Bupati Agam, Lubuk Basung, pada Selasa (15/10/2024).",
     [("Sekretaris Daerah", "Kabupaten Agam", "", ())]),
    ("Sambutan Bupati Agam, Lubuk Basung, dibacakan asisten.", [("Bupati", "Agam", "", ())]),
    ("Hal itu disampaikan Bupati Pesisir Selatan, Painan, Senin.",
     [("Bupati", "Pesisir Selatan", "", ())]),
    ("Rapat dipimpin Wali Kota Padang Panjang.", [("Wali Kota", "Padang Panjang", "", ())]),
    # without other evidence, a regency right after a regional title is its region
    ("Bupati Agam Hendra Gunawan membuka sosialisasi di Lubuk Basung.",
     [("Bupati", "Agam", "Hendra Gunawan", ())]),
    ("Wali Kota Bogor Arif Rahman hadir dalam apel.", [("Wali Kota", "Bogor", "Arif Rahman", ())]),
    ("Penandatanganan itu disaksikan Ketua Bawaslu Kabupaten Solok dan Kepala BKPSDM Kabupaten "
     "Solok.", [("Ketua Bawaslu", "Kabupaten Solok", "", ()),
                ("Kepala BKPSDM", "Kabupaten Solok", "", ())]),
]

# asides, office titles, initials, ranks, regions between title and name (invented people)
CHUNKS = [
    ("Penjabat (Pj) Sekretaris Daerah (Sekda) Kota Solok, Rinaldi Saputra, membuka apel.",
     [("Pj Sekretaris Daerah", "Kota Solok", "Rinaldi Saputra")]),
    ("Pejabat Sementara (Pjs) Bupati Lampung Tengah (Lamteng), Lampung, Hendri Kurnia, hadir.",
     [("Pjs Bupati", "Lampung Tengah", "Hendri Kurnia")]),
    ("Koordinator Divisi Penanganan Pelanggaran, Data, dan Informasi Bawaslu Kabupaten Agam, "
     "Rudi Hartono, mengingatkan ASN.",
     [("Koordinator Divisi Penanganan Pelanggaran, Data, dan Informasi Bawaslu",
       "Kabupaten Agam", "Rudi Hartono")]),
    ("Komisioner Bawaslu Jawa Barat Sri Lestari mengatakan laporan sudah masuk.",
     [("Komisioner Bawaslu", "Jawa Barat", "Sri Lestari")]),
    ("Anggota Bawaslu Padang, Yusuf Hamdani menjelaskan hasil pengawasan.",
     [("Anggota Bawaslu", "Padang", "Yusuf Hamdani")]),
    ("Ketua Bawaslu NTB Lalu Fahmi mengatakan ada temuan baru.",
     [("Ketua Bawaslu", "NTB", "Lalu Fahmi")]),
    ("Kepala Badan Kepegawaian Daerah (BKD) Provinsi Jawa Timur, Ratna Kusuma, memberi sanksi.",
     [("Kepala BKD", "Provinsi Jawa Timur", "Ratna Kusuma")]),
    ("Kepala Kantor Regional (Kakanreg) XII BKN Pekanbaru Joni Iskandar menyebut data itu.",
     [("Kepala Kantor Regional XII BKN", "Pekanbaru", "Joni Iskandar")]),
    ("Asisten III Bidang Administrasi Umum Sekretariat Daerah Kota (Setdako) Pekanbaru, Basri, "
     "turut hadir.",
     [("Asisten III Bidang Administrasi Umum Sekretariat Daerah", "Kota Pekanbaru", "Basri")]),
    ("Sekretaris Daerah Kota Solok Marzuki A dan Ketua KPU Kota Solok hadir.",
     [("Sekretaris Daerah", "Kota Solok", "Marzuki A"), ("Ketua KPU", "Kota Solok", "")]),
    ("Rapat dipimpin Sekretaris Daerah, A Rahman, di aula.",
     [("Sekretaris Daerah", None, "A Rahman")]),
    ("Ketua Bawaslu Provinsi Lampung, Dedi P. Saragih, menyampaikan keprihatinannya.",
     [("Ketua Bawaslu", "Provinsi Lampung", "Dedi P. Saragih")]),
    ("Pj Gubernur Aceh Teuku Safrial ZA yang ditujukan kepada ASN.",
     [("Pj Gubernur", "Aceh", "Teuku Safrial ZA")]),
    ("Penjabat Gubernur Papua, Mayjen TNI (Purn) Yohanes Wenda dalam sambutannya.",
     [("Pj Gubernur", "Papua", "Yohanes Wenda")]),
    ("Ketua Bawaslu Kepsul, Ahmad Fauzan kepada wartawan, Sabtu.",
     [("Ketua Bawaslu", "Kepsul", "Ahmad Fauzan")]),
    ("Sumbar Kasatpol PP Padang Rizal Effendi dan Kapolres Agam AKBP Budi Santoso memimpin apel.",
     [("Kasatpol PP", "Padang", "Rizal Effendi"), ("Kapolres", "Agam", "Budi Santoso")]),
    ("Sekretaris KPU Kabupaten Agam, Novi Yanti dan Wakil Ketua DPRD Padang Arief Rahman hadir.",
     [("Sekretaris KPU", "Kabupaten Agam", "Novi Yanti"),
      ("Wakil Ketua DPRD", "Padang", "Arief Rahman")]),
    ("Menteri Dalam Negeri Wahyu Santoso meminta kepala daerah menjaga netralitas.",
     [("Menteri Dalam Negeri", None, "Wahyu Santoso")]),
    ("Ketua Panwascam Koto Tangah Rina Marlina mengingatkan ASN. Di Koto Tangah, kata Rina, "
     "pengawasan diperketat.", [("Ketua Panwascam", "Koto Tangah", "Rina Marlina")]),
    ("Kajari Padang Arman Syah dan Dandim 0312/Padang Letkol Inf Bayu Aji hadir.",
     [("Kajari", "Padang", "Arman Syah"), ("Dandim", "Padang", "Bayu Aji")]),
    ("Kepala Bidang Mutasi BKPSDM Agam Rika Sartika menjelaskan, Ketua KPU Dodi Akbar "
     "Bawaslu dan Panwaslu hadir.",
     [("Kepala Bidang Mutasi BKPSDM", "Agam", "Rika Sartika"), ("Ketua KPU", None, "Dodi Akbar")]),
    ("Ketua KPU I Gusti Ngurah Agung dan Plt Sekda H Arifin hadir.",
     [("Ketua KPU", None, "I Gusti Ngurah Agung"), ("Plt Sekretaris Daerah", None, "Arifin")]),
    ("ASN yang terbukti melanggar akan diberi sanksi oleh Bupati Agam Hendra Gunawan.",
     [("Bupati", "Agam", "Hendra Gunawan")]),
    ("Bawaslu telah memeriksa tiga ASN dan Kepala BKD Agam Rudi Hartono menunggu hasilnya.",
     [("Kepala BKD", "Agam", "Rudi Hartono")]),
    ("Bupati Kubu Raya Muda Mahendrawan dan Camat Tanjung Raya, Hendra Putra, hadir.",
     [("Bupati", "Kubu Raya", "Muda Mahendrawan"), ("Camat", "Tanjung Raya", "Hendra Putra")]),
    # the name before its title
    ("Netralitas wajib dijaga, tegas Mardiansyah, Koordinator Divisi Pencegahan Bawaslu Agam.",
     [("Koordinator Divisi Pencegahan Bawaslu", "Agam", "Mardiansyah")]),
    ("Apel dibuka pagi itu. Hendra Gunawan selaku Pj Bupati Pasaman memimpin ikrar.",
     [("Pj Bupati", "Pasaman", "Hendra Gunawan")]),
    ("Hal itu disampaikan Rudi Hartono (Ketua Bawaslu Kota Padang) kepada wartawan.",
     [("Ketua Bawaslu", "Kota Padang", "Rudi Hartono")]),
]

# not officials: election names, candidates, former holders, documents, other articles
NOT_OFFICIALS = [
    "Pemilihan Gubernur dan Wakil Gubernur Sumatera Barat digelar serentak.",
    "Pemilihan Gubernur-Wakil Gubernur (Pilgub) Riau diikuti dua pasangan.",
    "Debat calon Bupati Agam digelar KPU.",
    "Ia pernah menjadi Pj Bupati Gayo Lues.",
    "Larangan itu tertuang dalam Surat Edaran Bupati Kukar Nomor 14 Tahun 2024.",
    "Baca juga: Bupati Muba Ajak Warga Jaga Kebersihan",
    "Rapat Koordinasi Daerah Pengawasan Netralitas Pegawai digelar di Sukamaju.",
    "Kepala Kanwil Kemenkumham Jawa Tengah yang diwakili stafnya hadir.",
    "Anggota Bawaslu Sumbar mengatakan ada temuan baru.",
    "Ketua RT setempat ikut hadir.",
    "Sekretaris DPC Partai Nusantara Agam Budi Prasetyo ikut berkampanye.",
    "Ketua Tim Pemenangan Rizal Fauzi membantah tuduhan itu.",
    "Debat pasangan calon Bupati dan Wakil Bupati Agam digelar KPU.",
    # suspects of the violation reported are no officials of the occasion
    "Sepuluh pegawai yang diduga melanggar netralitas meliputi Kepala Dinas Pendidikan Agam, Budi "
    "Santoso, dan lainnya.",
    "Camat Tanjung Raya, Hendra Putra, yang diduga tidak netral dipanggil Bawaslu.",
    "Bawaslu memanggil Sekda Kota Solok Arman Jaya untuk klarifikasi.",
]

# a regency name that is also an everyday word ("Malang", "Batu") is split off after a
# regional head when a name follows; alone it stays a name
LIMITS = [
    ("Bupati Malang Sanusi membuka sosialisasi.", [("Bupati", "Malang", "Sanusi", ())]),
    ("Wali Kota Batu Dewi Kartika membuka sosialisasi.",
     [("Wali Kota", "Batu", "Dewi Kartika", ())]),
]

NEGATIVE = [
    "mengatakan sosialisasi tersebut dihadiri 173 ASN, mulai dari pimpinan OPD, Camat hingga "
    "Lurah se-Kota Padang.",
    "Apel pagi itu digelar pada Senin (14/10/2024) di halaman Kantor Wali Kota.",
    "Poin ketiga pakta integritas ialah bijak dalam bermedia sosial, kata Pjs Wali Kota.",
    "Tidak boleh ada ASN yang terang-terangan mendukung salah satu pasangan calon Kepala "
    "Daerah, tegas Ridwan.",
    "Debat calon Wali Kota Padang Budi Santika dan Rahmat Yuliandri digelar KPU.",
    "Kunjungan wisatawan ke Istano Basa Pagaruyung meningkat selama libur sekolah.",
    "Bimtek dihadiri para kepala OPD dari lingkungan Pemko Padang Panjang.",
    # a title inside a building's name is nobody
    "Apel digelar di halaman Kantor Wali Kota Pontianak, Senin.",
    "Ratusan ASN berkumpul di Rumah Dinas Bupati Agam, Lubuk Basung.",
    "Sosialisasi digelar di Aula Kantor Gubernur Sumatera Barat, Padang.",
    "Pegawai Rumah Jabatan Wali Kota Kendari mengikuti apel pagi.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), SEEDS)
def test_seed_articles(text, expected):
    assert [(o.title, o.region, o.name) for o in officials(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CASES + LIMITS)
def test_sentences(text, expected):
    assert [(o.title, o.region, o.name, o.honorifics) for o in officials(text)] == expected


@pytest.mark.parametrize(("text", "expected"), CHUNKS)
def test_title_chunks(text, expected):
    assert [(o.title, o.region, o.name) for o in officials(text)] == expected


@pytest.mark.parametrize("text", NOT_OFFICIALS)
def test_not_officials(text):
    assert [(o.title, o.name) for o in officials(text) if o.name or o.title] == []


def test_headline_names_confirmed_by_the_body():
    title = "Pj Bupati Rahmat Tegaskan ASN Wajib Netral"
    body = "Rahmat meminta seluruh ASN menjaga netralitas, kata Rahmat di Padang."
    (found,) = officials(body, title)
    assert (found.title, found.name, found.in_title, found.positions) == (
        "Pj Bupati", "Rahmat", True, (0,))
    assert officials("Pj Bupati Agam Rahmat Hidayat meminta ASN netral.", title)[0].name == (
        "Rahmat Hidayat")  # named in the body: the body's mention only


def test_span_and_sentence_of_the_first_named_mention():
    text = "Apel digelar Senin. Ketua Bawaslu Kota Padang, Rudi Hartono, hadir. Rudi berpesan."
    (found,) = officials(text)
    assert text[found.start:found.end] == found.raw == "Ketua Bawaslu Kota Padang, Rudi Hartono"
    assert found.sentence == "Ketua Bawaslu Kota Padang, Rudi Hartono, hadir."


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_officials(text):
    assert officials(text) == []


def test_spelling_variants_are_one_person():
    (hani,) = officials(SEED_004)
    assert hani.aliases == ("Deni Arfianto Lubis", "Deni Arpianto", "Arfianto")
    assert hani.raw == "Pjs Wali Kota Bukittinggi, Deni Arpianto Lubis"


def test_surname_mention_becomes_alias():
    andree = officials(SEED_000)[0]
    assert replace(andree, positions=(), start=0, end=0, sentence="") == Official(
        title="Pj Wali Kota", name="Darmawan Effendi", honorifics=(),
        raw="Pj Wako Padang Darmawan Effendi", region="Padang", aliases=("Darmawan",))


def test_positions_are_the_offsets_of_every_mention():
    (hani,) = officials(SEED_004)
    assert hani.positions == tuple(sorted(set(hani.positions)))
    # every titled mention and every speaker name, each read at its offset
    heads = ("Pjs Wali Kota", "Penjabat Sementara", "penjabat sementara", "Deni Ar", "Arfianto")
    assert all(SEED_004.startswith(heads, p) for p in hani.positions)
    assert SEED_004.index("Pjs Wali Kota Bukittinggi, Deni") in hani.positions
    assert SEED_004.rindex("Arfianto") in hani.positions  # "pungkas Arfianto."
    assert len(hani.positions) == 8


def test_honorifics_are_not_part_of_the_name():
    (sonny,) = officials(SEED_001)
    assert sonny.honorifics == ("H.", "AP", "M.Si")
    assert sonny.aliases == ("Ridwan",)


def test_different_people_with_one_title_stay_apart():
    text = ("Wako Hendra Saputra Bagikan Kartu. Pj Wali Kota Padang Darmawan Effendi hadir di "
            "Pemko Padang.")
    assert [o.name for o in officials(text)] == ["Hendra Saputra", "Darmawan Effendi"]


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_never_raises(text):
    for official in officials(text):
        assert official.name or official.region
        assert text[official.start:official.end] == official.raw
        assert official.raw in official.sentence


_NAME_PIECES = ["Darmawan", "Effendi", "Al-Farabi", "O’Neil", "menuturkan", "mengatakan",
                "meminta", "memimpin", "Menuturkan", "kata", "ujarnya", "Bupati", "Pj",
                "Wali Kota", "Padang", "ASN", "x", "3", "_", ".", ",", " ", "  ", "\n", "-", "(",
                "İ", "é"]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=80).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_subject_pattern_is_the_word_boundary_form(text):
    import re

    from transforms.events.officials.find import CAPW, SPEECH, SPEECH_SCAN, SUBJECT
    from transforms.prefilter import first_matches

    plain = re.compile(rf"\b(?P<name>{CAPW}(?:\s+{CAPW}){{0,3}})\s+{SPEECH}\b")
    found = [(m.span(), m.group("name")) for m in SUBJECT.finditer(text)]
    assert found == [(m.span(), m.group("name")) for m in plain.finditer(text)]
    assert not found or first_matches(SPEECH_SCAN, text, 1)  # the gate never hides one


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=60).map("".join),
       st.integers(min_value=0, max_value=40))
@settings(max_examples=200, deadline=None)
def test_tokens_read_on_demand_are_those_read_at_once(text, pos):
    from transforms.events.officials.parse import MAX_TOKENS, TOKEN, Tokens

    expected = []
    while len(expected) < MAX_TOKENS and (
            t := TOKEN.match(text, expected[-1][1] if expected else pos)):
        expected.append((t.group(2), t.end()))
    tokens = Tokens(text, pos)
    assert [tokens[k] for k in range(MAX_TOKENS + 10) if tokens.has(k)] == expected
    assert not tokens.has(len(expected))


def test_a_caption_spells_out_a_name_the_sentences_shorten():
    text = ("Ketua Bawaslu NTT Yohanes Maria Bere. (Foto: Dok. Bawaslu)\n"
            "Pelanggaran diproses, kata Ketua Bawaslu Provinsi NTT Yohanes Bere di Kupang.")
    (found,) = officials(text)
    assert (found.name, found.aliases) == ("Yohanes Bere", ("Yohanes Maria Bere",))
