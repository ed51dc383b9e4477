"""How a name opens, on invented sentences: a Balinese birth-order name written without "I"
before it, with the family name used alone elsewhere in the article, stays the name's first
word and is not read as the place of the title; "Menurut" before a name and its title is no
part of the name, with or without a comma after the name; a photo's credit in brackets after
a title is no name."""

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


@pytest.mark.parametrize("text", [
    "Menurut H Rahmat Hidayat Sekretaris Daerah (Sekda) Kabupaten Agam, deklarasi digelar besok.",
    "Apel digelar.\nMenurut Rahmat Hidayat Sekda Agam, ASN wajib netral.",
    "Menurut Rahmat Hidayat, Sekda Agam, ASN wajib netral.",
])
def test_according_to_a_name_then_its_title(text):
    assert found(text) == [("Sekretaris Daerah", "Rahmat Hidayat")]


@pytest.mark.parametrize("text", [
    "Menurut Surat Edaran Bupati Agam, ASN wajib netral.",
    "Menurut Kepala BKD Agam itu, ASN wajib netral.",
])
def test_according_to_no_name(text):
    assert found(text) == []


def test_a_photo_credit_after_a_title_is_no_name():
    text = ("Rahmat Hidayat, Sekda Kabupaten Agam (Rudi Agam Sumbar Times)\n"
            "Pemkab menggelar deklarasi netralitas.\n"
            "Menurut H Rahmat Hidayat Sekretaris Daerah (Sekda) Kabupaten Agam, deklarasi "
            "digelar besok.")
    assert found(text) == [("Sekretaris Daerah", "Rahmat Hidayat")]


@pytest.mark.parametrize(("text", "name"), [
    ("Bupati Agam (Rudi Batubara) mengatakan ASN harus netral.", "Rudi Batubara"),
    ("Bupati Agam (Rudi Hartono Samosir) mengatakan ASN harus netral.", "Rudi Hartono Samosir"),
])
def test_a_bracketed_name_ending_in_a_regions_name_is_a_name(text, name):
    # a family name that is a regency's too: the last word of a name, no credit's place
    assert found(text) == [("Bupati", name)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sekretaris Daerah Kota Denpasar AAN Gede Wirawan meminta ASN netral.",
     [("Sekretaris Daerah", "AAN Gede Wirawan")]),
    ("Kepala BKPSDM Badung IGN Komang Wirasana mengatakan ASN wajib netral.",
     [("Kepala BKPSDM", "IGN Komang Wirasana")]),
    # three capitals that are no noble title stay an office's short form
    ("Hadir Kepala BPKAD Agam Komang Wirasana dan camat.", [("Kepala BPKAD", "Komang Wirasana")]),
])
def test_a_noble_titles_initials_open_a_name(text, expected):
    assert found(text) == expected
