"""Places that are not where the occasion was: a governor's title inside an election's name
(no province body leading), the scene of the breach told as it happened, the seat of a body a
case is forwarded to; and the places these rules leave alone. Invented sentences."""

import pytest

from transforms.places.resolve import place_of


def regency(dateline: str | None, text: str) -> str | None:
    place = place_of(dateline, text)
    assert place is not None
    return place.region.regency if place.region is not None else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Tahun ini Pemilihan Gubernur dan Wakil Gubernur Kaltara memasuki masa kampanye.\n"
     "Camat Sesayap, Kabupaten Tana Tidung, Ridwan Saleh mengingatkan pegawai kecamatan agar "
     "tidak memihak.", "Kabupaten Tana Tidung"),
    ("Tahapan Pilkada Gubernur Riau kian dekat dan pegawai diminta tidak terbawa arus.\n"
     "Kepala Dinas Pendidikan Kabupaten Kampar, Yusri, meminta para guru menjaga netralitas.",
     "Kabupaten Kampar"),
    ("KPU sudah menetapkan para calon Wakil Gubernur Bali untuk pemilihan tahun ini.\n"
     "Sekda Kabupaten Gianyar, Made Arta, mengingatkan ASN agar tidak ikut berkampanye.",
     "Kabupaten Gianyar"),
])
def test_a_governor_in_an_elections_name_does_not_lead(text: str, expected: str) -> None:
    assert regency(None, text) == expected


def test_a_governor_leading_still_leads() -> None:
    text = ("Wakil Gubernur Jawa Tengah membuka rakor netralitas ASN bersama seluruh bupati "
            "dan wali kota, Senin (5/8/2024).")
    place = place_of(None, text)
    assert place is not None and place.region is None
    assert place.province_name == "Jawa Tengah"


@pytest.mark.parametrize("text", [
    'Bawaslu Kota Jambi mendalami video seorang lurah yang mengajak warga memilih calon. "Kami '
    "cari tahu dulu kapan kejadiannya, dari keterangan awal peristiwa itu terjadi pada 12 Juli "
    'lalu, bertempat di Muaro Jambi," kata Ketua Bawaslu Kota Jambi, Senin (5/8/2024).',
    "Bawaslu Kota Jambi memanggil dua kepala desa, Senin (5/8/2024). Insiden yang viral itu "
    "diadakan di Kabupaten Muaro Jambi oleh tim seorang calon.",
])
def test_the_scene_of_the_breach_is_not_the_place(text: str) -> None:
    assert regency(None, text) == "Kota Jambi"


def test_a_gathering_about_what_happened_keeps_its_place() -> None:
    text = ("Rapat koordinasi netralitas ASN digelar di Kabupaten Muaro Jambi untuk membahas "
            "pelanggaran yang terjadi selama masa kampanye, Senin (5/8/2024).")
    assert regency(None, text) == "Kabupaten Muaro Jambi"


@pytest.mark.parametrize("text", [
    "Bawaslu Kabupaten Sikka meneruskan laporan soal kepala dinas itu ke KASN di Jakarta, "
    "Senin (2/9/2024).",
    "Ketua Bawaslu Kabupaten Sikka, Yanto, menyebut berkas camat itu sudah dikirimkan kepada "
    "BKN di Jakarta, kemarin.",
])
def test_the_seat_of_a_body_a_case_is_forwarded_to_is_not_the_place(text: str) -> None:
    assert regency(None, text) == "Kabupaten Sikka"


def test_a_report_filed_in_person_is_where_it_was_filed() -> None:
    text = ("Warga Kabupaten Sikka melaporkan seorang kades ke Bawaslu di Kota Kupang, Senin "
            "(2/9/2024).")
    assert regency(None, text) == "Kota Kupang"
