"""Round 10 of the officials' lexicon and shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials


def names(text: str, title: str = "") -> list[str]:
    return [o.name for o in officials(text, title) if o.name]


@pytest.mark.parametrize("text, name", [
    # "Antara" for "Antar" inside a division's name, at every level and word order
    ("Koordinator Divisi Pencegahan dan Hubungan Antara Lembaga Bawaslu Provinsi Jawa Tengah "
     "Rudi Hartono mengatakan ASN harus netral.", "Rudi Hartono"),
    ('"ASN wajib netral," kata Kordiv Pencegahan, Parmas dan Hubungan Antara Lembaga Bawaslu '
     "Kabupaten Garut, Siti Aminah, Senin.", "Siti Aminah"),
    ("Anggota Bawaslu Kota Depok Divisi Hubungan Antara Lembaga, Dedi Kurnia, membuka acara.",
     "Dedi Kurnia"),
    # initials in capitals closing a name
    ('"Sudah kami panggil," kata Ketua Bawaslu Lombok Timur Rahmat HAZ kepada wartawan.',
     "Rahmat HAZ"),
    ("Kepala BKD Agam, Yusuf HMS, mengingatkan ASN agar netral.", "Yusuf HMS"),
])
def test_round10_shapes(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # a body's or school's short form after the name is no part of it
    ('"Sudah," kata Ketua Bawaslu Lombok Timur Rahmat Hidayat KPU kepada wartawan.',
     "Rahmat Hidayat"),
    ('"Itu," kata Kepala BKD Padang Rudi Hartono kepada Antara, Senin.', "Rudi Hartono"),
    ("Kepala Dinas Pendidikan Rudi Hartono MSI, menyampaikan imbauan.", "Rudi Hartono"),
])
def test_round10_not_in_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    # a passive verb right before a title makes it the agent, not the one sanctioned
    ("Camat Sukamaju dinonaktifkan Bupati Garut Rudi Hartono karena tidak netral.",
     "Rudi Hartono"),
    ("Kepala Desa Sukamaju dicopot Pj Bupati Garut Dedi Kurnia pekan lalu.", "Dedi Kurnia"),
    # a verb closing one line says nothing of the title opening the next (a photo caption)
    ("Pj Bupati Garut Dicopot\nMendagri Budi Santoso\nJAKARTA - Menteri Dalam Negeri "
     "(Mendagri), Budi Santoso, menyebut alasannya.", "Budi Santoso"),
])
def test_round10_agents(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("Bupati menonaktifkan Camat Sukamaju Rudi Hartono karena tidak netral.", "Rudi Hartono"),
    ("Bawaslu menemukan Kepala Desa Sukamaju Dedi Kurnia tidak netral.", "Dedi Kurnia"),
])
def test_round10_still_suspects(text: str, name: str) -> None:
    assert name not in names(text)


@pytest.mark.parametrize("text, name", [
    # a short-form head written with its dot, the office after it
    ("ujar Rudi Hartono, Kordiv. Penyelesaian Sengketa Bawaslu Magelang, kepada wartawan.",
     "Rudi Hartono"),
    ("kata Kabid. Mutasi BKD Garut, Rudi Hartono, kepada wartawan.", "Rudi Hartono"),
    ("Kadis. Pendidikan Kabupaten Garut Siti Aminah membuka sosialisasi netralitas ASN.",
     "Siti Aminah"),
    ("kata Kasubbag. Umum Bawaslu Garut, Dedi Kurnia, kepada wartawan.", "Dedi Kurnia"),
])
def test_round10_dotted_heads(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    # a school supervisor by the level supervised, and the education office's district units
    ("Pengawas SMP Dinas Pendidikan Garut, Rudi Hartono, mengingatkan guru agar netral.",
     "Rudi Hartono"),
    ("Pengawas PAI Kemenag Garut Dedi Kurnia menegaskan ASN netral.", "Dedi Kurnia"),
    ("Pengawas Sekolah Dinas Pendidikan Garut, Siti Aminah, memberi materi.", "Siti Aminah"),
    ("Koordinator Korwilcam Dindik Sukamaju, Umar, S.Pd., M.M., menegaskan ASN wajib netral.",
     "Umar"),
    ("Kepala Dindik Garut Rudi Hartono mengingatkan guru agar netral.", "Rudi Hartono"),
])
def test_round10_school_offices(text: str, name: str) -> None:
    assert name in names(text)


def test_round10_supervisors_unnamed() -> None:
    assert names("Para pengawas SD hadir dalam sosialisasi netralitas itu.") == []


@pytest.mark.parametrize("text, name", [
    # the election body, and the district marker, written in lower case
    ("Kegiatan itu dibuka oleh ketua panwaslu kecamatan Sukamaju, Heri Susanto, S.Pd.",
     "Heri Susanto"),
    ("Menurut ketua bawaslu Garut, Rudi Hartono, ASN wajib netral.", "Rudi Hartono"),
    ("Acara dibuka kepala bkpsdm Kota Depok Siti Aminah di aula kantor.", "Siti Aminah"),
])
def test_round10_lower_case_bodies(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Para ketua kpu se-Jawa Barat hadir dalam rapat itu.",
    "Surat itu dikirim ke ketua bawaslu untuk ditindaklanjuti.",
])
def test_round10_lower_case_bodies_no_one(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    # associations and regional chapters heads lead: "Asosiasi", "Forum", "Komisariat Wilayah"
    ("Ketua Asosiasi Pemerintah Desa (APDESI) Garut Rudi Hartono hadir sebagai narasumber.",
     "Rudi Hartono"),
    ("Himbauan disampaikan Ketua Komisariat Wilayah FORKOM Jabar H Rudianto dalam rakor.",
     "Rudianto"),
])
def test_round10_associations(text: str, name: str) -> None:
    assert name in names(text)
