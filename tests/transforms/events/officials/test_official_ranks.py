"""Officials whose rank stands between the office and the name: a unit's number and name, then
the rank ("Pangdam XII Tanjungpura Mayjen TNI ..."), a sub-unit before its body, a rank after a
comma; and a sub-group head whose long title holds commas. Invented sentences."""

from __future__ import annotations

import pytest
from official_checks import found, names


@pytest.mark.parametrize(("text", "expected"), [
    # a unit's number without a slash, its name, then the rank before the holder's name
    ("Apel dihadiri Pangdam XII Tanjungpura Mayjen TNI Hendra Wiratama dan Danlanud Sutan Syahrir "
     "Kolonel Pnb Dedi Kurnia.",
     [("Pangdam", "Hendra Wiratama"), ("Komandan", "Dedi Kurnia")]),
    ("Turut hadir Komandan Lantamal IV Tanjungpinang Laksma TNI (Mar) Yosef Wirawan dan Ketua "
     "KPU Riau Sari Utami.",
     [("Komandan Lantamal", "Yosef Wirawan"), ("Ketua KPU", "Sari Utami")]),
    # a rank is no word of the office before it
    ("Turut hadir Komandan Lantamal Brigjen TNI Yosef Wirawan.",
     [("Komandan Lantamal", "Yosef Wirawan")]),
])
def test_a_rank_between_a_units_name_and_the_holder(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a sub-unit's number before its body, then the rank: the body is office, not a unit name
    ("Hadir sebagai pemateri Kasubdit III Dittipidum Polri AKBP Yosef Wirawan.", "Yosef Wirawan"),
    # a rank after a comma still opens the name
    ("Pembicara lain ialah Menteri Agraria, Marsekal (Purn) Yosef Wirawan, pada sesi kedua.",
     "Yosef Wirawan"),
])
def test_a_rank_after_a_sub_unit_or_a_comma(text, name):
    assert names(text) == [name]


def test_a_sub_group_head_with_a_title_of_commas():
    # "Subkelompok" is a unit of the reorganised civil service, named like a "Bidang"
    text = ("Ketua Subkelompok Pembinaan Ideologi, Kewaspadaan dan Politik Kesbangpol Kabupaten "
            "Sleman, Yohanes Priyanto meminta warga melapor bila ada pegawai berpihak.")
    assert names(text) == ["Yohanes Priyanto"]


def test_a_three_capital_police_rank_after_a_unit_opens_the_name():
    assert found("Kasat Samapta AKP Lukas Tambunan mengecek pos.") == [
        ("Kasat Samapta", "Lukas Tambunan")]


@pytest.mark.parametrize(("text", "expected"), [
    # unit short forms no lexicon lists, closed by a body's word, then the rank and the name
    ("Rapat diikuti Kabag Binkar Rojianpers Polri Kombes Pol Galih Prakoso dan peserta lain.",
     [("Kabag Binkar Rojianpers Polri", "Galih Prakoso")]),
    ("Materi dibawakan Kasubbag Minwas Rowasjian SSDM Polri AKBP Wulan Anggraeni, lalu tanya "
     "jawab.",
     [("Kasubbag Minwas Rowasjian SSDM Polri", "Wulan Anggraeni")]),
    # an acronym that is also a never-name word ("PNS") among them
    ("Hadir Kabag Dikbang PNS Robinkar SDM Polri Kompol Yudi Santoso di aula.",
     [("Kabag Dikbang PNS Robinkar SDM Polri", "Yudi Santoso")]),
])
def test_unlisted_unit_short_forms_up_to_a_rank(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an officer by rank alone, speaking, with the unit the same sentence names
    ("Di sisi lain, Iptu Hendra Saputra menegaskan personel Polsek Lubuk Alung siap mengamankan "
     "pemungutan suara.", [("Polsek", "Hendra Saputra")]),
    ("Kapten Inf Roni Kurniawan juga mengingatkan prajurit Koramil Sungai Limau agar netral.",
     [("Koramil", "Roni Kurniawan")]),
    ("Sementara itu AKBP Siska Amelia, menyampaikan bahwa anggota Polres Solok wajib netral.",
     [("Polres", "Siska Amelia")]),
    # no unit in the sentence: the rank alone names no post
    ("Dalam pertemuan itu, Kompol Yudi Santoso mengatakan warga harus tenang.", []),
])
def test_an_officer_by_rank_alone_speaks_for_the_unit_named(text, expected):
    assert found(text) == expected


# A command's deputy ("Wadanrem", "Wadandim", "Wadanramil") and a Kodam's chief of staff
# ("Kasdam"), with the unit and the rank before the name, often standing in for the commander.
@pytest.mark.parametrize(("text", "expected"), [
    ("Danrem berhalangan dan diwakili Wadanrem 045/Garuda Jaya, Kolonel Inf Bima Santoso.",
     [("Wakil Komandan", "Bima Santoso")]),
    ("Rapat dihadiri Wadandim 0312/Sungai Rumbai Mayor Arh Teguh Prasetya dan camat.",
     [("Wakil Komandan", "Teguh Prasetya")]),
    ("Amanat Pangdam dibacakan Kasdam II/Sriwijaya Brigjen TNI Rudi Hartawan di lapangan.",
     [("Kepala Staf", "Rudi Hartawan")]),
    ("Wadanramil Koto Baru Peltu Andi Saputra menegaskan prajurit tetap netral.",
     [("Wakil Komandan", "Andi Saputra")]),
])
def test_a_deputy_commander_or_chief_of_staff(text, expected):
    assert found(text) == expected


def test_a_word_that_opens_like_a_deputy_title_is_no_title():
    # "Wadana" is no military post: nothing is read from it
    assert found("Warga Wadana Baru menghadiri acara itu.") == []


def test_a_former_deputy_commander_is_no_official():
    assert found("Acara itu juga dihadiri mantan Wadanrem 045/Garuda Jaya Kolonel Inf Bima"
                 " Santoso.") == []


@pytest.mark.parametrize("rank", ["Komisaris Besar Polisi", "Ajun Komisaris Besar Polisi",
                                  "Inspektur Polisi Satu", "Brigadir Jenderal Polisi"])
def test_a_police_rank_written_out_before_the_name(rank):
    text = f"Kapolres Agam {rank} Rudi Hartono mengatakan pengamanan Pilkada siap."
    assert found(text) == [("Kapolres", "Rudi Hartono")]


def test_a_slip_of_the_sub_district_commanders_short_form():
    text = "Dihadiri oleh Ketua KIPP Taufik, Dandramil Pariaman Rudi Hartono, dan Kapolsek Baso."
    assert ("Danramil", "Rudi Hartono") in found(text)


def test_a_police_rank_written_out_before_a_name_in_capitals():
    text = "Kapolres Agam Komisaris Besar Polisi RUDI HARTONO hadir dalam apel."
    assert found(text) == [("Kapolres", "RUDI HARTONO")]

