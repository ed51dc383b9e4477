"""A former holder told as background is no official of the occasion.

Shapes read after the title: a term of office that ended before the page's year ("Komisioner
KPU Agam periode 2013-2018"), another post held now ("yang kini menjabat Kepala Dinas Y",
"sekarang menjabat ..."; the post held now names him when he acts under it, "..., ikut
hadir"), retirement ("yang sudah purnatugas"). Shapes read before it ("mantan", "yang pernah
menjabat", "periode lalu") are kept here as guards. Near-misses keep
the holder: a term still running, a post held beside another ("yang kini juga menjabat"), the
same post in a later term ("kini menjabat untuk periode kedua").
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.fixtures.official_checks import names, pairs
from transforms.events.assemble import extract_events

_SPEAKER = " Ketua Bawaslu Agam Yusnidar mengatakan ASN harus netral pada Pilkada 2024."

_FORMER = [
    # a term that ended before the year the text is about, then the post held now
    "Bawaslu Agam menggelar sosialisasi netralitas ASN, Senin (7/10/2024). Sebelumnya, Darmin"
    " Saputra, Komisioner KPU Agam periode 2013-2018, kini menjabat Kepala Dinas Sosial Agam.",
    "Ketua Bawaslu Agam periode 2013-2018 Darmin Saputra ikut hadir di aula.",
    "Darmin Saputra, Ketua Bawaslu Agam masa jabatan 2012 - 2017, ikut hadir di aula.",
    # another post held now
    "Camat Palembayan Darmin Saputra, yang kini menjabat Kepala Dinas Sosial Agam, merupakan"
    " alumni sekolah itu.",
    "Darmin Saputra, Ketua KPU Agam, sekarang menjabat sebagai Sekretaris Dinas Sosial.",
    # retired
    "Kepala Dinas Sosial Agam Darmin Saputra yang sudah purnatugas ikut hadir di aula.",
    "Kepala BKPSDM Agam Darmin Saputra, yang telah pensiun, ikut hadir di aula.",
    # read before the title
    "Hadir dalam sosialisasi itu Darmin Saputra, mantan Kepala BKPSDM Agam.",
    "Darmin Saputra yang pernah menjabat Ketua Bawaslu Agam ikut memberi materi.",
    "Ketua Bawaslu Agam periode lalu, Darmin Saputra, ikut memberi materi.",
]


@pytest.mark.parametrize("text", _FORMER)
def test_a_former_holder_is_no_official(text: str) -> None:
    got = names(text + _SPEAKER)
    assert "Darmin Saputra" not in got, got
    assert "Yusnidar" in got, got


_KEPT = [
    # the term still runs
    "Ketua Bawaslu Agam periode 2023-2028 Darmin Saputra memimpin rapat.",
    # a post held beside this one
    "Kepala BKPSDM Agam Darmin Saputra, yang kini juga menjabat Plt Sekda, membuka acara.",
    # the same post, a later term
    "Bupati Agam Darmin Saputra yang kini menjabat untuk periode kedua membuka acara.",
    # a role at the occasion, not another post
    "Kepala BKPSDM Agam Darmin Saputra yang kini menjadi narasumber membuka acara.",
]


@pytest.mark.parametrize("text", _KEPT)
def test_a_holder_in_office_is_kept(text: str) -> None:
    assert "Darmin Saputra" in names(text + _SPEAKER)


@pytest.mark.parametrize(("text", "post"), [
    ("Camat Palembayan Darmin Saputra, yang kini menjabat Kepala Dinas Sosial Agam, ikut hadir"
     " dalam sosialisasi itu.", "Kepala Dinas Sosial"),
    ("Kepala BKPSDM Agam Darmin Saputra, kini menjabat Sekretaris Daerah Agam, membuka"
     " sosialisasi itu.", "Sekretaris Daerah"),
    ("Darmin Saputra, Komisioner KPU Agam periode 2013-2018, kini menjabat Kepala Dinas Sosial"
     " Agam, turut hadir.", "Kepala Dinas Sosial"),
])
def test_the_post_held_now_is_his_when_he_takes_part(text: str, post: str) -> None:
    """The former post is left out; the one held now, stated after "kini menjabat", names
    him when a verb of his follows it."""
    got = pairs(text + _SPEAKER)
    assert (post, "Darmin Saputra") in got, got
    assert [n for _, n in got].count("Darmin Saputra") == 1, got


def test_a_term_is_past_by_the_page_year() -> None:
    """With no later year in the text, the page's own year says the term is over."""
    text = ("AGAM - Bawaslu Agam menggelar sosialisasi netralitas ASN di aula kantor bupati,"
            " Senin (7/10).\nKetua Bawaslu Agam periode 2013-2018 Darmin Saputra ikut hadir."
            "\nKetua Bawaslu Agam Yusnidar mengingatkan ASN agar menjaga netralitas.")

    def officials_of(published: datetime) -> list[str]:
        (event,) = extract_events(
            canonical_url="https://contoh.test/sosialisasi/", title="Sosialisasi Netralitas ASN",
            text=text, dateline=None, published_at=published, timezone="Asia/Jakarta")
        return [o["name"] for o in event.officials]

    assert officials_of(datetime(2024, 10, 7, 3, tzinfo=UTC)) == ["Yusnidar"]
    assert "Darmin Saputra" in officials_of(datetime(2017, 10, 7, 3, tzinfo=UTC))
