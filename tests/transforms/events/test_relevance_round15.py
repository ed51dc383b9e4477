"""Relevance round 15: the rule against "politik praktis" is no election by itself."""

from __future__ import annotations

import pytest

from transforms.events.relevance import relevance

APPOINTMENT = ("Bupati Serahkan SK kepada 140 CPNS Baru",
               "Bupati Tanah Merah Hendra Wijaya menyerahkan SK pengangkatan kepada 140 CPNS "
               "di Pendopo Kabupaten, Kamis. Ia meminta para PNS baru bekerja dengan disiplin. "
               "Kepala BKPSDM Rina Marlina menambahkan, setiap ASN wajib menjaga sikap dan "
               "dilarang terlibat politik praktis. Para PNS juga diminta tidak menggadaikan SK.")


def test_staff_rule_without_election_is_out() -> None:
    # ASN and "politik praktis" in one sentence, but no election anywhere: a staff rule
    assert not relevance(*APPOINTMENT).about_asn_neutrality


@pytest.mark.parametrize("setting", [
    " Menjelang Pemilu 2024, ia mengingatkan ASN agar netral.",
    " Bawaslu kabupaten ikut hadir dalam acara itu.",
    " Tahun politik sudah dekat, katanya.",
])
def test_same_rule_in_an_election_is_in(setting: str) -> None:
    title, text = APPOINTMENT
    assert relevance(title, text + setting).about_asn_neutrality
