"""Titles and names read off the twenty-seventh stop's corpora, on invented sentences: a name
before its title, the title followed by where the holder was ("Rudi Hartono, Ketua Bawaslu Agam
di acara ...", a caption's shape), as by a verb; a name right after a closed quote, with no
verb of saying ('"...," Rudi Hartono, Ketua Bawaslu Agam, Kamis.'); a capitalised verb of
saying after the quote still opens no name ('"...," Kata Rudi Hartono Ketua ...'); a name
bridged to the post it is to take ("Rudi Hartono yang dijadwalkan akan dilantik sebagai Pj
Bupati Agam"), also right after a dateline's dash; an election desk ("Ketua Desk Pilkada")."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials


@pytest.mark.parametrize("text", [
    "Rudi Hartono, Ketua Bawaslu Kabupaten Agam di Acara Hari Ulang Tahun Bawaslu, Kamis.",
    "\"Mudah-mudahan nol,\" Rudi Hartono, Ketua Bawaslu Kabupaten Agam, Kamis (15/8/2024).",
    "\"Mudah-mudahan nol,\" Rudi Hartono, Ketua Bawaslu Kabupaten Agam di Acara Hari Ulang "
    "Tahun Bawaslu, Kamis (15/8/2024).",
    "\"Mudah-mudahan nol,\u201d Kata Rudi Hartono Ketua Bawaslu Kabupaten Agam.",
])
def test_a_name_before_its_title(text: str) -> None:
    assert [(o.title, o.name) for o in officials(text)] == [("Ketua Bawaslu", "Rudi Hartono")]


@pytest.mark.parametrize("text", [
    "Lubuk Basung, Kepala BKD Agam di kantornya mengatakan ASN harus netral.",
    "\"Jaga netralitas,\" Sementara Itu, Ketua Bawaslu Agam di kantornya, Kamis.",
])
def test_a_place_or_an_opener_before_a_title_is_no_name(text: str) -> None:
    assert all(not o.name for o in officials(text))


@pytest.mark.parametrize(("text", "title"), [
    ("Agam (ANTARA) - Rudi Hartono yang dijadwalkan akan dilantik sebagai Penjabat Bupati Agam "
     "pada Senin besok (9/4) akan memprioritaskan netralitas ASN.", "Pj Bupati"),
    ("Agam - Rudi Hartono selaku Ketua Bawaslu Agam meminta ASN netral.", "Ketua Bawaslu"),
    ("Ketua Desk Pilkada Agam, Rudi Hartono mengimbau ASN menjaga netralitas.",
     "Ketua Desk Pilkada"),
])
def test_a_name_bridged_to_its_post_or_an_election_desk(text: str, title: str) -> None:
    assert [(o.title, o.name) for o in officials(text)] == [(title, "Rudi Hartono")]
