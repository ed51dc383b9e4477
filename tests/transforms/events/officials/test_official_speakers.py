"""Speakers named apart from their title, on invented sentences: a title with "ini" names the
speaker named before it, and a name written in lower case after its title is the speaker the
text names later, whatever honorific or degrees stand around him there
(transforms/events/officials/speakers.py)."""

from __future__ import annotations

import pytest
from official_checks import names, pairs


@pytest.mark.parametrize(("text", "expected"), [
    # "ini" after a nameless title points back to the speaker named before it
    ("Dinas Pendidikan Solok Marlina Yusuf pun menguraikan sanksinya. \"Kami ikuti aturan,\" "
     "ujar Marlina. Kepala Dinas Pendidikan Solok ini mengaku belum menerima laporan.",
     [("Kepala Dinas Pendidikan", "Marlina Yusuf")]),
    ("\"Semua harus netral,\" tegas Hendrik Sitompul. Bupati Pasaman ini juga meminta camat "
     "mengawasi.", [("Bupati", "Hendrik Sitompul")]),
])
def test_a_title_with_ini_names_the_speaker_before(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("later", [
    "Hendrawan menjelaskan jenis hukuman disiplin.",
    "Bapak Hendrawan menjelaskan jenis hukuman disiplin.",
    "Pak Hendrawan menjelaskan jenis hukuman disiplin.",
    "Drs. Hendrawan menjelaskan jenis hukuman disiplin.",
    "Hendrawan, M.Si. menjelaskan jenis hukuman disiplin.",
    "Hendrawan SE menjelaskan jenis hukuman disiplin.",
    "Dr. Hendrawan, S.STP, MM menjelaskan jenis hukuman disiplin.",
])
def test_a_name_in_lower_case_is_the_one_the_text_writes_as_a_speaker(later):
    # "Kabid Mutasi BKD hendrawan": the name in lower case after its title is the speaker the
    # text names later, whatever honorific or degrees stand around him there
    text = ("Pemkab Sukamaju menggelar sosialisasi netralitas pegawai. Kabid Mutasi BKD "
            "hendrawan mengatakan pegawai wajib netral selama masa kampanye.\n" + later)
    assert names(text) == ["Hendrawan"]
