"""Activity rules of round 2: sanctions told in other shapes (a court's sentence, "sanksinya",
a decision after a recommendation, an explained threat), declarations read, and gatherings
that are not held at the occasion (a step done before, a purpose, a candidate's event).
Invented sentences; each pattern varied and paired with a negative."""

import pytest

from transforms.events.activities.classify import activities

CASES = [
    # "sanksinya": the possessive form of the noun, decided or threatened
    ("Dari sembilan kasus netralitas pegawai itu, tiga sudah diputuskan sanksinya oleh BKN.",
     ("pelanggaran", "sanksi")),
    ("Menurut Sekda, ASN yang melanggar akan diproses dan sanksinya tegas.", ("imbauan",)),
    # a sanction decided after a recommendation, in its own clause
    ("Kasus itu sudah kami rekomendasikan ke BKN dan Bupati sudah memberikan sanksi teguran "
     "kepada camat itu.", ("pelanggaran", "sanksi")),
    ("Kasus netralitas ASN itu sudah kami rekomendasikan ke KASN untuk diberikan sanksi.",
     ("pelanggaran",)),
    # a court's sentence is a sanction decided; one in the law is a threat
    ("Kepala Desa Sukamaju divonis enam bulan penjara karena terbukti bersalah ikut kampanye "
     "salah satu caleg.", ("sanksi", "pelanggaran")),
    ("Kades Mekarsari dijatuhi hukuman percobaan oleh Pengadilan Negeri karena tidak netral.",
     ("sanksi", "pelanggaran")),
    ("Kepala desa yang berkampanye dapat dipidana penjara paling lama satu tahun.",
     ("imbauan",)),
    # a sentence that spells out a threat before it
    ("Kalau ada ASN yang terbukti berkampanye, sanksi berat menanti. Artinya yang bersangkutan "
     "diberhentikan dari PNS.", ("imbauan",)),
    ("Camat Sukamaju terbukti berkampanye. Artinya, ia dicopot dari jabatannya oleh Bupati.",
     ("pelanggaran", "sanksi")),
    # a declaration read out, named for neutrality a few words on
    ("Pj Bupati Rahmat Hidayat membacakan Deklarasi Kepala Desa Menjaga Netralitas pada "
     "Pilkada 2024, Senin (7/10/2024).", ("ikrar",)),
    ("Deklarasi Bersama Camat dan Lurah untuk Pilkada Netral digelar di aula kantor wali kota.",
     ("ikrar",)),
    ("Deklarasi pasangan calon itu digelar di halaman rumah makan, Sabtu (5/10).", ()),
    # a step done before the occasion reported: "sudah", no day, not this occasion's
    ("Kepada Komisi II, Sekda melaporkan seluruh ASN sudah menandatangani pakta integritas.",
     ()),
    ("Para lurah sudah diberi sosialisasi soal netralitas.", ()),
    ("Seluruh ASN sudah menandatangani pakta integritas netralitas, Senin (7/10/2024).",
     ("pakta_integritas",)),
    ("Sebanyak 300 ASN telah menandatangani pakta integritas netralitas di aula kantor bupati.",
     ("pakta_integritas",)),
    # a gathering as a purpose, or as what another act means
    ("Pegawai perlu paham jadwal Pilkada supaya dapat membantu panitia sosialisasi di "
     "kampung-kampung.", ()),
    ("Para camat menandatangani pakta integritas netralitas, yang artinya mereka berikrar "
     "untuk netral.", ("pakta_integritas",)),
    # a candidate's gathering in a list of what offending ASN attended
    ("Pelanggaran paling sering berupa guru yang datang ke arisan, sosialisasi, atau jalan "
     "sehat bakal calon.", ()),
    ("Bawaslu menggelar sosialisasi netralitas ASN bagi para camat di aula kantor bupati.",
     ("sosialisasi",)),
    # a meeting held, on neutrality when its sentence names it; one on another matter is none
    ("Dalam rapat yang berlangsung di ruang kerja bupati, Kamis (3/10), Pj Bupati Irawan Saputro "
     "menegaskan ASN harus tetap netral.", ("sosialisasi", "imbauan")),
    ("Saat rapat bersama para camat di aula kantor bupati, Sekda Nur Aini membahas netralitas "
     "ASN.", ("sosialisasi",)),
    ("Dalam rapat yang berlangsung di ruang kerja bupati, Kamis (3/10), Pj Bupati membahas "
     "anggaran pilkada.", ()),
    ("Hal itu disampaikan Menteri saat rapat kerja dengan Komisi II DPR yang membahas evaluasi "
     "tahapan pilkada, Rabu (18/11).", ()),
    ("Hal itu disampaikan Menteri saat rapat kerja dengan Komisi II DPR yang membahas "
     "netralitas ASN, Rabu (18/11).", ("sosialisasi",)),
    # a monitoring team asked for and told as set up already
    ("Setiap kecamatan harus membentuk satgas netralitas ASN, dan itu sudah terbentuk, kata "
     "Sekda.", ("imbauan", "pengawasan")),
    ("Tiap kecamatan harus membentuk satgas netralitas ASN sebelum masa kampanye dimulai.",
     ("imbauan",)),
    # monitoring by a headline's bare verb, a raid or a close eye; asked for, an appeal
    ("Bawaslu Awasi Ketat Akun Media Sosial ASN Jelang Pilkada", ("pengawasan",)),
    ("Panwaslu Kecamatan Pantau Kegiatan Kepala Desa Selama Masa Kampanye", ("pengawasan",)),
    ("Mari awasi bersama netralitas ASN di lingkungan kita.", ("imbauan",)),
    ("Tim gabungan menggelar razia ke kantor dinas untuk memastikan ASN netral, Selasa (8/10).",
     ("pengawasan",)),
    ("Satpol PP merazia pedagang kaki lima di trotoar pasar.", ()),
    # a coordination meeting by its other abbreviations, a gathering of goodwill held
    ("Pemkab Sukamaju menggelar rakornis netralitas ASN di aula kantor bupati, Rabu (9/10).",
     ("sosialisasi",)),
    ("Sekda menggelar silaturahmi dengan para camat membahas netralitas ASN, Jumat (11/10).",
     ("sosialisasi",)),
    ("Kepala desa itu menghadiri silaturahmi pasangan calon di rumah warga.", ()),
    # a sanction given to people pointed at, described by what it was
    ("Bupati memberikan sanksi berupa penundaan kenaikan pangkat kepada ASN itu.",
     ("sanksi",)),
    ("Bupati akan memberikan sanksi berupa teguran kepada ASN itu jika terbukti.", ("imbauan",)),
    # efforts kept up or listed are no occasion; one told with a day is
    ("Bawaslu terus menggencarkan sosialisasi netralitas ASN kepada masyarakat.", ()),
    ("Bawaslu terus melakukan sosialisasi netralitas ASN, kali ini di aula Kecamatan "
     "Sukamaju, Senin (7/10).", ("sosialisasi",)),
    ("Pemkab telah melakukan berbagai upaya, mulai dari sosialisasi hingga penandatanganan "
     "pakta integritas.", ()),
    # a sanction of whoever was given one, or of an example, is no sanction decided here
    ("ASN yang sudah diberi sanksi tidak boleh mengulangi perbuatannya.", ("imbauan",)),
    ("Dia mencontohkan kasus kepala desa yang dipecat karena berkampanye di daerah lain.", ()),
    ("Tiga ASN yang sudah diberi sanksi itu kini bertugas kembali.", ("sanksi",)),
    # a signed commitment held up as a duty is no signing at this occasion
    ("Pakta integritas yang ditandatangani ASN harus dijalankan dengan penuh tanggung jawab.",
     ()),
    ("Ikrar netralitas yang diucapkan para camat itu wajib dipatuhi.", ()),
    ("Para camat menandatangani pakta integritas netralitas yang harus dijalankan selama "
     "pilkada, Senin (7/10).", ("pakta_integritas",)),
    ("Sekda mengultimatum ASN yang terlibat politik praktis.", ("imbauan",)),
    ("Seluruh ASN sudah menandatangani pakta integritas netralitas pagi tadi di aula kantor "
     "bupati.", ("pakta_integritas",)),
    # a finding in other shapes: a complaint about a civil servant, involvement suspected by
    # its act, a body's declaration, a recommendation issued or made of people pointed at
    ("Seorang kepala desa dilaporkan ke Bawaslu karena mengunggah dukungan kepada paslon.",
     ("pelanggaran",)),
    ("Bawaslu sedang mengkaji laporan terkait oknum ASN yang hadir dalam kampanye.",
     ("pelanggaran",)),
    ("Bawaslu mengklarifikasi dua ASN yang diduga mengunggah foto bersama calon bupati.",
     ("pelanggaran",)),
    ("ASN yang diduga ikut kampanye akan dipanggil Bawaslu.", ()),
    ("Bawaslu menyatakan camat itu melanggar netralitas ASN.", ("pelanggaran",)),
    ("Bawaslu mengeluarkan rekomendasi kepada KASN atas dugaan pelanggaran netralitas kades.",
     ("pelanggaran",)),
    ("Bawaslu berwenang mengeluarkan rekomendasi kepada KASN atas pelanggaran netralitas.", ()),
    ("Komisi ASN merekomendasikan sanksi disiplin bagi camat tersebut.", ("pelanggaran",)),
    ("Lima ASN terjaring patroli siber Bawaslu karena menyukai unggahan paslon.",
     ("pelanggaran", "pengawasan")),
    ("Sepuluh ASN terjaring razia disiplin Satpol PP di pusat perbelanjaan.", ()),
    # a speaker's talk, guidance or an occasion named by its topic; a talk at a campaign is none
    ("Hal itu disampaikan Ketua Bawaslu saat menjadi pemateri dalam kegiatan netralitas ASN di "
     "aula kantor camat.", ("sosialisasi",)),
    ("Pemkab Sukamaju menggelar bimbingan netralitas ASN bagi para camat, Selasa (8/10).",
     ("sosialisasi",)),
    ("Sekda memimpin rapat pimpinan yang membahas netralitas ASN di ruang rapat Sekda.",
     ("sosialisasi",)),
    ("Camat itu diduga menjadi pembicara dalam kampanye salah satu paslon.", ()),
    ("Ia menjadi narasumber dalam acara tim pemenangan paslon.", ()),
    # an oath of neutrality; a commitment of neutrality signed
    ("ASN Pemkab Sukamaju bersumpah untuk netral dalam Pilkada 2024, Senin (7/10).",
     ("ikrar",)),
    ("Saksi itu bersumpah di depan majelis hakim.", ()),
    ("Apel dilanjutkan penandatanganan komitmen netralitas ASN oleh para kepala OPD.",
     ("apel", "ikrar")),  # round 11: a commitment signed is a declaration signed
    ("Penandatanganan komitmen bersama pemberantasan korupsi digelar di aula.", ()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round2_rules(text, expected):
    assert activities(text) == expected
