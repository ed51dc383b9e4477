"""Attendance of round 15: the headcount a briefing is given to ("menggelar sosialisasi ...
kepada 40 orang pengawas desa"), however long the briefing's name before it, is its
audience; a count after "kepada" with no briefing named, or one given a sanction, is not.
Invented sentences."""

import pytest

from transforms.events.participants import attendance

AUDIENCE = ("Panwaslu Kabupaten Sukamaju menggelar sosialisasi tata cara dan pedoman pengawasan "
            "tahapan pemilihan kepada 46 orang pengawas desa se-Kabupaten Sukamaju yang "
            "diadakan di sebuah hotel pada Rabu 8 Mei 2029.")


def test_a_briefings_audience_is_its_attendance():
    found = attendance(AUDIENCE)
    assert found is not None and found.count == 46


@pytest.mark.parametrize("text", [
    # no briefing named: a count given something
    "Pemkab Sukamaju menyerahkan bantuan beras kepada 46 orang warga di balai desa, Rabu.",
    # a sanction given: the people sanctioned
    "Usai sosialisasi, Bupati mengumumkan sanksi kepada 46 orang pegawai yang tidak netral.",
])
def test_a_count_after_kepada_alone_is_no_attendance(text):
    assert attendance(text) is None
