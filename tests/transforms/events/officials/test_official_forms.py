"""Officials' titles in every form and at every level, on invented sentences: local heads whose
sub-district or village precedes the name, offices of ministries, degrees without a comma."""

import pytest
from official_checks import found

from transforms.events.officials.find import officials
from transforms.places.regions import is_district

CASES = [
    ("Camat Bontoala Andi Fadly menghadiri apel.", ("Camat", "Bontoala", "Andi Fadly")),
    ("Camat Lubuk Sikarah Hendra Saputra menyampaikan arahan.",
     ("Camat", "Lubuk Sikarah", "Hendra Saputra")),
    ("Kapolsek Kuranji AKP Budi Santoso hadir.", ("Kapolsek", "Kuranji", "Budi Santoso")),
    ("Danramil 01/Padang Kapten Inf Joko Susilo hadir.", ("Danramil", "Padang", "Joko Susilo")),
    ("Ketua Panwascam Kuranji Rahmat Hidayat menyampaikan.",
     ("Ketua Panwascam", "Kuranji", "Rahmat Hidayat")),
    ("Lurah Sukajadi Dedi Kurniawan hadir dalam rapat.", ("Lurah", "Sukajadi", "Dedi Kurniawan")),
    ("Kepala Desa Sukamaju Ujang Sutisna hadir.", ("Kepala Desa", "Sukamaju", "Ujang Sutisna")),
    ("Wali Nagari Koto Baru Amril Nasution hadir.", ("Wali Nagari", "Koto Baru", "Amril Nasution")),
    ("Kepala Kantor Wilayah Kementerian Hukum dan HAM Sumatera Barat Haris Sukamto hadir.",
     ("Kepala Kantor Wilayah Kementerian Hukum dan HAM", "Sumatera Barat", "Haris Sukamto")),
    ("Kepala Kantor Kementerian Agama Kota Payakumbuh Hendri Wijaya hadir.",
     ("Kepala Kantor Kementerian Agama", "Kota Payakumbuh", "Hendri Wijaya")),
    ("Menpan RB Abdullah Anas mengatakan.", ("Menteri", None, "Abdullah Anas")),
    ("Irbansus Inspektorat Kota Padang Deddy Mulyadi menyampaikan.",
     ("Inspektur Pembantu Inspektorat", "Kota Padang", "Deddy Mulyadi")),
    ("Kepala BKD Provinsi Sumbar Ir. Zulkifli M.Si hadir.",
     ("Kepala BKD", "Provinsi Sumbar", "Zulkifli")),
    ("Kapolresta Padang Kombes Pol Ferry Harahap hadir.",
     ("Kapolres", "Padang", "Ferry Harahap")),
    ("Yusra, Ketua Bawaslu Sumbar, mengatakan pengawasan diperketat.",
     ("Ketua Bawaslu", "Sumbar", "Yusra")),
    ("Apel dipimpin Wakil Bupati Abdul Rauf dan Sekda Kamsina.",
     ("Wakil Bupati", None, "Abdul Rauf")),
    ("Ketua Bawaslu 50 Kota Hendri Gunawan mengatakan.",
     ("Ketua Bawaslu", "50 Kota", "Hendri Gunawan")),
    ("Kordiv P2H Bawaslu Kabupaten Solok Rika Yunita hadir.",
     ("Koordinator P2H Bawaslu", "Kabupaten Solok", "Rika Yunita")),
    ("Sekko Bandung Ema Suryana hadir.", ("Sekretaris Daerah", "Bandung", "Ema Suryana")),
    ("Kabag Tata Pemerintahan Setda Agam Rudi Hartono hadir.",
     ("Kabag Tata Pemerintahan Setda", "Agam", "Rudi Hartono")),
    ("Anggota KPU Kota Padang Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi "
     "Masyarakat Riki Eka Putra mengatakan.",
     ("Anggota KPU Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat",
      "Kota Padang", "Riki Eka Putra")),
    ("Koordinator Divisi Keuangan, Umum, Rumah Tangga dan Logistik KPU Kota Solok Hendra "
     "Gunawan mengatakan.", ("Koordinator Divisi Keuangan, Umum, Rumah Tangga dan Logistik KPU",
                             "Kota Solok", "Hendra Gunawan")),
    ("Ketua Satgas Netralitas ASN Kabupaten Agam Edi Sasmita menyampaikan.",
     ("Ketua Satgas Netralitas ASN", "Kabupaten Agam", "Edi Sasmita")),
    ("Penjabat (Pj) Bupati Kepulauan Mentawai, Provinsi Sumatera Barat, Yohanes Simanjuntak "
     "membuka apel.", ("Pj Bupati", "Kepulauan Mentawai", "Yohanes Simanjuntak")),
    ("Pj Bupati Buton Selatan (Busel), Sulawesi Tenggara (Sultra), Parinringi mengatakan.",
     ("Pj Bupati", "Buton Selatan", "Parinringi")),
    ("Kepala BKPSDM Kabupaten Agam, Provinsi Sumatera Barat, Rudi Hartono, mengatakan.",
     ("Kepala BKPSDM", "Kabupaten Agam", "Rudi Hartono")),
    # the forms the lexicon already held, kept as they are
    ("Penjabat (Pj) Sekretaris Daerah (Sekda) Kota Bengkulu, Sulaiman Hakim, membuka acara.",
     ("Pj Sekretaris Daerah", "Kota Bengkulu", "Sulaiman Hakim")),
    ("Pejabat Sementara (Pjs) Bupati Kotawaringin Timur (Kotim), Kalimantan Tengah, Budi "
     "Prasetyo, hadir dalam apel.", ("Pjs Bupati", "Kotawaringin Timur", "Budi Prasetyo")),
    ("Kordiv Pencegahan Bawaslu Sulsel Yosef Rumengan mengatakan.",
     ("Koordinator Pencegahan Bawaslu", "Sulsel", "Yosef Rumengan")),
    ("Pj Gubernur Papua Barat Daya Yusuf Musa hadir.",
     ("Pj Gubernur", "Papua Barat Daya", "Yusuf Musa")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title_region_and_name(text, expected):
    got = [(o.title, o.region, o.name) for o in officials(text)]
    assert got[0] == expected


def test_a_name_is_not_a_district():
    assert is_district("Koto Tangah") and is_district("Bontoala")
    assert not any(is_district(w) for w in ("Hendra", "Andi", "Budi", "Dedi", ""))


def test_a_lone_word_after_a_regional_head_is_a_name_unless_a_region():
    got = {o.name: o.region for o in officials(
        "Apel dipimpin Sekda Kamsina. Rapat dihadiri Pj Bupati Lamteng dan Bupati HSU.")}
    assert got["Kamsina"] is None
    assert "Lamteng" not in got and "HSU" not in got


def test_a_team_named_after_a_governor_is_nobody():
    text = "Ia mantan Ketua Tim Gubernur Percepatan Pembangunan Provinsi Maluku."
    assert [o.name for o in officials(text)] == []


def test_an_everyday_word_after_a_level_word_is_a_region():
    got = [(o.region, o.name) for o in officials(
        "Ketua Bawaslu Kabupaten Malang M Wahyudi mengatakan. Ketua KPU Kota Batu Marlina hadir.")]
    assert got == [("Kabupaten Malang", "M Wahyudi"), ("Kota Batu", "Marlina")]


def test_a_name_after_a_comma_before_an_appositive_title():
    text = "Sementara itu, Yusra, Ketua Bawaslu Sumbar, mengatakan ASN harus netral."
    assert [(o.title, o.name) for o in officials(text)] == [("Ketua Bawaslu", "Yusra")]
    assert [o.name for o in officials("Di Padang, Ketua Bawaslu Sumbar, menyebut hal itu.")] \
        == [""]


@pytest.mark.parametrize("headline", [
    "Bupati Pantau Apel ASN", "Sekda Launching Aplikasi Netralitas",
    "Pj Bupati Agam Sambangi Kantor Camat"])
def test_headline_verbs_are_no_names(headline):
    assert all(not o.name for o in officials(headline))


@pytest.mark.parametrize("text", [
    "Menurut Rahmat Hidayat yang juga Ketua Bawaslu Agam, ASN harus netral.",
    "Hal itu disampaikan Rahmat Hidayat yang merupakan Ketua Bawaslu Agam.",
    "Rahmat Hidayat, yang menjabat Ketua Bawaslu Agam, mengatakan ASN harus netral.",
    "Rahmat Hidayat (Ketua Bawaslu Agam) mengatakan ASN harus netral.",
])
def test_a_name_bridged_to_the_title_after_it(text):
    found = officials(text)
    assert [(o.title, o.name) for o in found] == [("Ketua Bawaslu", "Rahmat Hidayat")]
    assert text[found[0].start:].startswith("Rahmat Hidayat")


@pytest.mark.parametrize("text", [
    "Turnamen Bupati Agam Cup resmi dibuka.", "Program Wali Kota Padang Smart City berjalan.",
    "Rapat di ruang kerja Bupati Agam Jalan Sudirman.", "Pj Gubernur Sumbar Hotel Mercure.",
])
def test_events_streets_and_buildings_after_a_title_are_no_names(text):
    assert all(not o.name for o in officials(text))


@pytest.mark.parametrize("text", [
    "Bawaslu merekomendasikan Kepala Dinas Pendidikan Kabupaten Agam Budi Santoso ke KASN.",
    "Bawaslu menemukan Camat Kuranji Hendra Putra menghadiri kampanye salah satu paslon.",
    "Bawaslu melaporkan Lurah Sukajadi Dedi Kurniawan ke KASN.",
])
def test_those_found_reported_or_recommended_are_suspects(text):
    assert officials(text) == []


def test_the_one_a_finding_is_reported_to_stays():
    assert [o.name for o in officials("Temuan itu dilaporkan kepada Bupati Agam Hendra Gunawan.")] \
        == ["Hendra Gunawan"]


def test_a_passive_verb_of_a_headline_ends_the_name():
    got = [(o.title, o.name) for o in officials(
        "Bupati Agam Hendra Gunawan Didampingi Sekda Edi Sasmita Buka Apel Netralitas")]
    assert got == [("Bupati", "Hendra Gunawan"), ("Sekretaris Daerah", "Edi Sasmita")]
    assert [o.name for o in officials("Ketua Bawaslu Dian Pratiwi hadir.")] == ["Dian Pratiwi"]


def test_paired_titles_share_the_region_and_split_the_names():
    got = [(o.title, o.region, o.name) for o in officials(
        "Bupati dan Wakil Bupati Agam, Hendra Gunawan dan Irfan Maulana, hadir.")]
    assert got == [("Bupati", "Agam", "Hendra Gunawan"), ("Wakil Bupati", "Agam", "Irfan Maulana")]


@pytest.mark.parametrize("text", [
    "Pasangan calon Bupati dan Wakil Bupati Agam, Hendra Gunawan dan Irfan Maulana, mendaftar.",
    "Pemilihan Bupati dan Wakil Bupati Agam, Hendra Gunawan dan Irfan Maulana, menang.",
])
def test_paired_candidates_are_no_officials(text):
    assert [o.name for o in officials(text) if o.name] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a dash (en, em or hyphen) set between the title and the name
    ("Acara dibuka Ketua KPU Kota Solok – Randi Pratama, lalu dihadiri Kepala Dinas Kominfo "
     "Kota Solok – Melati Sukma.",
     [("Ketua KPU", "Randi Pratama"), ("Kepala Dinas Kominfo", "Melati Sukma")]),
    ("Dalam arahannya, Ketua Bawaslu Riau - Gilang Mahendra mengingatkan ASN.",
     [("Ketua Bawaslu", "Gilang Mahendra")]),
    ("Kapolres Pariaman — AKBP Teguh Santosa memimpin apel.", [("Kapolres", "Teguh Santosa")]),
])
def test_a_dash_between_title_and_name(text, expected):
    assert found(text) == expected


def test_a_dash_between_two_names_pairs_them():
    # "A - B" after a pair of titles is a ticket: the dash gives no region then a name
    text = "Warga diajak memilih calon Gubernur dan Wakil Gubernur Rudi Santoso - Bambang Irawan."
    assert ("Wakil Gubernur", "Bambang Irawan") not in found(text)
