"""Days an outlet's source reached it, no occasion's: the day a release about a gathering was
received, the day a broadcaster aired what it reports; and a release that is the statement
itself, which it dates. Invented texts."""

from datetime import date

import pytest

from tests.fixtures.event_date_checks import day_of


# 4 March 2024 was a Monday, 7 March a Thursday.
@pytest.mark.parametrize("text", [
    "Camat Sukaraja, Budi Santoso, mengingatkan pegawai kecamatan menjaga netralitas. "
    '"Tidak boleh ada yang memihak," ujar Budi saat sosialisasi yang digelar Panwaslu '
    "Kecamatan Sukaraja, seperti rilis yang diterima Suara Tegalwaru, Senin (4/3/2024).",
    "Lurah Tanjung Rejo meminta ASN kelurahan netral dalam Pilkada, kata Ratna dalam rapat "
    "koordinasi pengawas kelurahan, menurut rilis resmi yang diterima redaksi, Kamis "
    "(7/3/2024).",
])
def test_the_day_a_release_about_a_gathering_was_received_is_none(text: str) -> None:
    assert day_of(text) is None


def test_a_release_that_is_the_statement_dates_it() -> None:
    text = ("Ketua Bawaslu Kota Tual, Yusuf Rahanar, meminta ASN menjaga netralitas. "
            '"Kami awasi seluruh kegiatan pegawai," ucap Yusuf lewat siaran pers yang diterima '
            "Kabar Timur, Senin (4/3/2024).")
    assert day_of(text) == date(2024, 3, 4)


# 8 March 2024 was a Friday, 9 March a Saturday, 10 March a Sunday.
@pytest.mark.parametrize("text", [
    "Sebanyak sembilan lurah di Kota Palu diperiksa Bawaslu Sulawesi Tengah, Jumat "
    "(8/3/2024).\nSeperti ditayangkan program Kabar Siang, Sabtu (9/3/2024), rekaman para "
    "lurah bersama seorang calon beredar luas.",
    "Bawaslu Kabupaten Sigi memeriksa tiga kepala desa, Jumat (8/3/2024). Sebagaimana tayang "
    "di kanal Warta Malam, Minggu (10/3/2024), ketiganya hadir di acara seorang calon.",
])
def test_the_day_a_broadcaster_aired_it_is_none(text: str) -> None:
    assert day_of(text) == date(2024, 3, 8)


def test_a_statement_made_in_a_broadcast_is_dated_by_it() -> None:
    # 6 March 2024 was a Wednesday
    text = ("Pimpinan BKN, Sari Wulandari, menyebut 210 ASN terbukti melanggar netralitas. "
            '"Sanksinya sudah kami rekomendasikan," kata Sari dalam siaran yang ditayangkan '
            "melalui kanal YouTube BKN, Jakarta, Rabu (6/3/2024).")
    assert day_of(text) == date(2024, 3, 6)


def test_a_statement_to_an_outlet_with_a_dotted_name_keeps_its_day() -> None:
    # "Sukamaju.Asia" is the outlet's name, no sentence end before the day
    text = ("Bawaslu Kabupaten Agam mengingatkan ASN menjaga netralitas menjelang Pilkada.\n"
            '"ASN harus netral," kata Ketua Bawaslu Agam, Rudi Hartono pada Sukamaju.Asia, '
            "Senin (4/3/2024).\nPendaftaran calon dibuka 27-29 Agustus 2024.")
    assert day_of(text) == date(2024, 3, 4)
