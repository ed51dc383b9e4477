"""Round 13 of the attendance reader, on invented paragraphs: a stray line break between the
attendance verb and the headcount; a group that also attended the occasion counted before."""

from __future__ import annotations

from transforms.events.participants import attendance


def test_a_break_between_the_verb_and_the_count() -> None:
    text = ("Sekretariat DPRD Sukamaju menggelar ikrar netralitas di aula gedung dewan, Rabu "
            "(9/10/2024). Ikrar itu diikuti\n80 Aparatur Sipil Negara (ASN) dan 45 tenaga "
            "honorer.\nSekretaris DPRD meminta semua pegawai netral.")
    found = attendance(text)
    assert found is not None and found.count == 125


def test_a_break_after_a_violation_sentence_is_no_attendance() -> None:
    text = ("Bawaslu Sukamaju menemukan pelanggaran netralitas yang dilakukan\n12 ASN di "
            "lingkungan Pemkab Sukamaju.")
    assert attendance(text) is None


def test_also_attended_by_another_group_adds_up() -> None:
    text = ("Sebanyak 60 ASN Dinas Pendidikan Sukamaju berikrar netral dan meneken pakta "
            "integritas, Senin.\nIkrar tersebut juga dihadiri 40 tenaga honorer dinas itu.")
    found = attendance(text)
    assert found is not None and found.count == 100


def test_a_second_occasion_attended_by_others_is_not_added() -> None:
    text = ("Sebanyak 60 ASN Pemkab Sukamaju mengikuti apel netralitas, Senin.\nSosialisasi di "
            "kecamatan diikuti 40 kepala desa.")
    found = attendance(text)
    assert found is not None and found.count in (60, 40)
