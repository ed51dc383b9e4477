"""Activities: recall of the taxonomy's values in all their Indonesian forms, and the
precision rules stated in LABELS.md's terms (invented sentences, positive and negative)."""

import pytest

from transforms.events.activities.classify import activities

# imbauan: an official's appeal, warning, reminder or instruction, in its modal, hortative,
# request and written forms; a reporter's description or an observer's opinion is none
APPEALS = [
    ("Seluruh ASN diharapkan terus menjaga sikap netral sepanjang tahapan Pilkada.", ("imbauan",)),
    ("ASN hendaknya tidak ikut dalam politik praktis.", ("imbauan",)),
    ("ASN perlu menjaga netralitas menjelang Pilkada.", ("imbauan",)),
    ("Setiap pegawai wajib bersikap netral.", ("imbauan",)),
    ("Para kepala desa diminta tidak memihak pasangan calon mana pun.", ("imbauan",)),
    ("Kami mohon seluruh ASN tidak ikut kampanye.", ("imbauan",)),
    ("Seluruh ASN dimohon menjaga sikap selama masa kampanye.", ("imbauan",)),
    ("Ia meminta ASN tidak mengunggah foto bersama calon di media sosial.", ("imbauan",)),
    ("Kami minta camat dan lurah tak berpihak.", ("imbauan",)),
    ("Sekda menyerukan agar aparatur tidak terlibat politik praktis.", ("imbauan",)),
    ("Bupati berpesan kepada para camat untuk tidak memihak.", ("imbauan",)),
    ("Pj Bupati menginstruksikan seluruh kepala OPD mengawasi bawahannya.", ("imbauan",)),
    ("Ia memerintahkan semua camat memantau kepala desa.", ("imbauan",)),
    ("Sekda mendorong para ASN bersikap profesional dan tidak berpihak.", ("imbauan",)),
    ("Ia berharap para lurah tidak ikut dalam politik praktis.", ("imbauan",)),
    ("Kepala desa diharuskan bersikap netral.", ("imbauan",)),
    ("ASN tidak diperbolehkan berfoto dengan calon.", ("imbauan",)),
    ("Ia menyampaikan agar ASN tidak terprovokasi isu politik.", ("imbauan",)),
    ("ASN agar tidak terlibat kampanye, katanya.", ("imbauan",)),
    ("\"Mari kita jaga netralitas sampai pemungutan suara,\" ujar Sekda kepada para ASN.",
     ("imbauan",)),
    ("\"Jagalah netralitas,\" kata Bupati Sukamaju.", ("imbauan",)),
    ("Netralitas ASN adalah harga mati, tegasnya.", ("imbauan",)),
    ("Pemprov menerbitkan SE Gubernur tentang netralitas ASN.", ("imbauan",)),
    ("Pemkab memberi peringatan keras kepada ASN yang berkampanye.", ("imbauan",)),
    # a rule recalled: what civil servants have no right to do
    ("Menurut Asisten I, pegawai negeri boleh mencoblos namun tidak memiliki hak untuk ikut "
     "berkampanye bagi calon.", ("imbauan",)),
    ("Kepala desa tak berhak memihak salah satu kandidat, ujar Camat Sukamaju.", ("imbauan",)),
    # the conduct in the passive after the modal
    ("Bupati mengatakan netralitas merupakan hal yang harus dipatuhi oleh setiap ASN.",
     ("imbauan",)),
    ("Bupati mengatakan netralitas harus dijunjung tinggi oleh seluruh pegawai.", ("imbauan",)),
    ("Bupati mengatakan anggaran pengamanan pilkada harus dipatuhi.", ()),
    # the quoted statement's paragraph names whom it is about
    ("Bupati bicara di depan 200 ASN. \"Bapak ibu harus menjaga sikap,\" katanya.",
     ("imbauan",)),
    # negatives: an observer, the public, a description, a purpose, a request for information
    ("Menurut pengamat, ASN harus netral.", ()),
    ("Netralitas ASN menjadi sorotan publik menjelang Pilkada.", ()),
    ("Survei menunjukkan banyak warga berharap pemilu berjalan damai.", ()),
    ("Ia menjelaskan netralitas ASN diatur dalam UU Nomor 20 Tahun 2023.", ()),
    ("Bawaslu meminta keterangan dari camat itu pekan ini.", ()),
    ("Pemkab harus menyiapkan anggaran untuk pengamanan Pilkada.", ()),
    ("Sosialisasi netralitas itu diharapkan dapat menambah pemahaman ASN.", ("sosialisasi",)),
    ("Pos jaga di depan kantor camat dijaga dua petugas.", ()),
    ("ASN yang sedang cuti tidak berhak menerima tunjangan kinerja bulan itu.", ()),
]


@pytest.mark.parametrize(("text", "expected"), APPEALS)
def test_appeals(text, expected):
    assert activities(text) == expected


# pengawasan: patrols, inspections, supervision visits, complaint channels, teams set up, a
# body watching civil servants; not the body's name, its standing duty or a task given to it
MONITORING = [
    ("Tim Bawaslu turun ke kantor-kantor OPD untuk memantau netralitas ASN.", ("pengawasan",)),
    ("Inspektorat melakukan inspeksi ke kantor camat terkait netralitas ASN.", ("pengawasan",)),
    ("Bawaslu melakukan supervisi ke kecamatan terkait netralitas ASN.", ("pengawasan",)),
    ("Bawaslu melakukan kunjungan pengawasan ke kantor BKPSDM.", ("pengawasan",)),
    ("Pemkab menyediakan nomor pengaduan bagi warga yang melihat ASN tidak netral.",
     ("pengawasan",)),
    ("Pemkab meluncurkan aplikasi pengaduan netralitas ASN.", ("pengawasan",)),
    ("Panwascam memantau aktivitas media sosial para kepala desa.", ("pengawasan",)),
    ("BKPSDM memonitor akun media sosial ASN setiap hari.", ("pengawasan",)),
    ("Bawaslu mengawal netralitas ASN dengan mendatangi kantor-kantor kecamatan.",
     ("pengawasan",)),
    ("Badan Pengawas Pemilu menggelar sosialisasi netralitas ASN.", ("sosialisasi",)),
    ("Ketua Bawaslu, Budi, mengatakan fungsi pengawasan berjalan.", ()),
    ("Bawaslu bertugas mengawasi jalannya tahapan Pilkada.", ()),
    ("Bawaslu melakukan pengawasan terhadap seluruh tahapan penyelenggaraan pemilihan.", ()),
    ("Bawaslu berupaya mengawal hak pilih warga.", ()),
    ("Bawaslu membuka ruang pengaduan bagi masyarakat yang melihat ASN berkampanye.",
     ("pengawasan",)),
    ("Petugas mengecek langsung kehadiran ASN di lokasi kampanye.", ("pengawasan",)),
    ("Bawaslu akan membuka pengaduan netralitas ASN.", ("imbauan",)),
    ("Ia mengecek kesiapan logistik di gudang KPU.", ()),
    ("Pj Bupati menginstruksikan seluruh kepala OPD mengawasi bawahannya.", ("imbauan",)),
]

# sosialisasi: briefings, coaching, lectures, meetings, talks on neutrality, held; not a
# standing function, a room, a meeting with no topic named, or the election's own briefing
BRIEFINGS = [
    ("Pemkab menggelar pembinaan netralitas ASN bagi para camat.", ("sosialisasi",)),
    ("Bawaslu memberikan pembinaan kepada kepala desa terkait netralitas.", ("sosialisasi",)),
    ("Bupati memberikan ceramah tentang netralitas ASN di aula kantor bupati.",
     ("sosialisasi",)),
    ("Pemkot menggelar kuliah umum netralitas ASN.", ("sosialisasi",)),
    ("Bawaslu dan Pemkab menggelar pertemuan dengan para camat membahas netralitas ASN.",
     ("sosialisasi",)),
    ("Bawaslu menggelar bincang netralitas ASN di radio.", ("sosialisasi",)),
    ("Pemkab menggelar edukasi netralitas bagi para ASN.", ("sosialisasi",)),
    ("Bawaslu mengadakan tatap muka dengan kepala desa terkait netralitas.", ("sosialisasi",)),
    ("Kegiatan penguatan netralitas ASN digelar di aula kantor bupati.", ("sosialisasi",)),
    ("Pemkab menggelar coaching clinic netralitas ASN.", ("sosialisasi",)),
    ("Pemkab mengumpulkan seluruh kepala desa di aula kantor bupati untuk membahas netralitas.",
     ("sosialisasi",)),
    ("Pemkab menggelar rapat dengar pendapat soal netralitas ASN.", ("sosialisasi",)),
    ("Ikrar itu bagian dari pembinaan pegawai oleh pemerintah daerah.", ("ikrar",)),
    ("Bupati berbicara di ruang pertemuan lantai dua kantor bupati soal netralitas ASN.", ()),
    ("Bawaslu kota menggerebek pertemuan para kepala desa di sebuah hotel.", ("pengawasan",)),
    ("Pemkab menyosialisasikan jadwal pemungutan suara kepada warga.", ()),
    ("Bawaslu memaparkan aturan netralitas di hadapan 150 kepala desa.", ("sosialisasi",)),
    ("Ketua Bawaslu memaparkan data pelanggaran netralitas ASN.", ()),
    ("Pemkab menggelar apel netralitas ASN. Ketua Bawaslu memaparkan aturan netralitas di "
     "hadapan peserta apel.", ("apel",)),
    ("Pemkab menggelar kegiatan Netralitas ASN di aula kantor bupati.", ("sosialisasi",)),
    ("Pemkab menggelar kegiatan deklarasi netralitas ASN.", ("ikrar",)),
]

# the other gatherings' lexicons: statements read, assemblies of any kind, capacity building
GATHERINGS = [
    ("Acara dilanjutkan dengan pembacaan pernyataan sikap netralitas ASN oleh perwakilan "
     "pegawai.", ("ikrar",)),
    ("Para pejabat mengucapkan sumpah jabatan di hadapan bupati.", ()),
    ("Pemkab menggelar apel kerja yang diikuti seluruh ASN.", ()),  # a work assembly
    ("Pemkab menggelar peningkatan kapasitas ASN tentang netralitas.", ("bimtek",)),
    ("\"ASN harus tetap profesional,\" tegas dia.", ("imbauan",)),
    ("\"Pesan saya, tetaplah di tengah,\" kata Bupati kepada para ASN.", ("imbauan",)),
    # an earlier occasion told mid-sentence is not this one
    ("Bawaslu sebelumnya telah menggelar sosialisasi netralitas ASN di aula kantor bupati.", ()),
    ("Pemkab pernah menggelar apel netralitas ASN.", ()),
    ("Dua pekan sebelumnya, para camat menandatangani pakta integritas netralitas.", ()),
    ("Pemkab menggelar apel netralitas ASN, Senin (12/8) lalu.", ("apel",)),
]


@pytest.mark.parametrize(("text", "expected"), MONITORING + BRIEFINGS + GATHERINGS)
def test_monitoring_and_briefings(text, expected):
    assert activities(text) == expected


# pakta_integritas only for a signing at this occasion: not required, asked, owed, to be done,
# done before, a rule for whoever, or a document named; sanksi only decided or imposed;
# sosialisasi not for word spread where no one gathered
PRECISION = [
    ("Seluruh ASN wajib menandatangani pakta integritas netralitas.", ("imbauan",)),
    ("ASN diminta menandatangani pakta integritas netralitas.", ("imbauan",)),
    ("Bupati meminta kepala OPD segera menandatangani pakta integritas.", ("imbauan",)),
    ("Pakta integritas netralitas telah ditandatangani seluruh ASN pada Januari lalu.", ()),
    ("Setiap ASN yang menandatangani pakta integritas wajib mematuhinya.", ()),
    ("Format pakta integritas netralitas dibagikan ke seluruh OPD untuk ditandatangani.", ()),
    ("Dalam pakta integritas netralitas, ASN menyatakan tidak akan memihak.", ()),
    ("Sebanyak 90 lurah belum lama ini menandatangani pakta integritas netralitas ASN.",
     ("pakta_integritas",)),
    ("Acara ditutup dengan penandatanganan pakta integritas netralitas oleh 200 ASN.",
     ("pakta_integritas",)),
    ("KPU menggelar penandatanganan pakta integritas kampanye damai oleh para pasangan calon.",
     ()),
    ("Anggota PPS yang baru dilantik menandatangani pakta integritas.", ()),
    ("PP Nomor 94 Tahun 2021 mengatur sanksi bagi ASN yang tidak netral.", ("imbauan",)),
    ("Sanksi tersebut berupa teguran tertulis hingga penurunan pangkat.", ("imbauan",)),
    ("Hingga kini belum ada ASN yang dijatuhi sanksi.", ()),
    ("Kades itu dicopot jika terbukti tidak netral.", ("imbauan",)),
    ("Warga mendesak camat itu dicopot dari jabatannya.", ("imbauan",)),
    ("Pemkab menunggu rekomendasi KASN sebelum menjatuhkan sanksi.", ("imbauan",)),
    ("Bupati memberhentikan camat itu pada Senin (12/8) karena tidak netral.",
     ("sanksi", "pelanggaran")),
    ("Bawaslu mencopot APK yang dipasang di kantor camat.", ()),
    ("\"Pegawai itu sudah kami beri sanksi disiplin,\" kata Kepala BKPSDM.",
     ("sanksi", "pelanggaran")),
    ("KPU telah menjatuhkan sanksi kepada yang bersangkutan, seorang anggota PPK.",
     ("imbauan",)),
    ("Menjelang Pilkada 2024, Bawaslu mengingatkan ASN. Pada Pemilu 2019, sebanyak 12 ASN "
     "dijatuhi sanksi disiplin.", ("imbauan",)),
    ("Surat edaran itu telah disosialisasikan ke seluruh OPD.", ("imbauan",)),
    ("Pemkab terus menyosialisasikan netralitas ASN melalui media sosial.", ()),
    ("Bawaslu melakukan sosialisasi netralitas ASN melalui spanduk dan baliho.", ()),
    ("Ia berharap aturan itu tersosialisasi dengan baik kepada ASN.", ("imbauan",)),
    ("Pentingnya sosialisasi netralitas ASN disampaikan Ketua Bawaslu.", ()),
    ("Bawaslu telah melakukan sosialisasi netralitas kepada ASN di semua kecamatan sejak Juli.",
     ()),
    ("Bawaslu menyosialisasikan aturan netralitas kepada para camat di aula kantor bupati.",
     ("sosialisasi",)),
]


@pytest.mark.parametrize(("text", "expected"), PRECISION)
def test_precision(text, expected):
    assert activities(text) == expected
