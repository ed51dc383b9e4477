"""Spans of days of the election calendar, no occasion's: a step's span written with its
weekdays after the election's name and year, a registration period with its candidates and
election named; a gathering's own span of days stays its date. Invented texts."""

from datetime import date

import pytest

from tests.fixtures.event_date_checks import LEAD, day_of
from transforms.events.assemble import extract_events


# 25 September 2024 was a Wednesday; 4 September 2024 a Wednesday too.
@pytest.mark.parametrize("text", [
    "Memasuki masa kampanye Pilkada 2024, Rabu-Sabtu (25-28/9/2024), Bawaslu Kota Bima "
    "mengingatkan ASN agar tidak ikut berkampanye.",
    "Selama masa kampanye Pilkada Kabupaten Alor 2024, Kamis-Sabtu (26-28/9/2024), Pemkab "
    "Alor meminta pegawainya menjaga netralitas.",
    "Tahapan pendaftaran bakal calon wali kota untuk Pilkada 2024 berlangsung 4 hingga 6 "
    "September 2024. Bawaslu menyelidiki kehadiran sejumlah ASN di kantor KPU.",
])
def test_a_span_of_the_calendar_is_none(text: str) -> None:
    assert day_of(text) is None


def test_a_gatherings_span_of_days_is_its_date() -> None:
    text = ("Bawaslu Kabupaten Ende menggelar bimtek pengawasan netralitas ASN, Rabu-Jumat "
            "(4-6/9/2024), di aula kantor bupati.")
    assert day_of(text) == date(2024, 9, 4)


# 6 November 2023 was a Monday; the campaign named in the quote starts on the address's day.
@pytest.mark.parametrize("step", [
    "masa Kampanye Pemilihan Legislatif (Pileg) yang esok tanggal 27 November 2023 sudah "
    "diisi jadwal rapat umum dan pemasangan alat peraga",
    "Kampanye Pileg yang esok tanggal 27 November 2023 dibuka",
    "kampanye Pilkada (Pilbup) yang besok tanggal 27 November 2023 sudah dimulai",
])
def test_a_campaign_start_told_in_a_quote_makes_no_occasion_of_its_own(step: str) -> None:
    text = ("Menyambut kampanye Pemilu 2024 esok, Pemkab Tanah Merah menggelar Apel Ikrar "
            "Netralitas ASN. Apel berlangsung di alun-alun kota, Senin (6/11/2023). Ikrar "
            "dibacakan seluruh kepala dinas.\n\"Netralitas adalah prinsip yang wajib dipegang "
            f"pegawai, terutama menghadapi {step},\" ujar Sekda.")
    events = extract_events(canonical_url="https://contoh.id/2023/11/27/apel-ikrar", title="",
                            text=text, dateline=None, published_at=None, timezone="Asia/Jakarta")
    assert [e.event_date for e in events] == ["2023-11-06"], step


# An election or a step told as to be held on a date, a place or a count between them: the
# calendar's date, not an occasion's; the article's statement has no date of its own.
@pytest.mark.parametrize("held", [
    "Pilkada serentak di Kabupaten Lembah Sari akan digelar pada tanggal 4 Desember 2024 "
    "mendatang.",
    "Pemilihan bupati di Lembah Sari akan berlangsung pada 4 Desember 2024.",
    "Debat kedua pasangan calon di Kota Sari Jaya akan diselenggarakan tanggal 4 Oktober 2024.",
    "Pemungutan suara ulang di dua desa pesisir akan dilaksanakan 7 Desember 2024.",
])
def test_an_election_to_be_held_with_words_between_is_none(held: str) -> None:
    assert day_of(LEAD + held) is None, held


# A step named right after its date with a to-be-done verb between: the step's date; the
# plenary held (21 September 2024, a Saturday) is the occasion's.
@pytest.mark.parametrize("step", [
    "Pada 25 September akan dilakukan pengundian urutan kandidat.",
    "Lalu 23 September 2024 akan dilaksanakan penetapan pasangan calon oleh KPU.",
])
def test_a_step_after_its_date_with_a_verb_between_is_none(step: str) -> None:
    text = ("KPU Kota Sari Jaya mengadakan pleno rekap daftar pemilih tetap di sebuah "
            "hotel, Sabtu (21/9/2024). Wali kota yang hadir mengingatkan ASN agar "
            f"netral.\n\"Calon ditetapkan besok. {step} Semua ASN wajib menjaga jarak,\" "
            "kata Ketua KPU.")
    assert day_of(text) == date(2024, 9, 21), step


@pytest.mark.parametrize("text", [
    # a gathering about the election is what is to be held
    "Sosialisasi bagi camat soal Pilkada di Kabupaten Lembah Sari akan digelar pada "
    "5 Agustus 2024.",
    "Pilkada di Lembah Sari dibahas dalam rapat yang akan digelar pada 5 Agustus 2024.",
    # a gathering named after the date with the verb between
    "Tanggal 5 Agustus 2024 akan dilakukan apel bersama seluruh pegawai di lapangan kota.",
])
def test_a_gathering_to_be_held_keeps_its_date(text: str) -> None:
    assert day_of(LEAD + text) == date(2024, 8, 5), text
