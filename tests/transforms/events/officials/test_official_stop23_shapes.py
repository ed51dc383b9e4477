"""Titles and names read off the twenty-third stop's corpora, on invented sentences: a
metropolitan police command and Kota Metro's own, a council's deputy chair written "Waka", an
election body's division with the campaign among its fields (a campaign team's stays out), a
province secretariat's short form, "abd." inside a name, an initial whose dot stands apart, the
rank "Mayor Jendral", an office's field in lower case before its acronym in brackets."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials

VERB = "mengingatkan ASN agar netral."


@pytest.mark.parametrize(("written", "name"), [
    ("Kapolres Metro Bekasi Kota, Rudi Hartono,", "Rudi Hartono"),
    ("Kapolres Metro Bekasi Kombes Rudi Hartono", "Rudi Hartono"),
    ("Waka I DPRD Agam Rudi Hartono", "Rudi Hartono"),
    ("Komisioner KPU Agam Divisi Parmas, SDM dan Kampanye, Rudi Hartono,", "Rudi Hartono"),
    ("Asisten Bidang Pemerintahan dan Kesra Setwilda Kaltara Rudi Hartono", "Rudi Hartono"),
    ("Ketua Bawaslu Agam, Rudi abd. Hartono", "Rudi abd. Hartono"),
    ("Komisioner Bawaslu Lampung Rudi P . Hartono", "Rudi P. Hartono"),
    # the rank spelled "Jendral"; an office's field in lower case before its acronym
    ("Pangdam V Brawijaya Mayor Jendral TNI Rudi Hartono", "Rudi Hartono"),
    ("Kepala Dinas Komunikasi dan informasi (Diskominfo) Kota Agam Rudi Hartono", "Rudi Hartono"),
])
def test_title_and_name_shapes(written: str, name: str) -> None:
    assert name in [o.name for o in officials(f"{written} {VERB}")]


def test_a_campaign_teams_division_is_still_no_official() -> None:
    assert [o.name for o in officials("Koordinator Bidang Kampanye Tim Pemenangan Rudi Hartono "
                                      "hadir.") if o.name] == []


def test_kota_metro_keeps_its_police_chiefs_region() -> None:
    # (review) "Kapolres Metro" alone: the chief of Kota Metro's police, in Lampung
    found = officials("Kapolres Metro AKBP Rudi Hartono memimpin apel netralitas.")
    assert [(o.title, o.region, o.name) for o in found] == [("Kapolres", "Metro", "Rudi Hartono")]


def test_the_one_agreed_with_holds_no_title_after_him() -> None:
    # "Senada dengan Rudi, Ketua X, Nama": Rudi spoke before; the title is the next speaker's
    found = officials("Senada dengan Rudi, Ketua Persatuan Guru Republik Indonesia (PGRI) Agam, "
                      "Rina Wati berharap tidak ada guru yang terseret.")
    assert "Rudi" not in [o.name for o in found]


@pytest.mark.parametrize("text", [
    # (review) the title set off by commas after the one agreed with is his own
    "Hal ini senada dengan Rudi Hartono, Ketua Bawaslu Agam, yang juga hadir dalam sosialisasi.",
    "Imbauan Sekda itu sejalan dengan Rudi Hartono, Ketua Bawaslu Agam.",
])
def test_the_one_agreed_with_keeps_his_own_title(text: str) -> None:
    assert "Rudi Hartono" in [o.name for o in officials(text)]


@pytest.mark.parametrize("text", [
    # (review) staff or another body in brackets: no field of the office
    "Apel diikuti Kepala Dinas Kesehatan dan pegawai (ASN) Pemkab Agam, Rudi Hartono.",
    "Hadir Kepala Dinas Pendidikan dan pengawas (KPU) Agam Rudi Hartono.",
])
def test_a_lower_case_word_before_a_staff_or_body_acronym_joins_no_title(text: str) -> None:
    assert [o.title for o in officials(text) if "pegawai" in o.title or "pengawas" in o.title] == []


@pytest.mark.parametrize(("text", "name"), [
    # (review) a spaced dot before a new sentence's name; a degree with a spaced dot
    ("Apel dipimpin Sekda Agam Rudi A . Rina Wati selaku Kepala BKD juga hadir.", "Rudi A"),
    ("Ketua Bawaslu Agam Rudi Hartono S . Farm mengimbau ASN netral.", "Rudi Hartono S"),
])
def test_a_spaced_dot_joins_no_new_name_or_degree(text: str, name: str) -> None:
    assert name in [o.name for o in officials(text)]
