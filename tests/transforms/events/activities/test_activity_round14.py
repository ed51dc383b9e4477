"""Activity rules of round 14. "Dalam rangka pembinaan" names the purpose of another gathering
(a pledge read "to coach the staff"), not a coaching session held; "dalam pembinaan" still tells
one. A programme set to hold a gathering ("sudah punya program untuk menggelar sosialisasi di
Kecamatan Sukamaju") is one still to come, as a plan is, not this occasion's. Invented
sentences; each pattern paired with a negative."""

import pytest

from transforms.events.activities.classify import VALUES, activities

KINDS = frozenset(VALUES) - {"imbauan"}  # every activity value but the appeal

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


# Meetings named in other words: "bertatap muka" (the verb of "tatap muka"), the misspellings
# "coffe morning" and "rapat koordnasi", and a discussion the statement was made at ("ujarnya
# saat diskusi bersama ..."), not one with the press; a face-to-face meeting where the
# statement on the civil servants in the election was made is a briefing, also when the
# statement names a candidate, but not one held with a candidate. The meeting of an official's
# visit ("saat melakukan kunjungan kerja ke ... Dalam pertemuan itu, ...") is the visit's.
MEETINGS = [
    ("\"Pegawai dilarang berfoto dengan calon bupati,\" kata Asisten I saat bertatap muka "
     "dengan para kepala dinas menjelang pilkada di Tanjung Permai, Rabu.",
     {"sosialisasi", "imbauan"}),
    ("Kepala desa itu bertatap muka dengan pasangan calon bupati di rumahnya, Rabu.", set()),
    ("\"Pegawai harus menjaga netralitas,\" ujar Ketua Panwaslih dalam acara Coffe Morning di "
     "kantor KIP Lembah Hijau, Sabtu (6/7).", {"sosialisasi", "imbauan"}),
    ("Panitia juga akan menyiapkan coffe morning untuk wartawan pekan depan.", set()),
    ("Pesan itu dibacakan staf ahli pada Rapat koordnasi bersama para bupati dalam rangka "
     "menjaga netralitas ASN di Hotel Mawar, Selasa (3/12).", {"sosialisasi"}),
    ("Rapat kordinasi persiapan logistik pilkada digelar di kantor KPU, Selasa (3/12).", set()),
    ("\"Kami sudah menyurati camat agar pegawai tidak berpihak di pilkada,\" ujarnya saat "
     "diskusi bersama organisasi mahasiswa di sebuah kafe di Tanjung Permai, Kamis (7/11).",
     {"sosialisasi", "imbauan"}),
    ("\"Kami sudah menyurati camat agar pegawai tidak berpihak di pilkada,\" ujarnya saat "
     "diskusi dengan wartawan di Tanjung Permai, Kamis (7/11).", {"imbauan"}),
    # the meeting of an official's visit, pointed back at: the visit's, not a briefing
    ("Wakil Gubernur mengingatkan netralitas pegawai menjelang pilkada dalam kunjungan kerja "
     "ke Kabupaten Lembah Hijau. Dalam pertemuan itu, ia menjelaskan aturan netralitas "
     "bagi pegawai selama pilkada.", {"imbauan"}),
    ("Wakil Gubernur mengingatkan netralitas pegawai dalam pilkada di Kabupaten Lembah Hijau. "
     "Dalam pertemuan itu, ia menjelaskan aturan netralitas bagi pegawai selama pilkada.",
     {"sosialisasi", "imbauan"}),
]


@pytest.mark.parametrize(("text", "expected"), MEETINGS)
def test_round14_meetings(text, expected):
    test_round14_activities(text, expected)
