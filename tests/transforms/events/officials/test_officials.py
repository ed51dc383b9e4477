from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.events.officials.find import Official, officials

# Invented articles in the shapes of the five seeds (title, caption, text): same title forms,
# asides, date writing and spelling variants, other places, people and words.
SEED_000 = """Menuju Pilkada 2024, Pj Wako Pekanbaru Ajak Pegawai Jaga Sikap Netral

Pj Wako Pekanbaru Darmawan Effendi mengajak pegawai bersikap netral. (Foto: Prokopim Pekanbaru)

Langgam.id - Menuju hari pencoblosan Pilkada 2024, Pj Wali Kota Pekanbaru Darmawan \
Effendi mengajak para pegawai Pemerintah Kota Pekanbaru bekerja netral dan jujur.

Ketika Sosialisasi Netralitas ASN di Gedung Pemuda Sutan Rajo Alam, Selasa, \
(9/7/2024), Darmawan mengingatkan pegawai agar melayani warga tanpa pilih kasih.

Di tempat yang sama, Kepala Badan Kesatuan Kebangsaan dan Politik (Kabankesbangpol) Kota \
Pekanbaru Syafrizal menyebut kegiatan itu diikuti 212 pegawai, dari kepala dinas, camat \
sampai lurah se-Kota Pekanbaru.

Sesudah itu Pj Sekretaris Daerah Kota Pekanbaru Yulianto memandu pengucapan ikrar, lalu \
pakta integritas diteken. Unsur Forkopimda dan Bawaslu Kota Pekanbaru turut menyaksikan. (*/Rn)
"""
SEED_001 = """Pj Wako Ridwan Ingatkan Pegawai Padang Panjang Tak Ikut Berkampanye
Pd. Panjang. (Minangsatu) - Tahapan pilkada di Kota Padang Panjang, November 2024, sudah \
dekat.
Pesan itu datang dari Pj Wali Kota H. Ridwan Hakim Tanjung, AP, M. Si, Kamis (18/7/2024) \
kemaren, ketika mengisi sesi Bimtek Penguatan Nilai Dasar Pegawai BerAKHLAK dan Sikap \
Netral dalam Pilkada." Warga hanya percaya pada pelayanan yang tidak berpihak," ujar Ridwan.
Ridwan menambahkan, setiap musim pilkada pegawai negeri selalu didekati tim sukses.
Menurut Ridwan, pegawai, baik Pegawai Negeri Sipil (PNS) maupun PPPK, tidak boleh hadir \
dalam acara yang mengusung salah satu kandidat.
"""
SEED_002 = """Pj Wali Kota Singkawang Minta Pegawai Tak Condong ke Kandidat Mana Pun

: Pj Wako Memberi Pengarahan Saat Apel Pagi | Foto : MC Singkawang

Singkawang, InfoPublik – Penjabat (Pj) Wali Kota Singkawang, Edi Kurniawan, mengingatkan \
pegawai Pemkot Singkawang agar tidak condong ke salah satu kandidat. Ia menyampaikannya \
sebagai pembina apel pagi bagi pegawai Pemkot Singkawang, Senin (7/10/2024), yang \
berlangsung di halaman Kantor Wali Kota.

Edi Kurniawan menambahkan, pegawai negeri digaji untuk melayani semua warga, bukan untuk \
mengurus kampanye.
"""
SEED_003 = """Ratusan P3K Baubau Teken Pakta Netralitas

Baubau, kabarbuton.com-Sebanyak 862 Pegawai Pemerintah dengan Perjanjian Kerja (P3K) \
lingkup Pemkot Baubau, Sulawesi Tenggara, belum lama ini membubuhkan tanda tangan pada \
pakta netralitas. Pj. Walikota Baubau datang menyaksikan acara itu didampingi para kepala \
bagian.

Dalam arahannya, Pj. Walikota Baubau meminta para P3K tidak ikut berkampanye.
"""
SEED_004 = """Sehari setelah dilantik, Pjs Wali Kota Payakumbuh ingatkan pegawai soal netralitas

id Pjs Wali Kota Payakumbuh, Deni Arpianto Lubis,Ikrar netralitas pegawai,Pilkada 2024

Penjabat Sementara Wali Kota Payakumbuh, Deni Arfianto Lubis memimpin pengucapan ikrar \
netralitas pegawai menjelang Pilkada 2024 (Antara/Rahmi Fitria)

Payakumbuh (ANTARA) - Sehari setelah dilantik menjadi penjabat sementara (Pjs) Wali Kota \
Payakumbuh, ia langsung mengingatkan pegawai di kota itu agar tidak memihak.

Pjs Wali Kota Payakumbuh, Deni Arpianto Lubis yang menggantikan Zulkarnain Hamid memimpin Apel \
Bersama berisi Pengucapan Ikrar Netralitas Pegawai lalu Penandatanganan Pakta Integritas.

"Pegawai harus berdiri di tengah," kata Deni Arpianto.

"Butir kedua pakta itu ialah tidak mengunggah dukungan di media sosial," kata Pjs Wali Kota.

"Pegawai yang kedapatan melanggar akan kami proses menurut ketentuan disiplin," \
imbuh Arfianto.
"""

# (text, [(title, region, name)]) in order of first mention
SEEDS = [
    (SEED_000, [("Pj Wali Kota", "Pekanbaru", "Darmawan Effendi"),
                ("Kepala Kesbangpol", "Kota Pekanbaru", "Syafrizal"),
                ("Pj Sekretaris Daerah", "Kota Pekanbaru", "Yulianto")]),
    (SEED_001, [("Pj Wali Kota", None, "Ridwan Hakim Tanjung")]),
    (SEED_002, [("Pj Wali Kota", "Singkawang", "Edi Kurniawan")]),
    (SEED_003, [("Pj Wali Kota", "Baubau", "")]),
    (SEED_004, [("Pjs Wali Kota", "Payakumbuh", "Deni Arpianto Lubis")]),
]

# single sentences: (text, [(title, region, name, honorifics)])
CASES = [
    ("Pesan itu datang dari Pj Wali Kota H. Ridwan Hakim Tanjung, AP, M. Si, Kamis (18/7/2024)",
     [("Pj Wali Kota", None, "Ridwan Hakim Tanjung", ("H.", "AP", "M.Si"))]),
    ("Pj Sekretaris Daerah Kota Pekanbaru Yulianto memandu pengucapan ikrar, lalu pakta diteken.",
     [("Pj Sekretaris Daerah", "Kota Pekanbaru", "Yulianto", ())]),
    ("Singkawang, InfoPublik – Penjabat (Pj) Wali Kota Singkawang, Edi Kurniawan, meminta",
     [("Pj Wali Kota", "Singkawang", "Edi Kurniawan", ())]),
    ("Acara itu disaksikan sendiri oleh Pj. Walikota Baubau bersama para kepala bagian",
     [("Pj Wali Kota", "Baubau", "", ())]),
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
    "menyebut kegiatan itu diikuti 212 pegawai, dari kepala dinas, Camat sampai Lurah "
    "se-Kota Pekanbaru.",
    "Apel pagi itu berlangsung pada Senin (7/10/2024) di halaman Kantor Wali Kota.",
    "Butir kedua pakta itu ialah tidak mengunggah dukungan di media sosial, kata Pjs Wali Kota.",
    "Tidak boleh ada ASN yang terang-terangan mendukung salah satu pasangan calon Kepala "
    "Daerah, tegas Ridwan.",
    "Debat calon Wali Kota Padang Budi Santika dan Rahmat Yuliandri digelar KPU.",
    "Kunjungan wisatawan ke Istano Basa Pagaruyung meningkat selama libur sekolah.",
    "Pelatihan itu diikuti para kepala OPD se-Pemko Padang Panjang.",
    # a title inside a building's name is nobody
    "Apel digelar di halaman Kantor Wali Kota Singkawang, Senin.",
    "Ratusan ASN berkumpul di Rumah Dinas Bupati Agam, Lubuk Basung.",
    "Sosialisasi digelar di Aula Kantor Gubernur Sumatera Barat, Padang.",
    "Pegawai Rumah Jabatan Wali Kota Baubau mengikuti apel pagi.",
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
    (deni,) = officials(SEED_004)
    assert deni.aliases == ("Deni Arfianto Lubis", "Deni Arpianto", "Arfianto")
    assert deni.raw == "Pjs Wali Kota Payakumbuh, Deni Arpianto Lubis"


def test_surname_mention_becomes_alias():
    darmawan = officials(SEED_000)[0]
    assert replace(darmawan, positions=(), start=0, end=0, sentence="") == Official(
        title="Pj Wali Kota", name="Darmawan Effendi", honorifics=(),
        raw="Pj Wako Pekanbaru Darmawan Effendi", region="Pekanbaru", aliases=("Darmawan",))


def test_positions_are_the_offsets_of_every_mention():
    (deni,) = officials(SEED_004)
    assert deni.positions == tuple(sorted(set(deni.positions)))
    # every titled mention and every speaker name, each read at its offset
    heads = ("Pjs Wali Kota", "Penjabat Sementara", "penjabat sementara", "Deni Ar", "Arfianto")
    assert all(SEED_004.startswith(heads, p) for p in deni.positions)
    assert SEED_004.index("Pjs Wali Kota Payakumbuh, Deni") in deni.positions
    assert SEED_004.rindex("Arfianto") in deni.positions  # "imbuh Arfianto."
    assert len(deni.positions) == 8


def test_honorifics_are_not_part_of_the_name():
    (ridwan,) = officials(SEED_001)
    assert ridwan.honorifics == ("H.", "AP", "M.Si")
    assert ridwan.aliases == ("Ridwan",)


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
                "Wali Kota", "Padang", "ASN", "SE", "M.Si.", "S.STP", "x", "3", "_", ".", ",",
                " ", "  ", "\n", "-", "(", "İ", "é"]


@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=80).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_subject_pattern_is_the_word_boundary_form(text):
    import re

    from transforms.events.officials.speakers import (
        CAPW,
        SPEAKER_DEGREES,
        SPEECH,
        SPEECH_SCAN,
        SUBJECT,
    )
    from transforms.prefilter import first_matches

    plain = re.compile(rf"\b(?P<name>{CAPW}(?:\s+{CAPW}){{0,3}})"
                       rf"(?:(?:,?[ \t]+(?:{SPEAKER_DEGREES})(?!\w))+,?)?\s+{SPEECH}\b")
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
