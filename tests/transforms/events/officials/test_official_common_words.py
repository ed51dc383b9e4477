"""Common words and unit words next to titles: words that are no holder's name (a forum's
short form, the "rogue" word before a title, "Dalam Rangka ..."), and unit words that extend a
title so that the real name after them is read."""

import pytest
from official_checks import names


# Common words read as a holder's name: a forum's short form misspelt ("Forkompinda"), the
# "rogue" word before a title ("Oknum Camat"), "Dalam Rangka ...", and unit words that go on a
# title ("Pusat Strategi", "Instansi Vertikal", "Bidang Persiapan"), with the real name after.
@pytest.mark.parametrize(("text", "expected"), [
    ("Turut hadir Komisioner KPU Solok, Forkompinda, dan tokoh adat.", []),
    ("Dalam rekaman itu terlihat jelas Oknum Camat Kubung ini mengajak warga memilih.", []),
    ("Hadir Pimpinan Daerah Dalam Rangka Pengamanan Pemungutan Suara di Solok.", []),
    ("Sambutan disampaikan Kepala Pusat Strategi Kebijakan Kemendagri, Hendra Wijaya.",
     ["Hendra Wijaya"]),
    ("Hadir Kepala Kantor Instansi Vertikal Solok, Dewi Lestari.", ["Dewi Lestari"]),
    ("Hadir Kepala Bidang Persiapan Pemilu KPU Solok, Indra Kusuma.", ["Indra Kusuma"]),
])
def test_common_words_are_no_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a unit word already known keeps its reading
    ("Kepala Seksi Perencanaan Strategi Dinas Kominfo Solok Joko Santoso hadir.",
     ["Joko Santoso"]),
    # a division's name with "Perkara" keeps the holder
    ("Menurut Koordinator Divisi Penanganan Perkara Bawaslu Solok, Rini Astuti, laporan lengkap.",
     ["Rini Astuti"]),
])
def test_titles_around_those_words_keep_their_holders(text, expected):
    assert names(text) == expected
