"""Titles and names read off the twenty-fourth stop's corpora, on invented sentences: the
sub-district election supervisors written "Panwaslucam" (as "Panwascam" is), a police post's
head written "Kapolpos", degrees written with one capital ("Spdi", "Msi") or "MDA" closing a
name, "Asisten" misspelt "Asissten", a planning agency's short name ("Bappedalitbang"), a
division's "Pelanggaran" misspelt "Pelangaran"."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials

VERB = "mengingatkan ASN agar netral."


@pytest.mark.parametrize(("written", "title", "name"), [
    ("Ketua Panwaslucam Agam Rina Wati, A.Md,", "Ketua Panwaslucam", "Rina Wati"),
    ("Ketua Panwaslucam Agam, Rina Wati,", "Ketua Panwaslucam", "Rina Wati"),
    ("Rina Wati, Panwaslucam Agam,", "Panwas", "Rina Wati"),
])
def test_sub_district_supervisors_written_panwaslucam(written: str, title: str,
                                                       name: str) -> None:
    assert (title, name) in [(o.title, o.name) for o in officials(f"{written} {VERB}")]


def test_a_list_keeps_the_supervisor_between_other_offices() -> None:
    text = ("Hadir Camat Agam Rudi Hartono, Ketua Panwaslucam Agam Rina Wati, A.Md, dan Kepala "
            "KUA Agam Andi Saputra.")
    assert [o.name for o in officials(text)] == ["Rudi Hartono", "Rina Wati", "Andi Saputra"]


@pytest.mark.parametrize("written", ["Kapolpos Agam Aipda Rudi Hartono",
                                     "Kapospol Agam Aipda Rudi Hartono"])
def test_a_police_posts_head_in_either_order(written: str) -> None:
    assert "Rudi Hartono" in [o.name for o in officials(f"{written} {VERB}")]


def test_a_police_posts_head_named_by_post_alone_is_no_ones_name() -> None:
    text = ("Acara dihadiri Sekretaris Camat Agam, Rina Wati, Kapolpos Agam, Babinsa Agam, dan "
            "kepala desa.")
    assert [o.name for o in officials(text)] == ["Rina Wati"]


@pytest.mark.parametrize(("written", "name"), [
    ("Ketua KPU Agam, Rudi Hartono Spdi, Selasa (24/1)", "Rudi Hartono"),
    ("Ketua KPU Agam Rudi Hartono Spd", "Rudi Hartono"),
    ("Ketua KASN, Prof Dr Rudi Hartono MDA", "Rudi Hartono"),
    ("Pj Wali Kota Agam, Rudi Hartono S.Ag, Msi", "Rudi Hartono"),
    ("Asissten I Setda Kota Agam Rudi Hartono", "Rudi Hartono"),
    ("Kepala Bappedalitbang Kalteng Rudi Hartono", "Rudi Hartono"),
    ("Kepala Balitbangda Agam Rudi Hartono", "Rudi Hartono"),
    ("Koordinator Hukum Penanganan Pelangaran dan Penyelesaian Sengketa Panwaslu Kabupaten "
     "Agam, Rudi Hartono,", "Rudi Hartono"),
    # (review) a name word that is a degree only in capitals stays: "Mars"
    ("Sekretaris KPU Agam Mars Rudi Hartono", "Mars Rudi Hartono"),
])
def test_degrees_and_slips_around_a_name(written: str, name: str) -> None:
    assert name in [o.name for o in officials(f"{written} {VERB}")]


@pytest.mark.parametrize("text", [
    "Rudi Hartono diketahui menjabat Wakil Kepala Sekolah SMP Pabos, Desa Sukamaju, Kecamatan "
    "Agam.",
    "Ia menjabat Kepala Sekolah SMP 1, Kelurahan Sukamaju, Kecamatan Agam.",
])
def test_an_address_after_an_office_is_no_holders_name(text: str) -> None:
    assert "Sukamaju" not in [o.name for o in officials(text)]


def test_a_division_of_village_affairs_keeps_its_holder() -> None:
    text = "Kepala Bidang Pemerintahan Desa dan Kelurahan, Rudi Hartono, mengatakan ASN netral."
    assert [o.name for o in officials(text)] == ["Rudi Hartono"]
