"""Officials' titles the lexicon lacked, on invented sentences: a council's interim chair and
its deputy ("Ketua Sementara DPRD"), a prosecutor of a named office ("Jaksa Kejari"), and an
office over two regions joined by "dan" before the name set off by a comma. Each with a
look-alike that names no one."""

from __future__ import annotations

import pytest

from transforms.events.officials.find import officials


@pytest.mark.parametrize(("text", "title", "name"), [
    ("Rapat dihadiri Wakil Ketua Sementara DPRD Agam Rina Wati dan para camat.",
     "Wakil Ketua Sementara DPRD", "Rina Wati"),
    ("Ketua Sementara DPRD Kota Padang Rudi Hartono membuka rapat itu.",
     "Ketua Sementara DPRD", "Rudi Hartono"),
    ("Hadir Komisioner Bawaslu Agam, Rina Wati, Jaksa Kejari Agam, Rudi Hartono dan camat.",
     "Jaksa Kejari", "Rudi Hartono"),
    ("Jaksa Kejaksaan Negeri Agam Rudi Hartono menjadi narasumber sosialisasi.",
     "Jaksa Kejaksaan Negeri", "Rudi Hartono"),
    ("Kepala KCD Kota Padang dan Kabupaten Agam, Bpk H.Rudi Hartono, M.Pd dalam sambutannya "
     "meminta guru netral.", "Kepala KCD", "Rudi Hartono"),
    ("Ketua Bawaslu Agam dan Padang Pariaman, Rina Wati, meminta ASN netral.",
     "Ketua Bawaslu", "Rina Wati"),
])
def test_titled_name(text, title, name):
    assert (title, name) in [(o.title, o.name) for o in officials(text)]


@pytest.mark.parametrize("text", [
    "Ketua Sementara Rudi Hartono membuka rapat itu.",  # no council: a temporary chair
    "Para jaksa dan hakim di Agam diminta netral dalam pilkada.",
    # an office over two regions, one holder each: no pairing read
    "Hadir Kepala Dinas Pendidikan Kota Padang dan Kabupaten Agam, masing-masing Rudi Hartono "
    "dan Rina Wati.",
])
def test_no_one_named(text):
    assert not [o for o in officials(text) if o.name]
