"""Officials: prose shapes of the sixth round, on invented sentences. A unit's body after
"pada" ("Kepala Bidang Mutasi pada BKPSDM Agam"), and the people who are no officials of the
occasion."""

import pytest

from transforms.events.officials.find import officials


def _found(text: str) -> list[tuple[str, str]]:
    return [(o.title, o.name) for o in officials(text) if o.name]


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Kepala Bidang Mutasi Promosi dan Penilaian Kinerja pada BKPSDM Padang Rahmat Hidayat "
     "menjelaskan, pihaknya belum menerima rekomendasi.",
     "Kepala Bidang Mutasi Promosi dan Penilaian Kinerja pada BKPSDM", "Rahmat Hidayat"),
    ("Kepala Bidang Pengembangan Karier pada BKD Kabupaten Agam, Rahmat Hidayat, mengatakan "
     "hal itu.", "Kepala Bidang Pengembangan Karier pada BKD", "Rahmat Hidayat"),
    ("Kepala Seksi Pengawasan pada Dinas Pendidikan Kota Solok Yuliana Putri mengingatkan guru.",
     "Kepala Seksi Pengawasan pada Dinas Pendidikan", "Yuliana Putri"),
    ("Kepala Subbagian Umum pada Sekretariat Bawaslu Kota Padang Rahmat Hidayat membuka acara.",
     "Kepala Subbagian Umum pada Sekretariat Bawaslu", "Rahmat Hidayat"),
    ("Rahmat Hidayat, Kepala Bidang Pengadaan pada BKPSDM Agam, mengatakan hal itu.",
     "Kepala Bidang Pengadaan pada BKPSDM", "Rahmat Hidayat"),
])
def test_titled_name(text, title, name):
    assert (title, name) in _found(text), _found(text)


@pytest.mark.parametrize("text", [
    "Kepala Bidang Mutasi pada Pilkada 2024 ini sangat sibuk, kata Rahmat.",
    "Ketua Bawaslu pada Pilkada Agam memimpin rapat.",
])
def test_no_one_named(text):
    assert _found(text) == [], _found(text)


@pytest.mark.parametrize("text", [
    "Oknum Camat Sungai Tarab, Rahmat Hidayat dengan lantang mengajak para undangan memilih "
    "paslon 02.",
    "Bawaslu mengkaji pelanggaran oknum Camat Lubuk Alung Dra Yuliana Putri lewat video.",
    "Laporan terhadap oknum Kabag Humas Rahmat Hidayat dan empat ASN lain diteruskan ke KASN.",
])
def test_the_rogue_is_no_official(text):
    assert _found(text) == [], _found(text)


def test_the_rogues_title_later_names_no_one_new():
    text = ("Oknum Camat Sungai Tarab, Rahmat Hidayat mengajak warga memilih paslon 02. "
            "Ketua Bawaslu Tanah Datar Yuliana Putri mengatakan video Camat Sungai Tarab itu "
            "sudah dikaji.")
    assert [(o.title, o.name) for o in officials(text)] == [("Ketua Bawaslu", "Yuliana Putri")]


@pytest.mark.parametrize(("text", "name"), [
    ("Majelis hakim Pengadilan Negeri (PN) Padang pimpinan Rahmat Hidayat menyatakan terdakwa "
     "bersalah.", "Rahmat Hidayat"),
    ("Majelis Hakim PN Pariaman yang dipimpin oleh I Made Sudarsa menjatuhkan vonis tiga bulan.",
     "I Made Sudarsa"),
    ("Majelis hakim Pengadilan Negeri Lubuk Basung dipimpin Yuliana Putri, SH, MH membacakan "
     "putusan.", "Yuliana Putri"),
])
def test_the_bench_by_its_presiding_judge(text, name):
    assert ("Ketua Majelis Hakim", name) in _found(text), _found(text)


def test_a_bench_without_its_judge_names_no_one():
    assert _found("Putusan dibacakan oleh Majelis Hakim Pengadilan Negeri Padang, Senin.") == []


@pytest.mark.parametrize(("text", "title", "name", "region"), [
    ("Ketua Bawaslu Kabupten Agam Rahmat Hidayat SE membenarkan laporan itu.",
     "Ketua Bawaslu", "Rahmat Hidayat", "Kabupaten Agam"),
    ("Ketua KPU Kabuapten Solok Yuliana Putri membuka rapat.", "Ketua KPU", "Yuliana Putri",
     "Kabupaten Solok"),
    ("Kepala Kesbangpol Propinsi Sumatera Barat Rahmat Hidayat membuka acara.",
     "Kepala Kesbangpol", "Rahmat Hidayat", "Provinsi Sumatera Barat"),
    ("Camat Kecematan Lubuk Alung Rahmat Hidayat hadir.", "Camat", "Rahmat Hidayat",
     "Kecamatan Lubuk Alung"),
    ("Ketua Bawasalu Jawa Barat Rahmat Hidayat membenarkan kasus itu.", "Ketua Bawaslu",
     "Rahmat Hidayat", "Jawa Barat"),
    ("Anggota Bawasu Kota Solok Yuliana Putri mengingatkan ASN.", "Anggota Bawaslu",
     "Yuliana Putri", "Kota Solok"),
])
def test_a_mistyped_region_marker_stays_out_of_the_name(text, title, name, region):
    assert [(o.title, o.name, o.region) for o in officials(text)] == [(title, name, region)]


def test_a_mistyped_marker_alone_names_no_one():
    assert _found("Hadir Asisten I Setda Kabuoaten Pesisir Selatan dan pimpinan OPD.") == []


@pytest.mark.parametrize("verb", ["Langgar", "Tegaskan", "Ingatkan", "Laporkan", "Tegakkan"])
def test_a_headline_verb_is_no_name(verb):
    title = f"Asn Dan Kepala Desa Kabupaten Agam {verb} Netralitas Pj Bupati Siapkan Sanksi"
    body = (f"Baca Juga: ASN Kota Padang {verb} Netralitas, Siap-siap Kena Sanksi\n"
            "Kepala desa di Agam diduga tidak netral.\n"
            "Pj Bupati Agam Rahmat Hidayat mengatakan hal itu.")
    assert [(o.title, o.name) for o in officials(body, title)] == [("Pj Bupati", "Rahmat Hidayat")]


@pytest.mark.parametrize("text", [
    "Hasil kajian Bawaslu atas laporan terhadap Penjabat Bupati Pasaman Rahmat Hidayat sudah "
    "dikirim ke KASN.",
    "Menurut Bawaslu, Camat Sungai Tarab Yuliana Putri melanggar asas netralitas ASN.",
    "Bawaslu menyebut Kepala Dinas Pendidikan Agam Rahmat Hidayat tidak melanggar netralitas.",
    "Kepala Desa Sukamaju Rahmat Hidayat ditetapkan sebagai tersangka oleh Gakkumdu.",
    "Camat Lubuk Alung, Rahmat Hidayat, menjadi terlapor dalam kasus itu.",
])
def test_the_subject_of_a_report_is_no_official(text):
    assert _found(text) == [], _found(text)


def test_the_one_who_reports_a_violation_stays():
    text = ("Ketua Bawaslu Agam Rahmat Hidayat mengatakan ASN yang melanggar akan dilaporkan "
            "ke KASN.")
    assert _found(text) == [("Ketua Bawaslu", "Rahmat Hidayat")]


@pytest.mark.parametrize(("text", "title", "region"), [
    ("Camat Koto Tangah, Kota Padang Rahmat Hidayat mengatakan ASN wajib netral.", "Camat",
     "Koto Tangah"),
    ("Lurah Sukamaju, Kecamatan Lubuk Alung Rahmat Hidayat mengatakan ASN wajib netral.",
     "Lurah", "Sukamaju"),
    ("Kepala Desa Sukamaju, Kabupaten Agam Rahmat Hidayat membuka acara.", "Kepala Desa",
     "Sukamaju"),
])
def test_a_parent_region_set_off_before_the_name(text, title, region):
    assert [(o.title, o.name, o.region) for o in officials(text)] == [
        (title, "Rahmat Hidayat", region)]


@pytest.mark.parametrize(("text", "title", "region"), [
    ("Sekda Agam yang juga Ketua Korpri Agam, Rahmat Hidayat, membuka acara.",
     "Sekretaris Daerah", "Agam"),
    ("Sekda Agam sekaligus Ketua Korpri Agam, Rahmat Hidayat, membuka acara.",
     "Sekretaris Daerah", "Agam"),
    ("Kepala Kesbangpol Solok yang juga menjabat Ketua Satgas Netralitas ASN Rahmat Hidayat "
     "mengatakan ASN wajib netral.", "Kepala Kesbangpol", "Solok"),
])
def test_two_posts_of_one_person(text, title, region):
    assert [(o.title, o.name, o.region) for o in officials(text)] == [
        (title, "Rahmat Hidayat", region)]


def test_two_titles_in_a_list_stay_two():
    found = [(o.title, o.name) for o in officials(
        "Hadir Bupati Agam dan Ketua Korpri Agam, Rahmat Hidayat.")]
    assert ("Ketua Korpri", "Rahmat Hidayat") in found
    assert ("Bupati", "Rahmat Hidayat") not in found


@pytest.mark.parametrize(("text", "name"), [
    ("Hadir pula Perbekel Desa Sanur Kaja, yakni M. Ridwan.", "M. Ridwan"),
    ("Hadir pula Kepala Desa Tanjung Harapan, yaitu I Made Sudarsa.", "I Made Sudarsa"),
])
def test_a_two_word_village_then_a_linker(text, name):
    assert [o.name for o in officials(text)] == [name]


@pytest.mark.parametrize("text", [
    "Laporan terhadap kades itu diterima Ketua Bawaslu Agam Rahmat Hidayat pada Senin.",
    "Bawaslu menerima laporan terhadap kepala desa itu dari Ketua Bawaslu Agam Rahmat Hidayat.",
])
def test_the_one_who_receives_a_report_stays(text):
    assert _found(text) == [("Ketua Bawaslu", "Rahmat Hidayat")]


@pytest.mark.parametrize("text", [
    "Menurut Kepala BKD Agam Rahmat Hidayat, yang melanggar akan ditindak tegas.",
    "Kepala BKD Agam Rahmat Hidayat, melanggar aturan berarti siap disanksi.",
])
def test_a_speaker_on_violators_stays(text):
    assert _found(text) == [("Kepala BKD", "Rahmat Hidayat")]
