import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.events.relevance import (
    BODY_WEIGHTS,
    SAME_SENTENCE_WEIGHT,
    THRESHOLD,
    TITLE_WEIGHTS,
    relevance,
)

# (title, body) invented in the shapes of the five seeds' opening paragraphs (other places,
# people and wording)
SEEDS = [
    ("Menuju Pilkada 2024, Pj Wako Pekanbaru Minta ASN Bersikap Netral",
     "Menuju hari pencoblosan Pilkada 2024, Pj Wali Kota Pekanbaru Darmawan Effendi mengajak "
     "para ASN Pemerintah Kota Pekanbaru bekerja netral dan jujur. Ketika Sosialisasi "
     "Netralitas ASN di Gedung Pemuda Sutan Rajo Alam, Darmawan berpesan agar ASN melayani "
     "warga tanpa pilih kasih selama Pilkada."),
    ("Pj Wako Ridwan Ingatkan ASN Padang Panjang Tak Ikut Berkampanye",
     "Tahapan pilkada di Kota Padang Panjang, November 2024, sudah dekat. Sikap netral "
     "Aparatur Sipil Negara (ASN) kembali dibicarakan. Menurut Ridwan, netralitas berarti "
     "ASN tidak condong ke kandidat mana pun."),
    ("Pj Wali Kota Singkawang Minta ASN Tak Memihak Kandidat Mana Pun",
     "Penjabat (Pj) Wali Kota Singkawang, Edi Kurniawan, mengingatkan ASN Pemkot Singkawang "
     "agar tidak memihak salah satu kandidat hingga pencoblosan Pilkada, 27 November "
     "mendatang. Edi Kurniawan menambahkan, ASN digaji untuk melayani semua warga, bukan untuk "
     "mengurus kampanye, dan wajib netral."),
    ("Ratusan P3K Baubau Teken Pakta Netralitas ASN",
     "Sebanyak 862 Pegawai Pemerintah dengan Perjanjian Kerja (P3K) di Baubau belum lama ini "
     "membubuhkan tanda tangan pada pakta integritas netralitas ASN untuk Pilkada 2024. Pj. "
     "Walikota Baubau meminta para P3K tidak ikut berkampanye dan menjaga netralitas ASN."),
    ("Sehari setelah dilantik, Pjs Wali Kota Payakumbuh ingatkan ASN soal netralitas",
     "Sehari setelah dilantik menjadi penjabat sementara (Pjs) Wali Kota Payakumbuh, ia "
     "langsung mengingatkan aparatur sipil negara (ASN) di kota itu agar netral selama "
     "tahapan Pilkada 2024. \"Pegawai harus berdiri di tengah,\" imbuh Arfianto."),
]

NEGATIVE = [
    ("Kunjungan wisatawan ke Istano Basa Pagaruyung meningkat",
     "Kunjungan wisatawan ke Istano Basa Pagaruyung di Kabupaten Tanah Datar meningkat selama "
     "libur sekolah. Pengelola mencatat 12.000 pengunjung dalam sepekan."),
    ("Harga cabai merah di Pasar Raya Padang naik",
     "Harga cabai merah naik menjadi Rp60.000 per kilogram. Pedagang menyebut pasokan dari "
     "Alahan Panjang berkurang karena cuaca."),
    ("KPU Kubu Raya Kirim Logistik Pilkada ke Desa Terpencil",
     "KPU mendistribusikan logistik Pilkada 2024 berupa surat suara dan kotak suara ke pulau "
     "terluar. Distribusi logistik pemilihan kepala daerah dikawal polisi."),
    ("Pegawai Pemko Padang Ikut Senam Pagi Bersama di Lapangan Imam Bonjol",
     "Ratusan ASN Pemko Padang mengikuti senam massal. Kegiatan ini rutin digelar setiap "
     "Jumat untuk menjaga kebugaran pegawai."),
    ("Wisata Pagaruyung ramai",
     "Pengunjung memadati Istano Basa. Baca Juga: Cegah Gesekan Jelang Pencoblosan, "
     "ASN Diminta Tetap Netral"),
    ("Debat kandidat Pilwako Padang digelar",
     "Pasangan calon memaparkan visi misi dalam debat pilkada. Kampanye berlangsung damai."),
    ("", ""),
]


@pytest.mark.parametrize(("title", "text"), SEEDS)
def test_seed_articles_are_relevant(title, text):
    result = relevance(title, text)
    assert result.about_asn_neutrality
    assert result.score >= 0.7
    assert "body:asn" in result.signals and "body:neutrality" in result.signals


@pytest.mark.parametrize(("title", "text"), NEGATIVE)
def test_other_articles_are_not(title, text):
    result = relevance(title, text)
    assert not result.about_asn_neutrality
    assert result.score < THRESHOLD


@pytest.mark.parametrize(("title", "text"), NEGATIVE[:2])
def test_unrelated_articles_score_low(title, text):
    assert relevance(title, text).score < 0.3


def test_election_without_asn_is_not_enough():
    result = relevance(*NEGATIVE[2])
    assert result.signals == ("title:election", "body:election")
    assert result.score == pytest.approx(0.2)


def test_title_weighs_more_than_body():
    body_only = relevance("Berita daerah", "ASN harus netral dalam pilkada. ASN wajib netral.")
    with_title = relevance("ASN harus netral", "ASN harus netral dalam pilkada. ASN wajib netral.")
    assert with_title.score > body_only.score


def test_weights_sum_to_one():
    assert sum(TITLE_WEIGHTS.values()) + sum(BODY_WEIGHTS.values()) + SAME_SENTENCE_WEIGHT \
        == pytest.approx(1.0)


def test_signals_in_fixed_order():
    result = relevance(*SEEDS[0])
    assert result.signals == ("title:asn", "title:neutrality", "title:election", "body:asn",
                              "body:neutrality", "body:election", "same_sentence")
    assert result.score == 1.0


@given(st.text(), st.text())
@settings(max_examples=200, deadline=None)
def test_never_raises(title, text):
    result = relevance(title, text)
    assert 0.0 <= result.score <= 1.0
    assert not result.about_asn_neutrality or result.score >= THRESHOLD


_WORDS = ["ASN", "asn", "PNS", "aparatur sipil negara", "Pegawai\nNegeri Sipil", "netral",
          "Netralitas", "tidak berpihak", "tidak\nmemihak", "pilkada", "ketidaknetralan", "P3K",
          "netralitasnya", "ASNx", "xnetral", ".", "!", "?", "\n", " ", ", ", "dan", "İ", "ſ"]


@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join),
       st.lists(st.sampled_from(_WORDS), max_size=400).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_same_sentence_is_a_search_of_every_sentence(title, text):
    import re

    from transforms.events.relevance import CONCEPTS

    sentences = re.findall(r"[^.!?\n]+", f"{title}\n{text}")
    expected = any(CONCEPTS["asn"].search(s) and CONCEPTS["neutrality"].search(s)
                   for s in sentences)
    assert ("same_sentence" in relevance(title, text).signals) == expected


@pytest.mark.parametrize("text", [
    "AMBON - Seluruh ASN Prov. Maluku diminta menjaga netralitas selama Pilkada 2024.",
    "NAMLEA - ASN di lingkup Kab. Buru diminta menjaga netralitas selama Pilkada 2024.",
    "AMBON - ASN yang diadukan lewat lapor.go.id diminta tetap netral selama Pilkada 2024.",
    "AMBON - ASN dengan gelar S.Sos dan M.Si tetap wajib netral selama Pilkada 2024.",
])
def test_a_dot_of_an_abbreviation_or_inside_a_word_ends_no_sentence(text):
    assert "same_sentence" in relevance("", text).signals


# Real reports word neutrality in other ways, or name the village heads the rules treat alike.
OTHER_WORDING = [
    ("Bawaslu Proses Dua Kades yang Dukung Calon Bupati",
     "Bawaslu Kabupaten Sukamaju meneruskan kasus dua kepala desa yang diduga tidak netral ke "
     "Bupati. Kedua kades itu hadir dalam kampanye salah satu pasangan calon bupati. Ketua "
     "Bawaslu Rini Astuti mengatakan kepala desa dilarang memihak dalam Pilkada 2024."),
    ("Bawaslu Panggil Guru Terkait Unggahan di Media Sosial",
     "Bawaslu Kota Lembah Hijau memanggil seorang ASN untuk klarifikasi dugaan pelanggaran "
     "pemilu. Guru berinisial AB itu mengunggah foto calon presiden di akun Facebook. Berkas "
     "ASN tersebut akan diteruskan ke KASN setelah klarifikasi, kata Ketua Bawaslu Dedi."),
    ("Pejabat Pemprov Terlihat di Rumah Cagub",
     "Tiga pejabat ASN Pemprov diduga terlibat politik praktis karena hadir di kediaman calon "
     "gubernur. Bawaslu provinsi menyatakan akan menelusuri kehadiran para ASN itu menjelang "
     "Pilkada serentak 2024."),
]

LOOK_ALIKES = [
    ("Bawaslu Gelar Rekrutmen Pengawas TPS",
     "Bawaslu Kabupaten Sukamaju membuka pendaftaran pengawas TPS untuk Pilkada 2024. Pelamar "
     "tidak boleh berstatus ASN. Panitia akan memproses berkas pelamar pekan depan."),
    ("Camat Hadiri Distribusi Logistik Pilkada",
     "Camat dan lurah menghadiri distribusi logistik Pilkada 2024. KPU meminta petugas KPPS "
     "bersikap netral. Kepala desa membantu pengamanan gudang logistik."),
    ("36 PNS Dapat Sanksi Karena Bolos Apel",
     "Sebanyak 36 PNS Pemkot mendapat sanksi disiplin karena tidak hadir apel pagi. BKPSDM "
     "memproses pelanggaran disiplin itu sesuai aturan kepegawaian."),
    # a candidate's rally promising civil servants' welfare, programmes that side with the
    # people: no civil servant taking sides
    ("Kampanye di Desa Sukamaju, Calon Bupati Paparkan Program",
     "Calon Bupati Agam nomor urut 2 Rudi Hartono berkampanye di Desa Sukamaju untuk Pilkada "
     "2024. Ia menyebut kepedulian dan keberpihakan masyarakat menentukan pilihan. Ia memaparkan "
     "program prioritas yang berpihak kepada masyarakat kecil. Ia juga berjanji meningkatkan "
     "kesejahteraan ASN. Tidak hanya ASN dan honorer, para imam juga diberi insentif."),
]


@pytest.mark.parametrize(("title", "text"), OTHER_WORDING)
def test_reports_in_other_wording_are_relevant(title, text):
    assert relevance(title, text).about_asn_neutrality


@pytest.mark.parametrize(("title", "text"), LOOK_ALIKES)
def test_look_alikes_stay_out(title, text):
    assert not relevance(title, text).about_asn_neutrality


@pytest.mark.parametrize(("title", "text"), [
    ("Forum Warga Minta ASN Tidak Digiring Tolak Pemekaran Kabupaten",
     "Forum Warga Lembah Hijau menyesalkan ajakan kepada ASN pemkab untuk ikut unjuk rasa "
     "menolak pemekaran kabupaten. Menurut forum itu, ASN harus netral. Forum akan mengadu "
     "ke Komisi ASN dan Ombudsman agar ajakan itu diperiksa."),
    ("Serikat Pegawai Laporkan Mobilisasi PNS ke KASN",
     "Serikat pegawai menilai pengerahan PNS dalam aksi menolak relokasi kantor bupati "
     "melanggar netralitas ASN. Laporan sudah dikirim ke KASN pekan ini."),
])
def test_neutrality_sent_to_the_civil_service_commission_without_an_election_stays_out(
        title, text):
    assert not relevance(title, text).about_asn_neutrality


@pytest.mark.parametrize("text", [
    "Kepala Desa Sukamaju dilaporkan ke Bawaslu Agam karena memihak warga pendukung paslon "
    "nomor 2 jelang Pilkada 2024. Bawaslu sedang memproses laporan itu.",
    "Dua ASN dilaporkan ke Bawaslu Agam karena berpihak kepada pemilih paslon nomor 1 jelang "
    "Pilkada 2024. Bawaslu sedang memproses laporan itu.",
])
def test_siding_with_one_sides_people_is_still_taking_sides(text):
    assert relevance("Laporan warga ke Bawaslu Agam", text).about_asn_neutrality
