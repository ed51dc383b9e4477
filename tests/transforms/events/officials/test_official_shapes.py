"""Officials: name shapes and title words beyond the core lexicon, on invented sentences that
vary one pattern each: names ending in "-kan", long Balinese names, Jakarta's administrative
cities, experts and public-relations officers, one-word agency acronyms, ad hoc election
bodies, a headline's fuller form of a name, and phrases that name nobody."""

import pytest

from transforms.events.officials.find import officials

VERB = "meminta ASN menjaga netralitas."

# (title phrase written before the name, the name as written, the name expected)
TITLED = [
    # a name word ending in "-kan" before a verb, a link word or punctuation
    ("Sekretaris Daerah,", "Imam Solekan serta", "Imam Solekan"),
    ("Sekda Kabupaten Kediri", "Ahmad Muslikan", None),
    ("Kepala BKD Agam,", "Sri Sodikan,", "Sri Sodikan"),
    ("Camat Lubuk Basung", "Rahmat Solikan dan", "Rahmat Solikan"),
    # long Balinese and Javanese names
    ("Ketua Pengadilan Negeri Gianyar", "Ida Ayu Made Sri Wahyuni Putri", None),
    ("Sekda Kabupaten Badung", "I Gusti Ngurah Agung Putra Wirawan", None),
    ("Pj Bupati Klungkung", "Anak Agung Ngurah Oka Ratmadi", None),
    # Jakarta's administrative cities and regency
    ("Asisten Pemerintahan Kota Administrasi Jakarta Timur,", "Rahmat Hidayat,", None),
    ("Wali Kota Administrasi Jakarta Barat", "Uus Kuswanto", None),
    ("Bupati Kabupaten Administrasi Kepulauan Seribu,", "Junaedi Saputra,", None),
    ("Asisten Pemerintahan Setda Kota Bogor,", "Rahmat Hidayat,", None),
    # experts and public-relations officers speaking for their body
    ("Tenaga Ahli Menteri Dalam Negeri,", "Dr. Suryadi Pratama, M.Si,", "Suryadi Pratama"),
    ("Tenaga Ahli Bupati Agam Bidang Pemerintahan,", "Rahmat Hidayat,", None),
    ("Tenaga Ahli Gubernur Sumbar", "Rahmat Hidayat", None),
    ("Humas Bawaslu Kabupaten Agam,", "Muh Rahmat,", "Muh Rahmat"),
    ("Humas KPU Kota Padang", "Rini Astuti", None),
    ("Humas Polres Agam Ipda", "Rahmat Hidayat", None),
    # one-word agency acronyms and a spelling variant of "sumber daya"
    ("Kepala Dispermasdes Kabupaten Semarang,", "Joko Santoso,", None),
    ("Plt Kepala Dispermades Kabupaten Boyolali,", "Joko Santoso,", None),
    ("Kepala Disdukcapil Agam", "Rahmat Hidayat", None),
    ("Kepala Dinsos Kota Padang,", "Rahmat Hidayat,", None),
    ("Kepala Diskominfo Kabupaten Agam", "Rahmat Hidayat", None),
    ("Kepala Disdik Provinsi Riau,", "Rahmat Hidayat,", None),
    ("Kepala Badan Kepegawaian dan Pengembangan Sumberdaya Manusia (BKPSDM) Agam",
     "Rahmat Hidayat", None),
    ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam,",
     "Rahmat Hidayat,", None),
    # ad hoc election bodies of Aceh and their divisions
    ("Koordinator Divisi (Kordiv) Penindakan Pelanggaran, Data dan Informasi (PP Datin) "
     "Panwaslih Ad Hoc Pilkada Aceh Besar (Abes),", "Teuku Rahmadi,", None),
    ("Ketua Panwaslih Pilkada Aceh Tengah,", "Teuku Rahmadi,", None),
    # national office-holders, spokespersons and secretaries of national bodies
    ("Presiden", "Budi Santoso", None),
    ("Presiden RI,", "Budi Santoso,", None),
    ("Wakil Presiden", "Rahmat Hidayat", None),
    ("Wapres", "Rahmat Hidayat", None),
    ("Kapolri Jenderal Pol", "Rahmat Hidayat", None),
    ("Panglima TNI Jenderal", "Rahmat Hidayat", None),
    ("Jaksa Agung", "Rahmat Hidayat", None),
    ("Juru Bicara Kemendagri,", "Rahmat Hidayat,", None),
    ("Jubir KPU Kabupaten Agam", "Rahmi Salimah", None),
    ("Juru Bicara Kementerian Luar Negeri,", "Rahmat Hidayat,", None),
    ("Sestama BKN", "Rahmi Salimah", None),
    ("Ketua Tim Pembina Netralitas ASN Kabupaten Agam,", "Rahmat Hidayat,", None),
    # a common misspelling of "sekretaris"
    ("Sekertaris Daerah Kabupaten Agam,", "Rahmat Hidayat,", None),
    ("Sekertaris Desa Sukamaju", "Rahmat Hidayat", None),
    ("Sekertaris KPU Kota Padang", "Rahmat Hidayat", None),
]


@pytest.mark.parametrize(("title", "written", "expected"), TITLED)
def test_title_then_name(title: str, written: str, expected: str | None) -> None:
    text = f"{title} {written} {VERB}"
    names = [o.name for o in officials(text)]
    assert names == [expected or written.rstrip(",")], text


NOBODY = [
    "Rakor diikuti Ketua Bawaslu Tingkat Provinsi dan Kabupaten/Kota se-Sumatera Barat.",
    "Acara itu dihadiri Ketua Forum Keuchik Se Kabupaten Aceh Besar.",
    "Hadir pula Ketua Paguyuban Kepala Desa Kabupaten Agam.",
    "Kabar itu saya terima sendiri dari Pak Pj. Bupati kemarin.",
    "Kami dorong Pak Irjen Kemendagri untuk menindak ASN yang melanggar.",
    "Baca: Anggota Bawaslu Agam Meninggal di Perjalanan Dinas",
    "Anggota Bawaslu Agam Meninggal saat Bertugas",
    "Presiden Direktur PT Sinar Agam Rahmat Hidayat hadir sebagai tamu.",
    "Presiden BEM Universitas Agam Rahmat Hidayat ikut berorasi.",
    "Juru Bicara Tim Pemenangan Rahmat Hidayat membantah tudingan itu.",
    "Ia mengutip pernyataan Presiden Budi Santoso soal birokrasi yang netral.",
    "Sesuai arahan Bupati Agam Rahmat Hidayat, ASN wajib netral.",
    "Camat Lubuk Basung Rahmat Hidayat ikut diperiksa Bawaslu Agam.",
    "Kepala Dinas Pendidikan Agam Rahmat Hidayat, dipanggil Bawaslu untuk diklarifikasi.",
    "Kades Sukamaju Rahmat Hidayat telah disanksi teguran tertulis.",
    "Kepala Desa Sukamaju, Kecamatan Lubuk, Rahmat Hidayat, mendapatkan surat peringatan.",
    "Kades Sukamaju Rahmat Hidayat dikenai sanksi teguran lisan.",
    "Spanduk itu mendukung petahana Wali Kota Agam Rahmat Hidayat.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_no_name(text: str) -> None:
    assert [o.name for o in officials(text) if o.name] == [], text


@pytest.mark.parametrize("headline", [
    "Bupati Agam Budi Tekankan ASN Netral",
    "Sekda Rahmat Ingatkan ASN Jaga Netralitas",
    "Pj Wali Kota Budi Serukan Netralitas ASN",
])
def test_kan_verb_of_a_headline_is_no_name(headline: str) -> None:
    body = "Pemkab menggelar apel netralitas ASN, kata Budi. Rahmat juga hadir."
    found = officials(body, headline)
    assert [o.name.split()[-1] for o in found] in (["Budi"], ["Rahmat"]), headline


def test_headline_gives_the_fuller_name() -> None:
    """A lead written out as the first line names the person in full; the body shortens it."""
    title = "Sekda Provinsi Bali Ketut Made Wirawan minta ASN jaga netralitas jelang pilkada"
    body = ("Sekda Ketut Wirawan menyampaikan hal itu saat sosialisasi netralitas ASN, "
            "Rabu (21/8/2024).\nKetut Wirawan juga meminta ASN bijak bermedia sosial.")
    found = officials(body, title)
    assert [o.name for o in found] == ["Ketut Made Wirawan"]
    assert "Ketut Wirawan" in found[0].aliases


def test_lead_paragraph_as_title_keeps_the_whole_name() -> None:
    """A first line of more than 25 words is a lead, not a title-case headline: the name in it
    is read as written, not cut to the words the body repeats."""
    lead = ("Banda Aceh, Koordinator Divisi Hukum dan Penindakan Pelanggaran Panwaslih "
            "Kabupaten Aceh Besar, Teuku Rahmadi Saputra, Mengimbau Seluruh Aparatur Sipil "
            "Negara (ASN), Keuchik Dan Perangkat Gampong Agar Tidak Terlibat Dalam Politik "
            "Praktis Menjelang Pemilihan Kepala Daerah Serentak Tahun 2024 Di Wilayah Itu.")
    body = "Hal itu disampaikan Teuku dalam acara diskusi, Sabtu (29/6/2024)."
    assert [o.name for o in officials(body, lead)] == ["Teuku Rahmadi Saputra"]


@pytest.mark.parametrize("text", [
    "Apel dihadiri Pj Bupati dan Sekda Agam, masing-masing Budi Santoso dan Rahmat Hidayat.",
    "Bupati dan Wakil Bupati Agam, masing-masing Budi Santoso dan Rahmat Hidayat, hadir.",
    "Hadir Ketua dan Anggota Bawaslu Agam, masing-masing Budi Santoso dan Rahmat Hidayat.",
])
def test_names_given_each_in_turn(text: str) -> None:
    """"masing-masing A dan B": the names of a paired title, in order."""
    assert [o.name for o in officials(text)] == ["Budi Santoso", "Rahmat Hidayat"], text


@pytest.mark.parametrize(("text", "expected"), [
    # two people sharing a first name: no telling which one the short name is
    ("Rahmi Salimah dan Rahmi Yuliani hadir. Rahmi yang merupakan Kepala BKD Agam membuka "
     "acara.", "Rahmi"),
    # the village's name is no part of the head's name
    ("Lurah Kampung Jao Irwandi hadir. Irwandi meminta warga netral.", "Irwandi"),
])
def test_short_name_kept(text, expected):
    assert [o.name for o in officials(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Wakil Sekretaris DPRD Agam Rahmat Hidayat hadir.", "Wakil Sekretaris DPRD"),
    ("Wakil Direktur RSUD Agam Rahmat Hidayat hadir.", "Wakil Direktur RSUD"),
    ("Pejabat Bupati Agam Rahmat Hidayat hadir.", "Pj Bupati"),
    ("Para pejabat hadir. Bupati Agam Rahmat Hidayat membuka acara.", "Bupati"),
])
def test_deputies_and_acting_heads(text, expected):
    assert [o.title for o in officials(text)] == [expected]


def test_a_text_cut_off_inside_a_title():
    assert [o.name for o in officials("Apel diawali doa bersama Kepala Satuan Po") if o.name] == []
    assert [o.name for o in officials("Apel dipimpin Kepala BKD Agam Rahmat Hidayat")] == [
        "Rahmat Hidayat"]
