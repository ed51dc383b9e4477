"""A Balinese birth-order name opening a name, on invented sentences: written without "I"
before it, with the family name used alone elsewhere in the article, it stays the name's first
word and is not read as the place of the title."""

from __future__ import annotations

import pytest
from official_checks import found


@pytest.mark.parametrize(("text", "expected"), [
    ("\"ASN harus netral,\" kata Ketua Satgas Wayan Suparta, melalui surat. \"Sidak "
     "berlanjut,\" tegas Suparta. Warga, Wayan Lodra, ikut menonton.",
     ("Ketua Satgas", "Wayan Suparta")),
    ("Ketua Pokja Ketut Sudira hadir di aula. \"Tidak boleh memihak,\" kata Sudira. Pedagang "
     "Ketut Rai juga hadir.", ("Ketua Pokja", "Ketut Sudira")),
])
def test_a_birth_order_name_before_a_surname_used_alone_is_no_place(text, expected):
    assert found(text) == [expected]
