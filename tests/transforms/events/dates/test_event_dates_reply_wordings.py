"""More wordings of a reported person's reply to the case: the accusation itself denied
("menepis tudingan itu"), the speaker's own part denied after a verb of saying ("menyatakan
tidak pernah ikut"), an excuse ("berdalih", "berkilah"). The summons is the occasion; a rule an
official tells others, or an official's word that no civil servant took part, stays one.
Invented texts; 2 September 2024 was a Monday, 4 September a Wednesday."""

from datetime import date

import pytest

from tests.fixtures.event_date_checks import day_of

SUMMONS = ("Panwaslu Kecamatan Lembah Hijau memanggil Kepala Desa Sukadana, Wayan Arta, untuk "
           "klarifikasi dugaan tidak netral, Senin (2/9/2024).\n")


@pytest.mark.parametrize("reply", [
    "Dihubungi terpisah, Wayan membantah keras tuduhan tersebut, Rabu (4/9/2024).",
    "Ketika dikonfirmasi, Wayan menyatakan dirinya tidak pernah mendukung calon mana pun, Rabu "
    "(4/9/2024).",
    'Wayan menepis tudingan itu. "Foto itu diambil saat acara keluarga," ujarnya, Rabu '
    "(4/9/2024).",
    "Wayan berdalih kehadirannya di posko itu sekadar memenuhi undangan kerabat, Rabu "
    "(4/9/2024).",
    "Sementara itu Wayan berkilah hanya mampir membeli kopi, Rabu (4/9/2024).",
])
def test_another_wording_of_a_reply_does_not_lead(reply: str) -> None:
    assert day_of(SUMMONS + reply) == date(2024, 9, 2)


@pytest.mark.parametrize("statement", [
    # a rule the head of the agency tells others: no self denied
    "Kepala BKPSDM Sukamaju menegaskan pegawai tidak boleh ikut kampanye, Rabu (4/9/2024).",
    # an official's word that nobody of his office took part
    "Camat Lembah Hijau mengatakan tidak ada perangkat desa lain yang terlibat, Rabu (4/9/2024).",
])
def test_an_officials_statement_still_leads(statement: str) -> None:
    assert day_of(SUMMONS + statement) == date(2024, 9, 4)
