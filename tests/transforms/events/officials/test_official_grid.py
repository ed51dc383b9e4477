"""The officials coverage grid (bench/officials_audit.py) in small: one invented sentence per
office family and per prose shape, and the negatives that must stay out."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials

# (sentence, name expected among the officials)
FAMILIES = [
    ("Pjs Bupati Tapanuli Utara, Hotman Parulian Siregar, mengingatkan ASN agar netral.",
     "Hotman Parulian Siregar"),
    ("Asisten III Bidang Administrasi Umum Setda Provinsi Riau, Yuliandri, membuka apel.",
     "Yuliandri"),
    ("Kepala Badan Kesatuan Bangsa dan Politik (Kesbangpol) Provinsi Jambi, Hendrik Tan, hadir.",
     "Hendrik Tan"),
    ("Kepala Seksi Pemerintahan Kecamatan Batang Anai Rudi Hartono mengingatkan ASN.",
     "Rudi Hartono"),
    ("Kades Tanjung Harapan, M. Ridwan, mengingatkan warganya.", "M. Ridwan"),
    ("Pengawas Kelurahan/Desa (PKD) Koto Tangah, Siti Nurhaliza, memantau apel itu.",
     "Siti Nurhaliza"),
    ("Kordiv Penanganan Pelanggaran dan Penyelesaian Sengketa Bawaslu Kota Solok, Ma'ruf "
     "Hidayat, menerima laporan itu.", "Ma'ruf Hidayat"),
    ("Deputi Bidang Pengawasan dan Pengendalian BKN Kho Thian Siong mengatakan hal itu.",
     "Kho Thian Siong"),
    ("Ketua Komisi I DPRD Kabupaten Bogor Andi Muhammad Arsyad menghadiri rapat itu.",
     "Andi Muhammad Arsyad"),
    ("Kapolsek Tilatang Kamang AKP I Nyoman Sudarsana memimpin patroli.", "I Nyoman Sudarsana"),
    ("Pangdam I/Bukit Barisan, Mayjen TNI Yohanis Wonda, mengingatkan prajurit.",
     "Yohanis Wonda"),
    ("Kepala Kejaksaan Negeri Kabupaten Solok, Gusti Ayu Made Wiryani, hadir dalam apel.",
     "Gusti Ayu Made Wiryani"),
]

SHAPES = [
    ("AKBP M. Ridwan, Kapolres Agam, mengingatkan ASN agar netral.", "M. Ridwan"),
    ("Letkol Inf Ja'far Sidik, Dandim 0304/Agam, mengingatkan ASN agar netral.", "Ja'far Sidik"),
    ("Budi Santoso, Wali Nagari Koto Baru, mengingatkan ASN agar netral.", "Budi Santoso"),
    ("Mayjen TNI Budi Santoso, Pangdam I/Bukit Barisan, mengingatkan ASN.", "Budi Santoso"),
    ("Kegiatan itu dibuka Markus Kogoya selaku Geuchik Lampineung.", "Markus Kogoya"),
    ("Ni Luh Putu Ariani (Perbekel Desa Sanur Kaja) mengatakan ASN wajib netral.",
     "Ni Luh Putu Ariani"),
    ("Hadir pula Kades Tanjung Harapan, yakni Teuku Muhammad Rizal.", "Teuku Muhammad Rizal"),
    ("Hadir pula Sekda Kabupaten Agam, yakni A. Rahman Hakim.", "A. Rahman Hakim"),
    ('"ASN harus netral," kata Penjabat (Pj) Wali Kota Kendari, Dr. H. Sutrisno, M.Si.',
     "Sutrisno"),
]


@pytest.mark.parametrize(("text", "name"), FAMILIES + SHAPES)
def test_grid_names_the_official(text: str, name: str) -> None:
    assert name in [o.name for o in officials(text)]


def test_unit_before_an_unranked_name_keeps_one_word() -> None:
    found = officials("Danrem 032/Wirabraja Budi Santoso, mengatakan ASN harus netral.")
    assert [(o.name, o.region) for o in found] == [("Budi Santoso", "Wirabraja")]


def test_a_list_keeps_the_name_after_the_title() -> None:
    text = "Apel dihadiri Wakil Gubernur Riau Ahmad Yani, Sekda Roni Pasaribu, dan para kepala OPD."
    assert "Roni Pasaribu" in [o.name for o in officials(text)]


NEGATIVES = [
    ("Calon Bupati Agam, Budi Santoso, berkampanye di pasar.", "Budi Santoso"),
    ("Mantan Bupati Agam Indra Gunawan hadir sebagai tamu.", "Indra Gunawan"),
    ("Kantor itu berada di Jalan Bupati Sutan Mahmud, Lubuk Basung.", "Sutan Mahmud"),
    ("Ketua DPC PDI Perjuangan Agam, Rizal Effendi, membantah tudingan itu.", "Rizal Effendi"),
    ("Istri Bupati Agam, Dewi Anggraini, membuka bazar.", "Dewi Anggraini"),
]


@pytest.mark.parametrize(("text", "name"), NEGATIVES)
def test_grid_negatives_stay_out(text: str, name: str) -> None:
    assert name not in [o.name for o in officials(text)]


def test_unnamed_title_names_no_one() -> None:
    assert not [o.name for o in officials(
        "Pj Wali Kota Kendari mengingatkan seluruh ASN agar menjaga netralitas.") if o.name]


@pytest.mark.parametrize(("text", "name"), [
    ("Keuchik Gampong Lamteh Andi Muhammad Arsyad menegaskan hal itu.", "Andi Muhammad Arsyad"),
    ("Menurut Kepala Desa Sukamaju A. Rahman Hakim, warga diminta tenang.", "A. Rahman Hakim"),
])
def test_a_name_opener_ends_the_village(text: str, name: str) -> None:
    assert name in [o.name for o in officials(text)]


def test_an_apostrophe_name_after_a_village() -> None:
    found = officials("Wali Nagari Koto Baru Ja'far Sidik Lubis mengajak ASN menjaga netralitas.")
    assert [(o.name, o.region) for o in found] == [("Ja'far Sidik Lubis", "Koto Baru")]


def test_a_clinic_or_school_named_after_its_place() -> None:
    found = officials("Kepala Puskesmas Lubuk Buaya, Siti Aminah, mengingatkan pegawainya.")
    assert [(o.name, o.region) for o in found] == [("Siti Aminah", "Lubuk Buaya")]


def test_kota_closing_a_district_name() -> None:
    found = officials("Kepala Distrik Sentani Kota Yulius Wetipo mengatakan hal itu.")
    assert [(o.name, o.region) for o in found] == [("Yulius Wetipo", "Sentani Kota")]
