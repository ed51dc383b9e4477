"""One mistyped letter in an official's title, on invented sentences: the secretary's head word
with a letter added, lost or swapped, and the last word of an election body's spelled-out name
one key off ("Umun" for "Umum"), still name the holder after them; a mistyped word is no name,
and the secretariat (an office, no one's post) or a given name that looks like the slip stays
as it was."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Acara dibuka Sekrestaris Bawaslu Kabupaten Sleman Rudi Hartawan, SE, lalu doa.",
     ("Sekretaris Bawaslu", "Rudi Hartawan")),
    ("Hadir pula Sekrestaris KPU Kota Bekasi, Nur Aini Lestari, dan para camat.",
     ("Sekretaris KPU", "Nur Aini Lestari")),
    ("Menurut Sekrtaris Daerah Bantul Joko Prasetyo, ASN dilarang berpihak.",
     ("Sekretaris Daerah", "Joko Prasetyo")),
    ('"Jangan ikut kampanye," tegas Sekrestaris Camat Mlati Dewi Anggraini kepada staf.',
     ("Sekretaris Camat", "Dewi Anggraini")),
])
def test_a_secretary_with_a_letter_added_or_lost(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Menurut ketua Panitia Pengawas Pemilihan Umun (Panwaslu) Poso, Rudi Hartawan, laporan "
     "itu diproses.", ("Ketua Panwaslu", "Rudi Hartawan")),
    ("Anggota Badan Pengawas Pemilihan Unum Sleman Siti Rahmawati mengingatkan ASN.",
     ("Anggota Bawaslu", "Siti Rahmawati")),
    ("Rapat dipimpin Ketua Komisi Pemilihan Umun Kabupaten Bantul, Agus Salim, Senin.",
     ("Ketua KPU", "Agus Salim")),
    ("Sosialisasi diisi oleh Komisioner Komisi Pemilihan Unun Kota Depok Hendra Wijaya.",
     ("Komisioner KPU", "Hendra Wijaya")),
])
def test_an_election_body_with_its_last_word_mistyped(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the secretariat is an office: the head after it is read, never the secretariat itself
    ("Sekretariat Bawaslu Sleman menerima laporan warga, Senin.", []),
    # a given name that looks like the slip, outside an election body's name, stays a name
    ("Camat Umun Sutisna membuka apel netralitas ASN.", [("Camat", "Umun Sutisna")]),
    ("Kepala Desa Umun Hidayat menandatangani pakta integritas.",
     [("Kepala Desa", "Umun Hidayat")]),
])
def test_near_misses_stay(text, expected):
    assert found(text) == expected


def test_a_division_with_its_field_cut_short():
    # "Penangan" for "Penanganan": the division's field still an office word
    text = ("BOLMUT - Divisi Penangan Pelanggaran Bawaslu Provinsi Sulawesi Utara Rudi "
            "Hartawan, SH tak ingin ada ASN yang tidak netral.")
    assert found(text) == [("Divisi Penangan Pelanggaran Bawaslu", "Rudi Hartawan")]


@pytest.mark.parametrize("slip", ["Koodiv", "Kodiv", "Koordiv"])
def test_a_coordinators_short_form_inside_a_title_is_no_name(slip):
    # "anggota Bawaslu X Koodiv Hukum, ..., Nama": the division's coordinator, then the name
    text = (f"Turut hadir, anggota Bawaslu Kabupaten Agam {slip} Hukum, Penindakan Pelanggaran "
            "dan Sengketa, Rina Wati, SH.")
    assert [name for _, name in found(text)] == ["Rina Wati"]
