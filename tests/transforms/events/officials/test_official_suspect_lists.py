"""A list of suspects that goes on past its sentence: the holders named in the sentences after
it are suspects too, not officials of the occasion.

Shapes: "... diduga melanggar, yakni Kepala Desa X, A. Selain itu, Camat Y, B, dan Lurah Z, C."
("... dilakukan oleh salah satu kepala desa. Yaitu Kades X, A.": the nameless wrongdoer named)
(a word that adds to the list opens the next sentence, an aside may stand between), "Camat Y,
B, terbukti ... Lalu Kepala Desa X, A." and a line of titles and names alone after the list.
Near-misses keep the officials: a sentence that tells what the official did or said ("Kemudian
Ketua Bawaslu X mengatakan ...", "juga hadir", "sanksi diberikan Bupati X"), a photo caption, a
list cut off by a sentence about someone else, a sentence that opens with a title and tells no
list, a "Selain itu" far from the list.
"""

from __future__ import annotations

import pytest

from tests.fixtures.official_checks import names

_SPEAKER = " Ketua Bawaslu Agam Yusnidar mengatakan semuanya akan diklarifikasi."

_GOES_ON = [
    # "Selain itu" after a list introduced by "yakni"
    "Bawaslu Agam menemukan tiga ASN yang diduga melanggar netralitas, yakni Kepala Desa Suka"
    " Damai, Rudi Hartono. Selain itu, Camat Bukit Jaya, Hendra Kusuma, dan Lurah Sungai Batang,"
    " Taufik Rahman.",
    # the name first, "diduga" after the title; "Kemudian" opens the next item
    "Rudi Hartono, Kepala Desa Suka Damai, diduga ikut berkampanye. Kemudian Camat Bukit Jaya,"
    " Hendra Kusuma, yang hadir di acara partai, dan Lurah Sungai Batang, Taufik Rahman.",
    # "terbukti" after the name, "Lalu" opens the next sentence
    "Camat Bukit Jaya, Hendra Kusuma, terbukti memasang baliho calon. Lalu Kepala Desa Suka"
    " Damai, Rudi Hartono, dan Lurah Sungai Batang, Taufik Rahman.",
    # an aside between, the next item on its own line, then a line of titles and names alone
    "ASN yang dilaporkan antara lain Kepala Dinas Sosial Agam, Rudi Hartono. Laporan itu masuk"
    " pekan lalu.\nSelanjutnya Camat Bukit Jaya Hendra Kusuma.\nKepala Desa Suka Damai Taufik"
    " Rahman, Lurah Sungai Batang Agus Salim.\n",
    # "ada juga", the item's current post told after its former one
    "Bawaslu Agam melaporkan dua ASN yang diduga tidak netral, yaitu Kepala Desa Suka Damai, Rudi"
    " Hartono. Baliho calon terpasang di depan rumahnya. Selain itu ada juga Camat Bukit Jaya"
    " yang kini menjabat Kepala Dinas Sosial Agam, Hendra Kusuma.",
    # the wrongdoer told without a name, then "Yaitu" names him in a sentence of its own
    "Bawaslu Agam menemukan indikasi pelanggaran yang dilakukan oleh salah satu kepala desa"
    " (Kades) di Kabupaten Agam. Yaitu Kades Suka Damai, Rudi Hartono. Kades tersebut diduga"
    " menghadiri deklarasi dukungan.",
]


@pytest.mark.parametrize("text", _GOES_ON)
def test_the_list_goes_on_in_the_next_sentences(text: str) -> None:
    got = names(text + _SPEAKER)
    assert not {"Rudi Hartono", "Hendra Kusuma", "Taufik Rahman", "Agus Salim"} & set(got), got
    assert "Yusnidar" in got, got


_SUSPECT = "Camat Bukit Jaya, Hendra Kusuma, terbukti memasang baliho calon."

_KEPT = [
    # the next sentence tells what the official did or said
    f"{_SUSPECT} Kemudian Kapolres Agam AKBP Rizal Efendi mengatakan pengamanan sudah siap.",
    f"{_SUSPECT} Selain itu, Kapolres Agam AKBP Rizal Efendi meminta ASN menjaga netralitas.",
    f"{_SUSPECT} Lalu Kapolres Agam AKBP Rizal Efendi, kata Yusnidar, ikut memantau.",
    f"{_SUSPECT} Selain itu, Kapolres Agam AKBP Rizal Efendi juga hadir dalam klarifikasi.",
    # the agent of a passive: the one who sanctions
    f"{_SUSPECT} Selain itu, sanksi diberikan Bupati Agam Rizal Efendi.",
    # a photo caption after the list
    f"{_SUSPECT}\nKapolres Agam AKBP Rizal Efendi (kiri), dan Ketua KPU Agam Wulan Sari.\n",
    # a sentence about another official cuts the list off
    f"{_SUSPECT} Ketua KPU Agam Wulan Sari mengatakan sanksi diserahkan ke BKN. Selain itu,"
    " Kapolres Agam AKBP Rizal Efendi juga hadir.",
    # a title opening a sentence that lists no one
    f"{_SUSPECT} Kapolres Agam AKBP Rizal Efendi hadir di aula.",
    # "Yaitu" after a sentence that names no wrongdoer
    "Bupati Agam menggelar apel netralitas. Yaitu apel yang dipimpin Kapolres Agam AKBP Rizal"
    " Efendi di lapangan.",
    # "Selain itu" three sentences after the list
    f"{_SUSPECT} Baliho itu terpasang di pasar. Warga lalu melapor ke posko. Pengawas mencatat"
    " laporan itu. Selain itu, Kapolres Agam AKBP Rizal Efendi juga hadir.",
]


@pytest.mark.parametrize("text", _KEPT)
def test_an_official_after_the_list_is_kept(text: str) -> None:
    got = names(text + _SPEAKER)
    assert "Hendra Kusuma" not in got, got
    assert "Rizal Efendi" in got, got
