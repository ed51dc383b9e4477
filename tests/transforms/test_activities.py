import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.activities import VALUES, Mention, activities, activity_mentions

# (sentence, expected activity values in order of first mention); sentences from the seeds
CASES = [
    ("Dalam Sosialiasi Netralitas ASN di Gedung Youth Center Bagindo Aziz Chan, Kamis, "
     "(4/7/2024), Andree menuturkan ASN harus netral.", ("sosialisasi",)),
    ("Kepala Badan Kesatuan Kebangsaan dan Politik (Kabankesbangpol) Kota Padang Tarmizi "
     "menyampaikan acara sosialisasi ini diikuti oleh 173 ASN", ("sosialisasi",)),
    ("Kemudian acara dilanjutkan dengan pembacaan ikrar netralitas ASN yang dipandu oleh Pj "
     "Sekretaris Daerah Kota Padang Yosefriawan serta penandatanganan pakta integritas.",
     ("ikrar", "pakta_integritas")),
    ("Pj Wako Padang Ingatkan ASN Jaga Netralitas dan Integritas", ("imbauan",)),
    ("saat memberikan materi dalam Bintek Internalisasi Core Value ASN Ber_Ahlak dan "
     "Netralitas ASN dalam Pilkada.", ("bimtek",)),
    ("Bimtek diikuti kepala OPD di lingkungan Pemko Padang Panjang, serta peserta diklat",
     ("bimtek",)),
    ("Pernyataan ini disampaikan saat Ani Sofian menjadi pembina apel pagi di hadapan seluruh "
     "ASN Pemkot Pontianak", ("apel",)),
    ("Pemkot Pontianak akan memberikan sanksi tegas terhadap ASN yang terbukti melanggar "
     "prinsip netralitas.", ("sanksi", "pelanggaran")),
    ("Pihaknya akan melakukan pemantauan dan penindakan sesuai dengan ketentuan yang berlaku.",
     ("pengawasan", "sanksi")),
    ("Ia juga mengimbau seluruh ASN untuk terus menjalankan tugas dengan baik",
     ("imbauan",)),
    ("Sebanyak 1.246 Pegawai Pemerintah dengan Perjanjian Kerja (P3K) di Kendari baru-baru "
     "ini menandatangani pakta integritas netralitas ASN", ("pakta_integritas",)),
    ("ASN merupakan objek pengawasan tidak hanya oleh Bawaslu tetapi juga oleh KASN",
     ("pengawasan",)),
    ("Penandatanganan pakta integritas diawali dengan pembacaan 4 poin ikrar tentang "
     "netralitas ASN", ("pakta_integritas", "ikrar")),
    ("Hani Syopiar Rustam memimpin Apel Gabungan Pembacaan Ikrar Netralitas ASN dan "
     "Penandatanganan Pakta Integritas Netralitas dalam Pilkada", ("apel", "ikrar",
                                                                    "pakta_integritas")),
    ("Jika terbukti nantinya ada pelanggaran, akan ditindak sesuai Undang Undang yang berlaku",
     ("pelanggaran", "sanksi")),
    ("Pjs Wali Kota Bukittinggi minta komitmen netralitas ASN", ("imbauan",)),
    ("Ketidaknetralan ASN akan sangat merugikan negara", ("pelanggaran",)),
    ("ASN yang tidak netral dapat dikenakan hukuman disiplin berupa pemberhentian",
     ("pelanggaran", "sanksi")),
    ("Bupati menghimbau ASN dan memberikan arahan dalam apel kesadaran", ("imbauan",
                                                                        "sosialisasi", "apel")),
    ("Ratusan ASN mengikrarkan deklarasi netralitas usai bimbingan teknis",
     ("ikrar", "bimtek")),
    ("Satpol PP menggelar patroli dan memantau alat peraga kampanye", ("pengawasan",)),
    ("Pegawai mengikuti pelatihan dan workshop netralitas", ("bimtek",)),
    ("Seluruh ASN tandatangani pakta integritas usai penyuluhan", ("pakta_integritas",
                                                                 "sosialisasi")),
]

# sentences that must yield no activity at all
NEGATIVE = [
    "Harga apel malang di Pasar Raya Padang naik menjadi Rp40.000 per kilogram.",
    "Kunjungan wisatawan ke Istano Basa Pagaruyung meningkat selama libur sekolah.",
    "Badan Pengawas Pemilu Kota Padang membuka rekrutmen pengawas TPS.",
    "Wako Fadly Amran Mulai Salurkan Kartu Padang Juara untuk 12.606 Siswa Kurang Mampu",
    "ASN Pemko Padang Senam Massal di Lantai Atas Pasar Raya Fase VII",
    "Pedagang menjual apel, jeruk dan mangga di pinggir jalan.",
    "Peringatan Hari Jadi Kota ke-356 dimeriahkan lomba napak tilas.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_activities(text, expected):
    assert activities(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_activity(text):
    assert activities(text) == ()
    assert activity_mentions(text) == []


def test_mentions_keep_phrase_and_offsets():
    text = "acara dilanjutkan dengan pembacaan ikrar netralitas ASN serta penandatanganan " \
           "pakta integritas"
    mentions = activity_mentions(text)
    assert [(m.value, m.phrase) for m in mentions] == [
        ("ikrar", "pembacaan ikrar"),
        ("pakta_integritas", "penandatanganan pakta integritas"),
    ]
    for m in mentions:
        assert text[m.start:m.end] == m.phrase


@pytest.mark.parametrize("spelling", ["Bimtek", "Bintek", "bimbingan teknis", "BIMTEK", "diklat"])
def test_spelling_variants_share_one_value(spelling):
    assert activities(f"ASN mengikuti {spelling} netralitas") == ("bimtek",)


def test_typo_sosialiasi_from_seed():
    assert activity_mentions("Dalam Sosialiasi Netralitas ASN")[0] == Mention(
        "sosialisasi", "Sosialiasi", 6, 16)


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_never_raises(text):
    mentions = activity_mentions(text)
    assert all(m.value in VALUES for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert set(activities(text)) == {m.value for m in mentions}
