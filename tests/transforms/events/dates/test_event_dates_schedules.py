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


def test_a_steps_last_day_after_hingga_is_none() -> None:
    # the schedule's last step, on a page of September: no occasion's date even as a last resort
    text = ("Bawaslu RI menerima 400 laporan pelanggaran netralitas ASN selama pendaftaran.\n"
            "Jadwal tahapan Pilkada 2024 meliputi pemungutan suara pada 27 November 2024, "
            "diikuti dengan penghitungan dan rekapitulasi suara hingga 16 Desember 2024.")
    assert day_of(text, "https://contoh.id/2024/09/19/netralitas-asn") is None


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


# A step of the calendar named earlier in the sentence than its span of days, with a place, a
# count of days or a speaker between (the step's own run of linking words broken): still the
# step's schedule. The statement's own day (2 September 2024, a Monday) is the occasion's.
@pytest.mark.parametrize("span", [
    "Memasuki tahapan pencalonan bupati di Kabupaten Lembah Sari, Provinsi Nusa Raya, yang "
    "berjalan dari 4 hingga 6 September 2024, Pj Bupati mengingatkan pegawai agar netral.",
    "Sebagai pengingat, kampanye para calon dijadwalkan 58 hari lamanya, dibuka tanggal 4 "
    "September sampai dengan 1 November 2024.",
    "Pendaftaran pasangan calon, menurut keterangan Ketua KPU setempat, dibuka bagi partai "
    "pengusung pada 4 s/d 6 September 2024.",
    "Tahapan kampanye di tiga kecamatan pesisir, sesuai jadwal yang dirilis penyelenggara, "
    "dimulai 4-6/9/2024 dan diawasi ketat.",
    "Seluruh ASN diminta tidak hadir selama masa pendaftaran bakal calon di kantor KPU Kota "
    "Tanjung Permai, yakni 4 hingga 6 September 2024.",
    # the span's first day written as a date of its own, its last day after it
    "Tahapan Pilkada 2024 di Nusa Raya segera masuk ke pendaftaran pasangan calon, yang "
    "dibuka dari Rabu (4/9/2024) hingga Jumat (6/9/2024).",
    "Masa kampanye di kabupaten ini, menurut keputusan KPU, berjalan sejak 4 September 2024 "
    "sampai dengan 2 November 2024.",
    "Pendaftaran calon perseorangan ke kantor KPU Lembah Sari, kata sekretarisnya, dibuka "
    "Rabu, 4 September 2024 s/d Jumat, 6 September 2024.",
])
def test_a_steps_span_with_words_between_is_none(span: str) -> None:
    text = (f"{span}\n\"Pegawai yang mendampingi calon akan kami laporkan,\" kata Kepala BKPSDM "
            "Rahmat Sudirja di Sari Jaya, Senin (2/9/2024).")
    assert day_of(text) == date(2024, 9, 2), span


@pytest.mark.parametrize("text, day", [
    # a gathering about the step named before the span: the gathering's days
    ("Bawaslu Kabupaten Lembah Sari menggelar bimtek tentang tahapan kampanye bagi camat di "
     "Hotel Kenanga, 8-10 Oktober 2024.", date(2024, 10, 8)),
    # a gathering's first and last day, about a step: the gathering's first day
    ("Bawaslu mengadakan pelatihan pengawas tahapan kampanye di Hotel Kenanga, Selasa "
     "(8/10/2024) hingga Kamis (10/10/2024).", date(2024, 10, 8)),
    # no step named: a tour's span of days is its date
    ("Ketua Bawaslu berkeliling ke desa-desa pesisir dari 4 hingga 6 September 2024 untuk "
     "mengingatkan kepala desa agar netral.", date(2024, 9, 4)),
    # one day, not a span, after a step with words between: a meeting's day as before
    ("Tahapan pencalonan di Kabupaten Lembah Sari dibahas Bawaslu bersama Pemkab, Selasa "
     "(8/10/2024), di aula kantor bupati.", date(2024, 10, 8)),
    # a weekday alone on the step's first day, in the sentence naming the step: that day, as
    # before (the step's span dates the saying, not an occasion of its own)
    ("Bawaslu meminta pegawai menjauhi politik praktis. \"Terlebih kini sudah masuk masa "
     "pendaftaran calon yang berjalan tiga hari, mulai 3-5 September 2024,\" ucap Ketua "
     "Bawaslu Lembah Sari di Sari Jaya, Selasa.", date(2024, 9, 3)),
    # the same with a plan told before the span in its sentence
    ("Bawaslu meminta pegawai menjauhi politik praktis. \"Pegawai akan kami awasi, apalagi "
     "masa pendaftaran calon sudah dibuka tiga hari, mulai 3-5 September 2024,\" tutur Ketua "
     "Bawaslu Lembah Sari, Selasa.", date(2024, 9, 3)),
])
def test_a_span_or_day_that_is_no_steps_stays(text: str, day: date) -> None:
    assert day_of(text) == day


@pytest.mark.parametrize(("text", "expected"), [
    # a day "telah dijadwalkan" for the campaign: the schedule's, not the pledge's
    ("Ratusan ASN Agam menandatangani ikrar netralitas selama Pemilu 2024. Pembacaan ikrar "
     "dipimpin Pj Bupati Agam Rudi Hartono, Senin (27/11/2023).\nDia mengingatkan, mulai 28 "
     "November 2023 telah dijadwalkan berbagai kampanye pertemuan terbatas.", date(2023, 11, 27)),
    # a gathering "dijadwalkan" long before, held that day: its date
    ("Pj Bupati Agam Rudi Hartono memimpin ikrar netralitas ASN pada 28 November 2023 yang "
     "dijadwalkan sejak lama.", date(2023, 11, 28)),
    # (review) a gathering scheduled on the campaign, or held before it: its own date
    ("Agam - Rabu (9/10/2024) dijadwalkan rapat evaluasi kampanye bersama ASN se-Kabupaten Agam "
     "untuk membahas netralitas ASN, kata Ketua Bawaslu Agam Rudi Hartono.", date(2024, 10, 9)),
    ("Agam - Pada Rabu (9/10/2024) telah dijadwalkan sosialisasi larangan kampanye bagi ASN di "
     "aula kantor Bupati Agam, kata Ketua Bawaslu Agam Rudi Hartono.", date(2024, 10, 9)),
    ("Agam - Bawaslu Agam menggelar sosialisasi netralitas ASN, Rabu (9/10/2024), dijadwalkan "
     "sebelum kampanye tatap muka dimulai, kata Rudi Hartono.", date(2024, 10, 9)),
])
def test_a_day_scheduled_for_the_campaign_is_no_occasions(text: str, expected: date) -> None:
    assert day_of(text) == expected
