"""Round 15 of the officials' shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials


def pairs(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(o.title, o.name) for o in officials(text, title) if o.name]


@pytest.mark.parametrize("text", [
    # the civil-service ministry's short name written with "RB" apart: no initials of a name
    "Turut hadir Staf Ahli Bidang Hukum Kemenpan RB, Rudi Hartanto.",
    "Materi disampaikan Kepala Biro Umum Kemenpan RB Rudi Hartanto.",
    "Hadir pula Asisten Deputi Kemenpan RB, Rudi Hartanto; dan Ketua KASN, Joko Susilo.",
])
def test_ministry_rb_apart(text: str) -> None:
    assert ("Rudi Hartanto" in [name for _, name in pairs(text)])
    assert all("RB " not in name for _, name in pairs(text))


def test_rb_initials_elsewhere_stay_a_name() -> None:
    # "RB" after another office is still a name's initials
    assert pairs("Sambutan disampaikan Kepala Dinas Sosial RB Hartanto.") == [
        ("Kepala Dinas Sosial", "RB Hartanto")]


@pytest.mark.parametrize("text", [
    # a region written all in lower case after its marker, the name before the title
    "Rudi Hartanto, koordinator divisi pencegahan dan hubungan masyarakat Bawaslu kota "
    "tanah merah mengatakan, pihaknya menerima empat laporan.",
    "Rudi Hartanto, Ketua Bawaslu kabupaten agam menegaskan, tiga kasus masih diperiksa.",
    # and the title before the name
    "Anggota Bawaslu kota padang panjang, Rudi Hartanto, mengatakan laporan itu diproses.",
])
def test_lower_case_region(text: str) -> None:
    assert [name for _, name in pairs(text)] == ["Rudi Hartanto"]


@pytest.mark.parametrize("text", [
    # "anggota Komisioner": one head, the name before it or after it
    "Rapat dibuka oleh Rudi Hartanto anggota Komisioner Bawaslu Aceh Timur yang didampingi "
    "staf sekretariat.",
    "Rapat dipandu Joko Susilo, anggota komisioner KPU Aceh Timur, yang lalu menutupnya.",
])
def test_member_commissioner(text: str) -> None:
    assert [name for _, name in pairs(text)] in (["Rudi Hartanto"], ["Joko Susilo"])


def test_list_of_names_each_before_its_title() -> None:
    # "A sebagai X, B sebagai Y dan C sebagai Z": the name after X's comma is B's, not X's
    text = ("Gubernur melantik tiga penjabat, yakni Rudi Hartanto sebagai Penjabat Wali Kota "
            "Tidore, Joko Susilo sebagai Penjabat Bupati Kabupaten Halmahera Barat dan Andi "
            "Wijaya sebagai Penjabat Bupati Kabupaten Pulau Morotai.")
    assert sorted(pairs(text)) == [("Pj Bupati", "Andi Wijaya"), ("Pj Bupati", "Joko Susilo"),
                                   ("Pj Wali Kota", "Rudi Hartanto")]
