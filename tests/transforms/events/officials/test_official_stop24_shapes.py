"""Titles and names read off the twenty-fourth stop's corpora, on invented sentences: the
sub-district election supervisors written "Panwaslucam" (as "Panwascam" is)."""

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
