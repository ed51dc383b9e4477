"""Activity rules of round 14. "Dalam rangka pembinaan" names the purpose of another gathering
(a pledge read "to coach the staff"), not a coaching session held; "dalam pembinaan" still tells
one. A programme set to hold a gathering ("sudah punya program untuk menggelar sosialisasi di
Kecamatan Sukamaju") is one still to come, as a plan is, not this occasion's. Invented
sentences; each pattern paired with a negative."""

import pytest

from transforms.events.activities.classify import activities

KINDS = frozenset({"sosialisasi", "pengawasan", "apel", "bimtek", "ikrar", "pakta_integritas",
                   "pelanggaran", "sanksi"})

CASES = [
    # the purpose of another gathering
    ("Menurut Asisten I, pengucapan ikrar netralitas itu dalam rangka pembinaan pegawai "
     "supaya tidak berpihak kepada calon mana pun.", {"ikrar"}),
    ("Menurut Asisten I, dalam pembinaan pegawai di aula kantor bupati itu, ia meminta agar "
     "pegawai tidak berpihak.", {"sosialisasi"}),
    # a programme set: its gatherings still to come
    ("\"Ke depan perlu pembekalan bagi pegawai. Kami sudah punya program untuk menggelar "
     "sosialisasi netralitas kepada pegawai di Kecamatan Sukamaju,\" kata Ketua Panwaslu.",
     set()),
    ("Panwaslu menggelar sosialisasi netralitas kepada pegawai di aula kecamatan, Selasa "
     "(3/9).", {"sosialisasi"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round14_activities(text, expected):
    assert set(activities(text)) & KINDS == expected & KINDS
    if "imbauan" in expected:
        assert "imbauan" in activities(text)
