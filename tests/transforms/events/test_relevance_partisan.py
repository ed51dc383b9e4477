"""Relevance of reports that never write "netral": partisanship said of civil servants, village
heads and civil-servant posts; and the look-alikes that must stay out, among them a staff rule
against "politik praktis" with no election in sight. Invented texts."""

from itertools import product

import pytest

from transforms.events.relevance import linked_sentences, relevance

APPOINTMENT = ("Bupati Serahkan SK kepada 140 CPNS Baru",
               "Bupati Tanah Merah Hendra Wijaya menyerahkan SK pengangkatan kepada 140 CPNS "
               "di Pendopo Kabupaten, Kamis. Ia meminta para PNS baru bekerja dengan disiplin. "
               "Kepala BKPSDM Rina Marlina menambahkan, setiap ASN wajib menjaga sikap dan "
               "dilarang terlibat politik praktis. Para PNS juga diminta tidak menggadaikan SK.")


# (subject as it opens the report, the group named again in the rule the watchdog recalls)
SUBJECTS = [
    ("Seorang ASN Dinas Pendidikan Kabupaten Sukamaju", "ASN"),
    ("Oknum PNS di lingkungan Pemkot Lembah Hijau", "PNS"),
    ("Dua kepala desa di Kecamatan Sungai Rangkai", "kepala desa"),
    ("Kades Sukamakmur, Darto Wiryo,", "kades"),
    ("Seorang guru berstatus PPPK", "PPPK"),
    ("Tenaga honorer kantor kecamatan", "tenaga honorer"),
    ("Wali Nagari Koto Tinggi", "wali nagari"),
    ("Sejumlah perangkat desa Mekarsari", "perangkat desa"),
    ("Keuchik Gampong Blang Raya", "keuchik"),
    ("Kuwu Desa Kertasari", "kuwu"),
    ("Perbekel Desa Tejasari", "perbekel"),
    ("Camat Sukajaya, Hendra Gunawan,", "camat"),
    ("Lurah Tanjung Harapan", "lurah"),
    ("Sekda Kabupaten Sukamaju", "sekda"),
    ("Tiga anggota Satpol PP Kota Lembah Hijau", "anggota Satpol PP"),
    ("Kepala Dinas Kesehatan Kabupaten Sukamaju", "kepala dinas"),
]
ACTIONS = [
    "diduga ikut kampanye salah satu pasangan calon",
    "terlibat dalam kampanye calon bupati nomor urut 2",
    "kedapatan mendukung salah satu paslon",
    "mengajak warga memilih salah satu calon wali kota",
    "berfoto bersama calon gubernur sambil mengacungkan dua jari",
    "menjadi tim sukses salah satu caleg DPRD",
    "terang-terangan memenangkan salah satu kandidat",
    "hadir dalam kampanye akbar pasangan calon nomor urut 1",
    "membuat keputusan yang menguntungkan salah satu peserta pemilu",
    "ikut memasang alat peraga kampanye salah satu calon bupati",
]
RULES = ["mendukung", "menguntungkan atau merugikan", "mengkampanyekan", "berfoto bersama"]
TITLES = ["Bawaslu Sukamaju Tindak Lanjuti Laporan Warga", "Laporan Warga Masuk ke Bawaslu"]


def report(subject: str, group: str, action: str, rule: str) -> str:
    return (f"{subject} {action} dalam Pilkada 2024. Ketua Bawaslu Kabupaten Sukamaju, Rahmat "
            f"Hidayat, mengatakan laporan warga itu diterima pekan lalu dan bukti foto sudah "
            f"dikumpulkan. Menurut dia, {group} dilarang {rule} salah satu pasangan calon.")


CASES = [(TITLES[i % 2], report(s, g, a, RULES[i % len(RULES)]))
         for i, ((s, g), a) in enumerate(product(SUBJECTS, ACTIONS))]


@pytest.mark.parametrize(("title", "text"), CASES)
def test_partisanship_of_civil_servants_is_relevant(title, text):
    result = relevance(title, text)
    assert result.about_asn_neutrality, result
    assert "same_sentence" in result.signals


@pytest.mark.parametrize(("subject", "group"), SUBJECTS)
def test_a_court_case_without_netral_is_relevant(subject, group):
    text = (f"{subject} divonis enam bulan penjara oleh Pengadilan Negeri Sukamaju karena ikut "
            f"kampanye salah satu caleg pada Pemilu 2024. Ketua Bawaslu Provinsi, Sri Handayani, "
            f"mengingatkan bahwa {group} yang berpihak dengan menguntungkan atau merugikan "
            f"seorang calon dalam pemilu bisa dipidana.")
    assert relevance("", text).about_asn_neutrality


@pytest.mark.parametrize("action", ACTIONS)
def test_one_partisan_sentence_is_counted_once(action):
    assert linked_sentences(f"Seorang ASN {action}.", 2) == (1, 0)
    assert linked_sentences(f"Camat Sukajaya {action}.", 2) == (1, 1)


# Sides taken by people who are not civil servants, or civil servants not taking sides.
LOOK_ALIKES = [
    ("Paslon Nomor 2 Berkampanye di Pasar Sukamaju",
     "Calon bupati nomor urut 2 berkampanye di Pasar Sukamaju. Ratusan relawan mendukung "
     "salah satu calon yang dinilai peduli petani. Kepala desa setempat menyambut rombongan "
     "dan meminta warga menjaga ketertiban selama kampanye Pilkada 2024."),
    ("Relawan Deklarasi Dukungan untuk Cagub",
     "Ribuan relawan mendeklarasikan dukungan kepada calon gubernur nomor urut 1 di lapangan "
     "kecamatan. Tim pemenangan paslon menargetkan kemenangan di semua TPS. Warga mengajak "
     "tetangga memilih salah satu calon yang mereka yakini."),
    ("Kapolres: Personel Polri Wajib Netral dalam Pilkada",
     "Kapolres Sukamaju AKBP Wibowo meminta seluruh personel menjaga netralitas Polri selama "
     "Pilkada 2024. Anggota yang terbukti memihak akan ditindak tegas. Ia juga meminta "
     "Bhabinkamtibmas berkoordinasi dengan kepala desa menjaga keamanan."),
    ("Dandim Ingatkan Prajurit TNI Tidak Memihak",
     "Dandim 0312 Letkol Arif Santoso mengingatkan prajurit TNI untuk netral dan tidak "
     "berpihak kepada salah satu pasangan calon dalam Pilkada serentak. Prajurit dilarang "
     "berfoto bersama calon kepala daerah."),
    ("Anggota KPPS Diberhentikan Karena Foto Bersama Calon",
     "KPU Kabupaten Sukamaju memberhentikan seorang anggota KPPS karena berfoto bersama "
     "calon bupati. Ketua KPU menyebut tindakan itu melanggar kode etik dan merusak netralitas "
     "penyelenggara pemilu. Foto itu juga memperlihatkan seorang kepala desa di belakangnya."),
    ("DKPP Sanksi Anggota PPK yang Tidak Netral",
     "DKPP menjatuhkan sanksi peringatan keras kepada anggota PPK Kecamatan Lembah yang "
     "terbukti tidak netral. Anggota PPK itu mengunggah dukungan kepada salah satu paslon di "
     "media sosial. Netralitas penyelenggara menjadi kunci kepercayaan publik."),
    ("PNS Dinas PU Dipecat Karena Bolos Setahun",
     "Seorang PNS Dinas PU Kabupaten Sukamaju diberhentikan tidak dengan hormat karena tidak "
     "masuk kerja selama setahun. BKPSDM memproses pelanggaran disiplin itu sesuai aturan."),
    ("Bupati Minta ASN Berpihak pada Rakyat Kecil",
     "Bupati Sukamaju meminta ASN berpihak kepada rakyat kecil dalam setiap pelayanan. "
     "Keberpihakan ASN kepada petani dan nelayan harus terlihat dalam program dinas. "
     "ASN juga diminta netral dalam menangani sengketa lahan antarwarga."),
    ("Satpol PP Tertibkan Alat Peraga Kampanye",
     "Bawaslu bersama Satpol PP menertibkan alat peraga kampanye yang melanggar aturan. "
     "Petugas berbicara dengan tim pemenangan dua kandidat agar baliho dipindahkan. Camat "
     "Sukajaya ikut memantau penertiban di sepanjang jalan provinsi."),
    ("Camat Pimpin Rapat Persiapan Pilkada",
     "Camat Sukajaya memimpin rapat persiapan logistik Pilkada 2024 bersama PPK dan lurah. "
     "KPU meminta petugas KPPS bersikap netral. Distribusi kotak suara dijadwalkan pekan depan."),
    ("Debat Kedua Calon Wali Kota Berlangsung Panas",
     "Pasangan calon wali kota saling sindir soal netralitas dalam debat kedua. Paslon nomor "
     "urut 1 menuding lawannya didukung partai besar. KPU menilai debat berjalan lancar."),
    # a religious scholar's honorific and a campaign team's name, no teacher taking sides
    ("Paslon Sukamaju Janjikan Tunjangan Guru Honorer",
     "Calon Wakil Bupati Sukamaju Tuan Guru Haji Rahmat bertatap muka dengan warga, ujar "
     "juru bicara Tim Koalisi Pemenangan Paslon RH, Jumat. Paslon berjanji menaikkan gaji "
     "guru honorer bila menang Pilkada 2024."),
    # (review) a former civil servant standing as a candidate, or the election's staff, putting
    # up props
    ("Caleg Pensiunan PNS Pasang APK",
     "Caleg Rudi Hartono, pensiunan PNS Pemkab Agam, memasang APK di sepanjang jalan Sukamaju "
     "jelang Pemilu 2024."),
    ("Mantan ASN Maju Pilkada",
     "Rudi Hartono yang mundur dari ASN untuk maju Pilkada 2024 mulai memasang APK di "
     "Sukamaju."),
    ("ASN Sekretariat KPU Pasang APK",
     "ASN Sekretariat KPU Agam memasang APK paslon di 16 kecamatan sesuai jadwal Pilkada 2024."),
    # a candidate's own props put up, no civil servant putting them up
    ("Paslon Mulai Pasang APK di Sukamaju",
     "Tim pemenangan pasangan calon mulai memasang alat peraga kampanye di sepanjang jalan "
     "protokol. Bawaslu meminta pemasangan APK mengikuti aturan KPU. Camat Sukajaya "
     "menyebut jalan provinsi bebas dari baliho."),
    ("Rekapitulasi Suara Pilkada Sukamaju Rampung",
     "KPU Kabupaten Sukamaju merampungkan rekapitulasi suara. Pasangan calon nomor urut 2 "
     "unggul di 12 kecamatan. Saksi paslon menandatangani berita acara."),
    # (limit) the election body's own briefing on the pairs, civil servants in its audience
    ("KPU Sosialisasikan Paslon",
     "KPU Agam mensosialisasikan pasangan calon bupati kepada masyarakat, termasuk ASN dan "
     "pegawai kecamatan. Sosialisasi digelar menjelang Pilkada 2024."),
    # (review) civil servants at a peace declaration; "ikut" and "tidak hanya" of the election
    # body; retired staff or a candidate who left the service at a declaration; a school's
    # "calon": no prohibition told, no partisanship said of serving civil servants
    ("Deklarasi Kampanye Damai Pilkada Agam",
     "KPU Agam menggelar deklarasi kampanye damai di Lapangan Sukamaju, Senin. Pj Bupati Agam "
     "bersama camat dan ASN Pemkab Agam hadir dalam deklarasi kampanye damai pasangan calon "
     "Pilkada Agam 2024. Ketua KPU Rudi Hartono berharap kampanye berjalan tertib."),
    ("KPU Agam Sosialisasikan Paslon",
     "KPU Agam juga ikut mensosialisasikan pasangan calon kepada ASN dan masyarakat melalui "
     "baliho. Ketua KPU berharap partisipasi pemilih di Pilkada Agam tinggi."),
    ("KPU Agam Sosialisasikan Paslon",
     "KPU Agam tidak hanya mensosialisasikan pasangan calon kepada pegawai Pemkab Agam, tetapi "
     "juga tahapan Pilkada."),
    ("Deklarasi Paslon Rina Wati",
     "Mantan Sekda Agam, Rudi Hartono, yang kini pensiunan PNS hadir dalam deklarasi pasangan "
     "calon Rina Wati di Sukamaju, Minggu. Pilkada Agam digelar November."),
    ("Pendaftaran Calon Kepala Sekolah",
     "Guru honorer Rina Wati terlibat dalam deklarasi dan pendaftaran calon kepala sekolah di "
     "Sukamaju. Pilkada Agam digelar 27 November."),
    # (limit) the public at a candidate pair's declaration, no civil servant in its sentence
    ("Ribuan Warga Hadiri Deklarasi Paslon",
     "Ribuan warga mengikuti deklarasi pasangan calon bupati Sukamaju di lapangan kota. KPU "
     "Sukamaju menyebut tahapan Pilkada berjalan lancar."),
]


@pytest.mark.parametrize("rule", [
    "tidak diperbolehkan mengikuti deklarasi pasangan calon bupati",
    "tidak boleh mensosialisasikan pasangan calon, baik di media sosial maupun kampanye",
    "tidak dibolehkan ikut terlibat dalam deklarasi dan pendaftaran calon kepala daerah",
])
def test_civil_servants_kept_from_a_candidates_declaration_or_promotion_are_relevant(rule):
    text = (f"Asisten III Setkab Sukamaju, Rudi Hartono, mengingatkan PNS dan ASN {rule}. "
            "Pemkab akan bekerja sama dengan Panwaslu dalam Pilkada 2024.")
    assert relevance("PNS Sukamaju Diingatkan Jelang Pilkada", text).about_asn_neutrality


@pytest.mark.parametrize(("title", "text"), LOOK_ALIKES)
def test_look_alikes_stay_out(title, text):
    assert not relevance(title, text).about_asn_neutrality


def test_a_post_counts_as_asn_only_beside_neutrality():
    assert linked_sentences("Camat Sukajaya memimpin rapat logistik pilkada.", 2) == (0, 0)
    assert linked_sentences("Camat Sukajaya diminta netral dalam pilkada.", 2) == (0, 1)
    assert linked_sentences("Satpol PP berkoordinasi dengan tim sukses kandidat.", 2) == (0, 0)


def test_an_asn_named_once_must_be_tied_to_neutrality():
    body = ("Bawaslu menegur pengawas desa yang tidak netral dalam Pilkada 2024. Netralitas "
            "pengawas harus dijaga. Seorang kepala desa hadir saat teguran disampaikan.")
    assert not relevance("", body).about_asn_neutrality
    tied = body.replace("pengawas desa yang tidak netral", "kepala desa yang tidak netral")
    assert relevance("", tied).about_asn_neutrality


def test_neutrality_without_an_election_stays_out():
    body = ("Bupati meminta ASN bersikap netral dan tidak memihak dalam sengketa lahan warga. "
            "ASN harus melayani kedua pihak dengan adil.")
    assert not relevance("ASN Diminta Tidak Memihak", body).about_asn_neutrality
    assert relevance("ASN Diminta Tidak Memihak",
                     body + " Hal yang sama berlaku menjelang pemilihan serentak."
                     ).about_asn_neutrality


# Headlines drop the verb prefixes; the body then reports the case in full.
HEADLINES = [
    ("Kades Sukamakmur Dukung Paslon Nomor 2, Bawaslu Turun Tangan", "kades"),
    ("Oknum ASN Kampanyekan Cagub di Media Sosial", "ASN"),
    ("Lurah Foto Bareng Calon Wali Kota, Warga Lapor Bawaslu", "lurah"),
    ("PNS Jadi Timses Salah Satu Caleg", "PNS"),
    ("Perangkat Desa Ajak Warga Pilih Salah Satu Calon Bupati", "perangkat desa"),
    ("Camat Diduga Menangkan Salah Satu Kandidat", "camat"),
    ("Sekda Hadiri Kampanye Paslon Nomor Urut 3", "sekda"),
]


@pytest.mark.parametrize(("title", "group"), HEADLINES)
def test_partisan_headlines_tie_asn_to_neutrality(title, group):
    body = (f"Warga Desa Sukamakmur melaporkan video {group} itu menjelang Pilkada 2024. Video "
            f"berdurasi satu menit itu beredar luas sejak Senin. Sampai kini {group} tersebut "
            f"belum memberikan tanggapan.")
    result = relevance(title, body)
    assert "title:neutrality" in result.signals and "same_sentence" in result.signals
    assert result.about_asn_neutrality


@pytest.mark.parametrize("phrase", [
    "membagikan unggahan salah satu paslon", "menyukai postingan kandidat nomor urut 1",
    "mengunggah foto calon presiden", "berfoto bersama cagub", "ikut serta dalam kampanye",
    "menjadi anggota tim pemenangan calon bupati", "mengarahkan pegawai memilih salah satu calon",
])
def test_social_media_and_campaign_phrases(phrase):
    assert linked_sentences(f"Seorang PNS {phrase}.", 2)[0] == 1
    assert linked_sentences(f"Seorang relawan {phrase}.", 2)[0] == 0


@pytest.mark.parametrize("sentence", [
    "Kepala desa mendukung penuh pelaksanaan Pilkada 2024.",
    "ASN diminta menggunakan hak pilih pada hari pemungutan suara.",
    "Calon pegawai negeri sipil mendukung program pemerintah.",
    "Para PNS ikut senam bersama di halaman kantor bupati.",
    "Kades hadir dalam rapat koordinasi pengamanan kampanye bersama polisi.",
    # the speaker's own doing after a quote that names civil servants
    "\"Semua honorer akan jadi PPPK,\" kata Rudi saat menghadiri kampanye pasangan calon Bupati.",
])
def test_sentences_that_take_no_side(sentence):
    assert linked_sentences(sentence, 2) == (0, 0)


@pytest.mark.parametrize("sentence", [
    "Bawaslu mencegah politisasi ASN menjelang pilkada.",
    "Paslon dilarang melakukan mobilisasi kepala desa.",
    "Pengamat menyoroti dugaan cawe-cawe camat dalam pilkada.",
    "CPNS yang baru dilantik diminta tidak ikut kampanye.",
])
def test_other_words_for_taking_sides(sentence):
    assert linked_sentences(sentence, 2)[0] == 1


def test_a_civil_servant_attending_a_campaign_takes_a_side():
    text = "Camat Sukamaju terlihat saat menghadiri kampanye pasangan calon Bupati di desa."
    assert linked_sentences(text, 2) == (1, 1)
    # (also when he is the speaker of the quote before)
    text = ("\"Saya datang sebagai pribadi,\" kata Camat Sukamaju Rudi saat menghadiri kampanye "
            "pasangan calon Bupati di desa.")
    assert linked_sentences(text, 2) == (1, 1)


def test_mobilisation_without_a_civil_servant_is_not_partisanship():
    assert linked_sentences("Tim pemenangan melakukan mobilisasi massa ke lapangan.", 2) == (0, 0)


@pytest.mark.parametrize("post", ["Guru", "Para guru", "Tenaga kesehatan", "Nakes",
                                  "Penyuluh pertanian", "Tenaga pendidik", "PPNPN"])
def test_public_service_professions_count_as_asn_only_beside_neutrality(post):
    assert linked_sentences(f"{post} di Kabupaten Sukamaju diminta menjaga netralitas dalam "
                            "Pilkada 2024.", 2) == (0, 1)
    assert linked_sentences(f"{post} di Kabupaten Sukamaju menerima tunjangan baru.", 2) == (0, 0)


def test_teachers_told_to_stay_neutral_is_relevant():
    title = "Menteri Imbau Guru Tidak Politisasi Profesi Jelang Pilkada"
    text = ("Menteri Pendidikan mengimbau para guru tidak mempolitisasi profesi menjelang "
            "Pilkada 2024.\n"
            "\"Guru harus menjaga netralitas dan tidak menjadikan sekolah arena kampanye,\" kata "
            "Menteri dalam sambutannya di Jakarta Pusat, Selasa.")
    assert relevance(title, text).about_asn_neutrality


def test_staff_rule_without_election_is_out() -> None:
    # ASN and "politik praktis" in one sentence, but no election anywhere: a staff rule
    assert not relevance(*APPOINTMENT).about_asn_neutrality


@pytest.mark.parametrize("setting", [
    " Menjelang Pemilu 2024, ia mengingatkan ASN agar netral.",
    " Bawaslu kabupaten ikut hadir dalam acara itu.",
    " Tahun politik sudah dekat, katanya.",
])
def test_same_rule_in_an_election_is_in(setting: str) -> None:
    title, text = APPOINTMENT
    assert relevance(title, text + setting).about_asn_neutrality


# civil servants drawn into a campaign, or a contestant told not to draw them in; the same
# words said of volunteers or of the police alone stay out
DRAWN_IN = [
    ("Bawaslu Sukamaju Ingatkan Paslon Jangan Libatkan ASN",
     "Bawaslu Kabupaten Sukamaju kembali mengingatkan pasangan calon bupati agar tidak "
     "melibatkan Aparatur Sipil Negara (ASN), P3K dan anggota TNI/Polri dalam kampanye Pilkada "
     "2024. Ketua Bawaslu, Rudi Hartono, menyampaikan hal itu di halaman KPU Sukamaju.", True),
    ("Bawaslu Sukamaju Awasi Kampanye Pilkada",
     "Tim pemenangan calon bupati melibatkan ratusan relawan dan simpatisan dalam kampanye "
     "akbar di Lapangan Sukamaju. Bawaslu mengawasi jalannya kampanye Pilkada 2024.", False),
]



# a watchdog finding civil servants' part in a candidate's event: a case; one finding a civil
# servant standing as a candidate is an eligibility matter
FOUND = [
    ("Bawaslu Agam Temukan Pelanggaran saat Pendaftaran Pilbup",
     "Bawaslu Agam menemukan sejumlah pelanggaran selama masa pendaftaran bakal calon bupati. "
     "Bahkan, Bawaslu juga menemukan adanya keterlibatan aparatur sipil negara (ASN) dan "
     "kepala desa saat pendaftaran.", True),
    ("Bawaslu Agam Menemukan 2 Bacaleg Berstatus ASN",
     "Bawaslu Agam menemukan adanya bakal calon legislatif yang berstatus aparatur sipil negara "
     "(ASN). Hasil temuan kami baru dua ASN yang masuk dalam daftar bakal caleg, kata Rudi.",
     False),
]


# "not involving" civil servants in something other than a contestant's campaign, or former
# civil servants drawn into one: no partisanship
NOT_DRAWN_IN = [
    ("Seleksi PPPK Agam 2024",
     "Panitia seleksi PPPK Kabupaten Agam tahun ini tidak melibatkan ASN dari luar daerah, kata "
     "Sekda Agam Rina Wati, Senin (7/10/2024). Seleksi digelar jelang Pilkada 2024."),
    ("Jangan Libatkan ASN dalam Penanganan Banjir",
     "Bupati Agam Rudi Hartono meminta dinas teknis jangan libatkan ASN yang sedang cuti dalam "
     "penanganan banjir jelang Pilkada 2024, Senin (7/10/2024)."),
    ("Kampanye Paslon Rudi-Rina",
     "Tim kampanye paslon Rudi-Rina melibatkan pensiunan ASN dan tokoh masyarakat dalam "
     "kampanye dialogis di Sukamaju jelang Pilkada 2024."),
]


@pytest.mark.parametrize(("title", "text", "relevant"), [
    *DRAWN_IN, *FOUND, *((title, text, False) for title, text in NOT_DRAWN_IN)])
def test_civil_servants_drawn_in_or_found_taking_part(title, text, relevant):
    assert relevance(title, text).about_asn_neutrality is relevant


def test_an_appeal_against_putting_up_campaign_props_is_relevant():
    # a watchdog's reminder that civil servants put up no campaign props: no "netral" written
    text = ("Bawaslu Provinsi Sukamaju mengingatkan para ASN untuk tidak memasang alat peraga "
            "kampanye menjelang pilkada serentak 2024. Ketua Bawaslu Sukamaju Rudi Hartono "
            "mengatakan pihaknya terus berkoordinasi dengan pemerintah daerah.")
    assert relevance("Bawaslu ingatkan ASN tak terlibat pasang alat peraga kampanye Pilkada",
                     text).about_asn_neutrality
    # (review) one caught putting them up
    assert relevance("Kepala Desa Sukamaju Pasang APK Paslon",
                     "Kepala Desa Sukamaju kedapatan memasang alat peraga kampanye salah satu "
                     "paslon Pilkada 2024. Bawaslu Agam memanggil kepala desa tersebut."
                     ).about_asn_neutrality
    # (review) a candidate suspected of putting them up at an official's house
    assert not relevance("Caleg Diduga Pasang APK di Rumah Camat",
                         "Seorang caleg DPRD Sukamaju diduga memasang APK di pagar rumah dinas "
                         "camat Sukamaju pada Pemilu 2024. Bawaslu sedang menelusuri laporan itu."
                         ).about_asn_neutrality
