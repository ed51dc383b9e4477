"""Round 8 of the officials' lexicon and shapes: invented sentences, each varying one shape."""

from __future__ import annotations

import pytest

from transforms.events.official_titles import is_office_word
from transforms.events.officials import officials


def names(text: str, title: str = "") -> list[str]:
    return [o.name for o in officials(text, title) if o.name]


@pytest.mark.parametrize("text, name", [
    # ranks' short forms and a ship's or aircraft's captain open the name, never belong to it
    ("Wali Kota Ternate Capt. Rudi Hamzah mengeluarkan surat edaran.", "Rudi Hamzah"),
    ("Bupati Kepulauan Sula, Capt. Rudi Hamzah, mengimbau ASN.", "Rudi Hamzah"),
    ("Dandim 1501/Ternate Kol. Inf Rudi Hamzah hadir dalam apel.", "Rudi Hamzah"),
    ("Kapolsek Sukamaju Abripda Rudi Hamzah turut hadir.", "Rudi Hamzah"),
    ("Kepala Kesbangpol Agam Pdt. Yohanes Tamba membuka acara.", "Yohanes Tamba"),
    # a name before its title may hold a word that is also an office word ("Muda", "Utama")
    ("ungkap Rahmat Muda Ketua Bawaslu Kota Agam kepada wartawan.", "Rahmat Muda"),
    ("kata Putra Utama Kepala BKD Pasaman di kantornya.", "Putra Utama"),
    # an office word outside the lexicon before a marked region: the body's short form
    ("kata Kepala Bakesbangpoldagri Kabupaten Lombok Barat, Sahdan di Gerung.", "Sahdan"),
    ("ujar Kepala Kesbangpoldagri Kota Bima, Rahmat Hidayat.", "Rahmat Hidayat"),
    ("Kepala Dinas Pariwisita Kota Solok, Andi Saputra, membuka sosialisasi.", "Andi Saputra"),
    # office words joined by a hyphen
    ("Sementara itu, Sekretaris BK-Diklat Kabupaten Bone, Andi Rahman, menjelaskan aturan.",
     "Andi Rahman"),
])
def test_round8_names(text: str, name: str) -> None:
    assert name in names(text)


def test_hyphenated_office_words() -> None:
    assert is_office_word("BK-Diklat") and is_office_word("Kesbang-Linmas")
    assert not is_office_word("Abdul-Aziz") and not is_office_word("Siti-Nur")


@pytest.mark.parametrize("text, wrong", [
    # a person's name is no office word before a region marker
    ("Ketua Bawaslu Padang Kota Rahmat Hidayat mengimbau ASN.", "Padang"),
])
def test_round8_not_names(text: str, wrong: str) -> None:
    assert all(wrong not in n.split() for n in names(text))
